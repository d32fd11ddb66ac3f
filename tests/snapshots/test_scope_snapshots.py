"""The scope and trade-offs screens as SVG snapshots at 80x24 and 160x45, filled in as the
sample meeting (tests/unit/scope_sample.py) left them: flags, a concern, a broken rule.

Regenerate after an intended change: `.venv/bin/python -m pytest tests/snapshots
--snapshot-update`, then look at the changed SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from scope_sample import SCOPE, TRADE_OFFS, run_scope_exercises
from snapshot_meetings import pressing, stopped_on

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 45), id="160x45")]
ITEMS = {"scope": SCOPE, "trade-offs": TRADE_OFFS}
Compare = Callable[..., bool]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("exercise", list(ITEMS))
def test_exercise_screen(snap_compare: Compare, size: tuple[int, int], exercise: str) -> None:
    _, journal = run_scope_exercises()
    app = stopped_on(journal, ITEMS[exercise], exercise)
    assert snap_compare(app, terminal_size=size, run_before=pressing("o"))


@pytest.mark.parametrize("size", SIZES)
def test_scope_concern_form(snap_compare: Compare, size: tuple[int, int]) -> None:
    """c on a line: the note form over the table, the line's text in its title."""
    _, journal = run_scope_exercises()
    app = stopped_on(journal, SCOPE, "scope")
    assert snap_compare(app, terminal_size=size, run_before=pressing("o", "down", "c"))
