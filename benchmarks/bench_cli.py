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


def kickoff_program() -> list[str]:
    """The console script users run (no runpy); `python -m kickoff_tui` from a bare checkout."""
    script = Path(sys.executable).with_name("kickoff")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "kickoff_tui"]


def alternate(ours: list[str], base: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Seconds of `runs` runs of each command, alternated so drift hits both sides alike."""
    ours_s, base_s = [], []
    for _ in range(runs):
        ours_s.append(_time(ours))
        base_s.append(_time(base))
    return ours_s, base_s


def measure(work: Path) -> Figure:
    agenda = big_agenda(work)
    check = [*kickoff_program(), "check", str(agenda)]
    floor = [sys.executable, "-c", "import yaml"]
    ours, base = alternate(check, floor, RUNS)
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
