"""Undo has one rule, kept where the state changes (LiveMeeting, ExerciseActions): `u` brings
back what was removed last from the list on screen, then the one before, until the app quits.
The item screen and the review share the entries list; each exercise has its own."""

from __future__ import annotations

import pytest
from exercise_sample import COMMS, MAP, RISKS, SUCCESS, new_meeting

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.exercises import COMMS_PLAN, STAKEHOLDER_MAP, SUCCESS_CRITERIA
from kickoff_tui.domain.exercises import RISKS as RISKS_LIST
from kickoff_tui.domain.exercises.comms import comms_plan
from kickoff_tui.domain.exercises.stakeholders import register
from kickoff_tui.domain.exercises.success import success_criteria
from kickoff_tui.errors import JournalError
from kickoff_tui.exercise_actions import ExerciseActions
from kickoff_tui.meeting import LiveMeeting


def started() -> tuple[LiveMeeting, ExerciseActions]:
    meeting, _, _ = new_meeting()
    meeting.start()
    return meeting, ExerciseActions(meeting)


def test_entries_come_back_newest_first_and_none_when_the_list_is_empty() -> None:
    meeting, _ = started()
    first, second = meeting.capture("note", "one"), meeting.capture("note", "two")
    assert not meeting.can_undo_delete()
    meeting.delete(first.id)
    meeting.delete(second.id)
    assert meeting.can_undo_delete()
    assert meeting.undo_delete() == second.id
    assert meeting.undo_delete() == first.id
    assert meeting.undo_delete() is None and not meeting.can_undo_delete()
    assert [e.text for e in meeting.session.live_entries()] == ["one", "two"]


def test_each_exercise_undoes_only_its_own_removals_in_any_order() -> None:
    meeting, act = started()
    note = meeting.capture("note", "an entry")
    criterion = act.add_criterion(SUCCESS, "Calls answered")
    risk = act.add_risk(RISKS, "Vendor goes bust")
    meeting.delete(note.id)
    act.remove_stakeholder(MAP, "Ben Okafor")
    act.remove_criterion(SUCCESS, criterion)
    act.remove_audience(COMMS, "Claire Dubois")
    act.delete_risk(risk)

    assert act.undo(SUCCESS_CRITERIA, SUCCESS) == criterion
    assert success_criteria(meeting.session).get(criterion) is not None
    assert register(meeting.session).get("Ben Okafor") is None  # the map's removal waits
    assert act.undo(STAKEHOLDER_MAP, MAP) == "Ben Okafor"
    assert act.undo(COMMS_PLAN, COMMS) == "Claire Dubois"
    assert comms_plan(meeting.session).removed == []
    assert act.undo(RISKS_LIST, RISKS) == risk
    assert meeting.session.entries[note.id].deleted  # entries are the item screen's list
    assert meeting.undo_delete() == note.id
    for exercise in (SUCCESS_CRITERIA, STAKEHOLDER_MAP, COMMS_PLAN, RISKS_LIST):
        assert not act.can_undo(exercise)
        assert act.undo(exercise, 0) is None


def test_a_row_brought_back_another_way_is_skipped() -> None:
    _, act = started()
    act.remove_stakeholder(MAP, "Ben Okafor")
    act.remove_stakeholder(MAP, "Marcus Hale")
    act.add_stakeholder(MAP, "Marcus Hale")  # re-added by name: back where he was
    assert act.undo(STAKEHOLDER_MAP, MAP) == "Ben Okafor"
    assert not act.can_undo(STAKEHOLDER_MAP)


def test_the_exercise_without_removals_has_nothing_to_undo() -> None:
    _, act = started()
    assert not act.can_undo("fit-check") and act.undo("fit-check", 2) is None


@pytest.mark.parametrize("list_name", ["entries", STAKEHOLDER_MAP])
def test_an_undo_the_journal_refused_stays_to_be_tried_again(list_name: str) -> None:
    meeting, act = started()
    note = meeting.capture("note", "kept")
    if list_name == "entries":
        meeting.delete(note.id)
    else:
        act.remove_stakeholder(MAP, "Ben Okafor")
    append = meeting.journal.append

    def full(event: ev.Event) -> None:
        raise JournalError("disk full")

    meeting.journal.append = full  # type: ignore[method-assign]
    undo = meeting.undo_delete if list_name == "entries" else lambda: act.undo(list_name, MAP)
    with pytest.raises(JournalError):
        undo()
    meeting.journal.append = append  # type: ignore[method-assign]
    assert undo() in (note.id, "Ben Okafor")
    assert undo() is None
