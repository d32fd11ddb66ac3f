"""Sessions on disk: `<KICKOFF_HOME or user data dir>/sessions/<id>/` holding journal.jsonl and,
while an app has the session open, a lock. Ids start with the UTC creation time, so they sort
by time. See docs/session-format.md.
"""

from __future__ import annotations

import contextlib
import difflib
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final, Literal

from kickoff_tui import paths
from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.domain.clock import Clock, to_stamp
from kickoff_tui.domain.payloads import SessionCreated
from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.errors import JournalError, SessionNotFound
from kickoff_tui.storage.journal import Journal, read_journal
from kickoff_tui.storage.lock import LOCK_NAME, LockInfo, SessionLock, live_holder

JOURNAL_NAME = "journal.jsonl"
SessionStatus = Literal["live", "crashed", "left", "ended", "damaged"]
LIVE: Final = "live"
CRASHED: Final = "crashed"
LEFT: Final = "left"  # quit on purpose before the end: unfinished, like crashed, but not a failure
ENDED: Final = "ended"
DAMAGED: Final = "damaged"
UNFINISHED: Final[tuple[SessionStatus, ...]] = (LIVE, CRASHED, LEFT)
_ID_PATTERN = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{4,}$")


@dataclass
class LiveHandle:
    """An open session: its state, the journal to append to, and (unless read-only) the lock.

    `close()` closes the journal and releases the lock; it is safe to call more than once.
    """

    session: Session
    journal: Journal
    folder: Path
    lock: SessionLock | None = None

    @property
    def session_id(self) -> str:
        return self.folder.name

    @property
    def read_only(self) -> bool:
        return self.journal.read_only

    @property
    def warnings(self) -> list[str]:
        """What could not be recovered from the journal, and what the fold skipped."""
        return self.session.warnings

    def close(self) -> None:
        self.journal.close()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> LiveHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def session_folder(session_id: str) -> Path:
    """The folder of an exact session id; SessionNotFound when there is no such session."""
    if not _ID_PATTERN.match(session_id):
        raise SessionNotFound(f"'{session_id}' is not a session id; `kickoff sessions` lists them")
    folder = paths.sessions_dir() / session_id
    if not folder.is_dir():
        raise SessionNotFound(f"no session {session_id}; `kickoff sessions` lists them")
    return folder


def local_utc_offset_minutes(when: datetime) -> int:
    """This machine's UTC offset at `when`, in whole minutes (east of UTC is positive)."""
    offset = when.astimezone().utcoffset()
    return 0 if offset is None else round(offset.total_seconds() / 60)


def new_session(
    agenda: Agenda,
    source: str,
    clock: Clock,
    meeting_date: date | None = None,
    *,
    utc_offset_minutes: int | None = None,
) -> LiveHandle:
    """Create a session folder, take its lock and journal the agenda as it is now.

    The facilitator's UTC offset (the local time zone now, unless given) is journaled so the
    minutes can show the meeting's own wall-clock times.
    """
    now = clock.now()
    if utc_offset_minutes is None:
        utc_offset_minutes = local_utc_offset_minutes(now)
    local_today = (now.astimezone(UTC) + timedelta(minutes=utc_offset_minutes)).date()
    root = paths.sessions_dir()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # a read-only data folder, or one whose name is a file
        raise JournalError(f"cannot create a session in {root}: {error.strerror}") from None
    for _attempt in range(20):
        session_id = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:4]
        folder = root / session_id
        try:
            folder.mkdir()
            break
        except FileExistsError:
            continue
        except OSError as error:
            raise JournalError(f"cannot create a session in {root}: {error.strerror}") from None
    else:
        raise JournalError(f"cannot find a free session id in {root}")
    try:
        lock = SessionLock.acquire(folder)
    except BaseException:
        _remove_new_folder(folder)
        raise
    try:
        journal = Journal(folder / JOURNAL_NAME)
        payload: SessionCreated = {
            "schema": ev.SCHEMA_VERSION,
            "session_id": session_id,
            "agenda": agenda.to_dict(),
            "source": source,
            "meeting_date": (meeting_date or local_today).isoformat(),
            "utc_offset_minutes": utc_offset_minutes,
        }
        created = ev.Event(ev.SESSION_CREATED, now, dict(payload))
        journal.append(created)
    except BaseException:
        lock.release()
        _remove_new_folder(folder)  # a disk full at once would leave a "damaged" session
        raise
    return LiveHandle(session_from_events([created]), journal, folder, lock)


def _remove_new_folder(folder: Path) -> None:
    """Remove a session folder made a moment ago whose first line never reached the disk."""
    for child in (folder / JOURNAL_NAME, folder / LOCK_NAME):
        with contextlib.suppress(OSError):
            child.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.rmdir()  # only if empty: never removes what someone else put there


def load_session(session_id: str) -> Session:
    """Rebuild a session from its journal without locking it (export, viewers)."""
    return _rebuild(session_folder(session_id))


def _rebuild(folder: Path) -> Session:
    return rebuild_from_journal(folder / JOURNAL_NAME)


