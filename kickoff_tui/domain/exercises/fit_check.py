"""Fit check (`fit-check`): a scored gut-check of the client and the project.

Dimensions come from the item's `options: {dimensions: [...]}` or the defaults. Steps, all
for one agenda item (an agenda may hold two fit checks with different dimensions):

- score        {dimension, score}: 1-5, or null to clear;
- note         {dimension, note};
- risk         {dimension, entry}: a low score was recorded as the risk entry `entry`;
- decline_risk {dimension, score}: the facilitator chose not to record this low score.

A score of LOW_SCORE or less is offered as a risk until it is recorded or declined at that score.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kickoff_tui.domain.agenda import Item
from kickoff_tui.domain.exercises import common
from kickoff_tui.domain.exercises.common import FIT_CHECK, option_names, steps, text
from kickoff_tui.domain.session import Session

DEFAULT_DIMENSIONS = (
    "Goals alignment",
    "Budget realism",
    "Timeline realism",
    "Decision clarity",
    "Working relationship",
    "Team capacity",
)
MIN_SCORE, MAX_SCORE = 1, 5
LOW_SCORE = 2


@dataclass(frozen=True)
class Dimension:
    name: str
    score: int | None = None
    note: str = ""
    risk_entry: str = ""  # id of the risk entry recorded for a low score
    declined_at: int | None = None  # the low score the facilitator chose not to record

    @property
    def low(self) -> bool:
        return self.score is not None and self.score <= LOW_SCORE


@dataclass
class FitCheck:
    item: int
    dimensions: list[Dimension] = field(default_factory=list)
    live_entries: frozenset[str] = frozenset()  # ids of risk entries not deleted
    skipped: int = 0

    def get(self, name: str) -> Dimension | None:
        return next((d for d in self.dimensions if d.name == name), None)

    @property
    def scored(self) -> list[Dimension]:
        return [d for d in self.dimensions if d.score is not None]

    @property
    def overall(self) -> float | None:
        """The mean of the scores given, to one decimal; None before any score."""
        scores = [d.score for d in self.dimensions if d.score is not None]
        return round(sum(scores) / len(scores), 1) if scores else None

    @property
    def verdict(self) -> str:
        overall = self.overall
        if overall is None:
            return "not scored yet"
        if overall >= 4:
            return "good fit"
        if overall >= 3:
            return "workable fit: watch the low scores"
        return "poor fit: name the risks before committing"

    @property
    def low(self) -> list[Dimension]:
        return [d for d in self.dimensions if d.low]

    def has_risk(self, dimension: Dimension) -> bool:
        return bool(dimension.risk_entry) and dimension.risk_entry in self.live_entries

    def offers(self) -> list[Dimension]:
        """Low scores still waiting for the facilitator to record or decline them as a risk."""
        return [d for d in self.low if not self.has_risk(d) and d.declined_at != d.score]


def dimensions_for(item: Item) -> tuple[str, ...]:
    """The item's own dimensions (trimmed, duplicates dropped), else the defaults."""
    return option_names(item.options, "dimensions") or DEFAULT_DIMENSIONS


def valid_score(value: object) -> int | None:
    """1..5 as an int, None for "cleared"; anything else is a ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"score {value!r} is not a whole number")
    if not MIN_SCORE <= value <= MAX_SCORE:
        raise ValueError(f"score {value} is not between {MIN_SCORE} and {MAX_SCORE}")
    return value


def fit_check(session: Session, item: int) -> FitCheck:
    names = (
        dimensions_for(session.agenda.items[item]) if 0 <= item < len(session.agenda.items) else ()
    )
    dims = {name: Dimension(name) for name in names}
    skipped = 0
    for step in steps(session, FIT_CHECK, item):
        name = text(step.data, "dimension")
        if name not in dims:
            skipped += 1
            continue
        try:
            dims[name] = _apply(step.action, dims[name], step.data)
        except (ValueError, TypeError):
            skipped += 1
    live = frozenset(e.id for e in session.entries_of("risk"))
    return FitCheck(item, list(dims.values()), live, skipped)


def _apply(action: str, dim: Dimension, data: dict[str, object]) -> Dimension:
    if action == "score":
        return replace(dim, score=valid_score(data.get("score")))
    if action == "note":
        return replace(dim, note=text(data, "note"))
    if action == "risk":
        return replace(dim, risk_entry=text(data, "entry"))
    if action == "decline_risk":
        return replace(dim, declined_at=valid_score(data.get("score")))
    raise ValueError(f"unknown action {action!r}")


def ran_items(session: Session) -> list[int]:
    """Fit-check items that were reached or scored, in agenda order."""
    return common.ran_items(session, FIT_CHECK)
