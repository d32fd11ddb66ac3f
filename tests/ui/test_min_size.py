"""Below 60x16 every screen of the console app shows one "make the window larger" line.

Lobby, item, review, an exercise and the dialogs; nothing is lost meanwhile, and the screen
comes back whole when the window grows again (#12 item 15).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from live_app import BellCountingApp, live_meeting, screen_text
from test_layout_lengths import hostile_meeting, resize
from textual.pilot import Pilot

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.size_guard import MIN_HEIGHT, MIN_WIDTH
from kickoff_tui.ui.widgets.capture_bar import CaptureBar

NOTICE = "Make the window larger: 60×16 or more"
Step = Callable[[Pilot[int]], Awaitable[None]]


async def nothing(pilot: Pilot[int]) -> None:
    await pilot.pause()


async def press(pilot: Pilot[int], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


SCREENS: dict[str, tuple[bool, Step]] = {
    "lobby": (False, nothing),
    "item": (True, nothing),
    "help": (True, lambda p: press(p, "question_mark")),
    "go to": (True, lambda p: press(p, "g")),
    "end dialog": (True, lambda p: press(p, "e")),
    "review": (True, lambda p: press(p, "e", "y")),
    "add person": (False, lambda p: press(p, "n")),
}


def shown(app: BellCountingApp) -> list[str]:
    return [line for line in screen_text(app).splitlines() if line.strip()]


@pytest.mark.parametrize("name", list(SCREENS))
@pytest.mark.parametrize("size", [(40, 12), (MIN_WIDTH - 1, 30), (100, MIN_HEIGHT - 1)])
async def test_a_too_small_window_shows_one_line_on_every_screen(
    name: str, size: tuple[int, int]
) -> None:
    started, step = SCREENS[name]
    meeting, _ = live_meeting(FakeClock(), started=started)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        await step(pilot)
        before, focused = screen_text(app), app.screen.focused
        await resize(pilot, *size)
        lines = shown(app)
        assert len(lines) == 1, lines
        assert lines[0].startswith(NOTICE)
        assert f"(now {size[0]}×{size[1]})" in lines[0] or size[0] < 52
        await resize(pilot, 100, 30)
        assert app.screen.focused is focused
        # whole again, as it was (the key footer may have been refreshed for the focus)
        assert screen_text(app).splitlines()[:-1] == before.splitlines()[:-1]


async def test_the_minimum_itself_shows_the_screen() -> None:
    meeting, _ = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=(MIN_WIDTH, MIN_HEIGHT)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert NOTICE not in text
        assert "Item 1 of 4" in text and "Captured" in text


async def test_typing_survives_a_window_too_small_and_back() -> None:
    meeting, _ = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("d", *"Ship in May")
        await resize(pilot, 40, 12)
        assert shown(app)[0].startswith("Make the window")
        await resize(pilot, 100, 30)
        bar = app.screen.query_one(CaptureBar)
        assert bar.input.value == "Ship in May"
        assert app.screen.focused is bar.input
        await pilot.press(*" too", "enter")
        assert [e.text for e in meeting.session.entries_of("decision")] == ["Ship in May too"]


@pytest.mark.parametrize("size", [(40, 12), (200, MIN_HEIGHT - 1)])
async def test_an_exercise_screen_too_small_shows_the_line_too(size: tuple[int, int]) -> None:
    app = BellCountingApp(hostile_meeting(current=2))  # the third item is a risks exercise
    async with app.run_test(size=(100, 30)) as pilot:
        await press(pilot, "o")
        assert "Item" not in shown(app)[0]  # the exercise is up, not the item screen
        before = screen_text(app)
        await resize(pilot, *size)
        assert [line[:20] for line in shown(app)] == [NOTICE[:20]]
        await resize(pilot, 100, 30)
        assert screen_text(app) == before


async def test_help_says_what_the_smallest_window_is() -> None:
    meeting, _ = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 40)) as pilot:
        await press(pilot, "question_mark")
        for _ in range(8):  # the note is last: scroll down to it
            await press(pilot, "pagedown")
        assert "Window: at least 60×16 cells" in screen_text(app)
