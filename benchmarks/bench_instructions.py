"""First frame in CPU instructions: `kickoff run` and the bare Textual app under callgrind.

bench_startup's wall-clock ratio moves by a fifth from run to run on a shared machine; an
instruction count does not, so this is the figure that shows a start-up regression. Each
program runs once under `valgrind --tool=callgrind` in a real pty like bench_startup's, and
ends itself at the first write of its first frame (first_frame_exit.py), so the count covers
exactly exec to first frame. Repeated runs agree to 0.01%. Skipped, saying so, where valgrind
is not installed.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from benchmarks.pty_session import PtySession
from benchmarks.results import Figure, within

ROOT = Path(__file__).resolve().parent.parent
NAME = "first frame instructions (kickoff run / bare Textual, callgrind)"
# kickoff's own start-up work (PyYAML and the agenda, the session and its first fsynced
# journal line, the lobby) on top of the bare app's; measured 1.34x when this was set
BUDGET = 1.4
DEADLINE_S = 600.0  # valgrind runs Python some 50 times slower
_TOTALS = re.compile(r"^(?:totals|summary): (\d+)", re.MULTILINE)


def totals(callgrind_out: str) -> int:
    """The instruction count from a callgrind output file's text."""
    found = _TOTALS.search(callgrind_out)
    if found is None:
        raise ValueError("callgrind wrote no totals")
    return int(found.group(1))


def _instructions(valgrind: str, program: list[str], marker: str, work: Path, tag: str) -> int:
    """Instructions from exec to the first frame, which ends the process (first_frame_exit)."""
    out = work / f"callgrind.{tag}.out"
    command = [
        valgrind,
        "--tool=callgrind",
        f"--callgrind-out-file={out}",
        f"--log-file={work / f'valgrind.{tag}.log'}",  # keep valgrind's words off the screen
        sys.executable,
        "-m",
        "benchmarks.first_frame_exit",
        marker,
        *program,
    ]
    # a fixed hash seed: dict and set layouts (and so the count) are the same every run
    env = {"KICKOFF_HOME": str(work / f"home-{tag}"), "PYTHONHASHSEED": "0"}
    session = PtySession(command, env=env, cwd=str(ROOT))
    status = session.wait(timeout=DEADLINE_S)
    if status != 0 or not out.exists():
        screen = session.text()
        raise RuntimeError(f"{tag} never reached its first frame (exit {status}):\n{screen}")
    return totals(out.read_text(encoding="utf-8", errors="replace"))


def measure(work: Path) -> Figure:
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return Figure(NAME, float("nan"), "x", BUDGET, True, "skipped: valgrind is not installed")
    bare = ["benchmarks.bare_app"]
    ours = ["kickoff_tui", "run", "client-kickoff"]
    bare_count = _instructions(valgrind, bare, "Bare Textual app ready", work, "bare")
    ours_count = _instructions(valgrind, ours, "Roll call", work, "kickoff")
    return within(
        NAME,
        ours_count / bare_count,
        "x",
        BUDGET,
        "callgrind instructions to the first frame, one run each",
        kickoff_m_instructions=round(ours_count / 1e6, 1),
        baseline_m_instructions=round(bare_count / 1e6, 1),
    )
