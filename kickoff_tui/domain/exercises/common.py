"""What every exercise fold shares: its name, its steps from the session, and name matching.

An exercise step is one `exercise` event: {exercise, item, action, data{}}. Each exercise
module folds its own steps over the session's people and entries; a step it cannot read is
skipped (and counted), so a damaged or newer journal never stops the minutes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kickoff_tui.domain.capture import parse_capture
from kickoff_tui.domain.session import Session

STAKEHOLDER_MAP = "stakeholder-map"
FIT_CHECK = "fit-check"
SUCCESS_CRITERIA = "success-criteria"
COMMS_PLAN = "comms-plan"
RISKS = "risks"
SCOPE = "scope"
TRADE_OFFS = "trade-offs"
DECISION_RIGHTS = "decision-rights"
MILESTONES = "milestones"

# Only the owner word is parsed, so the date is never used; parse_capture needs one anyway.
_ANY_DATE = date(2000, 1, 1)


@dataclass(frozen=True)
class Step:
    action: str
    item: int
    data: dict[str, Any]
    at: datetime


def steps(session: Session, exercise: str, item: int | None = None) -> Iterator[Step]:
    """The steps recorded for one exercise, in journal order; only one item's when given."""
    for event in session.exercise_events:
        payload = event.data
        if payload.get("exercise") != exercise:
            continue
        raw_item = payload.get("item", -1)
        step_item = raw_item if isinstance(raw_item, int) else -1
        if item is not None and step_item != item:
            continue
        data = payload.get("data")
        yield Step(
            str(payload.get("action", "")),
            step_item,
            data if isinstance(data, dict) else {},
            event.at,
        )


def apply_steps(
    session: Session, exercise: str, prefix: str, apply: Callable[[Step], object]
) -> tuple[int, int]:
    """Apply each of an exercise's steps in journal order; a step `apply` cannot take
    (KeyError, ValueError, TypeError) is skipped. Returns (the highest "<prefix>N" an add
    recorded, even a skipped one, so a new id never reuses it; how many steps were skipped)."""
    recorded = skipped = 0
    for step in steps(session, exercise):
        if step.action == "add":
            recorded = max(recorded, id_number(step.data.get("id"), prefix))
        try:
            apply(step)
        except (KeyError, ValueError, TypeError):
            skipped += 1
    return recorded, skipped


def items_with(session: Session, exercise: str) -> list[int]:
    return [i for i, item in enumerate(session.agenda.items) if item.exercise == exercise]


def ran(session: Session, exercise: str) -> bool:
    """An exercise ran when a step was recorded for it or an item that opens it was reached."""
    if any(True for _ in steps(session, exercise)):
        return True
    return any(i in session.visited for i in items_with(session, exercise))


def ran_items(session: Session, exercise: str) -> list[int]:
    """The items that open `exercise` and were reached or changed, in agenda order."""
    changed = {step.item for step in steps(session, exercise)}
    return [i for i in items_with(session, exercise) if i in session.visited or i in changed]


def id_number(value: object, prefix: str) -> int:
    """N of an id "<prefix>N" as kickoff writes them (e.g. "m3"); 0 for anything else."""
    if isinstance(value, str) and re.fullmatch(rf"{re.escape(prefix)}[0-9]{{1,18}}", value):
        return int(value[len(prefix) :])
    return 0


def option_texts(options: object, key: str) -> list[str]:
    """An agenda item's `options[key]` as one-line texts, blanks dropped; [] when not a list."""
    raw = options.get(key) if isinstance(options, dict) else None
    if not isinstance(raw, list | tuple):
        return []
    texts = (" ".join(str(v).split()) for v in raw if isinstance(v, str | int | float))
    return [t for t in texts if t]


def option_names(options: object, key: str) -> tuple[str, ...]:
    """Names listed in `options[key]` (dimensions, sliders), each once, in their order."""
    return tuple(dict.fromkeys(option_texts(options, key)))


def text(data: dict[str, Any], key: str) -> str:
    """A payload string, trimmed to one line; anything that is not text reads as empty."""
    value = data.get(key, "")
    return " ".join(value.split()) if isinstance(value, str) else ""


def choice(value: object, allowed: Sequence[str]) -> str:
    """The value when it is one of `allowed` (or ""), else ValueError."""
    if value == "" or value is None:
        return ""
    if isinstance(value, str) and value in allowed:
        return value
    raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")


def pick(typed: str, allowed: Sequence[str]) -> str:
    """What a facilitator typed, matched to one allowed word by unique prefix ("" stays "")."""
    wanted = typed.strip().lower()
    if not wanted:
        return ""
    hits = [a for a in allowed if a.startswith(wanted)]
    if wanted in allowed:
        return wanted
    if len(hits) == 1:
        return hits[0]
    raise ValueError(f"'{typed.strip()}': choose one of {', '.join(allowed)}")


def resolve_person(typed: str, people: Sequence[str]) -> tuple[str, bool]:
    """A typed name matched like an `@owner`: (full name, True), or (as typed, False)."""
    name = " ".join(typed.strip().removeprefix("@").split())
    if not name:
        return "", True
    parsed = parse_capture("@" + name.replace(" ", "_"), people, _ANY_DATE)
    if parsed.owner and parsed.owner_known:
        return parsed.owner, True
    return name, False


def cycle(current: str, values: Sequence[str], step: int = 1) -> str:
    """The next value in `values` after current (the first when current is not among them)."""
    if current not in values:
        return values[0] if step > 0 else values[-1]
    return values[(values.index(current) + step) % len(values)]
