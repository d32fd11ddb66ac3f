"""Scope: lines in, out, later, assumptions and constraints, with the client's verdict and flags."""

from __future__ import annotations

import pytest
from exercise_sample import new_meeting
from scope_sample import SCOPE, new_scope_meeting, run_scope_exercises, scope_agenda

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.exercises.scope import BLOCKED, NOT_AGREED, scope
from kickoff_tui.exercise_actions import ExerciseInputError


def _lines(meeting) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(line.id, line.section, line.text) for line in scope(meeting.session).lines]


def test_the_statement_of_work_pre_fills_lines_in_section_order() -> None:
    meeting, *_ = new_scope_meeting()
    assert _lines(meeting) == [
        ("p2-1", "in", "Customer portal with order tracking"),
        ("p2-2", "in", "Single sign-on for staff"),
        ("p2-3", "out", "Native mobile app"),
        ("p2-4", "later", "Loyalty programme"),
        ("p2-5", "assumptions", "Northwind provides product data as CSV"),
        ("p2-6", "constraints", "Go-live before the spring catalogue"),
    ]
    assert all(line.prefilled for line in scope(meeting.session).lines)


def test_options_that_are_not_lists_of_text_pre_fill_nothing() -> None:
    odd = {"in": "one string", "out": [None, {"a": 1}, "  Kept  line "], "nonsense": ["x"]}
    meeting, *_ = new_scope_meeting(scope_agenda(odd))
    assert _lines(meeting) == [("p2-1", "out", "Kept line")]


def test_in_lines_are_flagged_until_the_client_agrees() -> None:
    meeting, act, _, _ = new_scope_meeting()
    state = scope(meeting.session)
    assert [line.id for line in state.flagged] == ["p2-1", "p2-2"]
    assert state.get("p2-1").flags == [NOT_AGREED]  # type: ignore[union-attr]
    act.set_line_verdict(SCOPE, "p2-1", "agree")
    act.set_line_verdict(SCOPE, "p2-2", "concerns", "needs IT")
    state = scope(meeting.session)
    assert [line.id for line in state.flagged] == ["p2-2"]
    assert [line.id for line in state.concerns] == ["p2-2"]


def test_a_block_flags_any_line_and_an_in_line_twice() -> None:
    meeting, act, _, _ = new_scope_meeting()
    act.set_line_verdict(SCOPE, "p2-3", "block", "we need the app")
    act.set_line_verdict(SCOPE, "p2-1", "block")
    state = scope(meeting.session)
    assert state.get("p2-3").flags == [BLOCKED]  # type: ignore[union-attr]
    assert state.get("p2-1").flags == [BLOCKED, NOT_AGREED]  # type: ignore[union-attr]
    assert [line.id for line in state.blocked] == ["p2-1", "p2-3"]


def test_lines_outside_in_need_no_agreement_to_be_unflagged() -> None:
    meeting, act, _, _ = new_scope_meeting()
    line = act.add_line(SCOPE, "lat", "Chat support")  # section by prefix
    assert scope(meeting.session).get(line).flags == []  # type: ignore[union-attr]
    act.move_line(SCOPE, line, -2)  # later -> in: now it needs the client's yes
    assert scope(meeting.session).get(line).flags == [NOT_AGREED]  # type: ignore[union-attr]


def test_concerns_need_a_note_and_agree_drops_it() -> None:
    meeting, act, _, journal = new_scope_meeting()
    before = len(journal.events)
    with pytest.raises(ExerciseInputError, match="note"):
        act.set_line_verdict(SCOPE, "p2-1", "concerns", "  ")
    with pytest.raises(ExerciseInputError, match="verdict"):
        act.set_line_verdict(SCOPE, "p2-1", "maybe")
    assert len(journal.events) == before
    act.set_line_verdict(SCOPE, "p2-1", "agree", "ignored")
    assert scope(meeting.session).get("p2-1").note == ""  # type: ignore[union-attr]


def test_bad_input_records_nothing() -> None:
    _, act, _, journal = new_scope_meeting()
    before = len(journal.events)
    for bad in (
        lambda: act.add_line(SCOPE, "in", "   "),
        lambda: act.add_line(SCOPE, "inside-out", "x"),
        lambda: act.edit_line(SCOPE, "s9", "in", "x"),
        lambda: act.remove_line(SCOPE, "nope"),
        lambda: act.restore_line(SCOPE, "p2-1"),
    ):
        with pytest.raises(ExerciseInputError):
            bad()
    assert len(journal.events) == before


def test_removed_lines_come_back_in_their_place_and_ids_are_never_reused() -> None:
    meeting, act, _, _ = new_scope_meeting()
    first = act.add_line(SCOPE, "in", "A")
    second = act.add_line(SCOPE, "in", "B")
    act.remove_line(SCOPE, "p2-1")
    act.remove_line(SCOPE, second)
    assert act.add_line(SCOPE, "in", "C") == "s3"
    assert act.undo("scope", SCOPE) == second
    assert act.undo("scope", SCOPE) == "p2-1"
    assert act.undo("scope", SCOPE) is None
    assert [i for i, section, _ in _lines(meeting) if section == "in"] == [
        "p2-1",
        "p2-2",
        first,
        second,
        "s3",
    ]


def test_undo_of_another_exercise_still_works_through_scope_actions() -> None:
    _, act, _, _ = new_scope_meeting()
    assert act.can_undo("scope") is False
    assert act.undo("success-criteria", SCOPE) is None


def test_damaged_or_foreign_steps_are_skipped_and_counted() -> None:
    meeting, act, _, _ = new_scope_meeting()
    bad_steps: list[dict[str, object]] = [
        {"id": "s1", "section": "sideways", "text": "x"},  # not a section
        {"id": "s2", "section": "in", "text": {"rich": "object"}},  # text is not text
        {"id": "p2-1", "section": "in", "text": "a pre-filled id cannot be added"},
        {"id": "s3", "section": "in"},  # no text
    ]
    for data in bad_steps:
        meeting.record(
            ev.EXERCISE.change({"exercise": "scope", "item": SCOPE, "action": "add", "data": data})
        )
    for action, data in (("verdict", {"id": "p2-1", "verdict": "perhaps"}), ("jump", {})):
        meeting.record(
            ev.EXERCISE.change({"exercise": "scope", "item": SCOPE, "action": action, "data": data})
        )
    state = scope(meeting.session)
    assert state.skipped == 6
    assert len(state.lines) == 6
    assert act.add_line(SCOPE, "in", "after damage") == "s4"  # a lost add still used its id


def test_the_sample_meeting_folds_to_what_the_room_did() -> None:
    meeting, _ = run_scope_exercises()
    state = scope(meeting.session)
    assert [(line.id, line.verdict) for line in state.flagged] == [
        ("p2-2", "concerns"),
        ("s1", ""),
        ("p2-6", "block"),
    ]
    assert state.get("s1").text == "Monthly sales report for the COO"  # type: ignore[union-attr]
    assert [line.id for line in state.removed] == ["s3"]


def test_an_agenda_without_scope_items_has_no_lines() -> None:
    meeting, _, _ = new_meeting()
    assert scope(meeting.session).lines == []
