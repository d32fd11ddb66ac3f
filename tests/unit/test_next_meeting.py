"""The next meeting as typed with `m`: date forms from due_dates, a time part, a place."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.next_meeting import (
    NextMeeting,
    NextMeetingError,
    parse_next_meeting,
    parse_time,
)
from kickoff_tui.domain.session import session_from_events

WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("tue 10:00", NextMeeting(date(2026, 12, 1), "10:00", "")),
        ("2026-12-08 14:00", NextMeeting(date(2026, 12, 8), "14:00", "")),
        ("+1w", NextMeeting(date(2026, 12, 2), "", "")),
        ("+1w Room 4", NextMeeting(date(2026, 12, 2), "", "Room 4")),
        (
            "next fri 2:30pm https://meet.example/x",
            NextMeeting(date(2026, 12, 4), "14:30", "https://meet.example/x"),
        ),
        ("4 Dec 9.30 the big room", NextMeeting(date(2026, 12, 4), "09:30", "the big room")),
        ("15:00", NextMeeting(WEDNESDAY, "15:00", "")),
    ],
)
def test_forms_are_read(typed: str, expected: NextMeeting) -> None:
    assert parse_next_meeting(typed, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Type a date and time"),
        ("someday 10:00", "Not a date: 'someday'"),
        ("soon", "Not a date: 'soon'"),
        ("2026-02-30 10:00", "Not a date: '2026-02-30'"),
        ("2026-11-01 10:00", "Sun 1 Nov is before this meeting"),
    ],
)
def test_unreadable_forms_say_why(typed: str, message: str) -> None:
    with pytest.raises(NextMeetingError, match="^" + message.replace("(", r"\(")):
        parse_next_meeting(typed, WEDNESDAY)


@pytest.mark.parametrize(
    ("word", "time"),
    [
        ("10:00", "10:00"),
        ("9.05", "09:05"),
        ("12am", "00:00"),
        ("12pm", "12:00"),
        ("10", None),
        ("24:00", None),
        ("13pm", None),
        ("10:60", None),
    ],
)
def test_time_words(word: str, time: str | None) -> None:
    assert parse_time(word) == time


def test_label_shows_the_year_only_when_it_differs() -> None:
    assert (
        NextMeeting(date(2027, 1, 5), "09:00", "Zoom").label(WEDNESDAY)
        == "Tue 5 Jan 2027, 09:00 · Zoom"
    )
    assert NextMeeting(date(2026, 12, 1), "", "").label(WEDNESDAY) == "Tue 1 Dec"


def _journal(*payloads: dict[str, object]) -> list[ev.Event]:
    at = datetime(2026, 11, 25, 9, tzinfo=UTC)
    agenda = Agenda(Meeting("K", length=600), (Item("One", 600),))
    created = ev.Event(
        ev.SESSION_CREATED, at, {"agenda": agenda.to_dict(), "meeting_date": "2026-11-25"}
    )
    return [created, *(ev.Event(ev.NEXT_MEETING_SET, at, dict(p)) for p in payloads)]


def test_the_fold_keeps_the_last_and_skips_damaged_lines() -> None:
    good = {"date": "2026-12-01", "time": "10:00", "place": "Room 4"}
    session = session_from_events(
        _journal(
            good,
            {"date": "2026-13-01", "time": "", "place": ""},
            {"date": "2026-12-02", "time": "25:99", "place": ""},
            {"date": "2026-12-02", "time": "", "place": {"x": 1}},
        )
    )
    assert session.next_meeting == NextMeeting(date(2026, 12, 1), "10:00", "Room 4")
    assert len(session.warnings) == 3
    later = session_from_events(_journal(good, {"date": "2026-12-09", "time": "", "place": ""}))
    assert later.next_meeting == NextMeeting(date(2026, 12, 9), "", "")
