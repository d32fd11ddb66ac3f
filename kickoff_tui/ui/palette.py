"""The command palette's entries, built from the live bindings (the console and the editor).

Every binding with a description is also a palette entry, so the palette, the footer and the
help screen cannot drift apart. Textual's own scrolling and focus keys are left out.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen


def binding_commands(app: App[Any], screen: Screen[Any]) -> Iterable[SystemCommand]:
    keys: dict[str, list[str]] = {}
    found: dict[str, tuple[Binding, Any]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if not (binding.description and active.enabled and _declared_here(active.node, binding)):
            continue
        keys.setdefault(binding.action, []).append(app.get_key_display(binding))
        found.setdefault(binding.action, (binding, active.node))
    for action, (binding, node) in found.items():
        title = binding.tooltip or binding.description
        if binding.group is not None:
            title = f"{binding.group.description}: {binding.description}"

        async def run(action: str = action, node: Any = node) -> None:
            await app.run_action(action, node)

        yield SystemCommand(title, "key: " + " or ".join(keys[action]), run)


def _declared_here(node: object, binding: Binding) -> bool:
    """Declared by one of kickoff's own classes (not Textual's scrolling and focus keys)."""
    # compared without the key: Textual splits "right,pagedown" into one binding per key
    return any(
        isinstance(own, Binding)
        and (own.action, own.description) == (binding.action, binding.description)
        for cls in type(node).__mro__
        if cls.__module__.startswith("kickoff_tui")
        for own in vars(cls).get("BINDINGS", ())
    )


def typing_in(screen: Screen[Any]) -> bool:
    """Whether the focus is in a field that takes text (where `?` is a character, not help)."""
    from textual.widgets import Input

    text_area = sys.modules.get("textual.widgets._text_area")  # not imported: none on screen
    kinds = (Input, text_area.TextArea) if text_area is not None else (Input,)
    return isinstance(screen.focused, kinds)
