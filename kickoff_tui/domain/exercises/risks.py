"""Risk register and pre-mortem (`risks`).

Every risk is a captured entry of kind `risk`, wherever it was raised: in the pre-mortem's quick
entry, with `r` during any item, or from a low fit-check score. So risks raised anywhere appear
here, and deleting one is the ordinary entry delete (with undo). The exercise adds the rating:

- rate {id, + any of likelihood, impact, owner}: low / medium / high; owner as a full name.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from kickoff_tui.domain.agenda import LEVELS
from kickoff_tui.domain.exercises.common import RISKS, choice, steps, text
from kickoff_tui.domain.session import Session

PREMORTEM_PROMPT = "It is six months from now and this project failed. Why?"
_WEIGHT = {"low": 1, "medium": 2, "high": 3}


def rating_of(likelihood: str, impact: str) -> str:
    """Likelihood × impact on a 1-3 scale: 6 or more is high, 3 or more medium; "" if unrated."""
    if likelihood not in _WEIGHT or impact not in _WEIGHT:
        return ""
    product = _WEIGHT[likelihood] * _WEIGHT[impact]
    return "high" if product >= 6 else "medium" if product >= 3 else "low"


@dataclass(frozen=True)
class Risk:
    id: str  # the entry id
    text: str  # the entry's text without the @owner and due words
    item: int  # the agenda item it was raised in
    owner: str = ""
    owner_known: bool = True
    likelihood: str = ""
    impact: str = ""

    @property
    def rating(self) -> str:
        return rating_of(self.likelihood, self.impact)

    @property
    def rated(self) -> bool:
        return bool(self.rating)

    @property
    def score(self) -> int:
        """For sorting: likelihood × impact, 0 when unrated."""
        return _WEIGHT.get(self.likelihood, 0) * _WEIGHT.get(self.impact, 0)


@dataclass
class RiskRegister:
    risks: list[Risk] = field(default_factory=list)
    skipped: int = 0

    def get(self, risk_id: str) -> Risk | None:
        return next((r for r in self.risks if r.id == risk_id), None)

    def by_rating(self) -> list[Risk]:
        """Highest likelihood × impact first, impact breaking ties; unrated last; stable."""
        return sorted(self.risks, key=lambda r: (-r.score, -_WEIGHT.get(r.impact, 0)))

    @property
    def unrated(self) -> list[Risk]:
        return [r for r in self.risks if not r.rated]

    @property
    def high_without_owner(self) -> list[Risk]:
        return [r for r in self.risks if r.rating == "high" and not r.owner]


def risk_register(session: Session) -> RiskRegister:
    risks = {
        e.id: Risk(e.id, e.body, e.item, e.owner, e.owner_known) for e in session.entries_of("risk")
    }
    skipped = 0
    for step in steps(session, RISKS):
        try:
            if step.action != "rate":
                raise ValueError(f"unknown action {step.action!r}")
            risk_id = text(step.data, "id")
            if risk_id in risks:  # a deleted risk keeps its rating in the journal only
                risks[risk_id] = replace(risks[risk_id], **_rating(step.data))
        except (ValueError, TypeError):
            skipped += 1
    return RiskRegister(list(risks.values()), skipped)


def _rating(data: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key in ("likelihood", "impact"):
        if key in data:
            changes[key] = choice(data[key], LEVELS)
    if "owner" in data:
        changes["owner"] = text(data, "owner")
        changes["owner_known"] = bool(data.get("owner_known", True))
    return changes
