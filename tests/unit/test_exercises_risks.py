"""Risk register: pre-mortem quick entry, ratings, owners, and risks captured anywhere."""

from __future__ import annotations

import pytest
from exercise_sample import RISKS, new_meeting

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.exercises.risks import rating_of, risk_register
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError


@pytest.mark.parametrize(
    ("likelihood", "impact", "rating"),
    [
        ("high", "high", "high"),
        ("medium", "high", "high"),
        ("medium", "medium", "medium"),
        ("low", "high", "medium"),
        ("low", "medium", "low"),
        ("", "high", ""),
    ],
)
def test_rating_is_likelihood_times_impact(likelihood: str, impact: str, rating: str) -> None:
    assert rating_of(likelihood, impact) == rating


def test_risks_captured_during_any_item_appear_in_the_register() -> None:
    meeting, _, _ = new_meeting()
    meeting.start()
    captured = meeting.capture("risk", "Hosting not signed @ben").id
    meeting.capture("note", "not a risk")
    premortem = ExerciseActions(meeting).add_risk(RISKS, "Data is dirty")
    register = risk_register(meeting.session)
    assert [(r.id, r.item, r.owner) for r in register.risks] == [
        (captured, 0, "Ben Okafor"),
        (premortem, RISKS, ""),
    ]


def test_rating_cycles_and_owner() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    risk = act.add_risk(RISKS, "Late approval")
    assert act.cycle_rating(RISKS, risk, "likelihood") == "low"
    assert act.cycle_rating(RISKS, risk, "likelihood") == "medium"
    act.rate_risk(RISKS, risk, impact="h")
    assert act.set_risk_owner(RISKS, risk, "marc") == "Marcus Hale"
    found = risk_register(meeting.session).get(risk)
    assert found is not None and (found.likelihood, found.impact, found.rating, found.owner) == (
        "medium",
        "high",
        "high",
        "Marcus Hale",
    )
    with pytest.raises(ExerciseInputError, match="impact"):
        act.rate_risk(RISKS, risk, impact="huge")


def test_highest_rating_first_and_unrated_last() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    low = act.add_risk(RISKS, "a")
    unrated = act.add_risk(RISKS, "b")
    high = act.add_risk(RISKS, "c")
    act.rate_risk(RISKS, low, likelihood="low", impact="low")
    act.rate_risk(RISKS, high, likelihood="high", impact="medium")
    order = [r.id for r in risk_register(meeting.session).by_rating()]
    assert order == [high, low, unrated]


def test_deleting_a_risk_is_the_entry_delete_with_undo_on_the_risks_list() -> None:
    meeting, _, journal = new_meeting()
    act = ExerciseActions(meeting)
    risk = act.add_risk(RISKS, "a")
    act.rate_risk(RISKS, risk, likelihood="high")
    act.delete_risk(risk)
    assert risk_register(meeting.session).risks == []
    assert meeting.session.entries[risk].deleted
    assert meeting.undo_delete() is None  # the item screen's list has nothing of its own
    assert act.undo("risks", RISKS) == risk
    restored = risk_register(meeting.session).get(risk)
    assert restored is not None and restored.likelihood == "high"
    assert risk_register(session_from_events(journal.events)) == risk_register(meeting.session)


def test_an_empty_risk_is_refused() -> None:
    meeting, _, journal = new_meeting()
    with pytest.raises(ExerciseInputError):
        ExerciseActions(meeting).add_risk(RISKS, "   ")
    assert [e.type for e in journal.events] == [ev.SESSION_CREATED]
