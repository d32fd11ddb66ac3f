"""Trade-offs: sliders set fixed, firm or flexible; at most one fixed, at least one flexible."""

from __future__ import annotations

import pytest
from scope_sample import TRADE_OFFS, new_scope_meeting, run_scope_exercises, scope_agenda

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item
from kickoff_tui.domain.exercises.trade_offs import (
    DEFAULT_SLIDERS,
    NONE_FLEXIBLE,
    TOO_MANY_FIXED,
    ran_items,
    trade_offs,
)
from kickoff_tui.exercise_actions import ExerciseInputError


def _with_sliders(options: dict[str, object]) -> Agenda:
    agenda = scope_agenda()
    item = Item("Sliders", 600, kind="exercise", exercise="trade-offs", options=options)
    return Agenda(agenda.meeting, (*agenda.items[:2], item), agenda.people)


def test_the_classic_four_sliders_unless_options_name_others() -> None:
    meeting, *_ = new_scope_meeting()
    assert tuple(s.name for s in trade_offs(meeting.session, TRADE_OFFS).sliders) == (
        DEFAULT_SLIDERS
    )
    odd = _with_sliders({"sliders": [" Budget ", "Deadline", "budget ", "", 7, None]})
    meeting, *_ = new_scope_meeting(odd)
    names = [s.name for s in trade_offs(meeting.session, TRADE_OFFS).sliders]
    assert names == ["Budget", "Deadline", "budget", "7"]


def test_the_rule_holds_with_one_fixed_and_one_flexible() -> None:
    meeting, _, act, _ = new_scope_meeting()
    for name, setting in zip(DEFAULT_SLIDERS, ("fixed", "firm", "firm", "flexible"), strict=True):
        act.set_setting(TRADE_OFFS, name, setting)
    assert trade_offs(meeting.session, TRADE_OFFS).broken == []


def test_two_fixed_break_the_rule_at_once() -> None:
    meeting, _, act, _ = new_scope_meeting()
    act.set_setting(TRADE_OFFS, "Time", "fix")  # by prefix
    act.set_setting(TRADE_OFFS, "Cost", "fixed")
    state = trade_offs(meeting.session, TRADE_OFFS)
    assert state.broken == [TOO_MANY_FIXED]
    assert [s.name for s in state.unset] == ["Scope", "Quality"]


def test_none_flexible_counts_once_every_slider_is_set() -> None:
    meeting, _, act, _ = new_scope_meeting()
    for name in DEFAULT_SLIDERS[:3]:
        act.set_setting(TRADE_OFFS, name, "firm")
    assert trade_offs(meeting.session, TRADE_OFFS).broken == []  # one may still give
    act.set_setting(TRADE_OFFS, "Quality", "fixed")
    assert trade_offs(meeting.session, TRADE_OFFS).broken == [NONE_FLEXIBLE]
    act.set_setting(TRADE_OFFS, "Time", "fixed")
    assert trade_offs(meeting.session, TRADE_OFFS).broken == [TOO_MANY_FIXED, NONE_FLEXIBLE]
    act.set_setting(TRADE_OFFS, "Time", "")  # cleared: not every slider is set any more
    assert trade_offs(meeting.session, TRADE_OFFS).broken == []


def test_cycle_goes_fixed_firm_flexible_and_notes_stay() -> None:
    meeting, _, act, _ = new_scope_meeting()
    assert [act.cycle_setting(TRADE_OFFS, "Scope") for _ in range(4)] == [
        "fixed",
        "firm",
        "flexible",
        "fixed",
    ]
    act.note_slider(TRADE_OFFS, "Scope", "  phase 2\nif needed ")
    slider = trade_offs(meeting.session, TRADE_OFFS).get("Scope")
    assert slider is not None and (slider.setting, slider.note) == ("fixed", "phase 2 if needed")


def test_bad_input_records_nothing() -> None:
    _, _, act, journal = new_scope_meeting()
    before = len(journal.events)
    with pytest.raises(ExerciseInputError, match="not a slider"):
        act.set_setting(TRADE_OFFS, "Budget", "fixed")
    with pytest.raises(ExerciseInputError, match="setting"):
        act.set_setting(TRADE_OFFS, "Time", "rigid")
    assert len(journal.events) == before


def test_steps_of_another_item_or_damaged_ones_are_skipped() -> None:
    meeting, _, act, _ = new_scope_meeting()
    act.set_setting(TRADE_OFFS, "Time", "flexible")
    for item, data in (
        (TRADE_OFFS, {"slider": "Time", "setting": "rigid"}),
        (TRADE_OFFS, {"slider": "Time", "note": ["not", "text"]}),
        (TRADE_OFFS, {"slider": "Nope", "setting": "fixed"}),
        (0, {"slider": "Time", "setting": "fixed"}),  # another item's steps are its own
    ):
        step = {"exercise": "trade-offs", "item": item, "action": "set", "data": data}
        meeting.record(ev.EXERCISE.change(step))  # type: ignore[arg-type]
    state = trade_offs(meeting.session, TRADE_OFFS)
    assert state.get("Time").setting == "flexible"  # type: ignore[union-attr]
    assert state.skipped == 3


def test_the_sample_meeting_breaks_both_rules() -> None:
    meeting, _ = run_scope_exercises()
    state = trade_offs(meeting.session, TRADE_OFFS)
    assert [(s.name, s.setting) for s in state.sliders] == [
        ("Scope", "firm"),
        ("Time", "fixed"),
        ("Cost", "fixed"),
        ("Quality", "firm"),
    ]
    assert state.broken == [TOO_MANY_FIXED, NONE_FLEXIBLE]
    assert ran_items(meeting.session) == [TRADE_OFFS]


def test_a_broken_rule_reads_without_a_colon_of_its_own() -> None:
    # every output puts it after one ("Rule broken: ...", "**Rule broken** (...): ...")
    meeting, _ = run_scope_exercises()
    state = trade_offs(meeting.session, TRADE_OFFS)
    assert state.broken == [
        "more than one is fixed, but only one constraint can be held fixed",
        "none is flexible, but one has to give when something goes wrong",
    ]


def test_an_item_not_reached_and_never_set_did_not_run() -> None:
    meeting, *_ = new_scope_meeting()
    assert ran_items(meeting.session) == []
