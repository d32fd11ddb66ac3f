"""RoomApp: the read-only room view that follows a session's journal as it grows.

It polls the journal's size every 50 ms (storage/follower.py) and repaints the countdown a few
times a second. The only keys are q / ctrl+q / ctrl+c (quit) and ? (what this is). It never
opens the journal for writing, never takes the session lock, and has no command palette.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from kickoff_tui.domain.clock import Clock, SystemClock
from kickoff_tui.errors import JournalError
from kickoff_tui.settings import DEFAULT_THEME
from kickoff_tui.storage.follower import JournalFollower, JournalGone
from kickoff_tui.ui.room.screen import RoomScreen
from kickoff_tui.ui.themes import THEME_CSS, use_kickoff_themes

POLL_SECONDS = 0.05
HINT_SECONDS = 4.0
TICK_SECONDS = 0.25  # the countdown's repaint; its value always comes from the clock
HELP_TEXT = (
    "This is the room view of a kickoff meeting.\n\n"
    "It follows the facilitator's session as it happens and is read-only: nothing you press "
    "here changes the meeting.\n\n"
    "q or ctrl+q: quit the room view        ?: this help        escape: close this help"
)


class RoomHelp(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark", "dismiss_help", "Close", show=False),
    ]
    DEFAULT_CSS = """
    RoomHelp { align: center middle; }
    RoomHelp > Vertical {
        width: 70; max-width: 100%; height: auto; padding: 1 2;
        border: round $primary; background: $surface;
    }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(HELP_TEXT, markup=False)

    def action_dismiss_help(self) -> None:
        self.dismiss()


class RoomApp(App[int]):
    TITLE = "kickoff room view"
    CSS = THEME_CSS
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
        Binding("q", "quit", "Quit", show=False, priority=True),
        Binding("question_mark", "help", "Help", show=False),
    ]

    def __init__(
        self,
        journal: Path,
        *,
        clock: Clock | None = None,
        follow: bool = True,
        theme: str = DEFAULT_THEME,
    ) -> None:
        super().__init__()
        use_kickoff_themes(self, theme)
        self.follower = JournalFollower(journal)
        self.clock = clock or SystemClock()
        self.problem = ""  # the one line to print when the app stops on an error
        self._follow = follow  # False in tests that call follow() themselves
        # the start-up hint stays in tests (follow=False), so a snapshot does not race its timer
        self.hint_seconds = HINT_SECONDS if follow else None

    def clock_now(self) -> datetime:
        return self.clock.now()

    def get_default_screen(self) -> Screen[None]:
        return RoomScreen()

    @property
    def room(self) -> RoomScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, RoomScreen)
        return screen

    def on_mount(self) -> None:
        self.follow()
        if self._follow:
            self.set_interval(POLL_SECONDS, self.follow)
            self.set_interval(TICK_SECONDS, self.tick)
        if self.is_web:  # a `kickoff serve` viewer lives no longer than the server that runs it
            server = os.getppid()
            self.set_interval(POLL_SECONDS, lambda: self._quit_when_orphaned(server))

    def _quit_when_orphaned(self, server: int) -> None:
        """A server killed outright (kill -9) cannot stop its viewers: they notice here, as
        they are handed to another parent, and quit instead of following on for no one."""
        if os.getppid() != server:
            self.exit(0)

    def follow(self) -> None:
        """Fold what was appended to the journal since the last look, and show it."""
        try:
            changed = self.follower.poll()
        except JournalGone:
            self._stop(f"the journal {self.follower.path} has gone; the room view stops")
            return
        except JournalError as error:
            self._stop(str(error))
            return
        session = self.follower.session
        if changed and session is not None:
            self.room.show_session(session, self.clock.now())

    def tick(self) -> None:
        self.room.repaint(self.clock.now())

    def _stop(self, problem: str) -> None:
        if not self.problem:
            self.problem = problem
            self.exit(1)

    async def action_quit(self) -> None:
        self.exit(0)

    def action_help(self) -> None:
        if not isinstance(self.screen, RoomHelp):
            self.push_screen(RoomHelp())
