"""Property test: minutes full of hostile strings, read back with a real CommonMark + GFM parser.

For any text people type: every table row keeps the header's cell count, no raw HTML token
appears, the front matter loads as YAML with the same values, and every string comes back
as the same text (control characters stripped, whitespace runs as one space).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from kickoff_tui.domain import events as ev
from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.agenda import SCOPE_SECTIONS, Agenda, Item, Meeting, Person
from kickoff_tui.domain.exercises.common import SCOPE, SUCCESS_CRITERIA
from kickoff_tui.domain.exercises.success import VERDICTS
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import session_from_events

PARSER = MarkdownIt("commonmark").enable("table")
# Show links as written: markdown-it would otherwise percent-decode autolink text for display.
PARSER.normalizeLinkText = lambda text: text  # type: ignore[method-assign]
START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

PIECES = [
    *"#>-+*=.)`_[]<>&|\\~!:/() \n\t\r\x1b\x00\x7f\u202e\u2028",
    "1. ",
    "2) ",
    "https://",
    "http://a.b/",
    "ftp://",
    "&amp;",
    "&#60;",
    "<b>",
    "</b>",
    "```",
    "---",
    "***",
    "[ ]",
    "**",
    "<!--",
    "-->",
    "<script>",
    "\x1b[31m",
    "www.x.com",
    "ana@x.io",
    "@",
    "[^1]",
]
hostile = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=8).map("".join),
    st.text(max_size=12),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=6).map("".join),
)


@st.composite
def sessions(draw: st.DrawFn) -> tuple[Any, dict[str, Any]]:
    titles = draw(st.lists(hostile, min_size=1, max_size=3))
    owners = draw(st.lists(hostile, min_size=len(titles), max_size=len(titles)))
    people = draw(st.lists(st.tuples(hostile, hostile, hostile), max_size=3))
    meeting = draw(st.tuples(hostile, hostile, hostile, hostile))
    agenda = Agenda(
        Meeting(title=meeting[0], client=meeting[1], project=meeting[2], goal=meeting[3]),
        tuple(Item(t, 60, owner=o) for t, o in zip(titles, owners, strict=True)),
        tuple(Person(n, role=r, type=k) for n, r, k in people),
    )
    created = {
        "session_id": "20261125-090000-abcd",
        "agenda": agenda.to_dict(),
        "source": draw(hostile),
        "meeting_date": "2026-11-25",
    }
    events = [ev.Event(ev.SESSION_CREATED, START, created)]
    at = START
    for name, _, _ in people:
        events.append(ev.Event(ev.ATTENDANCE, at, {"name": name, "status": "present"}))
    events.append(ev.Event(ev.MEETING_STARTED, at, {}))
    entries = draw(
        st.lists(
            st.tuples(
                st.sampled_from(ev.ENTRY_KINDS),
                st.integers(-1, len(titles) - 1),
                hostile,
                hostile,
                hostile,
            ),
            max_size=8,
        )
    )
    for number, (kind, item, body, owner, due_text) in enumerate(entries, start=1):
        at += timedelta(seconds=30)
        events.append(
            ev.Event(
                ev.ENTRY_ADDED,
                at,
                {
                    "id": f"e{number}",
                    "kind": kind,
                    "item": item,
                    "text": body,
                    "body": body,
                    "owner": owner,
                    "owner_known": number % 2 == 0,
                    "due": "",
                    "due_text": due_text,
                },
            )
        )
    criteria = draw(
        st.lists(
            st.tuples(hostile, hostile, hostile, st.sampled_from(["", *VERDICTS]), hostile),
            max_size=4,
        )
    )
    for number, (measure, target, owner, verdict, note) in enumerate(criteria, start=1):
        at += timedelta(seconds=30)
        added = {"id": f"c{number}", "measure": measure, "target": target, "owner": owner}
        for action, data in (
            ("add", added),
            ("verdict", {"id": f"c{number}", "verdict": verdict, "note": note}),
        ):
            step = {"exercise": SUCCESS_CRITERIA, "item": 0, "action": action, "data": data}
            events.append(ev.Event(ev.EXERCISE, at, step))
    sections = st.sampled_from(SCOPE_SECTIONS)
    verdicts = st.sampled_from(["", *VERDICTS])
    lines = draw(st.lists(st.tuples(sections, hostile, verdicts, hostile), max_size=4))
    for number, (section, typed, verdict, note) in enumerate(lines, start=1):
        added = {"id": f"s{number}", "section": section, "text": typed}
        for action, data in (
            ("add", added),
            ("verdict", {"id": f"s{number}", "verdict": verdict, "note": note}),
        ):
            step = {"exercise": SCOPE, "item": 0, "action": action, "data": data}
            events.append(ev.Event(ev.EXERCISE, at, step))
    events.append(ev.Event(ev.MEETING_ENDED, at + timedelta(seconds=30), {}))
    facts = {
        "agenda": agenda,
        "entries": entries,
        "criteria": criteria,
        "scope": lines,
        "source": created["source"],
    }
    return session_from_events(events), facts


def assert_plain_markdown(tokens: list[Token]) -> None:
    """No raw HTML anywhere, and every table row has its header's cell count."""
    for token in tokens:
        assert token.type != "html_block"
        assert all(c.type != "html_inline" for c in token.children or [])
    header = row = 0
    for token in tokens:
        if token.type == "thead_open":
            header = -1
        elif token.type == "tr_open":
            row = 0
        elif token.type in ("th_open", "td_open"):
            row += 1
        elif token.type == "tr_close":
            header = row if header == -1 else header
            assert row == header


