"""Disk full, then quit, in a real pty: the refused capture is printed and kept, exit non-zero.

The data folder is a 1 MiB tmpfs filled up once the meeting runs, so this needs root (to mount
it); elsewhere it is skipped with the reason. unsaved.py and the Pilot tests cover the parts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pty_driver import REPO, poll

from benchmarks.pty_session import PtySession

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not (hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount")),
        reason="needs root to mount a small tmpfs that can be filled (a full disk)",
    ),
]

DEADLINE = 30.0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "disk"
    where.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> None:
    with open(folder / "filler", "ab", buffering=0) as filler:
        for size in (65536, 1):
            try:
                while filler.write(b"\0" * size):
                    pass
            except OSError:
                pass


def test_quitting_on_a_full_disk_prints_and_keeps_the_refused_capture(
    tmp_path: Path, small_disk: Path
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    session = PtySession(
        [sys.executable, "-m", "kickoff_tui", "run", "quick-kickoff", "--no-bell"],
        cols=80,
        rows=24,
        env={"KICKOFF_HOME": str(small_disk / "home"), "TMPDIR": str(temp)},
        cwd=str(REPO),
    )
    try:
        session.wait_for(lambda s: "Roll call" in s, DEADLINE)
        session.send(b" ")
        session.wait_for(lambda s: "Pause" in s, DEADLINE)
        fill(small_disk)
        # the journal's last page still has room (tmpfs counts pages): capture until refused
        journal = next((small_disk / "home" / "sessions").glob("*/journal.jsonl"))
        refused = ""
        for n in range(40):
            text = f"We ship in March, take {n:02d}"
            session.send(b"d" + text.encode() + b"\r")
            poll(lambda t=text: "Not saved" in session.text() or t in journal.read_text(), session)
            if "Not saved" in session.text():
                refused = text
                break
        assert refused, "the full disk never refused a capture"
        # the refused line was cut off the journal, which may free a page, and the bar's
        # text may have gone into it as a draft (safe: resume puts it back). Fill that
        # page too and type on, so the draft of the text now in the bar is refused as well
        fill(small_disk)
        refused += " for real"
        session.send(b" for real")
        session.wait_for(lambda s: refused in s, DEADLINE)
        session.send(b"\x11")  # ctrl+q
        session.wait_for(lambda s: "NOT SAVED" in s, DEADLINE)
        session.send(b"y")
        code = session.wait(DEADLINE)
    finally:
        if session.exit_status is None:
            session.kill()
    assert code != 0
    after = session.text()
    assert f"Decision being typed: {refused}" in after
    # the crash-log folder on the full disk, else the temp folder: wherever it says
    copies = [*temp.glob("unsaved-*.txt"), *small_disk.glob("home/logs/unsaved-*.txt")]
    assert len(copies) == 1 and refused in copies[0].read_text(encoding="utf-8")
    assert f"a copy is in {copies[0]}" in after.replace("\n", "")
