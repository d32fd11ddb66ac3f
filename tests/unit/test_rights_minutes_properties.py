"""The minutes property test (test_minutes_properties.py), extended to decision rights and
milestones: hostile areas, names, deliverables and dependency notes, read back with a real
CommonMark + GFM parser. Every table row keeps the header's cell count, no raw HTML appears,
and every cell and flag comes back as the same text the folds hold (md.clean of it)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_minutes_properties import PARSER, START, _blocks, _section, assert_plain_markdown, hostile

from kickoff_tui.domain import events as ev
from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.exercises.decision_rights import decision_rights
from kickoff_tui.domain.exercises.milestones import milestones
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import Session, session_from_events

DATES = ["", "2026-11-20", "2026-11-25", "2027-01-15", "2027-03-01"]
# names that still show once on one line: the folds join a name's lines before md.clean, and
# "\x1b\u2028#" is "#" as it is but "\x1b #" (an escape sequence, stripped whole) on one line
named = hostile.filter(lambda text: bool(md.clean(text)) and bool(md.clean(" ".join(text.split()))))


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    names = draw(st.lists(named, min_size=1, max_size=4, unique=True))
    areas = draw(st.lists(named, min_size=1, max_size=4))
    agenda = Agenda(
        Meeting("Rights"),
        (
            Item("Rights", 60, kind="exercise", exercise="decision-rights", options={
                "areas": areas, "model": draw(st.sampled_from(["raci", "daci"])),
            }),
            Item("Milestones", 60, kind="exercise", exercise="milestones"),
        ),
        tuple(Person(n, power=draw(st.sampled_from(["", "high"])), proximity="far") for n in names),
    )  # fmt: skip
    created = {"session_id": "20261125-090000-prop", "agenda": agenda.to_dict()}
    events = [ev.Event(ev.SESSION_CREATED, START, {**created, "meeting_date": "2026-11-25"})]
    at = START

    def step(exercise: str, action: str, **data: Any) -> None:
        nonlocal at
        at += timedelta(seconds=5)
        payload = {"exercise": exercise, "item": 0 if exercise != "milestones" else 1}
        events.append(ev.Event(ev.EXERCISE, at, {**payload, "action": action, "data": data}))

    events.append(ev.Event(ev.MEETING_STARTED, at, {}))
    for area, person, letter in draw(
        st.lists(
            st.tuples(st.sampled_from(areas), st.sampled_from(names), st.sampled_from("RACID")),
            max_size=8,
        )
    ):
        step("decision-rights", "assign", area=" ".join(area.split()), person=person, letter=letter)
    rows = draw(
        st.lists(
            st.tuples(named, st.sampled_from(DATES), hostile, hostile, st.booleans()), max_size=5
        )
    )
    for number, (deliverable, day, approver, note, after) in enumerate(rows, start=1):
        depends = f"m{number - 1}" if after and number > 1 else ""
        step(
            "milestones", "add", id=f"m{number}", deliverable=deliverable, date=day,
            approver=approver, approver_known=True, after=depends, note=note,
        )  # fmt: skip
    events.append(ev.Event(ev.MEETING_ENDED, at + timedelta(seconds=5), {}))
    return session_from_events(events)


def _cells(blocks: list[tuple[str, str]], title: str) -> list[str]:
    return [text for where, text in _section(blocks, title) if where == "td"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_hostile_rights_and_milestones_render_as_the_same_text(session: Session) -> None:
    tokens = PARSER.parse(render(session))
    assert_plain_markdown(tokens)
    blocks = _blocks(tokens)

    rights = decision_rights(session, 0)
    cells = _cells(blocks, "Decision rights")
    assert cells[0::5] == [md.clean(area.name) for area in rights.areas]
    signers = [", ".join(md.clean(p) for p in area.signers) or "—" for area in rights.areas]
    assert cells[1::5] == signers
    listed = [text for where, text in _section(blocks, "Decision rights") if where == "li"]
    assert listed == [md.clean(flag) for flag in rights.flags()]

    plan = milestones(session)
    if not plan.milestones:  # never reached and nothing recorded: no section at all
        assert ("h2", "Milestones") not in blocks
        return
    cells = _cells(blocks, "Milestones")
    assert cells[2::5] == [md.clean(m.deliverable) for m in plan.milestones]
    assert cells[1::5] == [m.date or "no date" for m in plan.milestones]
    listed = [text for where, text in _section(blocks, "Milestones") if where == "li"]
    assert listed == [md.clean(flag) for flag in plan.flags()]
