"""Due dates as a facilitator types them mid-meeting, resolved against the meeting date.

Forms understood (case-insensitive, whole words only):

- ``2026-12-01`` (ISO; one-digit month or day is fine). A date that does not exist, such as
  ``2026-02-30`` or ``2026-13-01``, is flagged rather than guessed.
- ``12-01`` (month-day, the next such day on or after the meeting): only after ``due``/``by``,
  because a bare ``10-12`` is more often a range than a date.
- ``today``, ``eod`` (the meeting date); ``tomorrow``, ``tmrw``.
- weekday names and abbreviations (``fri``, ``Friday``, ``thurs``): the next such day strictly
  after the meeting date, so ``fri`` said on a Friday means a week later.
- ``next fri``: that weekday in the calendar week (Monday to Sunday) after the meeting's week.
- ``this fri``: the next such day on or after the meeting date (``this wed`` on a Wednesday is
  the meeting date itself).
- ``next week``: Friday of the following week (the end of that working week).
- ``eow``: the Friday on or after the meeting date; ``eom``: the last day of the meeting's month.
- ``end of day``, ``end of week``, ``end of month`` (``the`` allowed before ``end`` and before
  the unit): the same as ``eod``, ``eow`` and ``eom``.
- ``4 Dec``, ``Dec 4th``, ``Fri 4 Dec``, ``4 December 2026`` (the form the screen shows, so a
  date read off the screen can be typed back): the next such day on or after the meeting unless
  a year is given; a weekday that does not match the date makes it unreadable.
- ``+3d``, ``+1w``, ``+2mo``: days, weeks, months after the meeting date (``+0d`` is the meeting
  date; a month step keeps the day, clamped to the month's end). ``+2m`` is not a date: in this
  app ``m`` means minutes, so guessing months would be wrong half the time.

Slash forms such as ``1/12`` are never guessed (day-month or month-day?): after ``due`` they
are flagged so the facilitator rewrites them.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

WEEKDAYS: dict[str, int] = {
    "mon": 0,
    "monday": 0,
    "tue": 1,
    "tues": 1,
    "tuesday": 1,
    "wed": 2,
    "weds": 2,
    "wednesday": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "thursday": 3,
    "fri": 4,
    "friday": 4,
    "sat": 5,
    "saturday": 5,
    "sun": 6,
    "sunday": 6,
}
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FRIDAY = 4
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_DAY = re.compile(r"(\d{1,2})-(\d{1,2})")
_OFFSET = re.compile(r"\+(\d{1,6})(d|w|mo)")
_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_YEAR = re.compile(r"\d{4}")

# Words that mean a date only in context (a weekday is also "Friday's demo went well").
WORD_FORMS = frozenset({"today", "eod", "tomorrow", "tmrw", *WEEKDAYS})
# Forms that are never ordinary words, recognised anywhere in the text.
_SYMBOLIC_WORDS = frozenset({"eom", "eow"})


def resolve_due(phrase: str, meeting_date: date) -> date | None:
    """The date a typed due phrase means, or None when it is not a date we understand.

    >>> resolve_due("fri", date(2026, 11, 25))
    datetime.date(2026, 11, 27)
    """
    words = phrase.lower().split()
    try:
        if len(words) == 1:
            return _resolve_word(words[0], meeting_date)
        if len(words) == 2 and words[0] == "next":
            return _resolve_next(words[1], meeting_date)
        if len(words) == 2 and words[0] == "this":
            return _resolve_this(words[1], meeting_date)
        if words[:2] in (["end", "of"], ["the", "end"]):
            return _resolve_end_of(words, meeting_date)
        if 2 <= len(words) <= 4:
            return _resolve_day_month(words, meeting_date)
    except (OverflowError, ValueError):  # far past date.max, or a day that does not exist
        return None
    return None


def is_day_month(phrase: str) -> bool:
    """True when the words have the shape of '[weekday] 4 dec [2026]', whether or not that day
    exists: 'thu 4 dec' (4 Dec is a Friday) and '30 feb' are meant as dates, so they are flagged."""
    words = [w.rstrip(",") for w in phrase.lower().split()]
    if len(words) > 2 and words[0] in WEEKDAYS:
        words = words[1:]
    if len(words) == 3 and _YEAR.fullmatch(words[2]):
        words = words[:2]
    if len(words) != 2:
        return False
    first, second = words
    day_text = first if second in MONTHS else second if first in MONTHS else ""
    return bool(_DAY.fullmatch(day_text))


def is_symbolic(word: str) -> bool:
    """True for forms that cannot be an ordinary word: ISO dates, +3d offsets, eom, eow."""
    lower = word.lower()
    return bool(lower in _SYMBOLIC_WORDS or _ISO.fullmatch(lower) or _OFFSET.fullmatch(lower))


def looks_like_date(word: str) -> bool:
    """True for numeric shapes a person would only type as a date: 2026-02-30, 1/12, 31.12."""
    return bool(re.fullmatch(r"\d{1,4}([-/.])\d{1,2}(\1\d{1,4})?", word))


def looks_like_iso(word: str) -> bool:
    """An ISO-shaped word, valid or not: flagged anywhere, since it is clearly meant as a date."""
    return bool(_ISO.fullmatch(word))


def describe_due(iso: str, meeting_date: date) -> str:
    """A short label for the screen: "Fri 4 Dec", with the year when it differs from the meeting's.

    An empty value gives ""; anything that is not an ISO date is returned unchanged.
    """
    if not iso:
        return ""
    try:
        when = date.fromisoformat(iso)
    except ValueError:
        return iso
    label = f"{_DAY_NAMES[when.weekday()]} {when.day} {_MONTH_NAMES[when.month - 1]}"
    return label if when.year == meeting_date.year else f"{label} {when.year}"


def _resolve_word(word: str, today: date) -> date | None:
    if word in ("today", "eod"):
        return today
    if word in ("tomorrow", "tmrw"):
        return today + timedelta(days=1)
    if word in WEEKDAYS:
        ahead = (WEEKDAYS[word] - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    if word == "eow":
        return today + timedelta(days=(_FRIDAY - today.weekday()) % 7)
    if word == "eom":
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if iso := _ISO.fullmatch(word):
        return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if month_day := _MONTH_DAY.fullmatch(word):
        return _next_month_day(int(month_day.group(1)), int(month_day.group(2)), today)
    if offset := _OFFSET.fullmatch(word):
        return _add_offset(int(offset.group(1)), offset.group(2), today)
    return None


def _resolve_next(word: str, today: date) -> date | None:
    monday_next_week = today + timedelta(days=7 - today.weekday())
    if word == "week":
        return monday_next_week + timedelta(days=_FRIDAY)
    if word in WEEKDAYS:
        return monday_next_week + timedelta(days=WEEKDAYS[word])
    return None


def _resolve_this(word: str, today: date) -> date | None:
    if word in WEEKDAYS:
        return today + timedelta(days=(WEEKDAYS[word] - today.weekday()) % 7)
    return None


_END_OF = {"day": "eod", "week": "eow", "month": "eom"}


def _resolve_end_of(words: list[str], today: date) -> date | None:
    """'end of week', 'the end of the week' and the like, as eow (eod, eom)."""
    if words[:1] == ["the"]:
        words = words[1:]
    unit = words[2:] if words[:2] == ["end", "of"] else []
    if unit[:1] == ["the"]:
        unit = unit[1:]
    if len(unit) == 1 and unit[0] in _END_OF:
        return _resolve_word(_END_OF[unit[0]], today)
    return None


def _resolve_day_month(words: list[str], today: date) -> date | None:
    """'4 dec', 'dec 4th', 'fri 4 dec', '4 december 2026' (a trailing comma is allowed)."""
    words = [w.rstrip(",") for w in words]
    weekday = WEEKDAYS.get(words[0]) if len(words) > 2 else None
    if weekday is not None:
        words = words[1:]
    year = int(words.pop()) if len(words) == 3 and _YEAR.fullmatch(words[2]) else None
    if len(words) != 2:
        return None
    first, second = words
    day_text, month = (
        (first, MONTHS.get(second)) if second in MONTHS else (second, MONTHS.get(first))
    )
    day = _DAY.fullmatch(day_text)
    if month is None or day is None:
        return None
    if year is None:
        found = _next_month_day(month, int(day.group(1)), today)
    else:
        found = date(year, month, int(day.group(1)))
    if weekday is not None and found.weekday() != weekday:
        return None
    return found


def _next_month_day(month: int, day: int, today: date) -> date:
    """The next month-day on or after today; Feb 29 waits for a leap year."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} out of range")
    for year in range(today.year, today.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:
            if day <= calendar.monthrange(2024, month)[1]:
                continue  # Feb 29 in a common year: try the next year
            raise
        if candidate >= today:
            return candidate
    raise ValueError(f"no {month}-{day} ahead")


def _add_offset(count: int, unit: str, today: date) -> date:
    if unit == "d":
        return today + timedelta(days=count)
    if unit == "w":
        return today + timedelta(weeks=count)
    months = today.month - 1 + count
    year, month = today.year + months // 12, months % 12 + 1
    if year > date.max.year:
        raise OverflowError("date out of range")
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))
