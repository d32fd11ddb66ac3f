"""Opening an exercise from the live item screen with `o`, and coming back to a repainted item."""

from __future__ import annotations

from exercise_fixtures import SIZE
from exercise_host import screen_text
from exercise_sample import FIT, RISKS, new_meeting

from kickoff_tui.ui.app import KickoffApp
from kickoff_tui.ui.screens.exercises import SCREENS, open_exercise, screen_class
from kickoff_tui.ui.screens.exercises.risks import RisksScreen
from kickoff_tui.ui.screens.item import ItemScreen


def test_every_exercise_has_a_screen() -> None:
    from kickoff_tui.domain.agenda import EXERCISES

    assert set(SCREENS) == set(EXERCISES)
    assert all(screen_class(name) is not None for name in EXERCISES)
    assert screen_class("") is None


async def test_o_opens_the_current_items_exercise_and_escape_returns() -> None:
    meeting, _, _ = new_meeting()
    meeting.start()
    app = KickoffApp(meeting, bell=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        await pilot.press("o")  # item 1 has no exercise: nothing opens
        assert isinstance(app.screen, ItemScreen)
        meeting.go_to(RISKS)
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, RisksScreen)
        await pilot.press(*"Vendor goes bust", "enter", "escape", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        assert "Vendor goes bust" in screen_text(app)  # the item's entries were repainted


async def test_open_exercise_refuses_an_item_without_one() -> None:
    meeting, _, _ = new_meeting()
    app = KickoffApp(meeting, bell=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not open_exercise(app, meeting, 0)
        assert not open_exercise(app, meeting, 99)
        assert open_exercise(app, meeting, FIT)
        await pilot.pause()
        assert "Goals alignment" in screen_text(app)
