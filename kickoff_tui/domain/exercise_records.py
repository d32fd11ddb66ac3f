"""The exercises' results as plain data for domain/record.py's `exercises` (exercise_results).

One function per newer exercise, None when it never ran, so the record (and every export and
the charter built on it) reads the same folds the minutes and the screens do.
"""

from __future__ import annotations

from typing import Any

from kickoff_tui.domain.exercises.common import (
    COMMS_PLAN,
    RISKS,
    SCOPE,
    SUCCESS_CRITERIA,
    ran,
)
from kickoff_tui.domain.exercises.comms import comms_plan
from kickoff_tui.domain.exercises.fit_check import fit_check
from kickoff_tui.domain.exercises.fit_check import ran_items as fit_check_items
from kickoff_tui.domain.exercises.risks import risk_register
from kickoff_tui.domain.exercises.scope import scope
from kickoff_tui.domain.exercises.success import success_criteria
from kickoff_tui.domain.exercises.trade_offs import ran_items, trade_offs
from kickoff_tui.domain.rights_record import rights_exercises
from kickoff_tui.domain.session import Session


def scope_record(session: Session) -> dict[str, Any] | None:
    """{"lines": [...]}: each line's section (in, out, later, assumptions, constraints), text,
    the client's verdict and note, whether the agenda pre-filled it, and its flags."""
    if not ran(session, SCOPE):
        return None
    return {
        "lines": [
            {
                "id": line.id,
                "section": line.section,
                "text": line.text,
                "verdict": line.verdict,
                "note": line.note,
                "prefilled": line.prefilled,
                "flags": line.flags,
            }
            for line in scope(session).lines
        ]
    }


def trade_offs_record(session: Session) -> list[dict[str, Any]] | None:
    """One entry per trade-offs item that ran: its sliders and the rules they break."""
    found = [trade_offs(session, index) for index in ran_items(session)]
    if not found:
        return None
    return [
        {
            "item": state.item + 1,
            "sliders": [
                {"name": s.name, "setting": s.setting, "note": s.note} for s in state.sliders
            ],
            "broken": state.broken,
        }
        for state in found
    ]


def exercise_results(session: Session) -> dict[str, Any]:
    """Fit check, success criteria, communication plan, risk register, decision rights and
    milestones, as plain data; an exercise that never ran is absent."""
    found: dict[str, Any] = {}
    checks = [fit_check(session, index) for index in fit_check_items(session)]
    if checks:
        found["fit_check"] = [
            {
                "item": check.item + 1,
                "dimensions": [
                    {"name": d.name, "score": d.score, "note": d.note} for d in check.dimensions
                ],
                "overall": None if check.overall is None else round(check.overall, 2),
            }
            for check in checks
        ]
    if ran(session, SUCCESS_CRITERIA):
        found["success_criteria"] = [
            {
                "measure": c.measure,
                "target": c.target,
                "owner": c.owner,
                "date": c.date,
                "verdict": c.verdict,
                "note": c.note,
            }
            for c in success_criteria(session).criteria
        ]
    if ran(session, COMMS_PLAN):
        plan = comms_plan(session)
        found["comms_plan"] = {
            "audiences": [
                {
                    "name": a.name,
                    "group": a.is_group,
                    "method": a.method,
                    "channel": a.channel,
                    "cadence": a.cadence,
                    "owner": a.owner,
                }
                for a in plan.audiences
            ],
            "escalation": [{"who": step.who, "how": step.how} for step in plan.escalation],
        }
    if ran(session, RISKS):
        found["risk_register"] = [
            {
                "entry": r.id,
                "text": r.text,
                "owner": r.owner,
                "likelihood": r.likelihood,
                "impact": r.impact,
                "rating": r.rating,
            }
            for r in risk_register(session).by_rating()
        ]
    newer = {"scope": scope_record(session), "trade_offs": trade_offs_record(session)}
    found |= {name: result for name, result in newer.items() if result is not None}
    found.update(rights_exercises(session))
    return found
