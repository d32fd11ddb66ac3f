"""The room's pictures of the kickoff exercises: plain-text lines read from the exercise folds.

What the room sees of an exercise is what the room itself said (names, scores, verdicts,
letters, dates), never what is private to the facilitator (domain/privacy.py): no attitude, no
person's or item's notes, no stakeholder notes. Each picture reads only the fold's public
values, so nothing private can reach it. A flag is shown with "⚑" and the fold's own sentence,
the same words as the minutes and the charter.

PICTURES maps an exercise name to (its function, whether it belongs to one item): fit check,
trade-offs and decision rights are one per agenda item; the others are shared by the meeting.
"""

from __future__ import annotations

from collections.abc import Callable

from kickoff_tui.domain.exercises import common
from kickoff_tui.domain.exercises.comms import comms_plan
from kickoff_tui.domain.exercises.decision_rights import decision_rights
from kickoff_tui.domain.exercises.fit_check import MAX_SCORE, fit_check
from kickoff_tui.domain.exercises.milestones import milestones
from kickoff_tui.domain.exercises.risks import risk_register
from kickoff_tui.domain.exercises.scope import SECTIONS, scope
from kickoff_tui.domain.exercises.stakeholders import QUADRANT_NAMES, register
from kickoff_tui.domain.exercises.success import success_criteria
from kickoff_tui.domain.exercises.trade_offs import SETTINGS, trade_offs
from kickoff_tui.domain.rights_minutes import role_order
from kickoff_tui.domain.session import Session

Picture = Callable[[Session, int], list[str]]
FLAG = "⚑ "


def _stakeholder_lines(session: Session, index: int) -> list[str]:
    # names and where they sit on the map; attitude and notes are private
    stakeholders = register(session).stakeholders
    lines = []
    for engagement, quadrant in QUADRANT_NAMES.items():
        names = [s.name for s in stakeholders if s.engagement == engagement]
        lines.append(f"{quadrant}: {', '.join(names) if names else '-'}")
    unplaced = [s.name for s in stakeholders if not s.placed]
    if unplaced:
        lines.append(f"Not placed yet: {', '.join(unplaced)}")
    return lines


def _fit_lines(session: Session, index: int) -> list[str]:
    check = fit_check(session, index)
    lines = []
    for dim in check.dimensions:
        score = (
            "-"
            if dim.score is None
            else f"{'●' * dim.score}{'○' * (MAX_SCORE - dim.score)} {dim.score}/{MAX_SCORE}"
        )
        lines.append(f"{dim.name}: {score}")
    overall = "-" if check.overall is None else f"{check.overall}"
    lines.append(f"Overall {overall}: {check.verdict}")
    return lines


def _success_lines(session: Session, index: int) -> list[str]:
    lines = []
    for c in success_criteria(session).criteria:
        details = ", ".join(x for x in (c.target, c.owner and f"@{c.owner}", c.date) if x)
        verdict = f" [{c.verdict}]" if c.verdict else ""
        lines.append(f"{c.measure}{f' ({details})' if details else ''}{verdict}")
    return lines or ["No criteria yet."]


def _comms_lines(session: Session, index: int) -> list[str]:
    plan = comms_plan(session)
    lines = [f"{a.name}: {a.channel}, {a.cadence}" for a in plan.audiences]
    lines += [f"Escalate to {step.who}: {step.how}" for step in plan.escalation]
    return lines or ["No audiences yet."]


def _risk_lines(session: Session, index: int) -> list[str]:
    lines = []
    for risk in risk_register(session).by_rating():
        owner = f" @{risk.owner}" if risk.owner else ""
        lines.append(f"[{risk.rating or 'unrated'}] {risk.text}{owner}")
    return lines or ["No risks yet."]


def _scope_lines(session: Session, index: int) -> list[str]:
    """Each line under its section, with the client's verdict; a flagged line marked ⚑."""
    state = scope(session)
    lines: list[str] = []
    for section in SECTIONS:
        for line in state.section(section):
            verdict = f" [{line.verdict}{f': {line.note}' if line.note else ''}]"
            flagged = FLAG if line.flags else "  "
            lines.append(f"{flagged}{section}: {line.text}{verdict if line.verdict else ''}")
    if not lines:
        return ["No scope lines yet."]
    # the count first: on a small screen the lines below it may not all fit
    open_ = len([line for line in state.lines if line.flags or line.open_concern])
    return [f"Not yet aligned: {open_} (⚑)" if open_ else "Every in-scope line agreed.", *lines]


def _trade_off_lines(session: Session, index: int) -> list[str]:
    """A three-position slider per constraint (fixed ● firm ● flexible), then the rule."""
    state = trade_offs(session, index)
    width = max((len(s.name) for s in state.sliders), default=0)
    lines = []
    for slider in state.sliders:
        marks = "".join("●" if slider.setting == s else "○" for s in SETTINGS)
        lines.append(f"{slider.name:<{width}}  {marks}  {slider.setting or '-'}")
    lines += [f"{FLAG}{rule}" for rule in state.broken]
    if not state.broken and not state.unset and state.sliders:
        lines.append("The rule holds: at most one fixed, at least one flexible.")
    return lines


def _rights_lines(session: Session, index: int) -> list[str]:
    """Per decision area who holds which letter, the sign-off (A) first; then the flags."""
    state = decision_rights(session, index)
    lines = []
    for area in state.areas:
        held = [
            f"{letter} {person}"
            for letter in role_order(state)
            for person, given in area.letters.items()
            if given == letter
        ]
        lines.append(f"{area.name}: {'; '.join(held) if held else '-'}")
    if not lines:
        return ["No decision areas yet."]
    lines += [f"{FLAG}{flag}" for flag in state.flags()]
    legend = " · ".join(f"{letter} {state.roles[letter]}" for letter in role_order(state))
    return [*lines, legend]


def _milestone_lines(session: Session, index: int) -> list[str]:
    """By date: the date, the deliverable, who approves it; a flagged one marked ⚑."""
    state = milestones(session)
    lines = []
    for m in state.milestones:
        approver = f" (approves: {m.approver})" if m.approver else ""
        problems = state.problems(m)
        flagged = f"  {FLAG}{'; '.join(problems)}" if problems else ""
        lines.append(f"{m.date or 'no date':<10}  {m.deliverable}{approver}{flagged}")
    return lines or ["No milestones yet."]


PICTURES: dict[str, tuple[Picture, bool]] = {
    common.STAKEHOLDER_MAP: (_stakeholder_lines, False),
    common.FIT_CHECK: (_fit_lines, True),
    common.SUCCESS_CRITERIA: (_success_lines, False),
    common.COMMS_PLAN: (_comms_lines, False),
    common.RISKS: (_risk_lines, False),
    common.SCOPE: (_scope_lines, False),
    common.TRADE_OFFS: (_trade_off_lines, True),
    common.DECISION_RIGHTS: (_rights_lines, True),
    common.MILESTONES: (_milestone_lines, False),
}
