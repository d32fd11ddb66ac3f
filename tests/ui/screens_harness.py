"""Builds a real LiveMeeting (FakeClock + MemoryJournal) and a tiny app that shows one screen.

Shared by the lobby, review and modal tests; also runnable for a look at a screen in a terminal:
`python tests/ui/screens_harness.py lobby|review|goto|help|confirm|person`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from screen_text import screen_text as screen_text  # re-exported for the screen tests
from textual.app import App, ComposeResult
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.errors import JournalError
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal
from kickoff_tui.ui.messages import JournalFailed
from kickoff_tui.ui.screens.journaled import show_journal_failure

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def sample_agenda(length: int = 30 * 60) -> Agenda:
    return Agenda(
        meeting=Meeting(
            title="Northwind portal kickoff",
            client="Northwind Traders",
            project="Customer portal",
            length=length,
            facilitator="Ana Ruiz",
            goal="Agree success criteria, scope and the first actions with owners and dates.",
        ),
        items=(
            Item("Welcome and introductions", 5 * 60, owner="Ana Ruiz"),
            Item("What success looks like", 10 * 60, owner="Ben Okafor"),
            Item("Scope, assumptions, constraints", 10 * 60, owner="Ana Ruiz"),
            Item("Read-back and next steps", 5 * 60, owner="Ana Ruiz"),
        ),
        people=(
            Person("Ana Ruiz", "Project lead", "agency"),
            Person("Ben Okafor", "Chief Operating Officer", "client"),
            Person("Claire Dubois", "Head of Customer Service", "client"),
        ),
    )


class FailingJournal(MemoryJournal):
    """A journal whose disk is full once `failing` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.failing = False

    def append(self, event: ev.Event) -> None:
        if self.failing:
            raise JournalError("cannot write the journal: disk full")
        super().append(event)


def make_meeting(agenda: Agenda | None = None) -> tuple[LiveMeeting, FakeClock, FailingJournal]:
    clock = FakeClock(START)
    created = ev.Event(
        ev.SESSION_CREATED,
        clock.now(),
        {
            "schema": ev.SCHEMA_VERSION,
            "session_id": "test",
            "agenda": (agenda or sample_agenda()).to_dict(),
            "source": "test.yaml",
            "meeting_date": "2026-11-25",
        },
    )
    journal = FailingJournal()
    journal.append(created)
    return LiveMeeting(session_from_events([created]), journal, clock), clock, journal


class Backdrop(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Static("backdrop")


class ScreenApp(App[None]):
    """Pushes one screen over a backdrop; records what it dismisses with and what it posts."""

    def __init__(self, make_screen: Callable[[], Screen[Any]]) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.results: list[Any] = []
        self.messages: list[Message] = []
        self.notes: list[str] = []  # every notification, in order

    def on_mount(self) -> None:
        self.show_screens()

    def show_screens(self) -> None:
        self.push_screen(Backdrop())
        self.push_screen(self.make_screen(), self.results.append)

    def record(self, message: Message) -> None:
        """A run_test message_hook: keeps every message for the test to look at."""
        self.messages.append(message)

    def posted(self, kind: type[Message]) -> list[Any]:
        """Each message once, though the hook sees it again at every node it bubbles through."""
        unique = {id(m): m for m in self.messages if isinstance(m, kind)}
        return list(unique.values())

    def on_journal_failed(self, message: JournalFailed) -> None:
        show_journal_failure(self, message.error)  # as KickoffApp does

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.notes.append(message)
        super().notify(message, **kwargs)


def running_meeting() -> tuple[LiveMeeting, FakeClock, FailingJournal]:
    """Item 1 done (4 min), item 2 running 12 of its 10 minutes, items 3-4 to come."""
    meeting, clock, journal = make_meeting()
    meeting.start()
    clock.advance(4 * 60)
    meeting.next_item()
    clock.advance(12 * 60)
    return meeting, clock, journal


def ended_meeting() -> tuple[LiveMeeting, FakeClock, FailingJournal]:
    """A meeting that ran over in item 2, skipped item 4, and captured a mix of entries."""
    meeting, clock, journal = make_meeting()
    meeting.set_attendance("Ana Ruiz", "present")
    meeting.start()
    meeting.capture("decision", "Launch in two phases")
    clock.advance(4 * 60)
    meeting.next_item()
    meeting.capture("action", "Send the research deck @ben 2026-12-01")
    meeting.capture("action", "Book the design review")
    meeting.capture("action", "Draft the comms plan @zed due someday")
    meeting.capture("note", "Ben prefers email")
    meeting.capture("decision", "Keep [brackets] as typed")
    clock.advance(13 * 60)
    meeting.next_item()
    clock.advance(9 * 60 + 30)
    meeting.end()
    return meeting, clock, journal


if __name__ == "__main__":  # pragma: no cover - a manual look, not a test
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    which = sys.argv[1] if len(sys.argv) > 1 else "lobby"
    from kickoff_tui.ui.screens.confirm import ConfirmScreen
    from kickoff_tui.ui.screens.goto import GoToItemScreen
    from kickoff_tui.ui.screens.help import HelpScreen
    from kickoff_tui.ui.screens.lobby import LobbyScreen
    from kickoff_tui.ui.screens.person_form import PersonFormScreen

    if which == "real":
        from kickoff_tui.storage.agenda_loader import load_agenda

        live, _, _ = make_meeting(load_agenda("agendas/client-kickoff.yaml"))
    else:
        live, _, _ = make_meeting()
    running = running_meeting()
    factories: dict[str, Callable[[], Screen[Any]]] = {
        "lobby": lambda: LobbyScreen(live),
        "real": lambda: LobbyScreen(live),
        "confirm": lambda: ConfirmScreen("End the meeting now?", "The review comes next."),
        "person": lambda: PersonFormScreen([p.name for p in live.session.people]),
        "goto": lambda: GoToItemScreen(running[0].session, running[1]),
    }
    if which == "review":
        from kickoff_tui.ui.screens.review import ReviewScreen

        done, _, _ = ended_meeting()
        factories["review"] = lambda: ReviewScreen(done)
    if which == "help":

        class HelpApp(ScreenApp):
            def show_screens(self) -> None:
                self.push_screen(LobbyScreen(live))
                self.push_screen(HelpScreen())

        HelpApp(lambda: LobbyScreen(live)).run()
    else:
        ScreenApp(factories[which]).run()
