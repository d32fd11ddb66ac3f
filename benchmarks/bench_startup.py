"""First frame: `kickoff run` against a bare Textual app on a real pty, alternating runs."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.pty_session import PtySession
from benchmarks.results import Figure, median, within

RUNS = 10
ROOT = Path(__file__).resolve().parent.parent


def _first_frame(argv: list[str], marker: str, env: dict[str, str]) -> float:
    session = PtySession(argv, env=env, cwd=str(ROOT))
    try:
        return session.wait_for(lambda screen: marker in screen)
    finally:
        session.kill()


def measure(work: Path) -> Figure:
    env = {"KICKOFF_HOME": str(work / "home")}
    bare = [sys.executable, "-m", "benchmarks.bare_app"]
    ours = [sys.executable, "-m", "kickoff_tui", "run", "client-kickoff"]
    bare_s, ours_s = [], []
    for _ in range(RUNS):
        bare_s.append(_first_frame(bare, "Bare Textual app ready", env))
        ours_s.append(_first_frame(ours, "Roll call", env))
    ratio = median(ours_s) / median(bare_s)
    return within(
        "first frame (kickoff run / bare Textual)",
        ratio,
        "x",
        1.15,
        f"median of {RUNS} alternating pty runs",
        kickoff_ms=round(median(ours_s) * 1000, 1),
        baseline_ms=round(median(bare_s) * 1000, 1),
    )
