"""Decision rights (`decision-rights`): who decides what, as a RACI or DACI matrix.

Rows are decision areas from the item's `options: {areas: [...]}` (or the defaults) and any the
room adds; columns are the people on the stakeholder register (everyone in the meeting and
anyone added on the map). One letter per cell. Steps, for one agenda item (data declared as
DecisionRightsStep in domain/payloads.py):

- assign  {area, person, letter}: R, A, C, I (RACI) or D, A, C, I (DACI); "" clears the cell;
- add     {area}: an area the room adds; remove {area} / restore {area}.

The model is the item's `options: {model: raci | daci}`, RACI when absent. A is the sign-off
in both: Accountable in RACI, Approver in DACI. Each area needs exactly one, and an approver
far from the project on the stakeholder map is the powerful-and-far risk made concrete.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kickoff_tui.domain.agenda import Item
from kickoff_tui.domain.exercises import common
from kickoff_tui.domain.exercises.common import DECISION_RIGHTS, steps, text
from kickoff_tui.domain.exercises.stakeholders import register
from kickoff_tui.domain.payloads import DecisionRightsStep, problem
from kickoff_tui.domain.session import Session

RACI, DACI = "raci", "daci"
MODELS = (RACI, DACI)
ROLES = {
    RACI: {"R": "Responsible", "A": "Accountable", "C": "Consulted", "I": "Informed"},
    DACI: {"D": "Driver", "A": "Approver", "C": "Contributor", "I": "Informed"},
}
SIGN_OFF = "A"
DEFAULT_AREAS = ("Scope changes", "Visual design sign-off", "Budget changes", "Go-live")


@dataclass(frozen=True, eq=False)
class Area:
    name: str
    letters: dict[str, str] = field(default_factory=dict)  # person -> letter, set cells only

    def letter(self, person: str) -> str:
        return self.letters.get(person, "")

    @property
    def signers(self) -> list[str]:
        """Who holds the sign-off (A) for this area, in column order."""
        return [person for person, letter in self.letters.items() if letter == SIGN_OFF]


@dataclass
class DecisionRights:
    item: int
    model: str
    areas: list[Area] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # the columns
    removed: list[str] = field(default_factory=list)  # area names taken off, to restore
    # (area, person) -> the letter a cell had before it was last cleared, while it stays clear
    cleared: dict[tuple[str, str], str] = field(default_factory=dict)
    far: frozenset[str] = frozenset()  # people placed far from the project on the map
    powerful: frozenset[str] = frozenset()  # people of high power on the map
    skipped: int = 0

    @property
    def roles(self) -> dict[str, str]:
        return ROLES[self.model]

    @property
    def letters(self) -> tuple[str, ...]:
        return tuple(self.roles)

    @property
    def sign_off(self) -> str:
        """What the A stands for in this model: "Accountable" or "Approver"."""
        return self.roles[SIGN_OFF]

    def get(self, name: str) -> Area | None:
        return next((a for a in self.areas if a.name == name), None)

    def find(self, name: str) -> Area | None:
        """An area by name, ignoring case and spacing (how a typed name is matched)."""
        wanted = _folded(name)
        return next((a for a in self.areas if _folded(a.name) == wanted), None)

    @property
    def assigned(self) -> int:
        return sum(len(area.letters) for area in self.areas)

    @property
    def without_sign_off(self) -> list[Area]:
        return [a for a in self.areas if not a.signers]

    @property
    def shared_sign_off(self) -> list[Area]:
        return [a for a in self.areas if len(a.signers) > 1]

    @property
    def far_signers(self) -> list[tuple[Area, str]]:
        """(area, person) where the sign-off sits with someone far from the project."""
        return [(a, p) for a in self.areas for p in a.signers if p in self.far]

    @property
    def signs_everything(self) -> list[str]:
        """People holding the sign-off in every area (of two or more): a bottleneck."""
        if len(self.areas) < 2:
            return []
        return [p for p in self.people if all(p in a.signers for a in self.areas)]

    def flags(self) -> list[str]:
        """Every problem with the matrix as one sentence, for the screen, minutes and charter."""
        a = self.sign_off
        found = [f"No {a} for {area.name}." for area in self.without_sign_off]
        found += [
            f"{len(area.signers)} people are {a} for {area.name}: {', '.join(area.signers)}."
            for area in self.shared_sign_off
        ]
        for area, person in self.far_signers:
            powerful = "powerful and " if person in self.powerful else ""
            found.append(
                f"{person} is {a} for {area.name} but {powerful}far from the project "
                "on the stakeholder map."
            )
        found += [f"{person} is {a} for every area." for person in self.signs_everything]
        return found


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def model_for(item: Item) -> str:
    raw = item.options.get("model") if isinstance(item.options, dict) else None
    return raw.strip().lower() if isinstance(raw, str) and raw.strip().lower() in MODELS else RACI


def areas_for(item: Item) -> tuple[str, ...]:
    """The item's own areas (trimmed, duplicates ignoring case dropped), else the defaults."""
    raw = item.options.get("areas") if isinstance(item.options, dict) else None
    if isinstance(raw, list | tuple):
        names: dict[str, str] = {}
        for entry in raw:
            if isinstance(entry, str) and " ".join(entry.split()):
                names.setdefault(_folded(entry), " ".join(entry.split()))
        if names:
            return tuple(names.values())
    return DEFAULT_AREAS


