"""Milestones: the fold, its actions, the date parsing and every flag."""

from __future__ import annotations

import pytest
from rights_sample import MILESTONES, rights_meeting

from kickoff_tui.domain.exercises.milestones import milestones
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError
from kickoff_tui.milestone_actions import MilestoneActions

PREFILLED = ["Design sign-off", "Content freeze"]


def actions() -> MilestoneActions:
    meeting, _ = rights_meeting()
    return MilestoneActions(meeting)


def names(act: MilestoneActions) -> list[str]:
    return [m.deliverable for m in act.state().milestones]


def test_options_prefill_rows_with_approver_resolved() -> None:
    state = actions().state()
    design, freeze = state.milestones
    assert (design.deliverable, design.date, design.approver, design.approver_known) == (
        "Design sign-off",
        "2027-01-15",
        "Ben Okafor",
        True,
    )
    assert (freeze.deliverable, freeze.date, freeze.approver) == ("Content freeze", "", "")


def test_dates_use_the_due_date_forms_and_rows_sort_by_date_undated_last() -> None:
    act = actions()
    act.add_milestone(MILESTONES, "Wireframes", "eom", "ana")  # meeting on 2026-11-25
    act.add_milestone(MILESTONES, "Launch", "2027-03-01", "ben")
    act.add_milestone(MILESTONES, "Retro", "", "ana")
    assert names(act) == ["Wireframes", "Design sign-off", "Launch", "Content freeze", "Retro"]
    assert act.state().milestones[0].date == "2026-11-30"


def test_an_unreadable_date_is_refused_with_the_due_date_message() -> None:
    act = actions()
    before = len(act.meeting.session.exercise_events)
    with pytest.raises(ExerciseInputError, match="'sometime in Q3' is not a date; write"):
        act.add_milestone(MILESTONES, "Launch", "sometime in Q3")
    with pytest.raises(ExerciseInputError, match="needs a deliverable"):
        act.add_milestone(MILESTONES, "  ", "fri")
    assert len(act.meeting.session.exercise_events) == before


def test_flag_no_approver() -> None:
    act = actions()
    state = act.state()
    assert state.problems(state.milestones[1]) == ["no approver"]
    assert "Content freeze: no approver." in state.flags()


def test_flag_an_approver_who_is_not_in_the_meeting() -> None:
    act = actions()
    act.add_milestone(MILESTONES, "Launch", "2027-03-01", "Nobody")
    state = act.state()
    launch = state.find("Launch")
    assert launch is not None and not launch.approver_known
    assert state.problems(launch) == ["the approver Nobody is not in the meeting"]
    assert "Launch: the approver Nobody is not in the meeting." in state.flags()


def test_flag_a_date_in_the_past_relative_to_the_meeting_date() -> None:
    act = actions()
    act.add_milestone(MILESTONES, "Old", "2026-11-24", "ana")
    act.add_milestone(MILESTONES, "Today", "today", "ana")
    state = act.state()
    old, today = state.find("Old"), state.find("Today")
    assert old is not None and today is not None
    assert state.problems(old) == ["the date is in the past"]
    assert state.problems(today) == []


def test_flag_out_of_order_with_its_dependency_by_number_or_name() -> None:
    act = actions()
    beta = act.add_milestone(MILESTONES, "Beta", "2027-02-26", "claire", "design SIGN-off")
    act.add_milestone(MILESTONES, "Go-live", "2027-02-01", "ben", "#2")  # 2 is Beta by date
    state = act.state()
    go_live = state.find("Go-live")
    assert go_live is not None and state.dependency(go_live) == state.get(beta)
    assert state.problems(go_live) == ["due before Beta (2027-02-26), which it depends on"]
    b = state.get(beta)
    assert b is not None and state.problems(b) == []  # Beta comes after Design sign-off
    act.edit_milestone(MILESTONES, go_live.id, "Go-live", "2027-03-01", "ben", "Beta")
    assert act.state().flags() == ["Content freeze: no approver."]


def test_a_dependency_in_words_is_a_note_and_never_flags() -> None:
    act = actions()
    m = act.add_milestone(MILESTONES, "Launch", "fri", "ana", "content from the client")
    found = act.state().get(m)
    assert found is not None and (found.after, found.note) == ("", "content from the client")


@pytest.mark.parametrize("typed", ["\u00b2", "#\u0663", "1" * 5000])
def test_a_dependency_number_int_cannot_read_is_words(typed: str) -> None:
    act = actions()
    m = act.add_milestone(MILESTONES, "Launch", "fri", "ana", typed)  # no ValueError
    found = act.state().get(m)
    assert found is not None and found.after == "" and typed.startswith(found.note[:50])


def test_a_milestone_cannot_depend_on_itself() -> None:
    act = actions()
    m = act.add_milestone(MILESTONES, "Launch", "fri", "ana")
    with pytest.raises(ExerciseInputError, match="itself"):
        act.edit_milestone(MILESTONES, m, "Launch", "fri", "ana", "Launch")


def test_remove_undo_and_ids_never_reused() -> None:
    act = actions()
    first = act.add_milestone(MILESTONES, "A", "fri", "ana")
    act.remove_milestone(MILESTONES, first)
    assert "A" not in names(act)
    assert act.can_undo("milestones")
    assert act.undo("milestones", MILESTONES) == first
    assert "A" in names(act) and not act.can_undo("milestones")
    act.remove_milestone(MILESTONES, act.state().milestones[-1].id)  # a pre-filled one
    assert act.add_milestone(MILESTONES, "B") == "m2"
    with pytest.raises(ExerciseInputError, match="no milestone"):
        act.remove_milestone(MILESTONES, "m99")


def test_damaged_steps_are_skipped_and_counted() -> None:
    meeting, journal = rights_meeting()
    step = ExerciseActions(meeting)._step
    step("milestones", MILESTONES, "add", id="m1", deliverable="A", date="fri")  # not ISO
    step("milestones", MILESTONES, "add", id="m2", deliverable="")
    step("milestones", MILESTONES, "add", id="m3", deliverable=["A"])
    step("milestones", MILESTONES, "edit", id="m9", deliverable="B")
    step("milestones", MILESTONES, "add", id="m4", deliverable="C", date="2027-02-30")
    step("milestones", MILESTONES, "add", id="m5", deliverable="D", approver_known="yes")
    step("milestones", MILESTONES, "add", id="m6", deliverable="E")
    state = milestones(session_from_events(journal.events))
    assert state.skipped == 6
    assert [m.deliverable for m in state.milestones][-1] == "E"
    assert state.next_id() == "m7"  # the skipped adds' ids are never handed out again
