"""An agenda file as an editable document that keeps every byte it does not change.

The editor (ui/editor) edits this, never a re-dumped copy: each edit patches the text at the
edited node's marks (agenda_edits.py), then the new text is composed again and must read as
exactly what the edit meant, everywhere; otherwise the edit is refused and nothing changes.
What an agenda *is* stays the loader's and the checker's business: `agenda()` and `problems()`
run the current text through them.

Fields are addressed by paths: ("meeting", "title"), ("items", 2, "timebox"),
("people", 0, "power"), ("items", 1, "prompts"). Undo is a stack of whole texts inside the
document (`undo()`, `redo()`); `snapshot()` / `restore(text)` are there for anything else.
"""

from __future__ import annotations

import bisect
import contextlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.errors import KickoffError
from kickoff_tui.storage.agenda_edits import Editor
from kickoff_tui.storage.agenda_fast_edit import patch_in_place
from kickoff_tui.storage.agenda_loader import CheckResult, check_composed, one_line
from kickoff_tui.storage.agenda_save import (
    DiskState,
    SaveError,
    discard_recovery,
    disk_state,
    read_disk,
    save_text,
)
from kickoff_tui.storage.agenda_writer import FieldPath, Value
from kickoff_tui.storage.yaml_layout import EditError
from kickoff_tui.storage.yaml_marks import Composed, compose, decode_source
from kickoff_tui.storage.yaml_scalar import data_of

__all__ = [
    "AgendaDocument",
    "DocumentError",
    "EditError",
    "FieldPath",
    "FieldProblem",
    "Value",
    "problems_of",
]

UNDO_LIMIT = 500


class DocumentError(KickoffError):
    """The file cannot be opened as a document: unreadable, not UTF-8, or not YAML at all."""


@dataclass(frozen=True)
class FieldProblem:
    """One problem from the checker, with the field it is about (for the editor to jump to);
    `field` is () for problems about the whole file."""

    path: str
    line: int
    col: int
    message: str
    warning: bool
    field: FieldPath

    def format(self) -> str:
        where = self.path if self.line <= 0 else f"{self.path}:{self.line}:{self.col}"
        return f"{where}: {'warning: ' if self.warning else ''}{self.message}"


