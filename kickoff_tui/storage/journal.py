"""Append-only JSONL journal: the source of truth for a session.

A change is real once its line is on disk: `Journal.append` writes one JSON line with a single
`os.write` and syncs it before returning. Reading recovers everything that can be recovered: a
torn last line (crash mid-write) and damaged middle lines are skipped with warnings; a journal
from a newer kickoff is refused rather than misread. See docs/session-format.md.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.events import Event
from kickoff_tui.errors import JournalError
from kickoff_tui.storage.durable import sync_folder

_RESERVED_KEYS = frozenset({"v", "type", "at"})  # the envelope of every JSON line
# No event kickoff writes comes near this (an entry's text is capped at MAX_ENTRY_CHARS); a
# longer line is damage or a forgery, and decoding it would stall the app. The first line
# carries the whole agenda, so it is not capped here.
MAX_LINE_BYTES = 1 << 20
TORN_SUFFIX = ".torn"  # the bytes of a torn last line are kept here, never silently dropped

# fdatasync flushes the data and the file size (all an append needs) without the mtime.
_sync: Callable[[int], None] = os.fdatasync if hasattr(os, "fdatasync") else os.fsync


class EventSink(Protocol):
    def append(self, event: Event) -> None:
        """Make the event durable; raise JournalError if it could not be written."""
        ...


class MemoryJournal:
    """A journal that only remembers, for tests and previews."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def append(self, event: Event) -> None:
        self.events.append(event)


class JournalWriteError(JournalError):
    """An event could not be made durable (disk full, I/O error). Nothing was committed."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code  # the errno, e.g. errno.ENOSPC


class Journal:
    """The journal file of one session, open for appending (or read-only: appends refused).

    Opening repairs a torn last line so the next append starts on a fresh line. Not
    thread-safe: append from one thread, the one that applies events to the Session.
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._fd: int | None = None
        self._size = 0
        if read_only:
            return
        try:
            self._fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_EXCL, 0o600)
            sync_folder(path.parent)  # the new file's name must survive a crash too
        except FileExistsError:
            self._fd = _open_existing(path)
        except OSError as error:
            raise JournalError(f"cannot open the journal {path}: {error.strerror}") from None
        self._size = _repair_torn_tail(self._fd, path)

    @property
    def closed(self) -> bool:
        return self._fd is None

    def append(self, event: Event) -> None:
        if self.read_only:
            raise JournalError("this session is open read-only; changes are not saved")
        if self._fd is None:
            raise JournalError("the journal is closed; changes are not saved")
        clash = _RESERVED_KEYS & event.data.keys()
        if clash:  # a programming error: the line would replay as a different event
            raise ValueError(f"{event.type} payload uses reserved keys {sorted(clash)}")
        data = (event.to_json() + "\n").encode("utf-8")
        fd, before = self._fd, self._size
        try:
            written = os.write(fd, data)  # one write: a crash leaves a whole line or a torn tail
            if written != len(data):  # a short write means the disk filled up mid-line
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            _sync(fd)
        except OSError as error:
            self._undo_partial(before)
            code = error.errno
            reason = error.strerror or os.strerror(code or errno.EIO)
            raise JournalWriteError(
                f"could not save to the journal ({reason}): {self.path}", code
            ) from None
        self._size = before + len(data)

    def _undo_partial(self, size: int) -> None:
        """Cut off whatever part of a failed line reached the file, so it never replays."""
        assert self._fd is not None
        try:
            os.ftruncate(self._fd, size)
            _sync(self._fd)
        except OSError:
            pass  # the reader skips a torn or damaged line anyway

    def close(self) -> None:
        """Close the file. Every append is already on disk, so there is nothing to flush."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_existing(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_APPEND)
    except OSError as error:
        raise JournalError(f"cannot open the journal {path}: {error.strerror}") from None


def _repair_torn_tail(fd: int, path: Path) -> int:
    """Truncate a last line that has no newline (crash mid-write); return the new size.

    The cut bytes are appended to `journal.jsonl.torn` next to the journal, for the curious.
    """
    size = os.fstat(fd).st_size
    end = size
    chunk = 65536
    while end > 0:
        start = max(0, end - chunk)
        block = os.pread(fd, end - start, start)
        newline = block.rfind(b"\n")
        if newline >= 0:
            end = start + newline + 1
            break
        end = start
    if end == size:
        return size
    torn = os.pread(fd, size - end, end)
    try:
        with open(str(path) + TORN_SUFFIX, "ab") as keep:
            keep.write(torn + b"\n")
    except OSError:
        pass  # keeping the torn bytes is a courtesy; repairing the journal is what matters
    try:
        os.ftruncate(fd, end)
        _sync(fd)
    except OSError as error:
        raise JournalError(f"cannot repair the journal {path}: {error.strerror}") from None
    return end


# ----- reading ----------------------------------------------------------------------------


@dataclass
class JournalRead:
    events: list[Event]
    warnings: list[str] = field(default_factory=list)
    # entry ids ("e7") found on lines that were skipped: the entry is lost, but its id was
    # handed out once and must never be handed out again (see Session.entry_serial)
    skipped_entry_ids: list[str] = field(default_factory=list)


# An entry id as it appears in a line kickoff wrote, found even when the JSON around it is not.
_ENTRY_ID_BYTES = re.compile(rb'"id"\s*:\s*"(e[0-9]{1,18})"')


def _ids_on(line: bytes) -> list[str]:
    return [match.decode("ascii") for match in _ENTRY_ID_BYTES.findall(line)]


def newer_schema_error(path: Path, version: object) -> JournalError:
    return JournalError(
        f"{path} was written by a newer kickoff (schema {version}); upgrade to read it"
    )


def read_journal(path: Path) -> JournalRead:
    """Every event that can be recovered, plus a warning for each line that could not.

    Raises JournalError when nothing sensible can be rebuilt: a missing or empty file, a first
    line that is not session_created, or a record from a newer schema version.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise JournalError(f"no journal at {path}") from None
    except OSError as error:
        raise JournalError(f"cannot read the journal {path}: {error.strerror}") from None
    # Split on b"\n" only: str.splitlines would also break on U+2028 inside a JSON string.
    lines = raw.split(b"\n")
    torn = lines.pop()  # b"" when the file ends with a newline, as every whole line does
    read = JournalRead([])
    read_lines(path, lines, read, ends_file=not torn.strip())
    if torn.strip():
        read.warnings.append(
            f"{path.name} line {len(lines) + 1}: incomplete last line "
            f"({len(torn)} bytes, probably a crash mid-write); ignored"
        )
    if not read.events:
        if raw.strip():
            raise JournalError(f"{path} holds no complete event (a crash while creating it?)")
        raise JournalError(f"{path} is empty: the session was never written")
    return read


