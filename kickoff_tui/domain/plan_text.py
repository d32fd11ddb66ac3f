"""`kickoff plan` as text for a terminal: the timetable in aligned columns.

Agenda text is cut to one line here (`markdown.clean` drops control characters and line
breaks); the CLI writes it through safe_text as well, like every line it prints.
"""

from __future__ import annotations

from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.markdown import clean
from kickoff_tui.domain.timetable import clock_text, finish_line, needs_seconds, rows, total_line

_TITLE_WIDTH = 40  # characters; a longer title is cut with "…" so the columns stay aligned


def plain_timetable(agenda: Agenda, start: int = 0, *, relative: bool = True) -> str:
    table = rows(agenda, start)
    seconds = needs_seconds(table)
    header = ["Start", "End", "Timebox", "Item", "Owner", "Exercise"]
    lines = [
        [
            clock_text(row.start, with_seconds=seconds),
            clock_text(row.end, with_seconds=seconds),
            format_duration(row.item.timebox),
            _cut(f"{row.number}. {clean(row.item.title)}"),
            _cut(clean(row.item.owner)) or "-",
            row.item.exercise or "-",
        ]
        for row in table
    ]
    widths = [max(len(cells[i]) for cells in [header, *lines]) for i in range(len(header))]
    title = clean(agenda.meeting.title)
    when = "relative times" if relative else f"from {clock_text(start, with_seconds=seconds)}"
    out = [f"{title}: timetable ({when})", ""]
    out += ["  ".join(text.ljust(width) for text, width in zip(cells, widths, strict=True)).rstrip()
            for cells in [header, *lines]]  # fmt: skip
    out += ["", total_line(agenda), finish_line(table, relative=relative)]
    return "\n".join(out) + "\n"


def _cut(text: str) -> str:
    return text if len(text) <= _TITLE_WIDTH else text[: _TITLE_WIDTH - 1] + "…"