class AgendaDocument:
    def __init__(
        self, text: str, path: str | os.PathLike[str], disk: DiskState | None, *, bom: bool
    ) -> None:
        self.path = str(path)
        self._text = text
        self._composed = _compose_or_raise(text, self.path)
        self._disk = disk  # what the file held when read or last saved; None: no file
        self._saved: str | None = text if disk is not None else None
        self._bom = bom  # a byte order mark the file started with is written back
        self._undo: list[str] = []
        self._redo: list[str] = []
        self._checked: tuple[str, CheckResult] | None = None

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> AgendaDocument:
        """Open a file that holds YAML; one that fails the checker still opens (see
        problems()). Raises DocumentError (one line) when it cannot be read or parsed."""
        shown_path = str(path)
        try:
            if _special(path):  # a FIFO would block the read forever; a device is no agenda
                raise DocumentError(f"{shown_path}: is not a regular file, not an agenda file")
            found = read_disk(path)
        except IsADirectoryError:
            raise DocumentError(f"{shown_path}: is a folder, not an agenda file") from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise DocumentError(f"{shown_path}: cannot read the file: {reason}") from None
        if found is None:
            raise DocumentError(f"{shown_path}: no such file")
        data, state = found
        from kickoff_tui.storage.yaml_marks import MAX_BYTES

        if len(data) > MAX_BYTES:
            raise DocumentError(f"{shown_path}: is larger than 1 MiB; an agenda is a small file")
        text, problems = decode_source(data, shown_path)
        if text is None:
            raise DocumentError(one_line(problems[0].format()))
        return cls(text, path, state, bom=data.startswith(b"\xef\xbb\xbf"))

    @classmethod
    def from_text(cls, text: str, path: str | os.PathLike[str]) -> AgendaDocument:
        """A document for `text` (a template for a new file, a recovered copy) to be saved at
        `path`. Saving refuses if `path` changes on disk from how it is now."""
        text = text.removeprefix("\ufeff")
        document = cls(text, path, disk_state(path), bom=False)
        document._saved = None  # not what is on disk (even if equal): it has to be saved
        return document

    # -- state -------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self._text

    @property
    def dirty(self) -> bool:
        return self._text != self._saved

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def agenda(self) -> Agenda | None:
        """The current text through the loader: the Agenda, or None when it does not load."""
        return self._check().agenda

    def problems(self) -> list[FieldProblem]:
        """The checker's errors and warnings on the current text, in line order, each with
        the field path it points at."""
        return _with_fields(self._check(), self._root)

    def value(self, path: FieldPath) -> object:
        """The plain data at `path` as the file holds it (for the editor's fields); None
        when there is no such field."""
        node: Node = self._root
        for step in path:
            if isinstance(step, int) and isinstance(node, SequenceNode):
                if not 0 <= step < len(node.value):
                    return None
                node = node.value[step]
            elif isinstance(step, str) and isinstance(node, MappingNode):
                found = [v for k, v in node.value if isinstance(k, ScalarNode) and k.value == step]
                if not found:
                    return None
                node = found[0]
            else:
                return None
        return _plain(node)

    # -- edits -------------------------------------------------------------------------------
    def set_value(self, path: FieldPath, value: Value) -> None:
        """Set a scalar (text, number, true/false; a duration for timebox/length in seconds
        or as typed), a list of texts (prompts, checklist), or a mapping; adds the key (and
        any missing keys above it) when absent."""
        self._edit(lambda editor: editor.set_value(path, value))

    def remove_key(self, path: FieldPath) -> None:
        self._edit(lambda editor: editor.remove_key(path))

    def insert_entry(self, path: FieldPath, index: int, value: Value) -> None:
        """Insert an entry (usually a mapping, e.g. a new item) at `index` of the list."""
        self._edit(lambda editor: editor.insert_entry(path, index, value))

    def remove_entry(self, path: FieldPath, index: int) -> None:
        self._edit(lambda editor: editor.remove_entry(path, index))

    def move_entry(self, path: FieldPath, index: int, to: int) -> None:
        self._edit(lambda editor: editor.move_entry(path, index, to))

    def duplicate_entry(self, path: FieldPath, index: int) -> None:
        """A copy of the entry, byte for byte, right after it."""
        self._edit(lambda editor: editor.duplicate_entry(path, index))

    def undo(self) -> bool:
        """Back one edit; False when there is nothing to undo."""
        if not self._undo:
            return False
        self._redo.append(self._text)
        self._replace(self._undo.pop())
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self._text)
        self._replace(self._redo.pop())
        return True

    def snapshot(self) -> str:
        return self._text

    def restore(self, text: str) -> None:
        """Go back to a snapshot (an undoable step). DocumentError if it is not YAML."""
        self._push(text, _compose_or_raise(text, self.path))

    # -- saving ------------------------------------------------------------------------------
    def save(self, *, force: bool = False) -> None:
        """Write the text atomically. ExternalChange when the file changed on disk since it
        was opened (force=True overwrites it); SaveError when it cannot be written. Either
        way the document keeps its text and stays dirty. A saved file needs no recovery copy."""
        text = ("\ufeff" if self._bom else "") + self._text
        self._disk = save_text(self.path, text, self._disk, force=force)
        self._saved = self._text
        with contextlib.suppress(SaveError):
            discard_recovery(self.path)

    def changed_on_disk(self) -> bool:
        """Whether the file on disk is no longer what was opened or last saved."""
        now = disk_state(self.path)
        return now is not None if self._disk is None else not self._disk.same_content(now)

    # -- inside ------------------------------------------------------------------------------
    def _edit(self, make: Callable[[Editor], str]) -> None:
        """Make the edit, compose the result and accept it only if it reads as intended.
        If the preferred quoting did not read back, try again with double quotes."""
        for safest in (False, True):
            editor = Editor(self._text, self._root, safest=safest)
            text = make(editor)
            if editor.in_place is not None and text != self._text:
                patched = patch_in_place(self._text, self._root, editor.in_place)
                if patched is not None:  # typing in a field: the tree is patched, not rebuilt
                    self._push(patched, self._composed)
                    return
            composed = compose(text, self.path)
            node = composed.node
            same = _messages(composed) == _messages(self._composed)  # e.g. a second document
            if node is not None and same and data_of(node) == editor.data:
                self._push(text, composed)
                return
        raise EditError("this edit cannot be written here without changing other parts of the "
                        "file; make it in a text editor")  # fmt: skip

    @property
    def _root(self) -> Node:
        node = self._composed.node
        assert node is not None  # _compose_or_raise lets no empty document in
        return node

    def _push(self, text: str, composed: Composed) -> None:
        if text == self._text:
            return
        self._undo.append(self._text)
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self._text, self._composed = text, composed

    def _replace(self, text: str) -> None:
        self._text, self._composed = text, _compose_or_raise(text, self.path)

    def _check(self) -> CheckResult:
        if self._checked is None or self._checked[0] != self._text:
            result = check_composed(self._text, self._composed, self.path)
            self._checked = (self._text, result)
        return self._checked[1]


