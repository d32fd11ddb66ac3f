"""Durations as people type them: "45s", "5m", "1h30m", or a bare number of minutes."""

from __future__ import annotations

import re

MAX_SECONDS = 8 * 3600

_PART = re.compile(r"(\d+)\s*(h|m|s)")
_WHOLE = re.compile(r"^\s*(?:\d+\s*[hms]\s*)+$")
_ORDER = {"h": 0, "m": 1, "s": 2}
_UNIT = {"h": 3600, "m": 60, "s": 1}


class DurationError(ValueError):
    """A duration that cannot be used; the message says what to write instead."""


def parse_duration(text: str) -> int:
    """Parse a duration into whole seconds.

    >>> parse_duration("1h30m")
    5400
    """
    raw = text.strip().lower()
    if raw.isdecimal():  # isdigit() also takes "²", which int() rejects
        seconds = int(raw) * 60
    elif _WHOLE.match(raw):
        parts = _PART.findall(raw)
        units = [u for _, u in parts]
        if len(set(units)) != len(units) or units != sorted(units, key=_ORDER.__getitem__):
            raise DurationError(f"'{text}' repeats or misorders units; write it like '1h30m'")
        seconds = sum(int(n) * _UNIT[u] for n, u in parts)
    else:
        raise DurationError(f"'{text}' is not a duration; write '45s', '5m', '1h30m' or minutes")
    return check_seconds(seconds, text)


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
