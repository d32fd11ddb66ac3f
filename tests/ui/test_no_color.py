"""NO_COLOR: the console and the room view draw in greys only, and the clock's state in words.

Textual reads NO_COLOR when an app is built and turns every colour to its grey; kickoff's
part is that nothing rests on colour alone (the caption says WARNING / OVERTIME).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))  # room_journal

from live_app import live_meeting
from room_journal import in_first_item
from screen_text import screen_text
from textual.app import App

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.settings import THEMES, ThemeChoice
from kickoff_tui.ui.app import KickoffApp
from kickoff_tui.ui.room.app import RoomApp

# the colours of the terminal's cells in Textual's SVG screenshot (not its window frame)
CELL_BACKGROUND = re.compile(r'<rect fill="#([0-9a-fA-F]{6})"[^>]*shape-rendering="crispEdges"')
CELL_TEXT = re.compile(r"\.terminal-(?:\w+-)?r\d+ \{ fill: #([0-9a-fA-F]{6})")
UNSTYLED = "c5c8c6"  # the SVG's stand-in for the terminal's own text colour: no colour set


def colours_drawn(svg: str) -> set[str]:
    """Every colour a cell is drawn in that is not a grey (r = g = b)."""
    codes = CELL_BACKGROUND.findall(svg) + CELL_TEXT.findall(svg)
    assert len(codes) > 10, "no cells found: the check would pass vacuously"
    found = set()
    for code in set(codes) - {UNSTYLED}:
        red, green, blue = (int(code[i : i + 2], 16) for i in (0, 2, 4))
        if not red == green == blue:
            found.add(code)
    return found


def console(theme: str, seconds_in: float) -> KickoffApp:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    clock.advance(seconds_in)
    return KickoffApp(meeting, bell=False, theme=ThemeChoice(theme))


async def screenshot(app: App[int]) -> tuple[str, str]:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        getattr(app.screen, "refresh_timing", lambda: None)()
        await pilot.pause()
        return app.export_screenshot(), screen_text(app)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize(
    ("seconds_in", "words"),
    [(270, "▲ WARNING 00:30 left of 05:00"), (420, "■ OVERTIME +02:00 · timebox 05:00")],
)
async def test_the_console_has_no_colour_and_says_the_state(
    monkeypatch: pytest.MonkeyPatch, theme: str, seconds_in: float, words: str
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    svg, text = await screenshot(console(theme, seconds_in))
    assert colours_drawn(svg) == set()
    assert words in text


@pytest.mark.parametrize("theme", THEMES)
async def test_the_room_view_has_no_colour_and_says_the_state(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, theme: str
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    written = in_first_item(tmp_path)
    written.clock.advance(200)  # overtime
    app = RoomApp(written.path, clock=written.clock, follow=False, theme=theme)
    svg, text = await screenshot(app)
    assert colours_drawn(svg) == set()
    assert "■ OVERTIME" in text


async def test_without_no_color_the_same_screen_has_colours(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check above can fail: the same screenshot holds colours when NO_COLOR is unset."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    svg, _ = await screenshot(console("default", 270))
    assert colours_drawn(svg)
