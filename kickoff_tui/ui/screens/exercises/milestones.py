"""Milestones: date, deliverable, who approves it and what it waits for, sorted by date.

a adds one (a form: the date in any due-date form, the approver picked from the meeting's
people, the dependency as another milestone's number or name, or in words); Enter or e edits;
x removes, u brings it back. Flags: no approver, an approver not in the meeting, a date in the
past, before its dependency.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from kickoff_tui.domain.due_dates import describe_due
from kickoff_tui.domain.exercises import MILESTONES
from kickoff_tui.domain.exercises.milestones import Milestone, Milestones
from kickoff_tui.domain.rights_minutes import depends_on
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.milestone_actions import MilestoneActions
from kickoff_tui.ui.screens.exercises.form import Field
from kickoff_tui.ui.screens.exercises.table import (
    REMOVE_KEYS,
    Cells,
    TableExerciseScreen,
    numbered,
    owner_cell,
    plain,
)

FLAG = "bold yellow"


def milestone_cells(state: Milestones, milestone: Milestone, today: date) -> Cells:
    """The row, each flag marked in the cell it is about (the status line says it in full)."""
    when = plain(describe_due(milestone.date, today), "no date")
    if state.in_past(milestone):
        when = Text(f"! {when.plain}", style="bold red")
    approver = owner_cell(milestone.approver, milestone.approver_known)
    if not milestone.approver:
        approver = Text("no approver", style=FLAG)
    needed = depends_on(state, milestone)
    dependency = plain(needed)
    if state.before_dependency(milestone) is not None:
        dependency = Text(f"! {needed}", style=FLAG)
    return [when, plain(milestone.deliverable), approver, dependency]


class MilestonesScreen(TableExerciseScreen[Milestone]):
    EXERCISE = MILESTONES
    TABLE_ID = "milestones"
    COLUMNS = ("#", "Date", "Deliverable", "Approver", "Depends on")
    ROW_ACTIONS = frozenset({"edit"})
    STATUS_FOLLOWS_CURSOR = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        *REMOVE_KEYS,
    ]

    def __init__(self, meeting: LiveMeeting, item_index: int) -> None:
        super().__init__(meeting, item_index)
        self.plan = MilestoneActions(meeting)
        self.actions = self.plan  # the base's undo goes through this exercise's list

    def hint(self) -> str:
        return "When does what land, and who signs it off? Each milestone needs one approver."

    def state(self) -> Milestones:
        return self.plan.state()

    def rows(self, state: Milestones) -> list[tuple[str, Cells]]:
        today = self.meeting.meeting_date()
        return numbered([(m.id, milestone_cells(state, m, today)) for m in state.milestones])

    def status(self, state: Milestones) -> Text:
        if not state.milestones:
            return Text("No milestones yet: press a to add the first one.")
        flagged = [m for m in state.milestones if state.problems(m)]
        text = Text(f"{len(state.milestones)} milestones · ")
        text.append(f"{len(flagged)} flagged", style="bold yellow" if flagged else "green")
        text.append(self.cut_text())  # the whole deliverable (or name) when the table cut it
        chosen = self.selected()
        if chosen is not None:
            for problem in state.problems(chosen):
                text.append(f"\n! {problem}", style="yellow")
        return text

    # ----- keys ----------------------------------------------------------------------------
    def _form(
        self,
        title: str,
        milestone: Milestone | None,
        done: Callable[[bool | None], None] | None = None,
    ) -> None:
        state = self.state()
        needed = state.dependency(milestone) if milestone else None
        after = needed.deliverable if needed else milestone.note if milestone else ""
        others = tuple(m.deliverable for m in state.milestones if m is not milestone)
        fields = [
            Field("deliverable", "Deliverable", milestone.deliverable if milestone else "", "what"),
            Field("when", "Date", milestone.date if milestone else "", "2027-03-31, eom, +6w"),
            Field(
                "approver",
                "Approver",
                milestone.approver if milestone else "",
                "who signs it off",
                self.people(),
            ),
            Field("after", "Depends on", after, "a milestone's # or name, or words", others),
        ]

        def save(values: dict[str, str]) -> object:
            args = (values["deliverable"], values["when"], values["approver"], values["after"])
            if milestone is None:
                added = self.plan.add_milestone(self.item_index, *args)
                self.select(added)  # sorted by date: the new row may land anywhere
                return added
            self.plan.edit_milestone(self.item_index, milestone.id, *args)
            self.select(milestone.id)
            return milestone.id

        self.ask(title, fields, save, done)

    def select(self, milestone_id: str) -> None:
        """Put the cursor on a milestone, wherever the date sorted it."""
        state = self.state()
        found = state.get(milestone_id)
        if found is not None:
            self.refresh_view()
            self.table.move_cursor(row=state.number(found) - 1)
            self.set_status(self.status(state))

    def action_add(self) -> None:
        self._form("Add a milestone", None)

    def action_edit(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._form("Edit the milestone", chosen)

    def remove_row(self, row: Milestone) -> None:
        self.plan.remove_milestone(self.item_index, row.id)

    def removed_notice(self, row: Milestone) -> str:
        return "Milestone removed."
