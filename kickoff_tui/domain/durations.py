"""Durations as people type them: "45s", "5m", "1h30m", "10 min", "1.5 hours", "1h 30m",
or a bare number of minutes."""

from __future__ import annotations

import itertools
import re

MAX_SECONDS = 8 * 3600

# each unit's spellings, as written in documents; the key is the short form
_SPELLINGS = {
    "h": ("h", "hr", "hrs", "hour", "hours"),
    "m": ("m", "min", "mins", "minute", "minutes"),
    "s": ("s", "sec", "secs", "second", "seconds"),
}
_UNIT_OF = {spelling: unit for unit, words in _SPELLINGS.items() for spelling in words}
_UNIT_WORD = "|".join(sorted(_UNIT_OF, key=len, reverse=True))  # longest first: "min" before "m"
_PART = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNIT_WORD})(?![a-z])")
_WHOLE = re.compile(rf"^\s*(?:\d+(?:\.\d+)?\s*(?:{_UNIT_WORD})(?![a-z])\s*)+$")
_ORDER = {"h": 0, "m": 1, "s": 2}
_UNIT = {"h": 3600, "m": 60, "s": 1}


class DurationError(ValueError):
    """A duration that cannot be used; the message says what to write instead."""


def parse_duration(text: str) -> int:
    """Parse a duration into whole seconds.

    >>> parse_duration("1h30m")
    5400
    >>> parse_duration("1.5 hours")
    5400
    """
    raw = text.strip().lower()
    if len(raw) > 64:  # no duration is this long; and int() refuses 4,300+ digit strings
        raise DurationError(f"'{text[:20]}…' is not a duration; write '45s', '5m' or '1h30m'")
    if raw.isdecimal():  # isdigit() also takes "²", which int() rejects
        seconds = int(raw) * 60
    elif raw.isascii() and _WHOLE.match(raw):
        seconds = _sum_parts(text, [(n, _UNIT_OF[u]) for n, u in _PART.findall(raw)])
    else:
        raise DurationError(f"'{text}' is not a duration; write '45s', '5m', '1h30m' or minutes")
    return check_seconds(seconds, text)


def _sum_parts(text: str, parts: list[tuple[str, str]]) -> int:
    units = [unit for _, unit in parts]
    if len(set(units)) != len(units) or units != sorted(units, key=_ORDER.__getitem__):
        raise DurationError(f"'{text}' repeats or misorders units; write it like '1h30m'")
    if len(parts) > 1 and any("." in number for number, _ in parts):
        raise DurationError(f"'{text}' mixes a decimal with other units; write it like '1h30m'")
    seconds = sum(_exact_seconds(text, number, _UNIT[unit]) for number, unit in parts)
    larger = {"h": "hours", "m": "minutes", "s": "seconds"}
    for (_, before), (number, unit) in itertools.pairwise(parts):
        if int(number) >= 60:  # '1h90m' may be meant as 2h30m or be a slip for 1h09m
            raise DurationError(
                f"'{text}' has {number}{unit} after the {larger[before]}; "
                f"write '{format_duration(seconds)}' if that total is meant"
            )
    return seconds


def _exact_seconds(text: str, number: str, unit_seconds: int) -> int:
    """Whole seconds of '1.5' units, in integers: 1.1 x 3600 is not exact in floats."""
    whole, _, fraction = number.partition(".")
    scale: int = 10 ** len(fraction)
    scaled = (int(whole) * scale + int(fraction or 0)) * unit_seconds
    if scaled % scale:
        raise DurationError(f"'{text}' is not a whole number of seconds; write it like '1m30s'")
    return scaled // scale


def check_seconds(seconds: int, shown: str) -> int:
    if seconds <= 0:
        raise DurationError(f"'{shown}' must be longer than zero")
    if seconds > MAX_SECONDS:
        raise DurationError(f"'{shown}' is longer than 8 hours; is that a typo?")
    return seconds


def format_duration(seconds: int) -> str:
    """The short form used in agendas and minutes: "1h30m", "5m", "45s", "2m30s"."""
    seconds = int(seconds)
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    text = (f"{hours}h" if hours else "") + (f"{minutes}m" if minutes else "")
    text += f"{secs}s" if secs or not text else ""
    return ("-" if seconds < 0 else "") + text


def format_clock(seconds: float, *, hours_from: int = 60, pad: bool = True) -> str:
    """`mm:ss`, or `h:mm:ss` from `hours_from` minutes; negative values get a minus sign.

    The one clock format: review and go-to tables use the defaults, the live clock keeps
    `mm:ss` up to 99:59 (`hours_from=100`), and figures in running text drop the minutes'
    leading zero (`pad=False`: `4:05`). Whole seconds, rounded down.
    """
    whole = int(abs(seconds))
    minutes, secs = divmod(whole, 60)
    sign = "-" if seconds < 0 and whole else ""
    if minutes >= hours_from:
        hours, minutes = divmod(minutes, 60)
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}" if pad else f"{sign}{minutes}:{secs:02d}"
