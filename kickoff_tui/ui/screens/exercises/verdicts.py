"""The client's verdict on a row (success criteria, scope lines): its look and its keys' flow.

y agree · c concerns (asks for the note) · b block (asks why, optionally) · 0 clears it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.binding import Binding

from kickoff_tui.domain.exercises.success import AGREE, BLOCK, CONCERNS
from kickoff_tui.ui.screens.exercises.form import Field
from kickoff_tui.ui.screens.exercises.table import TableExerciseScreen

VERDICT_STYLES = {AGREE: "bold green", CONCERNS: "bold yellow", BLOCK: "bold red"}
VERDICT_KEYS = [
    Binding("y", "verdict('agree')", "Agree"),
    Binding("c", "verdict('concerns')", "Concerns"),
    Binding("b", "verdict('block')", "Block"),
    Binding("0,backspace", "verdict('')", "Clear verdict", show=False),
]


def verdict_cell(verdict: str) -> Text:
    if not verdict:
        return Text("no verdict", style="dim")
    return Text(verdict, style=VERDICT_STYLES.get(verdict, ""))


def ask_verdict(
    screen: TableExerciseScreen[Any],
    label: str,
    note: str,
    verdict: str,
    change: Callable[[str], object],
) -> None:
    """Record `verdict` through change(note): at once for agree or clear, after a note form
    for concerns (the note is needed) or block (the note is optional)."""
    if verdict not in (CONCERNS, BLOCK):
        screen.act(lambda: change(""))
        return
    note_label = "What is the concern?" if verdict == CONCERNS else "Why block? (optional)"
    screen.ask(
        f"{verdict.capitalize()}: {label}",
        [Field("note", "Note", note, note_label)],
        lambda values: change(values["note"]),
    )
