"""kill -9 at random moments through a real pseudo-terminal: nothing shown as committed is lost.

Each trial is seeded, so a failure names a seed that replays the same keys and kill point
(`run_trial(home, seed)` in tests/e2e/kill_trial.py). `make bench` runs more trials.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from kill_trial import plan_trial, run_trial

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SEEDS = range(1000, 1020)  # 20 trials; `make bench` runs 50 more


@pytest.mark.parametrize("seed", SEEDS)
def test_kill9_loses_nothing_shown_as_committed(tmp_path: Path, seed: int) -> None:
    result = run_trial(tmp_path / "home", seed)
    assert result.problems() == [], f"seed {seed}: {result}"


def test_the_seeds_cover_every_kind_of_kill_point() -> None:
    plans = [plan_trial(seed) for seed in SEEDS]
    points = Counter(plan.kill_point for plan in plans)
    assert min(points.values()) >= 3 and len(points) == 3, points
    assert any(not plan.entries for plan in plans)  # killed before anything was committed
    assert sum(len(plan.entries) for plan in plans) >= 30
