"""The exports' short labels (an issue title, a Mermaid label, an SVG label) are cut by terminal
cells at a grapheme edge: never inside an emoji sequence or between a letter and its marks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kickoff_tui.domain.mermaid import label
from kickoff_tui.domain.record import one_line
from kickoff_tui.text_cells import ELLIPSIS, cell_width, grapheme_spans

FAMILY = "👩\u200d👩\u200d👧"  # one picture, five code points
ACCENTED = "e\u0301"  # é as a letter and a combining accent


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("plain words that are far too long", 12, "plain words…"),
        ("短い日本語のタイトルです", 9, "短い日本…"),  # two cells each: 8 + the ellipsis
        ("ab " + FAMILY + " tail", 5, "ab…"),  # the family does not fit whole: left out whole
        ("ab " + FAMILY + " tail", 6, "ab " + FAMILY + "…"),
        ("caf" + ACCENTED + ACCENTED + "xyz", 5, "caf" + ACCENTED + "…"),
        ("short", 120, "short"),
    ],
)
def test_a_summary_is_cut_by_cells_between_graphemes(text: str, limit: int, expected: str) -> None:
    assert one_line(text, limit) == expected


def _whole_graphemes(cut: str, text: str) -> bool:
    kept = cut.removesuffix(ELLIPSIS).rstrip()
    return any(end == len(kept) for _s, end, _c in grapheme_spans(text)) or not kept


text_with_graphemes = st.lists(
    st.sampled_from(["a", " ", "漢", FAMILY, ACCENTED, "🇫🇷", "👍🏽", "x\u0308"]), max_size=40
).map("".join)


@given(text_with_graphemes, st.integers(1, 40))
def test_no_cut_is_wider_than_asked_or_splits_a_grapheme(text: str, limit: int) -> None:
    for cut in (one_line(text, limit), label(text, limit)):
        assert cell_width(cut) <= limit
    assert _whole_graphemes(one_line(text, limit), " ".join(text.split()))
