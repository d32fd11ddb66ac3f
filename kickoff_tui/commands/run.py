"""`kickoff run AGENDA`: load and check the agenda, open a new session, run the live app.

Textual is imported only once the agenda has loaded, so a bad file fails fast and plainly.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.domain.clock import SystemClock
from kickoff_tui.errors import AgendaError
from kickoff_tui.settings import chosen_theme
from kickoff_tui.storage.agenda_loader import load_agenda
from kickoff_tui.storage.templates import resolve_template


def agenda_path(spec: str) -> Path:
    """An existing file wins; anything else is taken as the name of a bundled agenda."""
    path = Path(spec).expanduser()
    if path.is_file() or path.suffix.lower() in (".yaml", ".yml") or "/" in spec:
        return path
    return resolve_template(spec)


def load(spec: str) -> Agenda | None:
    """The agenda, or None after printing every problem on stderr, one per line."""
    try:
        return load_agenda(agenda_path(spec))
    except AgendaError as error:
        for problem in error.problems:
            print(problem.format(), file=sys.stderr)
        return None


def with_open_actions(agenda: Agenda, spec: str) -> Agenda | None:
    """The agenda with the "Open actions from …" item; None after one line on stderr when the
    source cannot be read. Each task line skipped is one `FILE:LINE: why` line on stderr.
    An owner is matched against the agenda's people like a captured @owner (`@ben` in a
    hand-written task list is Ben Okafor); one who is not there stays as written."""
    from dataclasses import replace

    from kickoff_tui.domain.exercises.common import resolve_person
    from kickoff_tui.domain.follow_up import with_follow_up
    from kickoff_tui.storage.follow_up_source import FollowUpError, read_follow_up
    from kickoff_tui.text_safety import safe_text

    try:
        follow_up, problems = read_follow_up(spec)
    except FollowUpError as error:
        print(safe_text(str(error)), file=sys.stderr)
        return None
    for problem in problems:
        print(safe_text(problem), file=sys.stderr)
    names = [person.name for person in agenda.people]
    actions = tuple(
        replace(action, owner=resolve_person(action.owner, names)[0])
        for action in follow_up.actions
    )
    return with_follow_up(agenda, replace(follow_up, actions=actions))


def run(args: argparse.Namespace) -> int:
    gc.disable()  # until the first frame: see _resume_gc_after_start in ui/app.py
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    # a bad --theme or config.toml is one line before anything opens
    theme = chosen_theme(getattr(args, "theme", None))
    if getattr(args, "offer_resume", False):  # plain `kickoff`: a crashed meeting comes first
        from kickoff_tui.commands.resume import offer_resume

        resumed = offer_resume(bell=not args.no_bell, theme=theme)
        if resumed is not None:
            return resumed
    agenda = load(args.agenda)
    if agenda is None:
        return 2
    if getattr(args, "follow_up", None):
        agenda = with_open_actions(agenda, args.follow_up)
        if agenda is None:
            return 2
    from kickoff_tui.storage.session_store import new_session

    clock = SystemClock()
    handle = new_session(agenda, str(args.agenda), clock)
    from kickoff_tui.ui.launch import run_live

    return run_live(handle, bell=not args.no_bell, clock=clock, theme=theme)
