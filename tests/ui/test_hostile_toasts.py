"""Hostile text through every toast (issue #12.3): shown as typed, never read as markup.

A capture or a person named `[/]` crashed the app (MarkupError) when a toast showed it, and
`[@click=app.quit]x[/]` became a working link. Each notify call site that shows user text is
driven here with the three markups; tests/unit/test_hostile_markup.py checks that every
notify call in the code passes markup=False.
"""

from __future__ import annotations

import pytest
from exercise_host import ExerciseHost
from hostile_text import COMMS, ESCAPES, MAP, MARKUPS, SHOWN, assert_safe, hostile_meeting, toasts
from live_app import BellCountingApp, item_screen, live_meeting

from kickoff_tui.domain.clock import FakeClock


@pytest.mark.parametrize("markup", MARKUPS)
async def test_undo_toast_shows_the_restored_entry_as_text(markup: str) -> None:
    meeting, _, _ = hostile_meeting(markup)
    meeting.start()
    meeting.capture("note", f"first {ESCAPES} {markup}")
    app = BellCountingApp(meeting)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.pause()
        screen = item_screen(app)
        await pilot.press("up")
        assert screen.entry_list.selected_id is not None
        await pilot.press("x")
        await pilot.press("right", "u")  # restored in another item: the toast names it
        await pilot.pause()
        assert_safe(app)
        assert toasts(app)[-1] == f"Restored in item 1: first {SHOWN} {markup}"
    assert app.return_code in (None, 0)


@pytest.mark.parametrize("markup", MARKUPS)
async def test_removal_toasts_show_names_as_text(markup: str) -> None:
    for item, keys in ((MAP, ("x",)), (COMMS, ("x",))):
        meeting, _, _ = hostile_meeting(markup)
        meeting.start()
        meeting.go_to(item)
        app = ExerciseHost(meeting, item)
        async with app.run_test(size=(160, 50), notifications=True) as pilot:
            await pilot.pause()
            await pilot.press(*keys)
            await pilot.pause()
            assert_safe(app)
            [toast] = toasts(app)
            assert f"{markup} taken off the" in toast and "Press u to undo" in toast
        assert app.return_code in (None, 0)


@pytest.mark.parametrize("markup", MARKUPS)
async def test_typed_markup_in_a_failed_save_and_a_stakeholder_note_is_shown_as_typed(
    markup: str,
) -> None:
    meeting, journal = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.press("s", *f"{markup} wants weekly calls", "enter")  # names nobody
        await pilot.pause()
        assert_safe(app)
        assert toasts(app)[-1].startswith("Stakeholder note: ")
        await pilot.press("escape")
        journal.broken = True
        await pilot.press("n", *f"keep {markup} safe", "enter")
        await pilot.pause()
        assert_safe(app)
        assert "Not saved: disk full" in toasts(app)[-1]
        assert app.is_running
