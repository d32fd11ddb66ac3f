"""Where minutes go, and writing them there safely.

The folder is, in order: the one asked for, $KICKOFF_MINUTES_DIR, the current directory, or
paths.minutes_fallback_dir() when the current directory cannot be written (a read-only
checkout, a system folder). The file name comes from the meeting date and title.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kickoff_tui import paths
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import Session
from kickoff_tui.errors import ExportError
from kickoff_tui.storage.files import minutes_filename, write_new
from kickoff_tui.text_safety import strip_escape_sequences

ENV_MINUTES_DIR = "KICKOFF_MINUTES_DIR"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    renamed: bool  # the wanted name existed, so a free "-2", "-3", ... name was used
    wanted: Path  # the name that was asked for (equal to path unless renamed)
    created: Path | None = None  # the folder, when it had to be created for the minutes


def default_folder() -> Path:
    """$KICKOFF_MINUTES_DIR, else the current directory if writable, else the data folder."""
    configured = os.environ.get(ENV_MINUTES_DIR, "").strip()
    if configured:
        return Path(configured).expanduser()
    try:
        here = Path.cwd()
    except OSError:  # the current directory was deleted under us
        return _fallback_folder("the current folder is gone")
    if os.access(here, os.W_OK | os.X_OK):
        return here
    return _fallback_folder(f"{here} is read-only")


def _fallback_folder(why: str) -> Path:
    folder = paths.minutes_fallback_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(
            f"cannot write minutes: {why} and {folder} cannot be created "
            f"({error.strerror or error}); choose a folder with -o"
        ) from None
    return folder


def default_name(session: Session, suffix: str = ".md") -> str:
    # an escape sequence's parameters ("0;pwned", "31m") are not words of the title
    title = strip_escape_sequences(session.agenda.meeting.title)
    return minutes_filename(session.meeting_date, title, suffix)


def resolve_target(
    session: Session, target: Path | str | None, suffix: str = ".md"
) -> tuple[Path, str]:
    """(folder, file name) for a target that may be None, a folder or a file path.

    An existing folder, or a path written with a trailing separator, is a folder; anything
    else is the file to write (its folder is created when missing).
    """
    if target is None or str(target) == "":
        return default_folder(), default_name(session, suffix)
    shown = str(target)
    path = Path(target).expanduser()
    if path.is_dir() or shown.endswith(("/", os.sep)):
        return path, default_name(session, suffix)
    if path.name in ("", ".", ".."):
        return path, default_name(session, suffix)
    return path.parent, path.name


def export_minutes(
    session: Session, target: Path | str | None = None, *, force: bool = False
) -> ExportResult:
    """Render and write the Markdown minutes; never overwrites an existing file unless force."""
    return export_text(session, render(session), ".md", target, force=force)


def export_text(
    session: Session,
    text: str,
    suffix: str,
    target: Path | str | None = None,
    *,
    force: bool = False,
) -> ExportResult:
    """Write one export's text; never overwrites an existing file unless force.

    Raises ExportError with a one-line reason when the file cannot be written.
    """
    folder, name = resolve_target(session, target, suffix)
    created = None if folder.is_dir() else folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = write_new(folder, name, text, force=force)
    except FileExistsError as exc:
        raise ExportError(f"cannot find a free file name: {exc}") from None
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    except OSError as exc:
        where = exc.filename or folder
        raise ExportError(f"cannot write minutes to {where}: {exc.strerror or exc}") from None
    return ExportResult(written.path, written.renamed, folder / name, created)
