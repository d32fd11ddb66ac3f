"""GoToItemScreen: jump to any agenda item. Dismisses with the item's index, or None on Esc.

Digits move the selection to that item number ("1" then "2" reaches item 12 on a long agenda);
arrows move it too; Enter confirms. Nothing happens until Enter, so a typo costs nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from kickoff_tui.domain import timing
from kickoff_tui.domain.clock import Clock
from kickoff_tui.domain.durations import format_clock
from kickoff_tui.domain.session import Session
from kickoff_tui.ui.screens.cells import plain, styled

TITLE_WIDTH = 38  # the dialog is 76 wide: the title column has what the figures leave
_STATE_LABEL = {"done": "✓ done", "current": "▶ now", "upcoming": "upcoming"}


class ItemPicker(DataTable[Text]):
    """The item list; Enter picks the highlighted item."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "screen.pick", "Go to item")]


class GoToItemScreen(ModalScreen[int | None]):
    DEFAULT_CSS = """
    GoToItemScreen {
        align: center middle;
        background: $background 60%;
    }
    GoToItemScreen > #goto-box {
        width: 76;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        padding: 0 1;
        border: thick $accent;
        border-title-style: bold;
        background: $surface;
    }
    GoToItemScreen ItemPicker {
        height: auto;
        max-height: 100%;
    }
    GoToItemScreen #goto-hint {
        color: $text-muted;
        padding: 0 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("enter", "pick", "Go to item", show=False),
    ]

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        super().__init__()
        self.session = session
        self.clock = clock
        self._typed = ""

    def compose(self) -> ComposeResult:
        box = Vertical(id="goto-box")
        box.border_title = "Go to item"
        with box:
            yield ItemPicker(cursor_type="row", zebra_stripes=True)
            yield Static("Type a number or use ↑ ↓ · Enter go · Esc cancel", id="goto-hint")

    def _now(self) -> datetime:
        return self.clock.now() if self.clock else datetime.now(UTC)

    def on_mount(self) -> None:
        table = self.query_one(ItemPicker)
        table.add_column("#", key="n")
        table.add_column("Item", key="title", width=TITLE_WIDTH)
        table.add_column("State", key="state")
        table.add_column("Plan", key="plan")
        table.add_column("Actual", key="actual")
        s, now = self.session, self._now()
        for index, item in enumerate(s.agenda.items):
            state = timing.item_state(s, index)
            visited = index in s.visited
            spent = timing.item_elapsed(s, index, now) if visited else 0.0
            over = visited and spent > s.timebox(index)
            role = "accent" if state == "current" else "success" if state == "done" else ""
            table.add_row(
                plain(f"{index + 1:>2}"),
                styled(self.app, item.title, bold=state == "current", most=TITLE_WIDTH),
                styled(self.app, _STATE_LABEL[state], role, bold=state == "current"),
                plain(format_clock(s.timebox(index))),
                styled(self.app, format_clock(spent), "error" if over else "")
                if visited
                else plain("—"),
                key=str(index),
            )
        table.move_cursor(row=max(0, s.current))
        table.focus()

    @on(Key)
    def _digit(self, event: Key) -> None:
        """Digits select an item by number; they never act on their own."""
        if not (event.character and event.character.isdigit()):
            return
        event.stop()
        count = len(self.session.agenda.items)
        typed = self._typed + event.character
        if not 1 <= int(typed) <= count:
            typed = event.character  # start a new number
        self._typed = typed if 1 <= int(typed) <= count else ""
        if self._typed:
            self.query_one(ItemPicker).move_cursor(row=int(self._typed) - 1)

    def action_pick(self) -> None:
        table = self.query_one(ItemPicker)
        if table.row_count:
            self.dismiss(table.cursor_row)

    def action_cancel(self) -> None:
        self.dismiss(None)
