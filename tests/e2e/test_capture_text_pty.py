"""Typed and pasted text through a real pty: everything the terminal sends ends up as text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pty_driver import PtySession, only_session, poll, spawn_kickoff, start_meeting

pytestmark = pytest.mark.e2e

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl
PERSIAN = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # with a ZWNJ
PASTE_START, PASTE_END = b"\x1b[200~", b"\x1b[201~"


def entry_texts(home: Path) -> list[str]:
    path = home / "sessions" / only_session(home) / "journal.jsonl"
    events = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [str(e["text"]) for e in events if e["type"] == "entry_added"]


def wait_for_entries(session: PtySession, home: Path, count: int) -> list[str]:
    poll(lambda: len(entry_texts(home)) >= count, session)
    return entry_texts(home)


def test_typed_joiners_and_format_characters_are_kept_like_pasted_ones(
    kickoff_home: Path,
) -> None:
    text = f"{FAMILY} {PERSIAN} a\u200bb\u2060c\ufeffd \u202eRLO\u202c"
    session = spawn_kickoff(kickoff_home, "run", "quick-kickoff", "--no-bell")
    try:
        start_meeting(session)
        session.send(b"n")
        for char in text:  # one keystroke at a time
            session.send(char.encode())
        session.send(b"\r")
        session.send(b"n" + PASTE_START + text.encode() + PASTE_END + b"\r")
        typed, pasted = wait_for_entries(session, kickoff_home, 2)
    finally:
        session.kill()
    assert typed == text
    assert pasted == typed


def test_a_paste_holding_escape_sequences_is_all_text_and_runs_nothing(kickoff_home: Path) -> None:
    hostile = "cap \x1b]0;pwned title\x07 and \x1b[2J more text after the sequences"
    session = spawn_kickoff(kickoff_home, "run", "quick-kickoff", "--no-bell")
    try:
        start_meeting(session)
        session.send(b"nbefore " + PASTE_START + hostile.encode() + PASTE_END + b" end\r")
        (text,) = wait_for_entries(session, kickoff_home, 1)
        session.send(b"dnext\r")  # the keys after the paste act as keys again
        texts = wait_for_entries(session, kickoff_home, 2)
    finally:
        session.kill()
    # the ESCs and the BEL show as visible characters; every other character is kept
    assert text == "before " + hostile.replace("\x1b", "\u241b").replace("\x07", "\u2407") + " end"
    assert texts == [text, "next"]
    assert "pwned" not in session.screen.title


def test_a_multi_line_paste_is_one_entry_with_every_line(kickoff_home: Path) -> None:
    lines = b"Out of scope:\r\n- the mobile app\r\n\r\n- SSO\r\n"
    session = spawn_kickoff(kickoff_home, "run", "quick-kickoff", "--no-bell")
    try:
        start_meeting(session)
        session.send(b"d" + PASTE_START + lines + PASTE_END + b"\rnafter\r")
        texts = wait_for_entries(session, kickoff_home, 2)
    finally:
        session.kill()
    assert texts == ["Out of scope: / - the mobile app / - SSO", "after"]
