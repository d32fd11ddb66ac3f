"""The lobby: agenda read-out, roll call, adding a person, starting; driven with Pilot."""

from __future__ import annotations

from typing import Any

import pytest
from live_app import BellCountingApp, live_meeting
from screens_harness import ScreenApp, make_meeting, sample_agenda, screen_text
from textual import events
from textual.app import App
from textual.widgets import Input

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.messages import MeetingStarted
from kickoff_tui.ui.screens.item import ItemScreen
from kickoff_tui.ui.screens.lobby import LobbyScreen, RollCallTable
from kickoff_tui.ui.screens.person_form import PersonFormScreen
from kickoff_tui.ui.widgets.key_footer import KeyFooter


def line_with(text: str, needle: str) -> str:
    return next(line for line in text.splitlines() if needle in line)


async def test_lobby_shows_the_meeting_agenda_and_people_at_80x24() -> None:
    meeting, _, _ = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)):
        text = screen_text(app)
        assert "Northwind portal kickoff" in text
        assert "Northwind Traders · Customer portal · 2026-11-25" in text
        assert "Agree success criteria" in text
        assert "Agenda · 4 items · 30m" in text
        assert "10m" in line_with(text, "What success looks like")
        for name in ("Ana Ruiz", "Ben Okafor", "Claire Dubois"):
            assert "· not yet" in line_with(text, name)
        assert "0 present · 3 not marked yet" in text
        assert "⚠" not in text  # the items add up to the planned length
        footer = text.splitlines()[-1]
        for key in ("space Start", "n Add person", "p a l Mark"):
            assert key in footer


async def test_lobby_warns_when_items_do_not_add_up_to_the_length() -> None:
    meeting, _, _ = make_meeting(sample_agenda(length=25 * 60))
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)):
        text = screen_text(app)
        assert "⚠ The items add up to 30m; the meeting is planned for 25m (5m over)." in text


async def test_wide_lobby_shows_roles_owners_and_facilitator() -> None:
    meeting, _, _ = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(160, 45)):
        text = screen_text(app)
        assert "Facilitator Ana Ruiz" in text
        assert "Chief Operating Officer" in line_with(text, "Ben Okafor")
        assert "Ben Okafor" in line_with(text, "What success looks like")


async def test_roll_call_keys_mark_and_move_down() -> None:
    meeting, _, journal = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p", "a", "l")
        assert meeting.session.attendance == {
            "Ana Ruiz": "present",
            "Ben Okafor": "absent",
            "Claire Dubois": "late",
        }
        assert [e.type for e in journal.events[1:]] == [ev.ATTENDANCE] * 3
        text = screen_text(app)
        assert "✓ present" in line_with(text, "Ana Ruiz")
        assert "✗ absent" in line_with(text, "Ben Okafor")
        assert "◷ late" in line_with(text, "Claire Dubois")
        assert "1 present · 1 late · 1 absent" in text
        # the cursor stays on the last row; marking again changes only that person
        await pilot.press("p")
        assert meeting.session.attendance["Claire Dubois"] == "present"
        assert meeting.session.attendance["Ben Okafor"] == "absent"


async def test_enter_cycles_the_status_and_capital_p_marks_the_rest_present() -> None:
    meeting, _, _ = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down")
        seen = []
        for _ in range(4):
            await pilot.press("enter")
            seen.append(meeting.session.attendance["Ben Okafor"])
        assert seen == ["present", "late", "absent", "present"]
        await pilot.press("a")  # Ben absent
        await pilot.press("P")
        assert meeting.session.attendance == {
            "Ana Ruiz": "present",
            "Ben Okafor": "absent",
            "Claire Dubois": "present",
        }


async def test_add_person_joins_the_roll_call_present() -> None:
    meeting, _, journal = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        assert isinstance(app.screen, PersonFormScreen)
        await pilot.press(*"Sam Lee", "tab", *"Designer", "enter")
        assert isinstance(app.screen, LobbyScreen)
        sam = meeting.session.people[-1]
        assert (sam.name, sam.role, sam.side) == ("Sam Lee", "Designer", "client")
        assert meeting.session.attendance["Sam Lee"] == "present"
        assert journal.events[-1].type == ev.PERSON_ADDED
        text = screen_text(app)
        assert "✓ present" in line_with(text, "Sam Lee")
        assert "Roll call · 4 people" in text
        # the new person is highlighted: marking acts on them
        await pilot.press("l")
        assert meeting.session.attendance["Sam Lee"] == "late"


async def test_add_person_cancel_adds_nobody() -> None:
    meeting, _, journal = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test() as pilot:
        await pilot.press("n", *"Sam", "escape")
        assert isinstance(app.screen, LobbyScreen)
        assert len(meeting.session.people) == 3
        assert len(journal.events) == 1


async def test_journal_failure_keeps_state_and_says_so() -> None:
    meeting, _, journal = make_meeting()
    app = ScreenApp(
        lambda: LobbyScreen(meeting),
    )
    async with app.run_test(size=(80, 24), message_hook=app.record) as pilot:
        journal.failing = True
        await pilot.press("p")
        await pilot.pause()
        assert meeting.session.attendance == {}
        assert app.notes == ["Not saved: cannot write the journal: disk full"]
        assert "· not yet" in line_with(screen_text(app), "Ana Ruiz")
        await pilot.press("space")
        assert not meeting.session.started
        assert app.posted(MeetingStarted) == []


