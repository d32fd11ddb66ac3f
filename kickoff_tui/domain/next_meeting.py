"""The next meeting as the facilitator types it with `m`: a date, a time, a place or link.

`tue 10:00`, `2026-12-08 14:00 Room 4`, `+1w https://meet.example/abc`. The date part is any
form domain/due_dates.py understands (resolved against this meeting's date); the time is
`14:00`, `9:30`, `9.30`, `10am` or `2:30pm`; whatever follows the time is the place. Without a
time, the longest run of leading words that reads as a date is the date and the rest the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kickoff_tui.domain.due_dates import describe_due, resolve_due

_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?", re.IGNORECASE)
_HM = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
EXAMPLES = "try 'tue 10:00', '2026-12-08 14:00 Room 4' or '+1w'"


class NextMeetingError(ValueError):
    """A typed next meeting that cannot be read; the message is one line for the screen."""


@dataclass(frozen=True)
class NextMeeting:
    day: date
    time: str  # "HH:MM" (24 h, the facilitator's local time), "" when none was given
    place: str  # a room, an address or a link, "" when none

    def label(self, meeting_date: date | None = None) -> str:
        """'Tue 8 Dec, 14:00 · Room 4' (the year when it differs from the meeting's)."""
        shown = describe_due(self.day.isoformat(), meeting_date or self.day)
        if self.time:
            shown += f", {self.time}"
        return f"{shown} · {self.place}" if self.place else shown


def parse_time(word: str) -> str | None:
    """'14:00', '9.30', '10am', '2:30pm' as 'HH:MM'; None when the word is not a time.

    A bare number ('10') is not a time: it could be a day.
    """
    match = _TIME.fullmatch(word)
    if match is None or (match.group(2) is None and match.group(3) is None):
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def is_time(text: str) -> bool:
    """True for a stored 'HH:MM' (what the journal holds)."""
    return bool(_HM.fullmatch(text))


def parse_next_meeting(typed: str, meeting_date: date) -> NextMeeting:
    """Read what was typed; NextMeetingError with a one-line message when it cannot be read."""
    words = typed.split()
    if not words:
        raise NextMeetingError(f"Type a date and time: {EXAMPLES}")
    at = next((i for i, word in enumerate(words) if parse_time(word) is not None), None)
    if at is not None:
        day = _date_of(words[:at], meeting_date) if at else meeting_date
        if day is None:
            raise NextMeetingError(f"Not a date: '{' '.join(words[:at])}'; {EXAMPLES}")
        time, rest = parse_time(words[at]) or "", words[at + 1 :]
    else:
        found = next(
            (
                (n, day)
                for n in range(min(4, len(words)), 0, -1)
                if (day := _date_of(words[:n], meeting_date)) is not None
            ),
            None,
        )
        if found is None:
            raise NextMeetingError(f"Not a date: '{words[0]}'; {EXAMPLES}")
        day, time, rest = found[1], "", words[found[0] :]
    if day < meeting_date:
        shown = describe_due(day.isoformat(), meeting_date)
        raise NextMeetingError(f"{shown} is before this meeting")
    return NextMeeting(day, time, " ".join(rest))


def _date_of(words: list[str], meeting_date: date) -> date | None:
    return resolve_due(" ".join(words), meeting_date) if words else None
