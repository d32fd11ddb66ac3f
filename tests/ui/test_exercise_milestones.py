"""The milestones screen: add with a form (due-date forms, an approver from the meeting, a
dependency by number or name), sorted by date, flags in the table and the status line, edit
with Enter, remove and undo, and a refused date keeping the form open with what was typed."""

from __future__ import annotations

from exercise_fixtures import SIZE, DiskFull
from exercise_host import screen_text
from rights_fixtures import rights_host
from rights_sample import MILESTONES
from textual.widgets import Input

from kickoff_tui.domain.exercises.milestones import milestones
from kickoff_tui.ui.screens.exercises.form import FormScreen
from kickoff_tui.ui.screens.exercises.milestones import MilestonesScreen


async def add(pilot: object, deliverable: str, when: str, approver: str, after: str) -> None:
    keys = ["a", *deliverable, "tab", *when, "tab", *approver, "tab", *after, "enter"]
    await pilot.press(*keys)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


def deliverables(meeting: object) -> list[str]:
    return [m.deliverable for m in milestones(meeting.session).milestones]  # type: ignore[attr-defined]


async def test_add_sorts_by_date_and_flags_show() -> None:
    app, meeting, _ = rights_host(MILESTONES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MilestonesScreen)
        text = screen_text(app)
        assert "Design sign-off" in text and "Fri 15 Jan 2027" in text  # pre-filled
        assert "no approver" in text  # Content freeze
        await add(pilot, "Beta", "2027-02-26", "clai", "design sign-off")
        await add(pilot, "Go-live", "2027-02-01", "", "Beta")
        await add(pilot, "Deck", "2026-11-20", "ana", "")
        assert deliverables(meeting) == [
            "Deck",
            "Design sign-off",
            "Go-live",
            "Beta",
            "Content freeze",
        ]
        text = screen_text(app)
        assert "Claire Dubois" in text and "#2 Design sign-off" in text
        assert "! Fri 20 Nov" in text and "! #4 Beta" in text
        # the cursor follows the new row wherever the date sorted it
        assert "! the date is in the past" in text
        await pilot.press("down", "down")
        await pilot.pause()
        text = screen_text(app)
        assert "! no approver" in text
        assert "! due before Beta (2027-02-26), which it depends on" in text


async def test_an_unreadable_date_keeps_the_form_open_with_the_typing() -> None:
    app, _, journal = rights_host(MILESTONES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        before = len(journal.events)
        await add(pilot, "Launch", "sometime in Q3", "ben", "")
        assert isinstance(app.screen, FormScreen)
        assert "'sometime in Q3' is not a date; write 2027-03-31" in screen_text(app)
        assert app.screen.query_one("#field-deliverable", Input).value == "Launch"
        assert len(journal.events) == before
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MilestonesScreen)


async def test_enter_edits_x_removes_and_u_brings_back() -> None:
    app, meeting, _ = rights_host(MILESTONES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "enter")  # Content freeze
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-deliverable", Input).value == "Content freeze"
        await pilot.press("tab", *"+6w", "tab", *"marcus", "enter")
        await pilot.pause()
        freeze = milestones(meeting.session).find("Content freeze")
        assert freeze is not None
        assert (freeze.date, freeze.approver) == ("2027-01-06", "Marcus Hale")
        assert "0 flagged" in screen_text(app)
        await pilot.press("x")  # the cursor followed it to its new place, first by date
        await pilot.pause()
        assert deliverables(meeting) == ["Design sign-off"]
        await pilot.press("u")
        await pilot.pause()
        assert deliverables(meeting) == ["Content freeze", "Design sign-off"]


async def test_a_full_disk_keeps_the_form_and_its_typing() -> None:
    app, meeting, journal = rights_host(MILESTONES)
    disk = DiskFull(list(journal.events))
    meeting.journal = disk
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        disk.failing = True
        await add(pilot, "Launch", "fri", "ben", "")
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-when", Input).value == "fri"
        assert app.failures == ["cannot write the journal: disk full"]
        disk.failing = False
        await pilot.press("enter")
        await pilot.pause()
        assert "Launch" in deliverables(meeting)
