"""Keys that arrive in one read (an SSH stall, a text expander) are handled in order.

Each burst is one os.write to a real pseudo-terminal, so the app reads it all at once and every
key is queued before the first is handled: a key that opens, commits or closes something must
have done so before the next key is looked at.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pty_driver import only_session, poll, spawn_kickoff, start_meeting, wait_for_text

pytestmark = pytest.mark.e2e

KINDS = {"d": "decision", "a": "action", "r": "risk", "n": "note", "q": "question"}


def journal(home: Path) -> list[dict[str, object]]:
    path = home / "sessions" / only_session(home) / "journal.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def added(home: Path) -> list[tuple[object, object, object]]:
    return [(e["kind"], e["text"], e["item"]) for e in journal(home) if e["type"] == "entry_added"]


def test_fifty_captures_in_one_write_are_fifty_intact_entries(kickoff_home: Path) -> None:
    keys = "darnq"
    wanted = [(KINDS[keys[i % 5]], f"Entry {i:02} of the burst, kept whole", 0) for i in range(50)]
    burst = "".join(f"{keys[i % 5]}Entry {i:02} of the burst, kept whole\r" for i in range(50))
    session = spawn_kickoff(kickoff_home, "run", "quick-kickoff", "--no-bell")
    try:
        start_meeting(session)
        session.send(burst.encode())  # 1,850 bytes, one write
        poll(lambda: len(added(kickoff_home)) >= 50, session, 60.0)
        wait_for_text(session, "Entry 49 of the burst, kept whole")
    finally:
        session.kill()
    assert added(kickoff_home) == wanted
    # no letter ran as a command: nothing but the meeting's start and the fifty entries
    types = {e["type"] for e in journal(kickoff_home)}
    assert types <= {"session_created", "meeting_started", "entry_added", "draft"}


def test_keys_straight_after_a_go_to_land_on_the_chosen_item(kickoff_home: Path) -> None:
    session = spawn_kickoff(kickoff_home, "run", "quick-kickoff", "--no-bell")
    try:
        start_meeting(session)
        session.send(b"g3\rdScope is the FAQ page\rg2\rnSuccess is fewer tickets\rk")
        wait_for_text(session, "Change to…")
        session.send(b"q")  # the kind picker the burst's last key opened answers the next key
        poll(lambda: any(e["type"] == "entry_retyped" for e in journal(kickoff_home)), session)
    finally:
        session.kill()
    assert added(kickoff_home) == [
        ("decision", "Scope is the FAQ page", 2),
        ("note", "Success is fewer tickets", 1),
    ]
    events = [e for e in journal(kickoff_home) if e["type"] not in ("session_created", "draft")]
    assert [e["type"] for e in events] == [
        "meeting_started",
        "item_started",
        "entry_added",
        "item_started",
        "entry_added",
        "entry_retyped",
    ]
