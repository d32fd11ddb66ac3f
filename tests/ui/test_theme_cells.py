"""high-contrast, cell by cell: every character drawn on every screen reaches 7:1 (WCAG AAA).

test_theme_contrast.py checks the theme's colour pairs; this checks what is drawn, so a widget
that dims a colour or puts it on another background cannot slip under. Each widget's lines are
rendered (Widget.render_lines, the lines the screen is composed from) and every segment with a
visible character has its colour and background compared.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))  # room_journal
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "snapshots"))  # snapshot_meetings

from rights_sample import MILESTONES, RIGHTS, run_rights
from room_journal import WrittenMeeting, in_first_item
from scope_sample import SCOPE, TRADE_OFFS, run_scope_exercises
from snapshot_meetings import (
    EXERCISE_ITEMS,
    exercise_app,
    item_app,
    lobby_app,
    review_app,
    settle,
    stopped_on,
)
from test_theme_contrast import contrast
from textual.app import App
from textual.color import Color
from textual.geometry import Region

from kickoff_tui.ui.room.app import RoomApp
from kickoff_tui.ui.themes import use_kickoff_themes

AAA = 7.0
# Lines and borders (box drawing, Textual's "tall" border eighths) are not text; WCAG asks
# text of 7:1. The countdown's and the time bar's blocks are not in this set: they are checked
# like text. The palette's 🔎 is an emoji, drawn in its own colours by the terminal.
RULES = " ▁▔🔎" + "".join(chr(code) for code in range(0x2500, 0x2580))


def low_contrast_cells(app: App[Any]) -> dict[str, float]:
    """Text drawn under 7:1 on the current screen: {text: ratio}."""
    low: dict[str, float] = {}
    drawn = 0
    # the screen itself left out: under a dialog it is the screen below, faded on purpose
    for widget in app.screen.walk_children():
        if not widget.display or not widget.size.area:
            continue
        for strip in widget.render_lines(Region(0, 0, *widget.size)):
            for segment in strip:
                if not segment.text.strip(RULES) or segment.style is None:
                    continue
                fore, back = segment.style.color, segment.style.bgcolor
                assert fore is not None and back is not None, segment  # no terminal default
                assert fore.triplet is not None and back.triplet is not None, segment
                drawn += 1
                ratio = contrast(Color(*fore.triplet), Color(*back.triplet))
                if ratio < AAA:
                    low[f"{type(widget).__name__}: {segment.text.strip()}"] = round(ratio, 2)
    assert drawn > 5, "hardly anything drawn: the check would pass vacuously"
    return low


def in_high_contrast(app: App[Any]) -> App[Any]:
    use_kickoff_themes(app, "high-contrast")
    return app


CONSOLE: dict[str, Callable[[], App[Any]]] = {
    "lobby": lambda: in_high_contrast(lobby_app()),
    "item": lambda: item_app(2, theme="high-contrast"),
    "warning": lambda: item_app(4.5, theme="high-contrast"),
    "overtime": lambda: item_app(7.25, theme="high-contrast"),
    "review": lambda: in_high_contrast(review_app()),
    "help": lambda: item_app(2, theme="high-contrast"),
    "palette": lambda: item_app(2, theme="high-contrast"),
    **{
        exercise: (lambda exercise=exercise: in_high_contrast(exercise_app(exercise)))
        for exercise in EXERCISE_ITEMS
    },
    "scope": lambda: in_high_contrast(stopped_on(run_scope_exercises()[1], SCOPE, "scope")),
    "trade-offs": lambda: in_high_contrast(
        stopped_on(run_scope_exercises()[1], TRADE_OFFS, "trade-offs")
    ),
    "decision-rights": lambda: in_high_contrast(
        stopped_on(run_rights()[1], RIGHTS, "decision-rights")
    ),
    "milestones": lambda: in_high_contrast(stopped_on(run_rights()[1], MILESTONES, "milestones")),
}
EXERCISES = [*EXERCISE_ITEMS, "scope", "trade-offs", "decision-rights", "milestones"]
KEYS = {exercise: ("o",) for exercise in EXERCISES} | {
    "item": ("i",),  # the private notes shown
    "help": ("question_mark",),
    "palette": ("ctrl+p", *"Theme"),
}


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
@pytest.mark.parametrize("screen", list(CONSOLE))
async def test_every_console_screen_is_aaa(screen: str, size: tuple[int, int]) -> None:
    app = CONSOLE[screen]()
    async with app.run_test(size=size) as pilot:
        await pilot.press(*KEYS.get(screen, ()))
        await settle(pilot)
        assert low_contrast_cells(app) == {}


def _paused(folder: Path) -> WrittenMeeting:
    written = in_first_item(folder)
    written.meeting.toggle_pause()
    return written


def _advanced(seconds: float) -> Callable[[Path], WrittenMeeting]:
    def written_at(folder: Path) -> WrittenMeeting:
        written = in_first_item(folder)
        written.clock.advance(seconds)
        return written

    return written_at


def _review(folder: Path) -> WrittenMeeting:
    written = in_first_item(folder)
    written.meeting.end()
    return written


ROOM: dict[str, Callable[[Path], WrittenMeeting]] = {
    "lobby": WrittenMeeting,
    "item": in_first_item,
    "warning": _advanced(150),
    "overtime": _advanced(200),
    "paused": _paused,
    "review": _review,
}


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
@pytest.mark.parametrize("phase", list(ROOM))
async def test_every_room_view_phase_is_aaa(
    phase: str, size: tuple[int, int], tmp_path: Path
) -> None:
    written = ROOM[phase](tmp_path)
    app = RoomApp(written.path, clock=written.clock, follow=False, theme="high-contrast")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert low_contrast_cells(app) == {}


async def test_the_check_finds_low_contrast_when_there_is_some() -> None:
    """It can fail: kickoff's default (Textual's dark theme) draws some text under 7:1."""
    app = item_app(7.25)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert low_contrast_cells(app)
