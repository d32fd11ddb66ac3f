"""A Session is everything that happened in a meeting: the fold of its events over the agenda.

The live app, `resume`, `export` and any read-only viewer build it the same way, so a
journal always gives the same Session. `apply` is incremental so the live app never refolds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Person
from kickoff_tui.domain.entries import AskedQuestion, Entry
from kickoff_tui.domain.follow_up import FollowUpMark
from kickoff_tui.domain.next_meeting import NextMeeting
from kickoff_tui.domain.payloads import AttendanceStatus, EntryKind
from kickoff_tui.domain.session_fold import HANDLERS, entry_number, moved

__all__ = ["AskedQuestion", "Entry", "Session", "entry_number", "fold", "session_from_events"]


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
        handler = HANDLERS.get(event.type)
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
        self.started_at = moved(self.started_at, shift)
        if self.segment_start is not None:
            self.segment_start = moved(self.segment_start, shift)

    def _close_segment(self, at: datetime) -> None:
        if self.segment_start is not None and 0 <= self.current < len(self.item_seconds):
            spent = (at - self.segment_start).total_seconds()
            self.item_seconds[self.current] += max(0.0, spent)
        self.segment_start = None


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
