"""Append-only JSONL journal: the source of truth for a session. (Minimal; hardening to come.)"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kickoff_tui.domain.events import Event


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


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def append(self, event: Event) -> None:
        os.write(self._fd, (event.to_json() + "\n").encode("utf-8"))
        os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)


@dataclass
class JournalRead:
    events: list[Event]
    warnings: list[str] = field(default_factory=list)


def read_journal(path: Path) -> JournalRead:
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            events.append(Event.from_record(json.loads(line)))
    return JournalRead(events)
