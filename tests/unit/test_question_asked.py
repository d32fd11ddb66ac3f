"""The question_asked event: LiveMeeting journals it, the fold keeps it per item, and bad or
repeated events cannot corrupt the session."""

from __future__ import annotations

from datetime import UTC, datetime

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.question_bank import Question
from kickoff_tui.domain.session import AskedQuestion, Session, fold
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal

AGENDA = Agenda(Meeting("T"), (Item("A", 600), Item("B", 600)))
AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
WHO = Question("Who decides?", "kickoff", "people-and-decisions", ("client",), id="k1")


def asked(item: object, text: object = "Who decides?") -> ev.Event:
    return ev.Event(ev.QUESTION_ASKED, AT, {"item": item, "text": text, "topic": "scope"})


def test_live_meeting_journals_a_question_once_per_item_and_only_while_running() -> None:
    clock = FakeClock()
    clock.set(AT)
    journal = MemoryJournal()
    meeting = LiveMeeting(Session(agenda=AGENDA), journal, clock)
    assert meeting.ask_question(WHO) is False  # not started: no item is on the table
    meeting.start()
    assert meeting.ask_question(WHO) is True
    assert meeting.ask_question(WHO) is False
    meeting.next_item()
    assert meeting.ask_question(WHO) is True
    meeting.end()
    assert meeting.ask_question(WHO) is False
    recorded = [e.data for e in journal.events if e.type == ev.QUESTION_ASKED]
    assert recorded == [
        {"item": i, "text": "Who decides?", "phase": "kickoff", "topic": "people-and-decisions",
         "question_id": "k1"}
        for i in (0, 1)
    ]  # fmt: skip
    replayed = fold(AGENDA, journal.events)
    assert replayed.asked == meeting.session.asked
    assert replayed.asked_in_item(1) == [
        AskedQuestion(1, "Who decides?", "kickoff", "people-and-decisions", "k1")
    ]


def test_bad_question_events_are_skipped_with_a_warning() -> None:
    session = fold(AGENDA, [asked(5), asked(-1), asked(0, ""), asked(0, 7), asked("x")])
    assert session.asked == []
    assert len(session.warnings) == 5
    assert all(w.startswith("question_asked event skipped") for w in session.warnings)


def test_a_repeated_event_counts_once() -> None:
    session = fold(AGENDA, [asked(0), asked(0), asked(1)])
    assert [(q.item, q.topic) for q in session.asked] == [(0, "scope"), (1, "scope")]
