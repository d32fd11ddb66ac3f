"""Journal append + fsync of one event, p50 and p95."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.results import Figure, percentile, within
from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import SystemClock
from kickoff_tui.storage.journal import Journal

APPENDS = 500


def measure(work: Path) -> Figure:
    clock = SystemClock()
    journal = Journal(work / "bench-journal.jsonl")
    samples = []
    for n in range(APPENDS):
        event = ev.Event(
            ev.ENTRY_ADDED,
            clock.now(),
            {"id": f"e{n}", "kind": "note", "item": 0, "text": f"Entry number {n} " * 4},
        )
        start = time.perf_counter()
        journal.append(event)
        samples.append((time.perf_counter() - start) * 1000)
    journal.close()
    return within(
        "journal append+fsync p95",
        percentile(samples, 95),
        "ms",
        2.0,
        f"{APPENDS} appends",
        p50_ms=round(percentile(samples, 50), 3),
        p99_ms=round(percentile(samples, 99), 3),
    )
