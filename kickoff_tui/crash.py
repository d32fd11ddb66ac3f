"""What kickoff leaves behind when it stops abnormally: a crash log and a draft of the minutes.

No Textual here: `kickoff_tui.ui.lifecycle` calls these from its signal and exception hooks,
and they must work even when the UI is half torn down. Each one swallows its own failures,
because a crash handler that crashes would hide the first problem.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from kickoff_tui import package_version, paths
from kickoff_tui.domain.session import Session

MINUTES_DRAFT_NAME = "minutes-draft.md"


_LINKS = {
    "cause": "\nThe above exception was the direct cause of the following exception:\n\n",
    "context": "\nDuring handling of the above exception, another exception occurred:\n\n",
}


MESSAGE_LEFT_OUT = "(message left out: it can quote meeting text)"


def traceback_without_messages(error: BaseException) -> str:
    """The traceback as Python prints it (every frame, every exception type of the chain), with
    each exception's message left out: a message can quote meeting text (Textual's
    MarkupError quotes the capture that failed to render)."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__cause__ is not None:
            chain.append((current, "cause"))
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            chain.append((current, "context"))
            current = current.__context__
        else:
            chain.append((current, ""))
            current = None
    parts: list[str] = []
    for position, (exc, link) in enumerate(reversed(chain)):  # the first cause first
        if position:
            parts.append(_LINKS[link])  # how this one follows the one printed above it
        if exc.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts += traceback.format_tb(exc.__traceback__)
        parts.append(_exception_line(exc))
    return "".join(parts)


def _exception_line(exc: BaseException) -> str:
    kind = type(exc)
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = f"{kind.__module__}.{name}"
    try:
        empty = not str(exc)
    except Exception:
        empty = False
    return f"{name}\n" if empty else f"{name}: {MESSAGE_LEFT_OUT}\n"


def write_crash_log(
    error: BaseException, *, session_id: str = "", context: str = ""
) -> Path | None:
    """Write the traceback to a new log file: frames and exception types, never local variables
    or exception messages, which can hold meeting text.

    Returns the file, or None when it could not be written.
    """
    now = datetime.now(UTC)
    # read here, not at import: the metadata scan costs ~60 ms of every `kickoff run`
    lines = [
        f"kickoff {package_version()} crashed at {now.isoformat(timespec='seconds')}",
        f"python {sys.version.split()[0]} on {sys.platform}, pid {os.getpid()}",
    ]
    if session_id:
        lines.append(f"session {session_id}: `kickoff resume {session_id}` carries on with it")
    if context:
        lines.append(context)
    text = "\n".join(lines) + "\n\n" + traceback_without_messages(error)
    try:
        folder = paths.logs_dir(create=True)
        path = folder / f"crash-{now.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
        # O_EXCL: two crashes in the same second get two files, never one overwritten
        for attempt in range(1, 100):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                break
            except FileExistsError:
                path = path.with_name(f"{path.stem.rsplit('.', 1)[0]}.{attempt}.log")
        else:
            return None
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path
    except Exception:
        return None


def crash_message(log: Path | None, session_id: str = "") -> str:
    """The one line a user sees after an unexpected error."""
    resume = f"`kickoff resume {session_id}`" if session_id else "`kickoff resume`"
    where = f"details in {log}" if log is not None else "the details could not be logged"
    return (
        f"kickoff stopped on an unexpected error; the meeting is saved and {resume} "
        f"carries on ({where})"
    )


def write_minutes_draft(session: Session, folder: Path) -> Path | None:
    """Render the minutes so far into `<session folder>/minutes-draft.md`, replacing an older draft.

    Returns the file, or None when rendering or writing failed.
    """
    try:
        from kickoff_tui.domain.minutes import render
        from kickoff_tui.storage.files import atomic_write

        return atomic_write(folder / MINUTES_DRAFT_NAME, render(session), overwrite=True)
    except Exception:
        return None
