"""One error tree. Every error a user can cause is a KickoffError with a one-line message."""

from __future__ import annotations

from kickoff_tui.records import FrozenRecord


class KickoffError(Exception):
    """Base of every error shown to a user as one line, never as a traceback."""


class Problem(FrozenRecord):
    """One problem found in a file: `path:line:col: [warning: ]message`.

    line and col are 1-based; 0 means the problem is about the whole file.
    """

    __match_args__ = ("path", "line", "col", "message", "warning")  # the field order
    __slots__ = __match_args__

    path: str
    line: int
    col: int
    message: str
    warning: bool

    def __init__(self, path: str, line: int, col: int, message: str, warning: bool = False) -> None:
        self._assign(path, line, col, message, warning)

    def with_message(self, message: str) -> Problem:
        return Problem(self.path, self.line, self.col, message, self.warning)

    def format(self) -> str:
        where = self.path if self.line <= 0 else f"{self.path}:{self.line}:{self.col}"
        prefix = "warning: " if self.warning else ""
        return f"{where}: {prefix}{self.message}"


class AgendaError(KickoffError):
    """An agenda file could not be loaded; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if not p.warning]
        first = errors[0] if errors else problems[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(first.format() + more)


class JournalError(KickoffError):
    """A session journal cannot be used (newer schema, locked, unreadable)."""


class SessionNotFound(KickoffError):
    """No session matches what the user asked for."""


class ExportError(KickoffError):
    """Minutes could not be written."""
