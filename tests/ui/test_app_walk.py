"""KickoffApp end to end in Pilot: a whole 60-minute meeting on a fake clock, quitting, palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from live_app import BellCountingApp, event_types, item_screen, live_meeting, screen_text
from textual import events

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.screens.confirm import ConfirmScreen
from kickoff_tui.ui.screens.item import ItemScreen
from kickoff_tui.ui.screens.lobby import LobbyScreen
from kickoff_tui.ui.screens.review import ReviewScreen
from kickoff_tui.ui.widgets.countdown import Countdown
from kickoff_tui.ui.widgets.sidebar import AgendaSidebar


async def test_a_whole_meeting_from_lobby_to_finished_minutes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KICKOFF_MINUTES_DIR", str(tmp_path))
    clock = FakeClock()
    meeting, journal = live_meeting(clock, started=False)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(120, 36)) as pilot:
        assert isinstance(app.screen, LobbyScreen)
        await pilot.press("space")
        await pilot.pause()
        screen = item_screen(app)
        assert meeting.session.started

        # item 1 (5 min) runs 2 minutes over, with a decision and an action item
        await pilot.press("d", *"Weekly status on Mondays", "enter")
        await pilot.press("a", *"Send the deck @ben 2026-12-01", "enter")
        clock.advance(7 * 60)
        screen.refresh_timing()
        assert screen.query_one(Countdown).text == "+02:00"
        assert app.bells == 1
        await pilot.press("right")

        # item 2 (20 min) finishes early; item 3 is extended and used; item 4 on time
        await pilot.press("r", *"Legal review may be slow", "enter")
        clock.advance(15 * 60)
        await pilot.press("right")
        await pilot.press("plus", "plus")
        clock.advance(27 * 60)
        await pilot.press("pagedown")
        clock.advance(10 * 60)
        screen.refresh_timing()
        assert screen.query_one(Countdown).text == "00:00"
        text = screen_text(app)
        assert "Elapsed 59:00" in text
        assert "1:00 ahead" in text  # +2, -5, +2 (used in full after +2m), 0 against 60 planned
        rows = screen.query_one(AgendaSidebar).rows
        assert [row.figure for row in rows] == [
            "7:00/5:00",
            "15:00/20:00",
            "27:00/27:00",
            "10:00/10:00",
        ]

        await pilot.press("e")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # changed their mind
        assert not meeting.session.ended and app.screen is screen
        await pilot.press("e", "y")
        await pilot.pause()
        assert meeting.session.ended
        assert isinstance(app.screen, ReviewScreen)

        await pilot.press("f", "y")
        await pilot.pause()
        assert meeting.session.finished
    assert app.return_code == 0
    assert app.minutes_path is not None and Path(app.minutes_path).is_file()
    minutes = Path(app.minutes_path).read_text(encoding="utf-8")
    assert "Weekly status on Mondays" in minutes
    types = event_types(journal)
    assert types.count(ev.ITEM_STARTED) == 3
    assert types[-2:] == [ev.MEETING_ENDED, ev.SESSION_FINISHED]


async def test_quitting_a_running_meeting_asks_first() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("ctrl+q")  # a second ctrl+q does not stack another question
        assert len([s for s in app.screen_stack if isinstance(s, ConfirmScreen)]) == 1
        await pilot.press("escape")
        assert isinstance(app.screen, ItemScreen)
        await pilot.press("n", *"half typed", "ctrl+q", "y")
    assert app.return_code == 0
    assert meeting.session.draft_text == "half typed"  # saved on the way out
    # left on purpose, with the clock stopped: it is not a crash, and no time runs meanwhile
    assert event_types(journal)[-2:] == [ev.PAUSED, ev.SESSION_LEFT]
    assert meeting.session.paused and meeting.session.left_at is not None


async def test_quitting_before_the_start_does_not_ask() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock, started=False)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+q")
    assert app.return_code == 0
    assert event_types(journal)[-1] == ev.SESSION_LEFT
    assert ev.PAUSED not in event_types(journal)


async def test_quitting_on_a_full_disk_still_quits() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        journal.broken = True
        await pilot.press("ctrl+q", "y")
    assert app.return_code == 0
    assert ev.SESSION_LEFT not in event_types(journal)


async def test_every_item_action_is_in_the_command_palette_and_runs_from_there() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = item_screen(app)
        titles = {c.title: c for c in app.get_system_commands(screen)}
        for title in (
            "Next agenda item",
            "Pause the meeting clock",
            "Add a minute to this item",
            "Take a minute off this item",
            "Go to any agenda item (re-open a past one)",
            "Capture: Decision",
            "Capture: Parking",
            "End the meeting and review",
            "Show or hide the agenda sidebar",
            "Show or hide the private facilitator notes",
            "Tick checklist line 1",
            "Quit",
            "Help",
        ):
            assert title in titles, title
        assert "Previous agenda item" not in titles  # does not apply on the first item
        assert "Focus Next" not in titles  # Textual's plumbing stays out of the way

        await titles["Next agenda item"].callback()
        assert meeting.session.current == 1
        await titles["Capture: Risk"].callback()
        await pilot.press(*"Scope creep")
        typing = {c.title for c in app.get_system_commands(screen)}
        assert "Save the entry being typed" in typing and "Cancel the capture" in typing
        assert "Capture: Note" not in typing and "Next agenda item" not in typing
        await pilot.press("enter")
        assert [e.kind for e in meeting.session.live_entries()] == ["risk"]


async def test_help_lists_the_item_keys() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        text = screen_text(app)
        assert "Next agenda item" in text or "Next" in text
        await pilot.press("escape")
        assert isinstance(app.screen, ItemScreen)


async def test_keys_typed_faster_than_the_screen_updates_go_where_they_were_meant() -> None:
    """A burst (paste, a fast typist, a remote terminal) arrives before any of it is handled."""
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        burst = "dGo live in March\raSend deck @be\tfri\x7f\x7f\x7fmon\rx"
        names = {"\r": "enter", "\t": "tab", "\x7f": "backspace", " ": "space", "@": "at"}
        for char in burst:
            app.post_message(events.Key(names.get(char, char), char))
        await pilot.pause(0.3)
        entries = meeting.session.entries
        assert [(e.kind, e.text) for e in entries.values()] == [
            ("decision", "Go live in March"),
            ("action", "Send deck @Ben mon"),
        ]
        assert entries["e2"].deleted  # the x after the second Enter deleted the selected entry
        assert not item_screen(app).capture_bar.active
