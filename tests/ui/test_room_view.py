"""The room view over a journal written by the test: each phase, following, private text absent.

The app runs with follow=False, and the test calls app.follow() after each write (no timers,
no sleeping); the clock is a FakeClock shared with the writing meeting.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from room_journal import PRIVATE_WORDS, WrittenMeeting, in_first_item
from screen_text import screen_text

from kickoff_tui.ui.room.app import RoomApp, RoomHelp

SIZES = [(80, 24), (200, 60)]


def room(written: WrittenMeeting) -> RoomApp:
    return RoomApp(written.path, clock=written.clock, follow=False)


async def _refresh(app: RoomApp, pilot: object) -> str:
    app.follow()
    app.tick()
    await pilot.pause()  # type: ignore[attr-defined]
    return screen_text(app)


def _private_on(text: str) -> list[str]:
    return [word for word in PRIVATE_WORDS if word in text]


@pytest.mark.parametrize("size", SIZES)
async def test_lobby_shows_the_meeting_agenda_and_people(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    written = WrittenMeeting(tmp_path)
    app = room(written)
    async with app.run_test(size=size) as pilot:
        text = await _refresh(app, pilot)
        assert "Northwind portal kickoff" in text
        assert "Northwind Traders" in text
        assert "Welcome and introductions" in text and "5 min" in text
        assert "Planned finish" in text
        assert "Ben Okafor" in text
        assert _private_on(text) == []


@pytest.mark.parametrize("size", SIZES)
async def test_item_shows_countdown_checklist_and_committed_captures_only(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    written = in_first_item(tmp_path)
    app = room(written)
    async with app.run_test(size=size) as pilot:
        text = await _refresh(app, pilot)
        assert "Item 1 of 3" in text
        assert "What is your role here?" in text
        assert "☑ done  Roles named" in text
        assert "Weekly status on Fridays" in text
        assert "Send the brief  @Ben Okafor  due Fri 4 Dec" in text
        assert "● on time" in text and "03:00 of 5 min" in text
        assert _private_on(text) == []  # no item notes, attitude, person notes, draft


async def test_keys_pressed_in_the_room_show_nothing_private(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    app = room(written)
    async with app.run_test(size=(200, 60)) as pilot:
        await _refresh(app, pilot)
        for key in ("i", "n", "b", "a", "enter", "tab", "space", "ctrl+p", "escape", "1"):
            await pilot.press(key)
            text = await _refresh(app, pilot)
            assert _private_on(text) == [], key
        assert app.is_running


async def test_warning_and_overtime_have_a_word_not_only_a_colour(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    app = room(written)
    async with app.run_test(size=(80, 24)) as pilot:
        written.clock.advance(150)  # 30 s left of 5 min
        assert "▲ WARNING" in await _refresh(app, pilot)
        written.clock.advance(60)
        text = await _refresh(app, pilot)
        assert "■ OVERTIME" in text and "+00:30" in text


async def test_follows_new_captures_and_items_as_they_are_written(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    app = room(written)
    async with app.run_test(size=(120, 40)) as pilot:
        await _refresh(app, pilot)
        written.meeting.capture("risk", "Budget may slip")
        assert "Budget may slip" in await _refresh(app, pilot)
        written.meeting.next_item()
        written.exercises.place_stakeholder(1, "Ben Okafor", "high", "near")
        text = await _refresh(app, pilot)
        assert "Item 2 of 3" in text and "Stakeholder map" in text
        assert "powerful, near: Ben Okafor" in text
        assert _private_on(text) == []


async def test_paused_review_and_closing(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    m = written.meeting
    app = room(written)
    async with app.run_test(size=(80, 24)) as pilot:
        m.toggle_pause()
        assert "PAUSED" in await _refresh(app, pilot)
        m.toggle_pause()
        m.end()
        text = await _refresh(app, pilot)
        assert "Read-back" in text and "Weekly status on Fridays" in text
        assert "Send the brief" in text
        m.finish()
        text = await _refresh(app, pilot)
        assert "Minutes will be sent by Ana Ruiz" in text
        assert _private_on(text) == []
        assert app.is_running  # stays until q
        await pilot.press("q")
    assert app.return_value == 0


async def test_question_mark_explains_and_q_quits(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    app = room(written)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, RoomHelp)
        assert "read-only" in screen_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, RoomHelp)
        await pilot.press("q")
    assert not app.is_running


async def test_a_torn_line_waits_and_a_vanished_journal_stops_with_one_line(
    tmp_path: Path,
) -> None:
    written = in_first_item(tmp_path)
    app = room(written)
    async with app.run_test(size=(80, 24)) as pilot:
        await _refresh(app, pilot)
        line = (
            b'{"v":1,"type":"entry_added","at":"2026-11-25T09:02:00.000Z","id":"e20",'
            b'"kind":"decision","item":0,"text":"Ship in March"}\n'
        )
        with open(written.path, "ab") as handle:
            handle.write(line[:40])
        assert "Ship in March" not in await _refresh(app, pilot)
        with open(written.path, "ab") as handle:
            handle.write(line[40:])
        assert "Ship in March" in await _refresh(app, pilot)
        written.path.unlink()
        app.follow()
        await pilot.pause()
    assert app.return_value == 1
    assert "has gone" in app.problem


async def test_hostile_journal_text_shows_as_characters(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    written.meeting.capture("decision", "Use [bold red]markup[/] and \x1b]0;pwned\x07 title")
    app = room(written)
    async with app.run_test(size=(120, 30)) as pilot:
        text = await _refresh(app, pilot)
        assert "[bold red]markup[/]" in text
        assert "\x1b" not in text and "␛]0;pwned␇" in text


async def test_waits_for_a_journal_whose_first_line_is_not_whole_yet(tmp_path: Path) -> None:
    (tmp_path / "later").mkdir()
    source = WrittenMeeting(tmp_path)
    whole = source.path.read_bytes()
    path = tmp_path / "later" / "journal.jsonl"
    path.write_bytes(whole[:50])
    app = RoomApp(path, clock=source.clock, follow=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "Waiting for the meeting" in await _refresh(app, pilot)
        path.write_bytes(whole)
        assert "Planned finish" in await _refresh(app, pilot)


async def test_countdown_and_title_grow_with_the_window(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    heights = {}
    for size in ((80, 24), (250, 70)):
        app = room(written)
        async with app.run_test(size=size) as pilot:
            await _refresh(app, pilot)
            countdown = app.room.query_one("#countdown")
            title = app.room.query_one("#room-title")
            heights[size] = (countdown.size.height, title.outer_size.height)
            assert _private_on(screen_text(app)) == []
    small, big = heights[(80, 24)], heights[(250, 70)]
    assert big[0] >= 2 * small[0] and big[1] > small[1], heights
