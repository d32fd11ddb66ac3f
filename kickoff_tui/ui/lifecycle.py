"""How the live app stops when it is not the facilitator who stops it.

`LiveGuard(app, handle).run()` runs the app and makes every way out leave the meeting safe:

- SIGHUP (terminal closed, SSH dropped): the terminal is gone, so the standard streams are
  pointed at /dev/null at once, typing not yet saved is journaled, the journal is closed, a
  draft of the minutes is written next to it, and the process exits with 129 without touching
  the terminal again (Textual's restore would only raise EIO).
- SIGTERM: the same saving, then a normal exit that restores the terminal; 143.
- An uncaught exception: the traceback goes to a log file, never to the screen (Textual's
  default traceback prints local variables, which hold meeting text); the user sees one line
  naming `kickoff resume` and the log; 1.

The signal handlers are asyncio ones, so they run between two steps of the event loop and never
in the middle of a journal append. A watchdog thread exits anyway if the loop does not get to
run them (a UI blocked on a dead terminal).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import signal
import sys
import termios
import threading
from pathlib import Path
from typing import Any

from rich.console import Console
from textual.app import App

from kickoff_tui.crash import (
    MESSAGE_LEFT_OUT,
    crash_message,
    write_crash_log,
    write_minutes_draft,
)
from kickoff_tui.storage.session_store import LiveHandle
from kickoff_tui.ui.textual_private import replace_crash_handlers, stop_now
from kickoff_tui.unsaved import Unsaved, collect, write_unsaved

HANDLED_SIGNALS = (signal.SIGHUP, signal.SIGTERM)
WATCHDOG_SECONDS = 5.0  # how long a signal may wait for the event loop before a hard exit


class LiveGuard:
    def __init__(
        self, app: App[Any], handle: LiveHandle, *, watchdog_seconds: float = WATCHDOG_SECONDS
    ) -> None:
        self.app = app
        self.handle = handle
        self.watchdog_seconds = watchdog_seconds
        self.signal_received: int | None = None
        self.crash_log: Path | None = None
        self.crashed = False
        self.minutes_draft: Path | None = None
        self.unsaved_copy: Path | None = None  # typing the journal refused, kept in a file
        self._watchdog: threading.Timer | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def stopped_abnormally(self) -> bool:
        """A signal or a crash stopped the app; the guard has already told the user."""
        return self.crashed or self.signal_received is not None

    # ----- running ---------------------------------------------------------------------
    def run(self, *, headless: bool = False) -> int:
        """Run the app; returns the process exit code (128 + signal, 1 after a crash)."""
        # Replace Textual's crash handling on this instance: its tracebacks show locals.
        replace_crash_handlers(self.app, self._on_exception, self._on_panic)
        previous_hook = threading.excepthook
        threading.excepthook = self._on_thread_exception
        result: object = None
        try:
            with asyncio.Runner() as runner:
                loop = self._loop = runner.get_loop()
                for signum in HANDLED_SIGNALS:
                    loop.add_signal_handler(signum, self._on_signal, signum)
                try:
                    result = self.app.run(loop=loop, headless=headless)
                finally:
                    for signum in HANDLED_SIGNALS:
                        loop.remove_signal_handler(signum)
        except Exception as error:  # raised by Textual itself, outside any message handler
            self._record_crash(error)
        finally:
            threading.excepthook = previous_hook
            if self._watchdog is not None:  # the app did stop in time
                self._watchdog.cancel()
        if self.signal_received is not None:
            self._tell(
                f"kickoff: stopped by {signal.Signals(self.signal_received).name}; "
                f"{self._saved_line()}"
            )
            return 128 + self.signal_received
        if self.crashed:
            self._tell(crash_message(self.crash_log, self.handle.session_id))
            return 1
        if isinstance(result, int):
            return result
        return self.app.return_code or 0

    def _saved_line(self) -> str:
        line = f"session {self.handle.session_id} is saved; `kickoff resume` carries on"
        if self.minutes_draft is not None:
            line += f" (draft minutes: {self.minutes_draft})"
        if self.unsaved_copy is not None:
            line += f"; NOT SAVED in it, kept in {self.unsaved_copy}: typing the journal refused"
        return line

    def _tell(self, line: str) -> None:
        """Print one line on stderr; a terminal that has gone away gets nothing, quietly."""
        try:
            print(line, file=sys.stderr, flush=True)
        except OSError:
            _silence_terminal()

    # ----- signals -----------------------------------------------------------------------
    def _on_signal(self, signum: int) -> None:
        if self.signal_received is not None:  # already stopping
            if _terminal_gone():
                self._exit_now()  # the terminal went away while we were stopping
            return
        self.signal_received = signum
        self._watchdog = _start_watchdog(self.watchdog_seconds, 128 + signum)
        gone = signum == signal.SIGHUP or _terminal_gone()
        if gone:
            _silence_terminal()
        self.save()
        if gone:
            # Nothing left to do for a terminal that is gone; Textual's shutdown would write
            # to it, and a writer thread that died of EIO can leave that shutdown blocked.
            self._exit_now()
        self.app.exit(return_code=128 + signum)

    def _on_hangup(self) -> None:
        """The terminal is gone (seen as EIO) before, or without, its SIGHUP."""
        self._on_signal(signal.SIGHUP)

    def _exit_now(self) -> None:
        assert self.signal_received is not None
        _silence_terminal()
        os._exit(128 + self.signal_received)

    def save(self) -> None:
        """Journal unsaved typing, close the journal (and lock), write the draft minutes.

        Typing the journal refuses even now (a full disk) is copied to a file (unsaved.py).
        """
        with contextlib.suppress(Exception):
            for screen in list(self.app.screen_stack):
                flush = getattr(screen, "flush_draft", None)
                if callable(flush):
                    flush()
        unsaved: list[Unsaved] = []
        with contextlib.suppress(Exception):  # the app may be half torn down by now
            unsaved = collect(self.app.screen_stack)
        if unsaved and self.unsaved_copy is None:
            self.unsaved_copy = write_unsaved(unsaved, self.handle.session_id)
        with contextlib.suppress(Exception):
            self.handle.close()
        self.minutes_draft = write_minutes_draft(self.handle.session, self.handle.folder)

    # ----- crashes -------------------------------------------------------------------------
    def _record_crash(self, error: BaseException, context: str = "") -> None:
        if not self.crashed:
            self.crashed = True
            self.crash_log = write_crash_log(
                error, session_id=self.handle.session_id, context=context
            )
        self.save()

    def _on_exception(self, error: Exception) -> None:
        """Stands in for App._handle_exception: log, save, and close without a traceback."""
        if _terminal_gone():  # an EIO from a terminal that hung up is not a crash
            self._on_hangup()
            return
        self._record_crash(error)
        self._stop_app()

    def _on_panic(self, *renderables: Any) -> None:
        """Stands in for App.panic (Textual's input thread calls it when reading fails)."""
        if _terminal_gone():
            self._on_hangup()
            return
        self._record_crash(RuntimeError("the app panicked"), panic_context(renderables))
        self._stop_app()

    def _stop_app(self) -> None:
        stop_now(self.app, 1)

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        """A background thread died: log it rather than print on a terminal Textual owns."""
        if args.exc_value is None or args.exc_type is SystemExit:
            return
        if _terminal_gone():  # Textual's writer thread dies of EIO when the terminal hangs up
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._on_hangup)
            return
        name = args.thread.name if args.thread is not None else "?"
        write_crash_log(
            args.exc_value, session_id=self.handle.session_id, context=f"in thread {name}"
        )


