"""Where a key that is not in the file yet goes: in the order the agenda format lists keys.

A new `timekeeper:` lands after `note_taker:` if that is there, a new `timebox:` after
`title:`; keys the format does not order (exercise options) go last.
"""

from __future__ import annotations

from kickoff_tui.storage.agenda_schema import ITEM_KEYS, MEETING_KEYS, PERSON_KEYS, TOP_KEYS

Key = str | int


def canonical_keys(path: tuple[Key, ...]) -> tuple[str, ...]:
    """The format's key order for the mapping that holds path[-1]; () when it has none."""
    parent = path[:-1]
    if not parent:
        return TOP_KEYS
    if parent == ("meeting",):
        return MEETING_KEYS
    if len(parent) == 2 and isinstance(parent[1], int):
        return {"items": ITEM_KEYS, "people": PERSON_KEYS}.get(str(parent[0]), ())
    return ()


def insertion_index(path: tuple[Key, ...], present: list[str], key: str) -> int:
    """The index among `present` keys at which `key` goes."""
    order = canonical_keys(path)
    if key not in order:
        return len(present)
    rank = order.index(key)
    after = [i for i, name in enumerate(present) if name in order and order.index(name) < rank]
    if after:
        return after[-1] + 1
    before = [i for i, name in enumerate(present) if name in order and order.index(name) > rank]
    return before[0] if before else len(present)
