"""Setup for the scope and trade-offs screen tests: a started meeting on the exercise's item."""

from __future__ import annotations

from exercise_fixtures import SIZE as SIZE  # also puts tests/unit on the path
from exercise_host import ExerciseHost
from exercise_sample import new_meeting
from scope_sample import SCOPE as SCOPE
from scope_sample import TRADE_OFFS as TRADE_OFFS
from scope_sample import scope_agenda

from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal


def scope_host(
    item: int, agenda: Agenda | None = None
) -> tuple[ExerciseHost, LiveMeeting, MemoryJournal]:
    meeting, _, journal = new_meeting(agenda or scope_agenda())
    meeting.start()
    meeting.go_to(item)
    return ExerciseHost(meeting, item), meeting, journal
