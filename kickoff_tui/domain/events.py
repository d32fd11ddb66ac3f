"""Events: every change to a live session, one self-contained record each.

The journal stores them as JSON lines; the Session is their fold over the agenda.
See docs/session-format.md for the on-disk form.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kickoff_tui.domain.clock import from_stamp, to_stamp

SCHEMA_VERSION = 1

# Event types. Payload keys are documented next to each.
SESSION_CREATED = "session_created"  # schema, session_id, agenda{}, source, meeting_date
ATTENDANCE = "attendance"  # name, status: present | absent | late
PERSON_ADDED = "person_added"  # name, role, side, person_type
MEETING_STARTED = "meeting_started"  # (starts item 0)
ITEM_STARTED = "item_started"  # index: go to / re-open an item
PAUSED = "paused"
RESUMED = "resumed"
TIMEBOX_ADJUSTED = "timebox_adjusted"  # index, delta (seconds, may be negative)
CHECK_TOGGLED = "check_toggled"  # index, check, done
ENTRY_ADDED = "entry_added"  # id, kind, item, text, body, owner, owner_known, due, due_text
ENTRY_EDITED = "entry_edited"  # id + the same text fields as entry_added
ENTRY_RETYPED = "entry_retyped"  # id, kind
ENTRY_DELETED = "entry_deleted"  # id
ENTRY_RESTORED = "entry_restored"  # id (undo of a delete)
DRAFT = "draft"  # kind, text: typing not yet committed ("" clears it)
EXERCISE = "exercise"  # exercise, item, action, data{}: folded by domain/exercises
QUESTION_ASKED = "question_asked"  # item, text, phase, topic, question_id: from the question bank
MEETING_ENDED = "meeting_ended"  # timing stops; the review begins
MEETING_REOPENED = "meeting_reopened"  # back from the review: the current item runs again
SESSION_FINISHED = "session_finished"  # the facilitator finished; minutes are final
SESSION_LEFT = "session_left"  # the facilitator quit before finishing; any later event clears it

ENTRY_KINDS = ("note", "decision", "action", "risk", "question", "parking", "stakeholder")
ENTRY_LABELS = {
    "note": "Note",
    "decision": "Decision",
    "action": "Action",
    "risk": "Risk",
    "question": "Question",
    "parking": "Parking lot",
    "stakeholder": "Stakeholder note",
}
ATTENDANCE_STATUSES = ("present", "absent", "late")


@dataclass(frozen=True)
class Event:
    type: str
    at: datetime
    data: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Keep only what the journal keeps (milliseconds), so the live session and one
        # replayed from the journal hold exactly the same times.
        exact = self.at.replace(microsecond=self.at.microsecond // 1000 * 1000)
        object.__setattr__(self, "at", exact)

    def to_json(self) -> str:
        record = {"v": SCHEMA_VERSION, "type": self.type, "at": to_stamp(self.at), **self.data}
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=False)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Event:
        """Build from a decoded JSON object; raises KeyError/ValueError/TypeError when malformed."""
        data = {k: v for k, v in record.items() if k not in ("v", "type", "at")}
        kind = record["type"]
        if not isinstance(kind, str):
            raise TypeError("event type must be a string")
        return cls(type=kind, at=from_stamp(record["at"]), data=data)
