"""Milestones (`milestones`): dated deliverables, who approves each, and what each waits for.

Rows come from the `options: {milestones: [...]}` of every milestones item (what the statement
of work already says, for the room to confirm) and from the room; the list is shared by the
whole meeting. Steps (data declared as MilestoneStep in domain/payloads.py):

- add     {id, deliverable, date, approver, approver_known, after, note};
- edit    {id, + any of those};
- remove  {id} / restore {id}.

`date` is ISO or "" (the actions read what was typed with domain/due_dates.py); `after` is the
id of the milestone this one depends on. Rows sort by date, undated last. Flagged: no approver,
an approver who is not among the meeting's people, a date before the meeting, a date before the
milestone it depends on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from kickoff_tui.domain.exercises.common import (
    MILESTONES,
    apply_steps,
    items_with,
    resolve_person,
    text,
)
from kickoff_tui.domain.payloads import MilestoneStep, problem
from kickoff_tui.domain.session import Session

_TEXT_FIELDS = ("deliverable", "date", "approver", "after", "note")


@dataclass(frozen=True)
class Milestone:
    id: str
    deliverable: str
    date: str = ""  # ISO, "" when none was given
    approver: str = ""
    approver_known: bool = True  # False: the name matches nobody in the meeting
    after: str = ""  # the id of the milestone it depends on
    note: str = ""  # the dependency in words
    item: int = -1  # the agenda item it came from: where a flag about it was raised


@dataclass
class Milestones:
    milestones: list[Milestone] = field(default_factory=list)  # by date, undated last
    removed: list[Milestone] = field(default_factory=list)
    today: date | None = None  # the meeting date: earlier dates are in the past
    # the highest N of any "mN" an add step used, so a new milestone never reuses an id
    recorded: int = 0
    skipped: int = 0

    def get(self, milestone_id: str) -> Milestone | None:
        return next((m for m in self.milestones if m.id == milestone_id), None)

    def next_id(self) -> str:
        return f"m{self.recorded + 1}"

    def number(self, milestone: Milestone) -> int:
        """Its place in the list, from 1, as the screen and the minutes number rows."""
        return self.milestones.index(milestone) + 1

    def dependency(self, milestone: Milestone) -> Milestone | None:
        return self.get(milestone.after) if milestone.after else None

    def find(self, typed: str) -> Milestone | None:
        """A milestone by its number in the list or its deliverable (ignoring case)."""
        wanted = " ".join(typed.split()).casefold()
        # ASCII and short: "²" is a digit int() refuses, and 5,000 digits are past its limit
        number = int(wanted) if wanted.isascii() and wanted.isdigit() and len(wanted) < 7 else 0
        if 1 <= number <= len(self.milestones):
            return self.milestones[number - 1]
        return next((m for m in self.milestones if m.deliverable.casefold() == wanted), None)

    def in_past(self, milestone: Milestone) -> bool:
        return bool(milestone.date and self.today and milestone.date < self.today.isoformat())

    def before_dependency(self, milestone: Milestone) -> Milestone | None:
        """The milestone it depends on when that one is dated later, else None."""
        needed = self.dependency(milestone)
        if needed is None or not (needed.date and milestone.date):
            return None
        return needed if milestone.date < needed.date else None

    def problems(self, milestone: Milestone) -> list[str]:
        found = [] if milestone.approver else ["no approver"]
        if milestone.approver and not milestone.approver_known:
            found.append(f"the approver {milestone.approver} is not in the meeting")
        if self.in_past(milestone):
            found.append("the date is in the past")
        needed = self.before_dependency(milestone)
        if needed is not None:
            found.append(f"due before {needed.deliverable} ({needed.date}), which it depends on")
        return found

    def flags(self) -> list[str]:
        """Every flagged milestone as one sentence, for the screen, minutes and charter."""
        return [
            f"{m.deliverable}: {'; '.join(self.problems(m))}."
            for m in self.milestones
            if self.problems(m)
        ]


def milestones(session: Session, today: date | None = None) -> Milestones:
    """The fold; `today` is the meeting date (the session's unless given)."""
    current = _from_options(session)
    removed: dict[str, Milestone] = {}
    state = Milestones(today=today or session.meeting_date)
    state.recorded, state.skipped = apply_steps(
        session,
        MILESTONES,
        "m",
        lambda step: _apply(step.action, step.data, current, removed, step.item),
    )
    added = {m_id: position for position, m_id in enumerate(current)}
    state.milestones = sorted(current.values(), key=lambda m: (not m.date, m.date, added[m.id]))
    state.removed = list(removed.values())
    return state


def _fields(data: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {k: text(data, k) for k in _TEXT_FIELDS if k in data}
    if "approver_known" in data:
        changes["approver_known"] = bool(data["approver_known"])
    if changes.get("date") and not _is_iso(changes["date"]):
        raise ValueError(f"{changes['date']!r} is not an ISO date")
    return changes


def _is_iso(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return bool(re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value))


def _apply(
    action: str,
    data: dict[str, Any],
    current: dict[str, Milestone],
    removed: dict[str, Milestone],
    item: int,
) -> None:
    wrong = problem(MilestoneStep, data)
    if wrong is not None:
        raise ValueError(wrong)
    milestone_id = text(data, "id")
    if not milestone_id:
        raise ValueError("no id")
    if action == "add":
        if milestone_id in current or milestone_id in removed:
            raise ValueError(f"{milestone_id} already exists")
        if not text(data, "deliverable"):
            raise ValueError("a milestone needs a deliverable")
        current[milestone_id] = Milestone(id=milestone_id, item=item, **_fields(data))
    elif action == "edit":
        changes = _fields(data)
        if changes.get("deliverable") == "":
            raise ValueError("a milestone needs a deliverable")
        current[milestone_id] = replace(current[milestone_id], **changes)
    elif action == "remove":
        removed[milestone_id] = current.pop(milestone_id)
    elif action == "restore":
        current[milestone_id] = removed.pop(milestone_id)
    else:
        raise ValueError(f"unknown action {action!r}")


# ----- pre-filled from the agenda ---------------------------------------------------------------


def option_id(item: int, position: int) -> str:
    """The id of the agenda's pre-filled milestone `position` (from 1) of item `item`."""
    return f"o{item + 1}.{position}"


def _from_options(session: Session) -> dict[str, Milestone]:
    """The milestones the agenda's options list (the loader has checked their shape)."""
    people = [p.name for p in session.people]
    found: dict[str, Milestone] = {}
    for item in items_with(session, MILESTONES):
        options = session.agenda.items[item].options
        raw = options.get("milestones") if isinstance(options, dict) else None
        listed = [_option(entry) for entry in raw] if isinstance(raw, list | tuple) else []
        by_name = {m["deliverable"].casefold(): option_id(item, n) for n, m in _numbered(listed)}
        for position, entry in _numbered(listed):
            approver, known = resolve_person(entry["approver"], people)
            found[option_id(item, position)] = Milestone(
                option_id(item, position),
                entry["deliverable"],
                entry["date"] if _is_iso(entry["date"]) else "",
                approver,
                known,
                by_name.get(entry["after"].casefold(), ""),
                entry["note"],
                item,
            )
    return found


def _numbered(listed: list[dict[str, str]]) -> list[tuple[int, dict[str, str]]]:
    return [(n, entry) for n, entry in enumerate(listed, 1) if entry["deliverable"]]


def _option(entry: object) -> dict[str, str]:
    """One `milestones:` entry: a deliverable's name, or a mapping with its fields."""
    if isinstance(entry, str):
        entry = {"deliverable": entry}
    return {key: text(entry, key) if isinstance(entry, dict) else "" for key in _TEXT_FIELDS}
