"""`kickoff check FILE_OR_FOLDER...`: every problem in every agenda, one line each on stderr.

Exit 2 when any file has an error, 1 with --strict when there are only warnings, else 0.
Files that load get one `ok:` line on stdout, so a clean run still says what it checked.
"""

from __future__ import annotations

import sys

from kickoff_tui.domain.durations import format_duration
from kickoff_tui.errors import Problem
from kickoff_tui.storage.agenda_loader import CheckResult, agenda_files, check_file, one_line

TYPE_CHECKING = False  # no typing or argparse import at run time: see cli.plain_check
if TYPE_CHECKING:
    import argparse


def run(args: argparse.Namespace) -> int:
    return check(list(args.paths), strict=args.strict)


def check(paths: list[str], *, strict: bool = False) -> int:
    results: list[CheckResult] = []
    for shown, path in agenda_files(paths):
        if path is None:
            problem = Problem(shown, 0, 0, "no .yaml or .yml files in this folder")
            results.append(CheckResult(shown, None, [problem]))
        else:
            results.append(check_file(path, shown))
        _report(results[-1])
    errors = sum(len(result.errors) for result in results)
    warnings = sum(len(result.warnings) for result in results)
    if errors or warnings:
        print(_summary(results, errors, warnings))
    if errors:
        return 2
    return 1 if warnings and strict else 0


def _report(result: CheckResult) -> None:
    for problem in result.problems:
        print(one_line(problem.format()), file=sys.stderr)
    if result.agenda is not None:
        agenda = result.agenda
        count = len(agenda.items)
        noun = "item" if count == 1 else "items"
        extra = _count(len(result.warnings), "warning")
        extra = f", {extra}" if result.warnings else ""
        line = (
            f"ok: {result.shown} ({count} {noun}, {format_duration(agenda.planned_seconds)}){extra}"
        )
        print(one_line(line))


def _summary(results: list[CheckResult], errors: int, warnings: int) -> str:
    parts = [_count(errors, "error")] if errors else []
    parts += [_count(warnings, "warning")] if warnings else []
    troubled = sum(1 for result in results if result.problems)
    return f"{' and '.join(parts)} in {troubled} of {_count(len(results), 'file')}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
