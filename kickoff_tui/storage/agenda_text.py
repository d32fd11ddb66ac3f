"""Refuse control characters in agenda text; warn about bidi overrides.

YAML itself refuses most raw control bytes, but a double-quoted value can spell any character
as an escape ("\\e]0;title\\a", "\\x9b", "\\u202e"). Such a value would reach the terminal as a
command (set the window title, clear the screen, write the clipboard with OSC 52), so every
text in the file is checked once, keys and exercise options included, before it is read.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.errors import Problem
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
        message = f"{where}control character {named} is not allowed in agenda text; remove it"
        at = _escape_position(reader.source, node, control)
        if at is None:
            reader.error(node, message)
        else:
            reader.problems.append(Problem(reader.shown, *at, message))
        return
    bidi = first_bidi_control(text)
    if bidi is not None:
        reader.warn(
            node,
            f"{where}bidi control {char_name(bidi)} changes the order text is shown in; "
            "remove it unless the text needs it",
        )


# YAML's one-character escapes in double-quoted text, and the digits of the numeric ones
_SIMPLE_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}


def _escape_position(source: str, node: ScalarNode, char: str) -> tuple[int, int] | None:
    """(line, column) of the escape in a double-quoted value that spells `char`, so the
    message points at the backslash rather than at the opening quote; None when unsure."""
    start, end = node.start_mark, node.end_mark
    if not source or start is None or end is None or node.style != '"':
        return None
    raw = source[start.index : end.index]
    if not raw.startswith('"'):
        return None  # the marks do not index this text
    i = 1
    while i < len(raw) - 1:
        if raw[i] != "\\":
            i += 1
            continue
        code = raw[i + 1]
        digits = _HEX_DIGITS.get(code, 0)
        try:
            value = (
                chr(int(raw[i + 2 : i + 2 + digits], 16)) if digits else _SIMPLE_ESCAPES.get(code)
            )
        except ValueError:
            value = None
        if value == char:
            at = start.index + i
            return source.count("\n", 0, at) + 1, at - (source.rfind("\n", 0, at) + 1) + 1
        i += 2 + digits
    return None
