"""Typing in the capture bar on an 80-column screen: long text scrolls, the bar stays one line."""

from __future__ import annotations

from live_app import BellCountingApp, item_screen, live_meeting, screen_text

from kickoff_tui.domain.clock import FakeClock

SIZE = (80, 24)
LONG = "the client wants the staging site live before the board meeting in march"


async def test_text_longer_than_the_bar_scrolls_to_the_cursor_and_back() -> None:
    meeting, _journal = live_meeting(FakeClock())
    async with BellCountingApp(meeting).run_test(size=SIZE) as pilot:
        await pilot.press("n", *LONG)
        await pilot.pause()
        field = item_screen(pilot.app).capture_bar.input
        assert field.value == LONG
        assert field.scroll_x > 0  # the input scrolled itself, though its size never changed
        bar_line = next(line for line in screen_text(pilot.app).splitlines() if "Note ›" in line)
        assert bar_line.rstrip().endswith("board meeting in march")
        await pilot.press("home")
        await pilot.pause()
        assert field.scroll_x == 0
        await pilot.press("end", "enter", "n", *"short")
        await pilot.pause()
        assert field.scroll_x == 0
        assert "Note › short" in screen_text(pilot.app)


async def test_the_hint_follows_the_text_and_clears_with_it() -> None:
    meeting, _journal = live_meeting(FakeClock())
    async with BellCountingApp(meeting).run_test(size=SIZE) as pilot:
        await pilot.press("a", *"Send the deck @ben fri")
        await pilot.pause()
        bar = item_screen(pilot.app).capture_bar
        assert bar.hint == "→ Ben Okafor · due Fri 27 Nov"
        assert "→ Ben Okafor · due Fri 27 Nov" in screen_text(pilot.app)
        for _ in " fri":
            await pilot.press("backspace")
        await pilot.pause()
        assert bar.hint == "→ Ben Okafor ⚠ no due date"
        assert "due Fri" not in screen_text(pilot.app)
        await pilot.press("escape")
        await pilot.pause()
        assert bar.hint == ""
        assert "Ben Okafor" not in screen_text(pilot.app)


async def test_the_footer_offers_save_and_cancel_while_typing_and_the_item_keys_after() -> None:
    meeting, _journal = live_meeting(FakeClock())
    async with BellCountingApp(meeting).run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer = screen_text(pilot.app).splitlines()[-1]
        assert "Next" in footer and "Save" not in footer
        await pilot.press("n", *"hello")
        await pilot.pause()
        footer = screen_text(pilot.app).splitlines()[-1]
        assert "Save" in footer and "Cancel" in footer and "Next" not in footer
        await pilot.press("enter")
        await pilot.pause()
        footer = screen_text(pilot.app).splitlines()[-1]
        assert "Next" in footer and "Save" not in footer
