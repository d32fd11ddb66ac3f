"""Fit check: dimensions, scores, overall fit and the low-score risk offer."""

from __future__ import annotations

import pytest
from exercise_sample import FIT, exercise_agenda, new_meeting

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Item
from kickoff_tui.domain.exercises.fit_check import DEFAULT_DIMENSIONS, dimensions_for, fit_check
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError


def test_the_item_options_name_the_dimensions_else_the_defaults() -> None:
    assert dimensions_for(exercise_agenda().items[FIT])[-1] == "Scope clarity"
    assert dimensions_for(Item("Fit", 60, exercise="fit-check")) == DEFAULT_DIMENSIONS
    assert dimensions_for(Item("Fit", 60, options={"dimensions": []})) == DEFAULT_DIMENSIONS
    odd = Item("Fit", 60, options={"dimensions": ["  Budget  ", "Budget", "", "Team"]})
    assert dimensions_for(odd) == ("Budget", "Team")


def test_overall_fit_is_the_mean_of_the_scores_given() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    assert fit_check(meeting.session, FIT).overall is None
    act.score(FIT, "Goals alignment", 5)
    act.score(FIT, "Budget realism", 4)
    act.score(FIT, "Timeline realism", 4)
    check = fit_check(meeting.session, FIT)
    assert check.overall == 4.3 and check.verdict == "good fit" and len(check.scored) == 3
    act.score(FIT, "Goals alignment", None)  # cleared
    assert fit_check(meeting.session, FIT).overall == 4.0


@pytest.mark.parametrize("bad", [0, 6, 2.5, "3", True])
def test_scores_outside_one_to_five_are_refused_and_not_journaled(bad: object) -> None:
    meeting, _, journal = new_meeting()
    before = len(journal.events)
    with pytest.raises(ExerciseInputError):
        ExerciseActions(meeting).score(FIT, "Goals alignment", bad)  # type: ignore[arg-type]
    assert len(journal.events) == before


def test_an_unknown_dimension_is_refused() -> None:
    meeting, _, _ = new_meeting()
    with pytest.raises(ExerciseInputError, match="not a dimension"):
        ExerciseActions(meeting).score(FIT, "Vibes", 3)


def test_a_low_score_is_offered_as_a_risk_until_recorded_or_declined() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    act.score(FIT, "Budget realism", 2)
    act.score(FIT, "Timeline realism", 1)
    assert [d.name for d in fit_check(meeting.session, FIT).offers()] == [
        "Budget realism",
        "Timeline realism",
    ]
    entry_id = act.record_low_score_risk(FIT, "Budget realism")
    entry = meeting.session.entries[entry_id]
    assert (entry.kind, entry.item, entry.body) == (
        "risk",
        FIT,
        "Fit check: Budget realism scored 2/5",
    )
    act.decline_low_score_risk(FIT, "Timeline realism")
    assert fit_check(meeting.session, FIT).offers() == []
    act.score(FIT, "Timeline realism", 2)  # a different low score is offered again
    assert [d.name for d in fit_check(meeting.session, FIT).offers()] == ["Timeline realism"]
    meeting.delete(entry_id)  # deleting the risk brings the offer back
    assert "Budget realism" in [d.name for d in fit_check(meeting.session, FIT).offers()]


def test_recording_a_risk_for_a_good_score_is_refused() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    act.score(FIT, "Budget realism", 3)
    with pytest.raises(ExerciseInputError, match="not scored low"):
        act.record_low_score_risk(FIT, "Budget realism")


def test_scores_belong_to_their_item() -> None:
    meeting, _, _ = new_meeting()
    meeting.record(
        ev.EXERCISE.change(
            {
                "exercise": "fit-check",
                "item": 0,
                "action": "score",
                "data": {"dimension": "Budget realism", "score": 1},
            }
        )
    )
    assert fit_check(meeting.session, FIT).get("Budget realism").score is None  # type: ignore[union-attr]
