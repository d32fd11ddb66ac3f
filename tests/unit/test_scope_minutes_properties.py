"""Property test (tests/unit/test_minutes_properties.py's, extended to scope and trade-offs):
for any text typed as a scope line, a note or a slider name, the minutes read back with a real
CommonMark + GFM parser give every table row the header's cell count, no raw HTML, and the
same text in the same place, and the flags count what the fold flags."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_minutes_properties import PARSER, START, _blocks, _section, assert_plain_markdown, hostile

from kickoff_tui.domain import events as ev
from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.agenda import SCOPE_SECTIONS, Agenda, Item, Meeting
from kickoff_tui.domain.exercises.success import VERDICTS
from kickoff_tui.domain.exercises.trade_offs import DEFAULT_SLIDERS, SETTINGS
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import Session, session_from_events

lines = st.lists(
    st.tuples(st.sampled_from(SCOPE_SECTIONS), hostile, st.sampled_from(["", *VERDICTS]), hostile),
    max_size=6,
)
sliders = st.lists(st.tuples(hostile, st.sampled_from(["", *SETTINGS]), hostile), max_size=4)


def _one_line(text: str) -> str:
    return " ".join(text.split())


@st.composite
def sessions(draw: st.DrawFn) -> tuple[Session, dict[str, Any]]:
    prefilled = draw(st.lists(hostile, max_size=3))
    typed = draw(lines)
    slid = draw(sliders)
    items = (
        Item(draw(hostile), 60, kind="exercise", exercise="scope", options={"in": prefilled}),
        Item(
            draw(hostile),
            60,
            kind="exercise",
            exercise="trade-offs",
            options={"sliders": [name for name, _, _ in slid]},
        ),
    )
    agenda = Agenda(Meeting(title="Scope"), items)
    created = {
        "session_id": "20261125-090000-abcd",
        "agenda": agenda.to_dict(),
        "source": "scope.yaml",
        "meeting_date": "2026-11-25",
    }
    events = [ev.Event(ev.SESSION_CREATED, START, created), ev.Event(ev.MEETING_STARTED, START, {})]
    at = START

    def step(exercise: str, item: int, action: str, data: dict[str, Any]) -> None:
        payload = {"exercise": exercise, "item": item, "action": action, "data": data}
        events.append(ev.Event(ev.EXERCISE, at, payload))

    for number, (section, text, verdict, note) in enumerate(typed, start=1):
        at += timedelta(seconds=30)
        step("scope", 0, "add", {"id": f"s{number}", "section": section, "text": text})
        step("scope", 0, "verdict", {"id": f"s{number}", "verdict": verdict, "note": note})
    events.append(ev.Event(ev.ITEM_STARTED, at, {"index": 1}))  # reached: its section shows
    for name, setting, note in slid:
        step("trade-offs", 1, "set", {"slider": _one_line(name), "setting": setting, "note": note})
    events.append(ev.Event(ev.MEETING_ENDED, at + timedelta(seconds=30), {}))
    facts = {"prefilled": prefilled, "typed": typed, "sliders": slid}
    return session_from_events(events), facts


def _expected_lines(facts: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(section, text, verdict, note) of each line the minutes list, in their order."""
    found = [
        (0, 0, position, ("in", _one_line(t), "", ""))
        for position, t in enumerate(p for p in facts["prefilled"] if _one_line(p))
    ]
    for number, (section, text, verdict, note) in enumerate(facts["typed"], start=1):
        if _one_line(text):  # a blank line is not recorded
            kept = _one_line(note) if verdict in ("concerns", "block") else ""
            line = (section, _one_line(text), verdict, kept)  # the fold keeps one line of text
            found.append((SCOPE_SECTIONS.index(section), 1, number, line))
    return [line for *_, line in sorted(found)]


def _expected_sliders(facts: dict[str, Any]) -> list[tuple[str, str, str]]:
    names = list(dict.fromkeys(_one_line(n) for n, _, _ in facts["sliders"] if _one_line(n)))
    shown = {name: ("", "") for name in names or DEFAULT_SLIDERS}
    for name, setting, note in facts["sliders"]:
        if _one_line(name) in shown:
            shown[_one_line(name)] = (setting, _one_line(note))
    return [(name, setting, note) for name, (setting, note) in shown.items()]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_hostile_scope_and_trade_offs_render_as_the_same_text(
    case: tuple[Session, dict[str, Any]],
) -> None:
    session, facts = case
    body = render(session).split("\n---\n", 1)[1]
    tokens = PARSER.parse(body)
    assert_plain_markdown(tokens)
    blocks = _blocks(tokens)

    expected = _expected_lines(facts)
    scope_blocks = _section(blocks, "Scope")
    cells = [t for w, t in scope_blocks if w == "td"]
    if not expected:
        assert scope_blocks == [("p", "No scope lines recorded.")]
    else:
        assert cells[1::5] == [section for section, *_ in expected]
        assert cells[2::5] == [md.clean(text) or "—" for _, text, _, _ in expected]
        assert cells[3::5] == [verdict or "no verdict" for *_, verdict, _ in expected]
        assert cells[4::5] == [md.clean(note) or "—" for *_, note in expected]
        not_aligned = [
            line
            for line in expected
            if line[2] in ("block", "concerns") or (line[0] == "in" and line[2] != "agree")
        ]
        assert len([w for w, _ in scope_blocks if w == "li"]) == len(not_aligned)

    slid = _expected_sliders(facts)
    cells = [t for w, t in _section(blocks, "Trade-offs") if w == "td"]
    assert cells[0::3] == [md.clean(name) or "—" for name, _, _ in slid]
    assert cells[1::3] == [setting or "not set" for _, setting, _ in slid]
    assert cells[2::3] == [md.clean(note) or "—" for _, _, note in slid]
