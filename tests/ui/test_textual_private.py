"""One test per Textual private hook in ui/textual_private.py, and the exact pin they rely on.

A Textual upgrade that moves or renames one of these fails here first, by name.
"""

from __future__ import annotations

import asyncio
import re
import tomllib
from importlib.metadata import version
from pathlib import Path
from typing import Any, ClassVar

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.drivers import linux_driver
from textual.geometry import Size
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import OptionList, Static

from kickoff_tui.ui import textual_private as tp

PYPROJECT = Path(__file__).parents[2] / "pyproject.toml"


def test_textual_is_pinned_exactly_to_the_version_installed() -> None:
    dependencies = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    pins = [d for d in dependencies if re.match(r"textual\b", d)]
    assert pins == [f"textual=={version('textual')}"]


# ----- crash handling ------------------------------------------------------------------------


class Boom(App[int]):
    def on_mount(self) -> None:
        self.call_later(self.explode)

    def explode(self) -> None:
        raise RuntimeError("in a handler")


async def test_an_exception_in_a_handler_reaches_the_replacement_which_stops_the_app() -> None:
    app = Boom()
    caught: list[Exception] = []

    def on_exception(error: Exception) -> None:
        caught.append(error)
        tp.stop_now(app, 1)

    tp.replace_crash_handlers(app, on_exception, lambda *renderables: None)
    await asyncio.wait_for(app.run_async(headless=True, size=(40, 10)), timeout=60)
    assert [str(e) for e in caught] == ["in a handler"]
    assert app.return_code == 1


def test_the_panic_replacement_is_what_the_app_calls() -> None:
    app = App[None]()
    panics: list[tuple[Any, ...]] = []
    tp.replace_crash_handlers(app, lambda error: None, lambda *r: panics.append(r))
    app.panic("reading failed")
    assert panics == [("reading failed",)]


# ----- keys in order -------------------------------------------------------------------------


class Noted(Message):
    pass


class Leaf(Static):
    def __init__(self) -> None:
        super().__init__("leaf")
        self.seen: list[str] = []

    def on_noted(self, message: Noted) -> None:
        self.seen.append("leaf")
        message.prevent_default()
        message.stop()


class KeysApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("x", "mark", "Mark", priority=True)]

    def __init__(self) -> None:
        super().__init__()
        self.marks = 0

    def compose(self) -> ComposeResult:
        yield Leaf()

    def action_mark(self) -> None:
        self.marks += 1


async def test_priority_bindings_run_and_an_unbound_key_says_so() -> None:
    app = KeysApp()
    async with app.run_test():
        assert await tp.run_priority_bindings(app, "x") is True
        assert await tp.run_priority_bindings(app, "z") is False
        assert app.marks == 1
        tp.clear_tooltip(app.screen)  # exists, and is harmless with no tooltip showing


async def test_a_message_dispatched_now_is_handled_before_dispatch_returns() -> None:
    app = KeysApp()
    async with app.run_test():
        leaf = app.query_one(Leaf)
        message = Noted()
        tp.mark_forwarded(message)
        assert message.is_forwarded
        assert tp.can_receive(leaf, message)
        await tp.dispatch(leaf, message)
        assert leaf.seen == ["leaf"]
        assert tp.propagation_stopped(message)
        tp.allow_default(message)
        assert not message._no_default_action
        assert tp.parent_of(leaf) is app.screen
        task = tp.screen_task(app.screen)
        assert isinstance(task, asyncio.Task) and not task.done()
        await leaf.remove()
        assert not tp.can_receive(leaf, Noted())


# ----- pastes and safe text ------------------------------------------------------------------


def test_the_linux_driver_builds_the_parser_it_is_given() -> None:
    original = linux_driver.XTermParser

    class Mine(tp.XTermParser):
        pass

    try:
        tp.use_linux_parser(Mine)
        assert linux_driver.XTermParser is Mine
    finally:
        tp.use_linux_parser(original)


def test_content_and_text_are_built_through_the_translate_tables() -> None:
    from rich.text import Text

    tables = tp.control_translate_tables()
    assert len(tables) == 2 and all(isinstance(table, dict) for table in tables)
    # kickoff_tui.ui (imported above) filled them: ESC is shown, never sent
    assert Content("a\x1bb").plain == "a␛b"
    assert Text("a\x1bb").plain == "a␛b"


# ----- widgets -------------------------------------------------------------------------------


class FirstInput(tp.KeysFirstInput):
    def __init__(self) -> None:
        super().__init__(suggester=SuggestFromList(["hello there"]))
        self.keys: list[str] = []
        self.pastes: list[str] = []

    async def take_key(self, event: events.Key) -> None:
        self.keys.append(event.key)
        if event.key == "z":
            event.prevent_default()
            return
        await self.input_key(event)

    def take_paste(self, event: events.Paste) -> None:
        self.pastes.append(event.text)
        self.input_paste(event)


class InputApp(App[None]):
    def compose(self) -> ComposeResult:
        yield FirstInput()
        yield OptionList(*(f"option {n}" for n in range(3)))


async def test_the_input_sees_keys_and_pastes_first_and_input_handles_the_rest() -> None:
    app = InputApp()
    async with app.run_test() as pilot:
        field = app.query_one(FirstInput)
        field.focus()
        await pilot.press("h", "z", "e")
        assert field.keys == ["h", "z", "e"] and field.value == "he"
        for _ in range(20):  # the suggester answers from a worker
            if tp.shown_suggestion(field):
                break
            await pilot.pause(0.01)
        assert tp.shown_suggestion(field) == "hello there"
        field.post_message(events.Paste("llo\nsecond line"))
        await pilot.pause()
        assert field.pastes == ["llo\nsecond line"] and field.value == "hello"
        assert "backspace" in tp.own_bindings(field).key_to_bindings


class SteadyList(tp.SteadyScrollView, OptionList):
    pass


async def test_a_layout_that_changes_no_size_does_not_repaint_the_scroll_view() -> None:
    class ListApp(App[None]):
        def compose(self) -> ComposeResult:
            yield SteadyList(*(f"option {n}" for n in range(3)))

    app = ListApp()
    async with app.run_test():
        steady = app.query_one(SteadyList)
        same = steady.outer_size, steady.virtual_size, steady.container_size
        assert steady._size_updated(*same) is False
        bigger = Size(steady.outer_size.width + 1, steady.outer_size.height)
        assert steady._size_updated(bigger, steady.virtual_size, steady.container_size) is True


@pytest.mark.parametrize("hook", ["_handle_exception", "_return_code", "_check_bindings"])
def test_the_app_hooks_are_where_the_module_expects_them(hook: str) -> None:
    assert hasattr(App[None](), hook)


def test_the_ansi_colour_filter_follows_a_light_theme_set_without_its_watcher() -> None:
    from textual.filter import ANSIToTruecolor

    app = App[None]()
    app.set_reactive(App.theme, "textual-light")
    tp.refresh_ansi_colours(app)
    (ansi,) = [f for f in app._filters if isinstance(f, ANSIToTruecolor)]
    assert ansi._terminal_theme is app.ansi_theme_light


def test_textual_s_own_palettes_are_the_apps_defaults() -> None:
    app = App[None]()
    assert tp.textual_ansi_palettes() == (app.ansi_theme_dark, app.ansi_theme_light)
