"""TradeOffActions: the `trade-offs` exercise's steps, each one journaled event.

Setting a slider that breaks the rule (at most one fixed, at least one flexible) is recorded
all the same: the room decides, the exercise flags it (domain/exercises/trade_offs.py).
"""

from __future__ import annotations

from kickoff_tui.domain.exercises import trade_offs
from kickoff_tui.domain.exercises.common import TRADE_OFFS, cycle
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError, _one_line


class TradeOffActions(ExerciseActions):
    def sliders(self, item: int) -> trade_offs.TradeOffs:
        return trade_offs.trade_offs(self.session, item)

    def _slider(self, item: int, name: str) -> trade_offs.Slider:
        found = self.sliders(item).get(name)
        if found is None:
            raise ExerciseInputError(f"'{name}' is not a slider of this exercise")
        return found

    def set_setting(self, item: int, name: str, setting: str) -> str:
        """fixed, firm or flexible (typed words match by prefix); "" clears it."""
        self._slider(item, name)
        chosen = self._choice(setting, trade_offs.SETTINGS, "setting")
        self._step(TRADE_OFFS, item, "set", slider=name, setting=chosen)
        return chosen

    def cycle_setting(self, item: int, name: str) -> str:
        chosen = cycle(self._slider(item, name).setting, trade_offs.SETTINGS)
        self._step(TRADE_OFFS, item, "set", slider=name, setting=chosen)
        return chosen

    def note_slider(self, item: int, name: str, note: str) -> None:
        self._slider(item, name)
        self._step(TRADE_OFFS, item, "set", slider=name, note=_one_line(note))
