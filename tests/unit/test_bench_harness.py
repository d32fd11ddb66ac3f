"""The bench's bookkeeping: figures, percentiles, the table and results.json (no timings)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

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
