"""The item screen after a wall-clock step (#12.14): the countdown and the status keep real time."""

from __future__ import annotations

from live_app import BellCountingApp, event_types, item_screen, live_meeting, screen_text

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.widgets.countdown import Countdown

SIZE = (100, 30)
HOUR = 3600


async def test_a_step_back_keeps_the_countdown_and_the_status_honest() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        screen = item_screen(app)
        clock.advance(6)
        clock.step(-HOUR)
        screen.refresh_timing()
        assert screen.query_one(Countdown).text == "04:54"  # not 05:00 again
        assert "ahead" not in screen_text(app)  # not "59:54 ahead"
        clock.advance(60)
        await pilot.press("right")  # the next change journals the step first
        assert event_types(journal)[-2:] == [ev.CLOCK_STEPPED, ev.ITEM_STARTED]
        assert meeting.session.item_seconds[0] == 66


async def test_a_step_forward_is_not_an_hour_of_overtime() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE):
        screen = item_screen(app)
        clock.advance(60)
        clock.step(HOUR)
        screen.refresh_timing()
        countdown = screen.query_one(Countdown)
        assert countdown.text == "04:00" and not countdown.has_class("-over")
        assert "behind" not in screen_text(app)
        assert app.bells == 0
