"""Refuse control characters in agenda text; warn about bidi overrides.

YAML itself refuses most raw control bytes, but a double-quoted value can spell any character
as an escape ("\\e]0;title\\a", "\\x9b", "\\u202e"). Such a value would reach the terminal as a
command (set the window title, clear the screen, write the clipboard with OSC 52), so every
text in the file is checked once, keys and exercise options included, before it is read.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.storage.node_reader import NodeReader, clip
from kickoff_tui.text_safety import char_name, first_bidi_control, first_control

# Tabs and line breaks are text layout (a block scalar's lines, a tab in a note), not commands.
_LAYOUT = "\t\n"


def check_characters(reader: NodeReader, root: Node) -> None:
    """Report each scalar holding a control character (an error) or a bidi control (a warning)."""
    seen: set[int] = set()
    stack: list[tuple[Node, str]] = [(root, "")]
    while stack:
        node, where = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            _check_scalar(reader, node, where)
        elif isinstance(node, SequenceNode):
            stack += [(child, f"{where}entry {n}: ") for n, child in enumerate(node.value, 1)]
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode):
                    _check_scalar(reader, key, "a key: ")
                    seen.add(id(key))
                    stack.append((value, f"{clip(key.value, 30)}: "))
                else:
                    stack += [(key, where), (value, where)]


def _check_scalar(reader: NodeReader, node: ScalarNode, where: str) -> None:
    text = str(node.value)
    control = first_control(text, allowed=_LAYOUT)
    if control is not None:
        named = char_name(control)
        reader.error(
            node, f"{where}control character {named} is not allowed in agenda text; remove it"
        )
        return
    bidi = first_bidi_control(text)
    if bidi is not None:
        reader.warn(
            node,
            f"{where}bidi control {char_name(bidi)} changes the order text is shown in; "
            "remove it unless the text needs it",
        )
