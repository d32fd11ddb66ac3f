"""The room view (`kickoff present`) in each phase as SVG snapshots, at 80x24 and 160x45.

Each meeting is written to a real journal by a LiveMeeting on a FakeClock (tests/unit/
room_journal.py); the app folds it once at start (follow=False: no timers), and the time zone
is pinned by conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from room_journal import CHARTER_ITEMS, WrittenMeeting, charter_room_agenda, in_first_item
from snapshot_meetings import pressing

from kickoff_tui.decision_rights_actions import DecisionRightsActions
from kickoff_tui.scope_actions import ScopeActions
from kickoff_tui.ui.room.app import RoomApp

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 45), id="160x45")]
Compare = Callable[..., bool]


def _lobby(folder: Path) -> WrittenMeeting:
    written = WrittenMeeting(folder)
    written.meeting.set_attendance("Ana Ruiz", "present")
    return written


def _warning(folder: Path) -> WrittenMeeting:
    written = in_first_item(folder)
    written.clock.advance(150)
    return written


def _overtime(folder: Path) -> WrittenMeeting:
    written = in_first_item(folder)
    written.clock.advance(200)
    return written


def _paused(folder: Path) -> WrittenMeeting:
    written = in_first_item(folder)
    written.meeting.toggle_pause()
    return written


def _exercise(folder: Path) -> WrittenMeeting:
    written = in_first_item(folder)
    written.meeting.next_item()
    written.exercises.place_stakeholder(1, "Ben Okafor", "high", "near")
    written.exercises.place_stakeholder(1, "Ana Ruiz", "low", "near")
    return written


def _charter_exercise(folder: Path, index: int) -> WrittenMeeting:
    written = WrittenMeeting(folder, charter_room_agenda())
    m = written.meeting
    m.set_attendance("Ana Ruiz", "present")
    m.start()
    m.go_to(CHARTER_ITEMS[index])
    return written


def _scope(folder: Path) -> WrittenMeeting:
    written = _charter_exercise(folder, 0)
    lines = ScopeActions(written.meeting)
    lines.set_line_verdict(CHARTER_ITEMS[0], "p4-1", "agree")
    lines.set_line_verdict(CHARTER_ITEMS[0], "p4-2", "block", "Promised in the pitch")
    lines.add_line(CHARTER_ITEMS[0], "later", "Loyalty programme")
    return written


def _decision_rights(folder: Path) -> WrittenMeeting:
    written = _charter_exercise(folder, 2)
    rights = DecisionRightsActions(written.meeting, CHARTER_ITEMS[2])
    rights.assign("Go-live", "Ben Okafor", "A")
    rights.assign("Go-live", "Ana Ruiz", "R")
    return written


def _review(folder: Path) -> WrittenMeeting:
    written = in_first_item(folder)
    written.meeting.end()
    return written


def _closing(folder: Path) -> WrittenMeeting:
    written = _review(folder)
    written.meeting.finish()
    return written


PHASES = {
    "lobby": _lobby,
    "item": in_first_item,
    "warning": _warning,
    "overtime": _overtime,
    "paused": _paused,
    "exercise": _exercise,
    "scope": _scope,
    "decision-rights": _decision_rights,
    "review": _review,
    "closing": _closing,
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("phase", list(PHASES))
def test_room_view(
    snap_compare: Compare, tmp_path: Path, size: tuple[int, int], phase: str
) -> None:
    written = PHASES[phase](tmp_path)
    app = RoomApp(written.path, clock=written.clock, follow=False)
    assert snap_compare(app, terminal_size=size, run_before=pressing())
