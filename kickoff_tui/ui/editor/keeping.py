"""Where the editor's text goes: the file (save), the recovery copy, a new file from a template,
and a rehearsal of the unsaved text. Textual-free but for the rehearsal's suspend.

storage/agenda_save.py does the careful part (atomic, permissions kept, a file changed on
disk refused); this module only joins it to the editor's state.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kickoff_tui.domain.clock import Clock
from kickoff_tui.errors import KickoffError
from kickoff_tui.storage.agenda_document import AgendaDocument
from kickoff_tui.storage.agenda_save import (
    ExternalChange,
    discard_recovery,
    read_recovery,
    write_recovery,
)
from kickoff_tui.storage.files import atomic_write
from kickoff_tui.ui.editor.state import EditorState

if TYPE_CHECKING:
    from kickoff_tui.ui.editor.app import EditorApp

__all__ = [
    "ExternalChange",
    "create_from_template",
    "discard_recovery",
    "read_recovery",
    "rehearse_in_terminal",
    "save",
    "write_recovery",
]


def save(state: EditorState, *, force: bool = False) -> None:
    """Save the text; ExternalChange when the file changed on disk (unless forced), another
    KickoffError (one line) when it cannot be written. The recovery copy goes once saved."""
    state.document.save(force=force)
    state.kept()
    with suppress(KickoffError):  # a stale copy equals the file: it is never offered back
        discard_recovery(state.path)


def create_from_template(path: Path, template: Path, clock: Clock) -> EditorState:
    """Write a copy of a bundled agenda to `path` (never over a file) and open it."""
    try:
        text = template.read_text(encoding="utf-8")
        atomic_write(path, text, overwrite=False)
    except FileExistsError:
        raise KickoffError(f"{path} exists now; open it with kickoff edit {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise KickoffError(f"cannot write {path}: {reason}") from None
    return EditorState(AgendaDocument.open(path), clock)


def rehearse_in_terminal(app: EditorApp, text: str) -> None:
    """`kickoff rehearse` of the text on screen, saved or not, in this terminal; the editor
    comes back when it ends. The copy lives in a temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="kickoff-edit-") as folder:
        copy = Path(folder) / app.path.name
        copy.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "kickoff_tui", "rehearse", str(copy)]
        env: dict[str, Any] = dict(os.environ)
        try:
            with app.suspend():
                subprocess.run(command, env=env, check=False)
        except Exception as error:  # SuspendNotSupported (no terminal), or no Python to run
            app.notify(f"Cannot rehearse here: {error}", severity="warning", markup=False)
