"""Short, room-readable renderings of times and dates shared by the live widgets."""

from __future__ import annotations

from datetime import date, datetime


def clock_text(seconds: float) -> str:
    """`mm:ss` (minutes may pass 59), or `h:mm:ss` from 100 minutes; never negative."""
    total = int(max(0.0, seconds))
    minutes, secs = divmod(total, 60)
    if minutes >= 100:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def short_duration(seconds: float) -> str:
    """`m:ss` without a leading zero, for figures in running text (whole seconds, floored)."""
    total = int(abs(seconds))
    minutes, secs = divmod(total, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def countdown_text(remaining: float) -> str:
    """What the big clock shows: time left, or `+mm:ss` once the timebox is used up."""
    if remaining >= 0:
        # round up so the clock reads 00:00 exactly when the time is up, not a second early
        return clock_text(-(-remaining // 1))
    return "+" + clock_text(-remaining)


def local_time(when: datetime) -> str:
    return when.astimezone().strftime("%H:%M")


def due_text(iso: str) -> str:
    """`Fri 4 Dec` for an ISO date; the text unchanged if it is not one."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day:%a} {day.day} {day:%b}"
