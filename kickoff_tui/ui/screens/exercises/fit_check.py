"""Fit check: score each dimension 1-5 with the number keys; bars and the overall fit update live.

A score of 1 or 2 asks whether to record it as a risk (y records, n declines).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from kickoff_tui.domain.exercises import FIT_CHECK
from kickoff_tui.domain.exercises.fit_check import MAX_SCORE, Dimension, FitCheck, fit_check
from kickoff_tui.ui.screens.confirm import ConfirmScreen
from kickoff_tui.ui.screens.exercises.form import Field
from kickoff_tui.ui.screens.exercises.table import (
    Cells,
    TableExerciseScreen,
    plain,
    selected_key,
)

BAR_CELL = "██"


def score_style(score: float) -> str:
    return "red" if score <= 2 else "yellow" if score < 4 else "green"


def bar(score: float | None, width_per_point: int = 2) -> Text:
    """A bar of MAX_SCORE points, filled to the score (rounded to the nearest half point)."""
    if score is None:
        return Text("·" * MAX_SCORE * width_per_point, style="dim")
    filled = round(score * width_per_point)
    total = MAX_SCORE * width_per_point
    return Text.assemble(("█" * filled, score_style(score)), ("░" * (total - filled), "dim"))


class FitCheckScreen(TableExerciseScreen[Dimension]):
    EXERCISE = FIT_CHECK
    TABLE_ID = "fit-table"
    COLUMNS = ("Dimension", "Score", "", "Note")
    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(str(n), f"score({n})", "Score", show=n == 1, key_display="1-5")
            for n in range(1, 6)
        ),
        Binding("0,backspace", "score(0)", "Clear", show=False),
        Binding("n", "note", "Note"),
        Binding("r", "offer_risk", "Risk"),
    ]

    def hint(self) -> str:
        return "Score 1 (worrying) to 5 (great) with the number keys · a 1 or 2 is a risk to name"

    def state(self) -> FitCheck:
        return fit_check(self.meeting.session, self.item_index)

    def rows(self, state: FitCheck) -> list[tuple[str, Cells]]:
        return [(d.name, self._cells(state, d)) for d in state.dimensions]

    def status(self, state: FitCheck) -> Text:
        overall = state.overall
        status = Text("Overall fit ", style="bold")
        status.append_text(bar(overall, 4))
        shown = (
            "not scored yet" if overall is None else f"{overall:.1f}/{MAX_SCORE} · {state.verdict}"
        )
        status.append(f" {shown} · {len(state.scored)} of {len(state.dimensions)} scored")
        if state.offers():
            status.append(
                f"\n{len(state.offers())} low score(s) not yet recorded as a risk: r", style="bold"
            )
        return status

    def _cells(self, state: FitCheck, dim: Dimension) -> list[Text]:
        score = Text("–" if dim.score is None else f"{dim.score}/{MAX_SCORE}")
        if dim.score is not None:
            score.stylize(score_style(dim.score))
        note = dim.note
        if dim.low:
            note = ("risk recorded · " if state.has_risk(dim) else "⚠ low · ") + note
        return [Text(dim.name), score, bar(dim.score), plain(note, "")]

    # ----- keys ----------------------------------------------------------------------------
    def action_score(self, score: int) -> None:
        name = selected_key(self.table)
        if name is None:
            return
        value = score or None
        if not self.act(lambda: self.actions.score(self.item_index, name, value)):
            return
        dim = self.state().get(name)
        if dim is not None and dim in self.state().offers():
            self._offer(dim)
        elif value is not None and self.table.cursor_row < self.table.row_count - 1:
            self.table.move_cursor(row=self.table.cursor_row + 1)  # on to the next dimension

    def action_offer_risk(self) -> None:
        """Offer the selected low score (even one declined before), else the first waiting."""
        state = self.state()
        selected = self.selected()
        offers = state.offers()
        if selected is not None and selected.low and not state.has_risk(selected):
            chosen: Dimension | None = selected
        else:
            chosen = offers[0] if offers else None
        if chosen is None:
            self.notify("No low score waiting to be recorded as a risk.", timeout=3, markup=False)
            return
        self._offer(chosen)

    def _offer(self, dim: Dimension) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                if self.act(lambda: self.actions.record_low_score_risk(self.item_index, dim.name)):
                    self.notify(
                        f"Risk recorded: {dim.name} scored {dim.score}.", timeout=3, markup=False
                    )
            else:
                self.act(lambda: self.actions.decline_low_score_risk(self.item_index, dim.name))

        question = f"{dim.name} scored {dim.score}/{MAX_SCORE}. Record it as a risk?"
        detail = "It goes to the risk register and the minutes. r asks again later."
        self.app.push_screen(
            ConfirmScreen(question, detail, yes="Record risk", no="Not now"), answered
        )

    def action_note(self) -> None:
        dim = self.selected()
        if dim is not None:
            self.ask(
                f"Note on {dim.name}",
                [Field("note", "Note", dim.note, "why this score")],
                lambda values: self.actions.note_dimension(
                    self.item_index, dim.name, values["note"]
                ),
            )

    def action_edit(self) -> None:  # Enter on a dimension: its note
        self.action_note()
