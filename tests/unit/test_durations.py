"""Durations as typed in agendas, and the short forms shown back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kickoff_tui.domain.durations import (
    MAX_SECONDS,
    DurationError,
    check_seconds,
    format_clock,
    format_duration,
    parse_duration,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("45s", 45),
        ("5m", 300),
        ("1h", 3600),
        ("1h30m", 5400),
        ("1h 30m", 5400),
        ("2m30s", 150),
        ("1h0m5s", 3605),
        ("5", 300),  # a bare number is minutes
        (" 10 ", 600),
        ("1H30M", 5400),
        ("8h", MAX_SECONDS),
        ("479m59s", MAX_SECONDS - 1),
        # as people write them in documents (#14)
        ("10 min", 600),
        ("10 mins", 600),
        ("10 minutes", 600),
        ("10min", 600),
        ("1 hour", 3600),
        ("1 hr", 3600),
        ("2 hours", 7200),
        ("2 Hrs", 7200),
        ("1.5h", 5400),
        ("1.1h", 3960),  # exact: 1.1 x 3600 is 3960.0000000000005 in floats
        ("0.5 min", 30),
        ("90 seconds", 90),
        ("30 secs", 30),
        ("1h 30m", 5400),
        ("1 hour 30 minutes", 5400),
        ("1hr 5min 10sec", 3910),
    ],
)
def test_parse_duration(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is not a duration"),
        ("   ", "is not a duration"),
        ("five minutes", "is not a duration"),
        ("1.5", "is not a duration"),  # hours or minutes? a unit says
        ("10:30", "is not a duration"),
        ("1.5.5h", "is not a duration"),
        (".5h", "is not a duration"),
        ("10 minx", "is not a duration"),
        ("10 m in", "is not a duration"),
        ("5 mi", "is not a duration"),
        ("1" * 5000 + "h", "is not a duration"),  # int() refuses that many digits
        ("1h90m", "has 90m after the hours; write '2h30m' if that total is meant"),
        ("5m 60s", "has 60s after the minutes"),
        ("1.5h 10m", "mixes a decimal"),
        ("1.333h", "not a whole number of seconds"),
        ("minutes 10", "is not a duration"),
        ("-5", "is not a duration"),
        ("5x", "is not a duration"),
        ("m", "is not a duration"),
        ("²", "is not a duration"),  # a digit to str.isdigit, not to int()
        ("30m1h", "misorders"),
        ("10 minutes 1 hour", "misorders"),
        ("5 min 5m", "repeats"),
        ("5m5m", "repeats"),
        ("0", "longer than zero"),
        ("0m0s", "longer than zero"),
        ("8h1s", "longer than 8 hours"),
        ("481", "longer than 8 hours"),
    ],
)
def test_bad_durations_say_what_to_write(text: str, message: str) -> None:
    with pytest.raises(DurationError, match=message):
        parse_duration(text)


def test_the_error_quotes_what_was_typed() -> None:
    with pytest.raises(DurationError, match="'ten'"):
        parse_duration("ten")


def test_check_seconds_bounds() -> None:
    assert check_seconds(1, "1s") == 1
    assert check_seconds(MAX_SECONDS, "8h") == MAX_SECONDS
    with pytest.raises(DurationError):
        check_seconds(0, "0")
    with pytest.raises(DurationError):
        check_seconds(MAX_SECONDS + 1, "too long")


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0s"),
        (45, "45s"),
        (60, "1m"),
        (150, "2m30s"),
        (3600, "1h"),
        (5400, "1h30m"),
        (3605, "1h5s"),
        (-90, "-1m30s"),
    ],
)
def test_format_duration(seconds: int, text: str) -> None:
    assert format_duration(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (59.9, "00:59"),  # whole seconds, never rounded up before they have passed
        (61, "01:01"),
        (600, "10:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3725, "1:02:05"),
        (-75, "-01:15"),
        (-0.5, "00:00"),  # no "-00:00"
        (-3725, "-1:02:05"),
    ],
)
def test_format_clock(seconds: float, text: str) -> None:
    assert format_clock(seconds) == text


@given(st.integers(min_value=1, max_value=MAX_SECONDS))
def test_format_then_parse_round_trips(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


@given(st.text(max_size=20))
def test_parse_raises_only_duration_errors(text: str) -> None:
    try:
        seconds = parse_duration(text)
    except DurationError:
        return
    assert 0 < seconds <= MAX_SECONDS


_SPELLINGS = {
    3600: ("h", "hr", "hrs", "hour", "hours", "H", "Hours"),
    60: ("m", "min", "mins", "minute", "minutes", "Min"),
    1: ("s", "sec", "secs", "second", "seconds"),
}


@given(
    st.integers(min_value=1, max_value=MAX_SECONDS),
    st.data(),
)
def test_any_spelling_of_the_units_reads_back_the_same_seconds(
    seconds: int, data: st.DataObject
) -> None:
    """Write a duration the way people do (units spelt out, spaces or not) and read it back."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    words = []
    for number, size in ((hours, 3600), (minutes, 60), (secs, 1)):
        if number:
            unit = data.draw(st.sampled_from(_SPELLINGS[size]))
            space = data.draw(st.sampled_from(("", " ")))
            words.append(f"{number}{space}{unit}")
    joiner = data.draw(st.sampled_from((" ", "", "  ")))
    assert parse_duration(joiner.join(words)) == seconds


@given(st.integers(min_value=1, max_value=8 * 4), st.sampled_from(("h", " hours", "hr")))
def test_quarter_hours_as_decimals(quarters: int, unit: str) -> None:
    text = f"{quarters / 4}{unit}"  # 0.25h, 1.5 hours, 2.0hr ...
    assert parse_duration(text) == quarters * 900
