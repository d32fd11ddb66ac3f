"""The room's title band spaces letters out by grapheme and counts terminal cells."""

from __future__ import annotations

from kickoff_tui.cells_text import cell_width
from kickoff_tui.ui.room.screen import spaced


def test_accents_and_joined_emoji_stay_whole_when_spaced() -> None:
    assert spaced("Cafe\u0301", 40) == "C a f e\u0301"
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert spaced(f"{family}x", 40) == f"{family} x"


def test_wide_letters_are_spaced_only_when_the_cells_fit() -> None:
    title = "東京" * 14  # 28 letters, 56 cells
    assert spaced(title, 60) == title  # spaced it would take 83 cells
    wide = spaced(title, 100)
    assert wide != title and cell_width(wide) <= 96


def test_one_letter_is_left_alone() -> None:
    assert spaced("A", 80) == "A"
