"""text_cells: the Rich-free width and cut the CLI uses, and its agreement with the UI's."""

from __future__ import annotations

import pytest

from kickoff_tui import cells_text, text_cells

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
THUMB_TONE = "\U0001f44d\U0001f3fd"
FLAG = "\U0001f1eb\U0001f1f7"
E_ACUTE = "e\u0301"


@pytest.mark.parametrize(
    ("text", "cells"),
    [("abc", 3), ("日本語", 6), (E_ACUTE, 1), (FAMILY, 2), (THUMB_TONE, 2), (FLAG, 2)],
)
def test_widths_agree_with_what_the_ui_measures(text: str, cells: int) -> None:
    assert text_cells.cell_width(text) == cells == cells_text.cell_width(text)


@pytest.mark.parametrize("width", range(1, 12))
def test_a_cut_never_splits_a_grapheme(width: int) -> None:
    text = f"a{E_ACUTE}{FAMILY}{THUMB_TONE}{FLAG}日b"
    cut = text_cells.cut(text, width)
    assert text_cells.cell_width(cut) <= width
    kept = cut.removesuffix("…")
    assert text.startswith(kept)
    # the grapheme edges, written out: a | é | family | thumb+tone | flag | 日 | b
    assert len(kept) in (0, 1, 3, 8, 10, 12, 13, 14)
    assert cut == cells_text.fit(text, width)  # the UI cuts these the same way


def test_text_that_fits_is_kept_and_no_room_gives_nothing() -> None:
    assert text_cells.cut("short", 5) == "short"
    assert text_cells.cut("longer", 5) == "long…"
    assert text_cells.cut("anything", 0) == ""
