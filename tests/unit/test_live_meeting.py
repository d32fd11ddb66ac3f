"""LiveMeeting driven by a FakeClock through a whole 60-minute meeting, and its guard rails."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.domain.timing import item_elapsed, item_state, meeting_timing, phase
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal

MINUTE = 60
AGENDA = Agenda(
    meeting=Meeting(title="Acme kickoff", client="Acme", length=60 * MINUTE),
    items=(
        Item("Welcome", 5 * MINUTE),
        Item("Goals", 10 * MINUTE),
        Item("Scope", 15 * MINUTE),
        Item("Risks", 10 * MINUTE),
        Item("Plan", 15 * MINUTE),
        Item("Wrap-up", 5 * MINUTE, checklist=("read back actions",)),
    ),
    people=(Person("Ana Silva", side="client"), Person("Ben Okafor", side="agency")),
)


def new_meeting(clock: FakeClock, agenda: Agenda = AGENDA) -> LiveMeeting:
    journal = MemoryJournal()
    created = ev.Event(
        ev.SESSION_CREATED,
        clock.now(),
        {
            "schema": ev.SCHEMA_VERSION,
            "session_id": "s1",
            "agenda": json.loads(json.dumps(agenda.to_dict())),
            "source": "acme.yaml",
            "meeting_date": "2026-11-25",
        },
    )
    journal.append(created)
    return LiveMeeting(session_from_events([created]), journal, clock)


def replay(meeting: LiveMeeting) -> Session:
    """The session rebuilt from scratch from the journal's JSON lines."""
    assert isinstance(meeting.journal, MemoryJournal)
    lines = [e.to_json() for e in meeting.journal.events]
    return session_from_events([ev.Event.from_record(json.loads(line)) for line in lines])


def test_a_full_sixty_minute_meeting(clock: FakeClock) -> None:
    m = new_meeting(clock)
    s = m.session
    t0 = clock.now()

    def behind() -> float:
        return meeting_timing(s, clock.now()).behind

    def projected() -> datetime | None:
        return meeting_timing(s, clock.now()).projected_end

    m.set_attendance("Ana Silva", "present")
    m.set_attendance("Ben Okafor", "late")
    m.add_person("Cy Diaz", role="CTO", side="client", type="sponsor")
    m.start()

    # Welcome (5 min) runs 90 s over
    clock.advance(3 * MINUTE + 59)
    assert phase(s, 0, clock.now()) == "ok"
    clock.advance(1)
    assert phase(s, 0, clock.now()) == "warning"  # last 20 % of 5 min = last 60 s
    clock.advance(MINUTE)
    assert phase(s, 0, clock.now()) == "over"  # at zero
    clock.advance(90)
    assert behind() == 90 and projected() == t0 + timedelta(minutes=61, seconds=30)
    action = m.capture("action", "@ben send the deck fri")
    assert (action.owner, action.due, action.body, action.item) == (
        "Ben Okafor",
        "2026-11-27",
        "send the deck",
        0,
    )
    m.next_item()

    # Goals (10 min): 4 min, a 2 min pause, +1 min, then back to the planned 10 min
    clock.advance(4 * MINUTE)
    m.toggle_pause()
    clock.advance(2 * MINUTE)
    assert item_elapsed(s, 1, clock.now()) == 4 * MINUTE  # paused time does not count
    assert not s.running and behind() == 90 + 120
    m.toggle_pause()
    m.adjust_timebox(+MINUTE)
    assert s.timebox(1) == 11 * MINUTE and behind() == 90 + 120 + 60
    clock.advance(6 * MINUTE)
    assert phase(s, 1, clock.now()) == "warning"  # 60 s left of 11 min (threshold 120 s)
    m.adjust_timebox(-MINUTE)
    assert phase(s, 1, clock.now()) == "over"  # exactly at zero of 10 min
    m.capture("decision", "Launch in March")

    # jump ahead to Risks, leaving Scope for later
    m.go_to(3)
    assert item_state(s, 2) == "upcoming"
    assert behind() == 210  # Scope's 15 min still counted as to come
    clock.advance(8 * MINUTE)  # Risks: 2 min under
    assert phase(s, 3, clock.now()) == "warning" and behind() == 210

    # back to Scope, which runs 5 min under
    m.go_to(2)
    assert behind() == 90
    clock.advance(10 * MINUTE)
    m.capture("risk", "Budget may slip @Cy")

    # re-open Welcome: its time accumulates
    m.go_to(0)
    assert phase(s, 0, clock.now()) == "over"
    assert behind() == -210  # 3:30 ahead; Welcome has nothing left to add
    clock.advance(2 * MINUTE)
    assert item_elapsed(s, 0, clock.now()) == 390 + 120

    # Plan (15 min) runs 1 min over
    m.go_to(4)
    clock.advance(15 * MINUTE - 1)
    assert phase(s, 4, clock.now()) == "warning"
    clock.advance(1)
    assert phase(s, 4, clock.now()) == "over"
    clock.advance(MINUTE)
    m.next_item()
    assert behind() == -30

    # Wrap-up: 4 min, then end
    m.toggle_check(5, 0)
    clock.advance(4 * MINUTE)
    m.end()
    ended_at = clock.now()
    clock.advance(10 * MINUTE)  # the review takes a while: no meeting time passes

    assert s.item_seconds == [510, 600, 600, 480, 960, 240]
    timing = meeting_timing(s, clock.now())
    assert timing.elapsed == 58 * MINUTE + 30 == sum(s.item_seconds) + 120  # + the pause
    assert (timing.projected_end, timing.behind, timing.remaining) == (ended_at, -90, 90)
    assert [item_state(s, i) for i in range(6)] == ["done"] * 6
    assert s.checks == {(5, 0)}
    assert s.attendance == {"Ana Silva": "present", "Ben Okafor": "late", "Cy Diaz": "present"}
    risk = s.entries_of("risk")[0]
    assert (risk.owner, risk.owner_known, risk.item) == ("Cy Diaz", True, 2)

    m.finish()
    assert replay(m) == s
    assert s.warnings == []


