"""Stakeholder register and the power × proximity map (`stakeholder-map`).

The register starts from the people in the meeting (the agenda's and anyone added at the
roll call) and folds the map's steps over them:

- add      {name, role, side, type, power, proximity, attitude, notes}: someone who is not at
           the meeting but matters (a sponsor, an approver); they join the register only;
- set      {name, + any of role, side, type, power, proximity, attitude, notes};
- move     {name, power, proximity}: a move on the map (same effect as set);
- remove   {name} / restore {name}: take someone off the map, or put them back.

Quadrants: "powerful" is power high; "near" is proximity core or near. Medium power counts
as less powerful: the map is there to single out the few who can decide the project's fate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kickoff_tui.domain.agenda import ATTITUDES, LEVELS, PROXIMITIES, SIDES, Person
from kickoff_tui.domain.exercises.common import STAKEHOLDER_MAP, choice, steps, text
from kickoff_tui.domain.session import Entry, Session

POWERS = LEVELS  # low, medium, high
MANAGE_CLOSELY = "manage closely"
KEEP_SATISFIED = "keep satisfied"
KEEP_INFORMED = "keep informed"
MONITOR = "monitor"
ENGAGEMENTS = (MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR)
QUADRANT_NAMES = {
    MANAGE_CLOSELY: "powerful, near",
    KEEP_SATISFIED: "powerful, far",
    KEEP_INFORMED: "less powerful, near",
    MONITOR: "less powerful, far",
}
ADVICE = {
    MANAGE_CLOSELY: "involve them in decisions; meet often",
    KEEP_SATISFIED: "bring them closer early, before they can derail it late",
    KEEP_INFORMED: "keep them informed and involved",
    MONITOR: "monitor; light-touch updates",
}
_FIELDS = ("role", "side", "type", "power", "proximity", "attitude", "notes")
_CHOICES = {"side": SIDES, "power": POWERS, "proximity": PROXIMITIES, "attitude": ATTITUDES}


def engagement_for(power: str, proximity: str) -> str:
    """The engagement for a place on the map; "" while power or proximity is unknown."""
    if power not in POWERS or proximity not in PROXIMITIES:
        return ""
    powerful = power == "high"
    near = proximity != "far"
    if powerful:
        return MANAGE_CLOSELY if near else KEEP_SATISFIED
    return KEEP_INFORMED if near else MONITOR


class Stakeholder(Person):
    """Someone on the map: a Person (the agenda's fields, declared once there) and whether they
    are at the meeting (on the agenda or added at the roll call; False: added on the map)."""

    __match_args__ = (*Person.__match_args__, "in_meeting")
    __slots__ = ("in_meeting",)

    in_meeting: bool

    def __init__(self, name: str, *fields: str, in_meeting: bool = True, **named: str) -> None:
        object.__setattr__(self, "in_meeting", in_meeting)
        super().__init__(name, *fields, **named)

    def _assign(self, *values: object) -> None:
        # Person.__init__ assigns its own fields; in_meeting was set above
        for name, value in zip(Person.__match_args__, values, strict=True):
            object.__setattr__(self, name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (self._values(),))

    def but(self, **changes: Any) -> Stakeholder:
        """A copy with some fields changed (dataclasses.replace for this record)."""
        values = dict(zip(self.__match_args__, self._values(), strict=True))
        return Stakeholder(**{**values, **changes})

    @property
    def placed(self) -> bool:
        return self.power in POWERS and self.proximity in PROXIMITIES

    @property
    def engagement(self) -> str:
        return engagement_for(self.power, self.proximity)

    @property
    def quadrant(self) -> str:
        return QUADRANT_NAMES.get(self.engagement, "")

    @property
    def powerful_and_far(self) -> bool:
        return self.power == "high" and self.proximity == "far"


def _rebuilt(values: tuple[Any, ...]) -> Stakeholder:
    *person, in_meeting = values
    return Stakeholder(*person, in_meeting=in_meeting)


@dataclass
class Register:
    stakeholders: list[Stakeholder] = field(default_factory=list)
    removed: list[Stakeholder] = field(default_factory=list)
    skipped: int = 0  # steps that could not be read

    def get(self, name: str) -> Stakeholder | None:
        return next((s for s in self.stakeholders if s.name == name), None)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stakeholders]

    def at(self, power: str, proximity: str) -> list[Stakeholder]:
        return [s for s in self.stakeholders if s.power == power and s.proximity == proximity]

    @property
    def unplaced(self) -> list[Stakeholder]:
        return [s for s in self.stakeholders if not s.placed]

    @property
    def powerful_and_far(self) -> list[Stakeholder]:
        return [s for s in self.stakeholders if s.powerful_and_far]


def _from_person(person: Person) -> Stakeholder:
    return Stakeholder(
        name=person.name,
        role=person.role,
        side=person.side,
        type=person.type,
        power=person.power if person.power in POWERS else "",
        proximity=person.proximity if person.proximity in PROXIMITIES else "",
        attitude=person.attitude if person.attitude in ATTITUDES else "",
        notes=person.notes,
    )


def _changes(data: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key in _FIELDS:
        if key not in data:
            continue
        if key in _CHOICES:
            changes[key] = choice(data[key], _CHOICES[key]) or ("other" if key == "side" else "")
        else:
            changes[key] = text(data, key)
    return changes


def register(session: Session) -> Register:
    """Everyone in the meeting, then the map's steps in order."""
    current: dict[str, Stakeholder] = {p.name: _from_person(p) for p in session.people}
    removed: dict[str, Stakeholder] = {}
    skipped = 0
    order = {name: position for position, name in enumerate(current)}
    for step in steps(session, STAKEHOLDER_MAP):
        try:
            name = text(step.data, "name")
            if not name:
                raise ValueError("no name")
            order.setdefault(name, len(order))
            _apply(step.action, name, step.data, current, removed)
        except (ValueError, TypeError):
            skipped += 1
    # someone added at the roll call after the map had added them is in the meeting after all
    in_meeting = {p.name for p in session.people}
    stakeholders = [s.but(in_meeting=s.name in in_meeting) for s in current.values()]
    # someone put back after a remove returns to their place in the register
    stakeholders.sort(key=lambda s: order[s.name])
    return Register(stakeholders, list(removed.values()), skipped)


def _apply(
    action: str,
    name: str,
    data: dict[str, Any],
    current: dict[str, Stakeholder],
    removed: dict[str, Stakeholder],
) -> None:
    if action == "add":
        base = current.get(name) or removed.pop(name, None) or Stakeholder(name=name)
        current[name] = base.but(**_changes(data))
    elif action in ("set", "move"):
        if name not in current:
            raise ValueError(f"{name} is not on the map")
        current[name] = current[name].but(**_changes(data))
    elif action == "remove":
        if name in current:
            removed[name] = current.pop(name)
    elif action == "restore":
        if name in removed:
            current[name] = removed.pop(name)
    else:
        raise ValueError(f"unknown action {action!r}")


def notes_about(session: Session, name: str) -> list[Entry]:
    """Stakeholder notes captured about someone (`s`, then `@name …`), in capture order."""
    return [e for e in session.entries_of("stakeholder") if e.owner == name]
