"""kill -9 durability: the torture trial of tests/e2e, more times. Budget: nothing lost."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.results import Figure, within

TRIALS = 50
E2E = Path(__file__).resolve().parent.parent / "tests" / "e2e"


def measure(work: Path) -> list[Figure]:
    if str(E2E) not in sys.path:
        sys.path.insert(0, str(E2E))
    from kill_trial import run_trial  # the same trial the test suite runs 20 times

    lost = garbled = draft_bad = 0
    draft_lost_chars: list[int] = []
    for n in range(TRIALS):
        result = run_trial(work / f"trial-{n}", seed=50_000 + n)
        lost += len(result.lost)
        garbled += len(result.garbled)
        draft_bad += not result.draft_ok
        if result.typed:
            draft_lost_chars.append(result.draft_lost_chars)
    worst = max(draft_lost_chars, default=0)
    return [
        within(
            "kill -9: committed entries lost",
            lost,
            "entries",
            0,
            f"{TRIALS} seeded SIGKILLs through a pty",
            garbled_entries=garbled,
        ),
        within(
            "kill -9: drafts not recovered as a typed prefix",
            draft_bad,
            "trials",
            0,
            f"{len(draft_lost_chars)} trials killed while typing",
            worst_unsaved_tail_chars=worst,
        ),
    ]
