"""One edit of an agenda text, made by splicing new text in at the edited node's marks.

Every byte outside the spliced region stays as it was: comments, blank lines, key order and
the quoting of untouched values. Each edit also says what the document must read as afterwards
(`data`, mutated in place), which the document checks by composing the new text
(agenda_document.py), so an edit can never change the YAML structure unnoticed.
"""

from __future__ import annotations

import copy
import difflib
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.storage.agenda_key_order import insertion_index
from kickoff_tui.storage.agenda_writer import FieldPath, Value, Writer, shown

__all__ = ["Editor", "FieldPath", "Value", "shown"]  # Value and FieldPath for the editor UI
from kickoff_tui.storage.yaml_layout import EditError, Entries, Layout, block_indents
from kickoff_tui.storage.yaml_scalar import (
    AFTER_DASH,
    AFTER_KEY,
    IN_FLOW,
    Data,
    data_of,
)


class Editor:
    """Makes one edit on one text (see Writer for `safest`)."""

    def __init__(self, text: str, root: Node, *, safest: bool = False) -> None:
        self.layout = Layout(text)
        self.root = root
        self.data: Data = data_of(root)
        self.write = Writer(self.layout.newline, *block_indents(root), safest=safest)
        self.write.duration_sample = _first_timebox(root)
        # (node, place, new text, what it reads as) when the edit only replaced one scalar's
        # text in place: the document may then patch its tree instead of composing again
        self.in_place: tuple[ScalarNode, str, str, Data] | None = None

    # -- the edits -----------------------------------------------------------------------------
    def set_value(self, path: FieldPath, value: Value) -> str:
        node, data, step = self._container(path, create=True)
        if isinstance(step, tuple):  # keys missing from here on: add them, nested
            key, rest = step
            for name in reversed(rest):
                value = {name: value}
            assert isinstance(node, MappingNode)  # a missing key is only ever in a mapping
            return self._add_key(node, data, key, value, path[: len(path) - len(rest)])
        if isinstance(node, SequenceNode):
            return self._set_entry(node, data, step, value, path)
        assert isinstance(node, MappingNode)
        return self._set_in_mapping(node, data, step, value, path)

    def remove_key(self, path: FieldPath) -> str:
        node, data, step = self._container(path)
        if not isinstance(node, MappingNode) or not isinstance(step, int):
            raise EditError(f"{shown(path)} is not a key that can be removed")
        if node.flow_style:
            raise EditError(f"{shown(path[:-1])} is written in {{ }} style; edit it by hand")
        if len(node.value) == 1:
            raise EditError(f"{shown(path)} is the only key here; remove the whole entry instead")
        key, value = node.value[step]
        layout = self.layout
        colon = layout.colon_after(key)
        last = max(layout.content_end(value) - 1, colon)
        if layout.only_spaces_before(key.start_mark.index):
            start, end = layout.line_start(key.start_mark.index), layout.line_end(last)
        elif step == 0:  # the first key after '- ': the next key moves up onto the dash line
            start, end = key.start_mark.index, node.value[1][0].start_mark.index
        else:
            raise EditError(f"{shown(path)} shares its line with another key; edit it by hand")
        del data[step]
        return self._splice(start, end, "")

    def insert_entry(self, path: FieldPath, index: int, value: Value) -> str:
        node, data = self._list_or_none(path)
        if node is None or not node.value:
            if index != 0:
                raise EditError(f"{shown(path)} is empty; the first entry goes at 0")
            return self.set_value(path, [value])
        if not 0 <= index <= len(node.value):
            raise EditError(
                f"{shown(path)} has {len(node.value)} entries; cannot insert at {index}"
            )
        if node.flow_style:
            return self._flow_edit(node, path, lambda values: values.insert(index, value))
        entries = Entries(self.layout, node)
        text, new_data = self.write.entry(value, entries.column, None, (*path, index))
        pairs = list(entries.pairs)
        separator = entries.separator()
        if index == 0:
            pairs[0] = (separator, pairs[0][1])
            pairs.insert(0, ("", text))
        else:
            pairs.insert(index, (separator, text))
        data.insert(index, new_data)
        return entries.rebuild(pairs)

    def remove_entry(self, path: FieldPath, index: int) -> str:
        node, data = self._entry_at(path, index)
        if len(node.value) == 1:
            return self.set_value(path, [])
        if node.flow_style:
            return self._flow_edit(node, path, lambda values: values.pop(index))
        entries = Entries(self.layout, node)
        pairs = list(entries.pairs)
        gap, _ = pairs.pop(index)
        if index == 0:
            gap = pairs[0][0]  # the gap after it goes too, unless it holds comments
            pairs[0] = ("" if not gap.strip() else gap, pairs[0][1])
        elif gap.strip():  # comments above the removed entry stay, above the next one
            if index < len(pairs):
                pairs[index] = (gap + pairs[index][0], pairs[index][1])
            else:
                last_gap, last = pairs[-1]
                pairs[-1] = (last_gap, last + gap)
        del data[index]
        return entries.rebuild(pairs)

    def move_entry(self, path: FieldPath, index: int, to: int) -> str:
        node, data = self._entry_at(path, index)
        if not 0 <= to < len(node.value):
            raise EditError(f"{shown(path)} has {len(node.value)} entries; cannot move to {to}")
        data.insert(to, data.pop(index))
        if node.flow_style:
            return self._flow_edit(node, path, lambda values: values.insert(to, values.pop(index)))
        entries = Entries(self.layout, node)
        texts = [entry for _, entry in entries.pairs]
        texts.insert(to, texts.pop(index))
        pairs = [(gap, text) for (gap, _), text in zip(entries.pairs, texts, strict=True)]
        return entries.rebuild(pairs)

    def duplicate_entry(self, path: FieldPath, index: int) -> str:
        node, data = self._entry_at(path, index)
        data.insert(index + 1, copy.deepcopy(data[index]))
        if node.flow_style:
            return self._flow_edit(node, path, lambda values: values.insert(index, values[index]))
        entries = Entries(self.layout, node)
        pairs = list(entries.pairs)
        pairs.insert(index + 1, (entries.separator(), pairs[index][1]))
        return entries.rebuild(pairs)

    # -- finding the place ---------------------------------------------------------------------
    def _container(
        self, path: FieldPath, *, create: bool = False
    ) -> tuple[Node, Data, int | tuple[str, tuple[str, ...]]]:
        """The collection holding path[-1], its data, and path[-1]'s index in it; with
        `create`, a missing key gives (its name, the names below it) instead of an index."""
        if not path:
            raise EditError("an edit needs a field path, e.g. ('meeting', 'title')")
        node, data = self.root, self.data
        for depth, step in enumerate(path):
            here = shown(path[:depth])
            if isinstance(step, bool) or not isinstance(step, str | int):
                raise EditError(f"{step!r} is not a key or a list position")
            if isinstance(step, int):
                if not isinstance(node, SequenceNode):
                    raise EditError(f"{here} is not a list")
                if not 0 <= step < len(node.value):
                    raise EditError(f"{shown(path[: depth + 1])}: there is no such entry")
                index: int = step
            else:
                if not isinstance(node, MappingNode):
                    raise EditError(f"{here} is not a mapping of keys")
                found = _key_index(node, step)
                if found is None:
                    rest = path[depth + 1 :]
                    if not create or not all(isinstance(name, str) for name in rest):
                        raise EditError(f"{shown(path[: depth + 1])}: there is no such key")
                    return node, data, (step, tuple(str(name) for name in rest))
                index = found
            if depth == len(path) - 1:
                return node, data, index
            if isinstance(node, SequenceNode):
                node, data = node.value[index], data[index]
            else:
                node, data = node.value[index][1], data[index][1]
        raise AssertionError("unreachable")

    def _list_or_none(self, path: FieldPath) -> tuple[SequenceNode | None, Data]:
        try:
            node, data, step = self._container(path)
        except EditError:
            if self._exists(path[:-1]):
                return None, None  # the list's key is absent: insert_entry adds it
            raise
        assert isinstance(step, int)
        child = node.value[step] if isinstance(node, SequenceNode) else node.value[step][1]
        child_data = data[step] if isinstance(node, SequenceNode) else data[step][1]
        if isinstance(child, ScalarNode) and child.tag.endswith(":null"):
            return None, None
        if not isinstance(child, SequenceNode):
            raise EditError(f"{shown(path)} is not a list")
        return child, child_data

    def _exists(self, path: FieldPath) -> bool:
        if not path:
            return True
        try:
            self._container(path)
        except EditError:
            return False
        return True

    def _entry_at(self, path: FieldPath, index: int) -> tuple[SequenceNode, Data]:
        node, data = self._list_or_none(path)
        if node is None or not 0 <= index < len(node.value):
            raise EditError(f"{shown((*path, index))}: there is no such entry")
        return node, data

    # -- changing a value ----------------------------------------------------------------------
    def _set_in_mapping(
        self, node: MappingNode, data: Data, index: int, value: Value, path: FieldPath
    ) -> str:
        key, old = node.value[index]
        layout, column = self.layout, key.start_mark.column
        scalar = not isinstance(value, list | dict)
        if layout.is_alias(old, key.end_mark.index):
            colon = layout.colon_after(key)
            text, data[index][1] = self.write.after_key(value, column, path)
            return self._splice(colon + 1, layout.alias_end(colon + 1), text)
        if scalar and isinstance(old, ScalarNode) and old.end_mark.index > old.start_mark.index:
            place = IN_FLOW if node.flow_style else AFTER_KEY
            text, data[index][1] = self.write.scalar(value, place, column, old.style, path, old)
            self.in_place = (old, place, text, data[index][1])
            return self._splice(old.start_mark.index, layout.content_end(old), text)
        if node.flow_style:
            raise EditError(f"{shown(path[:-1])} is written in {{ }} style; edit it by hand")
        if isinstance(old, SequenceNode) and isinstance(value, list) and value:
            if old.flow_style and all(not isinstance(v, list | dict) for v in value):
                text, data[index][1] = self.write.flow_list(value, path)
                return self._splice(old.start_mark.index, old.end_mark.index, text)
            texts = all(isinstance(v, str) for v in value)
            if not old.flow_style and texts and all(isinstance(e, ScalarNode) for e in old.value):
                changed = [
                    n for n, e in enumerate(old.value) if n >= len(value) or e.value != value[n]
                ]
                entry = old.value[changed[0]] if len(changed) == 1 else None
                if len(value) == len(old.value) and entry is not None and _has_text(entry):
                    n = changed[0]  # one line typed into: that entry alone is replaced
                    return self._set_entry(old, data[index][1], n, value[n], (*path, n))
                return self._set_text_list(old, data[index][1], value, path)
        colon = layout.colon_after(key)
        end = max(colon + 1, layout.content_end(old))
        text, data[index][1] = self.write.after_key(value, column, path)
        return self._splice(colon + 1, end, text)

    def _set_entry(
        self, node: SequenceNode, data: Data, index: int, value: Value, path: FieldPath
    ) -> str:
        old = node.value[index]
        if isinstance(value, list | dict) or not isinstance(old, ScalarNode):
            raise EditError(f"{shown(path)}: set the fields of this entry one by one")
        if old.end_mark.index <= old.start_mark.index:
            raise EditError(f"{shown(path)} is empty; remove it and insert a new entry")
        place = IN_FLOW if node.flow_style else AFTER_DASH
        column = old.start_mark.column - 2
        text, data[index] = self.write.scalar(value, place, column, old.style, path, old)
        self.in_place = (old, place, text, data[index])
        return self._splice(old.start_mark.index, self.layout.content_end(old), text)

    def _set_text_list(
        self, node: SequenceNode, data: Data, values: list[Any], path: FieldPath
    ) -> str:
        """A block list of texts: kept entries stay byte for byte, changed ones keep their
        quoting, new ones take the first entry's quoting."""
        entries = Entries(self.layout, node)
        old = [str(entry.value) for entry in node.value]
        prefer = node.value[0].style
        separator = entries.separator()
        pairs: list[tuple[str, str]] = []
        new_data: list[Data] = []
        matcher = difflib.SequenceMatcher(a=old, b=values, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            for k in range(max(i2 - i1, j2 - j1)):
                if tag == "equal":
                    pairs.append(entries.pairs[i1 + k])
                    new_data.append(data[i1 + k])
                elif k < j2 - j1 and k < i2 - i1 and _has_text(node.value[i1 + k]):
                    entry = node.value[i1 + k]
                    start, (gap, text) = entries.spans[i1 + k][0], entries.pairs[i1 + k]
                    form, found = self.write.scalar(
                        values[j1 + k], AFTER_DASH, entries.column, entry.style, (*path, j1 + k)
                    )
                    cut = entry.start_mark.index - start, self.layout.content_end(entry) - start
                    pairs.append((gap, text[: cut[0]] + form + text[cut[1] :]))
                    new_data.append(found)
                elif k < j2 - j1:  # a new entry, or one written over an empty '-'
                    where = (*path, j1 + k)
                    text, found = self.write.entry(values[j1 + k], entries.column, prefer, where)
                    gap = entries.pairs[i1 + k][0] if k < i2 - i1 else separator if pairs else ""
                    pairs.append((gap, text))
                    new_data.append(found)
        if pairs and not pairs[0][0].strip():
            pairs[0] = ("", pairs[0][1])
        data[:] = new_data
        return entries.rebuild(pairs)

    def _flow_edit(self, node: SequenceNode, path: FieldPath, change: Any) -> str:
        """An entry edit on a [ ] list of plain values: the list is written again, in [ ]."""
        if not all(
            isinstance(entry, ScalarNode) and entry.tag.endswith(":str") for entry in node.value
        ):
            raise EditError(f"{shown(path)} is written in [ ] style; edit it by hand")
        values: list[Any] = [str(entry.value) for entry in node.value]
        change(values)
        return self.set_value(path, values)

    def _add_key(
        self, node: MappingNode, data: Data, key: str, value: Value, path: FieldPath
    ) -> str:
        """A new `key: value` line; `path` ends with the new key."""
        if node.flow_style or not node.value:
            where = shown(path[:-1])
            raise EditError(f"{where} is written in {{ }} style; edit it by hand")
        names = [str(k.value) if isinstance(k, ScalarNode) else "" for k, _ in node.value]
        index = insertion_index(path, names, key)
        column = node.value[0][0].start_mark.column
        key_text, key_data = self.write.key(key)
        text, value_data = self.write.after_key(value, column, path)
        line = key_text + ":" + text
        layout = self.layout
        data.insert(index, [key_data, value_data])
        if index == 0:  # on the first key's line (after '- ' in a list entry)
            first = node.value[0][0].start_mark.index
            return self._splice(first, first, line + layout.newline + " " * column)
        before_key, before = node.value[index - 1]
        last = max(layout.content_end(before) - 1, layout.colon_after(before_key))
        at = layout.line_end(last)
        lead = layout.newline if at == len(layout.text) and not layout.text.endswith("\n") else ""
        return self._splice(at, at, lead + " " * column + line + ("" if lead else layout.newline))

    def _splice(self, start: int, end: int, new: str) -> str:
        text = self.layout.text
        return text[:start] + new + text[end:]


def _has_text(node: Node) -> bool:
    return bool(node.end_mark.index > node.start_mark.index)


def _first_timebox(root: Node) -> str | None:
    """The first item's timebox as typed: new timeboxes are written the same way."""
    items = _child(root, "items")
    for item in items.value if isinstance(items, SequenceNode) else []:
        timebox = _child(item, "timebox")
        if isinstance(timebox, ScalarNode) and timebox.end_mark.index > timebox.start_mark.index:
            return str(timebox.value)
    return None


def _child(node: Node | None, name: str) -> Node | None:
    if not isinstance(node, MappingNode):
        return None
    index = _key_index(node, name)
    return None if index is None else node.value[index][1]


def _key_index(node: MappingNode, name: str) -> int | None:
    for index, (key, _) in enumerate(node.value):
        if isinstance(key, ScalarNode) and str(key.value) == name:
            return index
    return None
