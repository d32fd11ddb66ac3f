"""Minutes sections for decision rights and milestones, listed with the other exercises' in
domain/exercise_minutes.py's SECTIONS (last), whose pattern they follow.

Left out when the exercise never ran; one that ran with nothing recorded says so in a line.
Every user string goes through kickoff_tui.domain.markdown.
"""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.exercises.common import MILESTONES, ran
from kickoff_tui.domain.exercises.decision_rights import (
    SIGN_OFF,
    DecisionRights,
    decision_rights,
    ran_items,
)
from kickoff_tui.domain.exercises.milestones import Milestone, Milestones, milestones
from kickoff_tui.domain.minutes_context import MinutesContext, meeting_day, per_item


def _flag_list(title: str, flags: list[str]) -> list[str]:
    return ["", f"**{title}:**", "", *(f"- {md.inline(flag)}" for flag in flags)]


# ----- decision rights ----------------------------------------------------------------------


def decision_rights_section(ctx: MinutesContext) -> list[str]:
    session = ctx.session
    return per_item(
        session, ran_items(session), lambda i: _rights_table(decision_rights(session, i))
    )


def role_order(state: DecisionRights) -> list[str]:
    """The letters as the minutes and the charter list them: the sign-off first."""
    return [SIGN_OFF, *(letter for letter in state.letters if letter != SIGN_OFF)]


def _rights_table(state: DecisionRights) -> list[str]:
    if not state.areas:
        return ["No decision areas recorded."]
    letters = role_order(state)
    header = ["Decision area", *(f"{state.roles[k]} ({k})" for k in letters)]
    lines = [md.table_row(header), md.table_row(["---"] * len(header))]
    for area in state.areas:
        named = [
            ", ".join(md.inline(p) for p, given in area.letters.items() if given == letter) or "—"
            for letter in letters
        ]
        lines.append(md.table_row([md.cell(area.name), *named]))
    model = "RACI" if state.model == "raci" else "DACI"
    lines += ["", f"Model: {model}; each area needs exactly one {state.sign_off} ({SIGN_OFF})."]
    flags = state.flags()
    if flags:
        lines += _flag_list("Not yet settled", flags)
    return lines


# ----- milestones ---------------------------------------------------------------------------


def depends_on(state: Milestones, milestone: Milestone) -> str:
    """What a milestone waits for, as plain text: "#2 Design sign-off", the note, or ""."""
    needed = state.dependency(milestone)
    if needed is not None:
        return f"#{state.number(needed)} {needed.deliverable}"
    return milestone.note


def milestones_section(ctx: MinutesContext) -> list[str]:
    session = ctx.session
    if not ran(session, MILESTONES):
        return []
    state = milestones(session, meeting_day(session))
    if not state.milestones:
        return ["No milestones recorded."]
    lines = [
        "| # | Date | Deliverable | Approver | Depends on |",
        "| ---: | --- | --- | --- | --- |",
    ]
    for number, milestone in enumerate(state.milestones, start=1):
        approver = md.cell(milestone.approver, "(none)")
        if milestone.approver and not milestone.approver_known:
            approver += " (not an attendee)"
        lines.append(
            md.table_row(
                [
                    str(number),
                    milestone.date or "no date",
                    md.cell(milestone.deliverable),
                    approver,
                    md.cell(depends_on(state, milestone)),
                ]
            )
        )
    flags = state.flags()
    if flags:
        lines += _flag_list("Flagged", flags)
    return lines
