"""Every text the live app shows is made safe where Textual and Rich build text from a string.

Textual's Content and Rich's Text already pass every string they are built from through one
translate table, to drop a few control codes (BEL, BS, VT, FF, CR) that break the layout.
ESC and the C1 controls pass through it untouched and reach the terminal as commands: an entry,
a person or a title from a journal copied from elsewhere could clear the screen, set the window
title or write the clipboard. Filling that same table with kickoff_tui.text_safety's mapping
makes every widget, table cell, toast and label show them as visible characters, one for one,
so spans and cursor positions stay right. This is a private Textual and Rich table: the hostile
tests (tests/ui/test_hostile_screens.py) fail if an upgrade moves it.
"""

from __future__ import annotations

from kickoff_tui.text_safety import SAFE_TABLE, surrogate_table
from kickoff_tui.ui.textual_private import control_translate_tables


def install_safe_text() -> None:
    """Replace control characters with visible ones in every Content and Text built from now."""
    table = SAFE_TABLE | surrogate_table()
    for strip_table in control_translate_tables():  # the dicts their strip functions use
        strip_table.update(table)
