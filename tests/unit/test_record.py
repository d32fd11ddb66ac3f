"""The meeting's record: one place that says what every export contains."""

from __future__ import annotations

from minutes_sample import created_event, sample_agenda, sample_session

from kickoff_tui.domain.minutes import context_for
from kickoff_tui.domain.minutes_context import item_seconds
from kickoff_tui.domain.record import build_record
from kickoff_tui.domain.session import session_from_events


def test_the_record_holds_every_live_entry_in_capture_order_and_no_deleted_one() -> None:
    session = sample_session()
    record = build_record(session)
    assert [e.id for e in record.entries] == [e.id for e in session.live_entries()]
    assert "typo entry, deleted" not in {e.text for e in record.entries}


def test_an_action_keeps_its_text_owner_due_date_and_item() -> None:
    record = build_record(sample_session(utc_offset_minutes=60))
    sow = next(e for e in record.entries if e.body.startswith("Send the SOW"))
    assert (sow.text, sow.owner, sow.due, sow.status) == (
        "Send the SOW draft @Ana 2026-12-04",
        "Ana Ruiz",
        "2026-12-04",
        "open",
    )
    assert sow.item == 2 and sow.item_title == "Success criteria"
    assert sow.created_at is not None and sow.created_at.endswith("+01:00")


def test_item_times_are_the_ones_the_minutes_use() -> None:
    session = sample_session()
    record = build_record(session)
    expected = [round(s) for s in item_seconds(context_for(session))]
    assert [i.actual_seconds for i in record.items] == expected
    assert [i.planned_seconds for i in record.items] == [300, 900, 900, 600]
    assert record.items[2].timebox_seconds == 1200  # +5m in the meeting


def test_a_crashed_meeting_is_a_draft_and_a_never_started_one_says_so() -> None:
    assert build_record(sample_session(ended=False)).meeting.status == "draft"
    never = build_record(session_from_events([created_event(sample_agenda())]))
    assert never.meeting.status == "not started"
    assert never.meeting.actual_seconds is None and never.entries == ()


def test_people_added_at_the_roll_call_carry_their_attendance() -> None:
    record = build_record(sample_session())
    priya = record.person("Priya Raman")
    assert priya is not None and priya.attendance == "present"
    dev = record.person("Dev <Ops> #1")
    assert dev is not None and dev.attendance == "not recorded"


def test_no_exercise_ran_so_there_is_no_map_and_no_results() -> None:
    record = build_record(sample_session())
    assert record.stakeholder_map is None and record.exercises == {}
