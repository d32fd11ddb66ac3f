"""Follows a growing journal for the room view: a second reader, never a second writer.

Each `poll()` looks at the file's size (one stat) and, when it grew, reads only the new bytes
from where the last whole line ended. Whole lines go through the same decoding as `resume` and
`export` (storage.journal.read_lines) and the same `Session.apply`, so the room cannot drift
from the console. A last line without its newline is a write in progress (or a crash mid-write):
it is left for the next poll. The follower opens the journal read-only, never takes the lock
and writes nothing into the session folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.errors import JournalError
from kickoff_tui.storage.journal import JournalRead, read_lines


class JournalGone(JournalError):
    """The journal being followed was deleted or moved away."""


class JournalFollower:
    """The session a journal holds so far, kept up to date by `poll()`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.session: Session | None = None  # None until the first line is whole on disk
        self._offset = 0  # bytes folded so far: always just after a newline
        self._next_line = 1
        self._inode: tuple[int, int] | None = None
        self.lines_read = 0

    def poll(self) -> int:
        """Fold whatever whole lines were appended since the last poll; how many events.

        Raises JournalGone when the file is no longer there, JournalError when it cannot be
        read or its first line is not a session.
        """
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            raise JournalGone(f"the journal {self.path} is gone") from None
        except OSError as error:
            raise JournalError(f"cannot read the journal {self.path}: {error.strerror}") from None
        inode = (stat.st_dev, stat.st_ino)
        if self._inode is not None and (inode != self._inode or stat.st_size < self._offset):
            self._restart()  # replaced (a synced copy) or cut shorter: fold it again from line 1
        self._inode = inode
        if stat.st_size <= self._offset:
            return 0
        fresh = self._read_from_offset(stat.st_size)
        end = fresh.rfind(b"\n")
        if end < 0:
            return 0  # only part of a line so far: wait for the rest
        whole = fresh[:end].split(b"\n")
        self._offset += end + 1
        first = self._next_line
        self._next_line += len(whole)
        self.lines_read += len(whole)
        return self._fold(whole, first)

    def _read_from_offset(self, size: int) -> bytes:
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            raise JournalGone(f"the journal {self.path} is gone") from None
        except OSError as error:
            raise JournalError(f"cannot read the journal {self.path}: {error.strerror}") from None
        try:
            return os.pread(fd, size - self._offset, self._offset)
        except OSError as error:
            raise JournalError(f"cannot read the journal {self.path}: {error.strerror}") from None
        finally:
            os.close(fd)

    def _restart(self) -> None:
        self.session = None
        self._offset = 0
        self._next_line = 1

    def _fold(self, lines: list[bytes], first_number: int) -> int:
        read = JournalRead([])
        read_lines(
            self.path, lines, read, first_number=first_number, created=self.session is not None
        )
        session = self.session
        if session is None:
            if not read.events:
                return 0
            try:  # as rebuild_from_journal does: the first event carries the agenda
                session = session_from_events(read.events)
            except (KeyError, ValueError, TypeError) as problem:
                raise JournalError(
                    f"{self.path}: the agenda stored in it is unreadable ({problem!r})"
                ) from None
            self.session = session
        else:
            for event in read.events:
                session.apply(event)
        session.warnings += read.warnings
        for entry_id in read.skipped_entry_ids:
            session.saw_entry_id(entry_id)
        return len(read.events)
