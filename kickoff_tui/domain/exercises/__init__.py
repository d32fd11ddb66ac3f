"""The kickoff exercises: pure folds of `exercise` events over the session.

One module per exercise; each turns the session (its people, entries and exercise steps)
into a plain state object the screens show and the minutes render. Nothing here imports
the UI or writes anything: recording steps is kickoff_tui.exercise_actions' job.
"""

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

TITLES = {
    STAKEHOLDER_MAP: "Stakeholder map",
    FIT_CHECK: "Fit check",
    SUCCESS_CRITERIA: "Success criteria",
    COMMS_PLAN: "Communication plan",
    RISKS: "Risk register",
    SCOPE: "Scope",
    TRADE_OFFS: "Trade-offs",
    DECISION_RIGHTS: "Decision rights",
    MILESTONES: "Milestones",
}

__all__ = [
    "COMMS_PLAN",
    "DECISION_RIGHTS",
    "FIT_CHECK",
    "MILESTONES",
    "RISKS",
    "SCOPE",
    "STAKEHOLDER_MAP",
    "SUCCESS_CRITERIA",
    "TITLES",
    "TRADE_OFFS",
    "ran",
]
