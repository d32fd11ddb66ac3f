"""Cut one line of text to a number of terminal cells, with "…", never inside a character.

Every single-line label on screen (titles, names, table cells) is cut here, so a 500-letter
title, a CJK title or an emoji name shows as much as fits and then "…", instead of wrapping
out of sight or being cropped mid-glyph.

Widths are Rich's (`rich.cells`), because Rich is what Textual draws with: a cut measured any
other way would be cropped again, or padded, by the renderer. Wide (East Asian, emoji)
characters count two cells. Cuts fall between graphemes: Rich already keeps combining marks,
variation selectors and ZWJ emoji sequences with their base character, and this module also
keeps spacing marks (Devanagari vowel signs), emoji skin tones and flag pairs together.

UI-only: Rich is a Textual dependency, and the non-UI commands never import it (see
tests/unit/test_architecture.py), so neither the domain nor those commands may import this.
"""

from __future__ import annotations

import unicodedata

from rich.cells import cell_len, split_graphemes

ELLIPSIS = "…"
# the most cells a person's name takes beside other text (a table cell, an entry's owner)
NAME_CELLS = 28
# the most cells a title or a captured line takes in a table column
TITLE_CELLS = 40

_SKIN_TONES = range(0x1F3FB, 0x1F400)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)


def cell_width(text: str) -> int:
    """Terminal cells the text takes, as Textual draws it."""
    return cell_len(text)


def _joins_previous(char: str, previous: str) -> bool:
    """Whether a grapheme Rich starts at `char` really continues the one before it."""
    code = ord(char)
    if unicodedata.category(char) in ("Mc", "Mn", "Me"):
        return True
    if code in _SKIN_TONES:
        return True
    # a flag is a pair of regional indicators: the second joins the first (not a third)
    return (
        code in _REGIONAL_INDICATORS
        and len(previous) == 1
        and ord(previous) in _REGIONAL_INDICATORS
    )


def grapheme_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, cells) of each grapheme, covering the text without gaps."""
    spans: list[tuple[int, int, int]] = []
    for start, end, cells in split_graphemes(text)[0]:
        if spans and _joins_previous(text[start], text[spans[-1][0] : spans[-1][1]]):
            first, _, width = spans.pop()
            spans.append((first, end, width + cells))
        else:
            spans.append((start, end, cells))
    return spans


def cut_point(text: str, width: int) -> int | None:
    """How many characters of text to keep before "…" in `width` cells; None if all fits."""
    if cell_len(text) <= width:
        return None
    room = width - 1  # the ellipsis takes one cell
    used = 0
    keep = 0
    for _start, end, cells in grapheme_spans(text):
        if used + cells > room:
            break
        used += cells
        keep = end
    return keep


def fit(text: str, width: int) -> str:
    """One line of text in at most `width` cells: whole, or cut with "…" at a grapheme edge.

    Line breaks become spaces (a label is one line). A width under 1 gives "".
    """
    line = " ".join(text.splitlines()) if ("\n" in text or "\r" in text) else text
    if width < 1:
        return ""
    keep = cut_point(line, width)
    if keep is None:
        return line
    return line[:keep].rstrip() + ELLIPSIS