def _terminal_gone() -> bool:
    """Whether the terminal hung up: a tty that answers EIO (not a pipe, not a file)."""
    for fd in (0, 1, 2):
        try:
            termios.tcgetattr(fd)
        except termios.error as error:
            if error.args and error.args[0] == errno.EIO:
                return True
    return False


def _silence_terminal() -> None:
    """Point stdin, stdout and stderr at /dev/null, so nothing waits on or writes to a dead tty."""
    try:
        null = os.open(os.devnull, os.O_RDWR)
    except OSError:
        return
    for fd in (0, 1, 2):
        with contextlib.suppress(OSError):
            os.dup2(null, fd)
    os.close(null)


def _start_watchdog(seconds: float, code: int) -> threading.Timer:
    """Exit with `code` after `seconds` whatever happens: the journal is already on disk."""
    timer = threading.Timer(seconds, os._exit, args=(code,))
    timer.daemon = True
    timer.start()
    return timer


def panic_context(renderables: tuple[Any, ...]) -> str:
    """What Textual's panic showed, fit for a crash log: the frames and exception types of each
    traceback, every message left out (it can quote pasted or typed meeting text), and no other
    renderable at all (panic takes any text, which may be meeting text too)."""
    # imported here, not with the module: rich.traceback loads pygments and attrs (~20 ms of
    # start-up, seen in bench_instructions); by the time Textual panics it has loaded it
    from rich.traceback import Traceback

    console = Console(width=100, color_system=None, file=open(os.devnull, "w"))  # noqa: SIM115
    others = 0
    with console.capture() as captured:
        for renderable in renderables:
            if isinstance(renderable, Traceback):
                for stack in renderable.trace.stacks:
                    stack.exc_value = MESSAGE_LEFT_OUT
                console.print(renderable)
            else:
                others += 1
    console.file.close()
    if others:
        return (
            captured.get() + f"({others} more panic text(s) left out: they can hold meeting text)\n"
        )
    return captured.get()
