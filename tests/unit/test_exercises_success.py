"""Success criteria: measure, target, owner, date and the room's verdict."""

from __future__ import annotations

import pytest
from exercise_sample import SUCCESS, new_meeting

from kickoff_tui.domain.exercises.success import success_criteria
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError


def test_owner_and_date_are_resolved_when_they_can_be() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    first = act.add_criterion(SUCCESS, " Resets  without a call ", "80 %", "clai", "eom")
    second = act.add_criterion(SUCCESS, "NPS", "+10", "Zed", "at launch")
    state = success_criteria(meeting.session)
    a, b = state.get(first), state.get(second)
    assert a is not None and (a.measure, a.owner, a.owner_known, a.date) == (
        "Resets without a call",
        "Claire Dubois",
        True,
        "2026-11-30",
    )
    assert b is not None and (b.owner, b.owner_known, b.date) == ("Zed", False, "at launch")
    assert [first, second] == ["c1", "c2"]


def test_a_criterion_needs_a_measure() -> None:
    meeting, _, journal = new_meeting()
    with pytest.raises(ExerciseInputError, match="measure"):
        ExerciseActions(meeting).add_criterion(SUCCESS, "  ")
    assert len(journal.events) == 1


def test_verdicts_and_what_is_not_agreed() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    ids = [act.add_criterion(SUCCESS, m) for m in ("A", "B", "C")]
    act.set_verdict(SUCCESS, ids[0], "agree")
    act.set_verdict(SUCCESS, ids[1], "concerns", "no baseline")
    act.set_verdict(SUCCESS, ids[2], "block")
    state = success_criteria(meeting.session)
    assert [(c.id, c.verdict, c.note) for c in state.not_agreed] == [
        ("c2", "concerns", "no baseline"),
        ("c3", "block", ""),
    ]
    act.set_verdict(SUCCESS, ids[1], "agree", "ignored for agree")
    assert success_criteria(meeting.session).get("c2").note == ""  # type: ignore[union-attr]


def test_concerns_need_a_note() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    criterion = act.add_criterion(SUCCESS, "A")
    with pytest.raises(ExerciseInputError, match="note"):
        act.set_verdict(SUCCESS, criterion, "concerns", " ")


def test_remove_restore_and_edit_keep_ids_and_order() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    ids = [act.add_criterion(SUCCESS, m) for m in ("A", "B", "C")]
    act.remove_criterion(SUCCESS, ids[0])
    assert act.add_criterion(SUCCESS, "D") == "c4"  # ids are never reused
    act.restore_criterion(SUCCESS, ids[0])
    act.edit_criterion(SUCCESS, ids[1], "B2", "t", "ben", "2027-01-31")
    state = success_criteria(meeting.session)
    assert [(c.id, c.measure) for c in state.criteria] == [
        ("c1", "A"),
        ("c2", "B2"),
        ("c3", "C"),
        ("c4", "D"),
    ]
    with pytest.raises(ExerciseInputError):
        act.set_verdict(SUCCESS, "c9", "agree")


def test_a_lost_add_step_never_makes_the_next_criterion_reuse_an_id() -> None:
    meeting, _, journal = new_meeting()
    act = ExerciseActions(meeting)
    for measure in ("A", "B", "C"):
        act.add_criterion(SUCCESS, measure)
    # the journal loses the line that added c2 (a damaged line is skipped on replay)
    meeting.session.exercise_events = [
        e for e in meeting.session.exercise_events if e.data["data"].get("id") != "c2"
    ]
    new_id = act.add_criterion(SUCCESS, "D")
    state = success_criteria(meeting.session)
    assert new_id == "c4"
    assert [(c.id, c.measure) for c in state.criteria] == [("c1", "A"), ("c3", "C"), ("c4", "D")]
    assert state.skipped == 0
    assert len(journal.events) == 5
