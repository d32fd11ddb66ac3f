"""Confirm, go-to-item, help and add-person modals, driven with Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from screens_harness import (
    ScreenApp,
    ended_meeting,
    make_meeting,
    running_meeting,
    sample_agenda,
    screen_text,
)
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, Static

from kickoff_tui.domain.agenda import Item, Person
from kickoff_tui.ui.screens.confirm import ConfirmScreen
from kickoff_tui.ui.screens.goto import GoToItemScreen, ItemPicker
from kickoff_tui.ui.screens.help import HelpScreen
from kickoff_tui.ui.screens.lobby import LobbyScreen
from kickoff_tui.ui.screens.person_form import PersonFormScreen
from kickoff_tui.ui.screens.review import ReviewScreen

# ----- confirm -------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "answer"), [("y", True), ("enter", True), ("n", False)])
async def test_confirm_answers(key: str, answer: bool) -> None:
    app = ScreenApp(lambda: ConfirmScreen("End the meeting now?", "The review comes next."))
    async with app.run_test(size=(80, 24)) as pilot:
        text = screen_text(app)
        assert "End the meeting now?" in text
        assert "The review comes next." in text
        await pilot.press(key)
        assert app.results == [answer]
        assert not isinstance(app.screen, ConfirmScreen)


async def test_confirm_escape_is_no_and_other_letters_do_nothing() -> None:
    app = ScreenApp(lambda: ConfirmScreen("Quit?"))
    async with app.run_test() as pilot:
        await pilot.press("x", "q", "space")
        assert app.results == []
        await pilot.press("escape")
        assert app.results == [False]


async def test_confirm_shows_question_text_literally() -> None:
    app = ScreenApp(lambda: ConfirmScreen("Delete [bold]this[/bold]?"))
    async with app.run_test():
        assert "Delete [bold]this[/bold]?" in screen_text(app)


# ----- go to item ----------------------------------------------------------------------


async def test_goto_starts_on_the_current_item_and_shows_state_and_times() -> None:
    meeting, clock, _ = running_meeting()
    app = ScreenApp(lambda: GoToItemScreen(meeting.session, clock))
    async with app.run_test(size=(80, 24)) as pilot:
        picker = app.screen.query_one(ItemPicker)
        assert picker.cursor_row == 1  # item 2 is running
        lines = screen_text(app).splitlines()
        first = next(line for line in lines if "Welcome and introductions" in line)
        assert "✓ done" in first and "05:00" in first and "04:00" in first
        now = next(line for line in lines if "What success looks like" in line)
        assert "▶ now" in now and "10:00" in now and "12:00" in now
        later = next(line for line in lines if "Read-back and next steps" in line)
        assert "upcoming" in later and "—" in later
        await pilot.press("down", "enter")
        assert app.results == [2]


async def test_goto_by_number_then_enter() -> None:
    meeting, clock, _ = running_meeting()
    app = ScreenApp(lambda: GoToItemScreen(meeting.session, clock))
    async with app.run_test() as pilot:
        await pilot.press("4")
        assert app.results == []  # a digit only moves the selection
        await pilot.press("enter")
        assert app.results == [3]


async def test_goto_two_digit_numbers_and_out_of_range_digits() -> None:
    items = tuple(Item(f"Topic {n}", 60) for n in range(1, 13))
    agenda = sample_agenda()
    agenda = type(agenda)(meeting=agenda.meeting, items=items, people=agenda.people)
    meeting, clock, _ = make_meeting(agenda)
    meeting.start()
    app = ScreenApp(lambda: GoToItemScreen(meeting.session, clock))
    async with app.run_test(size=(80, 24)) as pilot:
        picker = app.screen.query_one(ItemPicker)
        await pilot.press("1", "2")
        assert picker.cursor_row == 11
        await pilot.press("3")  # "123" is no item: a new number starts
        assert picker.cursor_row == 2
        await pilot.press("0")  # "30" is no item and neither is "0": the selection stays
        assert picker.cursor_row == 2
        await pilot.press("1", "0", "enter")
        assert app.results == [9]


async def test_goto_escape_cancels() -> None:
    meeting, clock, _ = running_meeting()
    app = ScreenApp(lambda: GoToItemScreen(meeting.session, clock))
    async with app.run_test() as pilot:
        await pilot.press("3", "escape")
        assert app.results == [None]


# ----- help ----------------------------------------------------------------------------


class BusyScreen(Screen[None]):
    """A screen with many keys, like the item screen, to check the help still fits and scrolls."""

    HELP_TITLE = "Busy"
    BINDINGS = [
        Binding(f"ctrl+{c}", f"noop('{c}')", f"Thing {c}", group=Binding.Group("Things"))
        for c in "abdefghijklmnorstuvwxyz"
    ] + [Binding("f1", "noop('long')", "Short", tooltip="A longer explanation in the help")]

    def compose(self) -> ComposeResult:
        yield Static("busy")

    def action_noop(self, _: str) -> None:
        return None


class HelpOver(ScreenApp):
    """The screen made by make_screen; `show_help` opens the help over it, as `?` would."""

    def show_screens(self) -> None:
        self.push_screen(self.make_screen())

    async def show_help(self) -> None:
        await self.push_screen(HelpScreen(), self.results.append)


async def test_help_lists_the_lobby_keys_grouped_without_textual_internals() -> None:
    meeting, _, _ = make_meeting()
    app = HelpOver(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.show_help()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for words in (
            "Lobby",
            "Start the meeting",
            "Add someone who was not on the agenda",
            "Mark present, go down",
            "Cycle the highlighted person",
            "Everywhere",
            "Quit",
        ):
            assert words in text, words
        assert "Cursor up" not in text and "Focus Next" not in text
        await pilot.press("question_mark")
        assert app.results == [None]
        assert isinstance(app.screen, LobbyScreen)


async def test_help_with_many_keys_scrolls_and_closes_with_escape() -> None:
    app = HelpOver(BusyScreen)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.show_help()
        await pilot.pause()
        text = screen_text(app)
        assert "Busy" in text and "Things" in text and "Thing a" in text
        assert "Esc or ? close" in text  # the hint stays on screen however long the list
        assert "A longer explanation in the help" not in text
        await pilot.press("end")
        await pilot.wait_for_scheduled_animations()
        assert "A longer explanation in the help" in screen_text(app)
        await pilot.press("escape")
        assert app.results == [None]


# ----- add person ----------------------------------------------------------------------


async def test_person_form_returns_the_person() -> None:
    app = ScreenApp(lambda: PersonFormScreen(["Ana Ruiz"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"Sam  Lee", "tab", *"Designer", "tab", "tab", *"sponsor", "enter")
        assert app.results == [
            Person(name="Sam Lee", role="Designer", side="client", type="sponsor")
        ]


async def test_person_form_refuses_empty_and_duplicate_names_and_keeps_the_text() -> None:
    app = ScreenApp(lambda: PersonFormScreen(["Ana Ruiz"]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert app.results == []
        assert "A name is needed." in screen_text(app)
        await pilot.press(*"ana ruiz", "enter")
        assert app.results == []
        assert "ana ruiz is already on the list." in screen_text(app)
        assert app.screen.query_one("#person-name", Input).value == "ana ruiz"
        await pilot.press("escape")
        assert app.results == [None]


async def test_person_form_prefills_a_draft() -> None:
    draft = Person(name="Sam", role="CTO", side="partner", type="sponsor")
    app = ScreenApp(lambda: PersonFormScreen([], draft))
    async with app.run_test() as pilot:
        await pilot.press("enter")
        assert app.results == [draft]


async def test_help_merges_keys_for_the_same_action(tmp_path: Path) -> None:
    meeting, _, _ = ended_meeting()
    app = HelpOver(lambda: ReviewScreen(meeting, tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.show_help()
        await pilot.pause()
        text = screen_text(app)
        assert text.count("Edit the highlighted entry") == 1
        assert "⏎ / e" in text
        assert "del / x" in text
