"""The item screen's keys: what each does, shown in the footer, help and command palette."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from kickoff_tui.domain.events import ENTRY_LABELS
from kickoff_tui.ui.screens.undo_key import undo_binding
from kickoff_tui.ui.widgets.item_panel import MAX_CHECK_KEYS
from kickoff_tui.ui.widgets.kind_picker import CAPTURE_KEYS

CAPTURE = Binding.Group("Capture", compact=True)


def _key(keys: str, action: str, description: str, tooltip: str = "", show: bool = True) -> Binding:
    """A screen key, checked before the focused widget sees it.

    Priority matters for speed typists: the App handles a priority key before it routes the next
    one, so after `d` the very next letter already lands in the capture input (a normal binding
    runs only once the key has bubbled up, by which time later keys went to the old focus).
    While the input has focus, check_action turns these off and the letters reach the input.
    """
    return Binding(keys, action, description, show=show, tooltip=tooltip, priority=True)


ITEM_KEYS: list[BindingType] = [
    _key("space", "start", "Start", "Start the meeting"),
    _key("space", "pause", "Pause", "Pause the meeting clock"),
    _key("space", "resume", "Resume", "Resume the meeting clock"),
    _key("right,pagedown", "next_item", "Next", "Next agenda item"),
    _key("left,pageup", "previous_item", "Prev", "Previous agenda item"),
    _key("plus,equals_sign", "extend", "+1m", "Add a minute to this item"),
    _key("minus", "shorten", "-1m", "Take a minute off this item"),
    _key("g", "go_to", "Go to", "Go to any agenda item (re-open a past one)"),
    *(
        Binding(
            key,
            f"capture('{kind}')",
            kind.capitalize(),
            tooltip=f"Capture a {ENTRY_LABELS[kind].lower()}",
            group=CAPTURE,
            priority=True,
        )
        for key, kind in CAPTURE_KEYS.items()
    ),
    _key("e", "end_meeting", "End", "End the meeting and review"),
    _key("b", "toggle_sidebar", "Agenda", "Show or hide the agenda sidebar"),
    _key("i", "toggle_notes", "Notes", "Show or hide the private facilitator notes"),
    _key("o", "open_exercise", "Exercise", "Open this item's exercise"),
    _key("slash", "ask_question", "Ask", "Pick a question from the question bank to ask the room"),
    _key(
        "f",
        "mark_follow_up",
        "Follow up",
        "Mark an earlier action done, still open (new due date, @owner) or dropped (@who)",
    ),
    _key("m", "next_meeting", "Next mtg", "Set the next meeting: date, time, place or link"),
    # not priority: the capture input runs Esc itself, in order after the typed text
    Binding("escape", "cancel_capture", "Cancel", tooltip="Cancel the capture"),
    _key("enter", "edit_entry", "Edit entry", show=False),
    _key("k", "retype_entry", "Change entry kind", show=False),
    _key("x,delete", "delete_entry", "Delete entry", show=False),
    # not ctrl+z: the app keeps that for suspending to the shell
    undo_binding("undo_delete", priority=True),
    *(
        _key(str(n), f"tick({n - 1})", f"Tick checklist line {n}", show=False)
        for n in range(1, MAX_CHECK_KEYS + 1)
    ),
]

# What the footer keeps when the line is short (80 columns), most important first; `?` help
# always stays. The keys of the moment, capturing and moving on come before the view toggles.
ITEM_FOOTER_IMPORTANCE = (
    "start",
    "pause",
    "resume",
    "commit_capture",
    "cancel_capture",
    "capture",
    "next_item",
    "end_meeting",
    "previous_item",
    "go_to",
    "open_exercise",
    "ask_question",
    "toggle_sidebar",
    "toggle_notes",
    "quit",
    "extend",
    "shorten",
    "mark_follow_up",
    "next_meeting",  # once a meeting: help and the palette list it when the line is short
)