def _plain(inline: Token) -> str:
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def _blocks(tokens: list[Token]) -> list[tuple[str, str]]:
    """(where, plain text) for every inline: h1/h2/h3, li, th, td or p."""
    found: list[tuple[str, str]] = []
    stack: list[str] = []
    for token in tokens:
        if token.nesting == 1:
            stack.append(token.tag)
        elif token.nesting == -1:
            stack.pop()
        elif token.type == "inline":
            where = next(
                (t for t in reversed(stack) if t in ("h1", "h2", "h3", "li", "th", "td")), "p"
            )
            found.append((where, _plain(token)))
    return found


def _section(blocks: list[tuple[str, str]], title: str) -> list[tuple[str, str]]:
    start = blocks.index(("h2", title)) + 1
    end = next((i for i in range(start, len(blocks)) if blocks[i][0] == "h2"), len(blocks))
    return blocks[start:end]


def _ref(agenda: Agenda, index: int) -> str:
    if index < 0:
        return "before the first item"
    title = md.clean(agenda.items[index].title)
    return f"item {index + 1}: {title}" if title else f"item {index + 1}"


def _due(due_text: str) -> str:
    return f"due “{md.clean(due_text)}” is not a date" if due_text else "no due date"


def _expected_line(agenda: Agenda, entry: tuple[str, int, str, str, str], number: int) -> str:
    kind, item, body, owner, due_text = entry
    text = md.clean(body) or "(no text)"
    known = number % 2 == 0
    if kind == "action":
        who = md.clean(owner) or "No owner"
        flag = " (not an attendee)" if md.clean(owner) and not known else ""
        return f"[ ] {who}{flag} — {text} ({_due(due_text)})"
    details = [_ref(agenda, item)]
    about = kind == "stakeholder"
    if md.clean(owner) and not (about and owner in body):
        label = "about" if about else "owner"
        details.append(f"{label}: {md.clean(owner)}" + ("" if known else " (not an attendee)"))
    if due_text:
        details.append(_due(due_text))
    prefix = ""
    return f"{prefix}{text} ({'; '.join(details)})"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_hostile_minutes_render_as_the_same_text(case: tuple[Any, dict[str, Any]]) -> None:
    session, facts = case
    agenda: Agenda = facts["agenda"]
    text = render(session)
    front, body = text[4:].split("\n---\n", 1)

    loaded = yaml.safe_load(front)
    assert loaded["meeting"] == md.clean(agenda.meeting.title)
    assert loaded["client"] == md.clean(agenda.meeting.client)
    assert loaded["agenda-source"] == md.clean(facts["source"])

    tokens = PARSER.parse(body)
    assert_plain_markdown(tokens)

    blocks = _blocks(tokens)
    assert blocks[0] == ("h1", md.heading_text(agenda.meeting.title) or "Kickoff minutes")
    cells = [t for w, t in _section(blocks, "Agenda and timing") if w == "td"]
    assert cells[1::6][: len(agenda.items)] == [md.clean(i.title) or "—" for i in agenda.items]
    assert cells[2::6][: len(agenda.items)] == [md.clean(i.owner) or "—" for i in agenda.items]
    names = [t for w, t in _section(blocks, "Attendees") if w == "td"][0::5]
    assert sorted(names) == sorted(md.clean(p.name) or "—" for p in agenda.people) or not names

    entries = facts["entries"]
    by_kind: dict[str, list[str]] = {}
    for number, entry in enumerate(entries, start=1):
        by_kind.setdefault(entry[0], []).append(_expected_line(agenda, entry, number))
    decisions = [f"D{n} — {line}" for n, line in enumerate(by_kind.get("decision", []), start=1)]
    for title, expected in (
        ("Decisions", decisions),
        ("Action items", by_kind.get("action", [])),
        ("Risks", by_kind.get("risk", [])),
        ("Open questions", by_kind.get("question", [])),
        ("Parking lot", by_kind.get("parking", [])),
        ("Stakeholder notes", by_kind.get("stakeholder", [])),
    ):
        shown = [t for w, t in _section(blocks, title) if w == "li"]
        assert sorted(shown) == sorted(expected), title
    notes = [md.clean(e[2]) or "(no text)" for e in entries if e[0] == "note"]
    assert sorted(t for w, t in _section(blocks, "Notes") if w == "li") == sorted(notes)
