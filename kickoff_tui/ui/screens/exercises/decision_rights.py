"""Decision rights: decision areas down, people across, one RACI or DACI letter per cell.

Arrows move between cells; r/d, a, c, i set a letter, space clears it (u brings it back);
n adds an area, x takes one off. The area column stays put while a wide matrix scrolls, and
names in the header are cut to a few cells (the status line names the person in full).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from kickoff_tui.cells_text import NAME_CELLS, fit
from kickoff_tui.decision_rights_actions import DecisionRightsActions
from kickoff_tui.domain.exercises import DECISION_RIGHTS
from kickoff_tui.domain.exercises.decision_rights import (
    SIGN_OFF,
    Area,
    DecisionRights,
    model_for,
)
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.screens.exercises.form import Field
from kickoff_tui.ui.screens.exercises.table import Cells, TableExerciseScreen, plain
from kickoff_tui.ui.screens.undo_key import undo_binding

# a person's column: at least "Claire Du…" (five fit beside the areas at 80 columns), wider
# names when the terminal has room for every column, never wider than NAME_CELLS
HEADER_CELLS = 10
AREA_CELLS = 24  # what the area column usually takes, for sharing out the rest


def header_cells(width: int, people: int) -> int:
    """How many cells each person's header gets in a terminal `width` cells wide."""
    share = (width - AREA_CELLS) // max(1, people) - 2  # 2: the column's padding
    return max(HEADER_CELLS, min(NAME_CELLS, share))


EMPTY = "·"
FLAGS_SHOWN = 2  # the status line has four lines: the cell, a summary, then the first flags


def letter_text(letter: str) -> Text:
    if not letter:
        return Text(EMPTY, style="dim", justify="center")
    return Text(letter, style="bold reverse" if letter == SIGN_OFF else "bold", justify="center")


