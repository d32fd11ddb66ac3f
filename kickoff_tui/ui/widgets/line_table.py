"""LineTable: a header line over rows of text, as the lobby's agenda and roll call show them.

The lobby is the first frame of `kickoff run`. A DataTable (or an OptionList plus a scroller and
header widgets) cost more to import, style, lay out and draw than the rest of the lobby; this
lays out the cells it is given in columns for its own width (see TableColumns) and draws the
lines through the line API. The header stays put while the rows scroll. With `cursor=True` a
highlighted row follows the arrow keys and clicks, stopping at the ends; without, the arrow
keys scroll.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from kickoff_tui.cells_text import cell_width, fit

FLEX_MIN = 8  # the flexible column never shrinks below this many cells


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
        self._columns = TableColumns(())
        self._rows: list[list[Text]] = []
        self._lines_cache: tuple[int, Text, list[Text]] = (-1, Text(), [])

    # ----- content -------------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self._rows)

    def set_rows(self, columns: TableColumns, rows: Sequence[Sequence[Text]]) -> None:
        """Lay out these rows in columns; the lines are cut to the table's width as drawn."""
        self._columns = columns
        self._rows = [list(row) for row in rows]
        self._lines_cache = (-1, Text(), [])
        self.cursor_row = min(self.cursor_row, max(len(self._rows) - 1, 0))
        width = sum(columns.widths(self._rows)) + 2 * len(columns.titles)
        self.virtual_size = Size(width, len(self._rows) + 1)
        self.refresh(layout=True)

    def replace_row(self, index: int, row: Sequence[Text]) -> None:
        """One row's cells changed, not the columns' widths (a roll call status, say)."""
        self._rows[index] = list(row)
        self._lines_cache = (-1, Text(), [])
        self.refresh()

    def _lines(self, width: int) -> tuple[Text, list[Text]]:
        """The header and row lines for this many cells (laid out once per width)."""
        if self._lines_cache[0] != width:
            header, lines = self._columns.lines(self._rows, width)
            self._lines_cache = (width, header, lines)
        return self._lines_cache[1], self._lines_cache[2]

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return self.virtual_size.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._rows) + 1

    # ----- drawing -------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.size.width
        scroll_x, scroll_y = self.scroll_offset
        header, lines = self._lines(width)
        if y == 0:
            line, style = header, self.get_component_rich_style("line-table--header")
        else:
            index = y - 1 + scroll_y
            if index >= len(lines):
                return Strip.blank(width, self.rich_style)
            line, style = lines[index], self.rich_style
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


def cut_cell(cell: Text, width: int) -> Text:
    """A cell cut to `width` cells with "…" (see cells_text.fit); its style is kept."""
    if cell.cell_len <= width:
        return cell
    return Text(fit(cell.plain, width), style=cell.style, no_wrap=True, end="")


@dataclass(frozen=True)
class TableColumns:
    """How a LineTable lays out its columns: titles, and each column's least and most cells.

    Each column is as wide as its widest cell, within its minimum and maximum. When the lines
    are still wider than the table, the `flex` column gives up cells (down to FLEX_MIN), so a
    500-letter title or name is cut with "…" and the columns after it stay on screen.
    """

    titles: Sequence[str]
    min_widths: Sequence[int] = ()
    max_widths: Sequence[int | None] = ()
    flex: int | None = None

    def widths(self, rows: Sequence[Sequence[Text]]) -> list[int]:
        widths = [cell_width(title) for title in self.titles]
        for index, minimum in enumerate(self.min_widths):
            widths[index] = max(widths[index], minimum)
        for row in rows:
            widths = [max(width, cell.cell_len) for width, cell in zip(widths, row, strict=True)]
        for index, most in enumerate(self.max_widths):
            if most is not None:
                widths[index] = min(widths[index], max(most, cell_width(self.titles[index])))
        return widths

    def lines(self, rows: Sequence[Sequence[Text]], width: int) -> tuple[Text, list[Text]]:
        """A header line and one line per row for a table `width` cells wide: one space either
        side of each column, as a DataTable draws them."""
        widths = self.widths(rows)
        excess = sum(widths) + 2 * len(widths) - width
        if self.flex is not None and excess > 0:
            widths[self.flex] = max(FLEX_MIN, widths[self.flex] - excess)

        def line(cells: Sequence[Text]) -> Text:
            out = Text(no_wrap=True, overflow="crop", end="")
            for column, cell in zip(widths, cells, strict=True):
                shown = cut_cell(cell, column)
                out.append(" ")
                out.append_text(shown)
                out.append(" " * (column - shown.cell_len + 1))
            return out

        return line([Text(title) for title in self.titles]), [line(row) for row in rows]