def test_replay_matches_at_every_step_even_with_sub_millisecond_clock_steps(
    clock: FakeClock,
) -> None:
    m = new_meeting(clock)
    steps = [m.start, m.next_item, m.toggle_pause, m.toggle_pause, m.previous_item, m.end]
    for step in steps:
        clock.advance(61.0004)  # the journal keeps milliseconds
        step()
        assert replay(m) == m.session


def test_journal_first_then_apply(clock: FakeClock) -> None:
    class BrokenJournal(MemoryJournal):
        def append(self, event: ev.Event) -> None:
            raise OSError("disk full")

    m = new_meeting(clock)
    before = replay(m)
    m.journal = BrokenJournal()
    with pytest.raises(OSError):
        m.start()
    with pytest.raises(OSError):
        m.capture("note", "not on disk, not on screen")
    assert m.session == before


def test_space_before_the_start_starts(clock: FakeClock) -> None:
    m = new_meeting(clock)
    m.toggle_pause()
    assert m.session.running and m.session.current == 0


def test_controls_do_nothing_where_they_do_not_apply(clock: FakeClock) -> None:
    m = new_meeting(clock)
    assert isinstance(m.journal, MemoryJournal)
    m.next_item()  # not started
    m.adjust_timebox(60)
    m.end()
    assert len(m.journal.events) == 1
    m.start()
    m.start()  # already started
    m.previous_item()  # before the first
    m.go_to(0)  # already there
    m.go_to(6)  # past the last
    assert len(m.journal.events) == 2
    m.end()
    m.end()
    m.toggle_pause()  # after the end
    m.next_item()
    m.adjust_timebox(60)
    assert len(m.journal.events) == 3
    m.finish()
    m.finish()
    assert [e.type for e in m.journal.events][-2:] == [ev.MEETING_ENDED, ev.SESSION_FINISHED]


def test_last_item_next_does_nothing(clock: FakeClock) -> None:
    m = new_meeting(clock)
    m.start()
    m.go_to(5)
    m.next_item()
    assert m.session.current == 5


def test_shortening_stops_at_one_minute(clock: FakeClock) -> None:
    m = new_meeting(clock)
    m.start()
    m.adjust_timebox(-9999)
    assert m.session.timebox(0) == MINUTE
    events = len(m.journal.events)  # type: ignore[attr-defined]
    m.adjust_timebox(-MINUTE)  # already at the floor: nothing to journal
    assert m.session.timebox(0) == MINUTE
    assert len(m.journal.events) == events  # type: ignore[attr-defined]


