"""Ending the meeting by mistake costs nothing (#12.13).

Typing a sentence without opening the capture bar used to end the meeting: `e` opened the end
dialog and Enter confirmed it. A destructive confirmation is answered by `y` only; Enter and Esc
keep the meeting. The review offers `b`, back to the meeting, journaled as `meeting_reopened`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from live_app import BellCountingApp, event_types, item_screen, live_meeting, screen_text

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.ui.screens.confirm import ConfirmScreen
from kickoff_tui.ui.screens.review import ReviewScreen
from kickoff_tui.ui.widgets.countdown import Countdown


async def test_a_sentence_typed_without_the_capture_bar_keeps_the_meeting() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = item_screen(app)
        await pilot.press("w", "e")
        assert isinstance(app.screen, ConfirmScreen)  # the `e` of "we" asks to end
        await pilot.press(*"  decided to ship", "enter")
        await pilot.pause()
        assert not meeting.session.ended
        assert app.screen is screen
        assert ev.MEETING_ENDED not in event_types(journal)


@pytest.mark.parametrize("key", ["enter", "escape", "n"])
async def test_the_end_dialog_keeps_the_meeting_on_anything_but_y(key: str) -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, ConfirmScreen)
        assert "y  End the meeting" in screen_text(app)
        await pilot.press(key)
        await pilot.pause()
        assert not meeting.session.ended
        assert not isinstance(app.screen, ConfirmScreen)
        await pilot.press("e", "y")
        await pilot.pause()
        assert meeting.session.ended and isinstance(app.screen, ReviewScreen)


async def test_back_to_the_meeting_from_the_review_carries_on_where_it_was() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("right")  # item 2 of 4
        clock.advance(60)
        await pilot.press("e", "y")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert "Back to meeting" in screen_text(app)
        clock.advance(5 * 60)  # five minutes on the review do not count towards the item
        await pilot.press("b")
        await pilot.pause()
        screen = item_screen(app)
        assert not meeting.session.ended and meeting.session.running
        assert meeting.session.current == 1
        clock.advance(30)
        screen.refresh_timing()
        assert screen.query_one(Countdown).text == "18:30"  # 20:00 less 1:30 run
        assert event_types(journal)[-2:] == [ev.MEETING_ENDED, ev.MEETING_REOPENED]
        # the journal folds to the same meeting, as resume and export will see it
        replayed = session_from_events(journal.events)
        assert not replayed.ended and replayed.current == 1
        assert replayed.segment_start == meeting.session.segment_start

        await pilot.press("e", "y")
        await pilot.pause()
        assert meeting.session.ended and isinstance(app.screen, ReviewScreen)


async def test_finish_is_answered_by_y_only(tmp_path: Path) -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    app_minutes = tmp_path
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e", "y")
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        review.minutes_target = app_minutes
        await pilot.press("f", "enter")
        await pilot.pause()
        assert not meeting.session.finished and app.screen is review


async def test_back_to_the_meeting_refused_by_the_journal_stays_on_the_review() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e", "y")
        await pilot.pause()
        journal.broken = True
        await pilot.press("b")
        await pilot.pause()
        assert meeting.session.ended and isinstance(app.screen, ReviewScreen)
        assert any("disk full" in str(n.message) for n in app._notifications)
