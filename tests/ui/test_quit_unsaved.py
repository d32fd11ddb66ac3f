"""Disk full, then quit: what the journal refused is named, kept, and the exit says so (#12.6)."""

from __future__ import annotations

from live_app import BellCountingApp, event_types, live_meeting, screen_text

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.screens.confirm import ConfirmScreen
from kickoff_tui.unsaved import UNSAVED_EXIT, Unsaved


async def test_a_capture_the_journal_refused_is_named_on_quitting_and_handed_back() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        journal.broken = True
        await pilot.press("d", *"We ship in March", "enter")  # refused: the bar keeps it
        await pilot.pause()
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        detail = app.screen.detail
        assert "Everything so far is saved" not in detail
        assert "NOT SAVED" in detail and "We ship in March" in detail
        await pilot.press("y")
    assert app.return_code == UNSAVED_EXIT != 0
    assert app.unsaved == [Unsaved("Decision being typed", "We ship in March")]
    assert ev.ENTRY_ADDED not in event_types(journal)


async def test_text_in_the_bar_that_reached_the_journal_as_a_draft_quits_cleanly() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a", *"Send the deck", "ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        assert "Everything so far is saved" in app.screen.detail
        await pilot.press("y")
    assert app.return_code == 0 and app.unsaved == []
    assert meeting.session.draft_text == "Send the deck"


async def test_a_refused_change_is_not_called_saved_even_with_the_bar_empty() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        journal.broken = True
        await pilot.press("right")  # refused: the notice says so
        await pilot.pause()
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        assert "refused a change" in app.screen.detail
        assert "refused a change" in screen_text(app)
        await pilot.press("y")
    assert app.return_code == 0  # nothing typed is lost; the notice told what was not saved


async def test_an_edit_on_the_review_the_journal_refused_is_handed_back_on_quitting() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    meeting.capture("decision", "Ship in March")
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("e", "y")
        await pilot.pause()
        journal.broken = True
        await pilot.press("e", "end", *" at the latest", "enter")  # refused: the bar keeps it
        await pilot.pause()
        await pilot.press("ctrl+q")  # the meeting has ended: quits without asking
        await pilot.pause()
    assert app.return_code == UNSAVED_EXIT
    edit = Unsaved(
        f"Edit of entry {meeting.session.live_entries()[0].id}", "Ship in March at the latest"
    )
    assert app.unsaved == [edit]
