"""Fit check: score each dimension 1-5 with the number keys; bars and the overall fit update live.

A score of 1 or 2 asks whether to record it as a risk (y records, n declines).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from kickoff_tui.domain.exercises import FIT_CHECK
from kickoff_tui.domain.exercises.fit_check import MAX_SCORE, Dimension, FitCheck, fit_check
from kickoff_tui.ui.screens.confirm import ConfirmScreen
from kickoff_tui.ui.screens.exercises.base import ExerciseScreen, fill_table, plain, selected_key
from kickoff_tui.ui.screens.exercises.form import Field, FormScreen

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


class FitCheckScreen(ExerciseScreen):
    EXERCISE = FIT_CHECK
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

    def compose_body(self) -> ComposeResult:
        table: DataTable[Text] = DataTable(id="fit-table", cursor_type="row", zebra_stripes=True)
        table.add_column("Dimension", key="dimension")
        table.add_column("Score", key="score")
        table.add_column("", key="bar")
        table.add_column("Note", key="note")
        yield table

    def on_mount(self) -> None:
        self.table.focus()

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#fit-table", DataTable)

    def state(self) -> FitCheck:
        return fit_check(self.meeting.session, self.item_index)

    def refresh_view(self) -> None:
        state = self.state()
        rows = [(d.name, self._cells(state, d)) for d in state.dimensions]
        fill_table(self.table, rows)
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
        self.set_status(status)

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
        selected = state.get(selected_key(self.table) or "")
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
        name = selected_key(self.table)
        dim = self.state().get(name or "")
        if dim is None:
            return

        def submit(values: dict[str, str]) -> str | None:
            return self.attempt(
                lambda: self.actions.note_dimension(self.item_index, dim.name, values["note"])
            )

        fields = [Field("note", "Note", dim.note, "why this score")]
        self.app.push_screen(FormScreen(f"Note on {dim.name}", fields, submit))

    @on(DataTable.RowSelected)
    def _enter(self) -> None:
        self.action_note()
