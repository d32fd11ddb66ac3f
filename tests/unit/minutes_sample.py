"""A realistic meeting driven through LiveMeeting with a FakeClock, for minutes tests.

The golden journals in tests/golden were written from this builder: kickoff-journal.jsonl from
`sample_events(utc_offset_minutes=0)` (a meeting in London in November) and crashed-journal.jsonl
from `sample_events(ended=False)` (a journal from before the UTC offset was recorded). The tests
read the files, so changing this builder never silently changes the golden minutes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def sample_agenda() -> Agenda:
    return Agenda(
        meeting=Meeting(
            title="Northwind portal kickoff: phase 1!",
            client="Northwind Traders",
            project="Customer portal | phase 1",
            length=45 * 60,
            facilitator="Ana Ruiz",
            note_taker="Tomasz Nowak",
            goal="Agree *success criteria*, scope & the first actions.",
            date="2026-11-25",
        ),
        people=(
            Person("Ana Ruiz", "Project lead", "agency", "delivery lead"),
            Person("Tomasz Nowak", "Technical lead", "agency", "delivery team"),
            Person("Ben Okafor", "COO", "client", "sponsor"),
            Person("Claire Dubois", "Head of Customer Service", "client", "product owner"),
            Person("Dev <Ops> #1", "Ops | infra", "partner", "vendor"),
        ),
        items=(
            Item("Welcome & roles", 5 * 60, owner="Ana Ruiz"),
            Item("Success criteria", 15 * 60, owner="Claire Dubois", kind="decision"),
            Item("Scope: in/out", 15 * 60, owner="Tomasz Nowak"),
            Item("Risks & next steps.", 10 * 60, owner="Ana Ruiz"),
        ),
    )


def created_event(
    agenda: Agenda, at: datetime = START, utc_offset_minutes: int | None = None
) -> ev.Event:
    """The first journal line; without an offset it is one from before offsets were recorded."""
    data = {
        "schema": ev.SCHEMA_VERSION,
        "session_id": "20261125-090000-abcd",
        "agenda": agenda.to_dict(),
        "source": "agendas/northwind.yaml",
        "meeting_date": "2026-11-25",
    }
    if utc_offset_minutes is not None:
        data["utc_offset_minutes"] = utc_offset_minutes
    return ev.Event(ev.SESSION_CREATED, at, data)


def sample_events(ended: bool = True, utc_offset_minutes: int | None = None) -> list[ev.Event]:
    clock = FakeClock(START)
    journal = MemoryJournal()
    agenda = sample_agenda()
    journal.append(created_event(agenda, utc_offset_minutes=utc_offset_minutes))
    live = LiveMeeting(session_from_events(list(journal.events)), journal, clock)
    clock.advance(120)
    live.set_attendance("Ana Ruiz", "present")
    live.set_attendance("Tomasz Nowak", "present")
    live.set_attendance("Ben Okafor", "late")
    live.set_attendance("Claire Dubois", "absent")
    # no type=: a "type" payload key collides with the event type in Event.to_json
    live.add_person("Priya Raman", role="Account director", side="agency")
    clock.advance(60)
    live.start()
    live.capture("note", "Round of names; Ben joins at 09:10")
    clock.advance(6 * 60)
    live.next_item()
    live.capture("decision", "Success = 30% fewer support calls by Q3 <b>measured</b> monthly")
    live.capture("action", "Send the SOW draft @Ana 2026-12-04")
    live.capture("question", "Who signs off the *design*? [TBD]")
    clock.advance(8 * 60)
    live.toggle_pause()
    clock.advance(5 * 60)
    live.toggle_pause()
    clock.advance(9 * 60)
    live.next_item()
    live.adjust_timebox(5 * 60)
    live.capture("decision", "# Out of scope: the mobile app | kiosk")
    live.capture("action", "Share API docs @Tomasz 2026-12-01")
    live.capture("action", "Book the design review @Zed")
    live.capture("action", "Check the legacy DB backups")
    live.capture("risk", "Legacy DB has no owner; see https://wiki.example.com/db_owner.")
    live.capture("parking", "Loyalty programme & `rewards` API")
    wrong = live.capture("decision", "typo entry, deleted")
    live.delete(wrong.id)
    live.capture("note", "- Client wants SSO\n> via Azure AD")
    clock.advance(17 * 60)
    live.next_item()
    live.capture("stakeholder", "Ben prefers one-page updates, \x1b[31mnot\x1b[0m decks")
    live.capture("note", "1. Next meeting in two weeks")
    clock.advance(7 * 60 + 30)
    if ended:
        live.end()
        clock.advance(90)
        live.finish()
    return journal.events


def sample_session(ended: bool = True, utc_offset_minutes: int | None = None) -> Session:
    return session_from_events(sample_events(ended, utc_offset_minutes))


def meeting_date() -> date:
    return date(2026, 11, 25)
