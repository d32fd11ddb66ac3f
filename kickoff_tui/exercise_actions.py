"""ExerciseActions: every step a facilitator takes in an exercise, as one journaled event.

Screens call these methods and repaint from the folds in kickoff_tui.domain.exercises; they
hold no rules of their own. Each method checks its input first and raises ExerciseInputError
(one line, nothing recorded) when it cannot be used; otherwise it records through
LiveMeeting.record (journal first, then apply), so a journal failure leaves the session as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import ATTITUDES, LEVELS, PROXIMITIES, SIDES
from kickoff_tui.domain.capture import parse_capture
from kickoff_tui.domain.due_dates import resolve_due
from kickoff_tui.domain.exercises import comms, fit_check, risks, stakeholders, success
from kickoff_tui.domain.exercises.common import (
    COMMS_PLAN,
    FIT_CHECK,
    RISKS,
    STAKEHOLDER_MAP,
    SUCCESS_CRITERIA,
    cycle,
    pick,
    resolve_person,
)
from kickoff_tui.domain.payloads import EntryKind, Exercise
from kickoff_tui.domain.session import Session
from kickoff_tui.errors import KickoffError
from kickoff_tui.meeting import LiveMeeting

# The map's axes as the screen draws them: power rows from the top, proximity columns from the left.
POWER_ROWS = ("high", "medium", "low")
PROXIMITY_COLUMNS = ("core", "near", "far")


class ExerciseInputError(KickoffError):
    """What the facilitator typed cannot be used; the message says why, in one line."""


def check_stakeholder_note(text: str, people: list[str], meeting_date: date) -> None:
    """A stakeholder note must say who it is about; raises ExerciseInputError when it does not."""
    if not parse_capture(text, people, meeting_date, action=False).owner:
        raise ExerciseInputError("say who the note is about with @name")


def _one_line(value: str) -> str:
    return " ".join(value.split())


def verdict_note(verdict: str, note: str) -> str:
    """The note a verdict keeps; an unknown verdict or a concern with no note is refused."""
    if verdict not in (*success.VERDICTS, ""):
        raise ExerciseInputError(f"verdict: choose one of {', '.join(success.VERDICTS)}")
    if verdict == success.CONCERNS and not note.strip():
        raise ExerciseInputError("write the concern down: a concerns verdict needs a note")
    return _one_line(note) if verdict in (success.CONCERNS, success.BLOCK) else ""


class ExerciseActions:
    def __init__(self, meeting: LiveMeeting) -> None:
        self.meeting = meeting

    @property
    def session(self) -> Session:
        return self.meeting.session

    def _step(self, exercise: str, item: int, action: str, **data: Any) -> None:
        step: Exercise = {"exercise": exercise, "item": item, "action": action, "data": data}
        self.meeting.record(ev.EXERCISE.change(step))

    def people_names(self) -> list[str]:
        """Everyone an @name can mean: the meeting's people and anyone added on the map."""
        return self.meeting.people_names()

    def _meeting_date(self) -> date:
        return self.meeting.meeting_date()

    def _choice(self, typed: str, allowed: tuple[str, ...], what: str) -> str:
        try:
            return pick(typed, allowed)
        except ValueError as error:
            raise ExerciseInputError(f"{what}: {error}") from None

    def add_entry(self, kind: EntryKind, text: str, item: int) -> str:
        """Capture an entry into `item` (not necessarily the current one); returns its id."""
        text = text.strip()
        if not text:
            raise ExerciseInputError("nothing typed")
        return self.meeting.capture(kind, text, item).id

    # ----- stakeholder map ---------------------------------------------------------------
    def stakeholder_note(self, text: str, item: int | None = None) -> str:
        """`s`, then `@name …`: a note about someone, attached to them as the entry's owner."""
        check_stakeholder_note(text, self.people_names(), self._meeting_date())
        return self.add_entry("stakeholder", text, self.session.current if item is None else item)

    def add_stakeholder(
        self, item: int, name: str, role: str = "", side: str = "", type: str = ""
    ) -> str:
        name = _one_line(name)
        if not name:
            raise ExerciseInputError("a stakeholder needs a name")
        register = stakeholders.register(self.session)
        if register.get(name) is not None:
            raise ExerciseInputError(f"{name} is already on the map")
        chosen_side = self._choice(side, SIDES, "side") or "other"
        data = {"name": name, "role": _one_line(role), "side": chosen_side, "type": _one_line(type)}
        # someone taken off the map earlier comes back where they were, with these details
        self._step(STAKEHOLDER_MAP, item, "add", **data)
        return name

    def edit_stakeholder(self, item: int, name: str, role: str, side: str, type: str) -> None:
        self._known_stakeholder(name)
        chosen_side = self._choice(side, SIDES, "side") or "other"
        self._step(
            STAKEHOLDER_MAP,
            item,
            "set",
            name=name,
            role=_one_line(role),
            side=chosen_side,
            type=_one_line(type),
        )

    def _known_stakeholder(self, name: str) -> stakeholders.Stakeholder:
        found = stakeholders.register(self.session).get(name)
        if found is None:
            raise ExerciseInputError(f"{name} is not on the map")
        return found

    def move_stakeholder(self, item: int, name: str, up: int = 0, right: int = 0) -> bool:
        """Move one cell: up is more power, right is further from the project.

        Someone not yet placed lands in the middle cell first. False at the map's edge.
        """
        person = self._known_stakeholder(name)
        if not person.placed:
            power, proximity = "medium", "near"
        else:
            row = POWER_ROWS.index(person.power) - up
            column = PROXIMITY_COLUMNS.index(person.proximity) + right
            if not (0 <= row < len(POWER_ROWS) and 0 <= column < len(PROXIMITY_COLUMNS)):
                return False
            power, proximity = POWER_ROWS[row], PROXIMITY_COLUMNS[column]
        self._step(STAKEHOLDER_MAP, item, "move", name=name, power=power, proximity=proximity)
        return True

    def place_stakeholder(self, item: int, name: str, power: str, proximity: str) -> None:
        self._known_stakeholder(name)
        power = self._choice(power, LEVELS, "power")
        proximity = self._choice(proximity, PROXIMITIES, "proximity")
        self._step(STAKEHOLDER_MAP, item, "move", name=name, power=power, proximity=proximity)

    def cycle_attitude(self, item: int, name: str) -> str:
        attitude = cycle(self._known_stakeholder(name).attitude, ATTITUDES)
        self._step(STAKEHOLDER_MAP, item, "set", name=name, attitude=attitude)
        return attitude

    def remove_stakeholder(self, item: int, name: str) -> None:
        self._known_stakeholder(name)
        self._step(STAKEHOLDER_MAP, item, "remove", name=name)
        self.meeting.remember_removal(STAKEHOLDER_MAP, name)

    def restore_stakeholder(self, item: int, name: str) -> None:
        if not any(s.name == name for s in stakeholders.register(self.session).removed):
            raise ExerciseInputError(f"{name} was not taken off the map")
        self._step(STAKEHOLDER_MAP, item, "restore", name=name)

    # ----- fit check -----------------------------------------------------------------------
    def _dimension(self, item: int, dimension: str) -> fit_check.Dimension:
        found = fit_check.fit_check(self.session, item).get(dimension)
        if found is None:
            raise ExerciseInputError(f"'{dimension}' is not a dimension of this fit check")
        return found

    def score(self, item: int, dimension: str, score: int | None) -> None:
        self._dimension(item, dimension)
        try:
            fit_check.valid_score(score)
        except ValueError as error:
            raise ExerciseInputError(str(error)) from None
        self._step(FIT_CHECK, item, "score", dimension=dimension, score=score)

    def note_dimension(self, item: int, dimension: str, note: str) -> None:
        self._dimension(item, dimension)
        self._step(FIT_CHECK, item, "note", dimension=dimension, note=_one_line(note))

    def record_low_score_risk(self, item: int, dimension: str) -> str:
        """The facilitator confirmed: a low score becomes a risk entry, linked to the dimension."""
        dim = self._dimension(item, dimension)
        if not dim.low:
            raise ExerciseInputError(f"{dimension} is not scored low")
        text = f"Fit check: {dimension} scored {dim.score}/{fit_check.MAX_SCORE}"
        if dim.note:
            text += f" ({dim.note})"
        entry_id = self.add_entry("risk", text, item)
        self._step(FIT_CHECK, item, "risk", dimension=dimension, entry=entry_id)
        return entry_id

    def decline_low_score_risk(self, item: int, dimension: str) -> None:
        dim = self._dimension(item, dimension)
        self._step(FIT_CHECK, item, "decline_risk", dimension=dimension, score=dim.score)

    # ----- success criteria ----------------------------------------------------------------
    def _criterion_fields(self, measure: str, target: str, owner: str, when: str) -> dict[str, Any]:
        measure = _one_line(measure)
        if not measure:
            raise ExerciseInputError("a success criterion needs a measure")
        owner_name, owner_known = resolve_person(owner, self.people_names())
        when = _one_line(when)
        resolved = resolve_due(when, self._meeting_date()) if when else None
        return {
            "measure": measure,
            "target": _one_line(target),
            "owner": owner_name,
            "owner_known": owner_known,
            "date": resolved.isoformat() if resolved else when,
        }

    def add_criterion(
        self, item: int, measure: str, target: str = "", owner: str = "", when: str = ""
    ) -> str:
        fields = self._criterion_fields(measure, target, owner, when)
        criterion_id = success.success_criteria(self.session).next_id()
        self._step(SUCCESS_CRITERIA, item, "add", id=criterion_id, **fields)
        return criterion_id

    def edit_criterion(
        self, item: int, criterion_id: str, measure: str, target: str, owner: str, when: str
    ) -> None:
        self._criterion(criterion_id)
        fields = self._criterion_fields(measure, target, owner, when)
        self._step(SUCCESS_CRITERIA, item, "edit", id=criterion_id, **fields)

    def _criterion(self, criterion_id: str) -> success.Criterion:
        found = success.success_criteria(self.session).get(criterion_id)
        if found is None:
            raise ExerciseInputError(f"no success criterion {criterion_id}")
        return found

    def set_verdict(self, item: int, criterion_id: str, verdict: str, note: str = "") -> None:
        self._criterion(criterion_id)
        note = verdict_note(verdict, note)
        self._step(SUCCESS_CRITERIA, item, "verdict", id=criterion_id, verdict=verdict, note=note)

    def remove_criterion(self, item: int, criterion_id: str) -> None:
        self._criterion(criterion_id)
        self._step(SUCCESS_CRITERIA, item, "remove", id=criterion_id)
        self.meeting.remember_removal(SUCCESS_CRITERIA, criterion_id)

    def restore_criterion(self, item: int, criterion_id: str) -> None:
        if not any(c.id == criterion_id for c in success.success_criteria(self.session).removed):
            raise ExerciseInputError(f"{criterion_id} was not removed")
        self._step(SUCCESS_CRITERIA, item, "restore", id=criterion_id)

    # ----- communication plan --------------------------------------------------------------
    def _audience(self, name: str) -> comms.Audience:
        found = comms.comms_plan(self.session).get(name)
        if found is None:
            raise ExerciseInputError(f"{name} is not on the communication plan")
        return found

    def set_comms(
        self, item: int, audience: str, method: str, channel: str, cadence: str, owner: str
    ) -> None:
        self._audience(audience)
        owner_name, _ = resolve_person(owner, self.people_names())
        self._step(
            COMMS_PLAN,
            item,
            "set",
            audience=audience,
            method=self._choice(method, comms.METHODS, "method"),
            channel=_one_line(channel),
            cadence=_one_line(cadence),
            owner=owner_name,
        )

    def cycle_method(self, item: int, audience: str) -> str:
        method = cycle(self._audience(audience).method, comms.METHODS)
        self._step(COMMS_PLAN, item, "set", audience=audience, method=method)
        return method

    def reset_audience(self, item: int, audience: str) -> None:
        """Back to the defaults from the audience's map quadrant."""
        self._audience(audience)
        blank = dict.fromkeys(("method", "channel", "cadence", "owner"), "")
        self._step(COMMS_PLAN, item, "set", audience=audience, **blank)

    def add_audience(self, item: int, name: str) -> str:
        name = _one_line(name)
        if not name:
            raise ExerciseInputError("an audience needs a name")
        plan = comms.comms_plan(self.session)
        if plan.get(name) is not None:
            raise ExerciseInputError(f"{name} is already on the communication plan")
        action = "restore" if name in plan.removed else "add"
        self._step(COMMS_PLAN, item, action, audience=name)
        return name

    def remove_audience(self, item: int, audience: str) -> None:
        self._audience(audience)
        self._step(COMMS_PLAN, item, "remove", audience=audience)
        self.meeting.remember_removal(COMMS_PLAN, audience)

    def restore_audience(self, item: int, audience: str) -> None:
        if audience not in comms.comms_plan(self.session).removed:
            raise ExerciseInputError(f"{audience} was not taken off the plan")
        self._step(COMMS_PLAN, item, "restore", audience=audience)

    def set_escalation(self, item: int, route: list[tuple[str, str]]) -> None:
        """Replace the escalation route: (who, how) in the order people hear about a problem."""
        people = self.people_names()
        route_steps = [
            {"who": resolve_person(who, people)[0], "how": _one_line(how)}
            for who, how in route
            if who.strip() or how.strip()
        ]
        self._step(COMMS_PLAN, item, "escalation", steps=route_steps)

    # ----- risks -------------------------------------------------------------------------
    def add_risk(self, item: int, text: str) -> str:
        """Pre-mortem quick entry: one risk, as an ordinary risk entry of this item."""
        return self.add_entry("risk", text, item)

    def _risk(self, risk_id: str) -> risks.Risk:
        found = risks.risk_register(self.session).get(risk_id)
        if found is None:
            raise ExerciseInputError(f"no risk {risk_id}")
        return found

    def rate_risk(
        self,
        item: int,
        risk_id: str,
        *,
        likelihood: str | None = None,
        impact: str | None = None,
    ) -> None:
        self._risk(risk_id)
        data: dict[str, Any] = {"id": risk_id}
        if likelihood is not None:
            data["likelihood"] = self._choice(likelihood, LEVELS, "likelihood")
        if impact is not None:
            data["impact"] = self._choice(impact, LEVELS, "impact")
        self._step(RISKS, item, "rate", **data)

    def cycle_rating(self, item: int, risk_id: str, which: str) -> str:
        """Step likelihood or impact through low, medium, high."""
        current = getattr(self._risk(risk_id), which)
        value = cycle(current, LEVELS)
        self._step(RISKS, item, "rate", id=risk_id, **{which: value})
        return value

    def set_risk_owner(self, item: int, risk_id: str, owner: str) -> str:
        self._risk(risk_id)
        name, known = resolve_person(owner, self.people_names())
        self._step(RISKS, item, "rate", id=risk_id, owner=name, owner_known=known)
        return name

    def delete_risk(self, risk_id: str) -> None:
        self._risk(risk_id)
        self.meeting.delete(risk_id, undo_list=RISKS)

    # ----- undo: the rule is LiveMeeting's; here is how each exercise's rows come back -------
    def undo(self, exercise: str, item: int) -> str | None:
        """Bring back the row removed last on this exercise's screen; its key, or None."""
        restorers: dict[str, Callable[[int, str], None]] = {
            STAKEHOLDER_MAP: self.restore_stakeholder,
            SUCCESS_CRITERIA: self.restore_criterion,
            COMMS_PLAN: self.restore_audience,
            RISKS: lambda _, key: self.meeting.restore_entry(key),
        }
        restore = restorers.get(exercise)
        if restore is None:
            return None
        return self.meeting.undo(
            exercise, self._still_removed(exercise), lambda key: restore(item, key)
        )

    def can_undo(self, exercise: str) -> bool:
        return self.meeting.last_removal(exercise, self._still_removed(exercise)) is not None

    def _still_removed(self, exercise: str) -> Callable[[str], bool]:
        s = self.session
        if exercise == RISKS:
            return lambda key: s.entries[key].deleted
        removed: set[str] = set()
        if exercise == STAKEHOLDER_MAP:
            removed = {person.name for person in stakeholders.register(s).removed}
        elif exercise == SUCCESS_CRITERIA:
            removed = {criterion.id for criterion in success.success_criteria(s).removed}
        elif exercise == COMMS_PLAN:
            removed = set(comms.comms_plan(s).removed)
        return removed.__contains__
