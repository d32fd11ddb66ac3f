"""PeopleScreen: who is invited or matters, with add / edit / remove and the power grid.

The list is one LineTable. `g` opens the person on the power × proximity grid the stakeholder
map draws (ui/screens/exercises/power_grid.py): the arrow keys move them, each move written to
their power and proximity. A person's form is a PersonScreen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from kickoff_tui.ui.editor.base import UNDO_BINDING, EditorScreen
from kickoff_tui.ui.editor.fields import PERSON_FIELDS, FieldSpec, shown_value
from kickoff_tui.ui.editor.form_screen import EditorFormScreen
from kickoff_tui.ui.editor.state import FieldPath
from kickoff_tui.ui.editor.view import Data, text_of
from kickoff_tui.ui.widgets.line_table import LineTable, TableColumns

PEOPLE = ("people",)
COLUMNS = TableColumns(
    ("name", "role", "side", "type", "power", "proximity", "attitude"),
    min_widths=(10, 0, 0, 0, 0, 0, 0),
    max_widths=(24, 24, 8, 14, 6, 9, 9),
    flex=1,
)


def person_row(person: Data) -> list[Text]:
    def cell(key: str, style: str = "") -> Text:
        return Text(text_of(person.get(key)), style=style)

    return [
        cell("name", "bold"),
        cell("role"),
        cell("side"),
        cell("type"),
        cell("power"),
        cell("proximity"),
        cell("attitude", "italic"),
    ]


def new_name(people: Sequence[Data]) -> str:
    taken = {text_of(p.get("name")).casefold() for p in people}
    number = 1
    while (name := "New person" + (f" {number}" if number > 1 else "")).casefold() in taken:
        number += 1
    return name


class PeopleScreen(EditorScreen):
    PLACE = "People"
    HELP_TITLE = "People"
    DEFAULT_CSS = """
    PeopleScreen #people { height: 1fr; overflow-x: hidden; }
    PeopleScreen #people-hint { height: 1; padding: 0 1; color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Items", tooltip="Back to the items list"),
        Binding("enter,e", "edit", "Edit"),
        Binding("a", "add", "Add"),
        Binding("g", "grid", "Grid", tooltip="Place on the power × proximity grid"),
        Binding("x,delete", "remove", "Remove"),
        UNDO_BINDING,
    ]
    IMPORTANCE = ("back", "edit", "add", "grid", "remove", "save")

    def compose_body(self) -> ComposeResult:
        yield LineTable(cursor=True, zebra=True, id="people")

    @property
    def table(self) -> LineTable:
        return self.query_one("#people", LineTable)

    def on_mount(self) -> None:
        super().on_mount()
        self.table.focus()

    def focus_body(self) -> None:
        self.table.focus()

    @property
    def people(self) -> Sequence[Data]:
        return self.state.view.people

    def refresh_state(self) -> None:
        self.table.set_rows(COLUMNS, [person_row(p) for p in self.people])

    def select(self, index: int) -> None:
        self.table.cursor_row = max(0, min(index, len(self.people) - 1))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "grid", "remove"):
            return bool(self.people)
        return super().check_action(action, parameters)

    def action_back(self) -> None:
        self.dismiss(None)

    def action_edit(self) -> None:
        self.editor.open_person(self.table.cursor_row)

    def action_add(self) -> None:
        index = len(self.people)
        person = {"name": new_name(self.people), "side": "client"}
        added = self.attempt(
            lambda: (
                self.state.structural(
                    f"person {index + 1} added", lambda doc: doc.insert_entry(PEOPLE, index, person)
                )
                or True
            )
        )
        self.repaint()
        if added:
            self.select(index)
            self.editor.open_person(index, focus="name")

    def action_remove(self) -> None:
        index = self.table.cursor_row
        if not 0 <= index < len(self.people):
            return
        name = text_of(self.people[index].get("name")) or f"person {index + 1}"
        removed = self.attempt(
            lambda: (
                self.state.structural(
                    f"{name} removed", lambda doc: doc.remove_entry(PEOPLE, index)
                )
                or True
            )
        )
        if removed:
            self.notify(f"{name} removed from people. u brings them back.", timeout=4, markup=False)
        self.repaint()
        self.refresh_bindings()

    def action_grid(self) -> None:
        from kickoff_tui.ui.editor.grid import GridScreen

        index = self.table.cursor_row
        if 0 <= index < len(self.people):
            self.app.push_screen(GridScreen(index))


class PersonScreen(EditorFormScreen):
    HELP_TITLE = "Person"

    def __init__(self, index: int, focus: str = "") -> None:
        super().__init__(focus)
        self.index = index
        self.PLACE = f"People › person {index + 1}"

    def fields(self) -> tuple[Sequence[FieldSpec], Mapping[str, str]]:
        people = self.state.view.people
        if not 0 <= self.index < len(people):
            return PERSON_FIELDS, {}
        person = people[self.index]
        return PERSON_FIELDS, {
            spec.key: shown_value(spec, person.get(spec.key)) for spec in PERSON_FIELDS
        }

    def path_for(self, key: str) -> FieldPath:
        return (*PEOPLE, self.index, key)
