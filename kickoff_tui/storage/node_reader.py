"""Read typed values out of composed YAML nodes, recording a precise Problem for each mistake.

Every reader returns None (or a default) after recording a problem, so the caller carries on
and the user sees every problem in one run. Scalars are read from their raw text, which is
what the user typed, so YAML 1.1 surprises (`no` is false, `10:30` is 630) can be explained.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.domain.durations import DurationError, format_duration, parse_duration
from kickoff_tui.errors import Problem
from kickoff_tui.storage.yaml_marks import each_node

TYPE_CHECKING = False  # no typing import at run time: kickoff check starts ~4 ms sooner
if TYPE_CHECKING:
    from typing import Any

_TAG = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, TIMESTAMP = (
    _TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)
MERGE = _TAG + "merge"
SAFE_TAGS = {STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, _TAG + "seq", _TAG + "map"}
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CONSTRUCTOR = SafeConstructor()

# A key and its value node, as found in a mapping.
Field = tuple[ScalarNode, Node]


def describe(node: Node) -> str:
    """What a node is, in words a non-programmer knows."""
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping of keys"
    names = {STR: "text", INT: "a number", FLOAT: "a number", BOOL: "true/false"}
    names |= {NULL: "nothing", TIMESTAMP: "a date"}
    return names.get(node.tag, "a tagged value")


def suggest(word: str, choices: Sequence[str]) -> str:
    """'; did you mean 'x'?' when something is close, else ''."""
    import difflib  # only a misspelt key needs it; every clean `kickoff check` skips it

    close = difflib.get_close_matches(word.lower(), [c.lower() for c in choices], n=1, cutoff=0.6)
    if not close:
        return ""
    original = next(c for c in choices if c.lower() == close[0])
    return f"; did you mean '{original}'?"


def clip(text: str, limit: int = 60) -> str:
    """Echo at most `limit` characters of what the user wrote."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shorthand(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag


