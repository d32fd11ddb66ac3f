"""Every screen as an SVG snapshot (pytest-textual-snapshot) at 80x24 and 160x45.

The pictures live in __snapshots__/test_screen_snapshots/. A change that alters a screen
regenerates them on purpose: `.venv/bin/python -m pytest tests/snapshots --snapshot-update`,
then look at the changed SVGs before committing them. Clock and time zone are pinned
(snapshot_meetings.py, conftest.py), so two runs give the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from snapshot_meetings import (
    EXERCISE_ITEMS,
    exercise_app,
    item_app,
    lobby_app,
    pressing,
    review_app,
)

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 45), id="160x45")]
Compare = Callable[..., bool]


@pytest.mark.parametrize("size", SIZES)
def test_lobby(snap_compare: Compare, size: tuple[int, int]) -> None:
    assert snap_compare(lobby_app(), terminal_size=size, run_before=pressing())


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("minutes_in", "keys"),
    [
        pytest.param(2, (), id="normal"),
        pytest.param(4.5, (), id="warning"),  # 30 s left of 5 minutes
        pytest.param(7.25, (), id="overtime"),
        pytest.param(2, ("a", *"Book the workshop @cla 2026-12-04"), id="capture-bar-open"),
        pytest.param(2, ("i",), id="private-notes-shown"),
    ],
)
def test_item_screen(
    snap_compare: Compare, size: tuple[int, int], minutes_in: float, keys: tuple[str, ...]
) -> None:
    app = item_app(minutes_in)
    assert snap_compare(app, terminal_size=size, run_before=pressing(*keys))


@pytest.mark.parametrize("size", SIZES)
def test_item_screen_sidebar_hidden(snap_compare: Compare, size: tuple[int, int]) -> None:
    """`b` hides the agenda sidebar a wide terminal shows; a narrow one shows it, so twice."""
    keys = ("b",) if size[0] >= 100 else ("b", "b")
    app = item_app()

    async def hidden_sidebar(pilot: Any) -> None:
        await pressing(*keys)(pilot)
        assert not pilot.app.screen.sidebar_visible

    assert snap_compare(app, terminal_size=size, run_before=hidden_sidebar)


@pytest.mark.parametrize("size", SIZES)
def test_help_over_the_item_screen(snap_compare: Compare, size: tuple[int, int]) -> None:
    assert snap_compare(item_app(), terminal_size=size, run_before=pressing("question_mark"))


@pytest.mark.parametrize("size", SIZES)
def test_review(snap_compare: Compare, size: tuple[int, int]) -> None:
    assert snap_compare(review_app(), terminal_size=size, run_before=pressing())


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("exercise", list(EXERCISE_ITEMS))
def test_exercise_screen(snap_compare: Compare, size: tuple[int, int], exercise: str) -> None:
    assert snap_compare(exercise_app(exercise), terminal_size=size, run_before=pressing("o"))
