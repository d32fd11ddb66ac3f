"""Decision rights and milestones as plain data for the meeting record (domain/record.py).

The same folds the screens and the minutes read; the flags are the folds' own sentences, so the
charter, the minutes and every export say the same thing. An exercise that never ran is absent.
"""

from __future__ import annotations

from typing import Any

from kickoff_tui.domain.exercises.common import MILESTONES, ran
from kickoff_tui.domain.exercises.decision_rights import decision_rights, ran_items
from kickoff_tui.domain.exercises.milestones import milestones
from kickoff_tui.domain.minutes_context import meeting_day
from kickoff_tui.domain.rights_minutes import depends_on, role_order
from kickoff_tui.domain.session import Session


def rights_exercises(session: Session) -> dict[str, Any]:
    found: dict[str, Any] = {}
    matrices = [decision_rights(session, index) for index in ran_items(session)]
    if matrices:
        found["decision_rights"] = [
            {
                "item": state.item + 1,
                "model": state.model,
                "roles": {letter: state.roles[letter] for letter in role_order(state)},
                "areas": [
                    {
                        "area": area.name,
                        "approvers": area.signers,  # who holds A: the sign-off
                        "letters": dict(area.letters),  # person -> letter
                    }
                    for area in state.areas
                ],
                "flags": state.flags(),
            }
            for state in matrices
        ]
    if ran(session, MILESTONES):
        state = milestones(session, meeting_day(session))
        found["milestones"] = [
            {
                "date": m.date,
                "deliverable": m.deliverable,
                "approver": m.approver,
                "approver_known": m.approver_known,
                "depends_on": depends_on(state, m),
                "flags": state.problems(m),
            }
            for m in state.milestones
        ]
    return found
