"""The lock that tells a live session from a crashed one: `<session folder>/lock`.

It holds the pid and host of the kickoff that has the session open, as JSON, and is created
with O_EXCL so two apps cannot both take it. A lock whose process is gone (on this host) is
stale and is taken over. A lock from another host cannot be checked, so it counts as live.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from kickoff_tui.domain.clock import to_stamp
from kickoff_tui.errors import JournalError

LOCK_NAME = "lock"
# A lock file is created empty and filled by the next write; give a slow writer this long
# before an empty or unreadable lock counts as left behind by a crash.
_FRESH_SECONDS = 5.0


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    since: str = ""  # when it was taken, ISO UTC
    boot: str = ""  # Linux boot id: a lock from before a reboot is stale whatever the pid
    proc_start: str = ""  # Linux process start time: guards against a reused pid

    def describe(self) -> str:
        if self.pid <= 0:
            return "one that is opening it right now"
        return f"pid {self.pid} on {self.host}"

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), separators=(",", ":")).encode("utf-8") + b"\n"


class SessionLocked(JournalError):
    """Another live kickoff has this session open. The UI can offer to open it read-only."""

    def __init__(self, session_id: str, holder: LockInfo, lock_path: Path) -> None:
        self.session_id = session_id
        self.holder = holder
        self.lock_path = lock_path
        super().__init__(
            f"session {session_id} is open in another kickoff ({holder.describe()}); "
            f"close it there, or if it is not running, delete {lock_path}"
        )


def this_host() -> str:
    return socket.gethostname()


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="ascii", errors="replace") as handle:
            return handle.read().strip()
    except OSError:
        return ""


def _boot_id() -> str:
    return _read_text("/proc/sys/kernel/random/boot_id")


def _proc_start(pid: int) -> str:
    """Field 22 of /proc/<pid>/stat (start time in clock ticks); "" where there is no /proc."""
    stat = _read_text(f"/proc/{pid}/stat")
    fields = stat.rpartition(")")[2].split()  # the command name may hold spaces and parens
    return fields[19] if len(fields) > 19 else ""


def is_alive(info: LockInfo) -> bool:
    """Whether the process that took the lock may still be running."""
    if info.host != this_host():
        return True  # cannot look at another machine: assume it is in use
    if info.boot and info.boot != _boot_id():
        return False
    if info.pid <= 0:
        return False
    try:
        os.kill(info.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, owned by another user
    except OSError:
        return False
    # A different start time means the pid now belongs to a different process.
    return not info.proc_start or info.proc_start == _proc_start(info.pid)


def _read_raw(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return b""


def _parse(raw: bytes) -> LockInfo | None:
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockInfo(
            pid=int(data["pid"]),
            host=str(data["host"]),
            since=str(data.get("since", "")),
            boot=str(data.get("boot", "")),
            proc_start=str(data.get("proc_start", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _age_seconds(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return _FRESH_SECONDS + 1


def live_holder(folder: Path) -> LockInfo | None:
    """Who holds the session's lock, or None when it is free or stale."""
    path = folder / LOCK_NAME
    raw = _read_raw(path)
    if raw is None:
        return None
    info = _parse(raw)
    if info is None:
        # Being written right now, or left half-written by a crash long ago.
        if _age_seconds(path) <= _FRESH_SECONDS:
            return LockInfo(pid=0, host="")
        return None
    return info if is_alive(info) else None


class SessionLock:
    """A held lock. `release()` removes it, but only if it is still ours."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info
        self._held = True

    @property
    def held(self) -> bool:
        return self._held

    @classmethod
    def acquire(cls, folder: Path) -> SessionLock:
        """Take the lock of the session in `folder`; raises SessionLocked if a live app has it."""
        path = folder / LOCK_NAME
        pid = os.getpid()
        info = LockInfo(
            pid=pid,
            host=this_host(),
            since=to_stamp(datetime.now(UTC)),
            boot=_boot_id(),
            proc_start=_proc_start(pid),
        )
        for _attempt in range(5):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = live_holder(folder)
                if holder is not None:
                    raise SessionLocked(folder.name, holder, path) from None
                _break_stale(path)
                continue
            except OSError as error:
                raise JournalError(f"cannot lock {folder}: {error.strerror}") from None
            try:
                os.write(fd, info.to_bytes())
            except OSError as error:
                os.close(fd)
                path.unlink(missing_ok=True)
                raise JournalError(f"cannot lock {folder}: {error.strerror}") from None
            os.close(fd)
            return cls(path, info)
        raise JournalError(f"cannot lock {folder}: another kickoff keeps taking its lock")

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        # Never remove a lock another app took after ours was judged stale.
        if _parse(_read_raw(self.path) or b"") == self.info:
            self.path.unlink(missing_ok=True)


def _break_stale(path: Path) -> None:
    """Remove a stale lock. Renaming it aside first means two apps breaking the same stale
    lock at once cannot delete a fresh lock the other one has just taken."""
    seen = _read_raw(path)
    aside = path.with_name(f".{LOCK_NAME}.stale-{uuid.uuid4().hex[:8]}")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return
    except OSError as error:
        raise JournalError(f"cannot remove the stale lock {path}: {error.strerror}") from None
    if _read_raw(aside) != seen:
        # Someone replaced it between our look and the rename: put theirs back.
        with contextlib.suppress(OSError):
            os.link(aside, path)
    aside.unlink(missing_ok=True)
