"""Text the journal never took, kept safe when kickoff closes: said on the terminal and in a file.

On a full disk the journal refuses a capture (the bar keeps its text) or the draft of what is
being typed. Quitting then must not lose it while saying all is well: the screens report what
they hold that is not on disk, and once the app has closed this module writes it to a file (the
crash-log folder, else the system temp folder) and gives the lines to print.

No Textual here: the screens are asked by duck typing (an `unsaved()` method), like flush_draft.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kickoff_tui import paths
from kickoff_tui.domain.events import ENTRY_LABELS
from kickoff_tui.domain.session import Session
from kickoff_tui.text_safety import safe_text

UNSAVED_EXIT = 1  # the process exit code when something typed could not be saved


@dataclass(frozen=True)
class Unsaved:
    """One piece of typing that is not on disk: what it was, and the text as typed."""

    what: str  # "Decision being typed", "Edit of entry e3"
    text: str


def capture_unsaved(session: Session, kind: str, text: str, editing: str | None) -> list[Unsaved]:
    """The capture bar's text (`kind` "" when the bar is idle) if it is not on disk."""
    if not kind or not text.strip():
        return []
    if editing is not None:
        entry = session.entries.get(editing)
        if entry is not None and text.strip() == entry.text:
            return []
        return [Unsaved(f"Edit of entry {editing}", text)]
    if (session.draft_kind, session.draft_text) == (kind, text):
        return []  # journaled as the draft: resume puts it back in the bar
    return [Unsaved(f"{ENTRY_LABELS.get(kind, 'Entry')} being typed", text)]


def collect(screens: Iterable[object]) -> list[Unsaved]:
    """What the screens (bottom first) hold that is not on disk; a failing screen says nothing."""
    found: list[Unsaved] = []
    for screen in screens:
        report = getattr(screen, "unsaved", None)
        if not callable(report):
            continue
        try:
            found.extend(report())
        except Exception:  # asked on the way out: a half torn-down screen must not stop quitting
            continue
    return found


def file_text(items: list[Unsaved], session_id: str) -> str:
    lines = [f"kickoff could not save this to session {session_id} (the journal refused it):", ""]
    for item in items:
        lines += [f"{item.what}:", item.text, ""]
    return "\n".join(lines)


def write_unsaved(
    items: list[Unsaved], session_id: str, *, folders: list[Path] | None = None
) -> Path | None:
    """Write the text to a new file in the first folder that takes it; None when none did.

    The folders are the crash-log folder, then the system temp folder (the data folder may be
    the full disk). The file is readable by its owner only: it holds meeting text.
    """
    data = file_text(items, session_id).encode("utf-8")
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    name = f"unsaved-{session_id or 'kickoff'}-{stamp}-{os.getpid()}.txt"
    for folder in folders if folders is not None else _fallback_folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError:
            continue
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            path.unlink(missing_ok=True)  # a half-written copy would look like all of it
            continue
        return path
    return None


def _fallback_folders() -> list[Path]:
    return [paths.logs_dir(), Path(tempfile.gettempdir())]


def terminal_lines(items: list[Unsaved], kept_in: Path | None, session_id: str) -> list[str]:
    """What the user reads after the app closes: every unsaved text in full, and where it is."""
    lines = ["kickoff: NOT SAVED: the journal refused this, so it is not in the session:"]
    for item in items:
        text = safe_text(item.text).replace("\n", "\n    ")
        lines.append(f"  {item.what}: {text}")
    if kept_in is not None:
        lines.append(f"kickoff: a copy is in {safe_text(str(kept_in))}")
    else:
        lines.append("kickoff: no copy could be written anywhere; copy the text above now")
    lines.append(
        f"kickoff: everything else is in session {session_id}; "
        f"`kickoff resume {session_id}` carries on once the disk has room"
    )
    return lines
