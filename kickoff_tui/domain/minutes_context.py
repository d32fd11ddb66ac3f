"""What every part of the minutes shares: the context computed once (with the meeting's record,
domain/record.py, that the sections write out), the Section shape, and the meeting's times at
the facilitator's UTC offset.

The offset comes from the Session (journaled when it was created): nothing here reads the
machine's time zone, so the same journal gives the same minutes anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cached_property
from typing import TYPE_CHECKING

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.session import Session
from kickoff_tui.domain.timing import item_elapsed

if TYPE_CHECKING:
    from kickoff_tui.domain.record import MeetingRecord

NOTHING = "None recorded."


@dataclass(frozen=True)
class MinutesContext:
    """What every section renderer needs, computed once."""

    session: Session
    start: datetime | None
    end: datetime | None  # the end, or the last recorded event of a meeting never ended
    draft: bool  # started but never ended (a crash, or exported while live)
    item_refs: tuple[str, ...]  # "item 3: Scope" per agenda item, escaped once
    zone: tzinfo  # the facilitator's offset, or UTC when the journal recorded none
    diagrams: bool = True  # Mermaid pictures above the tables they draw (--no-diagrams: none)

    @cached_property
    def record(self) -> MeetingRecord:
        """The meeting's record, built on first use: what the minutes write out."""
        from kickoff_tui.domain.record import record_of  # record.py builds on this module

        return record_of(self)


SectionBody = Callable[[MinutesContext], list[str]]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    body: SectionBody  # Markdown lines; "" separates blocks; [] means nothing to say
    always: bool = True  # True: shown with "None recorded." when empty; False: left out


def context_for(
    session: Session, *, diagrams: bool = True, record: MeetingRecord | None = None
) -> MinutesContext:
    """The context of the session's minutes; `record`, when the caller has built it already
    (an export writing several formats), is used instead of building it again."""
    start = session.started_at
    end = session.ended_at
    draft = start is not None and end is None
    if draft:
        end = session.last_event_at or start
    refs = tuple(item_ref(session, index) for index in range(len(session.agenda.items)))
    ctx = MinutesContext(session, start, end, draft, refs, meeting_zone(session), diagrams)
    if record is not None:
        ctx.__dict__["record"] = record  # where cached_property keeps what it built
    return ctx


def item_ref(session: Session, index: int) -> str:
    """Where an entry was captured, escaped: "item 3: Scope"."""
    if index < 0:
        return "before the first item"
    if index >= len(session.agenda.items):
        return "unknown item"
    title = md.inline(session.agenda.items[index].title)
    return f"item {index + 1}: {title}" if title else f"item {index + 1}"


# ----- the meeting's clock ------------------------------------------------------------------


def meeting_zone(session: Session) -> tzinfo:
    """The fixed offset the facilitator was at when the session was created, else UTC."""
    if session.utc_offset_minutes is None:
        return UTC
    return timezone(timedelta(minutes=session.utc_offset_minutes))


def offset_label(utc_offset_minutes: int) -> str:
    """UTC+01:00, UTC-05:00, UTC+05:30, UTC+00:00."""
    sign = "-" if utc_offset_minutes < 0 else "+"
    hours, minutes = divmod(abs(utc_offset_minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def local_stamp(ctx: MinutesContext, when: datetime | None) -> str | None:
    """ISO 8601 local time with its offset; `Z` (UTC) when no offset was recorded."""
    return local_stamper(ctx)(when)


def local_stamper(ctx: MinutesContext) -> Callable[[datetime | None], str | None]:
    """local_stamp with the offset worked out once, for the thousands of entries an export
    stamps (isoformat is several times faster than strftime)."""
    offset = ctx.session.utc_offset_minutes
    suffix = "Z" if offset is None else offset_label(offset)[3:]
    zone = ctx.zone

    def stamp(when: datetime | None) -> str | None:
        if when is None:
            return None
        local = when.astimezone(zone).replace(tzinfo=None, microsecond=0)
        return local.isoformat() + suffix

    return stamp


def meeting_day(session: Session) -> date | None:
    if session.meeting_date is not None:
        return session.meeting_date
    when = session.started_at or session.created_at
    return None if when is None else when.astimezone(meeting_zone(session)).date()


# ----- durations ----------------------------------------------------------------------------


def wall_seconds(ctx: MinutesContext) -> float:
    """Start to end (or the last event of a draft), pauses included."""
    if ctx.start is None or ctx.end is None:
        return 0.0
    return max(0.0, (ctx.end - ctx.start).total_seconds())


def meeting_seconds(ctx: MinutesContext) -> int | None:
    """Whole seconds from start to end; None for a meeting never started."""
    if ctx.start is None or ctx.end is None:
        return None
    return round(wall_seconds(ctx))


def item_seconds(ctx: MinutesContext) -> list[float]:
    """Seconds spent on each item, up to the end (or the last event of a draft)."""
    end = ctx.end
    if end is None:
        return [0.0] * len(ctx.session.agenda.items)
    return [item_elapsed(ctx.session, i, end) for i in range(len(ctx.session.agenda.items))]


def difference(actual: int, planned: int) -> str:
    """The signed difference, like +2m or -2m30s; "on time" when there is none."""
    delta = actual - planned
    if delta == 0:
        return "on time"
    return ("+" if delta > 0 else "") + format_duration(delta)


def per_item(session: Session, items: list[int], body: Callable[[int], list[str]]) -> list[str]:
    """Each item's lines (an exercise run per item); under a `### N. Title` heading each when
    there is more than one."""
    lines: list[str] = []
    for index in items:
        if len(items) > 1:
            if lines:
                lines.append("")
            title = md.heading(session.agenda.items[index].title)
            lines += [f"### {index + 1}. {title}" if title else f"### Item {index + 1}", ""]
        lines += body(index)
    return lines