def rebuild_from_journal(path: Path) -> Session:
    """The session a journal file holds, with what could not be recovered as warnings."""
    read = read_journal(path)
    try:
        session = session_from_events(read.events)
    except (KeyError, ValueError, TypeError) as problem:
        raise JournalError(f"{path}: the agenda stored in it is unreadable ({problem!r})") from None
    session.warnings[:0] = read.warnings
    for entry_id in read.skipped_entry_ids:
        session.saw_entry_id(entry_id)
    return session


def open_session(session_id: str, *, read_only: bool = False) -> LiveHandle:
    """Open a session to carry on with it: takes the lock, repairs a torn last line.

    Raises SessionLocked (a JournalError) when another live app has it. With read_only, no
    lock is taken and the handle's journal refuses appends.
    """
    folder = session_folder(session_id)
    if read_only:
        return LiveHandle(_rebuild(folder), Journal(folder / JOURNAL_NAME, read_only=True), folder)
    lock = SessionLock.acquire(folder)
    try:
        session = _rebuild(folder)
        journal = Journal(folder / JOURNAL_NAME)
    except BaseException:
        lock.release()
        raise
    return LiveHandle(session, journal, folder, lock)


# ----- listing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionInfo:
    """One line of `kickoff sessions`."""

    id: str
    title: str
    started: datetime | None  # when the meeting started, or the session was created
    status: SessionStatus
    entries: int  # captured entries, not counting deleted ones
    folder: Path
    problem: str = ""  # why the session is damaged
    holder: LockInfo | None = None  # who has it open, when live
    warnings: list[str] = field(default_factory=list, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "started": to_stamp(self.started) if self.started else None,
            "status": self.status,
            "entries": self.entries,
            "path": str(self.folder),
            "problem": self.problem or None,
        }


def _started_from_id(session_id: str) -> datetime | None:
    try:
        return datetime.strptime(session_id[:15], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


def session_info(folder: Path) -> SessionInfo:
    """Describe one session folder; never raises for a damaged journal."""
    holder = live_holder(folder)
    try:
        session = _rebuild(folder)
    except JournalError as error:
        # A live app may be creating it this very moment: that is not damage.
        damaged: SessionStatus = LIVE if holder is not None else DAMAGED
        problem = "" if holder is not None else str(error)
        return SessionInfo(
            folder.name, "", _started_from_id(folder.name), damaged, 0, folder, problem, holder
        )
    if holder is not None:
        status: SessionStatus = LIVE
    elif session.finished:
        status = ENDED
    elif session.left_at is not None:
        status = LEFT
    else:
        status = CRASHED
    return SessionInfo(
        id=folder.name,
        title=session.agenda.meeting.title,
        started=session.started_at or session.created_at,
        status=status,
        entries=len(session.live_entries()),
        folder=folder,
        holder=holder,
        warnings=list(session.warnings),
    )


def list_sessions() -> list[SessionInfo]:
    """Every session, newest first."""
    root = paths.sessions_dir()
    if not root.is_dir():
        return []
    folders = [f for f in root.iterdir() if f.is_dir() and _ID_PATTERN.match(f.name)]
    return [session_info(f) for f in sorted(folders, key=lambda f: f.name, reverse=True)]


def latest_crashed() -> SessionInfo | None:
    """The most recent session that was left unfinished and that no app has open."""
    return next((s for s in list_sessions() if s.status == CRASHED), None)


def find_session(id_or_prefix: str | None, *, unfinished_only: bool) -> SessionInfo:
    """Resolve what the user typed for `resume`/`export` to one session.

    None means the most recent (unfinished, for resume) readable session. Otherwise a unique
    prefix of an id. Raises SessionNotFound naming the closest ids.
    """
    sessions = list_sessions()
    if id_or_prefix is None or not id_or_prefix.strip():
        wanted = UNFINISHED if unfinished_only else (*UNFINISHED, ENDED)
        for info in sessions:
            if info.status in wanted:
                return info
        if not sessions:
            raise SessionNotFound("no sessions yet; start one with `kickoff run`")
        if unfinished_only:
            raise SessionNotFound("no unfinished session to resume; `kickoff sessions` lists all")
        raise SessionNotFound("no readable session; `kickoff sessions` shows what is wrong")
    typed = id_or_prefix.strip()
    matches = [s for s in sessions if s.id.startswith(typed)]
    if not matches:
        close = difflib.get_close_matches(typed, [s.id for s in sessions], n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise SessionNotFound(f"no session matches '{typed}'{hint} (`kickoff sessions` lists them)")
    exact = [s for s in matches if s.id == typed]
    if len(matches) > 1 and not exact:
        shown = ", ".join(s.id for s in matches[:5])
        more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
        raise SessionNotFound(
            f"'{typed}' matches {len(matches)} sessions ({shown}{more}); type more of the id"
        )
    info = (exact or matches)[0]
    if unfinished_only and info.status == ENDED:
        raise SessionNotFound(
            f"session {info.id} has ended; `kickoff export {info.id}` writes its minutes"
        )
    return info
