"""The room view (`kickoff present`) in each phase as SVG snapshots, at 80x24 and 160x45.

Each meeting is written to a real journal by a LiveMeeting on a FakeClock (tests/unit/
room_journal.py); the app folds it once at start (follow=False: no timers), and the time zone
is pinned by conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from room_journal import WrittenMeeting, in_first_item
from snapshot_meetings import pressing

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
