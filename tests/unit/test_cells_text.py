"""fit(): one line cut to terminal cells with "…", never inside a wide character or a grapheme."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from kickoff_tui.cells_text import ELLIPSIS, cell_width, fit

FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # one ZWJ sequence
CJK = "会議の目的と成功基準について全員で合意し次のステップを決める長いタイトルです追加の"
HOSTILE = [
    "A" * 500,
    CJK,
    f"{FAMILY} family {FAMILY} again",
    "cafe\u0301 e\u0301te\u0301 " * 20,  # combining accents
    "\U0001f1fa\U0001f1f8\U0001f1eb\U0001f1f7\U0001f1e9\U0001f1ea" * 10,  # flags
    "\U0001f44d\U0001f3fd thumbs " * 10,  # skin tone
    "नमस्ते दुनिया " * 10,  # spacing marks
    "Kickoff with a very long title that goes on and on " * 5,
]


def test_text_that_fits_is_unchanged() -> None:
    assert fit("Scope", 5) == "Scope"
    assert fit(CJK[:5], 10) == CJK[:5]
    assert fit(FAMILY, 2) == FAMILY


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("width", [1, 2, 3, 7, 20, 39, 80])
def test_cut_text_ends_in_an_ellipsis_within_the_width(text: str, width: int) -> None:
    shown = fit(text, width)
    if cell_len(text) <= width:
        assert shown == text
        return
    assert shown.endswith(ELLIPSIS)
    assert cell_len(shown) <= width
    # as much as fits: one more grapheme would not (wide characters may leave one cell spare)
    assert cell_len(shown) >= width - 2
    assert text.startswith(shown[:-1].rstrip())


def test_wide_characters_count_two_cells() -> None:
    assert cell_width(CJK[:3]) == 6
    assert fit(CJK, 80) == CJK[:39] + ELLIPSIS  # 39 characters x 2 cells + "…" = 79 cells
    assert fit(CJK, 8) == CJK[:3] + ELLIPSIS  # never half of a wide character


def test_graphemes_are_never_split() -> None:
    assert fit(f"{FAMILY}{FAMILY}{FAMILY}", 5) == f"{FAMILY}{FAMILY}" + ELLIPSIS
    assert fit(f"{FAMILY}{FAMILY}", 3) == FAMILY + ELLIPSIS
    assert fit(f"{FAMILY}{FAMILY}", 2) == ELLIPSIS
    assert fit("e\u0301e\u0301e\u0301e\u0301", 3) == "e\u0301e\u0301" + ELLIPSIS
    flags = "\U0001f1fa\U0001f1f8\U0001f1eb\U0001f1f7"
    assert fit(flags + "x", 4) == "\U0001f1fa\U0001f1f8" + ELLIPSIS
    assert fit("\U0001f44d\U0001f3fd\U0001f44d\U0001f3fd", 3) == "\U0001f44d\U0001f3fd" + ELLIPSIS
    assert fit("कि कि कि", 2) == "कि" + ELLIPSIS  # the vowel sign stays with its consonant


def test_a_label_is_one_line_and_a_cut_drops_trailing_spaces() -> None:
    assert fit("two\nlines", 20) == "two lines"
    assert fit("Kickoff     and more", 10) == "Kickoff" + ELLIPSIS


def test_no_room_gives_nothing_or_just_the_ellipsis() -> None:
    assert fit("Scope", 0) == ""
    assert fit("Scope", -3) == ""
    assert fit("Scope", 1) == ELLIPSIS
    assert fit(CJK, 2) == ELLIPSIS
