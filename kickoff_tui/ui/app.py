"""KickoffApp: picks the screen for where the meeting is, routes app-wide messages, owns quitting.

Screens do the work; the app only decides which one is showing. Every binding with a
description is also a command palette entry (built from the live bindings, so the palette,
the footer and the help screen cannot drift apart).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.messages import JournalFailed, MeetingEnded, MeetingFinished, MeetingStarted


class KickoffApp(App[int]):
    CSS_PATH = Path(__file__).with_name("kickoff.tcss")  # absolute: subclasses live elsewhere
    TITLE = "kickoff"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("question_mark", "help", "Help", key_display="?"),
        # The terminal is in raw mode, so ctrl+z reaches the app as a key, not as SIGTSTP.
        # Priority: it suspends from every screen and input. Textual's driver restores the
        # terminal on suspend and redraws on `fg`; timers are wall-clock, so they stay right.
        Binding("ctrl+z", "suspend_process", "Suspend", show=False, priority=True),
    ]

    def __init__(self, meeting: LiveMeeting, *, bell: bool = True) -> None:
        super().__init__()
        self.meeting = meeting
        self.bell_enabled = bell
        self.minutes_path: str | None = None
        self._confirming_quit = False

    # ----- routing ---------------------------------------------------------------------
    def on_mount(self) -> None:
        self.push_screen(self._screen_for_state())

    def _screen_for_state(self) -> Screen[Any]:
        session = self.meeting.session
        if session.ended or session.finished:
            from kickoff_tui.ui.screens.review import ReviewScreen

            return ReviewScreen(self.meeting)
        if session.started:
            from kickoff_tui.ui.screens.item import ItemScreen

            return ItemScreen(self.meeting, bell=self.bell_enabled)
        from kickoff_tui.ui.screens.lobby import LobbyScreen

        return LobbyScreen(self.meeting)

    def _show_state(self) -> None:
        # [Textual's default screen, the current base screen, any dialogs]: keep the first,
        # drop the dialogs, replace the base screen
        while len(self.screen_stack) > 2:
            self.pop_screen()
        self.switch_screen(self._screen_for_state())

    @on(MeetingStarted)
    def _started(self) -> None:
        self._show_state()

    @on(MeetingEnded)
    def _ended(self) -> None:
        self._show_state()

    @on(MeetingFinished)
    def _finished(self, message: MeetingFinished) -> None:
        self.minutes_path = message.minutes_path
        self.exit(0)

    @on(JournalFailed)
    def _journal_failed(self, message: JournalFailed) -> None:
        self.notify(f"Not saved: {message.error}", severity="error", timeout=10)

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
        detail = "Everything so far is saved. `kickoff resume` carries on from here."
        self.push_screen(ConfirmScreen("Quit while the meeting is running?", detail), answered)

    def _leave(self) -> None:
        for screen in self.screen_stack:
            flush = getattr(screen, "flush_draft", None)
            if callable(flush):
                flush()
        self.exit(0)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "help":
            # `?` is text while typing in an input; it is never help then
            return not _typing_in(self.screen)
        return True

    # ----- command palette ---------------------------------------------------------------
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        keys: dict[str, list[str]] = {}
        found: dict[str, tuple[Binding, Any]] = {}
        for active in screen.active_bindings.values():
            binding = active.binding
            if not (
                binding.description and active.enabled and _declared_here(active.node, binding)
            ):
                continue
            keys.setdefault(binding.action, []).append(self.get_key_display(binding))
            found.setdefault(binding.action, (binding, active.node))
        for action, (binding, node) in found.items():
            title = binding.tooltip or binding.description
            if binding.group is not None:
                title = f"{binding.group.description}: {binding.description}"

            async def run(action: str = action, node: Any = node) -> None:
                await self.run_action(action, node)

            yield SystemCommand(title, "key: " + " or ".join(keys[action]), run)
        yield SystemCommand("Theme", "Change the colours", self.action_change_theme)


def _declared_here(node: object, binding: Binding) -> bool:
    """Declared by one of kickoff's own classes (not Textual's scrolling and focus keys)."""
    # compared without the key: Textual splits "right,pagedown" into one binding per key
    return any(
        isinstance(own, Binding)
        and (own.action, own.description) == (binding.action, binding.description)
        for cls in type(node).__mro__
        if cls.__module__.startswith("kickoff_tui")
        for own in vars(cls).get("BINDINGS", ())
    )


def _typing_in(screen: Screen[Any]) -> bool:
    from textual.widgets import Input

    return isinstance(screen.focused, Input)
