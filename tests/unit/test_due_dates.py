"""Due phrases resolve against the meeting date; unreadable ones resolve to None."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kickoff_tui.domain.due_dates import (
    WEEKDAYS,
    describe_due,
    is_day_month,
    looks_like_date,
    resolve_due,
)

WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("2026-1-5", date(2026, 1, 5)),  # one-digit month and day are fine
        ("today", WEDNESDAY),
        ("eod", WEDNESDAY),
        ("tomorrow", date(2026, 11, 26)),
        ("TMRW", date(2026, 11, 26)),
        ("thu", date(2026, 11, 26)),
        ("fri", date(2026, 11, 27)),
        ("Friday", date(2026, 11, 27)),
        ("mon", date(2026, 11, 30)),
        ("wed", date(2026, 12, 2)),  # the same weekday means a week later, never today
        ("wednesday", date(2026, 12, 2)),
        ("tues", date(2026, 12, 1)),
        ("thurs", date(2026, 11, 26)),
        ("next fri", date(2026, 12, 4)),
        ("next mon", date(2026, 11, 30)),
        ("next week", date(2026, 12, 4)),  # Friday of the following week
        ("this fri", date(2026, 11, 27)),
        ("this Tuesday", date(2026, 12, 1)),
        ("this wed", WEDNESDAY),  # unlike a bare weekday, "this" includes the meeting day
        ("eow", date(2026, 11, 27)),
        ("eom", date(2026, 11, 30)),
        ("end of day", WEDNESDAY),
        ("end of week", date(2026, 11, 27)),
        ("the end of the week", date(2026, 11, 27)),
        ("End of the month", date(2026, 11, 30)),
        ("the end of month", date(2026, 11, 30)),
        ("+0d", WEDNESDAY),
        ("+3d", date(2026, 11, 28)),
        ("+1w", date(2026, 12, 2)),
        ("+2mo", date(2027, 1, 25)),
        ("12-01", date(2026, 12, 1)),
        ("11-25", WEDNESDAY),  # month-day on the meeting day itself is today
        ("11-24", date(2027, 11, 24)),  # already past: next year
        ("4 dec", date(2026, 12, 4)),
        ("Dec 4th", date(2026, 12, 4)),
        ("fri 4 dec", date(2026, 12, 4)),
        ("4 December 2027", date(2027, 12, 4)),
        ("1 jan", date(2027, 1, 1)),
    ],
)
def test_phrases_resolve_against_the_meeting_date(phrase: str, expected: date) -> None:
    assert resolve_due(phrase, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "2026-02-30",
        "2026-13-01",
        "0000-01-01",
        "someday",
        "soon",
        "+2m",  # m is minutes in this app: never guessed as months
        "+1y",
        "1/12",
        "13-01",
        "thu 4 dec",  # 4 Dec 2026 is a Friday
        "30 feb",
        "next month",
        "next",
        "",
        "fri sat",
        "this week",
        "this",
        "end of",
        "end of year",
        "the end",
        "end of the the week",
        "end of week fri",
    ],
)
def test_unreadable_phrases_give_none(phrase: str) -> None:
    assert resolve_due(phrase, WEDNESDAY) is None


def test_month_end_clamps_when_adding_months() -> None:
    assert resolve_due("+1mo", date(2026, 1, 31)) == date(2026, 2, 28)
    assert resolve_due("+1mo", date(2028, 1, 31)) == date(2028, 2, 29)
    assert resolve_due("+12mo", date(2026, 11, 25)) == date(2027, 11, 25)


def test_eom_on_the_last_day_is_that_day_and_handles_leap_february() -> None:
    assert resolve_due("eom", date(2026, 11, 30)) == date(2026, 11, 30)
    assert resolve_due("eom", date(2028, 2, 3)) == date(2028, 2, 29)


def test_eow_on_a_weekend_is_the_coming_friday_and_on_friday_is_today() -> None:
    assert resolve_due("eow", date(2026, 11, 28)) == date(2026, 12, 4)  # Saturday
    assert resolve_due("eow", date(2026, 11, 27)) == date(2026, 11, 27)  # Friday


def test_feb_29_waits_for_a_leap_year() -> None:
    assert resolve_due("29 feb", WEDNESDAY) == date(2028, 2, 29)
    assert resolve_due("02-29", WEDNESDAY) == date(2028, 2, 29)


def test_offsets_past_the_calendar_are_unreadable_not_a_crash() -> None:
    assert resolve_due("+999999w", WEDNESDAY) is None
    assert resolve_due("+999999mo", WEDNESDAY) is None
    assert resolve_due("tomorrow", date.max) is None


def test_day_month_shape_is_recognised_even_when_the_day_does_not_exist() -> None:
    assert is_day_month("thu 4 dec")
    assert is_day_month("30 feb")
    assert is_day_month("4 dec 2026")
    assert not is_day_month("4 people")
    assert not is_day_month("may review")


def test_numeric_date_shapes() -> None:
    assert looks_like_date("1/12")
    assert looks_like_date("31.12.2026")
    assert looks_like_date("2026-02-30")
    assert not looks_like_date("24/7/x")
    assert not looks_like_date("v2")


def test_describe_due() -> None:
    assert describe_due("2026-12-04", WEDNESDAY) == "Fri 4 Dec"
    assert describe_due("2027-01-05", WEDNESDAY) == "Tue 5 Jan 2027"
    assert describe_due("", WEDNESDAY) == ""
    assert describe_due("someday", WEDNESDAY) == "someday"


@given(st.dates(), st.sampled_from(sorted(WEEKDAYS)))
def test_a_weekday_is_always_one_to_seven_days_ahead_and_on_that_day(
    meeting: date, name: str
) -> None:
    found = resolve_due(name, meeting)
    if found is None:  # only at the very end of the calendar
        assert meeting > date.max - timedelta(days=7)
        return
    assert 1 <= (found - meeting).days <= 7
    assert found.weekday() == WEEKDAYS[name]


@given(st.text(max_size=40), st.dates())
def test_resolve_never_raises(phrase: str, meeting: date) -> None:
    found = resolve_due(phrase, meeting)
    assert found is None or isinstance(found, date)


@given(st.dates(), st.sampled_from(sorted(WEEKDAYS)))
def test_this_weekday_is_that_day_within_the_coming_week(meeting: date, name: str) -> None:
    found = resolve_due(f"this {name}", meeting)
    if found is None:  # only at the very end of the calendar
        assert meeting > date.max - timedelta(days=7)
        return
    assert 0 <= (found - meeting).days <= 6
    assert found.weekday() == WEEKDAYS[name]


@given(st.dates(), st.sampled_from(["day", "week", "month"]))
def test_end_of_a_period_is_its_short_form(meeting: date, unit: str) -> None:
    short = {"day": "eod", "week": "eow", "month": "eom"}[unit]
    expected = resolve_due(short, meeting)
    assert resolve_due(f"end of {unit}", meeting) == expected
    assert resolve_due(f"the end of the {unit}", meeting) == expected
