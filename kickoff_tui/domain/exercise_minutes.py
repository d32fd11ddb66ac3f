"""Minutes sections for the kickoff exercises, one per exercise that ran.

Listed in kickoff_tui.domain.minutes' SECTIONS, before the Notes section. A section is left
out when its exercise never ran (no step recorded and no item that opens it reached); one that
ran with nothing recorded says so in a line. Every user string goes through
kickoff_tui.domain.markdown.
"""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.exercises import TITLES
from kickoff_tui.domain.exercises.common import (
    COMMS_PLAN,
    DECISION_RIGHTS,
    FIT_CHECK,
    MILESTONES,
    RISKS,
    SCOPE,
    STAKEHOLDER_MAP,
    SUCCESS_CRITERIA,
    TRADE_OFFS,
    ran,
)
from kickoff_tui.domain.exercises.comms import comms_plan
from kickoff_tui.domain.exercises.fit_check import MAX_SCORE, FitCheck, fit_check, ran_items
from kickoff_tui.domain.exercises.risks import risk_register
from kickoff_tui.domain.exercises.stakeholders import ENGAGEMENTS, register
from kickoff_tui.domain.exercises.success import BLOCK, CONCERNS, success_criteria
from kickoff_tui.domain.mermaid import stakeholder_quadrant
from kickoff_tui.domain.minutes_context import MinutesContext, Section, item_ref, per_item
from kickoff_tui.domain.rights_minutes import decision_rights_section, milestones_section
from kickoff_tui.domain.scope_minutes import scope_section, trade_offs_section


def _names(names: list[str]) -> str:
    return ", ".join(md.inline(n) for n in names)


def _who(name: str, known: bool) -> str:
    shown = md.cell(name)
    return shown if known or not name else f"{shown} (not an attendee)"


# ----- stakeholder map ----------------------------------------------------------------------