class DecisionRightsScreen(TableExerciseScreen[Area]):
    EXERCISE = DECISION_RIGHTS
    TABLE_ID = "rights"
    ROW_ACTIONS = frozenset({"assign", "clear"})
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "assign('R', 'raci')", "Responsible"),
        Binding("d", "assign('D', 'daci')", "Driver"),
        Binding("a", "assign('A', 'raci')", "Accountable"),
        Binding("a", "assign('A', 'daci')", "Approver"),
        Binding("c", "assign('C', 'raci')", "Consulted"),
        Binding("c", "assign('C', 'daci')", "Contributor"),
        Binding("i", "assign('I', '')", "Informed"),
        Binding("space,backspace", "clear", "Clear", key_display="space"),
        Binding("n", "add", "New area"),
        Binding("x", "remove", "Remove area", show=False),
        undo_binding(),
    ]

    def __init__(self, meeting: LiveMeeting, item_index: int) -> None:
        super().__init__(meeting, item_index)
        self.rights = DecisionRightsActions(meeting, item_index)
        self.actions = self.rights  # the base's undo goes through this matrix's list
        self._columns: list[str] = []
        self._header_cells = 0

    @property
    def model(self) -> str:
        """RACI or DACI: the item's option, read without folding the journal."""
        return model_for(self.meeting.session.agenda.items[self.item_index])

    def hint(self) -> str:
        state = self.state()
        roles = " · ".join(f"{k} {name}" for k, name in state.roles.items())
        return f"Who decides what? {roles}. Exactly one {state.sign_off} (A) per area."

    def compose_body(self) -> ComposeResult:
        table: DataTable[Text] = DataTable(
            id=self.TABLE_ID, cursor_type="cell", zebra_stripes=True, fixed_columns=1
        )
        yield table

    # ----- the fold as a table -------------------------------------------------------------
    def state(self) -> DecisionRights:
        return self.rights.state()

    def refresh_view(self) -> None:
        state = self.state()
        table = self.table
        keep = table.cursor_coordinate
        keep_area = self._area_at(keep.row)
        width = header_cells(self.size.width, len(state.people))
        if state.people != self._columns or width != self._header_cells:
            table.clear(columns=True)
            table.add_column("Decision area", key="")
            for person in state.people:
                table.add_column(Text(fit(person, width), justify="center"), key=person)
            self._columns, self._header_cells = list(state.people), width
        else:
            table.clear()
        for area in state.areas:
            cells = [letter_text(area.letter(person)) for person in state.people]
            table.add_row(plain(fit(area.name, NAME_CELLS)), *cells, key=area.name)
        names = [area.name for area in state.areas]
        row = names.index(keep_area) if keep_area in names else min(keep.row, len(names) - 1)
        column = min(max(keep.column, 1), len(state.people)) if state.people else 0
        if names:
            table.cursor_coordinate = Coordinate(max(0, row), column)
        self.set_status(self.status(state))
        self.refresh_bindings()

    def _area_at(self, row: int) -> str | None:
        table = self.table
        if not 0 <= row < table.row_count:
            return None
        key = table.coordinate_to_cell_key(Coordinate(row, 0)).row_key.value
        return None if key is None else str(key)

    def selected(self) -> Area | None:
        found = self._area_at(self.table.cursor_coordinate.row)
        return None if found is None else self.state().get(found)

    def selected_person(self) -> str | None:
        column = self.table.cursor_coordinate.column
        return self._columns[column - 1] if 1 <= column <= len(self._columns) else None

    def rows(self, state: DecisionRights) -> list[tuple[str, Cells]]:
        return []  # refresh_view fills the matrix itself: its columns follow the people

    def status(self, state: DecisionRights) -> Text:
        if not state.areas:
            return Text("No decision areas: press n to add the first one.")
        text = Text()
        area, person = self.selected(), self.selected_person()
        if area is not None and person is not None:
            text.append(f"{area.name} × {person}", style="bold")
            letter = area.letter(person)
            text.append(f": {letter} {state.roles[letter]}" if letter else ": no letter")
            if person in state.far:
                text.append(" · far from the project on the map", style="bold yellow")
            text.append("\n")
        flags = state.flags()
        text.append(f"{len(state.areas)} areas · {state.assigned} letters · ")
        text.append(f"{len(flags)} to settle", style="bold red" if flags else "green")
        for flag in flags[:FLAGS_SHOWN]:
            text.append("\n! " + flag, style="yellow")
        if len(flags) > FLAGS_SHOWN:
            text.append(f" (+{len(flags) - FLAGS_SHOWN} more)", style="dim")
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        model = parameters[1] if action == "assign" and len(parameters) == 2 else ""
        if model and model != self.model:
            return False  # the other model's letter: neither shown nor run
        if action in ("assign", "clear") and not self._columns:
            return None
        return super().check_action(action, parameters)

    def on_resize(self) -> None:
        self.refresh_view()  # the names in the header get the room there is

    @on(DataTable.CellHighlighted)
    def _moved(self) -> None:
        self.set_status(self.status(self.state()))  # the status names the cell under the cursor

    # ----- keys ----------------------------------------------------------------------------
    def action_assign(self, letter: str, model: str = "") -> None:
        area, person = self.selected(), self.selected_person()
        if area is None or person is None:
            if area is not None:
                self.notify("Move right onto a person first.", timeout=3, markup=False)
            return
        self.act(lambda: self.rights.assign(area.name, person, letter))

    def action_clear(self) -> None:
        area, person = self.selected(), self.selected_person()
        if area is None or person is None:
            return
        cleared: list[bool] = []
        if self.act(lambda: cleared.append(self.rights.clear(area.name, person))) and cleared[0]:
            self.refresh_bindings()

    def action_add(self) -> None:
        def added(saved: bool | None) -> None:
            if saved:  # the new area is the last row
                self.table.cursor_coordinate = Coordinate(self.table.row_count - 1, 1)
                self.refresh_view()

        fields = [Field("area", "Area", "", "e.g. hosting and security")]
        self.ask("Add a decision area", fields, lambda v: self.rights.add_area(v["area"]), added)

    def remove_row(self, row: Area) -> None:
        self.rights.remove_area(row.name)

    def removed_notice(self, row: Area) -> str:
        return f"{row.name} taken off the matrix."

    def undone(self, key: str) -> None:
        self.notify("Brought back.", timeout=3, markup=False)
