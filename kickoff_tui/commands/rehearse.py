"""`kickoff rehearse FILE [--speed N]`: run the meeting alone, on a clock N times faster.

The normal console in a throwaway session: its folder is a temporary KICKOFF_HOME, removed
when the app closes, so `kickoff sessions` never lists it and `resume` never offers it.
Minutes exported during the rehearsal are kept (an explicit -o path or the minutes folder).
"""

from __future__ import annotations

import argparse

from kickoff_tui.commands.run import load
from kickoff_tui.domain.clock import SystemClock
from kickoff_tui.errors import KickoffError
from kickoff_tui.rehearsal import BANNER, MAX_SPEED, SpeedClock, throwaway_home
from kickoff_tui.settings import chosen_theme


def run(args: argparse.Namespace) -> int:
    speed = float(args.speed)
    if not 1 <= speed <= MAX_SPEED:  # nan fails both comparisons, so it is refused too
        raise KickoffError(f"--speed {args.speed}: give a number from 1 to {MAX_SPEED:g}")
    # before the throwaway home below: the theme is the user's own config.toml's
    theme = chosen_theme(getattr(args, "theme", None))
    agenda = load(args.agenda)
    if agenda is None:
        return 2
    from kickoff_tui.storage.session_store import new_session

    clock = SpeedClock(SystemClock(), speed)
    with throwaway_home():
        handle = new_session(agenda, str(args.agenda), clock)
        from kickoff_tui.ui.launch import run_live

        return run_live(handle, bell=not args.no_bell, clock=clock, banner=BANNER, theme=theme)
