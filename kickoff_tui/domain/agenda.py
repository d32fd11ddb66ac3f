"""What was prepared offline: the agenda, its people and items. Validated once, never mutated."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

SIDES = ("agency", "client", "partner", "other")
LEVELS = ("low", "medium", "high")
PROXIMITIES = ("core", "near", "far")
ATTITUDES = ("champion", "supporter", "neutral", "sceptic", "unknown")
ITEM_KINDS = ("discussion", "decision", "presentation", "exercise", "break", "review")
EXERCISES = ("stakeholder-map", "fit-check", "success-criteria", "comms-plan", "risks")


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""
    side: str = "other"
    type: str = ""
    power: str = ""
    proximity: str = ""
    attitude: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Item:
    title: str
    timebox: int  # seconds
    owner: str = ""
    goal: str = ""
    prompts: tuple[str, ...] = ()
    checklist: tuple[str, ...] = ()
    kind: str = "discussion"
    notes: str = ""  # private to the facilitator: never on the shared screen by default
    exercise: str = ""
    auto_advance: bool = False
    options: dict[str, Any] = field(default_factory=dict)  # exercise settings, e.g. dimensions


@dataclass(frozen=True)
class Meeting:
    title: str
    client: str = ""
    project: str = ""
    length: int = 0  # planned total in seconds; 0 when not given
    facilitator: str = ""
    note_taker: str = ""
    timekeeper: str = ""
    goal: str = ""
    date: str = ""  # ISO date when planned ahead; the session's start date otherwise
    bell: bool = True


@dataclass(frozen=True)
class Agenda:
    meeting: Meeting
    items: tuple[Item, ...]
    people: tuple[Person, ...] = ()
    purpose: str = ""  # one line, shown by `kickoff templates`

    @property
    def planned_seconds(self) -> int:
        return sum(item.timebox for item in self.items)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form, stored in the journal so a past meeting never changes."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Agenda:
        items = tuple(
            Item(**{**raw, "prompts": tuple(raw["prompts"]), "checklist": tuple(raw["checklist"])})
            for raw in data["items"]
        )
        return cls(
            meeting=Meeting(**_known(Meeting, data["meeting"])),
            items=items,
            people=tuple(Person(**_known(Person, p)) for p in data.get("people", [])),
            purpose=data.get("purpose", ""),
        )


def _known(kind: type, raw: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(kind)}
    return {k: v for k, v in raw.items() if k in names}
