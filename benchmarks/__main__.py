"""Run every benchmark, print the table, write benchmarks/results.json."""

from __future__ import annotations

import compileall
import importlib
import os
import sys
import tempfile
import traceback
from pathlib import Path

from benchmarks.results import Figure, table, write

SUITES = [
    "bench_startup",
    "bench_instructions",
    "bench_cli",
    "bench_journal",
    "bench_minutes",
    "bench_exports",
    "bench_typing",
    "bench_memory",
    "bench_durability",
    "bench_room",
    "bench_plan",
    "bench_serve",
    "bench_editdoc",
    "bench_edit",
]


def main(argv: list[str]) -> int:
    """`python -m benchmarks [suite ...]`: a subset prints its rows but keeps results.json."""
    chosen = [name for name in SUITES if not argv or name in argv]
    unknown = sorted(set(argv) - set(SUITES))
    if unknown:
        print(f"unknown suite: {', '.join(unknown)} (choose from {', '.join(SUITES)})")
        return 2
    # users run from compiled bytecode; an editable checkout (or PYTHONDONTWRITEBYTECODE) has none
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(Path(__file__).parent.parent / "kickoff_tui", quiet=1)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="kickoff-bench-") as tmp:
        for name in chosen:
            work = Path(tmp) / name
            work.mkdir()
            print(f"running {name} ...", file=sys.stderr, flush=True)
            module = importlib.import_module(f"benchmarks.{name}")
            try:
                result = module.measure(work)
            except Exception:
                traceback.print_exc()
                result = Figure(name, float("nan"), "", 0, False, "failed to run")
            figures.extend(result if isinstance(result, list) else [result])
    print(table(figures))
    if chosen == SUITES:
        write(figures, Path(__file__).parent / "results.json")
    return 0 if all(f.pass_ for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
