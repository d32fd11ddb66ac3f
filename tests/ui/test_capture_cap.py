"""One entry holds MAX_ENTRY_CHARS characters: the bar stops there and says so, never silently."""

from __future__ import annotations

from live_app import BellCountingApp, item_screen, live_meeting, screen_text
from textual import events
from typing_keys import handled, queue_keys

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.payloads import MAX_ENTRY_CHARS
from kickoff_tui.ui.widgets.capture_bar import FULL_HINT

SIZE = (160, 30)


async def test_typing_stops_at_the_cap_and_the_bar_says_so() -> None:
    meeting, _journal = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        queue_keys(app, "n")
        app.post_message(events.Paste("x" * (MAX_ENTRY_CHARS - 3)))
        queue_keys(app, "abcdef")
        await handled(pilot)
        bar = item_screen(app).capture_bar
        assert bar.input.value == "x" * (MAX_ENTRY_CHARS - 3) + "abc"
        assert bar.hint == FULL_HINT
        assert "is the most one entry holds" in screen_text(app)
        assert app.bells == 0  # the bar says it; no terminal bell in the meeting room
        queue_keys(app, "\x7f")
        await handled(pilot)
        assert bar.hint == ""  # below the cap again
        queue_keys(app, "\r")
        await handled(pilot)
        (entry,) = meeting.session.live_entries()
        assert entry.text == "x" * (MAX_ENTRY_CHARS - 3) + "ab"


async def test_a_paste_over_the_cap_keeps_the_start_and_says_how_much_was_cut() -> None:
    meeting, _journal = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        queue_keys(app, "nhead ")
        app.post_message(events.Paste("y" * 12_345))
        queue_keys(app, "z\r")
        await handled(pilot)
        (entry,) = meeting.session.live_entries()
        assert entry.text == "head " + "y" * (MAX_ENTRY_CHARS - 5)
        messages = [str(n.message) for n in app._notifications]
        assert any(
            f"the last {12_345 - MAX_ENTRY_CHARS + 5:,} pasted were left out" in m for m in messages
        )
