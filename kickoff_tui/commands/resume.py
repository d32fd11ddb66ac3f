"""`kickoff resume [SESSION]`, and the offer to resume that plain `kickoff` makes.

Resuming rebuilds the session from its journal (the same fold as the live app and export), so
it reopens on the item it was on, with the timers worked out from wall-clock times and the
uncommitted capture text back in the input. Textual is imported only once a session is open.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable
from datetime import datetime

from kickoff_tui.domain.clock import SystemClock
from kickoff_tui.settings import ThemeChoice, chosen_theme
from kickoff_tui.storage import session_store
from kickoff_tui.storage.session_store import CRASHED, LEFT, LiveHandle, SessionInfo
from kickoff_tui.text_safety import safe_text

AskFn = Callable[[str], str]


def run(args: argparse.Namespace) -> int:
    gc.disable()  # until the first frame, as for `kickoff run`: see _resume_gc_after_start
    try:
        theme = chosen_theme(getattr(args, "theme", None))
        info = session_store.find_session(args.session, unfinished_only=True)
        return resume(info, bell=not getattr(args, "no_bell", False), theme=theme)
    finally:
        gc.enable()


def resume(info: SessionInfo, *, bell: bool = True, theme: ThemeChoice | None = None) -> int:
    """Open the session (its lock refuses a second app, naming pid and host) and run it."""
    handle = session_store.open_session(info.id)
    _report_warnings(handle)
    from kickoff_tui.ui.launch import run_live

    return run_live(handle, bell=bell, clock=SystemClock(), theme=theme)


def _report_warnings(handle: LiveHandle) -> None:
    """What could not be recovered, on stderr: it stays readable after the app exits."""
    for warning in handle.warnings:
        print(f"kickoff: warning: {warning}", file=sys.stderr)


# ----- plain `kickoff`: offer to carry on ----------------------------------------------------


def resumable(info: SessionInfo) -> bool:
    """A crashed or left session worth offering: the meeting had started or something was captured.

    A session that was only opened (lobby, then quit) is not worth a question every time.
    """
    if info.status not in (CRASHED, LEFT):
        return False
    if info.entries:
        return True
    try:
        return session_store.load_session(info.id).started
    except Exception:
        return False


def offer_candidate() -> SessionInfo | None:
    return next((s for s in session_store.list_sessions() if resumable(s)), None)


def describe(info: SessionInfo, now: datetime | None = None) -> str:
    """`"Acme kickoff" (unfinished since 14:32, 12 entries)`; the date too when not today."""
    journal = info.folder / session_store.JOURNAL_NAME
    try:
        last = datetime.fromtimestamp(journal.stat().st_mtime).astimezone()
    except OSError:
        last = (info.started or datetime.now()).astimezone()
    today = (now or datetime.now().astimezone()).date()
    when = last.strftime("%H:%M") if last.date() == today else last.strftime("%Y-%m-%d %H:%M")
    count = f"{info.entries} {'entry' if info.entries == 1 else 'entries'}"
    return f'"{info.title}" (unfinished since {when}, {count})'


def offer_resume(
    *,
    bell: bool = True,
    ask: AskFn | None = None,
    interactive: bool | None = None,
    theme: ThemeChoice | None = None,
) -> int | None:
    """Before plain `kickoff` starts a new meeting: offer to carry on with a crashed one.

    Returns the exit code when the user resumed, None to go on with a new meeting. Without a
    terminal on stdin nothing blocks: a one-line hint is printed instead.
    """
    info = offer_candidate()
    if info is None:
        return None
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if not interactive:
        print(
            f"kickoff: {describe(info)} can be resumed with `kickoff resume {info.id}`",
            file=sys.stderr,
        )
        return None
    answer = _ask(ask or input, f"Resume {describe(info)}? [Y/n] ")
    if answer is None or answer not in ("", "y", "yes"):
        print(
            f"Starting a new meeting. `kickoff resume {info.id}` carries on with the other one.",
            file=sys.stderr,
        )
        return None
    return resume(info, bell=bell, theme=theme)


def _ask(ask: AskFn, question: str) -> str | None:
    """The lower-cased answer; None at end of input (treated as no)."""
    try:
        return ask(safe_text(question)).strip().lower()  # input() writes its prompt raw
    except EOFError:
        print(file=sys.stderr)
        return None
