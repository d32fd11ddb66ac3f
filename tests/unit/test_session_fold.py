"""The Session is the fold of its events: each event type, bad events, and the JSON round trip."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import from_stamp, to_stamp
from kickoff_tui.domain.session import Session, fold, session_from_events

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
AGENDA = Agenda(
    meeting=Meeting(title="Acme kickoff", client="Acme"),
    items=(Item("Intro", 300, checklist=("names", "roles")), Item("Scope", 600), Item("Wrap", 300)),
    people=(Person("Ana Silva", side="client"), Person("Ben Okafor", side="agency")),
)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def event(event_type: str, seconds: float, /, **data: Any) -> ev.Event:
    return ev.Event(event_type, at(seconds), data)


def created(**extra: Any) -> ev.Event:
    return event(
        ev.SESSION_CREATED,
        0,
        schema=ev.SCHEMA_VERSION,
        session_id="s1",
        agenda=json.loads(json.dumps(AGENDA.to_dict())),  # as the journal gives it back
        source="acme.yaml",
        **extra,
    )


def test_a_fresh_session_has_one_slot_per_item_and_has_not_started() -> None:
    session = fold(AGENDA, [])
    assert session.item_seconds == [0.0, 0.0, 0.0]
    assert session.timebox_delta == [0, 0, 0]
    assert (session.started, session.ended, session.running, session.current) == (
        False,
        False,
        False,
        -1,
    )


def test_session_from_events_takes_the_agenda_from_the_first_event() -> None:
    session = session_from_events([created(meeting_date="2026-12-01")])
    assert session.agenda == AGENDA
    assert (session.session_id, session.source) == ("s1", "acme.yaml")
    assert session.meeting_date == date(2026, 12, 1)
    assert session.created_at == T0


def test_meeting_date_defaults_to_the_creation_day() -> None:
    assert session_from_events([created()]).meeting_date == date(2026, 11, 25)


def test_a_journal_must_start_with_session_created() -> None:
    with pytest.raises(ValueError, match="must start"):
        session_from_events([event(ev.MEETING_STARTED, 0)])
    with pytest.raises(ValueError, match="must start"):
        session_from_events([])


def test_attendance_and_added_people() -> None:
    session = fold(
        AGENDA,
        [
            event(ev.ATTENDANCE, 1, name="Ana Silva", status="late"),
            event(ev.PERSON_ADDED, 2, name="Cy Diaz", role="CTO", side="client", person_type="x"),
            event(ev.PERSON_ADDED, 3, name="Cy Diaz", role="someone else"),  # already there
            event(ev.PERSON_ADDED, 4, name="Ben Okafor"),  # already on the agenda
            event(ev.ATTENDANCE, 5, name="Ana Silva", status="present"),
        ],
    )
    assert [p.name for p in session.people] == ["Ana Silva", "Ben Okafor", "Cy Diaz"]
    assert session.added_people == [Person("Cy Diaz", role="CTO", side="client", type="x")]
    assert session.attendance == {"Ana Silva": "present", "Cy Diaz": "present"}


def test_start_runs_item_zero_and_a_second_start_changes_nothing() -> None:
    session = fold(AGENDA, [event(ev.MEETING_STARTED, 10), event(ev.MEETING_STARTED, 50)])
    assert (session.started_at, session.current, session.segment_start) == (at(10), 0, at(10))
    assert session.running and session.visited == {0}


def test_time_accumulates_per_item_across_visits_and_pauses_do_not_count() -> None:
    session = fold(
        AGENDA,
        [
            event(ev.MEETING_STARTED, 0),
            event(ev.ITEM_STARTED, 100, index=1),  # item 0: 100
            event(ev.PAUSED, 160),  # item 1: 60
            event(ev.PAUSED, 170),  # already paused: ignored
            event(ev.ITEM_STARTED, 200, index=0),  # moving while paused stays paused
            event(ev.RESUMED, 300),
            event(ev.RESUMED, 310),  # not paused: ignored
            event(ev.ITEM_STARTED, 330, index=2),  # item 0 again: +30
        ],
    )
    assert session.item_seconds == [130.0, 60.0, 0.0]
    assert session.visited == {0, 1, 2}
    assert (session.current, session.segment_start, session.paused) == (2, at(330), False)


def test_ending_closes_the_segment_and_stops_the_clock() -> None:
    session = fold(
        AGENDA,
        [
            event(ev.MEETING_STARTED, 0),
            event(ev.MEETING_ENDED, 90),
            event(ev.ITEM_STARTED, 100, index=1),  # after the end: no running segment
            event(ev.MEETING_ENDED, 200),  # a second end is ignored
        ],
    )
    assert session.ended_at == at(90)
    assert session.item_seconds[0] == 90.0
    assert session.segment_start is None and not session.running


def test_ending_while_paused_adds_nothing_and_clears_pause() -> None:
    session = fold(
        AGENDA,
        [event(ev.MEETING_STARTED, 0), event(ev.PAUSED, 40), event(ev.MEETING_ENDED, 500)],
    )
    assert session.item_seconds[0] == 40.0
    assert session.ended and not session.paused


def test_finishing_a_running_meeting_ends_it_first() -> None:
    session = fold(AGENDA, [event(ev.MEETING_STARTED, 0), event(ev.SESSION_FINISHED, 70)])
    assert (session.ended_at, session.finished_at, session.item_seconds[0]) == (
        at(70),
        at(70),
        70.0,
    )


def test_finishing_before_the_start_does_not_invent_an_end() -> None:
    session = fold(AGENDA, [event(ev.SESSION_FINISHED, 5)])
    assert session.finished and not session.ended


def test_timebox_adjustments_add_up_and_never_go_below_zero() -> None:
    session = fold(
        AGENDA,
        [
            event(ev.TIMEBOX_ADJUSTED, 1, index=1, delta=60),
            event(ev.TIMEBOX_ADJUSTED, 2, index=1, delta=60),
            event(ev.TIMEBOX_ADJUSTED, 3, index=2, delta=-1000),
        ],
    )
    assert session.timebox(1) == 720
    assert session.timebox(2) == 0
    assert session.timebox(0) == 300


def test_checklist_toggles() -> None:
    session = fold(
        AGENDA,
        [
            event(ev.CHECK_TOGGLED, 1, index=0, check=1, done=True),
            event(ev.CHECK_TOGGLED, 2, index=0, check=0, done=True),
            event(ev.CHECK_TOGGLED, 3, index=0, check=1, done=False),
        ],
    )
    assert session.checks == {(0, 0)}


def entry_added(seconds: float, entry_id: str, kind: str = "action", **extra: Any) -> ev.Event:
    fields = {"text": "@ben send deck fri", "body": "send deck", "owner": "Ben Okafor"}
    return event(ev.ENTRY_ADDED, seconds, id=entry_id, kind=kind, item=0, **{**fields, **extra})


def test_entry_lifecycle_edit_retype_delete_restore() -> None:
    session = fold(
        AGENDA,
        [
            event(ev.MEETING_STARTED, 0),
            entry_added(5, "e1", due="2026-11-27", due_text="fri"),
            entry_added(6, "e2", kind="risk"),
            event(
                ev.ENTRY_EDITED,
                7,
                id="e1",
                text="x due someday",
                body="x",
                due="",
                due_text="someday",
            ),
            event(ev.ENTRY_RETYPED, 8, id="e2", kind="question"),
            event(ev.ENTRY_DELETED, 9, id="e1"),
        ],
    )
    first = session.entries["e1"]
    assert (first.body, first.owner, first.due_text, first.created_at) == (
        "x",
        "Ben Okafor",  # fields not in the edit stay
        "someday",
        at(5),
    )
    assert first.due_invalid and first.deleted
    assert [e.id for e in session.live_entries()] == ["e2"]
    assert session.entries_of("question")[0].id == "e2"
    assert session.entries_for_item(0)[0].id == "e2"
    assert session.next_entry_id() == "e3"  # deleted entries keep their id
    session.apply(event(ev.ENTRY_RESTORED, 10, id="e1"))
    assert [e.id for e in session.live_entries()] == ["e1", "e2"]


def test_entry_defaults_to_the_current_item_and_body_to_text() -> None:
    session = fold(
        AGENDA,
        [
            event(ev.MEETING_STARTED, 0),
            event(ev.ITEM_STARTED, 1, index=2),
            event(ev.ENTRY_ADDED, 2, id="e1", kind="note", text="hello"),
        ],
    )
    note = session.entries["e1"]
    assert (note.item, note.body, note.owner, note.owner_known, note.due_invalid) == (
        2,
        "hello",
        "",
        True,
        False,
    )


def test_drafts_are_kept_and_cleared_by_a_commit_of_the_same_kind() -> None:
    session = fold(AGENDA, [event(ev.DRAFT, 1, kind="risk", text="budget mi")])
    assert (session.draft_kind, session.draft_text) == ("risk", "budget mi")
    session.apply(entry_added(2, "e1", kind="note"))
    assert session.draft_text == "budget mi"  # another kind: the draft stays
    session.apply(entry_added(3, "e2", kind="risk"))
    assert (session.draft_kind, session.draft_text) == ("", "")
    session.apply(event(ev.DRAFT, 4, kind="note", text=""))
    assert (session.draft_kind, session.draft_text) == ("", "")


def test_exercise_events_are_kept_for_their_own_fold() -> None:
    payload = {"exercise": "risks", "item": 1, "action": "rate", "data": {"id": "r1"}}
    session = fold(AGENDA, [event(ev.EXERCISE, 3, **payload)])
    assert session.exercise_events == [ev.Event(ev.EXERCISE, at(3), payload)]


@pytest.mark.parametrize(
    ("bad", "warning"),
    [
        (event("mystery", 1), "unknown event type 'mystery'"),
        (event(ev.ITEM_STARTED, 1, index=7), "item_started event skipped"),
        (event(ev.ITEM_STARTED, 1, index=-1), "item_started event skipped"),
        (event(ev.ITEM_STARTED, 1), "item_started event skipped"),
        (event(ev.ITEM_STARTED, 1, index="two"), "item_started event skipped"),
        (event(ev.TIMEBOX_ADJUSTED, 1, index=-1, delta=60), "timebox_adjusted event skipped"),
        (event(ev.TIMEBOX_ADJUSTED, 1, index=9, delta=60), "timebox_adjusted event skipped"),
        (event(ev.ENTRY_ADDED, 1, id="e1", kind="gossip", text="x"), "not 'gossip'"),
        (event(ev.ENTRY_ADDED, 1, id="e1", kind="note"), "entry_added event skipped"),
        (event(ev.ENTRY_EDITED, 1, id="nope", text="x"), "entry_edited event skipped"),
        (event(ev.ENTRY_DELETED, 1, id="nope"), "entry_deleted event skipped"),
        (event(ev.ENTRY_RETYPED, 1, id="nope", kind="note"), "entry_retyped event skipped"),
        (event(ev.ATTENDANCE, 1, status="present"), "attendance event skipped"),
        (event(ev.SESSION_CREATED, 1, meeting_date="someday"), "session_created event skipped"),
        # payloads of the wrong shape (#12.11): skipped before they reach the session
        (event(ev.ENTRY_EDITED, 1, id="e0", text={"a": 1}), "'text' must be text, not an object"),
        (event(ev.ENTRY_EDITED, 1, id="e0", owner=5), "'owner' must be text, not a number"),
        (event(ev.ENTRY_EDITED, 1, id="e0", owner_known="no"), "'owner_known' must be true or"),
        (event(ev.TIMEBOX_ADJUSTED, 1, index=0, delta=1e20), "'delta' must be a whole number"),
        (event(ev.TIMEBOX_ADJUSTED, 1, index=0, delta=10**20), "'delta' 10"),
        (event(ev.TIMEBOX_ADJUSTED, 1, index=0, delta=True), "'delta' must be a whole number"),
        (event(ev.ITEM_STARTED, 1, index=1.0), "'index' must be a whole number"),
        (event(ev.CHECK_TOGGLED, 1, index=0, check=0, done="yes"), "'done' must be true or"),
        (event(ev.ENTRY_ADDED, 1, id="e1", kind="note", text=["x"]), "'text' must be text"),
        (event(ev.ENTRY_ADDED, 1, id="e1", kind="note", text="x" * 10_001), "10,001 characters"),
        (event(ev.ENTRY_ADDED, 1, id="e1", kind="note", text="x", item=-2), "item -2"),
        (event(ev.ENTRY_ADDED, 1, id=7, kind="note", text="x"), "'id' must be text"),
        (event(ev.ATTENDANCE, 1, name="Ana Silva", status="maybe"), "'status' must be one of"),
        (event(ev.DRAFT, 1, kind="note", text={"t": 1}), "'text' must be text"),
        (event(ev.EXERCISE, 1, exercise="risks", item=0, action="rate", data=[]), "'data' must"),
        (event(ev.PERSON_ADDED, 1, name=None), "'name' must be text, not null"),
    ],
)
def test_a_bad_event_is_skipped_with_a_warning_and_changes_nothing(
    bad: ev.Event, warning: str
) -> None:
    before = fold(AGENDA, [event(ev.MEETING_STARTED, 0), entry_added(1, "e0")])
    after = fold(AGENDA, [event(ev.MEETING_STARTED, 0), entry_added(1, "e0"), bad])
    assert len(after.warnings) == 1 and warning in after.warnings[0]
    after.warnings.clear()
    after.entry_serial = before.entry_serial  # a skipped event's id stays used: test_entry_ids
    assert after == before  # last_event_at included: a skipped event did not happen


def test_last_event_at_follows_the_events_applied() -> None:
    session = fold(AGENDA, [event(ev.MEETING_STARTED, 0), event(ev.PAUSED, 42)])
    assert session.last_event_at == at(42)


# ----- JSON lines ------------------------------------------------------------------------------


def round_trip(events: list[ev.Event]) -> list[ev.Event]:
    return [ev.Event.from_record(json.loads(e.to_json())) for e in events]


def test_event_json_line_form() -> None:
    line = event(ev.ITEM_STARTED, 1.5, index=2).to_json()
    assert json.loads(line) == {
        "v": ev.SCHEMA_VERSION,
        "type": "item_started",
        "at": "2026-11-25T09:00:01.500Z",
        "index": 2,
    }
    assert "\n" not in event(ev.ENTRY_ADDED, 0, text="two\nlines").to_json()
    assert "é" in event(ev.ENTRY_ADDED, 0, text="café").to_json()  # readable, not \u escapes


def test_events_round_trip_through_json() -> None:
    events = [
        created(meeting_date="2026-11-25"),
        event(ev.PERSON_ADDED, 1, name="Cy", person_type="sponsor"),
        event(ev.MEETING_STARTED, 2),
        entry_added(3.25, "e1", due="2026-11-27", due_text="fri", owner_known=False),
        event(ev.EXERCISE, 4, exercise="risks", item=1, action="rate", data={"id": "r1"}),
    ]
    assert round_trip(events) == events


def test_event_times_keep_milliseconds_like_the_journal() -> None:
    exact = T0 + timedelta(microseconds=123_456)
    kept = ev.Event(ev.PAUSED, exact)
    assert kept.at == T0 + timedelta(microseconds=123_000)
    assert round_trip([kept]) == [kept]


def test_stamps_are_utc_whatever_the_zone() -> None:
    from datetime import timezone

    local = datetime(2026, 11, 25, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert to_stamp(local) == "2026-11-25T09:00:00.000Z"
    assert from_stamp("2026-11-25T09:00:00.000Z") == T0


def test_from_record_rejects_malformed_lines() -> None:
    with pytest.raises(KeyError):
        ev.Event.from_record({"v": 1, "at": "2026-11-25T09:00:00.000Z"})
    with pytest.raises(TypeError):
        ev.Event.from_record({"v": 1, "type": 3, "at": "2026-11-25T09:00:00.000Z"})
    with pytest.raises(ValueError):
        ev.Event.from_record({"v": 1, "type": "paused", "at": "yesterday"})


_steps = st.lists(
    st.tuples(
        st.sampled_from(
            [ev.MEETING_STARTED, ev.ITEM_STARTED, ev.PAUSED, ev.RESUMED, ev.MEETING_ENDED]
        ),
        st.integers(min_value=-1, max_value=3),
        st.floats(min_value=0, max_value=900, allow_nan=False),
    ),
    max_size=30,
)


@given(_steps)
def test_any_event_sequence_folds_to_sane_time_and_survives_json(
    steps: list[tuple[str, int, float]],
) -> None:
    events, clock = [], 0.0
    for kind, index, gap in steps:
        clock += gap
        data = {"index": index} if kind == ev.ITEM_STARTED else {}
        events.append(event(kind, clock, **data))
    session = fold(AGENDA, events)
    assert all(spent >= 0 for spent in session.item_seconds)
    if session.started_at is not None:
        wall = ((session.ended_at or at(clock)) - session.started_at).total_seconds()
        assert sum(session.item_seconds) <= wall + 1e-6
    assert fold(AGENDA, round_trip(events)) == session


def test_incremental_apply_equals_a_fold_from_scratch() -> None:
    events = [
        event(ev.MEETING_STARTED, 0),
        entry_added(5, "e1"),
        event(ev.ITEM_STARTED, 50, index=1),
        event(ev.PAUSED, 60),
        event(ev.RESUMED, 80),
        event(ev.MEETING_ENDED, 100),
    ]
    live = Session(agenda=AGENDA)
    for one in events:
        live.apply(one)
        assert live == fold(AGENDA, events[: events.index(one) + 1])


def test_going_to_an_item_before_the_start_is_skipped_and_counts_no_time() -> None:
    session = fold(
        AGENDA,
        [event(ev.ITEM_STARTED, 0, index=1), event(ev.MEETING_STARTED, 60)],
    )
    assert session.item_seconds == [0.0, 0.0, 0.0]
    assert (session.current, session.visited, session.segment_start) == (0, {0}, at(60))
    assert session.warnings == ["item_started event skipped: the meeting has not started"]


def test_reopening_an_ended_meeting_runs_the_current_item_again() -> None:
    session = fold(
        AGENDA,
        [
            event(ev.MEETING_STARTED, 0),
            event(ev.ITEM_STARTED, 60, index=1),
            event(ev.MEETING_ENDED, 100),
            event(ev.MEETING_REOPENED, 400),  # the time on the review counts for no item
            event(ev.PAUSED, 430),
        ],
    )
    assert not session.ended and session.current == 1 and session.paused
    assert session.item_seconds[:2] == [60.0, 70.0]
    assert session.warnings == []


def test_reopening_a_meeting_that_has_not_ended_or_is_finished_is_skipped() -> None:
    running = fold(AGENDA, [event(ev.MEETING_STARTED, 0), event(ev.MEETING_REOPENED, 10)])
    assert running.segment_start == at(0) and len(running.warnings) == 1
    finished = fold(
        AGENDA,
        [
            event(ev.MEETING_STARTED, 0),
            event(ev.SESSION_FINISHED, 10),
            event(ev.MEETING_REOPENED, 20),
        ],
    )
    assert finished.ended and finished.finished and len(finished.warnings) == 1
