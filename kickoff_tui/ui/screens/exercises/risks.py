"""Pre-mortem and risk register: type risks quickly, then rate likelihood and impact, and own them.

The quick-entry line takes one risk per Enter and stays open for the next (`@name` sets the
owner). Esc or Tab goes to the register, where `l` and `i` step likelihood and impact through
low, medium and high, and `o` names the owner. Risks captured with `r` during any item are here too.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input

from kickoff_tui.domain.exercises import RISKS
from kickoff_tui.domain.exercises.risks import PREMORTEM_PROMPT, Risk, RiskRegister, risk_register
from kickoff_tui.ui.screens.exercises.form import Field
from kickoff_tui.ui.screens.exercises.table import (
    REMOVE_KEYS,
    Cells,
    TableExerciseScreen,
    numbered,
    owner_cell,
    plain,
)

LEVEL_STYLES = {"low": "green", "medium": "yellow", "high": "bold red"}


def level(value: str) -> Text:
    return Text(value, style=LEVEL_STYLES[value]) if value else Text("—", style="dim")


def risk_cells(risk: Risk) -> Cells:
    owner = owner_cell(risk.owner, risk.owner_known)
    return [plain(risk.text), level(risk.likelihood), level(risk.impact), level(risk.rating), owner]


class RisksScreen(TableExerciseScreen[Risk]):
    EXERCISE = RISKS
    TABLE_ID = "risks"
    COLUMNS = ("#", "Risk", "Likelihood", "Impact", "Rating", "Owner")
    ROW_ACTIONS = frozenset({"likelihood", "impact", "owner", "rate"})
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash,a", "type_risk", "New risk", key_display="a"),
        Binding("l", "rate('likelihood')", "Likelihood"),
        Binding("i", "rate('impact')", "Impact"),
        Binding("o", "owner", "Owner"),
        *REMOVE_KEYS,
    ]
    DEFAULT_CSS = """
    RisksScreen #risk-input { border: tall $accent; height: 3; margin: 0 1; }
    """

    def hint(self) -> str:
        return PREMORTEM_PROMPT

    def compose_above_table(self) -> ComposeResult:
        yield Input(
            placeholder="type a risk, Enter adds it · Esc goes to the list", id="risk-input"
        )

    def focus_first(self) -> None:
        self.risk_input.focus()

    @property
    def risk_input(self) -> Input:
        return self.query_one("#risk-input", Input)

    def state(self) -> RiskRegister:
        return risk_register(self.meeting.session)

    def rows(self, state: RiskRegister) -> list[tuple[str, Cells]]:
        return numbered([(risk.id, risk_cells(risk)) for risk in state.risks])

    def status(self, state: RiskRegister) -> Text:
        if not state.risks:
            return Text("No risks yet. Give the room two minutes of silent writing, then collect.")
        text = Text(f"{len(state.risks)} risks · {len(state.unrated)} not rated")
        high = [r for r in state.risks if r.rating == "high"]
        text.append(f" · {len(high)} high", style="bold red" if high else "")
        if state.high_without_owner:
            text.append(f" · {len(state.high_without_owner)} high without an owner", style="bold")
        chosen = self.selected()
        if chosen is not None:
            where = (
                self.meeting.session.agenda.items[chosen.item].title
                if 0 <= chosen.item < len(self.meeting.session.agenda.items)
                else ""
            )
            if where and chosen.item != self.item_index:
                text.append(f"\nraised in {chosen.item + 1}. {where}", style="dim")
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.risk_input.has_focus and action != "close":
            return False  # letters are text while typing a risk
        return super().check_action(action, parameters)

    # ----- quick entry ---------------------------------------------------------------------
    @on(Input.Submitted, "#risk-input")
    def _add(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self.table.focus()
            return
        if self.act(lambda: self.actions.add_risk(self.item_index, text)):
            self.risk_input.value = ""  # kept on failure, so nothing typed is lost
            self.table.move_cursor(row=self.table.row_count - 1)

    def action_type_risk(self) -> None:
        self.risk_input.focus()
        self.refresh_bindings()

    def action_close(self) -> None:
        if self.risk_input.has_focus:
            self.table.focus()  # Esc leaves the typing line first; a second Esc closes
            self.refresh_bindings()
            return
        super().action_close()

    # ----- rating --------------------------------------------------------------------------
    def action_rate(self, which: str) -> None:
        self.act_on_selected(lambda row: self.actions.cycle_rating(self.item_index, row.id, which))

    def action_owner(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        fields = [Field("owner", "Owner", chosen.owner, "who watches this risk", self.people())]
        self.ask(
            f"Owner of: {chosen.text}",
            fields,
            lambda values: self.actions.set_risk_owner(self.item_index, chosen.id, values["owner"]),
        )

    def remove_row(self, row: Risk) -> None:
        self.actions.delete_risk(row.id)

    def removed_notice(self, row: Risk) -> str:
        return "Risk removed."

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()
