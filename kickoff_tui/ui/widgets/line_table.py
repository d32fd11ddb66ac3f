"""LineTable: a header line over rows of text, as the lobby's agenda and roll call show them.

The lobby is the first frame of `kickoff run`. A DataTable (or an OptionList plus a scroller and
header widgets) cost more to import, style, lay out and draw than the rest of the lobby; this
draws lines the screen has already laid out in columns (see `table_lines`), through the line
API. The header stays put while the rows scroll. With `cursor=True` a highlighted row follows
the arrow keys and clicks, stopping at the ends; without, the arrow keys scroll.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


class LineTable(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    LineTable {
        height: auto;
        background: $surface;
        &:focus {
            background-tint: $foreground 5%;
            & > .line-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        & > .line-table--header {
            text-style: bold;
            background: $panel;
        }
        & > .line-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .line-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "line-table--header",
        "line-table--even-row",
        "line-table--cursor",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, layout=False)

    def __init__(self, *, cursor: bool = False, zebra: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.show_cursor = cursor
        self.zebra = zebra
        self._header = Text()
        self._rows: list[Text] = []

    # ----- content -------------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self._rows)

    def set_lines(self, header: Text, rows: Sequence[Text]) -> None:
        self._header = header
        self._rows = list(rows)
        self.cursor_row = min(self.cursor_row, max(len(self._rows) - 1, 0))
        width = max((line.cell_len for line in [header, *self._rows]), default=0)
        self.virtual_size = Size(width, len(self._rows) + 1)
        self.refresh(layout=True)

    def replace_line(self, index: int, row: Text) -> None:
        self._rows[index] = row
        self.refresh()

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return self.virtual_size.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._rows) + 1

    # ----- drawing -------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.size.width
        scroll_x, scroll_y = self.scroll_offset
        if y == 0:
            line, style = self._header, self.get_component_rich_style("line-table--header")
        else:
            index = y - 1 + scroll_y
            if index >= len(self._rows):
                return Strip.blank(width, self.rich_style)
            line, style = self._rows[index], self.rich_style
            if self.show_cursor and index == self.cursor_row:
                style += self.get_component_rich_style("line-table--cursor")
            elif self.zebra and index % 2:
                style += self.get_component_rich_style("line-table--even-row")
        strip = Strip(line.render(self.app.console), line.cell_len)
        return strip.crop(scroll_x, scroll_x + width).extend_cell_length(width).apply_style(style)

    def watch_cursor_row(self, old: int, new: int) -> None:
        if self.show_cursor:
            self.refresh()
            self._scroll_to_row(new)

    # ----- moving ----------------------------------------------------------------------------
    @property
    def _page(self) -> int:
        return max(self.size.height - 1, 1)  # rows on show, below the header

    def _scroll_to_row(self, row: int) -> None:
        top = round(self.scroll_y)
        if row < top:
            self.scroll_to(y=row, animate=False)
        elif row >= top + self._page:
            self.scroll_to(y=row - self._page + 1, animate=False)

    def _move(self, delta: int) -> None:
        if not self.show_cursor:
            self.scroll_to(y=self.scroll_y + delta, animate=False)
        elif self._rows:
            self.cursor_row = min(max(self.cursor_row + delta, 0), len(self._rows) - 1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_first(self) -> None:
        self._move(-len(self._rows))

    def action_last(self) -> None:
        self._move(len(self._rows))

    def action_page_up(self) -> None:
        self._move(-self._page)

    def action_page_down(self) -> None:
        self._move(self._page)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if self.show_cursor and offset is not None and offset.y >= 1:
            row = offset.y - 1 + round(self.scroll_y)
            if row < len(self._rows):
                self.cursor_row = row


def table_lines(
    header: Sequence[str], rows: Sequence[Sequence[Text]], min_widths: Sequence[int] = ()
) -> tuple[Text, list[Text]]:
    """A header line and one line per row: each column as wide as its widest cell (or its
    minimum), one space either side, as a DataTable draws them."""
    widths = [len(title) for title in header]
    for index, minimum in enumerate(min_widths):
        widths[index] = max(widths[index], minimum)
    for row in rows:
        widths = [max(width, cell.cell_len) for width, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[Text]) -> Text:
        out = Text(no_wrap=True, overflow="crop", end="")
        for width, cell in zip(widths, cells, strict=True):
            out.append(" ")
            out.append_text(cell)
            out.append(" " * (width - cell.cell_len + 1))
        return out

    return line([Text(title) for title in header]), [line(row) for row in rows]
