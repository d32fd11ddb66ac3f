"""The `## Charter` section of the minutes: the charter value (domain/charter.py) as Markdown.

It comes right after the summary. A part with nothing in it is left out, never shown as an
empty heading; a meeting whose charter is empty gets no section at all. Every user string goes
through kickoff_tui.domain.markdown.
"""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.charter import (
    NO_VERDICT,
    Charter,
    CharterCriterion,
    CharterMilestone,
    CharterRisk,
    NotAligned,
)
from kickoff_tui.domain.minutes_context import MinutesContext, Section

# the scope's sections in the order a sponsor reads them
SCOPE_SECTIONS = {
    "in": "In",
    "out": "Out",
    "later": "Later",
    "assumptions": "Assumptions",
    "constraints": "Constraints",
}
VERDICTS = {"agree": "agreed", "concerns": "concerns", "block": "blocked", "": NO_VERDICT}


def charter_section(ctx: MinutesContext) -> list[str]:
    return charter_lines(ctx.record.charter)


def charter_lines(charter: Charter) -> list[str]:
    blocks: list[list[str]] = []
    if md.inline(charter.goal):
        blocks.append([f"**Goal:** {md.inline(charter.goal)}"])
    if charter.success_criteria:
        blocks.append(
            _listed("Success criteria", [_criterion(c) for c in charter.success_criteria])
        )
    if charter.scope:
        blocks.append(_listed("Scope", _scope(charter)))
    if charter.trade_offs:
        settings = "; ".join(f"{_text(t.name)} {md.inline(t.setting)}" for t in charter.trade_offs)
        blocks.append([f"**Trade-offs:** {settings}."])
    if charter.decision_rights:
        who = [
            f"{_text(d.area)}: {', '.join(md.inline(p) for p in d.approvers) or 'nobody yet'}"
            for d in charter.decision_rights
        ]
        blocks.append(_listed("Who approves what", who))
    if charter.milestones:
        blocks.append(_listed("Milestones", [_milestone(m) for m in charter.milestones]))
    if charter.top_risks:
        blocks.append(_listed("Top risks", [_risk(r) for r in charter.top_risks], numbered=True))
    if charter.rhythm:
        rhythm = [
            _text(r.audience) + _details(r.channel, r.cadence) + _owner(r.owner, "")
            for r in charter.rhythm
        ]
        blocks.append(_listed("Communication rhythm", rhythm))
    if charter.escalation:
        chain = ", then ".join(_text(who) for who in charter.escalation)
        blocks.append([f"**Escalation:** {chain}."])
    if md.inline(charter.next_meeting):
        blocks.append([f"**Next meeting:** {md.inline(charter.next_meeting)}"])
    if charter.not_aligned:
        rows = [_not_aligned(row) for row in charter.not_aligned]
        blocks.append(_listed(f"Not yet aligned ({len(rows)})", rows))
    return [line for block in _joined(blocks) for line in block]


def _joined(blocks: list[list[str]]) -> list[list[str]]:
    """Blocks with a blank line between them."""
    out: list[list[str]] = []
    for block in blocks:
        if out:
            out.append([""])
        out.append(block)
    return out


def _listed(label: str, lines: list[str], *, numbered: bool = False) -> list[str]:
    marks = [f"{n}." for n in range(1, len(lines) + 1)] if numbered else ["-"] * len(lines)
    return [
        f"**{label}:**",
        "",
        *(f"{mark} {line}" for mark, line in zip(marks, lines, strict=True)),
    ]


def _text(value: str) -> str:
    return md.inline(value) or "(no text)"


def _details(*values: str) -> str:
    shown = [md.inline(v) for v in values if md.inline(v)]
    return f" — {', '.join(shown)}" if shown else ""


def _owner(owner: str, prefix: str = "owner ") -> str:
    return f" ({prefix}{md.inline(owner)})" if md.inline(owner) else ""


def _criterion(criterion: CharterCriterion) -> str:
    by = f"by {criterion.date}" if criterion.date else ""
    return (
        _text(criterion.measure)
        + _details(criterion.target, by)
        + _owner(criterion.owner)
        + f": {VERDICTS.get(criterion.verdict, criterion.verdict)}"
    )


def _scope(charter: Charter) -> list[str]:
    """One line per section: "In: portal login; order history"."""
    lines = []
    for section, title in SCOPE_SECTIONS.items():
        texts = [_text(line.text) for line in charter.scope if line.section == section]
        if texts:
            lines.append(f"{title}: {'; '.join(texts)}")
    return lines


def _milestone(milestone: CharterMilestone) -> str:
    when = milestone.date or "no date"
    return f"{when} — {_text(milestone.deliverable)}" + _owner(milestone.approver, "approves: ")


def _not_aligned(row: NotAligned) -> str:
    status = md.inline(VERDICTS.get(row.status, row.status))
    said = f"{_text(row.subject)} — {status}" if row.subject else status  # "": a rule broken
    note = md.inline(row.note)
    return said + (f": {note}" if note else "") + f" ({md.inline(row.source)})"


def _risk(risk: CharterRisk) -> str:
    return _text(risk.text) + f" — {risk.rating or 'not rated'}" + _owner(risk.owner)


SECTION = Section("charter", "Charter", charter_section, always=False)
