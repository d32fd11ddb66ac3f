"""Setup for the decision-rights and milestones screen tests: a started meeting on the item."""

from __future__ import annotations

import exercise_fixtures  # noqa: F401  (puts tests/unit on the path)
from exercise_host import ExerciseHost
from rights_sample import rights_agenda

from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal


def rights_host(item: int) -> tuple[ExerciseHost, LiveMeeting, MemoryJournal]:
    from exercise_sample import new_meeting

    meeting, _, journal = new_meeting(rights_agenda())
    meeting.start()
    meeting.go_to(item)
    return ExerciseHost(meeting, item), meeting, journal
