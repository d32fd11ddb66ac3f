"""How `kickoff edit` stops when it is not the user who stops it, without losing an edit.

- An unexpected error: the traceback goes to a log file (frames and types only: never the
  agenda's text, as Textual's own traceback would show in its locals), unsaved edits go to the
  recovery file, and the user sees one line; exit 1.
- SIGTERM or SIGHUP (terminal closed): unsaved edits go to the recovery file at once (not up
  to three seconds old), then the editor stops; 128 + the signal. The next `kickoff edit FILE`
  offers them back.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path
from typing import Any

from kickoff_tui.crash import write_crash_log
from kickoff_tui.storage.agenda_save import recovery_path, write_recovery
from kickoff_tui.ui.editor.app import EditorApp
from kickoff_tui.ui.textual_private import replace_crash_handlers, stop_now

SIGNALS = (signal.SIGHUP, signal.SIGTERM)


class EditorGuard:
    def __init__(self, app: EditorApp) -> None:
        self.app = app
        self.crash_log: Path | None = None
        self.crashed = False
        self.kept_in: Path | None = None

    def keep(self) -> None:
        """Copy unsaved edits (typing not yet written included) to the recovery file."""
        state = self.app._state
        if state is None:
            return
        with contextlib.suppress(Exception):  # half torn down, or a full disk: keep going
            state.flush()
            if state.dirty:
                write_recovery(self.app.path, state.text)
                self.kept_in = recovery_path(self.app.path)

    def on_exception(self, error: Exception) -> None:
        if not self.crashed:
            self.crashed = True
            self.crash_log = write_crash_log(error, context="kickoff edit")
        self.keep()
        stop_now(self.app, 1)

    def on_panic(self, *_renderables: Any) -> None:
        self.on_exception(RuntimeError("the app panicked"))

    def on_signal(self, signum: int) -> None:
        self.keep()
        if signum == signal.SIGHUP:  # the terminal is gone: nothing to restore on it
            os._exit(128 + signum)
        self.app.exit(return_code=128 + signum)

    def run(self) -> int:
        replace_crash_handlers(self.app, self.on_exception, self.on_panic)
        with asyncio.Runner() as runner:
            loop = runner.get_loop()
            for signum in SIGNALS:
                loop.add_signal_handler(signum, self.on_signal, signum)
            try:
                result = self.app.run(loop=loop)
            finally:
                for signum in SIGNALS:
                    loop.remove_signal_handler(signum)
        if self.crashed:
            print(self.message(), file=sys.stderr)
            return 1
        return result if isinstance(result, int) else self.app.return_code or 0

    def message(self) -> str:
        kept = (
            f"your unsaved edits are in {self.kept_in}, offered back by kickoff edit"
            if self.kept_in is not None
            else "nothing unsaved was lost"
        )
        where = f"details in {self.crash_log}" if self.crash_log else "no log could be written"
        return f"kickoff edit stopped on an unexpected error; {kept} ({where})"
