"""`m` on the item screen: the next meeting is typed, journaled, shown in the review and opens
the minutes; a bad date or a full disk keeps the text in the box."""

from __future__ import annotations

from live_app import BellCountingApp, event_types, live_meeting, screen_text
from textual.widgets import Input

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.ui.screens.help import collect_help
from kickoff_tui.ui.screens.next_meeting import NextMeetingScreen

SIZE = (100, 30)


def dialog(app: BellCountingApp) -> NextMeetingScreen:
    assert isinstance(app.screen, NextMeetingScreen), app.screen
    return app.screen


async def test_m_sets_the_next_meeting_journaled_and_in_the_minutes() -> None:
    meeting, journal = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        dialog(app)
        await pilot.press(*"tue 10:00 Room [b]4[/b]", "enter")
        assert not isinstance(app.screen, NextMeetingScreen)
        assert journal.events[-1].type == ev.NEXT_MEETING_SET
        assert journal.events[-1].data == {
            "date": "2026-12-01",
            "time": "10:00",
            "place": "Room [b]4[/b]",
            "text": "tue 10:00 Room [b]4[/b]",
        }
        toasts = [n.message for n in app._notifications]
        assert "Next meeting: Tue 1 Dec, 10:00 · Room [b]4[/b]" in toasts
        await pilot.press("e", "y")  # the review shows it, markup as typed
        assert "Next meeting: Tue 1 Dec, 10:00 · Room [b]4[/b]" in screen_text(app)

    minutes = render(session_from_events(journal.events))
    assert "**Next meeting:** Tue 1 Dec, 10:00 · Room \\[b\\]4\\[/b\\]\n" in minutes
    # it opens the minutes: before the summary's bullets
    assert minutes.index("**Next meeting:**") < minutes.index("- **Time:**")


async def test_a_bad_date_shows_one_line_and_keeps_the_text() -> None:
    meeting, journal = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m", *"someday 10:00", "enter")
        screen = dialog(app)
        assert screen.error_text.startswith("Not a date: 'someday'")
        assert screen.query_one(Input).value == "someday 10:00"
        assert ev.NEXT_MEETING_SET not in event_types(journal)
        await pilot.press("escape")
        assert not isinstance(app.screen, NextMeetingScreen)
        assert ev.NEXT_MEETING_SET not in event_types(journal)


async def test_a_full_disk_keeps_the_dialog_and_the_text() -> None:
    meeting, journal = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        journal.broken = True
        await pilot.press("m", *"+1w 14:00", "enter")
        await pilot.pause()
        screen = dialog(app)
        assert screen.query_one(Input).value == "+1w 14:00"
        assert screen.error_text.startswith("Not saved")
        assert meeting.session.next_meeting is None
        assert [n.message for n in app._notifications] == ["Not saved: disk full"]
        journal.broken = False
        await pilot.press("enter")
        assert not isinstance(app.screen, NextMeetingScreen)
        assert meeting.session.next_meeting is not None
        assert meeting.session.next_meeting.day.isoformat() == "2026-12-02"


async def test_m_is_in_help_and_the_palette() -> None:
    meeting, _journal = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE):
        sections = collect_help(app.screen)
        lines = [line for s in sections for group in s.groups.values() for line in group]
        assert any(line.keys == ["m"] and "next meeting" in line.description for line in lines), [
            (line.keys, line.description) for line in lines
        ]
        commands = [command.title for command in app.get_system_commands(app.screen)]
        assert any("next meeting" in title.lower() for title in commands), commands
