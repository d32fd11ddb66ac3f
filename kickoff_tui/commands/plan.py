"""`kickoff plan FILE [--start HH:MM] [--pre-read | --ics] [-o OUT]`: the agenda as a timetable.

Plain text in a terminal; Markdown when OUT ends in .md or stdout is not a terminal (a pipe,
a file). `--pre-read` is always Markdown: what attendees get before the meeting, with nothing
private in it. `--ics` is an iCalendar invite (kickoff_tui/invite.py). A bad agenda gets the
same PATH:LINE:COL lines as `kickoff check`, exit 2.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.errors import KickoffError
from kickoff_tui.storage.agenda_loader import check_file, one_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    start = parse_start(args.start)
    if args.ics and args.pre_read:
        raise KickoffError("--ics and --pre-read are two outputs; run plan once for each")
    agenda = load_or_report(args.agenda)
    if agenda is None:
        return 2
    if start is None and agenda.meeting.start:
        start = parse_start(agenda.meeting.start)  # checked by the loader: never refused here
    relative = start is None
    begin = start or 0
    output: str | None = args.output
    if args.ics:
        text = ics_text(agenda, start)
    elif args.pre_read:
        from kickoff_tui.domain.pre_read import pre_read

        text = pre_read(agenda, begin, relative=relative)
    elif (output and output.lower().endswith(".md")) or (not output and not sys.stdout.isatty()):
        from kickoff_tui.domain.pre_read import markdown_timetable

        text = markdown_timetable(agenda, begin, relative=relative)
    else:
        from kickoff_tui.domain.plan_text import plain_timetable

        text = plain_timetable(agenda, begin, relative=relative)
    if output:
        write_output(Path(output), text, force=args.force)
        print(f"wrote {output}", file=sys.stderr)
    elif args.ics:  # already escaped, and its CR LF line ends must pass as they are
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(text)
    return 0


def ics_text(agenda: Agenda, start: int | None) -> str:
    """The invite; it needs a day and a time, so a missing one is a one-line error."""
    if not agenda.meeting.date or start is None:
        raise KickoffError(
            "--ics needs the meeting's date (meeting: date: in the agenda) and --start HH:MM"
        )
    from datetime import date

    from kickoff_tui.invite import invite

    return invite(agenda, date.fromisoformat(agenda.meeting.date), start)


def parse_start(text: str | None) -> int | None:
    """Seconds after midnight from 'HH:MM'; KickoffError (one line, exit 2) otherwise."""
    if text is None:
        return None
    from kickoff_tui.domain.timetable import parse_clock

    seconds = parse_clock(text)
    if seconds is None:
        raise KickoffError(f"--start '{text}' is not a time of day; write it like 09:30")
    return seconds


def load_or_report(path: str) -> Agenda | None:
    """The agenda, or None after printing each problem as `kickoff check` does."""
    result = check_file(path, path)
    for problem in result.problems:
        print(one_line(problem.format()), file=sys.stderr)
    return result.agenda


def write_output(path: Path, text: str, *, force: bool) -> None:
    from kickoff_tui.storage.files import atomic_write

    try:
        atomic_write(path, text, overwrite=force)
    except FileExistsError:
        raise KickoffError(f"{path} already exists; use --force to overwrite it") from None
    except OSError as exc:
        raise KickoffError(f"cannot write {path}: {exc.strerror or exc}") from None
