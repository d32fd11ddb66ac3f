"""Safe file writes: atomic, never overwriting unless asked, names that stay in their folder."""

from __future__ import annotations

import errno
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kickoff_tui.storage.durable import sync_folder

MAX_NAME_BYTES = 255
# Room kept for a "-999" counter so a free name never has to be truncated further.
_COUNTER_ROOM = 4
_MAX_COUNTER = 999
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{stem}{n}" for stem in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")]
)


@dataclass(frozen=True)
class WriteResult:
    path: Path
    renamed: bool  # the wanted name was taken, so a free "-2", "-3", ... name was used


def atomic_write(
    path: Path, text: str, *, overwrite: bool = False, mode: int | None = None
) -> Path:
    """Write text to path via a temp file in the same folder, fsync, then rename.

    A crash at any moment leaves either no file or the whole file. Raises FileExistsError
    when path exists and overwrite is False (checked atomically where hard links work).
    `mode` sets the permissions (an edited file keeps its own); else 0o666 less the umask.
    """
    if path.exists() and not overwrite:
        raise FileExistsError(str(path))
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:200]}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            os.fchmod(handle.fileno(), 0o666 & ~_umask() if mode is None else mode)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temp, path)
        else:
            _link_or_replace(temp, path)
    except BaseException:
        if os.path.lexists(temp):
            os.unlink(temp)
        raise
    sync_folder(path.parent)  # make the rename itself durable
    return path


def _link_or_replace(temp: str, path: Path) -> None:
    """Publish temp at path without clobbering: link() fails if path appeared meanwhile."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError as exc:
        # FAT/exFAT sticks and some network shares have no hard links: fall back to a
        # checked rename, which only loses the guarantee against a concurrent writer.
        if exc.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
        ):
            raise
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.replace(temp, path)
        return
    os.unlink(temp)


def _umask() -> int:
    """The process umask, read without changing it where the platform allows."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def safe_name(text: str, fallback: str = "minutes") -> str:
    """A filename stem from free text: one path component, portable, never hidden.

    Keeps letters and digits of any script, lowercased; every other run of characters
    becomes one dash (so no separators, dots, shell or control characters survive), and a
    reserved Windows device name gets a trailing dash.
    """
    text = unicodedata.normalize("NFC", text).lower()
    text = "".join(c if c.isalnum() else " " for c in text)
    text = "-".join(text.split())
    if not text:
        text = fallback
    if text.upper() in _WINDOWS_RESERVED:
        text = f"{text}-"
    return text


def _truncate_utf8(text: str, max_bytes: int) -> str:
    encoded = text.encode("utf-8")[:max_bytes]
    return encoded.decode("utf-8", errors="ignore").rstrip("-")


def minutes_filename(meeting_date: date | None, title: str, suffix: str = ".md") -> str:
    """`2026-11-25-acme-website-kickoff.md`: date and title, safe, at most 255 bytes."""
    stem = safe_name(title)
    if meeting_date is not None:
        stem = f"{meeting_date.isoformat()}-{stem}"
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8")) - _COUNTER_ROOM
    return _truncate_utf8(stem, room) + suffix


def check_name(name: str) -> str:
    """Raise ValueError unless name is one safe component to create inside a folder."""
    if not name or name in (".", "..") or name.startswith("."):
        raise ValueError(f"'{name}' is not a usable file name")
    if "/" in name or "\\" in name or "\x00" in name or os.sep in name:
        raise ValueError(f"'{name}' must be a file name, not a path")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise ValueError("file name is longer than 255 bytes")
    return name


def _numbered(name: str, number: int) -> str:
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    tail = f"-{number}" + (f".{suffix}" if suffix else "")
    room = MAX_NAME_BYTES - len(tail.encode("utf-8"))
    return _truncate_utf8(stem, room) + tail


def write_new(folder: Path, name: str, text: str, *, force: bool = False) -> WriteResult:
    """Write text to folder/name atomically.

    With force, an existing file is replaced. Without it, an existing file is kept and the
    first free name of `name-2`, `name-3`, ... is used instead; the result says so.
    Raises ValueError for an unsafe name, FileExistsError when no free name is left,
    OSError when the folder cannot be written.
    """
    check_name(name)
    target = folder / name
    if force:
        return WriteResult(atomic_write(target, text, overwrite=True), renamed=False)
    for number in range(1, _MAX_COUNTER + 1):
        candidate = target if number == 1 else folder / _numbered(name, number)
        try:
            return WriteResult(atomic_write(candidate, text), renamed=number > 1)
        except FileExistsError:
            continue
    raise FileExistsError(f"{target} and {_MAX_COUNTER - 1} numbered variants already exist")
