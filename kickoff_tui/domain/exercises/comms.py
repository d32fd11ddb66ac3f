"""Communication plan (`comms-plan`): per audience a method, channel, cadence and owner.

Every stakeholder on the register is an audience, with defaults from their map quadrant; the
room can add groups ("Steering group"), change any field, and take an audience off the plan.
Steps (shared by the whole meeting):

- set        {audience, + any of method, channel, cadence, owner}; "" goes back to the default;
- add        {audience}: a group that is not a person on the register;
- remove     {audience} / restore {audience};
- escalation {steps: [{who, how}, ...]}: who hears about problems first, and how, in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kickoff_tui.domain.exercises.common import COMMS_PLAN, choice, steps, text
from kickoff_tui.domain.exercises.stakeholders import (
    KEEP_INFORMED,
    KEEP_SATISFIED,
    MANAGE_CLOSELY,
    MONITOR,
    register,
)
from kickoff_tui.domain.session import Session

PUSH, PULL, INTERACTIVE = "push", "pull", "interactive"
METHODS = (PUSH, PULL, INTERACTIVE)
METHOD_HINTS = {
    PUSH: "reports and email: sent, not necessarily read",
    PULL: "a shared space people visit when they need to",
    INTERACTIVE: "meetings and calls: for decisions and anything contentious",
}
_FIELDS = ("method", "channel", "cadence", "owner")


@dataclass(frozen=True)
class Default:
    method: str
    channel: str
    cadence: str


# Powerful and far: interactive, and often enough to bring them closer.
DEFAULTS = {
    MANAGE_CLOSELY: Default(INTERACTIVE, "status meeting", "weekly"),
    KEEP_SATISFIED: Default(INTERACTIVE, "one-to-one call", "fortnightly"),
    KEEP_INFORMED: Default(PUSH, "status email", "weekly"),
    MONITOR: Default(PULL, "shared project page", "monthly"),
    "": Default(PUSH, "status email", "fortnightly"),  # not yet on the map
}


@dataclass(frozen=True)
class Audience:
    name: str
    engagement: str  # the map quadrant's engagement; "" for a group or someone not placed
    is_group: bool
    method: str
    channel: str
    cadence: str
    owner: str
    changed: frozenset[str] = frozenset()  # fields the room set (the others are defaults)


@dataclass(frozen=True)
class EscalationStep:
    who: str
    how: str


@dataclass
class CommsPlan:
    audiences: list[Audience] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    escalation: list[EscalationStep] = field(default_factory=list)
    skipped: int = 0

    def get(self, name: str) -> Audience | None:
        return next((a for a in self.audiences if a.name == name), None)


def comms_plan(session: Session) -> CommsPlan:
    stakeholders = register(session).stakeholders
    facilitator = session.agenda.meeting.facilitator
    # the plan is how the facilitator's side reaches everyone else, so they are not an audience
    engagement = {s.name: s.engagement for s in stakeholders if s.name != facilitator}
    groups: list[str] = []
    removed: list[str] = []
    settings: dict[str, dict[str, str]] = {}
    escalation: list[EscalationStep] = []
    skipped = 0
    for step in steps(session, COMMS_PLAN):
        try:
            if step.action == "escalation":
                escalation = _escalation(step.data)
                continue
            name = text(step.data, "audience")
            if not name:
                raise ValueError("no audience")
            if step.action == "add":
                if name not in engagement and name not in groups:
                    groups.append(name)
                if name in removed:
                    removed.remove(name)
            elif step.action == "set":
                if name not in engagement and name not in groups:
                    raise ValueError(f"{name} is not an audience")
                settings.setdefault(name, {}).update(_settings(step.data))
            elif step.action == "remove":
                if name not in removed:
                    removed.append(name)
            elif step.action == "restore":
                if name in removed:
                    removed.remove(name)
            else:
                raise ValueError(f"unknown action {step.action!r}")
        except (ValueError, TypeError):
            skipped += 1
    audiences = [
        _audience(
            name, engagement.get(name, ""), name in groups, settings.get(name, {}), facilitator
        )
        for name in [*engagement, *groups]
        if name not in removed
    ]
    shown_removed = [n for n in removed if n in engagement or n in groups]
    return CommsPlan(audiences, shown_removed, escalation, skipped)


def _settings(data: dict[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for key in _FIELDS:
        if key in data:
            found[key] = choice(data[key], METHODS) if key == "method" else text(data, key)
    return found


def _audience(
    name: str, engagement: str, is_group: bool, chosen: dict[str, str], facilitator: str
) -> Audience:
    default = DEFAULTS[engagement]
    values = {
        "method": default.method,
        "channel": default.channel,
        "cadence": default.cadence,
        "owner": facilitator,
    }
    changed = frozenset(k for k, v in chosen.items() if v)
    values.update({k: v for k, v in chosen.items() if v})
    return Audience(name, engagement, is_group, changed=changed, **values)


def _escalation(data: dict[str, Any]) -> list[EscalationStep]:
    raw = data.get("steps", [])
    if not isinstance(raw, list):
        raise TypeError("escalation steps must be a list")
    route = []
    for entry in raw:
        if not isinstance(entry, dict):
            raise TypeError("an escalation step must be a mapping")
        who, how = text(entry, "who"), text(entry, "how")
        if who or how:
            route.append(EscalationStep(who, how))
    return route
