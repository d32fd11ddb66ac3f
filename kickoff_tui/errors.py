"""One error tree. Every error a user can cause is a KickoffError with a one-line message."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time


class KickoffError(Exception):
    """Base of every error shown to a user as one line, never as a traceback."""


class Problem:
    """One problem found in a file: `path:line:col: [warning: ]message`.

    line and col are 1-based; 0 means the problem is about the whole file.
    A frozen value written out by hand: `kickoff check` loads this module on every run, and
    importing dataclasses (which imports inspect, ast, dis and tokenize) cost it ~15 ms.
    """

    __match_args__ = ("path", "line", "col", "message", "warning")  # the field order
    __slots__ = __match_args__

    path: str
    line: int
    col: int
    message: str
    warning: bool

    def __init__(self, path: str, line: int, col: int, message: str, warning: bool = False) -> None:
        for name, value in zip(
            self.__match_args__, (path, line, col, message, warning), strict=True
        ):
            object.__setattr__(self, name, value)

    def _key(self) -> tuple[str, int, int, str, bool]:
        return (self.path, self.line, self.col, self.message, self.warning)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"Problem({fields})"

    if not TYPE_CHECKING:  # hidden from mypy, which would accept any attribute name otherwise

        def __setattr__(self, name: str, value: object) -> None:
            raise AttributeError(f"cannot assign to field '{name}'")

        def __delattr__(self, name: str) -> None:
            raise AttributeError(f"cannot delete field '{name}'")

    def __reduce__(self) -> tuple[type[Problem], tuple[str, int, int, str, bool]]:
        return (Problem, self._key())  # copy and pickle without __setattr__

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
