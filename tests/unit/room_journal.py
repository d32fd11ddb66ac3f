"""A real journal file written by a LiveMeeting on a FakeClock, for the room view's tests.

The agenda carries every kind of private text, each with a word found nowhere else, so a test
can search a whole rendered screen for it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.exercise_actions import ExerciseActions
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import Journal

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
ITEM_NOTE = "Zanzibarnote: Ben is sceptical about the timeline"
PERSON_NOTE = "Quokkanote: prefers email"
ATTITUDE = "champion"  # Ben's attitude: private, and on no other line
STAKEHOLDER_NOTE = "Wombatnote worries about budget"
DRAFT = "Platypusdraft half typed"
PRIVATE_WORDS = ("Zanzibarnote", "Quokkanote", ATTITUDE, "Wombatnote", "Platypusdraft")


def room_agenda() -> Agenda:
    return Agenda(
        meeting=Meeting(
            title="Northwind portal kickoff",
            client="Northwind Traders",
            goal="Agree scope and success",
            facilitator="Ana Ruiz",
        ),
        items=(
            Item(
                "Welcome and introductions",
                5 * 60,
                owner="Ana Ruiz",
                goal="Everyone knows who is who.",
                prompts=("What is your role here?",),
                checklist=("Roles named", "Parking lot explained"),
                notes=ITEM_NOTE,
            ),
            Item(
                "Who matters", 10 * 60, kind="exercise", exercise="stakeholder-map", notes=ITEM_NOTE
            ),
            Item("Scope in and out", 25 * 60, owner="Ben Okafor"),
        ),
        people=(
            Person("Ana Ruiz", "Project lead", "agency"),
            Person("Ben Okafor", "Sponsor", "client", attitude=ATTITUDE, notes=PERSON_NOTE),
        ),
    )


CHARTER_ITEMS = (3, 4, 5, 6)  # scope, trade-offs, decision rights, milestones


def charter_room_agenda() -> Agenda:
    """room_agenda() (private words in notes and attitude) and the four charter exercises."""
    base = room_agenda()

    def exercise(title: str, name: str, **options: object) -> Item:
        return Item(
            title, 10 * 60, kind="exercise", exercise=name, options=options, notes=ITEM_NOTE
        )

    return Agenda(
        base.meeting,
        (
            *base.items,
            exercise("Scope", "scope", **{"in": ["Customer portal"], "out": ["Mobile app"]}),
            exercise("What gives first", "trade-offs"),
            exercise("Who decides what", "decision-rights", areas=["Go-live", "Budget"]),
            exercise("Timeline", "milestones"),
        ),
        base.people,
    )


class WrittenMeeting:
    """A meeting whose every change lands in `path`, as the console's would."""

    def __init__(self, folder: Path, agenda: Agenda | None = None) -> None:
        self.path = folder / "journal.jsonl"
        self.clock = FakeClock(START)
        self.journal = Journal(self.path)
        created = ev.Event(
            ev.SESSION_CREATED,
            START,
            {
                "schema": ev.SCHEMA_VERSION,
                "session_id": "20261125-090000-abcd",
                "agenda": (agenda or room_agenda()).to_dict(),
                "source": "test",
                "meeting_date": "2026-11-25",
                "utc_offset_minutes": 0,
            },
        )
        self.journal.append(created)
        self.meeting = LiveMeeting(session_from_events([created]), self.journal, self.clock)
        self.exercises = ExerciseActions(self.meeting)

    def close(self) -> None:
        self.journal.close()


def in_first_item(folder: Path) -> WrittenMeeting:
    """Started two minutes ago, one checklist line ticked, a decision, a draft, a private note."""
    written = WrittenMeeting(folder)
    m = written.meeting
    m.set_attendance("Ana Ruiz", "present")
    m.start()
    written.clock.advance(120)
    m.toggle_check(0, 0)
    m.capture("decision", "Weekly status on Fridays")
    m.capture("action", "Send the brief @Ben 2026-12-04")
    written.exercises.stakeholder_note(f"@Ben {STAKEHOLDER_NOTE}")
    m.save_draft("note", DRAFT)
    return written
