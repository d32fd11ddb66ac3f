"""Minutes: render the Markdown minutes of the 2,000-entry, 3-hour session, median of runs."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.big_session import prepared_home
from benchmarks.results import Figure, median, within
from kickoff_tui.domain.minutes import render
from kickoff_tui.storage.session_store import load_session

RUNS = 25


def measure(work: Path) -> Figure:
    _home, session_id = prepared_home(work)
    session = load_session(session_id)  # the same fold export and the live app use
    samples, size = [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        size = len(render(session))
        samples.append((time.perf_counter() - start) * 1000)
    return within(
        "minutes render (2,000 entries)",
        median(samples),
        "ms",
        50.0,
        f"median of {RUNS} renders",
        entries=len(session.entries),
        min_ms=round(min(samples), 2),
        max_ms=round(max(samples), 2),
        bytes=size,
    )
