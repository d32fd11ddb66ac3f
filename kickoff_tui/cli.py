"""Command line entry point: parse, dispatch; only UI commands import Textual.

The arguments are defined with argparse in cli_parser. The one exception is the plain form of
`kickoff check FILE...` (pre-commit hooks and CI run it on every commit): it is recognised
here and skips argparse, which would cost ~10 ms of a start that is ~80 ms in all.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from kickoff_tui.errors import KickoffError

# command name -> module in kickoff_tui.commands; each exposes run(args) -> int
_COMMANDS = {
    "run": "run",
    "check": "check",
    "templates": "templates",
    "new": "new",
    "sessions": "sessions",
    "resume": "resume",
    "export": "export",
    "questions": "questions",
    "present": "present",
    "serve": "serve",
    "plan": "plan",
    "import": "import_md",
    "rehearse": "rehearse",
    "edit": "edit",
}


def main(argv: Sequence[str] | None = None) -> int:
    from kickoff_tui.cli_output import SafeOutput, silence_stdout

    with SafeOutput():  # every line for a human: safe text, never an encoding error
        try:
            return _main(argv)
        except BrokenPipeError:  # `kickoff --version | true`: the reader left, nothing is wrong
            silence_stdout()
            return 0


def _main(argv: Sequence[str] | None) -> int:
    plain = plain_check(sys.argv[1:] if argv is None else list(argv))
    if plain is not None:
        from kickoff_tui.commands.check import check

        paths, strict = plain
        return _guarded(lambda: check(paths, strict=strict))

    from kickoff_tui.cli_parser import build_parser

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["run", *([] if argv is None else argv)])
        args.offer_resume = True
    module = __import__(f"kickoff_tui.commands.{_COMMANDS[args.command]}", fromlist=["run"])
    return _guarded(lambda: int(module.run(args)))


def plain_check(words: list[str]) -> tuple[list[str], bool] | None:
    """(paths, strict) for `check [--strict] FILE...` when no word starts with '-' otherwise;
    None for anything else (help, '--', abbreviations, mistakes), which argparse handles."""
    if not words or words[0] != "check":
        return None
    paths = [word for word in words[1:] if word != "--strict"]
    if not paths or any(path.startswith("-") for path in paths):
        return None
    return paths, len(paths) < len(words) - 1


def _guarded(command: Callable[[], int]) -> int:
    """Run a command; a KickoffError is one line on stderr and exit 2, never a traceback."""
    try:
        return command()
    except KickoffError as error:
        print(f"kickoff: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
