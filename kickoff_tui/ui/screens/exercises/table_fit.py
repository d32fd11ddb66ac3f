"""Every column of an exercise table on screen: the widest cells give way, cut with "…".

A DataTable sizes each column to its longest cell and scrolls sideways past the window. At
80 columns that hid what the room most needs to see, right of a long line of text: the client's
verdict and the flag on the scope table, the rating and owner on the risk register. Here the
widest columns are capped, all at one width, just enough for the whole table to fit, and only
cells over that cap are cut (at a grapheme edge, cells_text.cut_point); narrow columns keep
their width. A window too narrow even for that keeps the table's sideways scroll. What was cut
stays readable: cut_cells() names it, for the status area to show in full (table.cut_text).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from kickoff_tui.cells_text import ELLIPSIS, cell_width, cut_point

# a capped column still shows this many cells (a word or two), else the table scrolls instead
MIN_CAP = 8

Cells = list[Text]


def column_cap(natural: Sequence[int], room: int) -> int | None:
    """The widest a column may be so the columns' natural widths fit `room` cells; None: all fit.

    The cap is the largest width such that sum(min(width, cap)) <= room; never under MIN_CAP.
    """
    if sum(natural) <= room:
        return None
    widths = sorted(natural)
    spent = 0  # the columns narrower than the cap keep their own width
    for index, width in enumerate(widths):
        left = len(widths) - index  # columns from here on all take the cap
        cap = (room - spent) // left
        if cap < width:
            return max(MIN_CAP, cap)
        spent += width
    return None


def fit_rows(
    headers: Sequence[Text], rows: list[tuple[str, Cells]], room: int, padding: int
) -> list[tuple[str, Cells]]:
    """Rows whose over-wide cells are cut so every column fits `room` cells (with padding)."""
    if room <= 0 or not rows:
        return rows
    natural = [cell_width(header.plain) for header in headers]
    for _, cells in rows:
        for column, cell in enumerate(cells[: len(natural)]):
            natural[column] = max(natural[column], cell_width(cell.plain))
    cap = column_cap(natural, room - 2 * padding * len(natural))
    if cap is None:
        return rows
    return [(key, [cut_cell(cell, cap) for cell in cells]) for key, cells in rows]


def cut_cells(
    headers: Sequence[Text], whole: list[tuple[str, Cells]], shown: list[tuple[str, Cells]]
) -> dict[str, list[tuple[str, Text]]]:
    """Per row key, (column header, whole cell) for each cell fit_rows cut; rows uncut left out."""
    found: dict[str, list[tuple[str, Text]]] = {}
    for (key, cells), (_, fitted) in zip(whole, shown, strict=True):
        cut = [
            (header.plain, cell)
            for header, cell, kept in zip(headers, cells, fitted, strict=False)
            if kept.plain != cell.plain
        ]
        if cut:
            found[key] = cut
    return found


def cut_cell(cell: Text, cells: int) -> Text:
    """The cell whole, or its first graphemes and "…" in `cells` cells, styles kept."""
    keep = cut_point(cell.plain, cells)
    if keep is None:
        return cell
    cut = cell[:keep]
    cut.rstrip()
    cut.append(ELLIPSIS)
    return cut