def test_shortening_an_item_under_a_minute_never_lengthens_it(clock: FakeClock) -> None:
    short = Agenda(meeting=Meeting(title="Quick"), items=(Item("Hello", 45), Item("Bye", 30)))
    m = new_meeting(clock, short)
    m.start()
    m.adjust_timebox(-MINUTE)
    assert m.session.timebox(0) == 45
    m.adjust_timebox(+MINUTE)
    assert m.session.timebox(0) == 105


def test_capture_edit_retype_delete_and_undo(clock: FakeClock) -> None:
    m = new_meeting(clock)
    m.start()
    s = m.session
    assert s.meeting_date == date(2026, 11, 25)
    first = m.capture("action", "@ana book the room due someday")
    assert first.due_invalid and first.owner == "Ana Silva" and first.id == "e1"
    m.edit(first.id, "@zed book the room tomorrow")
    edited = s.entries[first.id]
    assert (edited.owner, edited.owner_known, edited.due, edited.body) == (
        "zed",
        False,
        "2026-11-26",
        "book the room",
    )
    assert edited.created_at == first.created_at  # editing keeps its place in time
    second = m.capture("note", "Budget is fixed")
    m.retype(second.id, "decision")
    events = len(m.journal.events)  # type: ignore[attr-defined]
    m.retype(second.id, "decision")  # same kind: nothing to journal
    assert len(m.journal.events) == events  # type: ignore[attr-defined]
    m.delete(first.id)
    m.delete(second.id)
    assert s.live_entries() == []
    assert m.undo_delete() == second.id
    assert m.undo_delete() == first.id
    assert m.undo_delete() is None
    assert [e.kind for e in s.live_entries()] == ["action", "decision"]
    assert replay(m) == s


def test_undo_skips_entries_already_restored(clock: FakeClock) -> None:
    m = new_meeting(clock)
    m.start()
    entry = m.capture("note", "x")
    m.delete(entry.id)
    m.record(ev.ENTRY_RESTORED.change({"id": entry.id}))  # restored some other way
    assert m.undo_delete() is None


def test_drafts_are_journaled_only_when_they_change(clock: FakeClock) -> None:
    m = new_meeting(clock)
    m.start()
    m.save_draft("risk", "budget")
    m.save_draft("risk", "budget")
    m.save_draft("risk", "")
    m.save_draft("risk", "")
    drafts = [e for e in m.journal.events if e.type == ev.DRAFT]  # type: ignore[attr-defined]
    assert [e.data["text"] for e in drafts] == ["budget", ""]
    m.save_draft("note", "half typed")
    m.capture("note", "half typed, now done")
    assert (m.session.draft_kind, m.session.draft_text) == ("", "")


def test_only_action_items_take_a_due_date(clock: FakeClock) -> None:
    m = new_meeting(clock)
    m.start()
    note = m.capture("note", "Demo moved to Friday")
    action = m.capture("action", "Book the demo room @ben friday")
    assert (note.due, note.due_text, note.body) == ("", "", "Demo moved to Friday")
    assert (action.owner, action.due, action.body) == (
        "Ben Okafor",
        "2026-11-27",
        "Book the demo room",
    )


def test_a_mention_outside_an_action_is_written_out_in_full(clock: FakeClock) -> None:
    m = new_meeting(clock)
    m.start()
    decision = m.capture("decision", "@ana approved the budget")
    assert decision.owner == "Ana Silva"
    assert decision.body == "Ana Silva approved the budget"


def test_retyping_reads_the_text_again_and_replays_the_same(clock: FakeClock) -> None:
    m = new_meeting(clock)
    m.start()
    entry = m.capture("note", "Send the contract @ben tomorrow")
    assert entry.due == ""
    m.retype(entry.id, "action")
    retyped = m.session.entries[entry.id]
    assert (retyped.kind, retyped.due, retyped.body) == (
        "action",
        "2026-11-26",
        "Send the contract",
    )
    m.retype(entry.id, "note")
    back = m.session.entries[entry.id]
    assert (back.kind, back.due) == ("note", "")
    assert replay(m).entries == m.session.entries
