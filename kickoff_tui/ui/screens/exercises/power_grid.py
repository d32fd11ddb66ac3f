"""The power × proximity grid: the stakeholder map's picture, shared with the agenda editor.

Power runs top (high) to bottom (low); proximity to the project runs left (core) to right (far).
Each cell is labelled with its engagement; the powerful-and-far cell is called out, because
those people can derail the project late. Who sits in a cell is the caller's to say.
"""

from __future__ import annotations

from collections.abc import Callable

from rich import box
from rich.table import Table
from rich.text import Text

from kickoff_tui.domain.exercises.stakeholders import KEEP_SATISFIED, engagement_for
from kickoff_tui.exercise_actions import POWER_ROWS, PROXIMITY_COLUMNS


def power_grid(labels_at: Callable[[str, str], list[Text]]) -> Table:
    """The grid, each cell listing `labels_at(power, proximity)` under its engagement."""
    table = Table(box=box.ROUNDED, show_lines=True, expand=True, padding=(0, 1))
    table.add_column("power", width=6, no_wrap=True, style="bold")
    for proximity in PROXIMITY_COLUMNS:
        table.add_column(proximity, ratio=1, no_wrap=True, overflow="ellipsis")
    for power in POWER_ROWS:
        cells: list[Text] = []
        for proximity in PROXIMITY_COLUMNS:
            engagement = engagement_for(power, proximity)
            callout = engagement == KEEP_SATISFIED
            cell = Text(
                ("⚠ " if callout else "") + engagement,
                style="bold red" if callout else "dim italic",
            )
            for label in labels_at(power, proximity):
                cell.append("\n")
                cell.append_text(label)
            cells.append(cell)
        table.add_row(Text(power), *cells)
    return table
