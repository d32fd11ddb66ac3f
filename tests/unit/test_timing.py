"""Timing maths: item elapsed/remaining, warning and overtime phases, meeting projection."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.session import Session, fold
from kickoff_tui.domain.timing import (
    item_elapsed,
    item_remaining,
    item_state,
    meeting_timing,
    phase,
    warning_threshold,
)

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
AGENDA = Agenda(
    meeting=Meeting(title="Timing"),
    items=(Item("A", 300), Item("B", 600), Item("C", 900)),
)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def run(*steps: tuple[str, float] | tuple[str, float, dict[str, Any]]) -> Session:
    events = [ev.Event(s[0], at(s[1]), s[2] if len(s) == 3 else {}) for s in steps]
    return fold(AGENDA, events)


@pytest.mark.parametrize(
    ("timebox", "threshold"),
    [(60, 12), (300, 60), (600, 120), (900, 120), (3600, 120), (0, 0)],
)
def test_warning_is_the_last_fifth_or_two_minutes_whichever_is_shorter(
    timebox: int, threshold: float
) -> None:
    assert warning_threshold(timebox) == threshold


def test_elapsed_counts_the_running_segment_and_stops_while_paused() -> None:
    session = run((ev.MEETING_STARTED, 0), (ev.PAUSED, 100))
    assert item_elapsed(session, 0, at(100)) == 100
    assert item_elapsed(session, 0, at(5000)) == 100  # paused: no time passes
    session.apply(ev.Event(ev.RESUMED, at(200), {}))
    assert item_elapsed(session, 0, at(250)) == 150
    assert item_remaining(session, 0, at(250)) == 150
    assert item_elapsed(session, 1, at(250)) == 0  # not current: only closed segments


def test_a_clock_behind_the_segment_start_never_gives_negative_time() -> None:
    session = run((ev.MEETING_STARTED, 100))
    assert item_elapsed(session, 0, at(50)) == 0


def test_phase_moves_from_ok_to_warning_to_over() -> None:
    session = run((ev.MEETING_STARTED, 0))  # item A: 300 s, warning at 60 s left
    assert phase(session, 0, at(0)) == "ok"
    assert phase(session, 0, at(239)) == "ok"
    assert phase(session, 0, at(240)) == "warning"
    assert phase(session, 0, at(299.5)) == "warning"
    assert phase(session, 0, at(300)) == "over"  # a distinct colour at zero
    assert phase(session, 0, at(3000)) == "over"
    assert item_remaining(session, 0, at(492)) == -192  # shown as +03:12 over


def test_phase_follows_timebox_adjustments() -> None:
    session = run((ev.MEETING_STARTED, 0), (ev.TIMEBOX_ADJUSTED, 10, {"index": 0, "delta": 60}))
    assert phase(session, 0, at(287)) == "ok"  # 360 s box: warning at 72 s left
    assert phase(session, 0, at(288)) == "warning"
    session.apply(ev.Event(ev.TIMEBOX_ADJUSTED, at(289), {"index": 0, "delta": -120}))
    assert phase(session, 0, at(289)) == "over"


def test_item_states() -> None:
    session = run((ev.MEETING_STARTED, 0), (ev.ITEM_STARTED, 10, {"index": 2}))
    assert [item_state(session, i) for i in range(3)] == ["done", "upcoming", "current"]
    session.apply(ev.Event(ev.MEETING_ENDED, at(20), {}))
    assert [item_state(session, i) for i in range(3)] == ["done", "upcoming", "done"]


def test_meeting_timing_before_the_start() -> None:
    timing = meeting_timing(run(), at(0))
    assert (timing.elapsed, timing.remaining, timing.planned_total) == (0.0, 1800.0, 1800)
    assert timing.projected_end is None and timing.planned_end is None and timing.behind == 0


def test_on_schedule_running_over_and_under() -> None:
    session = run((ev.MEETING_STARTED, 0))
    on_time = meeting_timing(session, at(120))
    assert on_time.projected_end == at(1800) == on_time.planned_end
    assert on_time.behind == 0 and on_time.elapsed == 120 and on_time.remaining == 1680
    over = meeting_timing(session, at(400))  # A is 100 s over
    assert (over.projected_end, over.behind) == (at(1900), 100)
    session.apply(ev.Event(ev.ITEM_STARTED, at(400), {"index": 1}))
    session.apply(ev.Event(ev.ITEM_STARTED, at(700), {"index": 2}))  # B 300 s under
    under = meeting_timing(session, at(700))
    assert (under.projected_end, under.behind) == (at(1600), -200)


def test_pausing_pushes_the_projected_end_out() -> None:
    session = run((ev.MEETING_STARTED, 0), (ev.PAUSED, 60))
    assert meeting_timing(session, at(60)).behind == 0
    assert meeting_timing(session, at(360)).behind == 300


def test_skipped_items_still_count_until_they_are_visited() -> None:
    session = run((ev.MEETING_STARTED, 0), (ev.ITEM_STARTED, 60, {"index": 2}))
    timing = meeting_timing(session, at(60))
    assert timing.projected_end == at(60 + 900 + 600)  # C running, B still to come


def test_extending_the_current_item_shows_as_behind() -> None:
    session = run((ev.MEETING_STARTED, 0), (ev.TIMEBOX_ADJUSTED, 0, {"index": 0, "delta": 60}))
    assert meeting_timing(session, at(0)).behind == 60
    assert meeting_timing(session, at(0)).planned_total == 1800  # the agenda as prepared


def test_after_the_end_timing_is_frozen() -> None:
    session = run((ev.MEETING_STARTED, 0), (ev.MEETING_ENDED, 1000))
    first = meeting_timing(session, at(1000))
    assert first == meeting_timing(session, at(99999))
    assert (first.elapsed, first.projected_end, first.behind) == (1000, at(1000), -800)
