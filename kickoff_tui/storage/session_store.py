"""Sessions on disk: one folder per session holding journal.jsonl. (Minimal; hardening to come.)"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kickoff_tui import paths
from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.domain.clock import Clock
from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.storage.journal import Journal, read_journal


@dataclass
class LiveHandle:
    session: Session
    journal: Journal
    folder: Path


def new_session(
    agenda: Agenda, source: str, clock: Clock, meeting_date: date | None = None
) -> LiveHandle:
    now = clock.now()
    session_id = now.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:4]
    folder = paths.sessions_dir(create=True) / session_id
    folder.mkdir()
    journal = Journal(folder / "journal.jsonl")
    created = ev.Event(
        ev.SESSION_CREATED,
        now,
        {
            "schema": ev.SCHEMA_VERSION,
            "session_id": session_id,
            "agenda": agenda.to_dict(),
            "source": source,
            "meeting_date": (meeting_date or now.astimezone().date()).isoformat(),
        },
    )
    journal.append(created)
    return LiveHandle(session_from_events([created]), journal, folder)


def open_session(session_id: str) -> LiveHandle:
    folder = paths.sessions_dir() / session_id
    read = read_journal(folder / "journal.jsonl")
    return LiveHandle(session_from_events(read.events), Journal(folder / "journal.jsonl"), folder)