def read_lines(
    path: Path,
    lines: list[bytes],
    read: JournalRead,
    *,
    first_number: int = 1,
    created: bool = False,
    ends_file: bool = False,
) -> None:
    """Decode whole journal lines (without their newlines) into `read`: the one way a line
    becomes an event, for `read_journal` and for the room view's follower (which passes the
    lines as they arrive, `first_number` counting on, `created` once line 1 is read).

    `ends_file`: the last of `lines` is the file's last line, so damage there is probably a
    crash mid-write, which its warning says.
    """
    for number, line in enumerate(lines, start=first_number):
        if not line.strip():
            continue
        if number > 1 and len(line) > MAX_LINE_BYTES:
            read.warnings.append(
                f"{path.name} line {number}: {len(line):,} bytes long, more than any event "
                f"kickoff writes ({MAX_LINE_BYTES:,}); skipped"
            )
            read.skipped_entry_ids += _ids_on(line[:4096])
            continue
        try:
            record = _decode(path, line)
        except ValueError as problem:
            if number == 1:
                raise JournalError(
                    f"{path} line 1 is damaged ({problem}); the session cannot be rebuilt"
                ) from None
            last = ends_file and number == first_number + len(lines) - 1
            what = "last line damaged, probably a crash mid-write" if last else "damaged"
            read.warnings.append(f"{path.name} line {number}: {what} ({problem}); skipped")
            read.skipped_entry_ids += _ids_on(line)
            continue
        try:
            event = Event.from_record(record, origin=f"{path.name} line {number}")
        except (KeyError, ValueError, TypeError) as problem:
            read.warnings.append(f"{path.name} line {number}: not an event ({problem!r}); skipped")
            read.skipped_entry_ids += _ids_on(line)
            continue
        first = not created and not read.events
        if first and event.type != ev.SESSION_CREATED:
            raise JournalError(f"{path} does not start with a session_created event")
        if not first and event.type == ev.SESSION_CREATED:
            read.warnings.append(f"{path.name} line {number}: second session_created; skipped")
            continue
        read.events.append(event)


def _decode(path: Path, line: bytes) -> dict[str, Any]:
    """The JSON object on one line; ValueError when damaged, JournalError when too new."""
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON: {error.msg}") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    versions = [record.get("v")]
    if record.get("type") == ev.SESSION_CREATED:
        versions.append(record.get("schema", 1))
    for version in versions:
        if type(version) is not int or version < 1:
            raise ValueError(f"bad schema version {version!r}")
        # Refuse a newer schema outright: guessing at unknown meaning could misrecord a meeting.
        if version > ev.SCHEMA_VERSION:
            raise newer_schema_error(path, version)
    return record
