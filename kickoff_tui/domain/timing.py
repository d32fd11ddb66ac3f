"""Timing maths for a session at a given moment. Everything derives from wall-clock times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from kickoff_tui.domain.session import Session

ItemState = Literal["current", "done", "upcoming"]
Phase = Literal["ok", "warning", "over"]

WARN_FRACTION = 0.2
WARN_CAP_SECONDS = 120


def item_elapsed(session: Session, index: int, now: datetime) -> float:
    spent = session.item_seconds[index]
    if index == session.current and session.segment_start is not None:
        spent += max(0.0, (now - session.segment_start).total_seconds())
    return spent


def item_remaining(session: Session, index: int, now: datetime) -> float:
    return session.timebox(index) - item_elapsed(session, index, now)


def item_state(session: Session, index: int) -> ItemState:
    """'current', 'done' (visited and left) or 'upcoming'."""
    if index == session.current and not session.ended:
        return "current"
    return "done" if index in session.visited else "upcoming"


def warning_threshold(timebox: int) -> float:
    """Seconds left at which the countdown turns to the warning colour."""
    return min(timebox * WARN_FRACTION, WARN_CAP_SECONDS)


def phase(session: Session, index: int, now: datetime) -> Phase:
    """'ok', 'warning' (near the end of the timebox) or 'over'."""
    remaining = item_remaining(session, index, now)
    if remaining <= 0:
        return "over"
    if remaining <= warning_threshold(session.timebox(index)):
        return "warning"
    return "ok"


@dataclass(frozen=True)
class MeetingTiming:
    elapsed: float
    planned_total: int  # the agenda as prepared, before any +/- adjustments
    remaining: float  # planned_total - elapsed (negative when past the planned length)
    projected_end: datetime | None
    planned_end: datetime | None
    behind: float  # seconds behind schedule (negative means ahead)


def meeting_timing(session: Session, now: datetime) -> MeetingTiming:
    planned = session.agenda.planned_seconds
    start = session.started_at
    if start is None:
        return MeetingTiming(0.0, planned, float(planned), None, None, 0.0)
    end = session.ended_at or now
    elapsed = max(0.0, (end - start).total_seconds())
    if session.ended:
        projected = end
    else:
        left: float = sum(
            session.timebox(i) for i in range(len(session.agenda.items)) if i not in session.visited
        )
        left += max(0.0, item_remaining(session, session.current, now))
        projected = now + timedelta(seconds=left)
    planned_end = start + timedelta(seconds=planned)
    behind = (projected - planned_end).total_seconds()
    return MeetingTiming(elapsed, planned, planned - elapsed, projected, planned_end, behind)
