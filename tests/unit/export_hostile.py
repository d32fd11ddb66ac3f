"""Sessions full of hostile text for the export property tests (tests/unit/test_export_*.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.follow_up import FollowUp, OpenAction, with_follow_up
from kickoff_tui.domain.session import Session, session_from_events

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

NASTY = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "<a href='javascript:alert(1)'>x</a>",
    "javascript:alert(1)",
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "$(rm -rf ~)",
    "`id`",
    "'; id; echo '",
    '"quoted", with, commas',
    "line one\nline two",
    "a\r\nb",
    "مرحبا עולם",
    "\u202eevil\u202c",
    "emoji 🎉👩‍💻",
    "**bold** _it_ `code` # h",
    "&amp; &lt;b&gt;",
    "\x1b[31mred\x1b[0m",
    "]]> <!-- --> <![CDATA[",
    "BEGIN:VEVENT",
    "x;y,z\\n",
]
hostile = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=20),
    st.lists(st.sampled_from(NASTY), min_size=1, max_size=3).map(" ".join),
)
logins = st.one_of(
    st.just(""), st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,5})?", fullmatch=True)
)


@st.composite
def hostile_sessions(draw: st.DrawFn) -> tuple[Session, list[dict[str, Any]]]:
    """A finished meeting whose every text is hostile; returns it and the entries' payloads.
    Half of them follow up on an earlier meeting's hostile open actions (item 1), each ticked,
    marked done, still open (new due date and owner), dropped (by a hostile name) or left."""
    people = draw(st.lists(st.tuples(hostile, logins), max_size=3, unique_by=lambda p: p[0]))
    agenda = Agenda(
        Meeting(title=draw(hostile), client=draw(hostile), goal=draw(hostile)),
        (Item(draw(hostile), 600, owner=draw(hostile)), Item(draw(hostile), 300)),
        tuple(Person(name, github=login) for name, login in people),
    )
    earlier = draw(st.lists(st.tuples(hostile, hostile), max_size=4))
    follows_up = draw(st.booleans())
    if follows_up:
        actions = tuple(OpenAction(text, owner, "2026-12-01") for text, owner in earlier)
        agenda = with_follow_up(agenda, FollowUp(draw(hostile), "2026-11-18", actions))
    created = {
        "session_id": "20261125-090000-abcd",
        "agenda": agenda.to_dict(),
        "source": draw(hostile),
        "meeting_date": "2026-11-25",
        "utc_offset_minutes": 60,
    }
    events = [ev.Event(ev.SESSION_CREATED, START, created)]
    events += [ev.Event(ev.ATTENDANCE, START, {"name": n, "status": "present"}) for n, _ in people]
    events.append(ev.Event(ev.MEETING_STARTED, START, {}))
    for number in range(len(earlier) if follows_up else 0):
        marks = st.sampled_from(["tick", "done", "open", "dropped", "left"])
        events += _follow_up_events(number, draw(marks), draw(hostile))
    owners = st.one_of(st.sampled_from([n for n, _ in people] or [""]), hostile)
    entries = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "kind": st.sampled_from(["action", "action", "decision", "note"]),
                    "item": st.integers(-1, 1),
                    "text": hostile,
                    "owner": owners,
                    "due": st.sampled_from(["", "2026-12-04", "2027-01-31"]),
                }
            ),
            min_size=1,
            max_size=5,
        )
    )
    at = START
    for number, entry in enumerate(entries, start=1):
        at += timedelta(seconds=30)
        data = {
            "id": f"e{number}",
            **entry,
            "body": entry["text"],
            "owner_known": bool(people) and entry["owner"] in dict(people),
            "due_text": entry["due"],
        }
        events.append(ev.Event(ev.ENTRY_ADDED, at, data))
    # success criteria with hostile measures and concerns: the charter shows both
    criteria = draw(st.lists(st.tuples(hostile, hostile), max_size=2))
    for number, (measure, note) in enumerate(criteria, start=1):
        for action, data in (
            ("add", {"id": f"c{number}", "measure": measure}),
            ("verdict", {"id": f"c{number}", "verdict": "concerns", "note": note}),
        ):
            step = {"exercise": "success-criteria", "item": 0, "action": action, "data": data}
            events.append(ev.Event(ev.EXERCISE, at, step))
    # scope lines: in the charter's scope and, with a block, in what is not yet aligned
    lines = draw(st.lists(st.tuples(st.sampled_from(["in", "out", "later"]), hostile), max_size=2))
    for number, (section, typed) in enumerate(lines, start=1):
        for action, data in (
            ("add", {"id": f"s{number}", "section": section, "text": typed}),
            ("verdict", {"id": f"s{number}", "verdict": "block", "note": typed}),
        ):
            step = {"exercise": "scope", "item": 0, "action": action, "data": data}
            events.append(ev.Event(ev.EXERCISE, at, step))
    events.append(ev.Event(ev.MEETING_ENDED, at + timedelta(seconds=30), {}))
    session = session_from_events(events)
    assert not session.warnings, session.warnings
    return session, entries


def _follow_up_events(number: int, mark: str, text: str) -> list[ev.Event]:
    """What the meeting said about earlier action `number` of the follow-up item (item 0)."""
    if mark == "left":
        return []
    if mark == "tick":
        return [ev.Event(ev.CHECK_TOGGLED, START, {"index": 0, "check": number, "done": True})]
    data: dict[str, Any] = {"item": 0, "action": number, "status": mark}
    if mark == "open":
        data.update(due="2026-12-09", owner=text)
    if mark == "dropped":
        data["by"] = text
    return [ev.Event(ev.FOLLOW_UP_MARKED, START, data)]
