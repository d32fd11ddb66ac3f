"""One screen per kickoff exercise, opened for an agenda item with `exercise: <name>`.

The item screen calls `open_exercise(app, meeting, item_index)`; screens are imported only
when opened, so the first frame never pays for them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from textual.app import App

from kickoff_tui.meeting import LiveMeeting

# exercise name -> (module, class) under kickoff_tui.ui.screens.exercises
SCREENS = {
    "stakeholder-map": ("stakeholder_map", "StakeholderMapScreen"),
    "fit-check": ("fit_check", "FitCheckScreen"),
    "success-criteria": ("success", "SuccessCriteriaScreen"),
    "comms-plan": ("comms", "CommsPlanScreen"),
    "risks": ("risks", "RisksScreen"),
    "scope": ("scope", "ScopeScreen"),
    "trade-offs": ("trade_offs", "TradeOffsScreen"),
    "decision-rights": ("decision_rights", "DecisionRightsScreen"),
    "milestones": ("milestones", "MilestonesScreen"),
}


def screen_class(exercise: str) -> type[Any] | None:
    found = SCREENS.get(exercise)
    if found is None:
        return None
    module = import_module(f"{__name__}.{found[0]}")
    screen: type[Any] = getattr(module, found[1])
    return screen


def open_exercise(
    app: App[Any],
    meeting: LiveMeeting,
    item_index: int,
    closed: Callable[[], None] | None = None,
) -> bool:
    """Push the exercise screen for an agenda item; False (and a notice) when it has none.

    `closed` runs when the facilitator leaves the exercise (to repaint what it changed).
    """
    items = meeting.session.agenda.items
    if not 0 <= item_index < len(items):
        return False
    exercise = items[item_index].exercise
    screen = screen_class(exercise)
    if screen is None:
        app.notify("This item has no exercise.", timeout=3, markup=False)
        return False
    app.push_screen(screen(meeting, item_index), lambda _: closed() if closed else None)
    return True
