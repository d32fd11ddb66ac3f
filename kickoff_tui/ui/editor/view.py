"""What the editor shows, read leniently from the file's data (document.value(())).

The screens must show a file that does not load too (a title emptied while typing, an escape
sequence the checker refuses): the list and the forms read the values as the file holds them,
and the problems panel says what is wrong. The timetable is still the domain's (rows,
total_line), over a stand-in Agenda in which an unreadable timebox counts as zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.durations import DurationError, parse_duration
from kickoff_tui.domain.timetable import parse_clock

Data = Mapping[str, Any]


def text_of(value: object) -> str:
    """A scalar as text ('' for none); a list or mapping where text belongs reads as ''."""
    return value if isinstance(value, str) else ""


def seconds_of(value: object) -> int | None:
    try:
        return parse_duration(value) if isinstance(value, str) and value.strip() else None
    except DurationError:
        return None


def entries(data: object, key: str) -> list[Data]:
    """The mappings under `key` (items or people); anything else in the list reads as {}."""
    found = data.get(key) if isinstance(data, Mapping) else None
    if not isinstance(found, list):
        return []
    return [entry if isinstance(entry, Mapping) else {} for entry in found]


def section(data: object, key: str) -> Data:
    found = data.get(key) if isinstance(data, Mapping) else None
    return found if isinstance(found, Mapping) else {}


@dataclass(frozen=True)
class EditorView:
    """The file's meeting, people and items as the screens show them."""

    meeting: Data
    people: Sequence[Data]
    items: Sequence[Data]

    @classmethod
    def of(cls, data: object) -> EditorView:
        return cls(section(data, "meeting"), entries(data, "people"), entries(data, "items"))

    @property
    def names(self) -> list[str]:
        return [name for p in self.people if (name := text_of(p.get("name")))]

    @property
    def start(self) -> int | None:
        """The meeting's start, seconds after midnight; None when not given (or unreadable)."""
        raw = text_of(self.meeting.get("start"))
        return parse_clock(raw) if raw else None

    def timetable_agenda(self) -> Agenda:
        """A stand-in Agenda for the timetable (rows, total_line): titles and timeboxes."""
        items = tuple(
            Item(text_of(item.get("title")), seconds_of(item.get("timebox")) or 0)
            for item in self.items
        )
        length = seconds_of(self.meeting.get("length")) or 0
        meeting = Meeting(text_of(self.meeting.get("title")), length=length)
        return Agenda(meeting=meeting, items=items)
