"""The meeting's record: what every output contains, built once from the fold.

Every output is a writer over one MeetingRecord: the Markdown minutes (their summary, people,
agenda timing, entries and follow-up read MinutesContext.record), JSON, CSV, the gh script,
the calendar file and HTML. This module decides what a meeting's record holds (who attended,
each item's time and whether it was covered, every live entry and its status, the meeting's
status); the meeting's clock and zone come from minutes_context and the exercises' results
from their folds. Text is kept as typed; escaping belongs to each format's writer.

What is private to the facilitator (item notes, stakeholder notes) is left out, as the minutes
leave it out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kickoff_tui import __version__
from kickoff_tui.domain.charter import Charter, build_charter
from kickoff_tui.domain.exercise_records import exercise_results
from kickoff_tui.domain.exercises.common import STAKEHOLDER_MAP, ran
from kickoff_tui.domain.exercises.stakeholders import register
from kickoff_tui.domain.follow_up_record import FollowUpRecord, follow_up_records
from kickoff_tui.domain.minutes_context import (
    MinutesContext,
    context_for,
    item_seconds,
    local_stamp,
    local_stamper,
    meeting_day,
    meeting_seconds,
    offset_label,
)
from kickoff_tui.domain.session import Entry, Session
from kickoff_tui.text_cells import cut

GENERATOR = "kickoff-tui"
NOT_RECORDED = "not recorded"  # the attendance of someone nobody marked

# the open/closed state of an entry, as trackers know it (an earlier action's status is its
# FollowUpRecord's: done, open or dropped)
OPEN = "open"
DECIDED = "decided"
_STATUS = {"action": OPEN, "decision": DECIDED}


SUMMARY_LIMIT = 120  # cells: issue trackers cut titles at 255 characters; a glance reads fewer


def one_line(text: str, limit: int = 0) -> str:
    """Every run of white space (newlines too) as one space; cut to `limit` terminal cells
    with "…" at a grapheme edge (text_cells.cut: never inside an emoji or a letter's marks)."""
    words = " ".join(text.split())
    return cut(words, limit) if limit else words


@dataclass(frozen=True)
class MeetingInfo:
    title: str
    client: str
    project: str
    goal: str
    facilitator: str
    note_taker: str
    timekeeper: str
    date: str | None  # ISO date
    start: str | None  # ISO 8601 with the facilitator's offset (Z when none was recorded)
    end: str | None  # the end, or the last event of a meeting never ended
    utc_offset: str | None  # "+01:00"; None when the journal recorded none (times are UTC)
    status: str  # not started, draft, ended, final
    planned_seconds: int
    actual_seconds: int | None  # None for a meeting never started

    @property
    def label(self) -> str:
        """How an exported action names its meeting: "Acme kickoff (2026-11-25)"."""
        title = one_line(self.title) or "Kickoff"
        return f"{title} ({self.date})" if self.date else title


@dataclass(frozen=True)
class NextMeetingRecord:
    """The next meeting as captured with `m`."""

    date: str  # ISO date
    time: str  # "HH:MM" at the facilitator's offset, "" when none was given
    place: str  # a room, an address or a link, "" when none


@dataclass(frozen=True)
class PersonRecord:
    name: str
    role: str
    side: str
    type: str
    attendance: str  # present, late, absent or "not recorded"
    github: str  # a GitHub login, "" when the agenda gave none


@dataclass(frozen=True)
class ItemRecord:
    number: int  # 1-based, as the minutes number them
    title: str
    owner: str
    kind: str
    planned_seconds: int  # the agenda's timebox
    timebox_seconds: int  # after +/- adjustments in the meeting
    actual_seconds: int
    covered: bool


@dataclass(frozen=True)
class EntryRecord:
    id: str
    kind: str
    text: str  # as typed
    body: str  # without the @owner and due words
    owner: str
    owner_known: bool  # False: the owner is not an attendee
    due: str | None  # ISO date
    due_text: str  # the due words as typed ("fri"), "" when none
    item: int | None  # the item number it was captured in; None before the first item
    item_title: str
    created_at: str | None
    status: str  # open for actions, decided for decisions, "" for the rest

    @property
    def summary(self) -> str:
        """The body on one line, short enough for an issue title."""
        return one_line(self.body, SUMMARY_LIMIT) or "(no text)"

    @property
    def due_invalid(self) -> bool:
        """Due words were typed but are not a date."""
        return bool(self.due_text) and not self.due

    @property
    def item_label(self) -> str:
        return item_label(self.item, self.item_title)


def item_label(number: int | None, title: str) -> str:
    """How an export names an item: "item 3: Scope"."""
    if number is None:
        return "before the first item"
    return f"item {number}: {one_line(title)}".rstrip(": ")


@dataclass(frozen=True)
class StakeholderRecord:
    name: str
    side: str
    role: str
    power: str  # low, medium, high or "" when not placed
    proximity: str  # core, near, far or ""
    attitude: str
    quadrant: str  # "powerful, near", ... or "" when not placed
    engagement: str  # "manage closely", ... or ""
    in_meeting: bool


@dataclass(frozen=True)
class MeetingRecord:
    session_id: str
    source: str
    generator: str
    meeting: MeetingInfo
    next_meeting: NextMeetingRecord | None  # None: no next meeting was captured
    charter: Charter  # the one-page charter the minutes open with (domain/charter.py)
    people: tuple[PersonRecord, ...]
    items: tuple[ItemRecord, ...]
    entries: tuple[EntryRecord, ...]  # capture order
    follow_up: tuple[FollowUpRecord, ...]  # the earlier meetings' open actions gone through
    stakeholder_map: tuple[StakeholderRecord, ...] | None  # None: the map exercise never ran
    exercises: dict[str, Any]  # the other exercises' results, plain data, by exercise name

    def entries_of(self, kind: str) -> list[EntryRecord]:
        return [entry for entry in self.entries if entry.kind == kind]

    def person(self, name: str) -> PersonRecord | None:
        return next((p for p in self.people if p.name == name), None)


def build_record(session: Session) -> MeetingRecord:
    return record_of(context_for(session))


def record_of(ctx: MinutesContext) -> MeetingRecord:
    """The record of the context's session (the minutes read it as ctx.record)."""
    session = ctx.session
    return MeetingRecord(
        session_id=session.session_id,
        source=session.source,
        generator=f"{GENERATOR} {__version__}",
        meeting=_meeting(ctx),
        next_meeting=_next_meeting(session),
        charter=build_charter(session),
        people=_people(session),
        items=_items(ctx),
        entries=_entries(ctx),
        follow_up=follow_up_records(session),
        stakeholder_map=_stakeholders(session),
        exercises=exercise_results(session),
    )


def _meeting(ctx: MinutesContext) -> MeetingInfo:
    s = ctx.session
    m = s.agenda.meeting
    day = meeting_day(s)
    offset = s.utc_offset_minutes
    return MeetingInfo(
        title=m.title,
        client=m.client,
        project=m.project,
        goal=m.goal,
        facilitator=m.facilitator,
        note_taker=m.note_taker,
        timekeeper=m.timekeeper,
        date=None if day is None else day.isoformat(),
        start=local_stamp(ctx, ctx.start),
        end=local_stamp(ctx, ctx.end),
        utc_offset=None if offset is None else offset_label(offset)[3:],
        status=meeting_status(ctx),
        planned_seconds=s.agenda.planned_seconds,
        actual_seconds=meeting_seconds(ctx),
    )


def meeting_status(ctx: MinutesContext) -> str:
    """not started, draft (never ended), ended, or final (the review was finished)."""
    if ctx.start is None:
        return "not started"
    if ctx.draft:
        return "draft"
    return "final" if ctx.session.finished else "ended"


def _next_meeting(session: Session) -> NextMeetingRecord | None:
    found = session.next_meeting
    if found is None:
        return None
    return NextMeetingRecord(found.day.isoformat(), found.time, found.place)


def _people(session: Session) -> tuple[PersonRecord, ...]:
    people = [
        PersonRecord(
            p.name,
            p.role,
            p.side,
            p.type,
            session.attendance.get(p.name, NOT_RECORDED),
            p.github,
        )
        for p in session.people
    ]
    known = {p.name for p in session.people}
    people += [
        PersonRecord(name, "", "", "", status, "")  # nobody gave their side
        for name, status in session.attendance.items()
        if name not in known
    ]
    return tuple(people)


def _items(ctx: MinutesContext) -> tuple[ItemRecord, ...]:
    s = ctx.session
    elapsed = item_seconds(ctx)
    rows = []
    for index, item in enumerate(s.agenda.items):
        actual = round(elapsed[index])
        covered = index in s.visited or actual > 0
        rows.append(
            ItemRecord(
                index + 1,
                item.title,
                item.owner,
                item.kind,
                item.timebox,
                s.timebox(index),
                actual,
                covered,
            )
        )
    return tuple(rows)


def _entries(ctx: MinutesContext) -> tuple[EntryRecord, ...]:
    stamp = local_stamper(ctx)
    return tuple(_entry(ctx, entry, stamp) for entry in ctx.session.live_entries())


def _entry(
    ctx: MinutesContext, entry: Entry, stamp: Callable[[datetime | None], str | None]
) -> EntryRecord:
    items = ctx.session.agenda.items
    inside = 0 <= entry.item < len(items)
    status = _STATUS.get(entry.kind, "")
    return EntryRecord(
        id=entry.id,
        kind=entry.kind,
        text=entry.text,
        body=entry.body,
        owner=entry.owner,
        owner_known=entry.owner_known,
        due=entry.due or None,
        due_text=entry.due_text,
        item=entry.item + 1 if entry.item >= 0 else None,
        item_title=items[entry.item].title if inside else "",
        created_at=stamp(entry.created_at),
        status=status,
    )


def _stakeholders(session: Session) -> tuple[StakeholderRecord, ...] | None:
    if not ran(session, STAKEHOLDER_MAP):
        return None
    return tuple(
        StakeholderRecord(
            s.name,
            s.side,
            s.role,
            s.power if s.placed else "",
            s.proximity if s.placed else "",
            s.attitude,
            s.quadrant,
            s.engagement,
            s.in_meeting,
        )
        for s in register(session).stakeholders
    )
