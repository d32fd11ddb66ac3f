"""Shared setup for the exercise screen tests: a started meeting on the exercise's item."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from exercise_host import ExerciseHost
from exercise_sample import new_meeting

from kickoff_tui.domain import events as ev
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal

SIZE = (80, 24)


def host_for(item: int) -> tuple[ExerciseHost, LiveMeeting, MemoryJournal]:
    meeting, _, journal = new_meeting()
    meeting.start()
    meeting.go_to(item)
    return ExerciseHost(meeting, item), meeting, journal


def steps(journal: MemoryJournal) -> list[tuple[str, str, dict[str, object]]]:
    return [
        (e.data["exercise"], e.data["action"], e.data["data"])
        for e in journal.events
        if e.type == ev.EXERCISE
    ]


class DiskFull(MemoryJournal):
    def __init__(self, events: list[ev.Event]) -> None:
        super().__init__()
        self.events = list(events)
        self.failing = False

    def append(self, event: ev.Event) -> None:
        if self.failing:
            from kickoff_tui.errors import JournalError

            raise JournalError("cannot write the journal: disk full")
        super().append(event)
