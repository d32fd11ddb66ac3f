"""Scope (`scope`): lines sorted into in, out, later, assumptions and constraints, each with
the client's verdict.

The lines are shared by the whole meeting, whichever item recorded them. They start from the
statement of work: every `scope` item's `options:` (a list of text per section) pre-fills lines
with the ids `p<item>-<n>`, so the room confirms rather than invents. Steps (data shapes are
ScopeLine, ScopeVerdict and ScopeRef in domain/payloads.py; a step that does not fit is skipped):

- add     {id, section, text}: a line typed in the meeting (ids `s1`, `s2`, ...);
- edit    {id, + any of section, text};
- verdict {id, verdict, note}: agree, concerns (with a note) or block; "" clears it;
- remove  {id} / restore {id}.

Flags: a blocked line, and an "in" line the client has not agreed to.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from kickoff_tui.domain.agenda import SCOPE_SECTIONS, Item
from kickoff_tui.domain.exercises.common import (
    SCOPE,
    apply_steps,
    id_number,
    option_texts,
    text,
)
from kickoff_tui.domain.exercises.success import AGREE, BLOCK, CONCERNS
from kickoff_tui.domain.payloads import ScopeLine, ScopeRef, ScopeVerdict, problem
from kickoff_tui.domain.session import Session

IN, OUT, LATER, ASSUMPTIONS, CONSTRAINTS = SCOPE_SECTIONS
SECTIONS = SCOPE_SECTIONS  # in, out, later, assumptions, constraints
BLOCKED = "blocked"
NOT_AGREED_BY_CLIENT = "not agreed by the client"
NOT_AGREED = f"in scope, {NOT_AGREED_BY_CLIENT}"  # the flag, where the section is not said
_PAYLOADS: dict[str, type[Any]] = {
    "add": ScopeLine,
    "edit": ScopeLine,
    "verdict": ScopeVerdict,
    "remove": ScopeRef,
    "restore": ScopeRef,
}


@dataclass(frozen=True)
class Line:
    id: str
    section: str
    text: str
    verdict: str = ""
    note: str = ""
    prefilled: bool = False  # from the agenda's options (the statement of work)
    item: int = -1  # the agenda item it came from: where a concern about it was raised

    @property
    def flags(self) -> list[str]:
        """Why the room is not yet aligned on this line (empty when it is)."""
        found = [BLOCKED] if self.verdict == BLOCK else []
        if self.section == IN and self.verdict != AGREE:
            found.append(NOT_AGREED)
        return found

    @property
    def open_concern(self) -> bool:
        return self.verdict == CONCERNS


@dataclass
class Scope:
    lines: list[Line] = field(default_factory=list)  # by section, then prefilled, then added
    removed: list[Line] = field(default_factory=list)
    recorded: int = 0  # the highest N of any "sN" an add step used: the next id is N + 1
    skipped: int = 0

    def get(self, line_id: str) -> Line | None:
        return next((line for line in self.lines if line.id == line_id), None)

    def section(self, name: str) -> list[Line]:
        return [line for line in self.lines if line.section == name]

    @property
    def flagged(self) -> list[Line]:
        return [line for line in self.lines if line.flags]

    @property
    def blocked(self) -> list[Line]:
        return [line for line in self.lines if line.verdict == BLOCK]

    @property
    def concerns(self) -> list[Line]:
        return [line for line in self.lines if line.open_concern]

    def next_id(self) -> str:
        return f"s{self.recorded + 1}"


def prefilled_lines(item_index: int, item: Item) -> list[Line]:
    """The lines an item's `options:` pre-fill, in section and option order."""
    texts = [(name, typed) for name in SECTIONS for typed in option_texts(item.options, name)]
    return [
        Line(f"p{item_index + 1}-{number}", name, typed, prefilled=True, item=item_index)
        for number, (name, typed) in enumerate(texts, start=1)
    ]


def scope(session: Session) -> Scope:
    current: dict[str, Line] = {}
    for index, item in enumerate(session.agenda.items):
        if item.exercise == SCOPE:
            current |= {line.id: line for line in prefilled_lines(index, item)}
    order = {line_id: position for position, line_id in enumerate(current)}
    removed: dict[str, Line] = {}
    state = Scope()
    state.recorded, state.skipped = apply_steps(
        session,
        SCOPE,
        "s",
        lambda step: _apply(step.action, step.data, current, removed, step.item),
    )
    # a restored or moved line goes back to its place in its section, not to the end
    state.lines = sorted(current.values(), key=lambda line: _place(line, order))
    state.removed = list(removed.values())
    return state


def _place(line: Line, order: dict[str, int]) -> tuple[int, int, int]:
    """Section, then the agenda's lines in option order, then the meeting's in id order."""
    if line.id in order:
        return (SECTIONS.index(line.section), 0, order[line.id])
    return (SECTIONS.index(line.section), 1, _number(line.id))


def _number(value: object) -> int:
    return id_number(value, "s")


def _apply(
    action: str,
    data: dict[str, Any],
    current: dict[str, Line],
    removed: dict[str, Line],
    item: int,
) -> None:
    shape = _PAYLOADS.get(action)
    if shape is None:
        raise ValueError(f"unknown action {action!r}")
    wrong = problem(shape, data)
    if wrong is not None:
        raise ValueError(wrong)
    line_id = text(data, "id")
    if not line_id:
        raise ValueError("no id")
    if action == "add":
        if line_id in current or line_id in removed or not _number(line_id):
            raise ValueError(f"{line_id} cannot be added")
        if not text(data, "text") or "section" not in data:
            raise ValueError("a scope line needs a section and a text")
        current[line_id] = Line(line_id, data["section"], text(data, "text"), item=item)
    elif action == "edit":
        line = current[line_id]
        if "text" in data:
            line = replace(line, text=text(data, "text"))
            if not line.text:
                raise ValueError("a scope line needs a text")
        current[line_id] = replace(line, section=data.get("section", line.section))
    elif action == "verdict":
        verdict = data["verdict"]
        note = text(data, "note") if verdict in (CONCERNS, BLOCK) else ""
        current[line_id] = replace(current[line_id], verdict=verdict, note=note)
    elif action == "remove":
        removed[line_id] = current.pop(line_id)
    else:
        current[line_id] = removed.pop(line_id)
