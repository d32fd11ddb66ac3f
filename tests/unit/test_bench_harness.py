"""The bench's bookkeeping: figures, percentiles, the table and results.json (no timings)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # benchmarks/ sits beside tests/

from benchmarks.results import Figure, percentile, table, within, write


def test_within_passes_at_or_under_budget_and_fails_over_it() -> None:
    assert within("a", 2.0, "ms", 2.0, "how").pass_
    assert not within("b", 2.0001, "ms", 2.0, "how").pass_


def test_percentile_picks_ranked_values() -> None:
    values = [float(n) for n in range(1, 101)]
    assert percentile(values, 50) == 51.0
    assert percentile(values, 99) == 99.0
    assert percentile([7.0], 99) == 7.0


def test_table_marks_misses_and_results_json_has_the_documented_keys(tmp_path: Path) -> None:
    figures = [
        within("typing p99", 12.5, "ms", 16.0, "160 keys", bare_p99_ms=9.0),
        within("first frame", 1.4, "x", 1.15, "10 runs", kickoff_ms=420.0),
        Figure("broken", float("nan"), "", 0, False, "failed to run"),
    ]
    rows = table(figures).splitlines()
    assert rows[0] == "| figure | value | budget | pass | how |"
    assert rows[2].startswith("| typing p99 | 12.5 ms | 16 ms | yes |")
    assert "| **NO** |" in rows[3] and "| **NO** |" in rows[4]
    out = tmp_path / "results.json"
    write(figures, out)
    data = json.loads(out.read_text(encoding="utf-8"), parse_constant=_no_constants)
    assert [set(d) >= {"name", "value", "unit", "budget", "pass"} for d in data] == [True] * 3
    assert data[0]["pass"] is True and data[1]["pass"] is False
    assert data[0]["baseline"] == {"bare_p99_ms": 9.0}
    assert data[2]["value"] is None


def _no_constants(name: str) -> float:
    raise AssertionError(f"results.json must be plain JSON, found {name}")


def test_callgrind_totals_are_read_and_a_missing_valgrind_skips_the_figure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from benchmarks import bench_instructions

    out = "# callgrind format\nevents: Ir\nfl=x\nfn=main\n0 12\nsummary: 1253217009\n"
    assert bench_instructions.totals(out) == 1253217009
    assert bench_instructions.totals("events: Ir\ntotals: 937043932\n") == 937043932
    with pytest.raises(ValueError):
        bench_instructions.totals("events: Ir\n")
    monkeypatch.setattr(bench_instructions.shutil, "which", lambda _: None)
    figure = bench_instructions.measure(tmp_path)
    assert figure.pass_ and math.isnan(figure.value)
    assert figure.how == "skipped: valgrind is not installed"


def test_first_frame_exit_ends_the_program_at_its_marker_and_only_there() -> None:
    from benchmarks.pty_session import PtySession

    root = str(Path(__file__).resolve().parents[2])
    run = [sys.executable, "-m", "benchmarks.first_frame_exit"]
    stopped = PtySession([*run, "Bare Textual app ready", "benchmarks.bare_app"], cwd=root)
    assert stopped.wait(timeout=60) == 0
    running = PtySession([*run, "a marker never shown", "benchmarks.bare_app"], cwd=root)
    try:
        running.wait_for(lambda screen: "Bare Textual app ready" in screen, deadline=60)
        assert running.exit_status is None
    finally:
        running.kill()
