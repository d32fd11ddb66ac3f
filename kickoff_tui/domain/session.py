"""A Session is everything that happened in a meeting: the fold of its events over the agenda.

The live app, `resume`, `export` and any read-only viewer build it the same way, so a
journal always gives the same Session. `apply` is incremental so the live app never refolds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Person
from kickoff_tui.domain.follow_up import FollowUpMark, follow_up_of
from kickoff_tui.domain.next_meeting import NextMeeting, is_time
from kickoff_tui.domain.payloads import AttendanceStatus, EntryKind


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


@dataclass
class Session:
    agenda: Agenda
    session_id: str = ""
    source: str = ""
    meeting_date: date | None = None
    created_at: datetime | None = None
    # The facilitator's UTC offset when the session was created; None in journals written
    # before it was recorded (their minutes stay in UTC and say so).
    utc_offset_minutes: int | None = None
    attendance: dict[str, AttendanceStatus] = field(default_factory=dict)
    added_people: list[Person] = field(default_factory=list)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    finished_at: datetime | None = None
    # set when the facilitator quit on purpose, cleared by whatever happens next (a resume):
    # tells a meeting left for later from one that crashed or lost its terminal
    left_at: datetime | None = None
    current: int = -1  # -1 before the start
    paused: bool = False
    segment_start: datetime | None = None  # when the current item last began running
    item_seconds: list[float] = field(default_factory=list)  # closed segments per item
    visited: set[int] = field(default_factory=set)
    timebox_delta: list[int] = field(default_factory=list)
    checks: set[tuple[int, int]] = field(default_factory=set)
    entries: dict[str, Entry] = field(default_factory=dict)  # insertion order = capture order
    # the highest N of any entry id "eN" seen, in an event applied or skipped, or on a damaged
    # journal line: the next capture takes N + 1, so an id is never handed out twice
    entry_serial: int = 0
    draft_kind: str = ""
    draft_text: str = ""
    exercise_events: list[ev.Event] = field(default_factory=list)
    asked: list[AskedQuestion] = field(default_factory=list)  # in the order they were asked
    next_meeting: NextMeeting | None = None  # the last one captured with `m`
    # (follow-up item, action) -> what the meeting said about it with `f`; see domain/follow_up
    follow_up_marks: dict[tuple[int, int], FollowUpMark] = field(default_factory=dict)
    last_event_at: datetime | None = None
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        count = len(self.agenda.items)
        if not self.item_seconds:
            self.item_seconds = [0.0] * count
        if not self.timebox_delta:
            self.timebox_delta = [0] * count

    # ----- derived views -------------------------------------------------------------
    @property
    def people(self) -> list[Person]:
        return [*self.agenda.people, *self.added_people]

    @property
    def started(self) -> bool:
        return self.started_at is not None

    @property
    def ended(self) -> bool:
        return self.ended_at is not None

    @property
    def finished(self) -> bool:
        return self.finished_at is not None

    @property
    def running(self) -> bool:
        return self.started and not self.ended and not self.paused

    def live_entries(self) -> list[Entry]:
        return [e for e in self.entries.values() if not e.deleted]

    def entries_of(self, kind: EntryKind) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == kind and not e.deleted]

    def entries_for_item(self, index: int) -> list[Entry]:
        return [e for e in self.entries.values() if e.item == index and not e.deleted]

    def asked_in_item(self, index: int) -> list[AskedQuestion]:
        return [q for q in self.asked if q.item == index]

    def next_entry_id(self) -> str:
        return f"e{self.entry_serial + 1}"

    def saw_entry_id(self, entry_id: object) -> None:
        """Count an id as used, even when its event is skipped (see `entry_serial`)."""
        number = entry_number(entry_id)
        if number is not None and number > self.entry_serial:
            self.entry_serial = number

    def timebox(self, index: int) -> int:
        return max(0, self.agenda.items[index].timebox + self.timebox_delta[index])

    # ----- the fold ------------------------------------------------------------------
    def apply(self, event: ev.Event) -> None:
        where = f"{event.origin}: " if event.origin else ""
        handler = _HANDLERS.get(event.type)
        if event.type.startswith("entry_"):
            self.saw_entry_id(event.data.get("id"))
        if handler is None:
            self.warnings.append(f"{where}unknown event type '{event.type}' skipped")
            return
        # the payload's shape first, against the one declaration in domain/payloads.py
        wrong = ev.payload_problem(event.type, event.data)
        try:
            if wrong is not None:
                raise ValueError(wrong)
            last = self.last_event_at
            if last is not None and event.at < last and event.type != ev.CLOCK_STEPPED:
                # the clock went back with no clock_stepped (a journal from an older kickoff, or
                # a step while kickoff was closed): the gap counts as nothing, never negative
                self._clock_stepped((event.at - last).total_seconds())
            handler(self, event.at, event.data)
        except (KeyError, ValueError, TypeError, IndexError, OverflowError) as exc:
            reason = str(exc) if isinstance(exc, ValueError) else repr(exc)
            self.warnings.append(f"{where}{event.type} event skipped: {reason}")
            return
        self.last_event_at = event.at
        if event.type != ev.SESSION_LEFT:
            self.left_at = None

    def _clock_stepped(self, delta: float) -> None:
        """Move what the timers measure from by a wall-clock step, so it adds and removes nothing.

        Only a meeting under way has such anchors; once it has ended its times are final.
        """
        if self.started_at is None or self.ended_at is not None:
            return
        shift = timedelta(seconds=delta)
        self.started_at = _moved(self.started_at, shift)
        if self.segment_start is not None:
            self.segment_start = _moved(self.segment_start, shift)

    def _close_segment(self, at: datetime) -> None:
        if self.segment_start is not None and 0 <= self.current < len(self.item_seconds):
            spent = (at - self.segment_start).total_seconds()
            self.item_seconds[self.current] += max(0.0, spent)
        self.segment_start = None


def _moved(when: datetime, shift: timedelta) -> datetime:
    """`when + shift`, kept within the times a journal can hold (a forged far-off line must
    not make every later event overflow)."""
    try:
        return min(max(when + shift, ev.EARLIEST), ev.LATEST)
    except OverflowError:
        return ev.EARLIEST if shift < timedelta(0) else ev.LATEST


_ENTRY_ID = re.compile(r"e([0-9]{1,18})")


def entry_number(entry_id: object) -> int | None:
    """N of an entry id "eN" as kickoff writes them; None for anything else."""
    if isinstance(entry_id, str):
        match = _ENTRY_ID.fullmatch(entry_id)
        if match:
            return int(match.group(1))
    return None


def fold(agenda: Agenda, events: Iterable[ev.Event]) -> Session:
    session = Session(agenda=agenda)
    for event in events:
        session.apply(event)
    return session


def session_from_events(events: list[ev.Event]) -> Session:
    """Rebuild a session from a whole journal: the first event carries the agenda."""
    if not events or events[0].type != ev.SESSION_CREATED:
        raise ValueError("a journal must start with a session_created event")
    agenda = Agenda.from_dict(events[0].data["agenda"])
    return fold(agenda, events)


# ----- handlers: one per event type -------------------------------------------------


def _created(s: Session, at: datetime, d: dict[str, Any]) -> None:
    # parse first: a bad date must skip the whole event, not leave it half applied
    offset = _utc_offset(d.get("utc_offset_minutes"), s.warnings)
    local = at if offset is None else at + timedelta(minutes=offset)
    meeting_date = date.fromisoformat(d["meeting_date"]) if d.get("meeting_date") else local.date()
    s.session_id = str(d.get("session_id", ""))
    s.source = str(d.get("source", ""))
    s.created_at = at
    s.meeting_date = meeting_date
    s.utc_offset_minutes = offset


MAX_TIMEBOX = 24 * 3600  # seconds: the longest an adjusted timebox can grow
MAX_OFFSET = 24 * 60 - 1  # minutes: the most datetime.timezone accepts


def _utc_offset(value: object, warnings: list[str]) -> int | None:
    """A recorded UTC offset in minutes; a bad one only costs local times, so warn, not skip."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_OFFSET:
        return value
    warnings.append(f"utc_offset_minutes {value!r} is not a UTC offset; times are shown in UTC")
    return None


