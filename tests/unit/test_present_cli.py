"""`kickoff present` without a live session: one line and exit 2, before any UI is loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from kickoff_tui.cli import main
from kickoff_tui.commands.present import live_session_folder
from kickoff_tui.errors import SessionNotFound
from kickoff_tui.storage.lock import SessionLock


def test_no_live_session_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["present"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kickoff: no live session to present") and err.count("\n") == 1


def test_an_unknown_session_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["present", "1999"]) == 2
    assert "kickoff: no session" in capsys.readouterr().err


def test_the_live_session_is_the_newest_one_whose_lock_is_held(kickoff_home: Path) -> None:
    folders = []
    for name in ("20261125-090000-aaaa", "20261125-100000-bbbb", "20261125-110000-cccc"):
        folder = kickoff_home / "sessions" / name
        folder.mkdir(parents=True)
        (folder / "journal.jsonl").write_bytes(b"")
        folders.append(folder)
    with pytest.raises(SessionNotFound):
        live_session_folder()
    first, second = SessionLock.acquire(folders[0]), SessionLock.acquire(folders[1])
    try:
        assert live_session_folder() == folders[1]  # newest live; the 11:00 one is not open
    finally:
        first.release()
        second.release()