def stakeholder_section(ctx: MinutesContext) -> list[str]:
    session = ctx.session
    if not ran(session, STAKEHOLDER_MAP):
        return []
    found = register(session)
    if not found.stakeholders:
        return ["No stakeholders recorded."]
    order = {engagement: rank for rank, engagement in enumerate(ENGAGEMENTS)}
    ordered = sorted(found.stakeholders, key=lambda s: order.get(s.engagement, len(order)))
    lines = [
        "| Name | Side | Role | Power | Proximity | Attitude | Quadrant | Engagement |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for person in ordered:
        name = md.cell(person.name) + ("" if person.in_meeting else " (not at the meeting)")
        cells = [person.side, person.role, person.power, person.proximity, person.attitude]
        placed = [person.quadrant or "not placed", person.engagement]
        lines.append(
            md.table_row([name, *(md.cell(c) for c in cells), *(md.cell(c) for c in placed)])
        )
    on_map = [(s.name, s.power, s.proximity) for s in ordered if s.placed]
    if ctx.diagrams and on_map:
        lines = [*stakeholder_quadrant(on_map), "", *lines]
    far = [s.name for s in found.powerful_and_far]
    if far:
        lines += [
            "",
            f"**Powerful and far from the project:** {_names(far)}. Keep them satisfied and bring "
            "them closer early: they can derail the project late.",
        ]
    unplaced = [s.name for s in found.unplaced]
    if unplaced:
        lines += ["", f"**Not placed on the map:** {_names(unplaced)}."]
    return lines


# ----- fit check ----------------------------------------------------------------------------


def fit_check_section(ctx: MinutesContext) -> list[str]:
    session = ctx.session
    return per_item(session, ran_items(session), lambda i: _fit_table(fit_check(session, i)))


def _score(value: int | None) -> str:
    return "not scored" if value is None else f"{value}/{MAX_SCORE}"


def _fit_table(check: FitCheck) -> list[str]:
    lines = ["| Dimension | Score | Note |", "| --- | --- | --- |"]
    for dim in check.dimensions:
        score = _score(dim.score) + (" (low)" if dim.low else "")
        lines.append(md.table_row([md.cell(dim.name), score, md.cell(dim.note)]))
    overall = check.overall
    shown = "not scored" if overall is None else f"{overall:.1f}/{MAX_SCORE}, {check.verdict}"
    counted = f"{len(check.scored)} of {len(check.dimensions)} dimensions scored"
    lines += ["", f"**Overall fit:** {shown} ({counted})."]
    if check.low:
        described = [
            f"{md.inline(d.name)} ({_score(d.score)}, "
            + ("recorded as a risk" if check.has_risk(d) else "not recorded as a risk")
            + ")"
            for d in check.low
        ]
        lines += ["", f"**Low scores:** {'; '.join(described)}."]
    return lines


# ----- success criteria ---------------------------------------------------------------------


def success_section(ctx: MinutesContext) -> list[str]:
    session = ctx.session
    if not ran(session, SUCCESS_CRITERIA):
        return []
    state = success_criteria(session)
    if not state.criteria:
        return ["No success criteria recorded."]
    lines = [
        "| # | Measure | Target | Owner | Date | Verdict |",
        "| ---: | --- | --- | --- | --- | --- |",
    ]
    numbers = {}
    for number, criterion in enumerate(state.criteria, start=1):
        numbers[criterion.id] = number
        lines.append(
            md.table_row(
                [
                    str(number),
                    md.cell(criterion.measure),
                    md.cell(criterion.target),
                    _who(criterion.owner, criterion.owner_known),
                    md.cell(criterion.date),
                    criterion.verdict or "no verdict",
                ]
            )
        )
    pending = state.not_agreed
    if not pending:
        return [*lines, "", "**Every criterion was agreed.**"]
    lines += ["", f"**Not agreed ({len(pending)} of {len(state.criteria)}):**", ""]
    for criterion in pending:
        verdict = {CONCERNS: "concerns", BLOCK: "blocked"}.get(
            criterion.verdict, "no verdict given"
        )
        note = md.inline(criterion.note)
        measure = md.inline(criterion.measure) or "(no text)"  # `** **` would be bad emphasis
        lines.append(
            f"- **{numbers[criterion.id]}. {measure}** — {verdict}" + (f": {note}" if note else "")
        )
    return lines


# ----- communication plan -------------------------------------------------------------------


def comms_section(ctx: MinutesContext) -> list[str]:
    session = ctx.session
    if not ran(session, COMMS_PLAN):
        return []
    plan = comms_plan(session)
    lines: list[str] = []
    if plan.audiences:
        lines += [
            "| Audience | Method | Channel | Cadence | Owner |",
            "| --- | --- | --- | --- | --- |",
        ]
        for audience in plan.audiences:
            name = md.cell(audience.name) + (" (group)" if audience.is_group else "")
            cells = [audience.method, audience.channel, audience.cadence, audience.owner]
            lines.append(md.table_row([name, *(md.cell(c) for c in cells)]))
    else:
        lines.append("No audiences recorded.")
    lines.append("")
    if not plan.escalation:
        return [*lines, "**Escalation route:** not agreed."]
    lines += ["**Escalation route** (who hears about problems first, and how):", ""]
    for number, step in enumerate(plan.escalation, start=1):
        who = md.inline(step.who) or "(not named)"
        how = md.inline(step.how)
        lines.append(f"{number}. **{who}**" + (f" — {how}" if how else ""))
    return lines


# ----- risk register ------------------------------------------------------------------------


def risks_section(ctx: MinutesContext) -> list[str]:
    session = ctx.session
    if not ran(session, RISKS):
        return []
    found = risk_register(session)
    if not found.risks:
        return ["No risks recorded."]
    lines = [
        "| # | Risk | Likelihood | Impact | Rating | Owner | Raised in |",
        "| ---: | --- | --- | --- | --- | --- | --- |",
    ]
    for number, risk in enumerate(found.by_rating(), start=1):
        item = (
            session.agenda.items[risk.item] if 0 <= risk.item < len(session.agenda.items) else None
        )
        raised = "pre-mortem" if item and item.exercise == RISKS else item_ref(session, risk.item)
        cells = [md.cell(risk.likelihood), md.cell(risk.impact), risk.rating or "not rated"]
        owner = _who(risk.owner, risk.owner_known)
        lines.append(
            md.table_row([str(number), md.cell(risk.text, "(no text)"), *cells, owner, raised])
        )
    unowned = found.high_without_owner
    if unowned:
        lines += ["", f"**High risks without an owner:** {len(unowned)}."]
    if found.unrated:
        lines += ["", f"**Not rated:** {len(found.unrated)} of {len(found.risks)}."]
    return lines


# Keys carry an "exercise-" prefix: the minutes already have a "risks" section of their own.
SECTIONS = tuple(
    Section(f"exercise-{name}", TITLES[name], body, always=False)
    for name, body in (
        (STAKEHOLDER_MAP, stakeholder_section),
        (FIT_CHECK, fit_check_section),
        (SUCCESS_CRITERIA, success_section),
        (COMMS_PLAN, comms_section),
        (RISKS, risks_section),
        (SCOPE, scope_section),
        (TRADE_OFFS, trade_offs_section),
        (DECISION_RIGHTS, decision_rights_section),
        (MILESTONES, milestones_section),
    )
)
