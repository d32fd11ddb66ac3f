"""The four table exercises are one TableExerciseScreen: the same skeleton on each (table
focused, keys that need a row off on an empty table, x removes with one notice, u brings back,
Enter edits), so the next table exercise gets it by naming its columns and rows."""

from __future__ import annotations

import pytest
from exercise_fixtures import SIZE, host_for
from exercise_sample import COMMS, FIT, RISKS, SUCCESS

from kickoff_tui.ui.screens.exercises.form import FormScreen
from kickoff_tui.ui.screens.exercises.table import TableExerciseScreen, numbered, owner_cell


def test_numbered_rows_and_unknown_owners() -> None:
    rows = numbered([("a", []), ("b", [owner_cell("Zed", False)])])
    assert [(key, [c.plain for c in cells]) for key, cells in rows] == [
        ("a", ["1"]),
        ("b", ["2", "Zed ?"]),
    ]
    assert owner_cell("", False).plain == "—" and owner_cell("Ana", True).plain == "Ana"


@pytest.mark.parametrize("item", [FIT, SUCCESS, COMMS, RISKS])
async def test_every_table_exercise_is_the_one_base(item: int) -> None:
    app, meeting, _ = host_for(item)
    if item == SUCCESS:
        from kickoff_tui.exercise_actions import ExerciseActions

        ExerciseActions(meeting).add_criterion(SUCCESS, "Calls answered")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TableExerciseScreen)
        if item == RISKS:
            assert screen.focused is screen.risk_input  # type: ignore[attr-defined]
            await pilot.press("escape")
        assert screen.focused is screen.table
        assert screen.table.row_count > 0 or item == RISKS
        if item in (SUCCESS, COMMS, FIT):
            await pilot.press("enter")  # Enter on a row edits it
            await pilot.pause()
            assert isinstance(app.screen, FormScreen)
