"""The argparse definition of every `kickoff` subcommand and its options.

Kept apart from cli.py so that a plain `kickoff check FILE...` never imports argparse:
importing, building and running it costs ~10 ms of a start that is ~80 ms in all.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence

from kickoff_tui import package_version

DEFAULT_AGENDA = "client-kickoff"


class _VersionAction(argparse.Action):
    """Like argparse's "version" action, but reads the metadata only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"kickoff {package_version()}")
        parser.exit()


def _columns() -> int:
    """The width shutil.get_terminal_size() would give, without importing shutil."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    """argparse builds a formatter for every add_argument (to check metavars), and its default
    width imports shutil: ~5 ms on every `kickoff` start, for help that is rarely printed."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_columns() - 2)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kickoff",
        formatter_class=_Formatter,
        description="Facilitate a timed project kickoff from the terminal; "
        "Markdown minutes are ready when it ends.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add = functools.partial(sub.add_parser, formatter_class=_Formatter)

    run = add("run", help="run a meeting from an agenda file or a bundled agenda")
    run.add_argument("agenda", nargs="?", default=DEFAULT_AGENDA, help="path or bundled name")
    run.add_argument("--no-bell", action="store_true", help="no terminal bell when time is up")
    run.add_argument(
        "--follow-up",
        metavar="SOURCE",
        help="review open actions first: an earlier session (id prefix) or a Markdown task list",
    )
    _theme_option(run)

    check = add("check", help="validate agenda files and report every problem")
    check.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    check.add_argument("--strict", action="store_true", help="warnings make the exit code 1")

    add("templates", help="list the bundled agendas")

    new = add("new", help="write a copy of a bundled agenda, ready to edit")
    new.add_argument("path", help="the file to write, e.g. my-kickoff.yaml")
    new.add_argument("--template", "-t", default=DEFAULT_AGENDA, help="bundled agenda name")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")

    sessions = add("sessions", help="list recorded sessions")
    sessions.add_argument("--json", action="store_true", help="print a JSON list for scripts")

    resume = add("resume", help="reopen an unfinished session where it was")
    resume.add_argument("session", nargs="?", help="session id (default: most recent)")
    _theme_option(resume)

    present = add("present", help="show the read-only room view of a meeting in this terminal")
    present.add_argument("session", nargs="?", help="session id or prefix (default: the live one)")
    _theme_option(present)

    serve = add("serve", help="serve the room view to web browsers (needs kickoff-tui[web])")
    serve.add_argument("session", nargs="?", help="session id or prefix (default: the live one)")
    serve.add_argument(
        "--port", type=int, default=8000, metavar="N", help="TCP port (default 8000; 0: any free)"
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="ADDR",
        help="address to listen on (default 127.0.0.1: this machine only)",
    )
    _theme_option(serve)

    export = add("export", help="write the minutes of a session: Markdown, HTML, JSON, ...")
    export.add_argument("session", nargs="?", help="session id (default: most recent)")
    export.add_argument(
        "--format", action="append", choices=EXPORT_FORMATS, help=_EXPORT_FORMAT_HELP
    )
    export.add_argument("-o", "--output", help="file or folder to write to")
    export.add_argument("--stdout", action="store_true", help="print the one format instead")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    export.add_argument(
        "--no-diagrams",
        action="store_true",
        help="leave the pictures (Mermaid in md, SVG in html) out; the tables stay",
    )

    plan = add("plan", help="print an agenda as a timetable, or the attendees' pre-read")
    plan.add_argument("agenda", metavar="FILE", help="the agenda file")
    plan.add_argument("--start", metavar="HH:MM", help="clock time the meeting starts")
    plan.add_argument(
        "--pre-read", action="store_true", help="Markdown for attendees: nothing private"
    )
    plan.add_argument(
        "--ics", action="store_true", help="an iCalendar invite (needs a date and --start)"
    )
    plan.add_argument("-o", "--output", metavar="OUT", help="file to write (.md: Markdown)")
    plan.add_argument("--force", action="store_true", help="overwrite an existing file")

    edit = add("edit", help="edit an agenda file in a form (new: start from a bundled one)")
    edit.add_argument("path", metavar="FILE", help="the agenda file to edit or create")

    rehearse = add("rehearse", help="run the meeting alone on a faster clock; nothing is kept")
    rehearse.add_argument("agenda", help="path or bundled name")
    rehearse.add_argument("--speed", type=float, default=10.0, help="times faster (default 10)")
    rehearse.add_argument("--no-bell", action="store_true", help="no terminal bell")
    _theme_option(rehearse)

    imported = add("import", help="turn a Markdown agenda into an agenda file")
    imported.add_argument("source", metavar="FILE.md", help="the Markdown agenda")
    imported.add_argument("-o", "--output", metavar="OUT.yaml", help="file to write (else stdout)")
    imported.add_argument("--force", action="store_true", help="overwrite an existing file")

    questions = add("questions", help="list questions to ask over a project's life")
    questions.add_argument("--phase", action="append", metavar="PHASE", help=_QUESTION_PHASES)
    questions.add_argument("--topic", action="append", metavar="TOPIC", help=_QUESTION_TOPICS)
    questions.add_argument("--search", nargs="+", metavar="WORD", help="words every match has")
    questions.add_argument(
        "--format", choices=("text", "md", "yaml"), default="text", help="yaml: ready as prompts:"
    )
    questions.add_argument("--questions", metavar="FILE", help="your own bank, added on top")
    return parser


def _theme_option(command: argparse.ArgumentParser) -> None:
    # checked by the command (settings.chosen_theme): a bad name is one line, not argparse's usage
    command.add_argument("--theme", metavar="NAME", help=_THEME_HELP)


# written out, not imported: settings.THEMES is the list (a test compares)
_THEME_HELP = (
    "colours: default, projector, light or high-contrast (default: the theme in config.toml)"
)

# written out, not imported (kickoff_tui.exports.FORMATS loads the domain; a test compares)
EXPORT_FORMATS = ("md", "html", "json", "csv", "gh", "ics")
_EXPORT_FORMAT_HELP = (
    "md (default), html (to email or print), json (the whole meeting as data), csv (action "
    "items and decisions), gh (a script of gh issue create lines) or ics (dated action items "
    "as calendar events); repeatable"
)

# written out, not imported: the vocabulary lives in domain/question_bank.py (a test compares)
_QUESTION_PHASES = (
    "sales-handover, discovery, kickoff, delivery, launch or after-launch (repeatable)"
)
_QUESTION_TOPICS = (
    "why, success, scope, people-and-decisions, timeline, budget, communication, risks, "
    "onboarding or fit (repeatable)"
)