def _attendance(s: Session, at: datetime, d: dict[str, Any]) -> None:
    s.attendance[d["name"]] = d["status"]


def _person_added(s: Session, at: datetime, d: dict[str, Any]) -> None:
    name = str(d["name"])
    if any(p.name == name for p in s.people):
        return
    s.added_people.append(
        Person(
            name=name,
            role=str(d.get("role", "")),
            side=str(d.get("side", "other")),
            type=str(d.get("person_type", "")),
        )
    )
    s.attendance.setdefault(name, "present")


def _meeting_started(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.started_at is not None:
        return
    s.started_at = at
    s.current = 0
    s.visited.add(0)
    s.paused = False
    s.segment_start = at


def _item_started(s: Session, at: datetime, d: dict[str, Any]) -> None:
    index = int(d["index"])
    if not 0 <= index < len(s.agenda.items):
        raise ValueError(f"item index {index} out of range")
    if not s.started:  # time before the start must not count towards any item
        raise ValueError("the meeting has not started")
    s._close_segment(at)
    s.current = index
    s.visited.add(index)
    s.segment_start = None if s.paused or s.ended else at


def _paused(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.running:
        s._close_segment(at)
        s.paused = True


def _resumed(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.paused and not s.ended:
        s.paused = False
        s.segment_start = at


def _timebox_adjusted(s: Session, at: datetime, d: dict[str, Any]) -> None:
    index = d["index"]
    if not 0 <= index < len(s.agenda.items):  # -1 would silently change the last item
        raise ValueError(f"item index {index} out of range")
    planned = s.agenda.items[index].timebox
    # a timebox stays between nothing and a day, however many adjustments a journal holds
    delta = s.timebox_delta[index] + d["delta"]
    s.timebox_delta[index] = max(-planned, min(delta, max(MAX_TIMEBOX, planned) - planned))


def _check_toggled(s: Session, at: datetime, d: dict[str, Any]) -> None:
    key = (int(d["index"]), int(d["check"]))
    if d.get("done"):
        s.checks.add(key)
    else:
        s.checks.discard(key)


_TEXT_FIELDS = ("text", "body", "owner", "owner_known", "due", "due_text")


def _entry_added(s: Session, at: datetime, d: dict[str, Any]) -> None:
    entry_id = d["id"]
    if entry_id in s.entries:  # a replay must never let a later line replace a committed entry
        raise ValueError(f"entry id {entry_id} is already used")
    item = d.get("item", s.current)
    if not -1 <= item < len(s.agenda.items):  # -1: before the first item
        raise ValueError(f"item {item} is not on the agenda")
    entry = Entry(
        id=entry_id,
        kind=d["kind"],
        item=item,
        text=d["text"],
        body=d.get("body", d["text"]),
        created_at=at,
        owner=d.get("owner", ""),
        owner_known=d.get("owner_known", True),
        due=d.get("due", ""),
        due_text=d.get("due_text", ""),
    )
    s.entries[entry.id] = entry
    if s.draft_kind == entry.kind:
        s.draft_kind, s.draft_text = "", ""


def _entry_edited(s: Session, at: datetime, d: dict[str, Any]) -> None:
    old = s.entries[str(d["id"])]
    changes = {k: d[k] for k in _TEXT_FIELDS if k in d}
    s.entries[old.id] = replace(old, **changes)


def _entry_retyped(s: Session, at: datetime, d: dict[str, Any]) -> None:
    old = s.entries[d["id"]]
    s.entries[old.id] = replace(old, kind=d["kind"])


def _entry_deleted(s: Session, at: datetime, d: dict[str, Any]) -> None:
    old = s.entries[str(d["id"])]
    s.entries[old.id] = replace(old, deleted=True)


def _entry_restored(s: Session, at: datetime, d: dict[str, Any]) -> None:
    old = s.entries[str(d["id"])]
    s.entries[old.id] = replace(old, deleted=False)


def _draft(s: Session, at: datetime, d: dict[str, Any]) -> None:
    s.draft_kind = str(d.get("kind", "")) if d.get("text") else ""
    s.draft_text = str(d.get("text", ""))


def _exercise(s: Session, at: datetime, d: dict[str, Any]) -> None:
    s.exercise_events.append(ev.Event(ev.EXERCISE, at, d))


def _question_asked(s: Session, at: datetime, d: dict[str, Any]) -> None:
    index = int(d["item"])
    if not 0 <= index < len(s.agenda.items):
        raise ValueError(f"item index {index} out of range")
    text = d["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError("a question needs its text")
    if any(q.item == index and q.text == text for q in s.asked):
        return  # asked twice in one item: once is what the room heard
    s.asked.append(
        AskedQuestion(
            index,
            text,
            str(d.get("phase", "")),
            str(d.get("topic", "")),
            str(d.get("question_id", "")),
        )
    )


def _clock_stepped(s: Session, at: datetime, d: dict[str, Any]) -> None:
    s._clock_stepped(d["delta"])


def _follow_up_marked(s: Session, at: datetime, d: dict[str, Any]) -> None:
    index, action = d["item"], d["action"]
    if not 0 <= index < len(s.agenda.items):
        raise ValueError(f"item index {index} out of range")
    follow_up = follow_up_of(s.agenda.items[index])
    if follow_up is None or not 0 <= action < len(follow_up.actions):
        raise ValueError(f"item {index + 1} has no earlier action {action + 1}")
    due = d.get("due", "")
    if due:
        date.fromisoformat(due)  # ValueError: skipped with a warning
    s.follow_up_marks[(index, action)] = FollowUpMark(d["status"], due, d.get("owner", ""))


def _next_meeting_set(s: Session, at: datetime, d: dict[str, Any]) -> None:
    day = date.fromisoformat(d["date"])  # ValueError: the line is skipped with a warning
    if d["time"] and not is_time(d["time"]):
        raise ValueError(f"time {d['time'][:20]!r} is not HH:MM")
    s.next_meeting = NextMeeting(day, d["time"], d["place"])


def _meeting_ended(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.ended_at is None and s.started_at is not None:
        s._close_segment(at)
        s.ended_at = at
        s.paused = False


def _meeting_reopened(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.finished:
        raise ValueError("the session is finished")
    if not s.ended:
        raise ValueError("the meeting has not ended")
    s.ended_at = None
    s.segment_start = at  # the time spent on the review counts for no item


def _finished(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.started_at is not None and s.ended_at is None:
        _meeting_ended(s, at, d)
    s.finished_at = at


def _left(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if not s.finished:
        s.left_at = at


_HANDLERS = {
    ev.SESSION_CREATED: _created,
    ev.ATTENDANCE: _attendance,
    ev.PERSON_ADDED: _person_added,
    ev.MEETING_STARTED: _meeting_started,
    ev.ITEM_STARTED: _item_started,
    ev.PAUSED: _paused,
    ev.RESUMED: _resumed,
    ev.TIMEBOX_ADJUSTED: _timebox_adjusted,
    ev.CHECK_TOGGLED: _check_toggled,
    ev.ENTRY_ADDED: _entry_added,
    ev.ENTRY_EDITED: _entry_edited,
    ev.ENTRY_RETYPED: _entry_retyped,
    ev.ENTRY_DELETED: _entry_deleted,
    ev.ENTRY_RESTORED: _entry_restored,
    ev.DRAFT: _draft,
    ev.EXERCISE: _exercise,
    ev.QUESTION_ASKED: _question_asked,
    ev.MEETING_ENDED: _meeting_ended,
    ev.MEETING_REOPENED: _meeting_reopened,
    ev.SESSION_FINISHED: _finished,
    ev.SESSION_LEFT: _left,
    ev.CLOCK_STEPPED: _clock_stepped,
    ev.NEXT_MEETING_SET: _next_meeting_set,
    ev.FOLLOW_UP_MARKED: _follow_up_marked,
}
