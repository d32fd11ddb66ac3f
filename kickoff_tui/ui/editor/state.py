"""EditorState: the document being edited, its undo list, and when to check and keep it.

Textual-free, on an injected clock, so the tests drive time. Each edit goes to the document at
once (it patches the text at the value's marks) and makes a check due DEBOUNCE seconds later;
the app runs that check on a copy of the text in a worker, so no keystroke waits for it.
A recovery copy is due every RECOVERY_SECONDS while the text differs from the last one kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kickoff_tui.domain.clock import Clock
from kickoff_tui.errors import KickoffError
from kickoff_tui.storage.agenda_document import AgendaDocument, problems_of
from kickoff_tui.storage.agenda_edits import Value
from kickoff_tui.ui.editor.view import EditorView

DEBOUNCE = 0.3  # seconds of quiet typing before a value is written, and then checked
RECOVERY_SECONDS = 3.0  # how often unsaved edits are copied to the recovery file
# `u` on the items and the people lists: one list of steps for both, the newest first
EDITOR_UNDO = "Undo the last add, duplicate, delete or move of an item or a person"

FieldPath = tuple[str | int, ...]
Told = Callable[[str], None]


@dataclass(frozen=True)
class Checked:
    """What the checker said about one text."""

    text: str
    problems: Sequence[Any]


def check(text: str, path: Path | str) -> Checked:
    """The checker's verdict on `text` (no document, no disk read: safe in a worker thread)."""
    return Checked(text, problems_of(text, path))


@dataclass(frozen=True)
class Undo:
    what: str  # "item 3 removed"
    text: str  # the whole text before it


class EditorState:
    def __init__(self, document: AgendaDocument, clock: Clock) -> None:
        self.document = document
        self.clock = clock
        self.problems: Sequence[Any] = []
        self.checked_text: str | None = None  # the first check runs after the first frame
        self.undo_list: list[Undo] = []
        self._view: tuple[str, EditorView] | None = None
        self._check_due: float | None = clock.monotonic()
        self._kept_text = document.text  # what the file or the recovery copy holds
        self._kept_at = clock.monotonic()
        self._pending: dict[FieldPath, tuple[Value | None, Told]] = {}
        self._write_due: float | None = None

    @property
    def path(self) -> Path:
        return Path(self.document.path)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def dirty(self) -> bool:
        return bool(self.document.dirty) or bool(self._pending)

    @property
    def view(self) -> EditorView:
        """The file's values as the screens show them (read again only when the text changed)."""
        text = self.document.text
        if self._view is None or self._view[0] != text:
            self._view = (text, EditorView.of(self.document.value(())))
        return self._view[1]

    # ----- edits -----------------------------------------------------------------------------
    def set_value(self, path: FieldPath, value: Value | None) -> None:
        """Write one value (None: remove its key); the check follows after DEBOUNCE."""
        if value is None:  # an optional field emptied: its key goes
            if self.document.value(path) is not None:
                self.document.remove_key(path)
        else:
            self.document.set_value(path, value)
        self.edited()

    def stage(self, path: FieldPath, value: Value | None, told: Told) -> None:
        """Typing: the value is written DEBOUNCE after the last key (or at `flush`), because
        writing patches and reads back the whole file (~70 ms for 300 items), too slow for
        every key. `told(message)` hears how it went: "" once written, else why not."""
        self._pending[path] = (value, told)
        self._write_due = self.clock.monotonic() + DEBOUNCE

    def write_due(self) -> bool:
        due = self._write_due
        return due is not None and self.clock.monotonic() >= due

    def flush(self) -> None:
        """Write what was typed and not written yet (before a save, a list, a rehearsal)."""
        pending, self._pending, self._write_due = self._pending, {}, None
        for path, (value, told) in pending.items():
            try:
                self.set_value(path, value)
            except KickoffError as error:
                told(str(error))
            else:
                told("")

    def structural(self, what: str, change: Callable[[AgendaDocument], object]) -> bool:
        """An edit that adds, removes or moves an entry; `u` takes it back. Whether the text
        changed."""
        self.flush()
        before = self.document.text
        change(self.document)
        if self.document.text == before:
            return False
        self.undo_list.append(Undo(what, before))
        self.edited()
        return True

    def undo(self) -> Undo | None:
        if not self.undo_list:
            return None
        self.flush()
        step = self.undo_list.pop()
        self.document.restore(step.text)
        self.edited()
        return step

    def restore(self, text: str) -> None:
        """Bring back unsaved text (the recovery copy): the file itself is unchanged."""
        self.document.restore(text)
        self.edited()

    def edited(self) -> None:
        """The text changed: a check is due after DEBOUNCE (the screens redraw from `view`)."""
        self._check_due = self.clock.monotonic() + DEBOUNCE

    # ----- checking ----------------------------------------------------------------------------
    def check_due(self) -> str | None:
        """The text to check now, if a check is due (once per due check)."""
        due = self._check_due
        if due is None or self.clock.monotonic() < due:
            return None
        self._check_due = None
        return self.document.text

    def accept(self, checked: Checked) -> bool:
        """Take a check's verdict if it is about the text on screen (a later edit outdates it)."""
        if checked.text != self.document.text:
            return False
        self.problems = checked.problems
        self.checked_text = checked.text
        return True

    @property
    def errors(self) -> list[Any]:
        return [p for p in self.problems if not p.warning]

    # ----- keeping -----------------------------------------------------------------------------
    def recovery_due(self) -> bool:
        return (
            self.dirty
            and self.document.text != self._kept_text
            and self.clock.monotonic() - self._kept_at >= RECOVERY_SECONDS
        )

    def kept(self) -> None:
        """The text is now in the file or the recovery copy."""
        self._kept_text = self.document.text
        self._kept_at = self.clock.monotonic()
