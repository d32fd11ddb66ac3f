"""`kickoff run` in one pseudo-terminal, `kickoff present` in another: the room view follows,
and nothing pressed in the room view changes the meeting (the journal stays byte-identical)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pty_driver import only_session, spawn_kickoff, start_meeting, wait_for_text

pytestmark = pytest.mark.e2e

DEADLINE = 30.0


def test_the_room_view_follows_the_console_and_its_keys_change_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    console = spawn_kickoff(home, "run", "quick-kickoff", "--no-bell")
    room = None
    try:
        wait_for_text(console, "Roll call", DEADLINE)
        room = spawn_kickoff(home, "present")  # no SESSION: the live one
        wait_for_text(room, "Agenda", DEADLINE)  # the lobby: the meeting has not started

        start_meeting(console)
        wait_for_text(room, "Item 1 of", DEADLINE)

        console.send(b"d")
        wait_for_text(console, "Decision ›", DEADLINE)
        console.send(b"Weekly status on Mondays")
        console.send(b"\r")
        wait_for_text(room, "DECISION Weekly status on Mondays", DEADLINE)

        journal = home / "sessions" / only_session(home) / "journal.jsonl"
        before = journal.read_bytes()
        folder_before = sorted(p.name for p in journal.parent.iterdir())
        # every key the console knows, and then some; '?' last: once its help shows, the room
        # view has handled every key before it, in order
        for key in (b"d", b"x\r", b" ", b"n", b"]", b"e", b"y", b"1", b"\t", b"\x10", b"i"):
            room.send(key)
        room.send(b"?")
        wait_for_text(room, "This is the room view", DEADLINE)
        room.send(b"\x1b")
        room.wait_for(lambda screen: "This is the room view" not in screen, DEADLINE)
        assert journal.read_bytes() == before
        assert sorted(p.name for p in journal.parent.iterdir()) == folder_before

        console.send(b"\x1b[C")  # right arrow: next item, in the console: the room keeps following
        wait_for_text(room, "Item 2 of", DEADLINE)

        room.send(b"q")
        assert room.wait(DEADLINE) == 0
    finally:
        for session in (room, console):
            if session is not None and session.exit_status is None:
                session.kill()
