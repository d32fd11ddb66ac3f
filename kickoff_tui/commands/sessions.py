"""`kickoff sessions`: list recorded sessions, newest first, as a table or as JSON for scripts."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import TextIO

from kickoff_tui import paths
from kickoff_tui.storage.session_store import DAMAGED, SessionInfo, list_sessions

_TITLE_WIDTH = 40
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\ud800-\udfff]")  # only inside strings, as JSON has it
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
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())  # a title never breaks the table over two lines
    return text if len(text) <= width else text[: width - 1] + "…"


def _row(info: SessionInfo) -> tuple[str, ...]:
    started = info.started.astimezone().strftime("%Y-%m-%d %H:%M") if info.started else "-"
    title = _shorten(info.title, _TITLE_WIDTH) or "-"
    return (info.id, title, started, info.status, str(info.entries))


def print_table(sessions: list[SessionInfo], out: TextIO) -> None:
    rows = [_HEADERS, *(_row(s) for s in sessions)]
    widths = [max(len(row[col]) for row in rows) for col in range(len(_HEADERS))]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)]
        cells.append(row[-1].rjust(widths[-1]))  # counts line up on the right
        out.write("  ".join(cells).rstrip() + "\n")
    damaged = [s for s in sessions if s.status == DAMAGED]
    if damaged:
        out.write("\n")
        for info in damaged:
            out.write(f"{info.id} is damaged: {info.problem}\n")
