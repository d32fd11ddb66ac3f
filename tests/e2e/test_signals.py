"""SIGHUP (terminal closed) and SIGTERM through a real pty: exit codes, journal, draft minutes."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from pty_driver import (
    PtySession,
    committed,
    hang_up,
    only_session,
    spawn_kickoff,
    start_meeting,
    wait_for_text,
)

from kickoff_tui.crash import MINUTES_DRAFT_NAME
from kickoff_tui.storage.session_store import load_session

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _meeting_with_typing(home: Path) -> tuple[PtySession, Path]:
    """A running meeting with one committed decision and uncommitted risk text in the bar."""
    session = spawn_kickoff(home, "run", "quick-kickoff")
    start_meeting(session)
    session.send(b"dWe ship in March\r")
    wait_for_text(session, committed("d", "We ship in March"))
    session.send(b"rBudget might slip")  # no wait for the draft: the signal must save it
    wait_for_text(session, "Budget might slip")
    return session, home / "sessions" / only_session(home)


def _check_saved(folder: Path) -> None:
    rebuilt = load_session(folder.name)
    assert [e.text for e in rebuilt.live_entries()] == ["We ship in March"]
    assert (rebuilt.draft_kind, rebuilt.draft_text) == ("risk", "Budget might slip")
    assert rebuilt.warnings == []
    assert not (folder / "lock").exists()  # released, not left to look stale
    minutes = (folder / MINUTES_DRAFT_NAME).read_text(encoding="utf-8")
    assert "We ship in March" in minutes


def test_closing_the_terminal_saves_everything_and_exits_129(kickoff_home: Path) -> None:
    session, folder = _meeting_with_typing(kickoff_home)
    code = hang_up(session)  # the kernel sends SIGHUP; the terminal answers EIO from now on
    assert code == 129
    _check_saved(folder)
    # an EIO from the dead terminal would have been logged as a crash
    assert not (kickoff_home / "logs").exists() or list((kickoff_home / "logs").iterdir()) == []


def test_sighup_while_the_terminal_is_still_there(kickoff_home: Path) -> None:
    session, folder = _meeting_with_typing(kickoff_home)
    os.kill(session.pid, signal.SIGHUP)
    assert session.wait() == 129
    _check_saved(folder)


def test_sigterm_saves_restores_the_terminal_and_exits_143(kickoff_home: Path) -> None:
    session, folder = _meeting_with_typing(kickoff_home)
    os.kill(session.pid, signal.SIGTERM)
    assert session.wait() == 143
    _check_saved(folder)
    screen = session.text()
    assert "stopped by SIGTERM" in screen and "kickoff resume" in screen
    assert "Traceback" not in screen


def test_a_second_kickoff_on_a_live_session_is_refused_naming_the_holder(
    kickoff_home: Path,
) -> None:
    import subprocess
    import sys

    session, folder = _meeting_with_typing(kickoff_home)
    try:
        second = subprocess.run(
            [sys.executable, "-m", "kickoff_tui", "resume", folder.name],
            capture_output=True,
            text=True,
            env={**os.environ, "KICKOFF_HOME": str(kickoff_home)},
            timeout=60,
        )
    finally:
        session.kill()
    assert second.returncode == 2
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and f"pid {session.pid} on " in lines[0], second.stderr
