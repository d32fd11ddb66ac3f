"""Keys and pastes handled one at a time, in the order they arrived.

Textual routes a key by posting it to the focused widget's own queue and takes the next key at
once; the widget, its parents and the app's non-priority bindings each handle it later, in their
own tasks. A key that opens or closes the capture bar, commits an entry or pushes a screen
therefore changes the state only after later keys of the same burst (an SSH stall, a text
expander) were already sent to the old focus: text mixed across entries, letters ran as
commands, keys after a go-to's Enter went to a closing dialog.

Here every key is handled to the end (the focused widget, each parent, then the app's
bindings), in the app's task, before the next one is looked at. Keys that arrive meanwhile
wait in a queue. After a key that changed the screen stack, the next waits until the new top
screen has mounted and run what it queued (its focus, a dialog's result callback); the app
keeps handling its other messages meanwhile.

This leans on Textual internals (`_check_bindings`, `_dispatch_message`, the active message
pump), reached through ui/textual_private.py and pinned with textual's exact version;
tests/ui/test_textual_private.py, tests/ui/test_key_order.py and the burst test through a real
pty (tests/e2e/test_key_burst_pty.py) fail if they move.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from contextlib import suppress
from typing import Any, TypeVar

from textual import events
from textual.app import App
from textual.dom import NoScreen
from textual.driver import Driver
from textual.message_pump import MessagePump
from textual.screen import Screen

from kickoff_tui.ui.textual_private import (
    allow_default,
    can_receive,
    clear_tooltip,
    dispatch,
    mark_forwarded,
    parent_of,
    propagation_stopped,
    run_priority_bindings,
    screen_task,
)

ReturnType = TypeVar("ReturnType")


class RoutedKey(events.Key, bubble=False):
    """A key on its way through the DOM: this module walks it up, so it never bubbles itself."""


class RoutedPaste(events.Paste, bubble=False):
    """A paste on its way through the DOM (see RoutedKey)."""


# the handlers stay the ones for Key and Paste (`_on_key`, `on_paste`, `@on(Key)`)
RoutedKey.handler_name = events.Key.handler_name
RoutedPaste.handler_name = events.Paste.handler_name


class OrderedInputApp(App[ReturnType]):
    """An App whose keys and pastes are handled strictly in order (see the module doc)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._input_waiting: deque[events.Key | events.Paste] = deque()
        self._input_busy = False

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal; on Linux and macOS, one whose pastes are text."""
        driver = super().get_driver_class()
        from textual.drivers.linux_driver import LinuxDriver

        if driver is LinuxDriver:
            from kickoff_tui.ui.paste_guard import PasteGuardDriver

            return PasteGuardDriver
        return driver

    @property
    def input_pending(self) -> bool:
        """Whether keys or pastes are still waiting (or one is being handled)."""
        return self._input_busy or bool(self._input_waiting)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self._input_waiting.append(event)
            if not self._input_busy:
                await self._handle_next_input()
            return
        await super().on_event(event)

    async def _handle_next_input(self) -> None:
        self._input_busy = True
        moved = False
        try:
            event = self._input_waiting.popleft()
            stack = list(self.screen_stack)
            await self._handle_input(event)
            moved = list(self.screen_stack) != stack
        finally:
            if moved:
                self._when_settled(self.screen, self._take_next_input)
            else:
                self._take_next_input()

    def _take_next_input(self) -> None:
        if self._input_waiting and self.is_running:
            # through the app's queue, so what this key asked the app to do (a deferred
            # focus, a notification) is done before the next key is looked at
            self.call_later(self._handle_next_input)
        else:
            self._input_busy = False

    @staticmethod
    def _when_settled(screen: Screen[Any], then: Callable[[], None]) -> None:
        """Call `then` once `screen` has mounted and handled everything queued for it so far.

        Not awaited: the app goes on with its own messages meanwhile, so a screen that needs
        the app while it mounts cannot wait on the app waiting on it.
        """
        done = False

        def once() -> None:
            nonlocal done
            if not done:
                done = True
                then()

        if not screen.call_later(once):  # closing already
            once()
        elif (task := screen_task(screen)) is not None:
            task.add_done_callback(lambda _task: once())  # a screen closing first drops `once`

    async def _handle_input(self, event: events.Key | events.Paste) -> None:
        """What App.on_event does with a key or a paste, except that it waits for the end."""
        if isinstance(event, events.Paste):
            await _deliver(RoutedPaste(event.text), self.focused or self.screen)
            return
        if not self.app_focus:
            self.app_focus = True
        screen = self.screen
        if screen.maximized is not None and event.key == "escape" and self.escape_to_minimize:
            screen.minimize()
            return
        if self.focused:
            with suppress(NoScreen):
                clear_tooltip(screen)
        if await run_priority_bindings(self, event.key):
            return
        await _deliver(RoutedKey(event.key, event.character), self.focused or screen)


async def _deliver(event: RoutedKey | RoutedPaste, target: MessagePump) -> None:
    """Hand `event` to target, then to each parent up to the app, until one stops it."""
    mark_forwarded(event)
    node: MessagePump | None = target
    while node is not None:
        if not can_receive(node, event):
            return  # where Textual's post_message would have dropped it
        await dispatch(node, event)
        if propagation_stopped(event) or not (node.is_parent_active and node.is_attached):
            return
        allow_default(event)  # as Message._bubble_to does for the parent
        node = parent_of(node)
