"""DecisionRightsActions: each step of the decision-rights matrix, as one journaled event.

Like ExerciseActions (which it extends, for the shared checks and the undo of other screens):
input is checked first and refused with one ExerciseInputError line, nothing recorded; a
change is journaled before it is applied. Undo follows LiveMeeting's rule; its list holds the
areas taken off and the cells cleared on this item's matrix.
"""

from __future__ import annotations

from kickoff_tui.domain.exercises.common import DECISION_RIGHTS, resolve_person
from kickoff_tui.domain.exercises.decision_rights import DecisionRights, decision_rights
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError, _one_line
from kickoff_tui.meeting import LiveMeeting

_CELL = "\x1f"  # between area and person in an undo key; no typed name holds it (one_line)


def undo_list(item: int) -> str:
    """Each decision-rights item has its own undo list, as each screen does."""
    return f"{DECISION_RIGHTS}:{item}"


class DecisionRightsActions(ExerciseActions):
    def __init__(self, meeting: LiveMeeting, item: int) -> None:
        super().__init__(meeting)
        self.item = item
        self._folded: tuple[tuple[int, int], DecisionRights] | None = None

    def state(self) -> DecisionRights:
        """The fold, kept until a step is recorded or someone joins: a repaint asks often (the
        status, every key's check), and the matrix reads only exercise steps and people."""
        version = (len(self.session.exercise_events), len(self.session.people))
        if self._folded is None or self._folded[0] != version:
            self._folded = (version, decision_rights(self.session, self.item))
        return self._folded[1]

    def _area(self, name: str) -> str:
        found = self.state().get(name)
        if found is None:
            raise ExerciseInputError(f"{name} is not a decision area here")
        return found.name

    def assign(self, area: str, person: str, letter: str) -> str:
        """Set one cell (letter "" clears it); returns the letter as recorded."""
        state = self.state()
        self._area(area)
        if person not in state.people:
            raise ExerciseInputError(f"{person} is not in the matrix")
        letter = letter.strip().upper()
        if letter and letter not in state.letters:
            roles = ", ".join(f"{key} {name}" for key, name in state.roles.items())
            raise ExerciseInputError(f"'{letter}' is not a letter here: {roles}")
        self._step(DECISION_RIGHTS, self.item, "assign", area=area, person=person, letter=letter)
        return letter

    def clear(self, area: str, person: str) -> bool:
        """Clear a cell (undo brings its letter back); False when it was empty already."""
        found = self.state().get(area)
        if found is None or not found.letter(person):
            return False
        self.assign(area, person, "")
        self.meeting.remember_removal(undo_list(self.item), f"{area}{_CELL}{person}")
        return True

    def add_area(self, name: str) -> str:
        name = _one_line(name)
        if not name:
            raise ExerciseInputError("a decision area needs a name")
        state = self.state()
        existing = state.find(name)
        if existing is not None:
            raise ExerciseInputError(f"{existing.name} is already a decision area")
        # an area taken off earlier comes back with its letters
        self._step(DECISION_RIGHTS, self.item, "add", area=name)
        return name

    def remove_area(self, name: str) -> None:
        self._area(name)
        self._step(DECISION_RIGHTS, self.item, "remove", area=name)
        self.meeting.remember_removal(undo_list(self.item), name)

    def sign_off_by(self, typed: str) -> str:
        """A typed name matched to a column, as an @owner is matched."""
        state = self.state()
        name, known = resolve_person(typed, state.people)
        if not known or name not in state.people:
            raise ExerciseInputError(f"'{_one_line(typed)}' is not in the matrix")
        return name

    # ----- undo: LiveMeeting's rule, this matrix's list --------------------------------------
    def undo(self, exercise: str, item: int) -> str | None:
        if exercise != DECISION_RIGHTS:
            return super().undo(exercise, item)
        return self.meeting.undo(undo_list(self.item), self._still_removed_here, self._restore)

    def can_undo(self, exercise: str) -> bool:
        if exercise != DECISION_RIGHTS:
            return super().can_undo(exercise)
        return self.meeting.last_removal(undo_list(self.item), self._still_removed_here) is not None

    def _still_removed_here(self, key: str) -> bool:
        state = self.state()
        if _CELL in key:
            area, person = key.split(_CELL, 1)
            return (area, person) in state.cleared and state.get(area) is not None
        return key in state.removed

    def _restore(self, key: str) -> None:
        if _CELL in key:
            area, person = key.split(_CELL, 1)
            self.assign(area, person, self.state().cleared[(area, person)])
        else:
            self._step(DECISION_RIGHTS, self.item, "restore", area=key)
