"""Saving an agenda without losing an edit or clobbering a file.

- `save_text`: atomic (temp file in the same folder, fsync, rename; storage/files.py), the
  file's permissions kept, and refused with ExternalChange when the file on disk is no longer
  what was opened (someone saved it in another editor, or a `git pull` changed it).
- A recovery file next to the agenda (`.NAME.yaml.kickoff-recovery`, like an editor's swap
  file): the editor writes the unsaved text every few seconds and offers it back after a
  crash or a kill -9; a successful save discards it.
Every failure is one line (KickoffError) and changes nothing: the caller keeps its text.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from kickoff_tui.errors import KickoffError
from kickoff_tui.storage.small_file import read_small
from kickoff_tui.storage.yaml_marks import MAX_BYTES

RECOVERY_SUFFIX = ".kickoff-recovery"


class SaveError(KickoffError):
    """The file could not be written (full disk, read-only folder, ...); nothing was lost."""


class ExternalChange(KickoffError):
    """The file changed on disk since it was opened; save with force=True to overwrite it."""


@dataclass(frozen=True)
class DiskState:
    """What a file held when it was read or written: compared by content, so a file only
    touched (same bytes, new time) does not count as changed."""

    size: int
    mtime_ns: int
    sha256: str

    def same_content(self, other: DiskState | None) -> bool:
        return other is not None and (self.size, self.sha256) == (other.size, other.sha256)


def read_disk(path: str | os.PathLike[str]) -> tuple[bytes, DiskState] | None:
    """The file's bytes (at most MAX_BYTES + 1) and state; None when there is no file.
    Raises OSError when it exists but cannot be read."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
            info = os.fstat(handle.fileno())
    except FileNotFoundError:
        return None
    return data, DiskState(info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest())


def disk_state(path: str | os.PathLike[str]) -> DiskState | None:
    """The file's state now; None when absent. An unreadable file counts as changed."""
    try:
        found = read_disk(path)
    except OSError:
        return DiskState(-1, -1, "unreadable")
    return None if found is None else found[1]


def save_text(
    path: str | os.PathLike[str], text: str, opened: DiskState | None, *, force: bool = False
) -> DiskState:
    """Write `text` to `path` atomically; `opened` is what the file held when it was read
    (None: there was no file). Returns the new state. A symlink is followed, not replaced."""
    from kickoff_tui.storage.files import atomic_write

    shown = str(path)
    target = Path(os.path.realpath(path))
    if not force:
        now = disk_state(target)
        if opened is None and now is not None:
            raise ExternalChange(f"{shown} was created by someone else since it was opened")
        if opened is not None and not opened.same_content(now):
            what = "removed" if now is None else "changed on disk"
            raise ExternalChange(f"{shown} was {what} since it was opened")
    data = text.encode("utf-8", errors="strict")
    try:
        info = os.stat(target)
        mode: int | None = stat.S_IMODE(info.st_mode)
    except FileNotFoundError:
        info, mode = None, None
    except OSError as exc:
        raise SaveError(_cannot(shown, exc)) from None
    try:
        # a new file is linked into place only if nobody created one meanwhile
        atomic_write(target, text, overwrite=force or opened is not None, mode=mode)
        _keep_owner(target, info)
        written = os.stat(target)
    except FileExistsError:
        raise ExternalChange(f"{shown} was created by someone else since it was opened") from None
    except OSError as exc:
        raise SaveError(_cannot(shown, exc)) from None
    return DiskState(len(data), written.st_mtime_ns, hashlib.sha256(data).hexdigest())


def _keep_owner(target: Path, before: os.stat_result | None) -> None:
    """Best effort: a file saved by its owner stays theirs (root editing a user's file)."""
    if before is None or not hasattr(os, "chown"):
        return
    after = os.stat(target)
    if (after.st_uid, after.st_gid) != (before.st_uid, before.st_gid):
        with contextlib.suppress(OSError):
            os.chown(target, before.st_uid, before.st_gid)


def _cannot(shown: str, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return f"cannot save {shown}: {reason}; your edits are kept, unsaved"


# -- the recovery file ---------------------------------------------------------------------------
def recovery_path(path: str | os.PathLike[str]) -> Path:
    """`.NAME.yaml.kickoff-recovery` in the agenda's folder (hidden, like a swap file)."""
    agenda = Path(path)
    return agenda.with_name(f".{agenda.name}{RECOVERY_SUFFIX}")


def write_recovery(path: str | os.PathLike[str], text: str) -> None:
    """Keep unsaved text next to the agenda, atomically, readable by its owner only."""
    from kickoff_tui.storage.files import atomic_write

    try:
        atomic_write(recovery_path(path), text, overwrite=True, mode=0o600)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SaveError(f"cannot keep a recovery copy of {path}: {reason}") from None


def read_recovery(path: str | os.PathLike[str]) -> str | None:
    """The unsaved text left by an editor that did not close cleanly, or None: no recovery
    file, one that cannot be read as UTF-8 text, or one that holds what the agenda holds."""
    try:
        # not a FIFO (the start would wait forever), nor a link, nor larger than any agenda
        data = read_small(recovery_path(path), MAX_BYTES, follow=False)
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if len(data) > MAX_BYTES:
        return None
    found = None
    with contextlib.suppress(OSError):
        found = read_disk(path)
    if found is not None:
        on_disk = found[0].removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
        if on_disk == text:
            return None
    return text


def discard_recovery(path: str | os.PathLike[str]) -> None:
    """Remove the recovery file (after a save, or when the user declines it)."""
    try:
        recovery_path(path).unlink(missing_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise SaveError(f"cannot remove the recovery copy of {path}: {reason}") from None