class NodeReader:
    """Collects problems for one file while values are read out of its nodes."""

    def __init__(self, shown: str, source: str = "") -> None:
        self.shown = shown
        self.source = source  # the text the nodes were composed from, when the caller has it
        self.problems: list[Problem] = []
        self.refused: set[int] = set()  # nodes already reported for an unsafe tag
        # (id of mapping, key) where an unknown key was "did you mean" that key: the
        # missing-key error would only repeat the same mistake
        self.misspelt: set[tuple[int, str]] = set()

    # -- recording ---------------------------------------------------------------------------
    def error(self, node: Node, message: str) -> None:
        self._add(node, message, warning=False)

    def warn(self, node: Node, message: str) -> None:
        self._add(node, message, warning=True)

    def _add(self, node: Node, message: str, *, warning: bool) -> None:
        mark = node.start_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        self.problems.append(Problem(self.shown, line, col, message, warning))

    # -- whole-tree checks -------------------------------------------------------------------
    def refuse_unsafe_tags(self, root: Node) -> None:
        """Report every tag outside plain data: `!!python/...` and friends never load."""
        for node in each_node(root):
            if node.tag not in SAFE_TAGS and node.tag != MERGE:
                self.refused.add(id(node))
                tag = shorthand(node.tag)
                if node.tag.startswith(_TAG + "python/"):
                    self.error(node, f"tag '{tag}' is refused: agendas are plain data only")
                else:
                    self.error(node, f"tag '{tag}' is not supported in an agenda; remove it")

    # -- mappings ----------------------------------------------------------------------------
    def mapping(self, node: Node, what: str, allowed: Sequence[str]) -> dict[str, Field] | None:
        """The keys of a mapping node, reporting unknown and duplicate keys."""
        if id(node) in self.refused:
            return None
        if not isinstance(node, MappingNode):
            hint = ""
            if isinstance(node, SequenceNode):
                hint = "; remove the '- ' in front of its keys"
            elif node.tag == STR:
                hint = f"; write its keys as lines like '{allowed[0]}: ...'"
            self.error(node, f"{what} must be a mapping of keys, found {describe(node)}{hint}")
            return None
        found: dict[str, Field] = {}
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.tag == MERGE:
                self.error(key, "merge keys ('<<') are not supported; write the keys out")
                continue
            if not isinstance(key, ScalarNode) or key.tag not in (STR, INT, FLOAT, BOOL, NULL):
                if id(key) not in self.refused:
                    self.error(key, f"a key in {what} must be plain text, found {describe(key)}")
                continue
            name = str(key.value)
            if name in found:
                first = found[name][0].start_mark
                at = f" (first at line {first.line + 1})" if first is not None else ""
                self.error(
                    key, f"duplicate key '{clip(name)}'{at}; YAML would keep only the last one"
                )
                continue
            if name not in allowed:
                hint = suggest(name, allowed)
                if hint:
                    self.misspelt.add((id(node), hint.split("'")[1]))
                else:
                    hint = f"; allowed: {', '.join(allowed)}"
                self.error(key, f"unknown key '{clip(name)}' in {what}{hint}")
                continue
            found[name] = (key, value)
        return found

    def missing(self, node: Node, what: str, key: str, example: str) -> None:
        """Report a required key, unless a misspelt key here was already matched to it."""
        if (id(node), key) in self.misspelt:
            return
        if example.startswith(key):
            self.error(node, f"{what} has no '{key}:'; add {example}")
        else:
            self.error(node, f"{what} has no '{key}'; add one, e.g. '{key}: {example}'")

    # -- scalars -----------------------------------------------------------------------------
    def text(self, node: Node, key: str) -> str | None:
        """Text as typed; '' for an empty value; None after a problem."""
        if id(node) in self.refused:
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, f"{key}: expected text, found {describe(node)}")
            return None
        if node.tag == BOOL:
            self.error(node, f"{key}: " + self._bool_trap(node, "text"))
            return None
        if node.tag == NULL:
            return ""
        return str(node.value)

    def required_text(
        self, fields: dict[str, Field], node: Node, what: str, key: str, example: str
    ) -> str | None:
        if key not in fields:
            self.missing(node, what, key, example)
            return None
        value_node = fields[key][1]
        value = self.text(value_node, key)
        if value is not None and not value.strip():
            self.error(value_node, f"{key} is empty; write e.g. '{key}: {example}'")
            return None
        return value

    def _bool_trap(self, node: ScalarNode, wanted: str) -> str:
        meaning = "true" if _CONSTRUCTOR.construct_yaml_bool(node) else "false"
        raw = node.value
        return f"'{raw}' is read by YAML as {meaning}, not as {wanted}; put it in quotes: \"{raw}\""

    def duration(self, node: Node, key: str) -> int | None:
        """Seconds, from '45s', '5m', '1h30m' or a bare number of minutes."""
        if id(node) in self.refused:
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, f"{key}: expected a duration like '10m', found {describe(node)}")
            return None
        raw = str(node.value).strip()
        if node.tag == NULL or not raw:
            self.error(node, f"{key} is empty; write a duration like '10m' or '1h30m'")
            return None
        if node.tag == BOOL:
            self.error(node, f"{key}: " + self._bool_trap(node, "a duration"))
            return None
        plain = not node.style  # None from PyYAML, '' from libyaml
        if node.tag in (INT, FLOAT) and plain and _SEXAGESIMAL.match(raw):
            self.error(node, f"{key}: " + _sexagesimal(raw, scalar_value(node)))
            return None
        if len(raw) > 40:
            self.error(node, f"{key}: '{clip(raw)}' is not a duration; write e.g. '10m'")
            return None
        if raw.startswith("-") and _is_duration(raw[1:]):
            self.error(node, f"{key}: '{raw}' must be longer than zero")
            return None
        try:
            return parse_duration(raw)
        except DurationError as exc:
            # '1h30' is a common slip: the minutes' unit was left off ('1.5' has no unit at all)
            if any(c.isalpha() for c in raw) and _is_duration(raw + "m"):
                self.error(node, f"{key}: '{raw}' ends without a unit; did you mean '{raw}m'?")
            else:
                self.error(node, f"{key}: {exc}")
            return None

    def boolean(self, node: Node, key: str) -> bool | None:
        if id(node) in self.refused:
            return None
        if isinstance(node, ScalarNode) and node.tag == BOOL:
            return bool(_CONSTRUCTOR.construct_yaml_bool(node))
        found = describe(node)
        if isinstance(node, ScalarNode) and node.tag == STR:
            found = f"the text '{clip(node.value)}'"
            if str(node.value).lower() in _CONSTRUCTOR.bool_values:
                found += "; write true or false without quotes"
        self.error(node, f"{key}: expected true or false, found {found}")
        return None

    def choice(self, node: Node, key: str, allowed: Sequence[str]) -> str | None:
        """One of a fixed set of words (case does not matter); '' when left empty."""
        value = self.text(node, key)
        if not value:
            return value
        word = value.strip().lower()
        if word in allowed:
            return word
        hint = suggest(word, allowed)
        self.error(node, f"{key}: '{clip(value)}' is not one of: {', '.join(allowed)}{hint}")
        return None

    def iso_date(self, node: Node, key: str) -> str | None:
        value = self.text(node, key)
        if not value:
            return value
        if not _ISO_DATE.match(value.strip()):
            self.error(
                node, f"{key}: '{clip(value)}' is not a date; write YYYY-MM-DD, e.g. 2025-03-14"
            )
            return None
        try:
            datetime.date.fromisoformat(value.strip())
        except ValueError as exc:
            self.error(node, f"{key}: '{value}' is not a real date ({exc})")
            return None
        return value.strip()

    # -- lists -------------------------------------------------------------------------------
    def text_list(self, node: Node, key: str) -> tuple[str, ...] | None:
        """A list of non-empty texts; an empty value is an empty list."""
        if id(node) in self.refused:
            return None
        if isinstance(node, ScalarNode) and node.tag == NULL:
            return ()
        if not isinstance(node, SequenceNode):
            self.error(
                node,
                f"{key}: expected a list, found {describe(node)}; "
                "write each entry on its own line starting with '- '",
            )
            return None
        values: list[str] = []
        ok = True
        for position, entry in enumerate(node.value, start=1):
            if isinstance(entry, MappingNode) and len(entry.value) == 1:
                self.error(
                    entry,
                    f"{key}: entry {position} contains ': ', which YAML reads as a key; "
                    "put the whole entry in quotes",
                )
                ok = False
                continue
            value = self.text(entry, f"{key}: entry {position}")
            if value is None:
                ok = False
            elif not value.strip():
                self.error(entry, f"{key}: entry {position} is empty")
                ok = False
            else:
                values.append(value)
        return tuple(values) if ok else None

    # -- free-form data ----------------------------------------------------------------------
    def plain(self, node: Node, key: str) -> Any:
        """Any plain data (for exercise options): JSON-ready dicts, lists and scalars."""
        if isinstance(node, SequenceNode):
            return [self.plain(child, key) for child in node.value]
        if isinstance(node, MappingNode):
            result: dict[str, Any] = {}
            for child_key, child in node.value:
                if not isinstance(child_key, ScalarNode):
                    found = describe(child_key)
                    self.error(child_key, f"{key}: a key must be plain text, found {found}")
                    continue
                if child_key.value in result:
                    self.error(child_key, f"{key}: duplicate key '{clip(child_key.value)}'")
                    continue
                result[str(child_key.value)] = self.plain(child, f"{key}.{child_key.value}")
            return result
        return scalar_value(node) if isinstance(node, ScalarNode) else None


