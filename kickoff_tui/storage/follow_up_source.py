"""Where `kickoff run --follow-up SOURCE` finds the open actions: a Markdown file with a GFM task
list (our own minutes or any document), or an earlier session by id prefix."""

from __future__ import annotations

import re
from pathlib import Path

from kickoff_tui.domain.follow_up import FollowUp, OpenAction, parse_task_list
from kickoff_tui.domain.follow_up_record import follow_up_records, still_open
from kickoff_tui.domain.session import Session
from kickoff_tui.errors import JournalError, SessionNotFound

MAX_BYTES = 5 * 1024 * 1024
# our minutes' front matter says `date: 2026-11-25`; other documents may too
_DATE = re.compile(r"^date:\s*['\"]?([0-9]{4}-[0-9]{2}-[0-9]{2})", re.MULTILINE)


class FollowUpError(Exception):
    """The source cannot be read at all; one line for stderr."""


def read_follow_up(spec: str) -> tuple[FollowUp, list[str]]:
    """The follow-up from SOURCE and the `FILE:LINE: why` of every task line skipped."""
    path = Path(spec).expanduser()
    if path.is_file() or path.suffix.lower() in (".md", ".markdown", ".txt"):
        return _from_file(path, spec)
    return _from_session(spec), []


def _from_file(path: Path, spec: str) -> tuple[FollowUp, list[str]]:
    from kickoff_tui.storage.small_file import NotRegularFile, read_small

    try:
        data = read_small(path, MAX_BYTES)  # a FIFO would wait forever, a device never end
        if len(data) > MAX_BYTES:
            raise FollowUpError(f"{spec}: over {MAX_BYTES // (1024 * 1024)} MB; not a task list")
        text = data.decode("utf-8")
    except NotRegularFile:
        raise FollowUpError(f"{spec}: a FIFO or a device, not a task list") from None
    except UnicodeDecodeError:
        raise FollowUpError(f"{spec}: not UTF-8 text") from None
    except OSError as error:
        raise FollowUpError(f"{spec}: {error.strerror or error}") from None
    actions, problems = parse_task_list(text, spec)
    day = _DATE.search(text[:4000])
    return FollowUp(path.name, day.group(1) if day else "", tuple(actions)), problems


def _from_session(spec: str) -> FollowUp:
    from kickoff_tui.storage.session_store import find_session, load_session

    try:
        info = find_session(spec, unfinished_only=False)
        session = load_session(info.id)
    except (SessionNotFound, JournalError, OSError, ValueError) as error:
        raise FollowUpError(f"--follow-up {spec}: {error}") from None
    return FollowUp(info.id, _day(session), tuple(open_actions(session)))


def _day(session: Session) -> str:
    return session.meeting_date.isoformat() if session.meeting_date else ""


def open_actions(session: Session) -> list[OpenAction]:
    """A session's action items, then the earlier actions it left still open."""
    actions = [
        OpenAction(" ".join(e.body.split()) or "(no text)", e.owner, e.due)
        for e in session.entries_of("action")
    ]
    return actions + still_open(follow_up_records(session))
