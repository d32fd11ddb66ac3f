"""KickoffApp: picks the screen for where the meeting is, routes app-wide messages, owns quitting.

Screens do the work; the app only decides which one is showing. Every binding with a
description is also a command palette entry (built from the live bindings, so the palette,
the footer and the help screen cannot drift apart).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from contextlib import suppress
from typing import Any, ClassVar

from textual import on
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.screen import Screen

from kickoff_tui.errors import JournalError
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.settings import ThemeChoice
from kickoff_tui.ui.key_order import OrderedInputApp
from kickoff_tui.ui.messages import JournalFailed, MeetingEnded, MeetingFinished, MeetingStarted
from kickoff_tui.ui.palette import binding_commands, typing_in
from kickoff_tui.ui.screens.journaled import show_journal_failure
from kickoff_tui.ui.size_guard import guard_window_size
from kickoff_tui.ui.themes import (
    THEME_CSS,
    save_theme_choice,
    use_ansi_palette,
    use_kickoff_themes,
)
from kickoff_tui.unsaved import UNSAVED_EXIT, Unsaved, collect


class KickoffApp(OrderedInputApp[int]):
    TITLE = "kickoff"
    CSS = THEME_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("question_mark", "help", "Help", key_display="?"),
        # The terminal is in raw mode, so ctrl+z reaches the app as a key, not as SIGTSTP.
        # Priority: it suspends from every screen and input. Textual's driver restores the
        # terminal on suspend and redraws on `fg`; timers are wall-clock, so they stay right.
        Binding("ctrl+z", "suspend_process", "Suspend", show=False, priority=True),
    ]

    def __init__(
        self,
        meeting: LiveMeeting,
        *,
        bell: bool = True,
        banner: str = "",
        theme: ThemeChoice | None = None,
    ) -> None:
        super().__init__()
        self.theme_choice = theme or ThemeChoice()
        use_kickoff_themes(self, self.theme_choice.name)
        self.meeting = meeting
        self.banner = banner  # a line on every screen: the rehearsal's "REHEARSAL"
        self.bell_enabled = bell
        self.minutes_path: str | None = None
        self._confirming_quit = False
        self.journal_refused = False  # a change was refused since the app started
        self.unsaved: list[Unsaved] = []  # typing not on disk when the app closed
        self._shown = ""  # the state whose screen is showing: "lobby", "item" or "review"

    # ----- routing ---------------------------------------------------------------------
    def _state(self) -> str:
        session = self.meeting.session
        if session.ended or session.finished:
            return "review"
        return "item" if session.started else "lobby"

    def get_default_screen(self) -> Screen[Any]:
        # A new meeting opens on the lobby as the app's first screen, so its first frame is
        # drawn as soon as it is composed; pushed from on_mount, it would wait for the app's
        # start-up batch (and the footer's first fill) before anything showed.
        if self._state() == "lobby":
            self._shown = "lobby"
            return self._screen_for_state()
        return super().get_default_screen()

    def on_mount(self) -> None:
        if self._shown != "lobby":
            self.push_screen(self._screen_for_state())
            self._shown = self._state()
        self.call_after_refresh(_resume_gc_after_start)
        # every screen, dialogs included, shows one line when the window is below the minimum
        self.screen_change_signal.subscribe(self, lambda _screen: guard_window_size(self))
        guard_window_size(self)
        if self.banner:
            from kickoff_tui.ui.rehearsal_banner import show_banner

            show_banner(self, self.banner)

    def on_resize(self, event: Resize) -> None:
        guard_window_size(self, event.size)

    def _screen_for_state(self) -> Screen[Any]:
        state = self._state()
        if state == "review":
            from kickoff_tui.ui.screens.review import ReviewScreen

            return ReviewScreen(self.meeting)
        if state == "item":
            from kickoff_tui.ui.screens.item import ItemScreen

            return ItemScreen(self.meeting, bell=self.bell_enabled)
        from kickoff_tui.ui.screens.lobby import LobbyScreen

        return LobbyScreen(self.meeting)

    async def action_show_state(self) -> None:
        """Show the screen for where the meeting is now; awaited, it is mounted on return.

        The lobby runs this (`app.show_state`) from its priority `space` binding, so the item
        screen is up before the app routes the next key: letters typed straight after `space`
        reach the item screen, never the roll call. MeetingStarted then finds it done.
        """
        await self._show_state()

    async def _show_state(self) -> None:
        """Show the screen for where the meeting is now (once: two routes lead here)."""
        state = self._state()
        if state == self._shown:
            return
        self._shown = state
        # [first screen, the current base screen, any dialogs]: keep the first (the lobby, or
        # Textual's blank screen under a resumed meeting), drop the dialogs, replace the base
        while len(self.screen_stack) > 2:
            self.pop_screen()
        screen = self._screen_for_state()
        if len(self.screen_stack) == 1:
            await self.push_screen(screen)  # over the lobby, which stays below, hidden
        else:
            await self.switch_screen(screen)

    @on(MeetingStarted)
    async def _started(self) -> None:
        await self._show_state()

    @on(MeetingEnded)
    async def _ended(self) -> None:
        await self._show_state()

    @on(MeetingFinished)
    def _finished(self, message: MeetingFinished) -> None:
        self.minutes_path = message.minutes_path
        self.exit(0)

    @on(JournalFailed)
    def _journal_failed(self, message: JournalFailed) -> None:
        self.journal_refused = True
        show_journal_failure(self, message.error)

    def watch_theme(self, name: str) -> None:
        """The command palette's theme switch (the one way to change it while running): kept
        for next time in config.toml. The start-up theme is set without this watcher."""
        use_ansi_palette(self, name)
        save_theme_choice(self, self.theme_choice.file, name)

    # ----- app-wide actions ------------------------------------------------------------
    def action_help(self) -> None:
        from kickoff_tui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        """Quit at once, unless a meeting is under way: then ask first (it is saved either way)."""
        session = self.meeting.session
        if not (session.started and not session.ended):
            self._leave()
            return
        if self._confirming_quit:
            return
        from kickoff_tui.ui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            self._confirming_quit = False
            if yes:
                self._leave()

        self._confirming_quit = True
        question = "Quit while the meeting is running?"
        self.push_screen(ConfirmScreen(question, self._quit_detail()), answered)

    def _quit_detail(self) -> str:
        """What quitting now keeps and what it cannot: never "all saved" when it is not."""
        self._flush_drafts()  # typing the journal can still take is saved first
        unsaved = collect(self.screen_stack)
        if not unsaved:
            if self.journal_refused:
                return (
                    "The journal refused a change earlier (see its notice); everything else "
                    "is saved. `kickoff resume` carries on from here."
                )
            return "Everything so far is saved. `kickoff resume` carries on from here."
        listed = "; ".join(f"{item.what}: {item.text}" for item in unsaved)
        return (
            f"NOT SAVED (the journal refused it): {listed}. When kickoff closes it is printed "
            "in the terminal and copied to a file. Everything else is saved."
        )

    def _flush_drafts(self) -> None:
        for screen in self.screen_stack:
            flush = getattr(screen, "flush_draft", None)
            if callable(flush):
                flush()

    def _leave(self) -> None:
        self._flush_drafts()
        # say the meeting was left on purpose; on a full disk it reads as crashed instead,
        # and everything captured is journaled already
        with suppress(JournalError, OSError):
            self.meeting.leave()
        # what is still not on disk goes to the terminal and a file once the app has closed
        self.unsaved = collect(self.screen_stack)
        code = UNSAVED_EXIT if self.unsaved else 0
        self.exit(code, return_code=code)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "help":
            # `?` is text while typing in an input; it is never help then
            return not typing_in(self.screen)
        return True

    # ----- command palette ---------------------------------------------------------------
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from binding_commands(self, screen)
        yield SystemCommand("Theme", "Change the colours", self.action_change_theme)


def _resume_gc_after_start() -> None:
    """Turn the cyclic GC back on once the first frame is up.

    `kickoff run` and `kickoff resume` turn it off while starting (commands/run.py): start-up
    makes some 60,000 objects that live as long as the app (modules, CSS rules, widgets), and
    collecting them took up to 100 ms before the first frame here. Frozen, they are also left
    out of every later collection, so none of those pauses the room's typing.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