async def test_add_person_failure_reopens_the_form_with_the_typing() -> None:
    meeting, _, journal = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)) as pilot:
        journal.failing = True
        await pilot.press("n", *"Sam Lee", "tab", *"Designer", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PersonFormScreen)
        assert app.screen.query_one("#person-name", Input).value == "Sam Lee"
        assert app.screen.query_one("#person-role", Input).value == "Designer"
        assert len(meeting.session.people) == 3
        journal.failing = False
        await pilot.press("enter")
        assert meeting.session.people[-1].name == "Sam Lee"


async def test_space_starts_the_meeting_and_tells_the_app() -> None:
    meeting, clock, journal = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24), message_hook=app.record) as pilot:
        clock.advance(90)
        await pilot.press("p", "space")
        await pilot.pause()
        assert meeting.session.started_at == clock.now()
        assert meeting.session.current == 0
        assert journal.events[-1].type == ev.MEETING_STARTED
        assert len(app.posted(MeetingStarted)) == 1


async def test_roll_call_focus_and_keys_work_when_agenda_has_focus() -> None:
    meeting, _, _ = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen.focused, RollCallTable)
        await pilot.press("shift+tab")  # to the agenda
        assert not isinstance(app.screen.focused, RollCallTable)
        await pilot.press("a")
        assert meeting.session.attendance == {"Ana Ruiz": "absent"}


def type_at_once(app: App[Any], keys: list[str]) -> None:
    """Queue every key before the app handles any: a fast typist in the same instant."""
    for key in keys:
        char = " " if key == "space" else "\r" if key == "enter" else key
        app.post_message(events.Key(key, char))


async def test_keys_typed_straight_after_space_reach_the_item_screen_not_the_roll_call() -> None:
    meeting, _ = live_meeting(FakeClock(), started=False)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, LobbyScreen)
        # `a` marks absent in the lobby, and captures an action on the item screen
        type_at_once(app, ["space", "a", *"send the deck", "enter"])
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        assert meeting.session.attendance == {}
        entries = [(e.kind, e.text) for e in meeting.session.entries.values()]
        assert entries == [("action", "send the deck")]


async def test_once_started_the_lobby_refuses_its_keys() -> None:
    meeting, _, journal = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))  # an app that never replaces the lobby
    async with app.run_test(size=(80, 24), message_hook=app.record) as pilot:
        type_at_once(app, ["space", "a", "P", "enter", "space"])
        await pilot.pause()
        assert meeting.session.started
        assert meeting.session.attendance == {}
        assert [e.type for e in journal.events[1:]] == [ev.MEETING_STARTED]
        assert len(app.posted(MeetingStarted)) == 1


async def test_the_lobby_left_below_the_item_screen_never_asks_it_about_its_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting, _ = live_meeting(FakeClock(), started=False)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("space")
        item = app.screen
        assert isinstance(item, ItemScreen)
        lobby = app.screen_stack[0]
        assert isinstance(lobby, LobbyScreen)
        asked: list[str] = []
        check = item.check_action

        def spy(action: str, parameters: tuple[object, ...]) -> bool | None:
            asked.append(action)
            return check(action, parameters)

        monkeypatch.setattr(item, "check_action", spy)
        # the lobby's footer may be asked to refill after the start (a `space` pressed before
        # it first filled in), when the item screen may not have composed yet
        footer = lobby.query_one(KeyFooter)
        keys = footer.text
        footer.call_next(footer.update_keys)
        await pilot.pause()
        assert footer.text == keys  # not refilled under the item screen
        assert "cycle" not in asked  # the roll call's Enter is its own, not the top screen's


def long_agenda(items: int, people: int) -> Agenda:
    short = sample_agenda()
    return Agenda(
        meeting=short.meeting,
        items=tuple(Item(f"Item {n + 1}", 5 * 60, owner="Ana Ruiz") for n in range(items)),
        people=tuple(Person(f"Person {n + 1:02d}", "Guest", "client") for n in range(people)),
    )


async def test_a_long_roll_call_scrolls_to_its_last_person_and_stops_there() -> None:
    meeting, _, _ = make_meeting(long_agenda(4, 30))
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Person 30" not in screen_text(app)
        await pilot.press("end", "down", "p")
        assert meeting.session.attendance == {"Person 30": "present"}
        assert "✓ present" in line_with(screen_text(app), "Person 30")
        await pilot.press("pageup", "pageup", "pageup", "up", "a")
        assert meeting.session.attendance["Person 01"] == "absent"
        assert "✗ absent" in line_with(screen_text(app), "Person 01")


async def test_clicking_a_person_moves_the_cursor_to_them() -> None:
    meeting, _, _ = make_meeting()
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)) as pilot:
        roll = app.screen.query_one(RollCallTable)
        await pilot.click(RollCallTable, offset=(3, 3))  # the header, then rows 1, 2, 3
        assert roll.cursor_row == 2
        await pilot.press("l")
        assert meeting.session.attendance == {"Claire Dubois": "late"}
        await pilot.click(RollCallTable, offset=(3, 0))  # the header moves nothing
        assert roll.cursor_row == 2


async def test_a_long_agenda_scrolls_to_its_last_item_under_a_fixed_header() -> None:
    meeting, _, _ = make_meeting(long_agenda(40, 3))
    app = ScreenApp(lambda: LobbyScreen(meeting))
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Item 40" not in screen_text(app)
        await pilot.press("shift+tab", "end")
        text = screen_text(app)
        assert "Item 40" in text and "Item 1 " not in text
        assert "Time" in line_with(text, "Item")  # the header line stays on show
