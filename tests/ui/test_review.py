"""The review: read-back with flags fixed in place, planned vs actual, finish; driven with Pilot."""

from __future__ import annotations

from pathlib import Path

from screens_harness import ScreenApp, ended_meeting, screen_text
from textual.widgets import Input

from kickoff_tui.domain import events as ev
from kickoff_tui.ui.messages import MeetingFinished
from kickoff_tui.ui.screens.confirm import ConfirmScreen
from kickoff_tui.ui.screens.review import ReadBackTable, ReviewScreen


def line_with(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


async def test_read_back_lists_decisions_then_actions_with_flags_at_80x24(tmp_path: Path) -> None:
    meeting, _, _ = ended_meeting()
    app = ScreenApp(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(80, 24)):
        text = screen_text(app)
        assert "Review · Northwind portal kickoff" in text
        assert "Decisions (2) and action items (3)" in text
        assert "D1" in line_with(text, "Launch in two phases")
        assert "D2" in line_with(text, "Keep [brackets] as typed")  # typed text, not markup
        sent = line_with(text, "Send the research deck")
        assert "A1" in sent and "Ben Okafor" in sent and "Tue 1 Dec" in sent and "⚠" not in sent
        booked = line_with(text, "Book the design review")
        assert "⚠ no owner" in booked and "⚠ no date" in booked
        drafted = line_with(text, "Draft the comms plan")
        assert "⚠ @zed?" in drafted and "⚠ 'someday'?" in drafted
        assert "Ben prefers email" not in text  # notes are not read back
        assert "⚠ 2 entries need an owner or a due date" in text


async def test_planned_against_actual_per_item(tmp_path: Path) -> None:
    meeting, _, _ = ended_meeting()
    app = ScreenApp(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(80, 24)):
        text = screen_text(app)
        assert "Items ran 26:30 against 30:00 planned (03:30 under)" in text
        first = line_with(text, "Welcome and introductions")
        assert "05:00" in first and "04:00" in first and "-01:00" in first
        second = line_with(text, "What success looks like")
        assert "10:00" in second and "13:00" in second and "+03:00" in second
        assert "skipped" in line_with(text, "Read-back and next steps")
        total = line_with(text, "Total")
        assert "30:00" in total and "26:30" in total and "-03:30" in total


async def test_wide_layout_shows_both_tables_side_by_side(tmp_path: Path) -> None:
    meeting, _, _ = ended_meeting()
    app = ScreenApp(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(160, 45)):
        text = screen_text(app)
        row = line_with(text, "Launch in two phases")
        assert "Welcome and introductions" in row


async def test_next_flagged_then_fix_in_place(tmp_path: Path) -> None:
    meeting, _, journal = ended_meeting()
    app = ScreenApp(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(ReadBackTable)
        await pilot.press("n")
        assert table.cursor_row == 3  # A2, the first flagged
        await pilot.press("e")
        field = app.screen.query_one("#edit-input", Input)
        assert app.screen.focused is field
        assert field.value == "Book the design review"
        assert "Editing A2" in screen_text(app)
        await pilot.press(*" @claire due 2026-12-04", "enter")
        booked = meeting.session.entries["e3"]
        assert (booked.owner, booked.due, booked.body) == (
            "Claire Dubois",
            "2026-12-04",
            "Book the design review",
        )
        assert journal.events[-1].type == ev.ENTRY_EDITED
        assert app.screen.focused is table
        text = screen_text(app)
        fixed = line_with(text, "Book the design review")
        assert "Claire Dubois" in fixed and "Fri 4 Dec" in fixed and "⚠" not in fixed
        assert "⚠ 1 entry needs an owner or a due date" in text
        await pilot.press("n")  # only A3 is left; n wraps round to it
        assert table.cursor_row == 4
        await pilot.press("enter")  # Enter on a row edits it too
        await pilot.press("ctrl+u", *"Draft the comms plan @ben +3d", "enter")
        assert "✓ Every action item has an owner and a due date" in screen_text(app)
        assert meeting.session.entries["e4"].due == "2026-11-28"


async def test_escape_cancels_an_edit(tmp_path: Path) -> None:
    meeting, _, journal = ended_meeting()
    app = ScreenApp(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        before = len(journal.events)
        await pilot.press("e", *" changed", "escape")
        assert meeting.session.entries["e1"].text == "Launch in two phases"
        assert len(journal.events) == before
        assert isinstance(app.screen.focused, ReadBackTable)


async def test_failed_edit_keeps_the_typing(tmp_path: Path) -> None:
    meeting, _, journal = ended_meeting()
    app = ScreenApp(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        journal.failing = True
        await pilot.press("e", *" now", "enter")
        field = app.screen.query_one("#edit-input", Input)
        assert field.value == "Launch in two phases now"
        assert app.screen.focused is field
        assert meeting.session.entries["e1"].text == "Launch in two phases"
        assert app.notes == ["Not saved: cannot write the journal: disk full"]
        journal.failing = False
        await pilot.press("enter")
        assert meeting.session.entries["e1"].text == "Launch in two phases now"


async def test_delete_and_undo(tmp_path: Path) -> None:
    meeting, _, _ = ended_meeting()
    app = ScreenApp(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("delete")
        assert meeting.session.entries["e1"].deleted
        assert "Launch in two phases" not in screen_text(app)
        assert "Decisions (1) and action items (3)" in screen_text(app)
        await pilot.press("u")
        assert not meeting.session.entries["e1"].deleted
        assert "D1" in line_with(screen_text(app), "Launch in two phases")


async def test_finish_confirms_writes_minutes_and_tells_the_app(tmp_path: Path) -> None:
    meeting, clock, journal = ended_meeting()
    app = ScreenApp(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(80, 24), message_hook=app.record) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, ConfirmScreen)
        assert "2 entries are still flagged" in screen_text(app)
        await pilot.press("y")
        await pilot.pause()
        assert meeting.session.finished_at == clock.now()
        assert journal.events[-1].type == ev.SESSION_FINISHED
        [finished] = app.posted(MeetingFinished)
        written = Path(finished.minutes_path)
        assert written.parent == tmp_path and written.is_file()
        minutes = written.read_text(encoding="utf-8")
        assert "Northwind portal kickoff" in minutes and "Launch in two phases" in minutes
        assert app.notes[-1] == f"Minutes written to {written}"


async def test_keep_reviewing_does_not_finish(tmp_path: Path) -> None:
    meeting, _, _ = ended_meeting()
    app = ScreenApp(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(80, 24), message_hook=app.record) as pilot:
        await pilot.press("f", "escape")
        assert not meeting.session.finished
        assert isinstance(app.screen, ReviewScreen)
        assert app.posted(MeetingFinished) == []
        assert list(tmp_path.iterdir()) == []


async def test_minutes_failure_says_why_and_f_retries(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    meeting, _, _ = ended_meeting()
    screen = ReviewScreen(meeting, blocker / "minutes.md")
    app = ScreenApp(lambda: screen)
    async with app.run_test(size=(80, 24), message_hook=app.record) as pilot:
        await pilot.press("f", "y")
        await pilot.pause()
        assert meeting.session.finished  # the session is closed whatever happens to the file
        assert app.posted(MeetingFinished) == []
        assert app.notes[-1].startswith("Minutes not written:")
        assert "Press f to try again" in app.notes[-1]
        screen.minutes_target = tmp_path
        await pilot.press("f")  # no second question: the meeting is already finished
        await pilot.pause()
        [finished] = app.posted(MeetingFinished)
        assert Path(finished.minutes_path).parent == tmp_path


async def test_finish_refused_by_the_journal_keeps_the_review(tmp_path: Path) -> None:
    meeting, _, journal = ended_meeting()
    app = ScreenApp(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(80, 24), message_hook=app.record) as pilot:
        journal.failing = True
        await pilot.press("f", "y")
        await pilot.pause()
        assert not meeting.session.finished
        assert app.posted(MeetingFinished) == []
        assert app.notes == ["Not saved: cannot write the journal: disk full"]
        assert list(tmp_path.iterdir()) == []
