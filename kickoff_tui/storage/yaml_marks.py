"""Read an agenda file safely and compose it into YAML nodes that keep their line and column.

Composing (not constructing) keeps every node's mark, so each problem can say where it is.
Nothing here builds Python objects from tags: `!!python/...` can never run.
"""

from __future__ import annotations

import os

import yaml
from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from kickoff_tui.errors import Problem

TYPE_CHECKING = False  # no typing import at run time: kickoff check starts ~4 ms sooner
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

MAX_BYTES = 1024 * 1024
# An agenda nests 6 levels at most (top, items, item, options, dimensions, text); leave room.
MAX_DEPTH = 50
# Nodes reachable again through aliases. A real agenda reuses a few lists; a "billion laughs"
# file reaches this after a handful of aliases, long before memory or time matter.
MAX_ALIAS_NODES = 100_000


class ComposeLimit(yaml.MarkedYAMLError):
    """The document is too deep or expands too much through aliases."""


class Composed:
    __slots__ = ("node", "problems")  # a plain class: see errors.Problem

    def __init__(self, node: Node | None, problems: list[Problem]) -> None:
        self.node = node  # None when the document is empty or could not be read
        self.problems = problems


def read_source(path: str | os.PathLike[str], shown: str) -> tuple[str | None, list[Problem]]:
    """The file's text, or the problem that stops it being read. Size is checked before parsing."""
    try:
        if os.path.isdir(path):
            return None, [Problem(shown, 0, 0, "is a folder, not an agenda file")]
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None, [Problem(shown, 0, 0, "no such file")]
    except PermissionError:
        return None, [Problem(shown, 0, 0, "permission denied; cannot read the file")]
    except OSError as exc:
        return None, [Problem(shown, 0, 0, f"cannot read the file: {exc.strerror or exc}")]
    if len(data) > MAX_BYTES:
        return None, [Problem(shown, 0, 0, "is larger than 1 MiB; an agenda is a small text file")]
    return decode_source(data, shown)


