"""`kickoff serve [SESSION] [--port N] [--host ADDR]`: the room view in web browsers.

The session is resolved here, before anything listens: every browser tab then runs exactly
`kickoff present <that id>`. The web extra (aiohttp, textual-serve) is optional; without it
this says what to install. Neither this module nor the server imports Textual: only the
`kickoff present` processes it starts do.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys

from kickoff_tui.commands.present import session_folder
from kickoff_tui.errors import KickoffError
from kickoff_tui.settings import DEFAULT_THEME, THEMES, chosen_theme

WEB_EXTRA = "pip install 'kickoff-tui[web]'"
_WEB_MODULES = ("aiohttp", "textual_serve")


def web_extra_missing() -> list[str]:
    return [name for name in _WEB_MODULES if importlib.util.find_spec(name) is None]


def present_argv(session_id: str, theme: str = DEFAULT_THEME) -> list[str]:
    """The one command a tab runs. -P: the folder the server was started in is not put on
    the module path, so a stray kickoff_tui/ or textual.py there is never imported. The theme
    is one of settings.THEMES, checked before anything listens: never text from a request."""
    if theme not in THEMES:
        raise ValueError(f"not a theme: {theme!r}")
    return [
        sys.executable,
        "-P",
        "-m",
        "kickoff_tui",
        "present",
        f"--theme={theme}",
        "--",
        session_id,
    ]


def run(args: argparse.Namespace) -> int:
    missing = web_extra_missing()
    if missing:
        print(
            f"kickoff: serve needs the web extra ({', '.join(missing)} not installed): {WEB_EXTRA}",
            file=sys.stderr,
        )
        return 2
    theme = chosen_theme(getattr(args, "theme", None)).name  # a bad one: one line, exit 2
    if not 0 <= args.port <= 65535:
        raise KickoffError(f"--port {args.port}: choose 1 to 65535, or 0 for any free port")
    folder = session_folder(args.session, "serve")
    from kickoff_tui.domain.record import one_line
    from kickoff_tui.storage.session_store import find_session
    from kickoff_tui.web.run import ServeOptions, serve

    # one line: a title that breaks it could print a second, fake link under the real one
    title = one_line(find_session(folder.name, unfinished_only=False).title)
    options = ServeOptions(
        argv=present_argv(folder.name, theme),
        session_id=folder.name,
        meeting_title=title,
        host=args.host,
        port=args.port,
    )
    return serve(options)
