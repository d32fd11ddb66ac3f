"""The undo key: the same key, words and rule on every screen that removes things.

The rule, kept by LiveMeeting: `u` brings back what was removed last from the list on this
screen, then the one before, for as long as the app runs. The item screen and the review share
the list of entries; each exercise has its own. Closing a screen keeps its list.
"""

from __future__ import annotations

from textual.binding import Binding

UNDO_KEY = "u"
UNDO_DESCRIPTION = "Undo"
UNDO_RULE = "Bring back what was removed last here, then the one before, until you quit"


def undo_binding(action: str = "undo", *, show: bool = False, priority: bool = False) -> Binding:
    return Binding(
        UNDO_KEY, action, UNDO_DESCRIPTION, show=show, tooltip=UNDO_RULE, priority=priority
    )


def undo_state(available: bool) -> bool | None:
    """check_action's answer for the undo key: dimmed, never hidden, when there is nothing to
    undo, so the help screen states the rule on every screen that has it."""
    return True if available else None
