"""Success criteria: measure, target, owner and date for each; the room's verdict with one key.

y agree · c concerns (asks for the note) · b block · 0 clears the verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from kickoff_tui.domain.exercises import SUCCESS_CRITERIA
from kickoff_tui.domain.exercises.success import (
    AGREE,
    BLOCK,
    CONCERNS,
    Criterion,
    SuccessCriteria,
    success_criteria,
)
from kickoff_tui.ui.screens.exercises.base import ExerciseScreen, fill_table, plain, selected_key
from kickoff_tui.ui.screens.exercises.form import Field, FormScreen
from kickoff_tui.ui.screens.undo_key import undo_binding, undo_state

VERDICT_STYLES = {AGREE: "bold green", CONCERNS: "bold yellow", BLOCK: "bold red"}


def verdict_text(criterion: Criterion) -> Text:
    if not criterion.verdict:
        return Text("no verdict", style="dim")
    return Text(criterion.verdict, style=VERDICT_STYLES[criterion.verdict])


class SuccessCriteriaScreen(ExerciseScreen):
    EXERCISE = SUCCESS_CRITERIA
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("y", "verdict('agree')", "Agree"),
        Binding("c", "verdict('concerns')", "Concerns"),
        Binding("b", "verdict('block')", "Block"),
        Binding("0,backspace", "verdict('')", "Clear verdict", show=False),
        Binding("x,delete", "remove", "Remove", show=False),
        undo_binding(),
    ]

    def hint(self) -> str:
        return "How will we know it worked? Measure, target, owner, date; the room says y, c or b."

    def compose_body(self) -> ComposeResult:
        table: DataTable[Text] = DataTable(id="criteria", cursor_type="row", zebra_stripes=True)
        for label in ("#", "Measure", "Target", "Owner", "Date", "Verdict"):
            table.add_column(label)
        yield table

    def on_mount(self) -> None:
        self.table.focus()

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#criteria", DataTable)

    def state(self) -> SuccessCriteria:
        return success_criteria(self.meeting.session)

    def selected(self) -> Criterion | None:
        return self.state().get(selected_key(self.table) or "")

    def refresh_view(self) -> None:
        state = self.state()
        rows = []
        for number, c in enumerate(state.criteria, start=1):
            owner = c.owner + ("" if c.owner_known or not c.owner else " ?")
            cells = [
                Text(str(number)),
                plain(c.measure),
                plain(c.target),
                plain(owner),
                plain(c.date),
            ]
            rows.append((c.id, [*cells, verdict_text(c)]))
        fill_table(self.table, rows)
        self.set_status(self._status(state))
        self.refresh_bindings()

    def _status(self, state: SuccessCriteria) -> Text:
        if not state.criteria:
            return Text("No criteria yet: press a to add the first one.")
        counts = {v: sum(c.verdict == v for c in state.criteria) for v in (AGREE, CONCERNS, BLOCK)}
        text = Text(f"{len(state.criteria)} criteria · ")
        for verdict, count in counts.items():
            text.append(f"{count} {verdict}", style=VERDICT_STYLES[verdict] if count else "dim")
            text.append(" · ")
        text.append(f"{sum(not c.verdict for c in state.criteria)} without a verdict")
        chosen = self.selected()
        if chosen is not None:
            if chosen.note:
                text.append(f"\n{chosen.verdict}: ", style=VERDICT_STYLES.get(chosen.verdict, ""))
                text.append(chosen.note)
            if chosen.missing:
                text.append(f"\nstill needs: {', '.join(chosen.missing)}", style="bold")
            if chosen.owner and not chosen.owner_known:
                text.append(f"\n{chosen.owner} is not in the meeting", style="bold")
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "verdict", "remove"):
            return self.table.row_count > 0
        if action == "undo":
            return undo_state(self.can_undo())
        return True

    # ----- keys ----------------------------------------------------------------------------
    def _form(
        self,
        title: str,
        criterion: Criterion | None,
        done: Callable[[bool | None], None] | None = None,
    ) -> None:
        people = tuple(p.name for p in self.meeting.session.people)
        fields = [
            Field("measure", "Measure", criterion.measure if criterion else "", "what we count"),
            Field(
                "target",
                "Target",
                criterion.target if criterion else "",
                "e.g. 80 % by phone-free resets",
            ),
            Field("owner", "Owner", criterion.owner if criterion else "", "who tracks it", people),
            Field(
                "when", "Date", criterion.date if criterion else "", "2027-06-30, eom, +3w or words"
            ),
        ]

        def submit(values: dict[str, str]) -> str | None:
            args = (values["measure"], values["target"], values["owner"], values["when"])
            if criterion is None:
                return self.attempt(lambda: self.actions.add_criterion(self.item_index, *args))
            return self.attempt(
                lambda: self.actions.edit_criterion(self.item_index, criterion.id, *args)
            )

        self.app.push_screen(FormScreen(title, fields, submit), done)

    def action_add(self) -> None:
        def added(saved: bool | None) -> None:
            if saved:  # the new criterion is the last row
                self.table.move_cursor(row=self.table.row_count - 1)

        self._form("Add a success criterion", None, added)

    def action_edit(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._form("Edit the success criterion", chosen)

    @on(DataTable.RowSelected)
    def _enter(self) -> None:
        self.action_edit()

    def action_verdict(self, verdict: str) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if verdict not in (CONCERNS, BLOCK):
            self.act(lambda: self.actions.set_verdict(self.item_index, chosen.id, verdict))
            return
        note_label = "What is the concern?" if verdict == CONCERNS else "Why block? (optional)"

        def submit(values: dict[str, str]) -> str | None:
            return self.attempt(
                lambda: self.actions.set_verdict(
                    self.item_index, chosen.id, verdict, values["note"]
                )
            )

        fields = [Field("note", "Note", chosen.note, note_label)]
        self.app.push_screen(
            FormScreen(f"{verdict.capitalize()}: {chosen.measure}", fields, submit)
        )

    def action_remove(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.act(
            lambda: self.actions.remove_criterion(self.item_index, chosen.id)
        ):
            self.notify("Criterion removed. Press u to undo.", timeout=4, markup=False)
            self.refresh_bindings()