def decision_rights(session: Session, item: int) -> DecisionRights:
    items = session.agenda.items
    agenda_item = items[item] if 0 <= item < len(items) else None
    model = model_for(agenda_item) if agenda_item else RACI
    on_map = register(session).stakeholders
    state = DecisionRights(
        item,
        model,
        people=[s.name for s in on_map],
        far=frozenset(s.name for s in on_map if s.proximity == "far"),
        powerful=frozenset(s.name for s in on_map if s.power == "high"),
    )
    current = {name: Area(name) for name in (areas_for(agenda_item) if agenda_item else ())}
    removed: dict[str, Area] = {}
    order = {name: position for position, name in enumerate(current)}
    for step in steps(session, DECISION_RIGHTS, item):
        try:
            _apply(step.action, step.data, state, current, removed)
            order.setdefault(text(step.data, "area"), len(order))
        except (KeyError, ValueError, TypeError):
            state.skipped += 1
    # an area put back returns to its row, not to the end
    state.areas = sorted(current.values(), key=lambda area: order[area.name])
    state.removed = list(removed)
    # someone given a letter and later taken off the map keeps a column: the letter is theirs
    for area in state.areas:
        state.people += [p for p in area.letters if p not in state.people]
    column = {person: position for position, person in enumerate(state.people)}
    for area in state.areas:  # letters in column order, so signers read left to right
        ordered = sorted(area.letters.items(), key=lambda pair: column[pair[0]])
        area.letters.clear()
        area.letters.update(ordered)
    return state


def _apply(
    action: str,
    data: dict[str, object],
    state: DecisionRights,
    current: dict[str, Area],
    removed: dict[str, Area],
) -> None:
    wrong = problem(DecisionRightsStep, data)
    if wrong is not None:
        raise ValueError(wrong)
    name = text(data, "area")
    if not name:
        raise ValueError("no area")
    if action == "assign":
        person = text(data, "person")
        letter = str(data.get("letter", ""))
        if not person or (letter and letter not in state.letters):
            raise ValueError(f"cannot assign {letter!r} to {person!r}")
        letters = current[name].letters
        if letter:
            letters[person] = letter
            state.cleared.pop((name, person), None)
        elif person in letters:
            state.cleared[(name, person)] = letters.pop(person)
    elif action == "add":
        if name in current:
            raise ValueError(f"{name} is already an area")
        current[name] = removed.pop(name) if name in removed else Area(name)
    elif action == "remove":
        removed[name] = current.pop(name)
    elif action == "restore":
        current[name] = removed.pop(name)
    else:
        raise ValueError(f"unknown action {action!r}")


def ran_items(session: Session) -> list[int]:
    """Decision-rights items that were reached or changed, in agenda order."""
    return common.ran_items(session, DECISION_RIGHTS)
