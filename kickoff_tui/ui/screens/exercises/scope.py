"""Scope: what is in, out, later, and the assumptions and constraints, line by line.

Lines from the statement of work (the item's `options:`) are there when the screen opens, so
the room confirms rather than invents. a adds a line · s moves it to the next section ·
y/c/b the client's verdict · x removes (u brings it back). A blocked line and an "in" line the
client has not agreed to are flagged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from kickoff_tui.domain.exercises import SCOPE
from kickoff_tui.domain.exercises.scope import (
    IN,
    SECTIONS,
    Line,
    Scope,
)
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.scope_actions import ScopeActions
from kickoff_tui.ui.screens.exercises.form import Field
from kickoff_tui.ui.screens.exercises.table import (
    REMOVE_KEYS,
    Cells,
    TableExerciseScreen,
    numbered,
    plain,
)
from kickoff_tui.ui.screens.exercises.verdicts import VERDICT_KEYS, ask_verdict, verdict_cell

FLAG_STYLE = "bold red"
FLAG = "⚑"  # the status line says why, for the line under the cursor


def line_cells(line: Line) -> Cells:
    section = Text(line.section, style="bold" if line.section == IN else "")
    flags = Text(FLAG, style=FLAG_STYLE) if line.flags else Text("")
    return [section, plain(line.text), verdict_cell(line.verdict), flags]


class ScopeScreen(TableExerciseScreen[Line]):
    EXERCISE = SCOPE
    TABLE_ID = "scope-lines"
    COLUMNS = ("#", "Section", "Line", "Verdict", "Flag")
    ROW_ACTIONS = frozenset({"edit", "verdict", "move"})
    STATUS_FOLLOWS_CURSOR = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("s", "move(1)", "Section", tooltip="Move the line to the next section"),
        Binding("S", "move(-1)", "Section back", show=False),
        *VERDICT_KEYS,
        *REMOVE_KEYS,
    ]

    def __init__(self, meeting: LiveMeeting, item_index: int) -> None:
        super().__init__(meeting, item_index)
        self.actions: ScopeActions = ScopeActions(meeting)

    def hint(self) -> str:
        return "Sort each line in, out or later (s); the client says y, c or b to it."

    def state(self) -> Scope:
        return self.actions.lines()

    def rows(self, state: Scope) -> list[tuple[str, Cells]]:
        return numbered([(line.id, line_cells(line)) for line in state.lines])

    def status(self, state: Scope) -> Text:
        if not state.lines:
            return Text("No lines yet: press a to add the first one.")
        counts = [f"{len(state.section(name))} {name}" for name in SECTIONS]
        text = Text(" · ".join(counts) + " · ")
        flagged = len(state.flagged)
        text.append(f"{FLAG} {flagged} flagged", style=FLAG_STYLE if flagged else "dim")
        text.append(self.cut_text())  # the whole line when the table cut it
        chosen = self.selected()
        if chosen is not None:
            for flag in chosen.flags:
                text.append(f"\n{FLAG} {flag}", style=FLAG_STYLE)
            if chosen.note:
                text.append(f"\n{chosen.verdict}: ", style="bold")
                text.append(chosen.note)
            if chosen.prefilled:
                text.append("\nfrom the statement of work (the agenda)", style="dim")
        return text

    # ----- keys ----------------------------------------------------------------------------
    def _form(
        self, title: str, line: Line | None, done: Callable[[bool | None], None] | None = None
    ) -> None:
        chosen = self.selected()
        section = line.section if line else (chosen.section if chosen else IN)
        fields = [
            Field("section", "Section", section, " / ".join(SECTIONS), SECTIONS),
            Field("text", "Line", line.text if line else "", "one thing, in the room's words"),
        ]

        def save(values: dict[str, str]) -> object:
            if line is None:
                return self.actions.add_line(self.item_index, values["section"], values["text"])
            self.actions.edit_line(self.item_index, line.id, values["section"], values["text"])
            return line.id

        self.ask(title, fields, save, done)

    def action_add(self) -> None:
        before = {line.id for line in self.state().lines}

        def added(saved: bool | None) -> None:
            new = [line.id for line in self.state().lines if line.id not in before]
            if saved and new:  # lines are kept by section: find the new one
                self.table.move_cursor(row=self.table.get_row_index(new[0]))
                self.refresh_view()

        self._form("Add a scope line", None, added)

    def action_edit(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._form("Edit the scope line", chosen)

    def action_move(self, step: int) -> None:
        self.act_on_selected(lambda row: self.actions.move_line(self.item_index, row.id, step))

    def action_verdict(self, verdict: str) -> None:
        chosen = self.selected()
        if chosen is not None:
            ask_verdict(
                self,
                chosen.text,
                chosen.note,
                verdict,
                lambda note: self.actions.set_line_verdict(
                    self.item_index, chosen.id, verdict, note
                ),
            )

    def remove_row(self, row: Line) -> None:
        self.actions.remove_line(self.item_index, row.id)

    def removed_notice(self, row: Line) -> str:
        return "Scope line removed."

    def undone(self, key: str) -> None:
        self.table.move_cursor(row=self.table.get_row_index(key))
