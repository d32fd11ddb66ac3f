"""TableExerciseScreen: an exercise shown as one table, one row per thing the room talks about.

What every such screen shares: the columns, the row under the cursor, keys that need a row,
remove with a notice and `u` to bring it back (the rule is LiveMeeting's), Enter to edit the
row, forms whose values go to one ExerciseActions change, and repainting from the fold.
A screen names its columns and says how its state becomes rows and a status line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable

from kickoff_tui.cells_text import cell_width
from kickoff_tui.ui.screens.exercises.base import ExerciseScreen
from kickoff_tui.ui.screens.exercises.form import Field, FormScreen
from kickoff_tui.ui.screens.exercises.table_fit import cut_cells, fit_rows
from kickoff_tui.ui.screens.undo_key import undo_binding, undo_state

Row = TypeVar("Row")
RowOut = TypeVar("RowOut", covariant=True)
Cells = list[Text]
# the keys of a table whose rows can be removed: the same on every such screen
REMOVE_KEYS = [Binding("x,delete", "remove", "Remove", show=False), undo_binding()]


class Rows(Protocol[RowOut]):
    """An exercise's fold, as far as the table needs it: a row by its key."""

    def get(self, key: str) -> RowOut | None: ...


class TableExerciseScreen(ExerciseScreen, Generic[Row]):
    TABLE_ID: ClassVar[str] = "exercise-table"
    COLUMNS: ClassVar[tuple[str, ...]] = ()
    ROW_ACTIONS: ClassVar[frozenset[str]] = frozenset()  # keys that act on the selected row
    STATUS_FOLLOWS_CURSOR: ClassVar[bool] = False  # the status explains the row under the cursor
    _fitted_room: int | None = None  # the table width the cells were last cut for
    _cut: Mapping[str, list[tuple[str, Text]]] = MappingProxyType({})  # per row: cut cells, whole
    DEFAULT_CSS = """
    TableExerciseScreen DataTable { height: 1fr; }
    /* room for a cut cell's whole text (cut_text) as well as the row's flags */
    TableExerciseScreen #ex-status { max-height: 7; }
    """

    # ----- what a screen fills in ------------------------------------------------------------
    def state(self) -> Rows[Row]:
        raise NotImplementedError

    def rows(self, state: Any) -> list[tuple[str, Cells]]:
        """(row key, cells) in the order shown."""
        raise NotImplementedError

    def status(self, state: Any) -> Text:
        return Text("")

    def remove_row(self, row: Row) -> None:
        """The ExerciseActions change that removes `row` (only screens that bind `x`)."""
        raise NotImplementedError

    def removed_notice(self, row: Row) -> str:
        return "Removed."

    def compose_above_table(self) -> ComposeResult:
        yield from ()

    # ----- the shared skeleton ---------------------------------------------------------------
    def compose_body(self) -> ComposeResult:
        yield from self.compose_above_table()
        table: DataTable[Text] = DataTable(id=self.TABLE_ID, cursor_type="row", zebra_stripes=True)
        for label in self.COLUMNS:
            table.add_column(label)
        yield table

    def focus_first(self) -> None:
        self.table.focus()

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one(f"#{self.TABLE_ID}", DataTable)

    def selected(self) -> Row | None:
        return self.state().get(selected_key(self.table) or "")

    def cut_text(self) -> Text:
        """The selected row's cells the table cut with "…", whole ("Column: text" a line each).

        For a screen's status area, which wraps them: the only place a cut text is read in full.
        """
        text = Text()
        for column, cell in self._cut.get(selected_key(self.table) or "", []):
            text.append(f"\n{column}: ", style="bold")
            text.append(cell.plain)
        return text

    def act_on_selected(self, change: Callable[[Row], object]) -> None:
        """A key's change to the row under the cursor, through act(); none when empty."""
        chosen = self.selected()
        if chosen is not None:
            self.act(lambda: change(chosen))

    def refresh_view(self) -> None:
        state = self.state()
        table = self.table
        headers = [column.label for column in table.ordered_columns]
        whole = self.rows(state)
        rows = fit_rows(headers, whole, table_room(self, table), table.cell_padding)
        self._cut = cut_cells(headers, whole, rows)
        fill_table(table, rows)
        self.set_status(self.status(state))
        self.refresh_bindings()

    def on_resize(self) -> None:
        # the cut depends on the width: repaint once the table has its new size
        self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        room = table_room(self, self.table)
        if room != self._fitted_room:
            self._fitted_room = room
            self.refresh_view()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.ROW_ACTIONS or action == "remove":
            return self.table.row_count > 0
        if action == "undo":
            return undo_state(self.can_undo())
        return True

    def action_remove(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.act(lambda: self.remove_row(chosen)):
            self.notify(f"{self.removed_notice(chosen)} Press u to undo.", timeout=4, markup=False)
            self.refresh_bindings()

    def action_edit(self) -> None:
        """Enter on a row; screens with a form for the row open it."""

    @on(DataTable.RowSelected)
    def _enter(self) -> None:
        self.action_edit()

    @on(DataTable.RowHighlighted)
    def _follow_cursor(self) -> None:
        if self.STATUS_FOLLOWS_CURSOR:  # repaint it for the row the cursor moved to
            self.set_status(self.status(self.state()))

    # ----- forms -------------------------------------------------------------------------------
    def people(self) -> tuple[str, ...]:
        """Names a form suggests for an owner or a person."""
        return tuple(p.name for p in self.meeting.session.people)

    def ask(
        self,
        title: str,
        fields: list[Field],
        change: Callable[[dict[str, str]], object],
        done: Callable[[bool | None], None] | None = None,
    ) -> None:
        """A form whose values go to one change; it stays open with them until that is saved."""

        def submit(values: dict[str, str]) -> str | None:
            return self.attempt(lambda: change(values))

        self.app.push_screen(FormScreen(title, fields, submit), done)


def table_room(screen: ExerciseScreen, table: DataTable[Any]) -> int:
    """Cells the table's columns may take: its width less a vertical scrollbar's."""
    width = table.size.width or screen.size.width  # before the first layout: the screen's
    return width - table.styles.scrollbar_size_vertical


def fill_table(table: DataTable[Any], rows: list[tuple[str, Cells]]) -> None:
    """Replace a table's rows, keeping the cursor on the same row key (or the same position)."""
    keep_key = selected_key(table)
    keep_row = table.cursor_row
    table.clear()
    for column in table.columns.values():  # clear() keeps the widths the old rows needed
        if column.auto_width:
            column.content_width = cell_width(column.label.plain)
    for key, cells in rows:
        table.add_row(*cells, key=key)
    if not rows:
        return
    keys = [key for key, _ in rows]
    row = keys.index(keep_key) if keep_key in keys else min(keep_row, len(rows) - 1)
    table.move_cursor(row=max(0, row))


def selected_key(table: DataTable[Any]) -> str | None:
    """The key of the row under the cursor, or None when the table is empty."""
    if table.row_count == 0:
        return None
    try:
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
    except Exception:
        return None
    return str(key) if key is not None else None


def numbered(rows: list[tuple[str, Cells]]) -> list[tuple[str, Cells]]:
    """Rows with their number (from 1) in front, for a table whose first column is "#"."""
    return [(key, [Text(str(number)), *cells]) for number, (key, cells) in enumerate(rows, 1)]


def plain(value: str, empty: str = "—") -> Text:
    """User text for a table cell: never read as markup."""
    return Text(value or empty, style="" if value else "dim")


def owner_cell(name: str, known: bool) -> Text:
    """An owner, with ' ?' when the name matches nobody in the meeting."""
    return plain(name + ("" if known or not name else " ?"))
