"""Terminal cells of text and cutting it with "…" at a grapheme edge, without Rich.

The one cut rule for every single-line text: keep whole graphemes (a base character with its
combining and spacing marks, variation selectors, emoji skin tones, ZWJ emoji sequences, flag
pairs) while they fit in the width less one cell, then "…". A cut never leaves a dangling ZWJ
or separates a mark from its letter.

Widths here come from unicodedata, for the commands that never load the UI's libraries
(`kickoff sessions`; see tests/unit/test_architecture.py). The UI measures with Rich instead
(cells_text.py), because Rich is what Textual draws with, and feeds Rich's graphemes to the
same joining and cutting functions below. The two measures differ for a few characters: an
emoji skin tone or a character after a ZWJ counts 0 cells here and what Rich says there
(usually 2), and Rich knows newer wide characters than this Python's unicodedata may.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

ELLIPSIS = "…"
ZWJ = "\u200d"

# (start, end, cells) of one grapheme in a text
Span = tuple[int, int, int]

_SKIN_TONES = range(0x1F3FB, 0x1F400)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)


def joins_previous(char: str, previous: str) -> bool:
    """Whether a grapheme starting at `char` really continues `previous`, the one before it."""
    code = ord(char)
    if unicodedata.category(char) in ("Mc", "Mn", "Me"):
        return True
    if code in _SKIN_TONES or char == ZWJ or previous.endswith(ZWJ):
        return True
    # a flag is a pair of regional indicators: the second joins the first (not a third)
    return (
        code in _REGIONAL_INDICATORS
        and len(previous) == 1
        and ord(previous) in _REGIONAL_INDICATORS
    )


def merge_joined(text: str, spans: Iterable[Span]) -> list[Span]:
    """`spans` (covering text without gaps) with each one that continues the previous merged."""
    merged: list[Span] = []
    for start, end, cells in spans:
        if merged and joins_previous(text[start], text[merged[-1][0] : merged[-1][1]]):
            first, _, width = merged.pop()
            merged.append((first, end, width + cells))
        else:
            merged.append((start, end, cells))
    return merged


def char_cells(char: str) -> int:
    """Cells of one character alone: wide (CJK, most emoji) two, joiners and marks none."""
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def grapheme_spans(text: str) -> list[Span]:
    """(start, end, cells) of each grapheme, by unicodedata: a skin tone or a character after a
    ZWJ adds no cells, as the terminal draws the sequence as one picture."""
    spans: list[Span] = []
    for index, char in enumerate(text):
        hidden = ord(char) in _SKIN_TONES or (index > 0 and text[index - 1] == ZWJ)
        spans.append((index, index + 1, 0 if hidden else char_cells(char)))
    return merge_joined(text, spans)


def cell_width(text: str) -> int:
    """Terminal cells the text takes, by unicodedata."""
    if text.isascii():
        return len(text)
    return sum(cells for _start, _end, cells in grapheme_spans(text))


def keep_before_ellipsis(spans: Iterable[Span], width: int) -> int:
    """How many characters of whole graphemes fit before "…" in `width` cells."""
    room = width - 1  # the ellipsis takes one cell
    used = 0
    keep = 0
    for _start, end, cells in spans:
        if used + cells > room:
            break
        used += cells
        keep = end
    return keep


def cut(text: str, width: int) -> str:
    """`text` in at most `width` cells: whole, or cut with "…" at a grapheme edge."""
    if width < 1:
        return ""
    if cell_width(text) <= width:
        return text
    return text[: keep_before_ellipsis(grapheme_spans(text), width)].rstrip() + ELLIPSIS
