"""A wall-clock step (NTP, someone setting the time) never adds or removes time (#12.14).

Within one run, durations follow the monotonic clock and a step is journaled as clock_stepped;
across a restart, a journal whose next event is earlier than the last one is clamped.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.clock import STEP_TOLERANCE, FakeClock, SteadyClock
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import Session, fold, session_from_events
from kickoff_tui.domain.timing import item_elapsed, item_remaining, meeting_timing
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal

HOUR = 3600
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
AGENDA = Agenda(
    meeting=Meeting(title="Steps"),
    items=(Item("Intro", 600), Item("Scope", 1200), Item("Wrap", 600)),
)


def new_meeting(clock: FakeClock) -> tuple[LiveMeeting, MemoryJournal]:
    journal = MemoryJournal()
    payload = {"schema": 1, "session_id": "s", "agenda": AGENDA.to_dict(), "source": "a.yaml"}
    created = ev.Event(ev.SESSION_CREATED, clock.now(), payload)
    journal.append(created)
    return LiveMeeting(session_from_events([created]), journal, clock), journal


def replay(journal: MemoryJournal) -> Session:
    lines = [e.to_json() for e in journal.events]
    return session_from_events([ev.Event.from_record(json.loads(line)) for line in lines])


def test_the_fake_clock_steps_the_wall_clock_only() -> None:
    clock = FakeClock(T0)
    clock.advance(10)
    clock.step(-HOUR)
    assert clock.now() == T0 + timedelta(seconds=10 - HOUR)
    assert clock.monotonic() == 10


def test_the_steady_clock_follows_the_monotonic_clock_and_reports_the_drift() -> None:
    clock = FakeClock(T0)
    steady = SteadyClock(clock)
    clock.advance(6)
    clock.step(-HOUR)
    assert steady.now() == T0 + timedelta(seconds=6)
    assert steady.drift() == -HOUR
    steady.resync()
    assert (steady.now(), steady.drift()) == (clock.now(), 0)


def test_a_step_back_keeps_the_running_item_counting() -> None:
    clock = FakeClock(T0)
    meeting, journal = new_meeting(clock)
    meeting.start()
    clock.advance(6)
    clock.step(-HOUR)  # the item has run 6 s when the wall clock goes back an hour
    now = meeting.clock.now()
    s = meeting.session
    assert item_elapsed(s, 0, now) == 6
    assert item_remaining(s, 0, now) == 594  # not the full timebox again
    assert abs(meeting_timing(s, now).behind) < 1  # and not "59:54 ahead"
    clock.advance(60)
    meeting.next_item()  # the next journaled change records the step first
    types = [e.type for e in journal.events]
    assert types[-2:] == [ev.CLOCK_STEPPED, ev.ITEM_STARTED]
    assert journal.events[-2].data == {"delta": -HOUR}
    for session in (meeting.session, replay(journal)):
        assert session.item_seconds[0] == 66
        assert session.warnings == []


def test_a_step_forward_credits_only_the_time_that_really_passed() -> None:
    clock = FakeClock(T0)
    meeting, journal = new_meeting(clock)
    meeting.start()
    clock.advance(120)
    clock.step(HOUR)  # forward an hour while Intro runs
    now = meeting.clock.now()
    assert item_elapsed(meeting.session, 0, now) == 120
    clock.advance(60)
    meeting.next_item()
    clock.advance(300)
    meeting.end()
    for session in (meeting.session, replay(journal)):
        assert session.item_seconds[:2] == [180, 300]
        assert meeting_timing(session, session.ended_at or now).elapsed == 480
    minutes = render(replay(journal))
    assert "1:03:00" not in minutes and "63 min" not in minutes
    assert sum(e.type == ev.CLOCK_STEPPED for e in journal.events) == 1


def test_drift_within_the_tolerance_is_not_a_step() -> None:
    clock = FakeClock(T0)
    meeting, journal = new_meeting(clock)
    meeting.start()
    clock.advance(30)
    clock.step(STEP_TOLERANCE - 1)
    meeting.next_item()
    assert ev.CLOCK_STEPPED not in [e.type for e in journal.events]


def test_a_paused_meeting_is_not_credited_a_step_either() -> None:
    clock = FakeClock(T0)
    meeting, journal = new_meeting(clock)
    meeting.start()
    clock.advance(60)
    meeting.toggle_pause()
    clock.step(HOUR)
    clock.advance(60)
    meeting.toggle_pause()
    clock.advance(60)
    meeting.next_item()
    for session in (meeting.session, replay(journal)):
        assert session.item_seconds[0] == 120
        assert meeting_timing(session, meeting.clock.now()).elapsed == 180


def test_a_resumed_journal_whose_clock_went_back_is_clamped() -> None:
    """Written by a kickoff that did not journal steps, or stepped while kickoff was closed."""

    def event(event_type: str, seconds: float, /, **data: object) -> ev.Event:
        return ev.Event(event_type, T0 + timedelta(seconds=seconds), data)

    session = fold(
        AGENDA,
        [
            event(ev.MEETING_STARTED, 0),
            event(ev.ENTRY_ADDED, 100, id="e1", kind="note", text="before"),
            # the clock went back an hour here
            event(ev.ITEM_STARTED, 130 - HOUR, index=1),
            event(ev.ITEM_STARTED, 130 - HOUR + 50, index=2),
        ],
    )
    assert session.item_seconds[:2] == [100, 50]  # the gap counts as nothing, never negative
    now = T0 + timedelta(seconds=130 - HOUR + 80)
    assert item_elapsed(session, 2, now) == 30
    assert meeting_timing(session, now).elapsed == 180


def test_resuming_behind_the_journal_counts_on_from_its_last_event() -> None:
    clock = FakeClock(T0)
    meeting, journal = new_meeting(clock)
    meeting.start()
    clock.advance(200)
    meeting.capture("note", "last thing before the crash")
    clock.step(-HOUR)  # kickoff restarts with a clock an hour behind the journal
    clock.advance(10)
    resumed = LiveMeeting(replay(journal), journal, clock)
    now = resumed.clock.now()
    assert item_elapsed(resumed.session, 0, now) == 200  # not 0: clamped at the last event
    clock.advance(40)
    resumed.next_item()
    assert journal.events[-2].type == ev.CLOCK_STEPPED
    assert resumed.session.item_seconds[0] == 240
    assert replay(journal).item_seconds[0] == 240


def test_a_forged_far_future_line_does_not_stop_the_events_after_it() -> None:
    def event(event_type: str, at: datetime, /, **data: object) -> ev.Event:
        return ev.Event(event_type, at, data)

    session = fold(
        AGENDA,
        [
            event(ev.MEETING_STARTED, T0),
            event(ev.PAUSED, datetime(8999, 1, 1, tzinfo=UTC)),  # forged
            event(ev.RESUMED, T0 + timedelta(seconds=60)),
            event(ev.ENTRY_ADDED, T0 + timedelta(seconds=70), id="e1", kind="note", text="kept"),
            event(ev.ITEM_STARTED, T0 + timedelta(seconds=90), index=1),
        ],
    )
    assert session.warnings == []
    assert [e.text for e in session.live_entries()] == ["kept"]
    assert session.current == 1 and not session.paused
    assert session.item_seconds[0] >= 0
    now = T0 + timedelta(seconds=120)
    meeting_timing(session, now)
    assert item_elapsed(session, 1, now) == 30