def scalar_value(node: ScalarNode) -> Any:
    """A scalar as plain JSON-ready data; dates and unknown tags stay as the text typed."""
    try:
        if node.tag == BOOL:
            return _CONSTRUCTOR.construct_yaml_bool(node)
        if node.tag == INT:
            return _CONSTRUCTOR.construct_yaml_int(node)
        if node.tag == FLOAT:
            return _CONSTRUCTOR.construct_yaml_float(node)
    except (ConstructorError, ValueError):
        pass
    if node.tag == NULL:
        return None
    return str(node.value)


def _is_duration(text: str) -> bool:
    try:
        parse_duration(text)
    except DurationError:
        return False
    return True


def _sexagesimal(raw: str, number: object) -> str:
    parts = [int(p or 0) for p in re.split(r"[:.]", raw.lstrip("+-"))][:3]
    if len(parts) == 3:
        hint = f"'{format_duration(parts[0] * 3600 + parts[1] * 60 + parts[2])}'"
    else:
        first, second = parts[0], parts[1]
        minutes = format_duration(first * 60 + second)
        hours = format_duration(first * 3600 + second * 60)
        hint = f"'{minutes}' or '{hours}'"
    return (
        f"'{raw}' is read by YAML as the number {number} (base 60), not a time; "
        f"write the duration with units, e.g. {hint}"
    )
