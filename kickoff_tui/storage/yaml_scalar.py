"""Write one value as YAML text that reads back exactly as that value, in the style asked for.

Each candidate form (plain, 'single', "double", a | block) is checked by composing a small
snippet with the same composer the loader uses: a form is offered only when YAML reads it back
as the same text with the same type. Double quotes with escapes always work, so they come last.
The caller still verifies the whole document after splicing a form in (agenda_edits.py).
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.storage.node_reader import BOOL, INT, STR
from kickoff_tui.storage.yaml_marks import compose

# What a composed node is, as plain comparable data: scalars as (tag, text as typed),
# sequences as lists, mappings as lists of [key, value] pairs (order kept, duplicates kept).
# Typed loosely: edits index into it by position and compare it whole.
Data = Any

# Where a scalar sits: after "key: " in a block mapping, after "- " in a block sequence,
# or inside [ ] of a flow sequence.
AFTER_KEY, AFTER_DASH, IN_FLOW = "key", "dash", "flow"
_SNIPPETS = {AFTER_KEY: "k: {}", AFTER_DASH: "- {}", IN_FLOW: "[{}]"}
_FOLD_WIDTH = 88


def data_of(node: Node) -> Data:
    """The node as plain data (see Data); aliases are followed, so shared nodes repeat."""
    if isinstance(node, ScalarNode):
        return (node.tag, str(node.value))
    if isinstance(node, SequenceNode):
        return [data_of(child) for child in node.value]
    if isinstance(node, MappingNode):
        return [[data_of(key), data_of(value)] for key, value in node.value]
    raise TypeError(type(node).__name__)


def scalar_forms(
    value: str | int | bool, *, place: str, column: int, prefer: str | None = None
) -> list[tuple[str, Data]]:
    """Forms of `value` that read back exactly, best first, each with the data it reads as.

    `column` is where the owning key or dash starts: block scalar lines are indented past it.
    `prefer` is the style the value had before (None/'' plain, "'", '"', '|', '>'), tried first.
    """
    if isinstance(value, bool):
        return [("true" if value else "false", (BOOL, "true" if value else "false"))]
    if isinstance(value, int):
        return [(str(value), (INT, str(value)))]
    indent = " " * (column + 2)
    candidates: list[str | None] = []
    if prefer == ">":
        candidates.append(_folded(value, indent))
    if prefer == "|" or (prefer == ">" and "\n" in value):
        candidates.append(_literal(value, indent))
    if prefer == "'":
        candidates.append(_single(value))
    if prefer == '"':
        candidates.append(double_quoted(value))
    candidates += [_plain(value), _single(value)]
    if "\n" in value:
        candidates.append(_literal(value, indent))
    forms: list[tuple[str, Data]] = []
    for text in candidates:
        fresh = text is not None and text not in (form for form, _ in forms)
        if fresh and text is not None and reads_back(text, value, place, column):
            forms.append((text, (STR, value)))
    forms.append((double_quoted(value), (STR, value)))
    return forms


def reads_back(text: str, value: str, place: str, column: int = 0) -> bool:
    """Whether `text`, placed as a value at `place`, composes to the string `value`."""
    if place == IN_FLOW and "\n" in text:
        return False
    snippet = _SNIPPETS[place].format(text)
    if "\n" in text:  # block scalar lines are indented relative to the owner's column
        snippet = _SNIPPETS[place].format(_shift(text, -column))
    composed = compose(snippet, "")
    node = composed.node
    if composed.problems or node is None:
        return False
    if place == AFTER_KEY:
        if not isinstance(node, MappingNode) or len(node.value) != 1:
            return False
        node = node.value[0][1]
    else:
        if not isinstance(node, SequenceNode) or len(node.value) != 1:
            return False
        node = node.value[0]
    return isinstance(node, ScalarNode) and node.tag == STR and node.value == value


def _shift(text: str, by: int) -> str:
    """Move every continuation line of `text` left by -`by` columns (for the snippet)."""
    first, *rest = text.split("\n")
    return "\n".join([first, *(line[-by:] if line.strip() else line for line in rest)])


def _plain(value: str) -> str | None:
    if not value or value != value.strip() or not value.isprintable():
        return None
    return value


def _single(value: str) -> str | None:
    if not value.isprintable():
        return None
    return "'" + value.replace("'", "''") + "'"


def double_quoted(value: str) -> str:
    """Always valid: every character YAML could mistake is escaped."""
    out = ['"']
    for char in value:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char.isprintable() and char not in "\x85\u2028\u2029\ufeff":
            out.append(char)
        else:
            code = ord(char)
            out.append(
                f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000
                else f"\\U{code:08x}"
            )  # fmt: skip
    out.append('"')
    return "".join(out)


def _literal(value: str, indent: str) -> str | None:
    """`|` (one final line break) or `|-` (none); other endings or odd lines: None."""
    body, chomp = (value[:-1], "") if value.endswith("\n") else (value, "-")
    if not body or body.endswith("\n") or body.startswith((" ", "\t")):
        return None
    lines = body.split("\n")
    if not all(line.replace("\t", " ").isprintable() for line in lines):
        return None
    if lines[-1].strip() == "":
        return None
    return f"|{chomp}" + "".join("\n" + (indent + line if line else "") for line in lines)


def _folded(value: str, indent: str) -> str | None:
    """`>-` with the text wrapped at single spaces, as folded text was written before."""
    if "\n" in value or value != value.strip() or not value.isprintable():
        return None
    lines: list[str] = []
    line = ""
    for word in value.split(" "):
        if (
            line
            and word
            and not line.endswith(" ")
            and len(indent) + len(line + " " + word) > (_FOLD_WIDTH)
        ):
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line or lines else word
    lines.append(line)
    if any(not part or part.startswith(" ") or part.endswith(" ") for part in lines[:-1]):
        return ">-\n" + indent + value  # wrapping would change the spaces: one long line
    return ">-" + "".join("\n" + indent + part for part in lines)
