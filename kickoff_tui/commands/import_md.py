"""`kickoff import FILE.md [-o OUT.yaml]`: a Markdown agenda turned into a kickoff agenda file.

Lines that look like items but carry no duration are reported as `FILE:LINE: no duration for
"..."`; what could be read is still written, and the exit code is 1 when anything was skipped.
The YAML is yaml.safe_dump of plain data, and is checked with the agenda checker before it is
written, so the file passes `kickoff check`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kickoff_tui.errors import KickoffError

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

MAX_BYTES = 1024 * 1024  # the agenda loader's limit too: a document agenda is far smaller


def run(args: argparse.Namespace) -> int:
    from kickoff_tui.agenda_import import read_markdown, to_yaml
    from kickoff_tui.storage.agenda_loader import check_text, one_line

    source = Path(args.source)
    imported = read_markdown(read_source(source))
    shown = one_line(args.source)
    for line, title in imported.skipped:
        print(one_line(f'{shown}:{line}: no duration for "{_clip(title)}"'), file=sys.stderr)
    if not imported.items:
        raise KickoffError(f"{shown}: no agenda items with a duration (like '- Welcome (5 min)')")
    text = to_yaml(imported, source.stem)
    checked = check_text(text, args.output or "<stdout>")
    if checked.agenda is None:  # a bug here, not in the document: say so rather than write it
        problem = checked.problems[0].format()
        raise KickoffError(f"the imported agenda does not pass check: {one_line(problem)}")
    if args.output:
        from kickoff_tui.commands.plan import write_output

        write_output(Path(args.output), text, force=args.force)
        count = len(imported.items)
        print(f"wrote {one_line(args.output)} ({count} item{'' if count == 1 else 's'})")
    else:
        sys.stdout.write(text)
    return 1 if imported.skipped else 0


def read_source(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise KickoffError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise KickoffError(f"{path} is over 1 MiB; is it an agenda?")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KickoffError(f"{path} is not UTF-8 text (byte {exc.start})") from None


def _clip(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"
