"""What a meeting said about the open actions of an earlier one: the one place that decides each
earlier action's status (done, still open with its new due date or owner, or dropped and by
whom), read by the minutes, the JSON and CSV exports and the next `--follow-up`.

An action's status is what `f` said last; without a mark, a ticked checklist line means done
and an unticked one still open (see domain/follow_up.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from kickoff_tui.domain.follow_up import FollowUp, MarkStatus, OpenAction, follow_up_of
from kickoff_tui.domain.session import Session


@dataclass(frozen=True)
class EarlierActionRecord:
    """One open action from an earlier meeting, as this meeting left it."""

    text: str
    owner: str  # as it now stands: a still-open one may have been given a new owner
    due: str | None  # ISO date as it now stands; None when there is none
    status: MarkStatus  # done, open (still open: carried into the action items) or dropped
    dropped_by: str  # who dropped it; "" when it was not dropped or nobody was named
    earlier_owner: str  # as the earlier meeting had it
    earlier_due: str | None


@dataclass(frozen=True)
class FollowUpRecord:
    """One follow-up item: where its actions came from, and each action's status."""

    item: int  # the item's number in this meeting (1-based)
    source: str  # the earlier session's id or the Markdown file's name
    date: str | None  # the earlier meeting's ISO date; None when unknown
    actions: tuple[EarlierActionRecord, ...]

    @property
    def origin(self) -> str:
        """'from the meeting of 2026-11-25', or 'from the last meeting' when undated."""
        return f"from the meeting of {self.date}" if self.date else "from the last meeting"

    def count(self, status: MarkStatus) -> int:
        return sum(1 for action in self.actions if action.status == status)


def follow_up_records(session: Session) -> tuple[FollowUpRecord, ...]:
    """Every follow-up item on the agenda, in agenda order."""
    found = []
    for index, item in enumerate(session.agenda.items):
        follow_up = follow_up_of(item)
        if follow_up is not None:
            found.append(_record(session, index, follow_up))
    return tuple(found)


def _record(session: Session, index: int, follow_up: FollowUp) -> FollowUpRecord:
    actions = tuple(
        _action(session, index, number, action) for number, action in enumerate(follow_up.actions)
    )
    return FollowUpRecord(index + 1, follow_up.source, follow_up.date or None, actions)


def _action(session: Session, index: int, number: int, action: OpenAction) -> EarlierActionRecord:
    mark = session.follow_up_marks.get((index, number))
    owner, due, by = action.owner, action.due, ""
    if mark is None:
        status: MarkStatus = "done" if (index, number) in session.checks else "open"
    else:
        status = mark.status
        if status == "open":
            owner, due = mark.owner or owner, mark.due or due
        elif status == "dropped":
            by = mark.by
    return EarlierActionRecord(
        action.text, owner, due or None, status, by, action.owner, action.due or None
    )


def still_open(records: tuple[FollowUpRecord, ...]) -> list[OpenAction]:
    """The earlier actions left still open, as the next follow-up takes them."""
    return [
        OpenAction(action.text, action.owner, action.due or "")
        for record in records
        for action in record.actions
        if action.status == "open"
    ]


def status_notes(session: Session, index: int) -> tuple[str, ...]:
    """What the item screen shows after each earlier action of follow-up item `index` that `f`
    marked: 'done', 'still open · Ben Okafor, due 2026-12-04', 'dropped by Ana Ruiz'; "" for
    one not marked (its checklist box says whether it was ticked)."""
    follow_up = follow_up_of(session.agenda.items[index]) if index >= 0 else None
    if follow_up is None:
        return ()
    notes = []
    for number, action in enumerate(follow_up.actions):
        if (index, number) not in session.follow_up_marks:
            notes.append("")
            continue
        now = _action(session, index, number, action)
        if now.status == "open":
            details = ", ".join(x for x in (now.owner, f"due {now.due}" if now.due else "") if x)
            notes.append(f"still open · {details}" if details else "still open")
        elif now.status == "dropped":
            notes.append(f"dropped by {now.dropped_by}" if now.dropped_by else "dropped")
        else:
            notes.append("done")
    return tuple(notes)
