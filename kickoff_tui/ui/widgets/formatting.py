"""Short, room-readable renderings of times and dates shared by the live widgets."""

from __future__ import annotations

from datetime import date, datetime

from kickoff_tui.domain.durations import format_clock

# The word beside the colour, so warning and overtime never rest on colour alone (NO_COLOR,
# a washed-out projector, colour blindness); the console's caption and the room view use it.
PHASE_MARKS = {"warning": "▲ WARNING", "over": "■ OVERTIME"}


def clock_text(seconds: float) -> str:
    """`mm:ss` (minutes may pass 59), or `h:mm:ss` from 100 minutes; never negative."""
    return format_clock(max(0.0, seconds), hours_from=100)


def short_duration(seconds: float) -> str:
    """`m:ss` without a leading zero, for figures in running text (whole seconds, floored)."""
    return format_clock(abs(seconds), pad=False)


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
