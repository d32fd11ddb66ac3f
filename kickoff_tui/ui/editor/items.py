"""ItemsScreen: the editor's first screen, the agenda's items with their clock times.

One LineTable holds every row (a 300-item agenda is 300 lines of one widget, not 300 widgets).
Each row: number, clock start (from the meeting's start time, else 00:00 after the start),
timebox, title, owner, exercise. Above it the total against the planned length: the difference
is coloured and also worded ("5m over"), so it reads without colour.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content

from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.timetable import clock_text, needs_seconds, rows, total_line
from kickoff_tui.ui.editor import item_edits
from kickoff_tui.ui.editor.base import UNDO_BINDING, EditorScreen
from kickoff_tui.ui.editor.view import EditorView, seconds_of, text_of
from kickoff_tui.ui.widgets.line_table import LineTable, TableColumns
from kickoff_tui.ui.widgets.text_label import TextLabel

COLUMNS = TableColumns(
    ("#", "start", "time", "title", "owner", "exercise"),
    min_widths=(3, 5, 5, 12, 0, 0),
    max_widths=(4, 8, 8, None, 18, 16),
    flex=3,
)


def item_rows(view: EditorView) -> list[list[Text]]:
    """One row per item; a timebox that does not read as a duration shows as typed, with '?'."""
    start = view.start
    table = rows(view.timetable_agenda(), start or 0)
    seconds = needs_seconds(table)
    found: list[list[Text]] = []
    for row, item in zip(table, view.items, strict=True):
        timebox = seconds_of(item.get("timebox"))
        found.append(
            [
                Text(str(row.number), justify="right"),
                Text(clock_text(row.start, with_seconds=seconds), style="" if start else "dim"),
                Text(format_duration(timebox), justify="right")
                if timebox
                else Text(f"{text_of(item.get('timebox'))}?", style="bold red"),
                Text(text_of(item.get("title"))),
                Text(text_of(item.get("owner"))),
                Text(text_of(item.get("exercise")), style="italic"),
            ]
        )
    return found


def total_content(view: EditorView) -> Content:
    """The total line; its verdict is worded ("5m over") and coloured: red over, yellow under,
    green on plan."""
    agenda = view.timetable_agenda()
    line = total_line(agenda)
    start = "" if view.start is not None else "  (no start time: m sets one)"
    if not agenda.meeting.length:
        return Content(line + start)
    difference = agenda.planned_seconds - agenda.meeting.length
    style = "$success" if difference == 0 else "$error" if difference > 0 else "$warning"
    head, _, verdict = line.rpartition(": ")
    return Content.assemble(head + ": ", (verdict, f"{style} bold"), start)


class ItemsScreen(EditorScreen):
    PLACE = "Items"
    HELP_TITLE = "Items"
    DEFAULT_CSS = """
    ItemsScreen #items-total { height: 1; width: 1fr; padding: 0 1; }
    ItemsScreen #items { height: 1fr; overflow-x: hidden; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,e", "edit", "Edit", tooltip="Edit the item: title, timebox, owner, ..."),
        Binding("a", "add", "Add", tooltip="Add an item after this one"),
        Binding("d", "duplicate", "Duplicate"),
        Binding("x,delete", "remove", "Delete"),
        UNDO_BINDING,
        Binding("shift+up,K", "move(-1)", "Move up", key_display="⇧↑"),
        Binding("shift+down,J", "move(1)", "Move down", key_display="⇧↓", show=False),
        Binding(
            "plus,equals_sign",
            "timebox(60)",
            "Longer",
            key_display="+",
            tooltip="Timebox: a minute longer",
        ),
        Binding(
            "minus", "timebox(-60)", "Shorter", key_display="-", tooltip="Timebox: a minute shorter"
        ),
        Binding(
            "greater_than_sign",
            "timebox(300)",
            "5m longer",
            key_display=">",
            show=False,
            tooltip="Timebox: five minutes longer",
        ),
        Binding(
            "less_than_sign",
            "timebox(-300)",
            "5m shorter",
            key_display="<",
            show=False,
            tooltip="Timebox: five minutes shorter",
        ),
        Binding(
            "b",
            "bank",
            "Question bank",
            show=False,
            tooltip="Add questions from the bank to this item's prompts",
        ),
        Binding(
            "m", "meeting", "Meeting", tooltip="Title, client, date, start time, length, roles"
        ),
        Binding("p", "people", "People"),
    ]
    IMPORTANCE = ("edit", "save", "add", "remove", "timebox", "move", "meeting", "people")

    def __init__(self) -> None:
        super().__init__()
        self.selected = 0

    def compose_body(self) -> ComposeResult:
        yield TextLabel("", id="items-total", cut=True)
        yield LineTable(cursor=True, zebra=True, id="items")

    def focus_body(self) -> None:
        self.query_one("#items", LineTable).focus()

    def on_mount(self) -> None:
        super().on_mount()
        self.focus_body()

    @property
    def table(self) -> LineTable:
        return self.query_one("#items", LineTable)

    @property
    def cursor(self) -> int:
        return self.table.cursor_row

    def refresh_state(self) -> None:
        view = self.state.view
        self.table.set_rows(COLUMNS, item_rows(view))
        self.query_one("#items-total", TextLabel).show(total_content(view))

    def select(self, index: int) -> None:
        self.table.cursor_row = max(0, min(index, self.table.row_count - 1))

    # ----- keys --------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        has_rows = bool(self.state.view.items)
        if action in ("edit", "duplicate", "remove", "move", "timebox", "bank"):
            return has_rows
        return super().check_action(action, parameters)

    def action_edit(self) -> None:
        self.editor.open_item(self.cursor)

    def action_add(self) -> None:
        at = self.cursor + 1 if self.table.row_count else 0
        index = self.attempt(lambda: item_edits.add_item(self.state, at))
        self.repaint()
        if index is not None:
            self.select(index)
            self.editor.open_item(index, focus="title")

    def action_duplicate(self) -> None:
        index = self.attempt(lambda: item_edits.duplicate_item(self.state, self.cursor))
        self.repaint()
        if index is not None:
            self.select(index)

    def action_remove(self) -> None:
        if self.table.row_count == 1:
            self.notify("An agenda keeps one item: edit it instead.", timeout=3, markup=False)
            return
        title = self.attempt(lambda: item_edits.remove_item(self.state, self.cursor))
        if title is not None:
            self.notify(f"Item removed: {title}. u brings it back.", timeout=4, markup=False)
        self.repaint()
        self.refresh_bindings()

    def action_move(self, step: int) -> None:
        index = self.attempt(lambda: item_edits.move_item(self.state, self.cursor, step))
        if index is None:
            self.app.bell()
            return
        self.repaint()
        self.select(index)

    def action_timebox(self, delta: int) -> None:
        if not self.attempt(lambda: item_edits.change_timebox(self.state, self.cursor, delta)):
            self.app.bell()
        self.repaint()

    def action_bank(self) -> None:
        self.editor.pick_questions(self.cursor)

    def action_meeting(self) -> None:
        self.editor.open_meeting()

    def action_people(self) -> None:
        self.editor.open_people()
