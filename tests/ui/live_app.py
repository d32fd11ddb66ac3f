"""A KickoffApp over a FakeClock and an in-memory journal, for the live-screen tests."""

from __future__ import annotations

from datetime import UTC, datetime

from screen_text import screen_text as screen_text  # re-exported for the live-screen tests

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.errors import JournalError
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal
from kickoff_tui.ui.app import KickoffApp
from kickoff_tui.ui.screens.item import ItemScreen
from kickoff_tui.ui.widgets.item_panel import ItemPanel

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # a Wednesday


def agenda() -> Agenda:
    """Four items, 60 minutes in all; the first has a checklist and private notes."""
    return Agenda(
        meeting=Meeting(title="Northwind portal kickoff", client="Northwind Traders"),
        items=(
            Item(
                "Welcome and introductions",
                5 * 60,
                owner="Ana Ruiz",
                goal="Everyone knows who is who.",
                prompts=("What is your role here?",),
                checklist=("Roles named", "Parking lot explained"),
                notes="Ben is sceptical about the timeline.",
            ),
            Item("What success looks like", 20 * 60, owner="Ben Okafor", kind="decision"),
            Item("Scope in and out", 25 * 60),
            Item("Read-back", 10 * 60),
        ),
        people=(
            Person("Ana Ruiz", "Project lead", "agency"),
            Person("Ben Okafor", "Sponsor", "client"),
            Person("Claire Dubois", "Support lead", "client"),
        ),
    )


class FlakyJournal(MemoryJournal):
    """Refuses appends while `broken` is set, as a full disk would."""

    def __init__(self) -> None:
        super().__init__()
        self.broken = False

    def append(self, event: ev.Event) -> None:
        if self.broken:
            raise JournalError("disk full")
        super().append(event)


def live_meeting(clock: FakeClock, *, started: bool = True) -> tuple[LiveMeeting, FlakyJournal]:
    clock.set(START)
    created = ev.Event(
        ev.SESSION_CREATED,
        START,
        {
            "session_id": "t",
            "agenda": agenda().to_dict(),
            "source": "t",
            "meeting_date": "2026-11-25",
        },
    )
    journal = FlakyJournal()
    journal.append(created)
    meeting = LiveMeeting(session_from_events([created]), journal, clock)
    if started:
        meeting.start()
    return meeting, journal


class BellCountingApp(KickoffApp):
    """Counts bells instead of ringing them."""

    bells = 0

    def bell(self) -> None:
        self.bells += 1


def item_screen(app: KickoffApp) -> ItemScreen:
    screen = app.screen
    assert isinstance(screen, ItemScreen), f"expected the item screen, got {screen!r}"
    return screen


def event_types(journal: MemoryJournal) -> list[str]:
    return [e.type for e in journal.events]


def panel_lines(app: KickoffApp) -> list[str]:
    """The item panel's lines as written, each run of spaces as one: a long prompt or checklist
    line wraps under its own text (4 or more spaces in), and is joined back here."""
    lines: list[str] = []
    for line in item_screen(app).query_one(ItemPanel).plain.splitlines():
        if lines and lines[-1] and line.startswith("    ") and line.strip():
            lines[-1] += " " + line.strip()
        else:
            lines.append(line.strip())
    return [" ".join(line.split()) for line in lines]
