"""Success criteria (`success-criteria`): measures with a target, an owner, a date and a verdict.

Steps (criteria are shared by the whole meeting, whichever item recorded them):

- add     {id, measure, target, owner, owner_known, date};
- edit    {id, + any of measure, target, owner, owner_known, date};
- verdict {id, verdict, note}: agree, concerns (with a note) or block; "" clears it;
- remove  {id} / restore {id}.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from kickoff_tui.domain.exercises.common import (
    SUCCESS_CRITERIA,
    Step,
    apply_steps,
    choice,
    id_number,
    text,
)
from kickoff_tui.domain.session import Session

AGREE, CONCERNS, BLOCK = "agree", "concerns", "block"
VERDICTS = (AGREE, CONCERNS, BLOCK)
_TEXT_FIELDS = ("measure", "target", "owner", "date")


@dataclass(frozen=True)
class Criterion:
    id: str
    measure: str
    target: str = ""
    owner: str = ""
    owner_known: bool = True
    date: str = ""  # ISO when it could be read as a date, else the words typed ("Q3", "at launch")
    verdict: str = ""
    note: str = ""
    item: int = -1  # the agenda item it was added in: where a concern about it came from

    @property
    def agreed(self) -> bool:
        return self.verdict == AGREE

    @property
    def missing(self) -> list[str]:
        """What a criterion still lacks to be usable."""
        return [name for name in ("target", "owner", "date") if not getattr(self, name)]


@dataclass
class SuccessCriteria:
    criteria: list[Criterion] = field(default_factory=list)
    removed: list[Criterion] = field(default_factory=list)
    # the highest N of any "cN" an add step used, skipped steps included: the next id is N + 1,
    # so a lost line never makes a new criterion take an id a later one already has
    recorded: int = 0
    skipped: int = 0

    def get(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    @property
    def not_agreed(self) -> list[Criterion]:
        return [c for c in self.criteria if not c.agreed]

    def next_id(self) -> str:
        return f"c{self.recorded + 1}"


def _fields(data: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {k: text(data, k) for k in _TEXT_FIELDS if k in data}
    if "owner_known" in data:
        changes["owner_known"] = bool(data["owner_known"])
    return changes


def success_criteria(session: Session) -> SuccessCriteria:
    current: dict[str, Criterion] = {}
    removed: dict[str, Criterion] = {}
    state = SuccessCriteria()
    state.recorded, state.skipped = apply_steps(
        session, SUCCESS_CRITERIA, "c", lambda step: _apply(step, current, removed)
    )
    # restored criteria go back to where they were, not to the end
    state.criteria = sorted(current.values(), key=lambda c: _number(c.id) or 1 << 62)
    state.removed = list(removed.values())
    return state


def _number(value: object) -> int:
    return id_number(value, "c")


def _apply(
    step: Step,
    current: dict[str, Criterion],
    removed: dict[str, Criterion],
) -> None:
    action, data = step.action, step.data
    criterion_id = text(data, "id")
    if not criterion_id:
        raise ValueError("no id")
    if action == "add":
        if criterion_id in current or criterion_id in removed:
            raise ValueError(f"{criterion_id} already exists")
        if not text(data, "measure"):
            raise ValueError("a criterion needs a measure")
        current[criterion_id] = Criterion(id=criterion_id, item=step.item, **_fields(data))
    elif action == "edit":
        changes = _fields(data)
        if changes.get("measure") == "":
            raise ValueError("a criterion needs a measure")
        current[criterion_id] = replace(current[criterion_id], **changes)
    elif action == "verdict":
        verdict = choice(data.get("verdict", ""), VERDICTS)
        note = text(data, "note") if verdict in (CONCERNS, BLOCK) else ""
        current[criterion_id] = replace(current[criterion_id], verdict=verdict, note=note)
    elif action == "remove":
        removed[criterion_id] = current.pop(criterion_id)
    elif action == "restore":
        current[criterion_id] = removed.pop(criterion_id)
    else:
        raise ValueError(f"unknown action {action!r}")
