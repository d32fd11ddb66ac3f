"""Cut one line of text to a number of terminal cells, with "…", never inside a character.

Every single-line label on screen (titles, names, table cells) is cut here, so a 500-letter
title, a CJK title or an emoji name shows as much as fits and then "…", instead of wrapping
out of sight or being cropped mid-glyph.

Widths are Rich's (`rich.cells`), because Rich is what Textual draws with: a cut measured any
other way would be cropped again, or padded, by the renderer. Wide (East Asian, emoji)
characters count two cells. Cuts fall between graphemes: Rich already keeps combining marks,
variation selectors and ZWJ emoji sequences with their base character, and text_cells.py (the
Rich-free measure the CLI uses) joins spacing marks (Devanagari vowel signs), emoji skin tones
and flag pairs to them and makes the cut, by the same rule for both.

UI-only: Rich is a Textual dependency, and the non-UI commands never import it (see
tests/unit/test_architecture.py), so neither the domain nor those commands may import this.
"""

from __future__ import annotations

from rich.cells import cell_len, split_graphemes

from kickoff_tui.text_cells import ELLIPSIS as ELLIPSIS  # re-exported for the widgets
from kickoff_tui.text_cells import Span, keep_before_ellipsis, merge_joined

# the most cells a person's name takes beside other text (a table cell, an entry's owner)
NAME_CELLS = 28
# the most cells a title or a captured line takes in a table column
TITLE_CELLS = 40


def cell_width(text: str) -> int:
    """Terminal cells the text takes, as Textual draws it."""
    return cell_len(text)


def grapheme_spans(text: str) -> list[Span]:
    """(start, end, cells) of each grapheme, covering the text without gaps."""
    return merge_joined(text, split_graphemes(text)[0])


def cut_point(text: str, width: int) -> int | None:
    """How many characters of text to keep before "…" in `width` cells; None if all fits."""
    if cell_len(text) <= width:
        return None
    return keep_before_ellipsis(grapheme_spans(text), width)


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
