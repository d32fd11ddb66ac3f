"""`kickoff export [SESSION] [--format FORMAT]... [-o PATH] [--stdout] [--force]`: minutes of
any session on disk, as Markdown (the default) or any of kickoff_tui.exports.FORMATS.

SESSION is a session id or a unique prefix of one (default: the most recent readable
session, live, crashed or ended), or the path of a session folder or journal file copied
from elsewhere. Minutes are rebuilt from the journal, so a crashed meeting exports too, as a
draft. -o takes a folder or a file; an existing file is never replaced without --force: a
free `-2`, `-3`, ... name is used instead, and the output says so. With several formats, -o
is a folder and every file is named after the meeting, each with its own ending.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from kickoff_tui.domain.minutes import context_for
from kickoff_tui.domain.session import Session
from kickoff_tui.errors import JournalError, KickoffError
from kickoff_tui.exports import DEFAULT_FORMAT, FORMATS, Source, write
from kickoff_tui.storage.export import export_text
from kickoff_tui.storage.session_store import (
    JOURNAL_NAME,
    find_session,
    load_session,
    rebuild_from_journal,
)


def run(args: argparse.Namespace) -> int:
    formats = list(dict.fromkeys(getattr(args, "format", None) or [DEFAULT_FORMAT]))
    if args.stdout and args.output:
        raise KickoffError("--stdout prints the minutes; leave out -o, or leave out --stdout")
    if args.stdout and len(formats) > 1:
        raise KickoffError("--stdout prints one format; give --format once")
    if len(formats) > 1 and args.output and not _names_a_folder(args.output):
        raise KickoffError(
            "with several formats -o takes a folder (each file is named after the meeting)"
        )
    session = load(args.session)
    for warning in session.warnings:
        print(f"kickoff: warning: {warning}", file=sys.stderr)
    source = Source(session, diagrams=not getattr(args, "no_diagrams", False))
    if args.stdout:
        sys.stdout.flush()
        # UTF-8 whatever the terminal's locale says: every format is UTF-8 text.
        sys.stdout.buffer.write(write(formats[0], source).encode("utf-8"))
        sys.stdout.buffer.flush()
        _say_draft(session, sys.stderr)
        return 0
    for name in formats:
        kind = FORMATS[name]
        text = write(name, source)
        result = export_text(session, text, kind.suffix, args.output, force=args.force)
        if result.created is not None:
            print(f"Created folder {shown(result.created)}")  # as `kickoff new` says it
        what = "minutes" if name == DEFAULT_FORMAT else kind.label
        if result.renamed:
            print(
                f"{shown(result.wanted)} already exists, so the {what} went to "
                f"{shown(result.path)} (--force overwrites instead)"
            )
        else:
            print(f"{kind.label} written to {shown(result.path)}")
    _say_draft(session, sys.stdout)
    return 0


def _names_a_folder(typed: str) -> bool:
    return typed.endswith(("/", os.sep)) or Path(typed).expanduser().is_dir()


def load(typed: str | None) -> Session:
    """The session named by an id, an id prefix, a session folder or a journal file."""
    journal = _journal_path(typed)
    if journal is None:
        info = find_session(typed, unfinished_only=False)
        return load_session(info.id)
    return rebuild_from_journal(journal)


def _journal_path(typed: str | None) -> Path | None:
    """A journal path when what was typed is a path on disk rather than a session id."""
    if not typed or (os.sep not in typed and "/" not in typed and not typed.endswith(".jsonl")):
        return None
    path = Path(typed).expanduser()
    if path.is_dir():
        path = path / JOURNAL_NAME
    if not path.is_file():
        raise JournalError(f"no session journal at {path}")
    return path


def shown(path: Path) -> str:
    """Relative to the current directory when inside it, as people typed it; else absolute."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def _say_draft(session: Session, stream: TextIO) -> None:
    ctx = context_for(session)
    if ctx.draft:
        message = "Note: the meeting was never ended, so these minutes are a draft."
    elif ctx.start is None:
        message = "Note: the meeting was never started; the minutes hold the agenda only."
    else:
        return
    print(message, file=stream)
