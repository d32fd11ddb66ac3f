"""The items list's edits, on the EditorState: add, duplicate, remove, move, timebox, prompts.

Textual-free. Every change goes through the document (it patches the file's text); the
structural ones are undoable (state.structural keeps the text before them).
"""

from __future__ import annotations

from collections.abc import Iterable

from kickoff_tui.domain.durations import MAX_SECONDS
from kickoff_tui.ui.editor.state import EditorState
from kickoff_tui.ui.editor.view import seconds_of, text_of

ITEMS = ("items",)
NEW_ITEM = {"title": "New item", "timebox": "5m"}
MIN_TIMEBOX = 60  # +/- stop at a minute: a shorter item is typed in its form


def count(state: EditorState) -> int:
    return len(state.view.items)


def add_item(state: EditorState, index: int) -> int:
    state.structural(
        f"item {index + 1} added", lambda doc: doc.insert_entry(ITEMS, index, dict(NEW_ITEM))
    )
    return index


def duplicate_item(state: EditorState, index: int) -> int:
    state.structural(f"item {index + 1} duplicated", lambda doc: doc.duplicate_entry(ITEMS, index))
    return index + 1


def remove_item(state: EditorState, index: int) -> str | None:
    """Remove item `index`; its title, or None when nothing was removed (an agenda keeps one
    item: the last is edited, not removed)."""
    if not 0 <= index < count(state) or count(state) == 1:
        return None
    title = text_of(state.view.items[index].get("title")) or f"item {index + 1}"
    state.structural(f"item {index + 1} removed", lambda doc: doc.remove_entry(ITEMS, index))
    return title


def move_item(state: EditorState, index: int, step: int) -> int | None:
    """Move item `index` up (-1) or down (1); its new index, or None at either end."""
    to = index + step
    if not (0 <= index < count(state) and 0 <= to < count(state)):
        return None
    state.structural(f"item {index + 1} moved", lambda doc: doc.move_entry(ITEMS, index, to))
    return to


def change_timebox(state: EditorState, index: int, delta: int) -> bool:
    """Add `delta` seconds to the timebox; False (nothing changed) below a minute, past 8h, or
    when the timebox does not read as a duration (the problems panel says why)."""
    if not 0 <= index < count(state):
        return False
    current = seconds_of(state.view.items[index].get("timebox"))
    if current is None or not MIN_TIMEBOX <= current + delta <= MAX_SECONDS:
        return False
    state.set_value((*ITEMS, index, "timebox"), current + delta)  # in the line's own form
    return True


def prompts_of(state: EditorState, index: int) -> list[str]:
    raw = state.view.items[index].get("prompts") if 0 <= index < count(state) else None
    return [text_of(p) for p in raw] if isinstance(raw, list) else []


def add_prompts(state: EditorState, index: int, prompts: Iterable[str]) -> int:
    """Add questions to the item's prompts (each once); how many were new."""
    state.flush()  # prompts typed in the form a moment ago come first
    if not 0 <= index < count(state):
        return 0
    current = prompts_of(state, index)
    new = [p for p in dict.fromkeys(prompts) if p not in current]
    if new:
        state.set_value((*ITEMS, index, "prompts"), current + new)
    return len(new)
