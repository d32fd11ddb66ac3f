"""`kickoff edit FILE`: prepare an agenda in a Textual editor instead of by hand in YAML.

A FILE that does not exist is created from a bundled agenda chosen on the first screen. A
FILE that cannot be opened (a folder, not UTF-8, not YAML) is one line and exit 2, before
Textual is imported. Unsaved edits left by an editor that did not close are offered back.
"""

from __future__ import annotations

import argparse
import gc
from pathlib import Path

from kickoff_tui.domain.clock import SystemClock


def run(args: argparse.Namespace) -> int:
    gc.disable()  # until the first frame, as `kickoff run` (see ui/app.py)
    try:
        return _run(Path(args.path).expanduser())
    finally:
        gc.enable()


def _run(path: Path) -> int:
    from kickoff_tui.errors import KickoffError
    from kickoff_tui.storage.agenda_document import AgendaDocument
    from kickoff_tui.storage.agenda_save import read_recovery

    clock = SystemClock()
    state = recovered = None
    if path.exists() or path.is_symlink():
        document = AgendaDocument.open(path)  # DocumentError: one line, exit 2
        from kickoff_tui.ui.editor.state import EditorState

        state = EditorState(document, clock)
        recovered = read_recovery(path)
    elif not path.parent.is_dir():
        raise KickoffError(f"{path}: the folder {path.parent} does not exist")
    from kickoff_tui.ui.editor.app import EditorApp
    from kickoff_tui.ui.editor.guard import EditorGuard

    app = EditorApp(path, state, clock=clock, recovered=recovered)
    return EditorGuard(app).run()  # a crash or a signal: one line, and the edits kept
