"""TextLabel repaints only on a change of text, and asks for a screen layout only on a resize."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.content import Content
from textual.visual import VisualType

from kickoff_tui.ui.widgets.text_label import TextLabel


class SpyLabel(TextLabel):
    """Records every update and whether it asked for a layout."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.layouts: list[bool] = []

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        self.layouts.append(layout)
        super().update(content, layout=layout)


class LabelsApp(App[None]):
    CSS = "#fixed { width: 30; height: 1; } #wrapping { width: 12; }"

    def compose(self) -> ComposeResult:
        yield SpyLabel("07:30 left", id="auto")  # Label's own width and height: auto
        yield SpyLabel("07:30 left", id="fixed")
        yield SpyLabel("short", id="wrapping")  # fixed width, auto height


async def test_the_same_text_is_not_updated_again() -> None:
    async with LabelsApp().run_test() as pilot:
        label = pilot.app.query_one("#auto", SpyLabel)
        label.show("07:30 left")
        label.show(Content("07:30 left"))
        assert label.layouts == []
        label.show(Content.styled("07:30 left", "bold"))  # same words, new style: repaint
        assert label.layouts == [False]


async def test_an_auto_width_lays_out_only_when_the_width_changes() -> None:
    async with LabelsApp().run_test() as pilot:
        label = pilot.app.query_one("#auto", SpyLabel)
        label.show("07:29 left")
        label.show("+00:01 over")
        label.show("two\nlines")
        await pilot.pause()
        assert label.layouts == [False, True, True]
        assert label.text == "two\nlines"
        assert label.size.height == 2


async def test_a_fixed_size_never_lays_out() -> None:
    async with LabelsApp().run_test() as pilot:
        label = pilot.app.query_one("#fixed", SpyLabel)
        label.show("a much longer line than before")
        await pilot.pause()
        assert label.layouts == [False]
        assert "a much longer line" in str(label.render())


async def test_an_auto_height_lays_out_when_the_text_may_wrap() -> None:
    async with LabelsApp().run_test() as pilot:
        label = pilot.app.query_one("#wrapping", SpyLabel)
        label.show("short")
        label.show("tiny!")  # same shape, fits in one line
        label.show("this text wraps onto more lines")
        await pilot.pause()
        assert label.layouts == [False, True]
        assert label.size.height > 1
