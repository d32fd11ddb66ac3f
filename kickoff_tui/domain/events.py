"""Events: every change to a live session, one self-contained record each.

The journal stores them as JSON lines; the Session is their fold over the agenda.
See docs/session-format.md for the on-disk form.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final, Generic, NamedTuple, TypeVar, get_args

from kickoff_tui.domain import payloads as p
from kickoff_tui.domain.clock import from_stamp, to_stamp
from kickoff_tui.domain.payloads import AttendanceStatus, EntryKind

SCHEMA_VERSION = 1
# A journal's times lie in this range; anything else is damage, not a meeting.
EARLIEST: Final = datetime(1970, 1, 1, tzinfo=UTC)
LATEST: Final = datetime(9000, 1, 1, tzinfo=UTC)

P = TypeVar("P")


class Change(NamedTuple):
    """An event type with its payload, before the clock gives it a time."""

    type: str
    data: dict[str, Any]


class EventType(str, Generic[P]):
    """An event type's name (compares and serialises as the plain string) tied to its payload's
    TypedDict in domain/payloads.py: `ENTRY_ADDED.change({...})` is checked by mypy against the
    payload, and the fold checks a journal line against the same declaration."""

    payload: type[Any]

    def __new__(cls, name: str, payload: type[P]) -> EventType[P]:
        self = super().__new__(cls, name)
        self.payload = payload
        return self

    def change(self, payload: P) -> Change:
        return Change(str(self), dict(payload))  # type: ignore[call-overload]


# Event types; see docs/session-format.md for each payload's meaning.
SESSION_CREATED: Final = EventType("session_created", p.SessionCreated)
ATTENDANCE: Final = EventType("attendance", p.Attendance)
PERSON_ADDED: Final = EventType("person_added", p.PersonAdded)
MEETING_STARTED: Final = EventType("meeting_started", p.NoPayload)  # starts item 0
ITEM_STARTED: Final = EventType("item_started", p.ItemStarted)  # go to / re-open an item
PAUSED: Final = EventType("paused", p.NoPayload)
RESUMED: Final = EventType("resumed", p.NoPayload)
TIMEBOX_ADJUSTED: Final = EventType("timebox_adjusted", p.TimeboxAdjusted)
CHECK_TOGGLED: Final = EventType("check_toggled", p.CheckToggled)
ENTRY_ADDED: Final = EventType("entry_added", p.EntryAdded)
ENTRY_EDITED: Final = EventType("entry_edited", p.EntryEdited)
ENTRY_RETYPED: Final = EventType("entry_retyped", p.EntryRetyped)
ENTRY_DELETED: Final = EventType("entry_deleted", p.EntryRef)
ENTRY_RESTORED: Final = EventType("entry_restored", p.EntryRef)  # undo of a delete
DRAFT: Final = EventType("draft", p.Draft)  # typing not yet committed ("" clears it)
EXERCISE: Final = EventType("exercise", p.Exercise)  # folded by domain/exercises
QUESTION_ASKED: Final = EventType("question_asked", p.QuestionAsked)  # from the question bank
NEXT_MEETING_SET: Final = EventType("next_meeting_set", p.NextMeetingSet)  # `m`, last one wins
FOLLOW_UP_MARKED: Final = EventType("follow_up_marked", p.FollowUpMarked)  # `f`, last one wins
MEETING_ENDED: Final = EventType("meeting_ended", p.NoPayload)  # the review begins
# back from the review: the current item runs again
MEETING_REOPENED: Final = EventType("meeting_reopened", p.NoPayload)
SESSION_FINISHED: Final = EventType("session_finished", p.NoPayload)  # minutes are final
SESSION_LEFT: Final = EventType("session_left", p.NoPayload)  # quit before finishing
# the wall clock jumped by `delta` seconds; timers credit only the time that really passed
CLOCK_STEPPED: Final = EventType("clock_stepped", p.ClockStepped)

EVENT_TYPES: Final[dict[str, EventType[Any]]] = {
    str(t): t
    for t in (
        SESSION_CREATED,
        ATTENDANCE,
        PERSON_ADDED,
        MEETING_STARTED,
        ITEM_STARTED,
        PAUSED,
        RESUMED,
        TIMEBOX_ADJUSTED,
        CHECK_TOGGLED,
        ENTRY_ADDED,
        ENTRY_EDITED,
        ENTRY_RETYPED,
        ENTRY_DELETED,
        ENTRY_RESTORED,
        DRAFT,
        EXERCISE,
        QUESTION_ASKED,
        NEXT_MEETING_SET,
        FOLLOW_UP_MARKED,
        MEETING_ENDED,
        MEETING_REOPENED,
        SESSION_FINISHED,
        SESSION_LEFT,
        CLOCK_STEPPED,
    )
}

ENTRY_KINDS: Final[tuple[EntryKind, ...]] = get_args(EntryKind)
_LABELS: Final[dict[EntryKind, str]] = {
    "note": "Note",
    "decision": "Decision",
    "action": "Action",
    "risk": "Risk",
    "question": "Question",
    "parking": "Parking lot",
    "stakeholder": "Stakeholder note",
}
ENTRY_LABELS: Final[dict[str, str]] = {str(kind): label for kind, label in _LABELS.items()}
ATTENDANCE_STATUSES: Final[tuple[AttendanceStatus, ...]] = get_args(AttendanceStatus)


def entry_kind(value: str) -> EntryKind:
    """A kind that came in as a plain string (a key binding, a message), checked."""
    for kind in ENTRY_KINDS:
        if kind == value:
            return kind
    raise ValueError(f"unknown entry kind {value!r}")


def attendance_status(value: str) -> AttendanceStatus:
    for status in ATTENDANCE_STATUSES:
        if status == value:
            return status
    raise ValueError(f"unknown attendance status {value!r}")


def payload_problem(event_type: str, data: dict[str, Any]) -> str | None:
    """Why `data` does not fit the payload of `event_type` (None when it does or the type is
    unknown: the fold reports unknown types itself)."""
    known = EVENT_TYPES.get(event_type)
    return None if known is None else p.problem(known.payload, data)


@dataclass(frozen=True)
class Event:
    type: str
    at: datetime
    data: dict[str, Any] = field(default_factory=dict)
    # where a replayed event came from ("journal.jsonl line 7"), so the fold's warnings name it
    origin: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        # Keep only what the journal keeps (milliseconds), so the live session and one
        # replayed from the journal hold exactly the same times.
        exact = self.at.replace(microsecond=self.at.microsecond // 1000 * 1000)
        object.__setattr__(self, "at", exact)

    def to_json(self) -> str:
        record = {"v": SCHEMA_VERSION, "type": self.type, "at": to_stamp(self.at), **self.data}
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=False)

    @classmethod
    def from_record(cls, record: dict[str, Any], origin: str = "") -> Event:
        """Build from a decoded JSON object; raises KeyError/ValueError/TypeError when malformed."""
        data = {k: v for k, v in record.items() if k not in ("v", "type", "at")}
        kind, stamp = record["type"], record["at"]
        if not isinstance(kind, str):
            raise TypeError("event type must be a string")
        if not isinstance(stamp, str):
            raise TypeError("'at' must be a time stamp")
        at = from_stamp(stamp)
        if not EARLIEST <= at <= LATEST:  # far-off times would overflow the timing maths
            raise ValueError(f"'at' {stamp} is not a plausible meeting time")
        return cls(type=kind, at=at, data=data, origin=origin)
