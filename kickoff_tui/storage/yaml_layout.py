"""Where things sit in a YAML text: line bounds, where a node's content really ends, a block
list's entries as whole lines, and how this file indents.

PyYAML's marks are exact for scalars and flow collections, but a block collection's end mark
runs on past the blank lines and comments that follow it, and a block scalar's past its
trailing line breaks; `content_end` finds the last character that belongs to the node.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.errors import KickoffError


class EditError(KickoffError):
    """An edit that cannot be made safely (a wrong path, a layout the editor does not patch);
    the one-line message says what to do instead. The document is left unchanged."""


class Layout:
    """Positions in one text (str indexes, as the composer's marks count)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newline = "\r\n" if "\r\n" in text else "\n"

    def line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def line_end(self, index: int) -> int:
        """The start of the next line (past the line break), or the end of the text."""
        found = self.text.find("\n", index)
        return len(self.text) if found < 0 else found + 1

    def only_spaces_before(self, index: int) -> bool:
        return self.text[self.line_start(index) : index].strip(" ") == ""

    def content_end(self, node: Node) -> int:
        """The index just past the last character that belongs to `node`."""
        if isinstance(node, ScalarNode):
            if node.style in ("|", ">"):
                end = node.end_mark.index
                while end > node.start_mark.index and self.text[end - 1] in " \t\r\n":
                    end -= 1
                return self._line_content_end(end)
            return int(node.end_mark.index)
        if getattr(node, "flow_style", False):
            return int(node.end_mark.index)
        if isinstance(node, SequenceNode) and node.value:
            return max(node.start_mark.index + 1, self.content_end(node.value[-1]))
        if isinstance(node, MappingNode) and node.value:
            key, value = node.value[-1]
            return max(int(key.end_mark.index), self.content_end(value))
        return int(node.end_mark.index)

    def _line_content_end(self, index: int) -> int:
        """The end of the line `index` is on, before its line break: a block scalar's last line
        may end in spaces that are part of its text."""
        end = self.line_end(index)
        while end > index and self.text[end - 1] in "\r\n":
            end -= 1
        return end

    def colon_after(self, key: Node) -> int:
        """The index of the ':' that ends a block mapping key."""
        at = self.text.find(":", key.end_mark.index)
        if at < 0 or self.text[key.end_mark.index : at].strip():
            raise EditError("cannot find the ':' after this key; edit this line by hand")
        return at

    def is_alias(self, value: Node, owner_end: int) -> bool:
        """A node reached through '*name' carries the marks of its '&name' definition,
        which comes before the place that refers to it."""
        return bool(value.start_mark.index < owner_end)

    def alias_end(self, start: int) -> int:
        """The end of the '*name' token that starts after `start` (spaces skipped)."""
        at = start
        while at < len(self.text) and self.text[at] == " ":
            at += 1
        if at >= len(self.text) or self.text[at] != "*":
            raise EditError("cannot find the '*alias' here; edit this line by hand")
        while at < len(self.text) and self.text[at] not in " \t\r\n,]}":
            at += 1
        return at


class Entries:
    """A block list's entries as whole lines: [gap 0 = ''][entry 0][gap 1][entry 1]...

    Each entry runs from the start of its '- ' line to the end of its last content line
    (line break included); a gap is what lies between two entries (blank lines, comments).
    Edits rebuild the region from (gap, entry) pairs, so moved and kept entries stay byte for
    byte what they were, and the gaps stay where they were.
    """

    def __init__(self, layout: Layout, node: SequenceNode) -> None:
        if getattr(node, "flow_style", False) or not node.value:
            raise EditError("this list is written in [ ] style; edit it as a whole")
        self.layout = layout
        text = layout.text
        spans: list[tuple[int, int]] = []
        for child in node.value:
            dash = self._dash_before(child.start_mark.index)
            if not layout.only_spaces_before(dash):
                raise EditError("list entries here do not each start a line; edit by hand")
            start = layout.line_start(dash)
            end = layout.line_end(max(layout.content_end(child), dash + 1) - 1)
            if spans and start < spans[-1][1]:
                raise EditError("list entries here share a line; edit this list by hand")
            spans.append((start, end))
        self.column = int(node.start_mark.column)  # where each '-' sits
        self.spans = spans
        self.start, self.end = spans[0][0], spans[-1][1]
        self.pairs = [
            (text[spans[i - 1][1] : start] if i else "", text[start:end])
            for i, (start, end) in enumerate(spans)
        ]
        self.open_end = not text[self.start : self.end].endswith("\n")

    def _dash_before(self, index: int) -> int:
        text = self.layout.text
        at = index - 1
        while at >= 0 and text[at] in " \t\r\n":
            at -= 1
        if at < 0 or text[at] != "-":
            raise EditError("cannot find this entry's '- '; edit this list by hand")
        return at

    def separator(self) -> str:
        """The blank lines between entries in this list (none when it has no blank gaps)."""
        for gap, _ in self.pairs[1:]:
            if gap.strip() == "":
                return gap
        return ""

    def rebuild(self, pairs: list[tuple[str, str]]) -> str:
        """The text with the list's region replaced by `pairs` (each entry ends a line)."""
        newline = self.layout.newline
        body = "".join(
            gap + (entry if entry.endswith("\n") else entry + newline) for gap, entry in pairs
        )
        if self.open_end:
            body = body.removesuffix(newline)
        text = self.layout.text
        return text[: self.start] + body + text[self.end :]


def block_indents(root: Node) -> tuple[int, int]:
    """(list indent, mapping indent) this file uses under a key: how far '- ' and nested keys
    sit right of their key. 2 and 2 when the file shows neither."""
    list_indent = map_indent = None
    stack = [root]
    while stack and (list_indent is None or map_indent is None):
        node = stack.pop()
        if not isinstance(node, MappingNode):
            if isinstance(node, SequenceNode):
                stack.extend(node.value)
            continue
        for key, value in node.value:
            if value.start_mark.line <= key.start_mark.line or getattr(value, "flow_style", 0):
                stack.append(value)
                continue
            shift = value.start_mark.column - key.start_mark.column
            if isinstance(value, SequenceNode) and list_indent is None:
                list_indent = shift  # a block list's mark is its first '-'
            elif isinstance(value, MappingNode) and map_indent is None and shift > 0:
                map_indent = shift
            stack.append(value)
    return (2 if list_indent is None else list_indent), (map_indent or 2)
