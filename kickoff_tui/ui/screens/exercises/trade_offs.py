"""Trade-offs: which constraint gives first. Each slider is fixed, firm or flexible.

1 fixed · 2 firm · 3 flexible · s steps through them · 0 clears · n a note. The rule (at most
one fixed, at least one flexible) is shown all the time; when the room breaks it the screen
says so in red, and records what the room chose all the same.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from kickoff_tui.domain.exercises import TRADE_OFFS
from kickoff_tui.domain.exercises.trade_offs import SETTINGS, Slider, TradeOffs
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.trade_off_actions import TradeOffActions
from kickoff_tui.ui.screens.exercises.form import Field
from kickoff_tui.ui.screens.exercises.table import Cells, TableExerciseScreen, plain

RULE = "Rule: at most one fixed, at least one flexible."
SETTING_STYLES = {"fixed": "bold red", "firm": "bold yellow", "flexible": "bold green"}
BROKEN_STYLE = "bold red"


def slider_cells(slider: Slider) -> Cells:
    marks = [
        Text("●", style=SETTING_STYLES[s]) if slider.setting == s else Text("○", style="dim")
        for s in SETTINGS
    ]
    return [plain(slider.name), *marks, plain(slider.note, "")]


class TradeOffsScreen(TableExerciseScreen[Slider]):
    EXERCISE = TRADE_OFFS
    TABLE_ID = "trade-offs"
    COLUMNS = ("Constraint", "Fixed", "Firm", "Flexible", "Note")
    ROW_ACTIONS = frozenset({"setting", "cycle", "note", "edit"})
    STATUS_FOLLOWS_CURSOR = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "setting('fixed')", "Fixed"),
        Binding("2", "setting('firm')", "Firm"),
        Binding("3", "setting('flexible')", "Flexible"),
        Binding("s,space", "cycle", "Next setting", show=False),
        Binding("0,backspace", "setting('')", "Clear", show=False),
        Binding("n", "note", "Note"),
    ]

    def __init__(self, meeting: LiveMeeting, item_index: int) -> None:
        super().__init__(meeting, item_index)
        self.actions: TradeOffActions = TradeOffActions(meeting)

    def hint(self) -> str:
        return "When something has to give, which gives first? 1 fixed · 2 firm · 3 flexible"

    def state(self) -> TradeOffs:
        return self.actions.sliders(self.item_index)

    def rows(self, state: TradeOffs) -> list[tuple[str, Cells]]:
        return [(slider.name, slider_cells(slider)) for slider in state.sliders]

    def status(self, state: TradeOffs) -> Text:
        counts = [f"{len(state.with_setting(s))} {s}" for s in SETTINGS]
        text = Text(" · ".join(counts) + f" · {len(state.unset)} not set")
        text.append(self.cut_text())  # the whole note when the table cut it
        if state.broken:
            for broken in state.broken:
                text.append(f"\nRule broken: {broken}", style=BROKEN_STYLE)
        elif not state.unset:
            text.append(f"\nThe rule holds. {RULE}", style="bold green")
        else:
            text.append(f"\n{RULE}")
        return text

    # ----- keys ----------------------------------------------------------------------------
    def action_setting(self, setting: str) -> None:
        self.act_on_selected(
            lambda row: self.actions.set_setting(self.item_index, row.name, setting)
        )

    def action_cycle(self) -> None:
        self.act_on_selected(lambda row: self.actions.cycle_setting(self.item_index, row.name))

    def action_note(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.ask(
            f"Note: {chosen.name}",
            [Field("note", "Note", chosen.note, "why, or what would change it")],
            lambda values: self.actions.note_slider(self.item_index, chosen.name, values["note"]),
        )

    def action_edit(self) -> None:
        self.action_note()
