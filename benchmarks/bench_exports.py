"""Exports: every `kickoff export --format` of the 2,000-entry, 3-hour session, median of runs.

Each run starts from the folded session with a fresh Source, so building the meeting's record
is counted in every format's time, as `kickoff export` pays it.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.big_session import prepared_home
from benchmarks.results import Figure, median, within
from kickoff_tui.exports import FORMATS, Source, write
from kickoff_tui.storage.session_store import load_session

RUNS = 25
BUDGET_MS = 50.0
# html: the Markdown minutes rendered again, as HTML; ~85% of it is markdown-it-py parsing the
# ~4,000 list items. 100 ms until the minutes carried the charter and follow-up sections and
# were written from the record (#15, #16): 110 ms on a quiet machine, so 125 ms
BUDGETS_MS = {"html": 125.0}


def measure(work: Path) -> list[Figure]:
    _home, session_id = prepared_home(work)
    session = load_session(session_id)  # the same fold export and the live app use
    figures = []
    for name in FORMATS:
        write(name, Source(session))  # imports (markdown-it for html) are not the format's time
        samples, size = [], 0
        for _ in range(RUNS):
            start = time.perf_counter()
            size = len(write(name, Source(session)))
            samples.append((time.perf_counter() - start) * 1000)
        figures.append(
            within(
                f"export {name} (2,000 entries)",
                median(samples),
                "ms",
                BUDGETS_MS.get(name, BUDGET_MS),
                f"median of {RUNS} writes, record built each time",
                entries=len(session.entries),
                min_ms=round(min(samples), 2),
                max_ms=round(max(samples), 2),
                chars=size,
            )
        )
    return figures
