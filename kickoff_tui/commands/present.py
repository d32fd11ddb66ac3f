"""`kickoff present [SESSION]`: the read-only room view of a session, in this terminal.

Without SESSION it follows the live session (the one whose app holds the session lock; the
most recent if several are live). With an id or a prefix of one, that session, live or not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kickoff_tui import paths
from kickoff_tui.errors import SessionNotFound
from kickoff_tui.settings import chosen_theme
from kickoff_tui.storage.lock import live_holder
from kickoff_tui.storage.session_store import JOURNAL_NAME, find_session


def live_session_folder(command: str = "present") -> Path:
    """The newest session a running app holds; SessionNotFound when none is live."""
    root = paths.sessions_dir()
    folders = (
        sorted((f for f in root.iterdir() if f.is_dir()), reverse=True) if root.is_dir() else []
    )
    for folder in folders:  # ids start with the creation time: newest first
        if (folder / JOURNAL_NAME).exists() and live_holder(folder) is not None:
            return folder
    raise SessionNotFound(
        f"no live session to {command}; start one with `kickoff run`, or name one: "
        f"`kickoff {command} ID` (`kickoff sessions` lists them)"
    )


def session_folder(id_or_prefix: str | None, command: str = "present") -> Path:
    """The folder of the session to show: by id or prefix, else the live one (`serve` too)."""
    if id_or_prefix:
        return find_session(id_or_prefix, unfinished_only=False).folder
    return live_session_folder(command)


def run(args: argparse.Namespace) -> int:
    theme = chosen_theme(getattr(args, "theme", None)).name
    folder = session_folder(args.session)
    from kickoff_tui.ui.room.app import RoomApp  # the UI only once a session was found

    app = RoomApp(folder / JOURNAL_NAME, theme=theme)
    code = app.run()
    if app.problem:
        print(f"kickoff: {app.problem}", file=sys.stderr)
        return 1
    return 0 if code is None else code
