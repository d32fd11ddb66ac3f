"""Success criteria: measure, target, owner and date for each; the room's verdict with one key.

y agree · c concerns (asks for the note) · b block · 0 clears the verdict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from kickoff_tui.domain.exercises import SUCCESS_CRITERIA
from kickoff_tui.domain.exercises.success import (
    AGREE,
    BLOCK,
    CONCERNS,
    Criterion,
    SuccessCriteria,
    success_criteria,
)
from kickoff_tui.ui.screens.exercises.form import Field
from kickoff_tui.ui.screens.exercises.table import (
    REMOVE_KEYS,
    Cells,
    TableExerciseScreen,
    numbered,
    owner_cell,
    plain,
)
from kickoff_tui.ui.screens.exercises.verdicts import (
    VERDICT_KEYS,
    VERDICT_STYLES,
    ask_verdict,
    verdict_cell,
)


def criterion_cells(c: Criterion) -> Cells:
    owner = owner_cell(c.owner, c.owner_known)
    return [plain(c.measure), plain(c.target), owner, plain(c.date), verdict_cell(c.verdict)]


class SuccessCriteriaScreen(TableExerciseScreen[Criterion]):
    EXERCISE = SUCCESS_CRITERIA
    TABLE_ID = "criteria"
    COLUMNS = ("#", "Measure", "Target", "Owner", "Date", "Verdict")
    ROW_ACTIONS = frozenset({"edit", "verdict"})
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        *VERDICT_KEYS,
        *REMOVE_KEYS,
    ]

    def hint(self) -> str:
        return "How will we know it worked? Measure, target, owner, date; the room says y, c or b."

    def state(self) -> SuccessCriteria:
        return success_criteria(self.meeting.session)

    def rows(self, state: SuccessCriteria) -> list[tuple[str, Cells]]:
        return numbered([(c.id, criterion_cells(c)) for c in state.criteria])

    def status(self, state: SuccessCriteria) -> Text:
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

    # ----- keys ----------------------------------------------------------------------------
    def _form(
        self,
        title: str,
        criterion: Criterion | None,
        done: Callable[[bool | None], None] | None = None,
    ) -> None:
        fields = [
            Field("measure", "Measure", criterion.measure if criterion else "", "what we count"),
            Field(
                "target",
                "Target",
                criterion.target if criterion else "",
                "e.g. 80 % by phone-free resets",
            ),
            Field(
                "owner",
                "Owner",
                criterion.owner if criterion else "",
                "who tracks it",
                self.people(),
            ),
            Field(
                "when", "Date", criterion.date if criterion else "", "2027-06-30, eom, +3w or words"
            ),
        ]

        def save(values: dict[str, str]) -> object:
            args = (values["measure"], values["target"], values["owner"], values["when"])
            if criterion is None:
                return self.actions.add_criterion(self.item_index, *args)
            self.actions.edit_criterion(self.item_index, criterion.id, *args)
            return criterion.id

        self.ask(title, fields, save, done)

    def action_add(self) -> None:
        def added(saved: bool | None) -> None:
            if saved:  # the new criterion is the last row
                self.table.move_cursor(row=self.table.row_count - 1)

        self._form("Add a success criterion", None, added)

    def action_edit(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._form("Edit the success criterion", chosen)

    def action_verdict(self, verdict: str) -> None:
        chosen = self.selected()
        if chosen is not None:
            ask_verdict(
                self,
                chosen.measure,
                chosen.note,
                verdict,
                lambda note: self.actions.set_verdict(self.item_index, chosen.id, verdict, note),
            )

    def remove_row(self, row: Criterion) -> None:
        self.actions.remove_criterion(self.item_index, row.id)

    def removed_notice(self, row: Criterion) -> str:
        return "Criterion removed."
