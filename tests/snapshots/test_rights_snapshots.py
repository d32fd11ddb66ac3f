"""The decision-rights and milestones screens as SVG snapshots at 80x24 and 160x45.

The meeting is rights_sample's `run_rights()`, stopped three minutes into each item (see
snapshot_meetings.stopped_on). Regenerate on purpose with
`.venv/bin/python -m pytest tests/snapshots/test_rights_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rights_sample import MILESTONES, RIGHTS, run_rights
from snapshot_meetings import pressing, stopped_on

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 45), id="160x45")]
Compare = Callable[..., bool]
ITEMS = {"decision-rights": RIGHTS, "milestones": MILESTONES}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("exercise", list(ITEMS))
def test_rights_screen(snap_compare: Compare, size: tuple[int, int], exercise: str) -> None:
    _, journal = run_rights()
    app = stopped_on(journal, ITEMS[exercise], exercise)
    assert snap_compare(app, terminal_size=size, run_before=pressing("o"))


def test_decision_rights_help(snap_compare: Compare) -> None:
    _, journal = run_rights()
    app = stopped_on(journal, RIGHTS, "decision-rights")
    assert snap_compare(app, terminal_size=(80, 24), run_before=pressing("o", "question_mark"))
