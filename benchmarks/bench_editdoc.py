"""The editor's document on a 300-item agenda (#14): one edit, and one edit with the checker's
problems, as the editor's live validation asks for them (off the key path, but on every pause).

A field edit patches the text and the composed tree in place (storage/agenda_fast_edit.py);
a structural edit (an item inserted) composes the whole text again to verify it. problems()
runs the checker on the composed document: about one `kickoff check` in-process.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_plan import big_agenda
from benchmarks.results import Figure, median, within
from kickoff_tui.storage.agenda_document import AgendaDocument

RUNS = 25


def _timed(runs: int, action: Callable[[int], None]) -> list[float]:
    times = []
    for n in range(runs):
        start = time.perf_counter()
        action(n)
        times.append(time.perf_counter() - start)
    return times


def measure(work: Path) -> list[Figure]:
    document = AgendaDocument.open(big_agenda(work))
    path = ("items", 150, "timebox")

    def edit(n: int) -> None:
        document.set_value(path, 60 * (1 + n % 3))

    def edit_and_problems(n: int) -> None:
        edit(n)
        document.problems()

    def insert(n: int) -> None:
        document.insert_entry(("items",), 100 + n, {"title": f"New {n}", "timebox": 60})

    edit_ms = median(_timed(RUNS, edit)) * 1000
    both_ms = median(_timed(RUNS, edit_and_problems)) * 1000
    insert_ms = median(_timed(RUNS, insert)) * 1000
    how = f"median of {RUNS}, 300-item agenda, in-process"
    return [
        within("editor document: one timebox edit (300 items)", edit_ms, "ms", 10, how),
        within("editor document: insert an item (300 items)", insert_ms, "ms", 150, how),
        within("editor document: edit + problems() (300 items)", both_ms, "ms", 150, how),
    ]
