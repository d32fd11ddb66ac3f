"""`kickoff run` as a person runs it: a real pseudo-terminal at 80x24, read back through pyte."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from pty_driver import REPO, poll

from benchmarks.pty_session import PtySession

pytestmark = pytest.mark.e2e

DEADLINE = 30.0  # generous: a loaded CI machine can be slow to draw the first frame


def journal_events(home: Path) -> list[dict[str, object]]:
    journals = list((home / "sessions").glob("*/journal.jsonl"))
    if len(journals) != 1:
        return []
    lines = journals[0].read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_run_start_capture_a_decision_and_quit(tmp_path: Path) -> None:
    home = tmp_path / "home"
    session = PtySession(
        [sys.executable, "-m", "kickoff_tui", "run", "agendas/client-kickoff.yaml", "--no-bell"],
        cols=80,
        rows=24,
        env={"KICKOFF_HOME": str(home)},
        cwd=str(REPO),
    )
    try:
        session.wait_for(lambda s: "Roll call" in s and "Start" in s, DEADLINE)
        session.send(b" ")
        session.wait_for(lambda s: "left of" in s and "Ends ~" in s and "Pause" in s, DEADLINE)
        screen = session.text()
        assert "Item 1 of 12" in screen
        assert "1. Welcome and introductions" in screen

        session.send(b"d")
        session.wait_for(lambda s: "Decision ›" in s, DEADLINE)
        session.send(b"Weekly status on Mondays @ben")
        session.wait_for(lambda s: "→ Ben Okafor" in s, DEADLINE)
        session.send(b"\r")
        session.wait_for(lambda s: "DECISION Weekly status on Mondays" in s, DEADLINE)

        def decision_on_disk() -> bool:
            return any(e.get("type") == "entry_added" for e in journal_events(home))

        poll(decision_on_disk, session, DEADLINE)
        added = [e for e in journal_events(home) if e["type"] == "entry_added"]
        assert [(e["kind"], e["owner"], e["item"]) for e in added] == [
            ("decision", "Ben Okafor", 0)
        ]

        session.send(b"\x11")  # ctrl+q while the meeting runs: asks first
        session.wait_for(lambda s: "Quit while the meeting is running?" in s, DEADLINE)
        session.send(b"y")
        assert session.wait(DEADLINE) == 0
    finally:
        if session.exit_status is None:
            session.kill()
    assert "kickoff resume" in session.text()  # the goodbye line says how to carry on
    assert [e["type"] for e in journal_events(home)][-2:] == ["paused", "session_left"]


def test_a_bad_agenda_is_one_line_per_problem_and_no_ui(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("meeting:\n  title: x\nitems:\n  - title: a\n    timebox: soon\n", "utf-8")
    session = PtySession(
        [sys.executable, "-m", "kickoff_tui", "run", str(bad)],
        cols=300,  # no wrapping, so each printed line is one screen line
        env={"KICKOFF_HOME": str(tmp_path / "home")},
        cwd=str(REPO),
    )
    assert session.wait(DEADLINE) == 2
    shown = [line for line in session.text().splitlines() if line.strip()]
    assert shown and all(line.startswith(str(bad)) for line in shown)
    assert "Traceback" not in session.text()
    assert not (tmp_path / "home" / "sessions").exists()
