"""The question bank screen (`/` on the item screen) and the item screen after a question was
asked, as SVG snapshots at 80x24 and 160x45. Regenerate like test_screen_snapshots.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from snapshot_meetings import item_app, pressing

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 45), id="160x45")]
Compare = Callable[..., bool]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    "keys",
    [
        pytest.param(("slash",), id="whole-bank"),
        pytest.param(("slash", *"who decides"), id="searching"),
        pytest.param(("slash", *"final say", "enter"), id="asked"),
    ],
)
def test_question_bank(snap_compare: Compare, size: tuple[int, int], keys: tuple[str, ...]) -> None:
    assert snap_compare(item_app(), terminal_size=size, run_before=pressing(*keys))
