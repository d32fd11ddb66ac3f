"""The agenda as a timetable: each item's clock start and end, and the total against the plan.

Pure: `kickoff plan` renders it as plain text or Markdown (domain/pre_read.py), and the
iCalendar invite uses the same rows. Clock times are seconds after midnight; without a start
time the timetable counts from 00:00.
"""

from __future__ import annotations

import re

from kickoff_tui.domain.agenda import Agenda, Item
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.records import FrozenRecord

DAY = 24 * 3600
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_clock(text: str) -> int | None:
    """Seconds after midnight from 'HH:MM' (or 'H:MM'); None when it is not a time of day."""
    match = _CLOCK.match(text.strip())
    return None if match is None else int(match[1]) * 3600 + int(match[2]) * 60


class Row(FrozenRecord):
    __match_args__ = ("number", "item", "start", "end")
    __slots__ = __match_args__

    number: int  # 1-based, as people count items
    item: Item
    start: int  # seconds after midnight (or after the relative 00:00)
    end: int

    def __init__(self, number: int, item: Item, start: int, end: int) -> None:
        self._assign(number, item, start, end)


def rows(agenda: Agenda, start: int = 0) -> list[Row]:
    """One row per item, back to back from `start` (seconds after midnight)."""
    found: list[Row] = []
    clock = start
    for number, item in enumerate(agenda.items, start=1):
        found.append(Row(number, item, clock, clock + item.timebox))
        clock += item.timebox
    return found


def clock_text(seconds: int, *, with_seconds: bool = False) -> str:
    """`09:30` (or `09:30:45`); past midnight wraps round, as a wall clock does."""
    hours, rest = divmod(seconds % DAY, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}" if with_seconds else f"{hours:02d}:{minutes:02d}"


def needs_seconds(table: list[Row]) -> bool:
    """Whether any time falls between whole minutes (a 45s item), so clocks show seconds."""
    return any(row.start % 60 or row.end % 60 for row in table)


def total_line(agenda: Agenda) -> str:
    """'Total 1h35m against 1h30m planned: 5m over.' (or 'on plan', or no plan given)."""
    total = agenda.planned_seconds
    planned = agenda.meeting.length
    if not planned:
        return f"Total {format_duration(total)} (no planned length in the agenda)."
    difference = total - planned
    if difference == 0:
        verdict = "on plan"
    else:
        verdict = f"{format_duration(abs(difference))} {'over' if difference > 0 else 'under'}"
    return f"Total {format_duration(total)} against {format_duration(planned)} planned: {verdict}."


def finish_line(table: list[Row], *, relative: bool) -> str:
    end = table[-1].end if table else 0
    shown = clock_text(end, with_seconds=needs_seconds(table))
    if relative:
        return f"Projected finish: {shown} after the start (no start time given; use --start)."
    return f"Projected finish: {shown}."
