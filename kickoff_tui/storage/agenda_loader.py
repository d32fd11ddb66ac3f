"""Load agenda YAML files into Agendas, collecting every problem with its line and column.

The pipeline: read bytes (size, encoding) -> compose YAML nodes with marks -> check the
schema while building the Agenda. Each step adds Problems; nothing raises past this module
except AgendaError, which carries them all.
"""

from __future__ import annotations

import os

from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.errors import AgendaError, Problem
from kickoff_tui.storage.agenda_schema import build_agenda
from kickoff_tui.storage.node_reader import NodeReader
from kickoff_tui.storage.yaml_marks import Composed, compose, read_source
from kickoff_tui.text_safety import escaped_line

AGENDA_SUFFIXES = (".yaml", ".yml")


class CheckResult:
    """One file checked: the Agenda when it loaded, and every problem (errors and warnings)."""

    __slots__ = ("agenda", "problems", "shown")  # a plain class: see errors.Problem

    def __init__(
        self, shown: str, agenda: Agenda | None, problems: list[Problem] | None = None
    ) -> None:
        self.shown = shown
        self.agenda = agenda
        self.problems: list[Problem] = [] if problems is None else problems

    def __repr__(self) -> str:
        return f"CheckResult({self.shown!r}, {self.agenda!r}, {self.problems!r})"

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]


def check_file(path: str | os.PathLike[str], shown: str | None = None) -> CheckResult:
    """Read and validate one agenda file; never raises for anything in the file."""
    shown = str(path) if shown is None else shown
    text, problems = read_source(path, shown)
    if text is None:
        return CheckResult(shown, None, problems)
    return check_text(text, shown)


def check_text(text: str, shown: str) -> CheckResult:
    return check_composed(text, compose(text, shown), shown)


def check_composed(text: str, composed: Composed, shown: str) -> CheckResult:
    """check_text for text already composed (the editor composes every edit to verify it)."""
    problems = list(composed.problems)
    agenda = None
    if composed.node is not None:
        reader = NodeReader(shown, text)
        agenda = build_agenda(reader, composed.node)
        problems += reader.problems
    if any(not p.warning for p in problems):
        agenda = None
    return CheckResult(shown, agenda, _tidy(problems))


def _tidy(problems: list[Problem]) -> list[Problem]:
    """In line order, each once (a node reached through several aliases is reported once),
    and each on one line whatever the file held (a quoted key can contain a newline)."""
    unique = dict.fromkeys(p.with_message(one_line(p.message)) for p in problems)
    return sorted(unique, key=lambda p: (p.line, p.col))


one_line = escaped_line  # the name this module's readers know it by


def load_agenda(path: str | os.PathLike[str]) -> Agenda:
    """Load and validate; raises AgendaError carrying every problem found. Warnings pass."""
    return _agenda_or_raise(check_file(path))


def load_agenda_text(text: str, shown: str) -> Agenda:
    """Like load_agenda for text already in memory; `shown` names it in problems."""
    return _agenda_or_raise(check_text(text.removeprefix("\ufeff"), shown))


def _agenda_or_raise(result: CheckResult) -> Agenda:
    if result.agenda is None:
        raise AgendaError(result.problems)
    return result.agenda


def agenda_files(paths: list[str]) -> list[tuple[str, str | None]]:
    """(shown path, file) for every file to check; folders expand to their *.yaml and *.yml.

    A folder with no agenda files yields (folder, None) so the caller can say so.
    Hidden folders (.git, .venv, ...) are skipped: they never hold agendas.
    """
    found: list[tuple[str, str | None]] = []
    for typed in paths:
        if not os.path.isdir(typed):
            found.append((typed, typed))
            continue
        inside: list[tuple[str, str | None]] = []
        for folder, subfolders, files in os.walk(typed):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(files):
                if name.lower().endswith(AGENDA_SUFFIXES) and not name.startswith("."):
                    shown = os.path.join(folder, name)
                    inside.append((shown, shown))
        found += inside or [(typed, None)]
    return _once(found)


def _once(found: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Each file once, under the name it was first given, when arguments overlap."""
    seen: set[str] = set()
    unique: list[tuple[str, str | None]] = []
    for shown, path in found:
        key = os.path.realpath(path) if path is not None else f"folder:{shown}"
        if key not in seen:
            seen.add(key)
            unique.append((shown, path))
    return unique


def check_paths(paths: list[str]) -> list[Problem]:
    """Every problem in every agenda file under the given files and folders."""
    problems: list[Problem] = []
    for shown, path in agenda_files(paths):
        if path is None:
            problems.append(Problem(shown, 0, 0, "no .yaml or .yml files in this folder"))
        else:
            problems += check_file(path, shown).problems
    return problems
