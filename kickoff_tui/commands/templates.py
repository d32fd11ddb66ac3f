"""`kickoff templates`: the bundled agendas as an aligned table.

On a terminal, long purposes wrap under their own column so the table stays readable at 80
columns; when piped, each template stays on one line so `grep` and `cut` keep working.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap

from kickoff_tui.domain.durations import format_duration
from kickoff_tui.errors import KickoffError
from kickoff_tui.storage.templates import TemplateSummary, list_templates

HEADERS = ("NAME", "LENGTH", "ITEMS", "PURPOSE")
GAP = "  "
MIN_PURPOSE_WIDTH = 20
DEFAULT_TEMPLATE = "client-kickoff"  # the same default as `kickoff run` and `kickoff new`


def run(args: argparse.Namespace) -> int:
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    summaries = list_templates()
    if not summaries:
        raise KickoffError("no bundled agendas are installed; reinstall kickoff-tui")
    print(render_table(summaries, width))
    print()
    print("Copy one to edit:  kickoff new my-kickoff.yaml --template NAME")
    print(f"Run one directly:  kickoff run NAME   (default: {DEFAULT_TEMPLATE})")
    return 0


def render_table(summaries: list[TemplateSummary], width: int | None = None) -> str:
    """The table as text; wrap the purpose column to fit `width` when it is given."""
    rows = [
        (
            s.name,
            format_duration(s.length) if s.length else "?",
            str(s.items) if s.items is not None else "?",
            s.purpose,
        )
        for s in summaries
    ]
    name_w = max(len(HEADERS[0]), *(len(r[0]) for r in rows))
    length_w = max(len(HEADERS[1]), *(len(r[1]) for r in rows))
    items_w = max(len(HEADERS[2]), *(len(r[2]) for r in rows))
    indent = name_w + length_w + items_w + 3 * len(GAP)
    purpose_w = None if width is None else max(MIN_PURPOSE_WIDTH, width - indent - 1)

    def line(name: str, length: str, items: str, purpose: str) -> list[str]:
        head = GAP.join((name.ljust(name_w), length.rjust(length_w), items.rjust(items_w)))
        parts = textwrap.wrap(purpose, purpose_w) if purpose_w and purpose else [purpose]
        first = f"{head}{GAP}{parts[0]}".rstrip()
        return [first, *(" " * indent + part for part in parts[1:])]

    lines = line(*HEADERS)
    for row in rows:
        lines.extend(line(*row))
    return "\n".join(lines)
