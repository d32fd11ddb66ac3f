"""Minutes show the facilitator's wall-clock times, at the UTC offset journaled at creation.

The offset comes from the session_created event; a journal written before it was recorded has
none, and its minutes stay in UTC and say so.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
import yaml
from minutes_sample import START, created_event, sample_agenda, sample_session

from kickoff_tui.domain import events as ev
from kickoff_tui.domain import minutes
from kickoff_tui.domain.session import Session, session_from_events


def _front(text: str) -> dict[str, object]:
    loaded = yaml.safe_load(text.split("\n---\n", 1)[0][4:])
    assert isinstance(loaded, dict)
    return loaded


def _body(text: str) -> str:
    """Everything after the front matter."""
    return text.split("\n---\n", 1)[1]


@pytest.mark.parametrize(
    ("offset", "summary", "start", "end"),
    [
        (
            60,
            "Kickoff meeting on 2026-11-25, 10:03–10:55 (times are UTC+01:00).",
            "2026-11-25T10:03:00+01:00",
            "2026-11-25T10:55:30+01:00",
        ),
        (
            -300,  # New York in November: the 9:00 UTC meeting was at 4:03 local
            "Kickoff meeting on 2026-11-25, 04:03–04:55 (times are UTC-05:00).",
            "2026-11-25T04:03:00-05:00",
            "2026-11-25T04:55:30-05:00",
        ),
        (
            330,  # India: a half-hour offset
            "Kickoff meeting on 2026-11-25, 14:33–15:25 (times are UTC+05:30).",
            "2026-11-25T14:33:00+05:30",
            "2026-11-25T15:25:30+05:30",
        ),
        (
            -570,  # the Marquesas: negative and not a whole hour
            "Kickoff meeting on 2026-11-24, 23:33–00:25 (times are UTC-09:30).",
            "2026-11-24T23:33:00-09:30",
            "2026-11-25T00:25:30-09:30",
        ),
        (
            0,
            "Kickoff meeting on 2026-11-25, 09:03–09:55 (times are UTC+00:00).",
            "2026-11-25T09:03:00+00:00",
            "2026-11-25T09:55:30+00:00",
        ),
    ],
)
def test_times_are_local_with_the_offset_stated_once(
    offset: int, summary: str, start: str, end: str
) -> None:
    # the -09:30 case needs the local date: the meeting began on the 24th there
    text = minutes.render(_session_with_local_date(offset))
    assert summary in text.splitlines()
    front = _front(text)
    assert (front["start"], front["end"]) == (start, end)
    assert _body(text).count("UTC") == 1


def _session_with_local_date(offset: int) -> Session:
    """The sample meeting, journaled by a facilitator at `offset`, meeting date as they saw it."""
    session = sample_session(utc_offset_minutes=offset)
    session.meeting_date = (START + timedelta(minutes=offset)).date()
    return session


def test_a_journal_without_an_offset_stays_in_utc_and_says_so() -> None:
    text = minutes.render(sample_session())
    assert (
        "Kickoff meeting on 2026-11-25, 09:03–09:55 "
        "(times are UTC; the session did not record a local time zone)."
    ) in text.splitlines()
    front = _front(text)
    assert (front["start"], front["end"]) == ("2026-11-25T09:03:00Z", "2026-11-25T09:55:30Z")


def test_a_draft_ends_at_the_last_event_in_local_time_without_repeating_the_offset() -> None:
    text = minutes.render(sample_session(ended=False, utc_offset_minutes=-300))
    assert "Kickoff meeting on 2026-11-25, 04:03–04:48 (times are UTC-05:00)." in text
    assert "Times run to the last recorded event (04:48)." in text
    assert _front(text)["end"] == "2026-11-25T04:48:00-05:00"
    assert _body(text).count("UTC") == 1


def test_a_meeting_never_started_names_no_time_zone() -> None:
    session = session_from_events([created_event(sample_agenda(), utc_offset_minutes=60)])
    text = minutes.render(session)
    assert "it was never started" in text
    assert "UTC" not in _body(text)


def test_offset_label_formats_sign_hours_and_minutes() -> None:
    assert [minutes.offset_label(m) for m in (0, 60, -300, 330, 345, -570, 840, -720)] == [
        "UTC+00:00",
        "UTC+01:00",
        "UTC-05:00",
        "UTC+05:30",
        "UTC+05:45",
        "UTC-09:30",
        "UTC+14:00",
        "UTC-12:00",
    ]


# ----- the fold --------------------------------------------------------------------------------


def _created(**data: object) -> ev.Event:
    base = created_event(sample_agenda())
    merged = {**base.data, **data}
    # as the journal gives it back: through JSON
    return ev.Event.from_record(json.loads(ev.Event(base.type, base.at, merged).to_json()))


@pytest.mark.parametrize("offset", [60, -300, 330, 0, 1439, -1439])
def test_the_fold_carries_the_offset_from_session_created(offset: int) -> None:
    session = session_from_events([_created(utc_offset_minutes=offset)])
    assert session.utc_offset_minutes == offset
    assert session.warnings == []


def test_a_journal_without_the_offset_folds_to_none() -> None:
    session = session_from_events([created_event(sample_agenda())])
    assert session.utc_offset_minutes is None
    assert session.warnings == []


@pytest.mark.parametrize("bad", ["60", True, 1.5, 1440, -1440, [60], {"minutes": 60}])
def test_an_unreadable_offset_costs_only_the_local_times(bad: object) -> None:
    started = ev.Event(ev.MEETING_STARTED, START + timedelta(minutes=3))
    session = session_from_events([_created(utc_offset_minutes=bad), started])
    assert session.utc_offset_minutes is None
    assert session.session_id == "20261125-090000-abcd"  # the rest of the event still applies
    assert len(session.warnings) == 1 and "utc_offset_minutes" in session.warnings[0]
    assert "times are UTC; the session did not record" in minutes.render(session)


def test_without_a_meeting_date_the_local_creation_day_is_used() -> None:
    # 02:00 UTC on the 25th is still the evening of the 24th in New York
    first = _created(utc_offset_minutes=-300, meeting_date="")
    early = ev.Event(first.type, START.replace(hour=2), first.data)
    assert session_from_events([early]).meeting_date == date(2026, 11, 24)
    legacy = ev.Event(first.type, START.replace(hour=2), {**first.data, "utc_offset_minutes": None})
    assert session_from_events([legacy]).meeting_date == date(2026, 11, 25)
