"""Decision rights: the matrix fold, its actions, and every flag."""

from __future__ import annotations

import pytest
from exercise_sample import Item, new_meeting
from rights_sample import AREAS, DACI_RIGHTS, MAP, RIGHTS, rights_agenda, rights_meeting

from kickoff_tui.decision_rights_actions import DecisionRightsActions
from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.domain.exercises.decision_rights import (
    DEFAULT_AREAS,
    decision_rights,
    ran_items,
)
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError


def actions(item: int = RIGHTS) -> DecisionRightsActions:
    meeting, _ = rights_meeting()
    return DecisionRightsActions(meeting, item)


def test_areas_come_from_options_and_people_from_the_stakeholder_register() -> None:
    act = actions()
    ExerciseActions(act.meeting).add_stakeholder(MAP, "Olga Brandt", "CFO", "client")
    state = act.state()
    assert [a.name for a in state.areas] == AREAS
    assert state.people[-1] == "Olga Brandt"  # added on the map: a column too
    assert state.people[0] == "Ana Ruiz"
    assert (state.model, state.letters, state.sign_off) == (
        "raci",
        ("R", "A", "C", "I"),
        "Accountable",
    )


def test_daci_is_chosen_by_options_and_areas_default_without_them() -> None:
    daci = actions(DACI_RIGHTS).state()
    assert (daci.model, daci.letters, daci.sign_off) == ("daci", ("D", "A", "C", "I"), "Approver")
    agenda = rights_agenda()
    plain = Agenda(
        agenda.meeting,
        people=agenda.people,
        items=(Item("Rights", 600, kind="exercise", exercise="decision-rights"),),
    )
    meeting, _, _ = new_meeting(plain)
    state = decision_rights(meeting.session, 0)
    assert (state.model, tuple(a.name for a in state.areas)) == ("raci", DEFAULT_AREAS)


def test_one_letter_per_cell_and_clearing() -> None:
    act = actions()
    act.assign("Go-live", "Ana Ruiz", "r")
    act.assign("Go-live", "Ana Ruiz", "C")  # replaces, never adds a second letter
    assert act.state().get("Go-live").letters == {"Ana Ruiz": "C"}  # type: ignore[union-attr]
    assert act.clear("Go-live", "Ana Ruiz") is True
    assert act.clear("Go-live", "Ana Ruiz") is False  # nothing left to clear
    assert act.state().get("Go-live").letters == {}  # type: ignore[union-attr]


def test_letters_of_the_other_model_and_unknown_people_are_refused() -> None:
    act = actions()
    events = len(act.meeting.session.exercise_events)
    with pytest.raises(ExerciseInputError, match="not a letter here"):
        act.assign("Go-live", "Ana Ruiz", "D")  # D is DACI's Driver
    with pytest.raises(ExerciseInputError, match="not in the matrix"):
        act.assign("Go-live", "Nobody", "A")
    with pytest.raises(ExerciseInputError, match="not a decision area"):
        act.assign("Lunch", "Ana Ruiz", "A")
    assert len(act.meeting.session.exercise_events) == events
    assert actions(DACI_RIGHTS).assign("Content sign-off", "Ana Ruiz", "d") == "D"


def test_flag_an_area_with_no_sign_off() -> None:
    act = actions()
    state = act.state()
    assert [a.name for a in state.without_sign_off] == AREAS
    assert "No Accountable for Go-live." in state.flags()
    act.assign("Go-live", "Claire Dubois", "A")
    assert "No Accountable for Go-live." not in act.state().flags()


def test_flag_an_area_with_more_than_one_sign_off() -> None:
    act = actions()
    act.assign("Go-live", "Claire Dubois", "A")
    act.assign("Go-live", "Ana Ruiz", "A")
    state = act.state()
    assert [a.name for a in state.shared_sign_off] == ["Go-live"]
    assert "2 people are Accountable for Go-live: Ana Ruiz, Claire Dubois." in state.flags()


def test_flag_a_sign_off_far_from_the_project_from_the_agenda_and_from_map_moves() -> None:
    act = actions()
    act.assign("Go-live", "Ben Okafor", "A")  # the agenda puts him high and far
    act.assign("Budget changes", "Marcus Hale", "A")  # high, near: fine
    state = act.state()
    assert [(a.name, p) for a, p in state.far_signers] == [("Go-live", "Ben Okafor")]
    assert (
        "Ben Okafor is Accountable for Go-live but powerful and far from the project "
        "on the stakeholder map." in state.flags()
    )
    ExerciseActions(act.meeting).move_stakeholder(MAP, "Marcus Hale", right=1)  # near -> far
    assert [p for _, p in act.state().far_signers] == ["Ben Okafor", "Marcus Hale"]
    ExerciseActions(act.meeting).move_stakeholder(MAP, "Ben Okafor", right=-1)  # closer
    assert [p for _, p in act.state().far_signers] == ["Marcus Hale"]


