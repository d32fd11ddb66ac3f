"""Every use of Textual's (and Rich's) private API, in one place, each with a test.

Textual has no public hook for these. Each is a small function or base class here, so the
rest of kickoff names what it needs and never a private attribute; tests/ui/
test_textual_private.py checks each hook against the installed Textual and fails if an upgrade
moves one. Textual is pinned to the exact version they were written for (pyproject:
textual==8.2.8): upgrading is a deliberate change, that test file first.

The hooks, and who uses them:
- crash handling: App._handle_exception and App.panic replaced on the instance; stopping at once
  through App._return_code and App._close_messages_no_wait (ui/lifecycle.py: Textual's own
  handlers print tracebacks with local variables, which hold meeting text).
- keys in order: App._check_bindings, Screen._clear_tooltip, a message pump's dispatch
  (_dispatch_message, _set_forwarded, _stop_propagation, _no_default_action, _parent,
  _closing/_closed, textual._context.active_message_pump) and a screen's task (ui/key_order.py).
- pastes are text: textual._xterm_parser.XTermParser and the Linux driver's module-level name
  for it (ui/paste_guard.py).
- safe text: the control-character translate tables of textual.content and rich.control
  (ui/safe_render.py).
- the capture input: Input._on_key and Input._on_paste overridden, Widget._bindings,
  Input._suggestion (ui/widgets/capture_bar.py).
- the entry list: ScrollView._size_updated overridden (ui/widgets/entry_list.py).
- themes: App._refresh_truecolor_filter, and Textual's own ANSI palettes from
  textual._ansi_theme (ui/themes.py: each kickoff theme maps ANSI colour names to its own).
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import Any, cast

import rich.control
import textual.content
from rich.terminal_theme import TerminalTheme
from textual import events
from textual._context import active_message_pump
from textual._xterm_parser import XTermParser
from textual.app import App
from textual.binding import BindingsMap
from textual.drivers import linux_driver
from textual.geometry import Size
from textual.message import Message
from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.widget import Widget
from textual.widgets import Input

__all__ = ["XTermParser"]  # the parser class itself, for ui/paste_guard.py to extend


# ----- crash handling (ui/lifecycle.py) ---------------------------------------------------------


def replace_crash_handlers(
    app: App[Any],
    on_exception: Callable[[Exception], None],
    on_panic: Callable[..., None],
) -> None:
    """Route an exception in a handler, and a panic (the input thread), to kickoff's own."""
    app._handle_exception = on_exception  # type: ignore[method-assign,assignment]
    app.panic = on_panic  # type: ignore[method-assign]


def stop_now(app: App[Any], return_code: int) -> None:
    """What App._handle_exception does after printing: a return code, and stop at once."""
    app._return_code = return_code
    app._close_messages_no_wait()


# ----- keys in order (ui/key_order.py) ----------------------------------------------------------


async def run_priority_bindings(app: App[Any], key: str) -> bool:
    """Run the priority binding for `key`, if any; True when one handled it."""
    return await app._check_bindings(key, priority=True)


def clear_tooltip(screen: Screen[Any]) -> None:
    screen._clear_tooltip()


def mark_forwarded(message: Message) -> None:
    """The message came from the app, not the driver (App.on_event will not route it again)."""
    message._set_forwarded()


def can_receive(node: MessagePump, message: Message) -> bool:
    """Whether post_message would have delivered `message` to `node` (not closing, enabled)."""
    return not (node._closing or node._closed) and node.check_message_enabled(message)


async def dispatch(node: MessagePump, message: Message) -> None:
    """Handle `message` in `node` now, in this task, as its own queue would."""
    token: contextvars.Token[MessagePump] = active_message_pump.set(node)
    try:
        await node._dispatch_message(message)
    finally:
        active_message_pump.reset(token)


def propagation_stopped(message: Message) -> bool:
    return message._stop_propagation


def allow_default(message: Message) -> None:
    """Reset prevent_default before the parent sees the message, as Message._bubble_to does."""
    message._no_default_action = False


def parent_of(node: MessagePump) -> MessagePump | None:
    return node._parent


def screen_task(screen: Screen[Any]) -> Any:
    """The asyncio task running the screen's message loop, None before it starts."""
    return screen._task


# ----- pastes are text (ui/paste_guard.py) ------------------------------------------------------


def use_linux_parser(parser: type[XTermParser]) -> None:
    """Make the Linux driver build `parser` (it reads its module's XTermParser name)."""
    setattr(linux_driver, "XTermParser", parser)  # noqa: B010 (not re-exported)


# ----- safe text (ui/safe_render.py) ------------------------------------------------------------


def control_translate_tables() -> list[dict[int, Any]]:
    """The tables Textual's Content and Rich's Text translate every string through."""
    return [textual.content._CONTROL_STRIP_TRANSLATE, rich.control._CONTROL_STRIP_TRANSLATE]


# ----- themes (ui/themes.py) -------------------------------------------------------------------


def refresh_ansi_colours(app: App[Any]) -> None:
    """Map ANSI colours through the app's palette for its theme's kind (dark or light) now."""
    app._refresh_truecolor_filter(app.ansi_theme)


def textual_ansi_palettes() -> tuple[TerminalTheme, TerminalTheme]:
    """Textual's own (dark, light) ANSI palettes: the look of kickoff's default theme."""
    from textual._ansi_theme import ALABASTER, MONOKAI

    return MONOKAI, ALABASTER


# ----- widgets ----------------------------------------------------------------------------------


def own_bindings(widget: Widget) -> BindingsMap:
    """The widget's own key table (its BINDINGS, not its parents' or the app's)."""
    return widget._bindings


def shown_suggestion(field: Input) -> str:
    """The completion the input shows now ("" when none)."""
    return field._suggestion


class KeysFirstInput(Input):
    """An Input whose keys and pastes go to `take_key` / `take_paste` first.

    Input's own handlers are private (`_on_key`, `_on_paste`). A subclass overrides the public
    pair and calls `input_key` / `input_paste` for Input's own handling (insert the character,
    the first line of the paste). After a key Textual goes on up the class chain as usual
    unless its default was prevented; after a paste it never does.
    """

    async def take_key(self, event: events.Key) -> None:
        await self.input_key(event)

    def take_paste(self, event: events.Paste) -> None:
        self.input_paste(event)

    async def input_key(self, event: events.Key) -> None:
        await Input._on_key(self, event)

    def input_paste(self, event: events.Paste) -> None:
        Input._on_paste(self, event)

    async def _on_key(self, event: events.Key) -> None:
        await self.take_key(event)

    def _on_paste(self, event: events.Paste) -> None:
        self.take_paste(event)
        event.prevent_default()  # Input's own paste handling runs only through input_paste


class SteadyScrollView:
    """Mixin for a ScrollView (before it in the bases) that repaints only on a real resize.

    Every screen layout hands a ScrollView the container size as its virtual size; an
    OptionList keeps its own (the options' height), so Textual 8.2 sees a change each time and
    repaints the scrollbar in a frame of its own: a frame a key typed next waits for. Only a
    new size or container size can change the scrollbar.
    """

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        widget = cast(ScrollView, self)
        if size == widget.outer_size and container_size == widget.container_size:
            return False
        return ScrollView._size_updated(widget, size, virtual_size, container_size, layout)
