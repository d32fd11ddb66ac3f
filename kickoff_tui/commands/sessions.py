"""`kickoff sessions`: list recorded sessions, newest first, as a table or as JSON for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from kickoff_tui import paths
from kickoff_tui.storage.session_store import DAMAGED, SessionInfo, list_sessions
from kickoff_tui.text_cells import cell_width, cut
from kickoff_tui.text_safety import json_safe

_TITLE_WIDTH = 40
_HEADERS = ("ID", "TITLE", "STARTED", "STATUS", "ENTRIES")


def run(args: argparse.Namespace) -> int:
    sessions = list_sessions()
    if args.json:
        sys.stdout.write(sessions_json(sessions) + "\n")
        return 0
    if not sessions:
        print(f"No sessions yet in {paths.sessions_dir()}. Start one with `kickoff run`.")
        return 0
    print_table(sessions, sys.stdout)
    return 0


def sessions_json(sessions: list[SessionInfo]) -> str:
    """Exact JSON with no raw control character (json escapes only C0), readable where the
    terminal can show the text, all ASCII escapes where it cannot."""
    rows = [s.to_json() for s in sessions]
    text = json.dumps(rows, indent=2, ensure_ascii=False)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return json.dumps(rows, indent=2)
    return json_safe(text)


def _shorten(text: str, width: int) -> str:
    """At most `width` cells, cut with "…"; a title never breaks the table over two lines."""
    return cut(" ".join(text.split()), width)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    gap = " " * (width - cell_width(text))
    return gap + text if right else text + gap


def _row(info: SessionInfo) -> tuple[str, ...]:
    started = info.started.astimezone().strftime("%Y-%m-%d %H:%M") if info.started else "-"
    title = _shorten(info.title, _TITLE_WIDTH) or "-"
    return (info.id, title, started, info.status, str(info.entries))


def print_table(sessions: list[SessionInfo], out: TextIO) -> None:
    rows = [_HEADERS, *(_row(s) for s in sessions)]
    widths = [max(cell_width(row[col]) for row in rows) for col in range(len(_HEADERS))]
    for row in rows:
        cells = [_pad(cell, width) for cell, width in zip(row[:-1], widths, strict=False)]
        cells.append(_pad(row[-1], widths[-1], right=True))  # counts line up on the right
        out.write("  ".join(cells).rstrip() + "\n")
    damaged = [s for s in sessions if s.status == DAMAGED]
    if damaged:
        out.write("\n")
        for info in damaged:
            out.write(f"{info.id} is damaged: {info.problem}\n")
