"""Resume through a real pty: the same item, the same time, the same uncommitted text."""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest
from pty_driver import (
    PtySession,
    committed,
    only_session,
    poll,
    spawn_kickoff,
    start_meeting,
    wait_for_text,
    wait_redrawn,
    wait_stopped,
)

from kickoff_tui.storage.session_store import load_session

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

LEFT = re.compile(r"(\d\d):(\d\d) left of 07:00")
CAPTION = re.compile(r"(PAUSED · )?\d\d:\d\d left of 07:00")


def _seconds_left(session: PtySession) -> int:
    match = LEFT.search(session.text())
    assert match, session.text()
    return int(match[1]) * 60 + int(match[2])


def _crash_on_item_two(home: Path, *, paused: bool) -> tuple[str, str]:
    """Go to item 2, capture, type a draft until the journal has it, maybe pause; kill -9.

    Returns the session id and the clock caption shown just before the kill.
    """
    session = spawn_kickoff(home, "run", "quick-kickoff")
    try:
        start_meeting(session)
        session.send(b"\x1b[C")  # right arrow: next item
        wait_for_text(session, "2. Goal and success")
        session.send(b"dFAQ answers within a day\r")
        wait_for_text(session, committed("d", "FAQ answers within a day"))
        if paused:
            session.send(b" ")
            wait_for_text(session, "PAUSED · ")  # the clock caption, frozen from now on
        session.send(b"rBudget might")
        wait_for_text(session, "Budget might")
        folder = home / "sessions" / only_session(home)
        poll(lambda: "Budget might" in load_session(folder.name).draft_text, session)
        caption = CAPTION.search(session.text())
        assert caption is not None
        if paused:
            assert caption[0].startswith("PAUSED · ")
    finally:
        session.kill()
    return folder.name, caption[0]


def test_resume_reopens_on_the_item_with_its_time_and_draft(kickoff_home: Path) -> None:
    session_id, caption = _crash_on_item_two(kickoff_home, paused=True)
    resumed = spawn_kickoff(kickoff_home, "resume")
    try:
        wait_for_text(resumed, "2. Goal and success")
        wait_for_text(resumed, committed("d", "FAQ answers within a day"))
        wait_for_text(resumed, "Risk › Budget might")  # the draft is back in the capture bar
        # paused: the clock shows exactly what it showed before the kill
        wait_for_text(resumed, caption)
        assert caption.startswith("PAUSED · ")
        resumed.send(b" slip\r")  # the restored draft commits like any typing
        wait_for_text(resumed, committed("r", "Budget might slip"))
    finally:
        resumed.kill()
    rebuilt = load_session(session_id)
    assert [e.text for e in rebuilt.live_entries()] == [
        "FAQ answers within a day",
        "Budget might slip",
    ]
    assert rebuilt.draft_text == ""


def test_a_running_clock_kept_running_while_kickoff_was_down(kickoff_home: Path) -> None:
    _session_id, caption = _crash_on_item_two(kickoff_home, paused=False)
    before = _seconds_left_in(caption)
    resumed = spawn_kickoff(kickoff_home, "resume")
    try:
        resumed.wait_for(lambda s: LEFT.search(s) is not None and "2. Goal and success" in s)
        assert "PAUSED" not in resumed.text()
        assert _seconds_left(resumed) <= before  # wall-clock time: never rewound
    finally:
        resumed.kill()


def _seconds_left_in(text: str) -> int:
    match = LEFT.search(text)
    assert match, text
    return int(match[1]) * 60 + int(match[2])


def test_plain_kickoff_offers_to_resume_and_yes_resumes(kickoff_home: Path) -> None:
    _crash_on_item_two(kickoff_home, paused=True)
    offered = spawn_kickoff(kickoff_home)
    try:
        wait_for_text(offered, 'Resume "Northwind FAQ search kickoff" (unfinished since')
        assert "1 entry)? [Y/n]" in offered.text()
        offered.send(b"\r")  # Enter means yes
        wait_for_text(offered, "2. Goal and success")
        wait_for_text(offered, "Risk › Budget might")
    finally:
        offered.kill()
    assert len(list((kickoff_home / "sessions").iterdir())) == 1  # no new session


def test_answering_no_starts_a_new_meeting(kickoff_home: Path) -> None:
    _crash_on_item_two(kickoff_home, paused=True)
    offered = spawn_kickoff(kickoff_home)
    try:
        wait_for_text(offered, "[Y/n]")
        offered.send(b"n\r")
        wait_for_text(offered, "Roll call")
    finally:
        offered.kill()
    assert len(list((kickoff_home / "sessions").iterdir())) == 2


def test_ctrl_z_suspends_and_fg_carries_on(kickoff_home: Path) -> None:
    session = spawn_kickoff(kickoff_home, "run", "quick-kickoff")
    try:
        start_meeting(session)
        session.send(b"\x1a")  # ctrl+z
        assert wait_stopped(session), "ctrl+z did not suspend kickoff"
        os.kill(session.pid, signal.SIGCONT)  # what the shell's `fg` sends
        wait_redrawn(session, "left of")  # back in raw mode: keys are keys again
        session.send(b"dDecided after fg\r")
        wait_for_text(session, committed("d", "Decided after fg"))
    finally:
        session.kill()
    rebuilt = load_session(only_session(kickoff_home))
    assert [e.text for e in rebuilt.live_entries()] == ["Decided after fg"]
