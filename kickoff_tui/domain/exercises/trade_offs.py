"""Trade-offs (`trade-offs`): which constraint gives when something has to give.

The sliders come from the item's `options: {sliders: [...]}` or the classic four (scope, time,
cost, quality); each is set to fixed, firm or flexible. The rule: at most one is fixed and at
least one is flexible. When the room breaks it the exercise says so (a flag, not a refusal).
Steps, all for one agenda item (data shape: TradeOffSet in domain/payloads.py):

- set {slider, + any of setting, note}: setting fixed, firm, flexible, or "" to clear it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kickoff_tui.domain.agenda import Item
from kickoff_tui.domain.exercises import common
from kickoff_tui.domain.exercises.common import TRADE_OFFS, option_names, steps, text
from kickoff_tui.domain.payloads import TradeOffSet, problem
from kickoff_tui.domain.session import Session

DEFAULT_SLIDERS = ("Scope", "Time", "Cost", "Quality")
FIXED, FIRM, FLEXIBLE = "fixed", "firm", "flexible"
SETTINGS = (FIXED, FIRM, FLEXIBLE)
TOO_MANY_FIXED = "more than one is fixed, but only one constraint can be held fixed"
NONE_FLEXIBLE = "none is flexible, but one has to give when something goes wrong"


@dataclass(frozen=True)
class Slider:
    name: str
    setting: str = ""  # fixed, firm, flexible, or "" before the room sets it
    note: str = ""


@dataclass
class TradeOffs:
    item: int
    sliders: list[Slider] = field(default_factory=list)
    skipped: int = 0

    def get(self, name: str) -> Slider | None:
        return next((s for s in self.sliders if s.name == name), None)

    def with_setting(self, setting: str) -> list[Slider]:
        return [s for s in self.sliders if s.setting == setting]

    @property
    def unset(self) -> list[Slider]:
        return self.with_setting("")

    @property
    def broken(self) -> list[str]:
        """The rules the room's settings break, in words; empty when they hold.

        "None flexible" counts only once every slider is set: until then one may still be.
        """
        found = [TOO_MANY_FIXED] if len(self.with_setting(FIXED)) > 1 else []
        if self.sliders and not self.unset and not self.with_setting(FLEXIBLE):
            found.append(NONE_FLEXIBLE)
        return found


def sliders_for(item: Item) -> tuple[str, ...]:
    """The item's own slider names (trimmed, duplicates dropped), else the classic four."""
    return option_names(item.options, "sliders") or DEFAULT_SLIDERS


def trade_offs(session: Session, item: int) -> TradeOffs:
    items = session.agenda.items
    names = sliders_for(items[item]) if 0 <= item < len(items) else ()
    found = {name: Slider(name) for name in names}
    state = TradeOffs(item)
    for step in steps(session, TRADE_OFFS, item):
        name = text(step.data, "slider")
        if step.action != "set" or name not in found or problem(TradeOffSet, step.data):
            state.skipped += 1
            continue
        changes = {key: text(step.data, key) for key in ("setting", "note") if key in step.data}
        found[name] = replace(found[name], **changes)
    state.sliders = list(found.values())
    return state


def ran_items(session: Session) -> list[int]:
    """Trade-off items that were reached or set, in agenda order."""
    return common.ran_items(session, TRADE_OFFS)
