"""The REHEARSAL line at the top of every screen of a rehearsal, dialogs included."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget


class RehearsalBanner(Widget):
    """Not a Static, so no screen's query for its own Static widgets finds it."""

    DEFAULT_CSS = """
    RehearsalBanner {
        dock: top;
        height: 1;
        width: 100%;
        text-style: bold reverse;
        color: $warning;
        content-align: center middle;
    }
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self) -> Content:
        return Content(self.text)  # plain text: never markup


def show_banner(app: App[Any], text: str) -> None:
    """Mount the banner into the current screen and every screen shown after it."""

    def add(screen: Screen[Any]) -> None:
        if not screen.query(RehearsalBanner):
            screen.mount(RehearsalBanner(text))

    app.screen_change_signal.subscribe(app, add)
    add(app.screen)