def problems_of(text: str, path: str | os.PathLike[str]) -> list[FieldProblem]:
    """problems() of `text` without a document (no disk read: for a check in a worker
    thread). DocumentError when the text is not YAML at all."""
    composed = _compose_or_raise(text, str(path))
    assert composed.node is not None
    return _with_fields(check_composed(text, composed, str(path)), composed.node)


def _with_fields(result: CheckResult, root: Node) -> list[FieldProblem]:
    index = _FieldIndex(root)
    return [
        FieldProblem(p.path, p.line, p.col, p.message, p.warning, index.field(p.line, p.col))
        for p in result.problems
    ]


def _messages(composed: Composed) -> list[str]:
    return [problem.message for problem in composed.problems]


def _special(path: str | os.PathLike[str]) -> bool:
    """Whether `path` (followed if a link) exists and is neither a file nor a folder."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # absent or unreadable: read_disk says which
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _compose_or_raise(text: str, path: str) -> Composed:
    composed = compose(text, path)
    if composed.node is None:
        first = composed.problems[0].format() if composed.problems else f"{path}: is empty"
        raise DocumentError(one_line(first))
    return composed


def _plain(node: Node) -> object:
    if isinstance(node, ScalarNode):
        return None if node.tag.endswith(":null") else str(node.value)
    if isinstance(node, SequenceNode):
        return [_plain(child) for child in node.value]
    if isinstance(node, MappingNode):
        return {str(key.value): _plain(value) for key, value in node.value}
    return None


class _FieldIndex:
    """Which field a (line, column) is about: the node that starts there (the outermost, when
    a mapping and its first key start together), else the nearest node starting before it."""

    def __init__(self, root: Node) -> None:
        starts: dict[tuple[int, int], FieldPath] = {}
        stack: list[tuple[Node, FieldPath]] = [(root, ())]
        seen: set[int] = set()
        while stack:
            node, path = stack.pop()
            mark = node.start_mark
            starts.setdefault((mark.line + 1, mark.column + 1), path)
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, SequenceNode):
                stack += [(child, (*path, n)) for n, child in reversed(list(enumerate(node.value)))]
            elif isinstance(node, MappingNode):
                for key, value in reversed(node.value):
                    named = (*path, str(key.value))
                    stack += [(value, named), (key, named)]
        self._positions = sorted(starts)
        self._paths = starts

    def field(self, line: int, col: int) -> FieldPath:
        if line <= 0:
            return ()
        at = bisect.bisect_right(self._positions, (line, col)) - 1
        return self._paths[self._positions[at]] if at >= 0 else ()
