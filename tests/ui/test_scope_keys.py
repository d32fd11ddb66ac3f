"""The scope and trade-offs keys are where the room looks for them: the footer shows the main
ones, and the help screen lists every one (the undo rule included) from the live bindings."""

from __future__ import annotations

import pytest
from scope_fixtures import SCOPE, TRADE_OFFS, scope_host

from kickoff_tui.ui.screens.help import collect_help
from kickoff_tui.ui.screens.undo_key import UNDO_RULE
from kickoff_tui.ui.widgets.key_footer import KeyFooter

CASES = [
    pytest.param(
        SCOPE,
        ["a Add", "e Edit", "s Section", "y Agree", "c Concerns", "b Block"],
        {"Move the line to the next section", "Section back", "Clear verdict", "Remove"},
        id="scope",
    ),
    pytest.param(
        TRADE_OFFS,
        ["1 Fixed", "2 Firm", "3 Flexible", "n Note"],
        {"Next setting", "Clear"},
        id="trade-offs",
    ),
]


@pytest.mark.parametrize(("item", "footer", "help_only"), CASES)
async def test_footer_and_help_list_the_exercise_keys(
    item: int, footer: list[str], help_only: set[str]
) -> None:
    app, _, _ = scope_host(item)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        shown = app.screen.query_one(KeyFooter).text
        assert all(entry in shown for entry in footer), shown
        described = {
            line.description: line.keys
            for section in collect_help(app.screen)
            for lines in section.groups.values()
            for line in lines
        }
        keys = {key for listed in described.values() for key in listed}
        assert {entry.split(" ", 1)[0] for entry in footer} <= keys  # each footer key has help
        assert help_only <= set(described), sorted(described)
        assert (UNDO_RULE in described) == (item == SCOPE)
