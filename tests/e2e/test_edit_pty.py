"""`kickoff edit` in a real pseudo-terminal: open a copy of a bundled agenda, make an item a
minute longer, save, quit; the file's diff is that one line and nothing else."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest
from pty_driver import spawn_kickoff, wait_for_text

from kickoff_tui.paths import bundled_agendas_dir

pytestmark = pytest.mark.e2e

DEADLINE = 30.0


def test_a_timebox_changed_and_saved_is_a_one_line_diff(tmp_path: Path) -> None:
    path = tmp_path / "kickoff.yaml"
    shutil.copyfile(bundled_agendas_dir() / "client-kickoff.yaml", path)
    before = path.read_text(encoding="utf-8")
    editor = spawn_kickoff(tmp_path / "home", "edit", str(path))
    try:
        wait_for_text(editor, "Welcome and introductions", DEADLINE)
        wait_for_text(editor, "No problems", DEADLINE)  # the first check: the app has settled
        editor.send(b"\x1b[B")  # down: item 2, 10 minutes
        editor.send(b"+")
        wait_for_text(editor, "1m over", DEADLINE)  # the bundled agenda is on plan
        wait_for_text(editor, "modified, not saved", DEADLINE)
        editor.send(b"\x13")  # ctrl+s
        wait_for_text(editor, "saved  Items", DEADLINE)
        editor.send(b"\x11")  # ctrl+q: saved, so it quits without asking
        assert editor.wait(DEADLINE) == 0
    finally:
        if editor.exit_status is None:
            editor.kill()
    after = path.read_text(encoding="utf-8")
    changed = [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))
    ]
    second = [line for line in before.splitlines() if line.startswith("    timebox: ")][1]
    minutes = int(second.removeprefix("    timebox: ").removesuffix("m"))
    assert changed == [f"-{second}", f"+    timebox: {minutes + 1}m"]
    assert not (tmp_path / ".kickoff.yaml.kickoff-recovery").exists()


def test_sigterm_keeps_unsaved_edits_for_the_next_open(tmp_path: Path) -> None:
    import os
    import signal

    path = tmp_path / "kickoff.yaml"
    shutil.copyfile(bundled_agendas_dir() / "quick-kickoff.yaml", path)
    before = path.read_text(encoding="utf-8")
    editor = spawn_kickoff(tmp_path / "home", "edit", str(path))
    try:
        wait_for_text(editor, "No problems", DEADLINE)
        editor.send(b"+")  # item 1, a minute longer: unsaved, and no 3 s have passed
        wait_for_text(editor, "modified, not saved", DEADLINE)
        os.kill(editor.pid, signal.SIGTERM)
        assert editor.wait(DEADLINE) == 128 + signal.SIGTERM
    finally:
        if editor.exit_status is None:
            editor.kill()
    assert path.read_text(encoding="utf-8") == before  # never saved behind the user's back
    kept = (tmp_path / ".kickoff.yaml.kickoff-recovery").read_text(encoding="utf-8")
    assert kept != before and len(kept.splitlines()) == len(before.splitlines())