def test_flag_one_person_holding_every_sign_off() -> None:
    act = actions()
    for area in AREAS[:-1]:
        act.assign(area, "Claire Dubois", "A")
    assert act.state().signs_everything == []  # not every area yet
    act.assign(AREAS[-1], "Claire Dubois", "A")
    state = act.state()
    assert state.signs_everything == ["Claire Dubois"]
    assert "Claire Dubois is Accountable for every area." in state.flags()
    single = actions(DACI_RIGHTS)  # one area: one approver is simply right
    single.assign("Content sign-off", "Ana Ruiz", "A")
    assert single.state().signs_everything == [] and single.state().flags() == []


def test_areas_added_removed_restored_keep_their_row_and_letters() -> None:
    act = actions()
    act.assign("Go-live", "Ana Ruiz", "R")
    with pytest.raises(ExerciseInputError, match="already a decision area"):
        act.add_area("  go-LIVE ")
    with pytest.raises(ExerciseInputError, match="needs a name"):
        act.add_area("  ")
    assert act.add_area(" Content   tone ") == "Content tone"
    act.remove_area("Go-live")
    assert "Go-live" not in [a.name for a in act.state().areas]
    assert act.can_undo("decision-rights")
    assert act.undo("decision-rights", RIGHTS) == "Go-live"
    state = act.state()
    assert [a.name for a in state.areas] == [*AREAS, "Content tone"]
    assert state.get("Go-live").letters == {"Ana Ruiz": "R"}  # type: ignore[union-attr]


def test_undo_brings_back_a_cleared_letter_newest_first() -> None:
    act = actions()
    act.assign("Go-live", "Ana Ruiz", "R")
    act.assign("Go-live", "Ben Okafor", "A")
    act.clear("Go-live", "Ana Ruiz")
    act.remove_area("Budget changes")
    act.clear("Go-live", "Ben Okafor")
    assert act.undo("decision-rights", RIGHTS) == "Go-live\x1fBen Okafor"
    assert act.undo("decision-rights", RIGHTS) == "Budget changes"
    act.assign("Go-live", "Ana Ruiz", "C")  # set again some other way: nothing to undo there
    assert act.undo("decision-rights", RIGHTS) is None
    assert act.state().get("Go-live").letters == {"Ana Ruiz": "C", "Ben Okafor": "A"}  # type: ignore[union-attr]


def test_each_item_has_its_own_matrix_and_undo_list() -> None:
    act = actions()
    other = DecisionRightsActions(act.meeting, DACI_RIGHTS)
    act.remove_area("Go-live")
    assert not other.can_undo("decision-rights")
    assert [a.name for a in other.state().areas] == ["Content sign-off"]
    assert ran_items(act.meeting.session) == [RIGHTS]


def test_someone_taken_off_the_map_keeps_their_column_while_they_hold_a_letter() -> None:
    act = actions()
    act.assign("Go-live", "Lena Fischer", "I")
    ExerciseActions(act.meeting).remove_stakeholder(MAP, "Lena Fischer")
    assert "Lena Fischer" in act.state().people
    act.clear("Go-live", "Lena Fischer")
    assert "Lena Fischer" not in act.state().people


def test_damaged_steps_are_skipped_and_counted() -> None:
    meeting, journal = rights_meeting()
    bad = [
        {"area": "Go-live", "person": "Ana Ruiz", "letter": "Z"},  # not a letter at all
        {"area": "Go-live", "person": "Ana Ruiz", "letter": "D"},  # DACI's, in a RACI item
        {"area": 5, "person": "Ana Ruiz", "letter": "A"},
        {"area": "Nowhere", "person": "Ana Ruiz", "letter": "A"},
        {"area": "Go-live"},  # assign without a person
        {"person": "Ana Ruiz"},  # no area
    ]
    for data in bad:
        ExerciseActions(meeting)._step("decision-rights", RIGHTS, "assign", **data)
    ExerciseActions(meeting)._step("decision-rights", RIGHTS, "explode", area="Go-live")
    state = decision_rights(session_from_events(journal.events), RIGHTS)
    assert state.skipped == len(bad) + 1
    assert state.assigned == 0
