"""MilestoneActions: each step of the milestones exercise, as one journaled event.

Like ExerciseActions (which it extends): input is checked first and refused with one
ExerciseInputError line, nothing recorded. Dates are read with domain/due_dates.py against the
meeting date, the same forms and the same message as anywhere a date is typed. Undo follows
LiveMeeting's rule over the milestones taken off.
"""

from __future__ import annotations

from typing import Any

from kickoff_tui.domain.due_dates import resolve_due
from kickoff_tui.domain.exercises.common import MILESTONES, resolve_person
from kickoff_tui.domain.exercises.milestones import Milestone, Milestones, milestones
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError, _one_line

DATE_EXAMPLES = "write 2027-03-31, 4 Mar, eom, +6w or fri"


class MilestoneActions(ExerciseActions):
    _folded: tuple[tuple[int, int], Milestones] | None = None

    def state(self) -> Milestones:
        """The fold, kept until a step is recorded or someone joins (a repaint asks often)."""
        version = (len(self.session.exercise_events), len(self.session.people))
        if self._folded is None or self._folded[0] != version:
            self._folded = (version, milestones(self.session, self._meeting_date()))
        return self._folded[1]

    def _milestone(self, milestone_id: str) -> Milestone:
        found = self.state().get(milestone_id)
        if found is None:
            raise ExerciseInputError(f"no milestone {milestone_id}")
        return found

    def _fields(
        self, deliverable: str, when: str, approver: str, after: str, own_id: str = ""
    ) -> dict[str, Any]:
        deliverable = _one_line(deliverable)
        if not deliverable:
            raise ExerciseInputError("a milestone needs a deliverable")
        when = _one_line(when)
        day = resolve_due(when, self._meeting_date()) if when else None
        if when and day is None:
            raise ExerciseInputError(f"'{when[:30]}' is not a date; {DATE_EXAMPLES}")
        name, known = resolve_person(approver, self.people_names())
        after_id, note = self._dependency(after, own_id)
        return {
            "deliverable": deliverable,
            "date": day.isoformat() if day else "",
            "approver": name,
            "approver_known": known,
            "after": after_id,
            "note": note,
        }

    def _dependency(self, typed: str, own_id: str) -> tuple[str, str]:
        """(id, "") when `typed` names another milestone by number or deliverable, else
        ("", the words): a dependency outside the list, such as "content from the client"."""
        typed = _one_line(typed)
        if not typed:
            return "", ""
        found = self.state().find(typed.removeprefix("#"))
        if found is None:
            return "", typed
        if found.id == own_id:
            raise ExerciseInputError("a milestone cannot depend on itself")
        return found.id, ""

    def add_milestone(
        self, item: int, deliverable: str, when: str = "", approver: str = "", after: str = ""
    ) -> str:
        fields = self._fields(deliverable, when, approver, after)
        milestone_id = self.state().next_id()
        self._step(MILESTONES, item, "add", id=milestone_id, **fields)
        return milestone_id

    def edit_milestone(
        self, item: int, milestone_id: str, deliverable: str, when: str, approver: str, after: str
    ) -> None:
        self._milestone(milestone_id)
        fields = self._fields(deliverable, when, approver, after, milestone_id)
        self._step(MILESTONES, item, "edit", id=milestone_id, **fields)

    def remove_milestone(self, item: int, milestone_id: str) -> None:
        self._milestone(milestone_id)
        self._step(MILESTONES, item, "remove", id=milestone_id)
        self.meeting.remember_removal(MILESTONES, milestone_id)

    def restore_milestone(self, item: int, milestone_id: str) -> None:
        if not any(m.id == milestone_id for m in self.state().removed):
            raise ExerciseInputError(f"{milestone_id} was not removed")
        self._step(MILESTONES, item, "restore", id=milestone_id)

    # ----- undo: LiveMeeting's rule, this exercise's list --------------------------------------
    def undo(self, exercise: str, item: int) -> str | None:
        if exercise != MILESTONES:
            return super().undo(exercise, item)
        return self.meeting.undo(
            MILESTONES, self._still_removed_here, lambda key: self.restore_milestone(item, key)
        )

    def can_undo(self, exercise: str) -> bool:
        if exercise != MILESTONES:
            return super().can_undo(exercise)
        return self.meeting.last_removal(MILESTONES, self._still_removed_here) is not None

    def _still_removed_here(self, key: str) -> bool:
        return any(m.id == key for m in self.state().removed)
