"""The stakeholder register and map: quadrants, moves, people added on the map, notes."""

from __future__ import annotations

import copy
import pickle

import pytest
from exercise_sample import MAP, new_meeting, run_exercises

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.exercises.stakeholders import (
    KEEP_INFORMED,
    KEEP_SATISFIED,
    MANAGE_CLOSELY,
    MONITOR,
    engagement_for,
    notes_about,
    register,
)
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError


@pytest.mark.parametrize(
    ("power", "proximity", "engagement"),
    [
        ("high", "core", MANAGE_CLOSELY),
        ("high", "near", MANAGE_CLOSELY),
        ("high", "far", KEEP_SATISFIED),
        ("medium", "core", KEEP_INFORMED),
        ("low", "near", KEEP_INFORMED),
        ("medium", "far", MONITOR),
        ("low", "far", MONITOR),
        ("", "far", ""),
        ("high", "", ""),
    ],
)
def test_engagement_follows_the_quadrant(power: str, proximity: str, engagement: str) -> None:
    assert engagement_for(power, proximity) == engagement


def test_register_starts_from_the_agenda_people_with_their_places() -> None:
    meeting, _, _ = new_meeting()
    found = register(meeting.session)
    assert found.names == ["Ana Ruiz", "Ben Okafor", "Claire Dubois", "Marcus Hale", "Lena Fischer"]
    ben = found.get("Ben Okafor")
    assert ben is not None and ben.powerful_and_far and ben.engagement == KEEP_SATISFIED
    assert [s.name for s in found.unplaced] == ["Lena Fischer"]


def test_arrow_moves_change_power_and_proximity_and_stop_at_the_edge() -> None:
    meeting, _, journal = new_meeting()
    act = ExerciseActions(meeting)
    assert act.move_stakeholder(MAP, "Marcus Hale", right=1)  # near -> far
    marcus = register(meeting.session).get("Marcus Hale")
    assert marcus is not None and (marcus.power, marcus.proximity) == ("high", "far")
    assert not act.move_stakeholder(MAP, "Marcus Hale", up=1)  # already at the top
    assert not act.move_stakeholder(MAP, "Marcus Hale", right=1)  # already furthest
    assert act.move_stakeholder(MAP, "Marcus Hale", up=-1, right=-1) is True
    marcus = register(meeting.session).get("Marcus Hale")
    assert marcus is not None and (marcus.power, marcus.proximity) == ("medium", "near")
    moves = [e for e in journal.events if e.type == ev.EXERCISE]
    assert len(moves) == 2  # the blocked moves journal nothing
    assert moves[0].data == {
        "exercise": "stakeholder-map",
        "item": MAP,
        "action": "move",
        "data": {"name": "Marcus Hale", "power": "high", "proximity": "far"},
    }


def test_someone_not_placed_lands_in_the_middle_first() -> None:
    meeting, _, _ = new_meeting()
    ExerciseActions(meeting).move_stakeholder(MAP, "Lena Fischer", up=1)
    lena = register(meeting.session).get("Lena Fischer")
    assert lena is not None and (lena.power, lena.proximity) == ("medium", "near")


def test_added_on_the_map_is_a_stakeholder_but_not_an_attendee() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    act.add_stakeholder(MAP, "Olga Brandt", "CFO", "cli", "budget holder")
    olga = register(meeting.session).get("Olga Brandt")
    assert olga is not None and not olga.in_meeting and olga.side == "client"
    assert "Olga Brandt" not in meeting.session.attendance
    with pytest.raises(ExerciseInputError, match="already on the map"):
        act.add_stakeholder(MAP, "Olga Brandt")
    with pytest.raises(ExerciseInputError, match="side"):
        act.add_stakeholder(MAP, "Someone", side="moon")


def test_remove_and_restore_keep_the_register_order() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    act.remove_stakeholder(MAP, "Ben Okafor")
    assert "Ben Okafor" not in register(meeting.session).names
    act.restore_stakeholder(MAP, "Ben Okafor")
    assert register(meeting.session).names[1] == "Ben Okafor"
    with pytest.raises(ExerciseInputError):
        act.restore_stakeholder(MAP, "Ben Okafor")


def test_attitude_cycles_through_the_known_attitudes() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    assert act.cycle_attitude(MAP, "Marcus Hale") == "unknown"  # after sceptic
    assert act.cycle_attitude(MAP, "Marcus Hale") == "champion"


def test_stakeholder_note_attaches_to_someone_added_on_the_map() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    act.add_stakeholder(MAP, "Olga Brandt", "CFO", "client")
    act.stakeholder_note("@olga wants monthly costs", MAP)
    notes = notes_about(meeting.session, "Olga Brandt")
    assert [(n.body, n.owner_known, n.kind) for n in notes] == [
        ("Olga Brandt wants monthly costs", True, "stakeholder")  # the name reads in the text
    ]
    with pytest.raises(ExerciseInputError, match="@name"):
        act.stakeholder_note("no person named", MAP)
    with pytest.raises(ExerciseInputError, match="@name"):
        act.stakeholder_note("mail olga@northwind.example about costs", MAP)  # not a mention


def test_unreadable_steps_are_skipped_not_fatal() -> None:
    meeting, clock, _ = new_meeting()

    def step(action: str, data: object) -> None:
        payload = {"exercise": "stakeholder-map", "item": MAP, "action": action, "data": data}
        meeting.session.apply(ev.Event(ev.EXERCISE, clock.now(), payload))  # as a replay would

    step("move", {"name": "Ben Okafor", "power": "enormous"})
    step("set", {"name": "Nobody", "power": "high"})
    step("dance", {})
    step("move", [])  # not even a step: the fold skips it before the exercise sees it
    found = register(meeting.session)
    assert found.skipped == 3
    assert meeting.session.warnings == [
        "exercise event skipped: 'data' must be an object, not a list"
    ]
    ben = found.get("Ben Okafor")
    assert ben is not None and ben.power == "high"


def test_replaying_the_journal_gives_the_same_register() -> None:
    meeting, journal = run_exercises()
    assert register(session_from_events(journal.events)) == register(meeting.session)


def test_a_stakeholder_is_a_person_with_one_more_field() -> None:
    from kickoff_tui.domain.agenda import Person
    from kickoff_tui.domain.exercises.stakeholders import Stakeholder

    olga = Stakeholder("Olga", role="CFO", power="high", in_meeting=False)
    assert isinstance(olga, Person)
    assert Stakeholder.__match_args__ == (*Person.__match_args__, "in_meeting")
    assert (olga.name, olga.role, olga.side, olga.power, olga.in_meeting) == (
        "Olga",
        "CFO",
        "other",
        "high",
        False,
    )
    moved = olga.but(proximity="far", in_meeting=True)
    assert (moved.proximity, moved.in_meeting, moved.role, olga.proximity) == (
        "far",
        True,
        "CFO",
        "",
    )
    assert copy.deepcopy(moved) == moved and pickle.loads(pickle.dumps(moved)) == moved
    assert moved != olga and hash(moved) == hash(olga.but(proximity="far", in_meeting=True))
