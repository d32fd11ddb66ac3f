"""Checks of an exercise item's `options:`, one function per exercise that reads them.

Each check reports through the NodeReader, so every problem is a precise PATH:LINE:COL line
like the rest of `kickoff check`. `check_options` runs the item's exercise's check; an
exercise without one keeps its options as written.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node

from kickoff_tui.domain.agenda import SCOPE_SECTIONS
from kickoff_tui.storage.node_reader import NodeReader, clip
from kickoff_tui.storage.rights_options import decision_rights_options, milestones_options

TYPE_CHECKING = False  # no typing import at run time (kickoff check's start-up)
if TYPE_CHECKING:
    from collections.abc import Callable

MIN_SLIDERS = 2  # with one slider "at most one fixed, at least one flexible" is no trade-off


def _texts(reader: NodeReader, node: MappingNode, key: str) -> tuple[Node, tuple[str, ...]] | None:
    """The list under `key` (its node and texts), or None when absent or already reported."""
    for option_key, value in node.value:
        if getattr(option_key, "value", None) == key:
            texts = reader.text_list(value, key)
            return None if texts is None else (value, texts)
    return None


def repeated(node: Node, texts: tuple[str, ...] | None) -> list[tuple[Node, str]]:
    """The entries (node, text) that repeat an earlier one, case and spacing aside."""
    seen: set[str] = set()
    repeats: list[tuple[Node, str]] = []
    if texts is None:  # not a list, or a bad entry: already reported
        return repeats
    for entry, typed in zip(node.value, texts, strict=True):
        folded = " ".join(typed.split()).lower()
        if folded in seen:
            repeats.append((entry, typed))
        seen.add(folded)
    return repeats


def _fit_check(reader: NodeReader, node: MappingNode) -> None:
    found = _texts(reader, node, "dimensions")
    if found is None:
        return
    value, dimensions = found
    if not dimensions:
        reader.error(value, "dimensions: list at least one dimension to score")
    # scores are kept by dimension name, so two with one name would share a score
    for entry, name in repeated(value, dimensions):
        reader.error(entry, f"dimensions: '{clip(name)}' is listed twice")


def _scope(reader: NodeReader, node: MappingNode) -> None:
    """in, out, later, assumptions, constraints: each a list of lines from the statement of work."""
    fields = reader.mapping(node, "scope options", SCOPE_SECTIONS)
    for name, (_, value) in (fields or {}).items():
        for entry, line in repeated(value, reader.text_list(value, name)):
            reader.warn(entry, f"{name}: '{clip(line)}' is listed twice")


def _trade_offs(reader: NodeReader, node: MappingNode) -> None:
    fields = reader.mapping(node, "trade-offs options", ("sliders",))
    if not fields or "sliders" not in fields:
        return
    value = fields["sliders"][1]
    sliders = reader.text_list(value, "sliders")
    if sliders is None:
        return
    if len(sliders) < MIN_SLIDERS:
        reader.error(value, "sliders: list at least two constraints to trade off")
    # a setting is kept by slider name, so two with one name would share it
    for entry, name in repeated(value, sliders):
        reader.error(entry, f"sliders: '{clip(name)}' is listed twice")


OPTION_CHECKS: dict[str, Callable[[NodeReader, MappingNode], None]] = {
    "fit-check": _fit_check,
    "scope": _scope,
    "trade-offs": _trade_offs,
    "decision-rights": decision_rights_options,
    "milestones": milestones_options,
}


def check_options(reader: NodeReader, exercise: str, node: MappingNode) -> None:
    check = OPTION_CHECKS.get(exercise)
    if check is not None:
        check(reader, node)
