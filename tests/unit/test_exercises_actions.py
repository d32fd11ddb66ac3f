"""ExerciseActions: journal first, then apply; and which exercises count as having run."""

from __future__ import annotations

import pytest
from exercise_sample import FIT, MAP, new_meeting, run_exercises

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.exercises import ran
from kickoff_tui.domain.exercises.fit_check import fit_check
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.errors import JournalError
from kickoff_tui.exercise_actions import ExerciseActions
from kickoff_tui.storage.journal import MemoryJournal


class BrokenJournal(MemoryJournal):
    def append(self, event: ev.Event) -> None:
        raise JournalError("cannot write the journal: disk full")


def test_a_journal_failure_leaves_the_session_unchanged() -> None:
    meeting, _, _ = new_meeting()
    meeting.journal = BrokenJournal()
    with pytest.raises(JournalError):
        ExerciseActions(meeting).score(FIT, "Budget realism", 2)
    assert meeting.session.exercise_events == []
    assert fit_check(meeting.session, FIT).get("Budget realism").score is None  # type: ignore[union-attr]


def test_every_step_is_an_exercise_event_with_the_generic_payload() -> None:
    _, journal = run_exercises()
    steps = [e for e in journal.events if e.type == ev.EXERCISE]
    assert steps and all(set(e.data) == {"exercise", "item", "action", "data"} for e in steps)
    assert {e.data["exercise"] for e in steps} == {
        "stakeholder-map",
        "fit-check",
        "success-criteria",
        "comms-plan",
        "risks",
    }


def test_replay_renders_the_same_minutes() -> None:
    meeting, journal = run_exercises()
    assert render(session_from_events(journal.events)) == render(meeting.session)


def test_an_exercise_runs_when_an_item_opening_it_is_reached_or_a_step_is_recorded() -> None:
    meeting, _, _ = new_meeting()
    assert not ran(meeting.session, "stakeholder-map")
    meeting.start()
    meeting.go_to(MAP)
    assert ran(meeting.session, "stakeholder-map")
    assert not ran(meeting.session, "fit-check")
    ExerciseActions(meeting).score(FIT, "Budget realism", 3)
    assert ran(meeting.session, "fit-check")


def test_sections_of_exercises_that_never_ran_are_left_out() -> None:
    meeting, _, _ = new_meeting()
    meeting.start()
    meeting.go_to(MAP)
    meeting.end()
    text = render(meeting.session)
    assert "## Stakeholder map" in text
    for title in ("Fit check", "Success criteria", "Communication plan", "Risk register"):
        assert f"## {title}" not in text
