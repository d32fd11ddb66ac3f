"""TimeBar repaints only when the drawn bar moves, not on every tick of the clock."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult

from kickoff_tui.ui.widgets.time_bar import TimeBar


class SpyBar(TimeBar):
    def __init__(self) -> None:
        super().__init__(id="bar")
        self.refreshes = 0

    def refresh(self, *args: Any, **kwargs: Any) -> Any:
        self.refreshes += 1
        return super().refresh(*args, **kwargs)


class BarApp(App[None]):
    CSS = "SpyBar { width: 40; }"

    def compose(self) -> ComposeResult:
        yield SpyBar()


async def test_ticks_that_do_not_move_the_bar_do_not_repaint_it() -> None:
    async with BarApp().run_test() as pilot:
        bar = pilot.app.query_one(SpyBar)
        await pilot.pause()
        bar.refreshes = 0
        # a 600 s timebox on 40 cells: an eighth of a cell is 1.875 s
        for quarter in range(4):
            bar.show(300 + quarter * 0.25, 600, "running")
        assert bar.refreshes == 1  # the first call moved it from empty to half
        assert str(bar.render()) == "█" * 20
        for quarter in range(1, 4):
            bar.show(300 + quarter * 0.25, 600, "running")  # under half an eighth: still 20 cells
        assert bar.refreshes == 1
        bar.show(302, 600, "running")
        assert bar.refreshes == 2
        assert str(bar.render()) == "█" * 20 + "▏"
        assert bar.fraction == 302 / 600


async def test_overtime_fills_the_bar_and_recolours_it() -> None:
    async with BarApp().run_test() as pilot:
        bar = pilot.app.query_one(SpyBar)
        await pilot.pause()
        bar.show(700, 600, "over")
        assert str(bar.render()) == "█" * 40
        assert bar.has_class("-over") and not bar.has_class("-warning")
