"""ScopeActions: the `scope` exercise's steps, each one journaled event.

An ExerciseActions (same checks-first rule: bad input raises ExerciseInputError and records
nothing) with the scope lines' own changes and their undo list; the other exercises' actions
stay in kickoff_tui.exercise_actions.
"""

from __future__ import annotations

from collections.abc import Callable

from kickoff_tui.domain.exercises import scope
from kickoff_tui.domain.exercises.common import SCOPE
from kickoff_tui.exercise_actions import (
    ExerciseActions,
    ExerciseInputError,
    _one_line,
    verdict_note,
)


class ScopeActions(ExerciseActions):
    def lines(self) -> scope.Scope:
        return scope.scope(self.session)

    def _line(self, line_id: str) -> scope.Line:
        found = self.lines().get(line_id)
        if found is None:
            raise ExerciseInputError(f"no scope line {line_id}")
        return found

    def _text(self, typed: str) -> str:
        line = _one_line(typed)
        if not line:
            raise ExerciseInputError("a scope line needs its text")
        return line

    def add_line(self, item: int, section: str, text: str) -> str:
        """A line typed in the meeting, in `section` (typed words match by prefix)."""
        chosen = self._choice(section, scope.SECTIONS, "section") or scope.IN
        line_id = self.lines().next_id()
        self._step(SCOPE, item, "add", id=line_id, section=chosen, text=self._text(text))
        return line_id

    def edit_line(self, item: int, line_id: str, section: str, text: str) -> None:
        current = self._line(line_id)
        chosen = self._choice(section, scope.SECTIONS, "section") or current.section
        self._step(SCOPE, item, "edit", id=line_id, section=chosen, text=self._text(text))

    def move_line(self, item: int, line_id: str, step: int = 1) -> str:
        """The next section (in, out, later, assumptions, constraints, then in again)."""
        sections = scope.SECTIONS
        current = self._line(line_id).section
        chosen = sections[(sections.index(current) + step) % len(sections)]
        self._step(SCOPE, item, "edit", id=line_id, section=chosen)
        return chosen

    def set_line_verdict(self, item: int, line_id: str, verdict: str, note: str = "") -> None:
        self._line(line_id)
        note = verdict_note(verdict, note)
        self._step(SCOPE, item, "verdict", id=line_id, verdict=verdict, note=note)

    def remove_line(self, item: int, line_id: str) -> None:
        self._line(line_id)
        self._step(SCOPE, item, "remove", id=line_id)
        self.meeting.remember_removal(SCOPE, line_id)

    def restore_line(self, item: int, line_id: str) -> None:
        if not any(line.id == line_id for line in self.lines().removed):
            raise ExerciseInputError(f"{line_id} was not removed")
        self._step(SCOPE, item, "restore", id=line_id)

    # ----- undo: LiveMeeting's rule, over this exercise's removed lines -----------------------
    def undo(self, exercise: str, item: int) -> str | None:
        if exercise != SCOPE:
            return super().undo(exercise, item)
        return self.meeting.undo(SCOPE, self._removed(), lambda key: self.restore_line(item, key))

    def can_undo(self, exercise: str) -> bool:
        if exercise != SCOPE:
            return super().can_undo(exercise)
        return self.meeting.last_removal(SCOPE, self._removed()) is not None

    def _removed(self) -> Callable[[str], bool]:
        return {line.id for line in self.lines().removed}.__contains__
