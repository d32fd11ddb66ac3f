"""What a Session holds per capture: an Entry, and a question put to the room."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kickoff_tui.domain.payloads import EntryKind


@dataclass(frozen=True)
class Entry:
    """One captured thing: a decision, an action item, a risk, ..."""

    id: str
    kind: EntryKind
    item: int  # agenda item index it was captured in (-1: before the start)
    text: str  # as typed
    body: str  # the text without the @owner and due-date tokens
    created_at: datetime
    owner: str = ""
    owner_known: bool = True
    due: str = ""  # ISO date, "" when none
    due_text: str = ""  # the due token as typed; set and `due` empty means unparseable
    deleted: bool = False

    @property
    def due_invalid(self) -> bool:
        return bool(self.due_text) and not self.due


@dataclass(frozen=True)
class AskedQuestion:
    """A question from the bank put to the room during an item."""

    item: int
    text: str
    phase: str = ""
    topic: str = ""
    question_id: str = ""  # the bank's id, "" when the question had none
