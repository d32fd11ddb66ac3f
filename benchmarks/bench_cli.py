"""CLI start: `kickoff check` of a 200-item agenda against `python -c "import yaml"`."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from benchmarks.results import Figure, median, within

RUNS = 15


def big_agenda(folder: Path, items: int = 200) -> Path:
    lines = ["meeting:", "  title: Big agenda", f"  length: {items * 2}m", "items:"]
    for n in range(items):
        lines += [f"  - title: Item {n}", "    timebox: 2m", f"    goal: Goal number {n}"]
    path = folder / "big.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _time(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(work: Path) -> Figure:
    agenda = big_agenda(work)
    # the console script users run (no runpy); `python -m kickoff_tui` from a bare checkout
    script = Path(sys.executable).with_name("kickoff")
    program = [str(script)] if script.is_file() else [sys.executable, "-m", "kickoff_tui"]
    check = [*program, "check", str(agenda)]
    floor = [sys.executable, "-c", "import yaml"]
    ours, base = [], []
    for _ in range(RUNS):  # alternate so drift hits both sides alike
        ours.append(_time(check))
        base.append(_time(floor))
    ratio = median(ours) / median(base)
    return within(
        "CLI start (check 200 items / import yaml)",
        ratio,
        "x",
        1.5,
        f"median of {RUNS} alternating runs",
        kickoff_ms=round(median(ours) * 1000, 1),
        baseline_ms=round(median(base) * 1000, 1),
    )
