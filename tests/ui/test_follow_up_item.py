"""The follow-up item on the item screen: the open actions from last time are its checklist,
`1`…`9` tick the done ones (journaled), and the minutes say which were done and carry the rest."""

from __future__ import annotations

import re

from live_app import BellCountingApp, agenda, panel_lines, screen_text
from screens_harness import START
from textual.widgets import Input

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.follow_up import FollowUp, OpenAction, with_follow_up
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal
from kickoff_tui.ui.screens.next_meeting import FollowUpMarkScreen

HOSTILE = "[bold red]Fix[/] the \x1b[31mlogin\x1b[0m <script>x</script>"


async def test_ticking_an_open_action_marks_it_done_in_the_minutes() -> None:
    follow_up = FollowUp(
        "minutes.md",
        "2026-11-18",
        (OpenAction("Send the deck", "Ben Okafor", "2026-12-01"), OpenAction(HOSTILE)),
    )
    clock = FakeClock(START)
    created = ev.Event(
        ev.SESSION_CREATED,
        START,
        {"agenda": with_follow_up(agenda(), follow_up).to_dict(), "meeting_date": "2026-11-25"},
    )
    journal = MemoryJournal()
    journal.append(created)
    meeting = LiveMeeting(session_from_events([created]), journal, clock)
    meeting.start()
    app = BellCountingApp(meeting)
    async with app.run_test(size=(120, 36)) as pilot:
        panel = "\n".join(panel_lines(app))
        assert "Open actions from 2026-11-18" in screen_text(app)
        assert "Send the deck — Ben Okafor, due 2026-12-01" in panel
        assert "[bold red]Fix[/] the" in panel  # markup shown as typed, never applied
        assert "\x1b" not in panel and "␛[31mlogin" in panel  # the escape made visible
        await pilot.press("1")
        assert journal.events[-1].type == ev.CHECK_TOGGLED
        assert journal.events[-1].data == {"index": 0, "check": 0, "done": True}

    minutes = render(session_from_events(journal.events))
    assert "- [x] **Ben Okafor** — Send the deck (due 2026-12-01)" in minutes
    carried = minutes.split("## Action items")[1].split("\n## ")[0]
    assert "still open from the meeting of 2026-11-18" in carried
    assert "\\<script>x\\</script>" in minutes  # escaped: text, never HTML
    assert not re.search(r"(?<!\\)<script>", minutes) and "\x1b" not in minutes


async def test_f_marks_an_earlier_action_still_open_or_dropped() -> None:
    follow_up = FollowUp(
        "minutes.md",
        "2026-11-18",
        (OpenAction("Send the deck", "Ben Okafor"), OpenAction("Book a room"), OpenAction("Old")),
    )
    clock = FakeClock(START)
    created = ev.Event(
        ev.SESSION_CREATED,
        START,
        {"agenda": with_follow_up(agenda(), follow_up).to_dict(), "meeting_date": "2026-11-25"},
    )
    journal = MemoryJournal()
    journal.append(created)
    meeting = LiveMeeting(session_from_events([created]), journal, clock)
    meeting.start()
    app = BellCountingApp(meeting)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f", *"7 done", "enter")
        screen = app.screen
        assert isinstance(screen, FollowUpMarkScreen)
        assert screen.error_text.startswith("Start with the action's number (1-3)")
        assert screen.query_one(Input).value == "7 done"
        await pilot.press(*["backspace"] * 6, *"1 open fri @Claire", "enter")
        assert not isinstance(app.screen, FollowUpMarkScreen)
        await pilot.press("f", *"3 drop fri", "enter")  # drop takes who, not a date
        dialog = app.screen
        assert isinstance(dialog, FollowUpMarkScreen)
        assert dialog.error_text.startswith("Drop takes only @who dropped it")
        await pilot.press(*["backspace"] * 3, *"@ben", "enter")
        assert [e.data for e in journal.events if e.type == ev.FOLLOW_UP_MARKED] == [
            # @Claire is matched against the attendees, like a captured @owner
            {
                "item": 0,
                "action": 0,
                "status": "open",
                "due": "2026-11-27",
                "owner": "Claire Dubois",
            },
            {
                "item": 0,
                "action": 2,
                "status": "dropped",
                "due": "",
                "owner": "",
                "by": "Ben Okafor",
            },
        ]
        lines = panel_lines(app)
        # what f said shows after each line: the new owner and date, and who dropped it
        assert (
            "1 ☐ Send the deck — Ben Okafor (still open · Claire Dubois, due 2026-11-27)" in lines
        )
        assert "2 ☐ Book a room" in lines
        assert "3 ☒ Old (dropped by Ben Okafor)" in lines
        await pilot.press("f", *"2 done", "enter")
        await pilot.pause()
        assert "2 ☑ Book a room" in panel_lines(app)
        await pilot.press("right")  # not a follow-up item: f does nothing
        await pilot.press("f")
        assert not isinstance(app.screen, FollowUpMarkScreen)

    minutes = render(session_from_events(journal.events))
    assert "1 done, 1 still open (carried into the action items), 1 dropped." in minutes
    assert (
        "Dropped in this meeting:\n\n- **No owner** — Old (no due date; dropped by Ben Okafor)"
        in minutes
    )
    carried = minutes.split("## Action items")[1].split("\n## ")[0]
    assert (
        "**Claire Dubois** — Send the deck (due 2026-11-27, still open from the meeting of"
        in carried
    )
    assert "Old" not in carried