def decode_source(data: bytes, shown: str) -> tuple[str | None, list[Problem]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Problem(shown, 0, 0, "is saved as UTF-16; save it as UTF-8 instead")]
    if b"\x00" in data:
        return None, [Problem(shown, 0, 0, "is a binary file (it contains NUL bytes), not YAML")]
    # a leading BOM is fine (editors on Windows add it); "utf-8-sig" would load a codec
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        start = exc.start
        before = data[:start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        col = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        byte = data[start]
        message = f"byte 0x{byte:02X} is not UTF-8 text; save the file as UTF-8"
        return None, [Problem(shown, line, col, message)]


class _Composer:
    """Build PyYAML nodes (with their marks) from a parser's events, within the limits.

    Does what PyYAML's Composer does, with the same errors, but in one tight loop: scalars are
    built inline and only collections recurse, and each scalar's implicit tag is resolved
    once per distinct text (an agenda repeats `title`, `timebox`, `5m` hundreds of times).
    That halves the time `kickoff check` spends composing. The limits: a depth limit, an
    alias budget and no recursive aliases, each reported where the offending node starts.
    """

    def __init__(self, parser: Any) -> None:
        self._get = parser.get_event
        self._resolve: Any = Resolver().resolve
        self._tags: dict[tuple[str, Any], str] = {}
        self._anchors: dict[str, Node] = {}
        self._open_anchors: set[str] = set()
        self._depth = 0
        self._alias_nodes = 0
        # id(node) -> (nodes reachable, height); aliases make the tree a DAG, so memoise
        self._shape: dict[int, tuple[int, int]] = {}

    def document(self) -> Node:
        self._get()  # DocumentStartEvent
        node = self._node(self._get())
        self._get()  # DocumentEndEvent
        return node

    def _node(self, event: Any) -> Node:
        kind = event.__class__
        if kind is ScalarEvent:
            return self._scalar(event)
        if kind is AliasEvent:
            return self._alias(event)
        self._enter(event)
        anchor = event.anchor
        try:
            if kind is SequenceStartEvent:
                return self._sequence(event)
            return self._mapping(event)
        finally:
            self._depth -= 1
            if anchor is not None:
                self._open_anchors.discard(anchor)

    def _enter(self, event: Any) -> None:
        """Depth and anchor checks as a collection opens, in PyYAML's order."""
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise ComposeLimit(problem="nesting too deep", problem_mark=event.start_mark)
        if event.anchor is not None:
            self._new_anchor(event)
            self._open_anchors.add(event.anchor)

    def _new_anchor(self, event: Any) -> None:
        first = self._anchors.get(event.anchor)
        if first is not None:
            raise ComposerError(
                f"found duplicate anchor {event.anchor!r}; first occurrence",
                first.start_mark,
                "second occurrence",
                event.start_mark,
            )

    def _scalar(self, event: Any) -> ScalarNode:
        if self._depth >= MAX_DEPTH:  # the scalar sits one level below its parent
            raise ComposeLimit(problem="nesting too deep", problem_mark=event.start_mark)
        anchor = event.anchor
        if anchor is not None:
            self._new_anchor(event)
        tag = event.tag
        if tag is None or tag == "!":
            key = (event.value, event.implicit)
            tag = self._tags.get(key)
            if tag is None:
                tag = self._tags[key] = self._resolve(ScalarNode, event.value, event.implicit)
        node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
        if anchor is not None:
            self._anchors[anchor] = node
        return node

    def _sequence(self, start: Any) -> SequenceNode:
        tag = start.tag
        if tag is None or tag == "!":
            tag = Resolver.DEFAULT_SEQUENCE_TAG
        items: list[Node] = []
        node = SequenceNode(tag, items, start.start_mark, None, flow_style=start.flow_style)
        if start.anchor is not None:
            self._anchors[start.anchor] = node
        get = self._get
        event = get()
        while event.__class__ is not SequenceEndEvent:
            items.append(
                self._scalar(event) if event.__class__ is ScalarEvent else self._node(event)
            )
            event = get()
        node.end_mark = event.end_mark
        return node

    def _mapping(self, start: Any) -> MappingNode:
        tag = start.tag
        if tag is None or tag == "!":
            tag = Resolver.DEFAULT_MAPPING_TAG
        pairs: list[tuple[Node, Node]] = []
        node = MappingNode(tag, pairs, start.start_mark, None, flow_style=start.flow_style)
        if start.anchor is not None:
            self._anchors[start.anchor] = node
        get = self._get
        event = get()
        while event.__class__ is not MappingEndEvent:
            key = self._scalar(event) if event.__class__ is ScalarEvent else self._node(event)
            event = get()
            value = self._scalar(event) if event.__class__ is ScalarEvent else self._node(event)
            pairs.append((key, value))
            event = get()
        node.end_mark = event.end_mark
        return node

    def _alias(self, event: Any) -> Node:
        anchor = event.anchor
        if anchor in self._open_anchors:
            raise ComposeLimit(problem="recursive alias", problem_mark=event.start_mark)
        target = self._anchors.get(anchor)
        if target is None:
            raise ComposerError(None, None, f"found undefined alias {anchor!r}", event.start_mark)
        size, height = self._measure(target)
        self._alias_nodes += size
        if self._alias_nodes > MAX_ALIAS_NODES:
            raise ComposeLimit(problem="alias expansion", problem_mark=event.start_mark)
        if self._depth + height > MAX_DEPTH:
            raise ComposeLimit(problem="nesting too deep", problem_mark=event.start_mark)
        return target

    def _measure(self, node: Node) -> tuple[int, int]:
        known = self._shape.get(id(node))
        if known is not None:
            return known
        size, height = 1, 1
        if isinstance(node, SequenceNode | MappingNode):
            children: list[Node] = []
            if isinstance(node, SequenceNode):
                children = list(node.value)
            else:
                for key, value in node.value:
                    children += [key, value]
            for child in children:
                child_size, child_height = self._measure(child)
                size += child_size
                height = max(height, child_height + 1)
        self._shape[id(node)] = (size, height)
        return size, height


class PureLoader(yaml.SafeLoader):
    """Pure-Python scanner and parser: slower, but its error messages are the ones
    yaml_errors explains. Only its events are used."""


FastLoader: type[Any] | None = None
if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    FastLoader = CParser  # libyaml's scanner and parser: several times faster, same events


class _Retry(Exception):
    """libyaml refused the text: compose again with the pure loader to explain why."""


def each_node(root: Node) -> Iterator[Node]:
    """Every node under `root` once, each before its children (an alias shares its anchor's
    node: it is not walked twice)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack += [key, value]


def compose(text: str, shown: str) -> Composed:
    """Compose the single YAML document in `text`; every problem found is in `problems`."""
    if FastLoader is not None:
        try:
            return _compose_with(FastLoader, text, shown, retry_on_syntax=True)
        except _Retry:
            pass
    return _compose_with(PureLoader, text, shown, retry_on_syntax=False)


def _compose_with(
    loader_type: type[Any], text: str, shown: str, *, retry_on_syntax: bool
) -> Composed:
    problems: list[Problem] = []
    node: Node | None = None
    loader: Any = None
    try:
        loader = loader_type(text)
        if loader.check_event(StreamStartEvent):
            loader.get_event()
        if not loader.check_event(StreamEndEvent):
            node = _Composer(loader).document()
        if not loader.check_event(StreamEndEvent):
            second = loader.peek_event().start_mark
            problems.append(
                Problem(
                    shown,
                    second.line + 1,
                    second.column + 1,
                    "a second YAML document starts here; an agenda file holds one document, "
                    "so remove this '---' line or split the file",
                )
            )
    except ComposeLimit as exc:
        return Composed(None, [limit_problem(exc, shown)])
    except (yaml.MarkedYAMLError, yaml.reader.ReaderError) as exc:
        if retry_on_syntax:
            raise _Retry from None
        # only a broken file needs the explanations (and their regular expressions)
        from kickoff_tui.storage.yaml_errors import reader_problem, syntax_problem

        if isinstance(exc, yaml.reader.ReaderError):
            return Composed(None, [reader_problem(exc, text, shown)])
        return Composed(None, [syntax_problem(exc, text, shown)])
    except RecursionError:  # a safety net: MAX_DEPTH should stop deep files first
        return Composed(None, [Problem(shown, 0, 0, "nests too deeply to be an agenda")])
    finally:
        if loader is not None:
            loader.dispose()
    if node is None or (isinstance(node, ScalarNode) and node.tag.endswith(":null")):
        if not problems:
            what = "is empty" if not text.strip() else "holds only comments"
            problems.append(
                Problem(shown, 0, 0, f"{what}; an agenda needs 'meeting:' and 'items:'")
            )
        return Composed(None, problems)
    return Composed(node, problems)


def limit_problem(exc: ComposeLimit, shown: str) -> Problem:
    mark = exc.problem_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
    messages = {
        "nesting too deep": f"nested more than {MAX_DEPTH} levels deep; an agenda is "
        "a few levels of keys and lists",
        "recursive alias": "this alias refers to the node that contains it; "
        "an agenda cannot contain itself",
        "alias expansion": "aliases here expand to too much data (more than "
        f"{MAX_ALIAS_NODES:,} values); write the agenda out without '*' aliases",
    }
    return Problem(shown, line, col, messages[str(exc.problem)])
