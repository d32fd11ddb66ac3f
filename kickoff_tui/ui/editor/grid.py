"""GridScreen: one person placed on the power × proximity grid with the arrow keys.

The same grid as the stakeholder map (power_grid); each move writes the person's power and
proximity to the file. A person not placed yet starts in the middle cell on the first arrow.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from kickoff_tui.cells_text import NAME_CELLS, fit
from kickoff_tui.domain.exercises.stakeholders import ADVICE, engagement_for
from kickoff_tui.exercise_actions import POWER_ROWS, PROXIMITY_COLUMNS
from kickoff_tui.ui.editor.base import EditorScreen
from kickoff_tui.ui.editor.view import text_of
from kickoff_tui.ui.screens.exercises.power_grid import power_grid


class GridScreen(EditorScreen):
    HELP_TITLE = "Power × proximity"
    DEFAULT_CSS = """
    GridScreen #grid { height: auto; }
    GridScreen #grid-line { height: auto; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "back", "Done"),
        Binding("up", "move(1, 0)", "More power", key_display="↑", priority=True),
        Binding("down", "move(-1, 0)", "Less power", key_display="↓", priority=True),
        Binding("left", "move(0, -1)", "Closer", key_display="←", priority=True),
        Binding("right", "move(0, 1)", "Further", key_display="→", priority=True),
    ]
    IMPORTANCE = ("back", "move")

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.PLACE = f"People › person {index + 1} › grid"

    def compose_body(self) -> ComposeResult:
        yield Static("", id="grid")
        yield Static("", id="grid-line")

    def refresh_state(self) -> None:
        people = self.state.view.people
        if not 0 <= self.index < len(people):
            return
        placed = [(text_of(p.get("power")), text_of(p.get("proximity"))) for p in people]
        names = [text_of(p.get("name")) for p in people]

        def labels(power: str, proximity: str) -> list[Text]:
            return [
                Text(
                    ("▶ " if at == self.index else "  ") + fit(names[at], NAME_CELLS),
                    style="bold reverse" if at == self.index else "",
                )
                for at, cell in enumerate(placed)
                if cell == (power, proximity)
            ]

        self.query_one("#grid", Static).update(power_grid(labels))
        power, proximity = placed[self.index]
        line = Text(fit(names[self.index], NAME_CELLS), style="bold")
        if power in POWER_ROWS and proximity in PROXIMITY_COLUMNS:
            engagement = engagement_for(power, proximity)
            line.append(f" · {power} power, {proximity}: ")
            line.append(engagement, style="bold")
            line.append(f", {ADVICE[engagement]}")
        else:
            line.append(" · not placed yet: an arrow places them")
        self.query_one("#grid-line", Static).update(line)

    def action_move(self, up: int, right: int) -> None:
        people = self.state.view.people
        if not 0 <= self.index < len(people):
            return
        power = text_of(people[self.index].get("power"))
        proximity = text_of(people[self.index].get("proximity"))
        row = POWER_ROWS.index(power) - up if power in POWER_ROWS else 1
        column = PROXIMITY_COLUMNS.index(proximity) + right if proximity in PROXIMITY_COLUMNS else 1
        if not (0 <= row < len(POWER_ROWS) and 0 <= column < len(PROXIMITY_COLUMNS)):
            self.app.bell()
            return
        at = ("people", self.index)
        if POWER_ROWS[row] != power:
            self.attempt(lambda: self.state.set_value((*at, "power"), POWER_ROWS[row]))
        if PROXIMITY_COLUMNS[column] != proximity:
            self.attempt(
                lambda: self.state.set_value((*at, "proximity"), PROXIMITY_COLUMNS[column])
            )
        self.repaint()

    def action_back(self) -> None:
        self.dismiss(None)
