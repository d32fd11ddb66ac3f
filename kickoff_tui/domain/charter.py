"""The kickoff's charter: what a sponsor reads in one minute, computed once from the fold.

Goal, success criteria with their verdicts, the top risks by rating, the communication
rhythm, the next meeting, and what is not yet aligned (every block, open concern and flag
from any exercise, with the item it came from). Each part is read from the exercise folds the
minutes sections use, so the charter cannot say something the sections below it do not. An
exercise that never ran gives an empty part; writers leave empty parts out.

The record (domain/record.py) carries the charter for the JSON export; the Markdown minutes
(domain/charter_minutes.py, and so the HTML export) render the same value. Text is kept as
typed: escaping belongs to each writer.
"""

from __future__ import annotations

from dataclasses import dataclass

from kickoff_tui.domain.exercises import TITLES
from kickoff_tui.domain.exercises.common import COMMS_PLAN, FIT_CHECK, RISKS, SUCCESS_CRITERIA, ran
from kickoff_tui.domain.exercises.comms import comms_plan
from kickoff_tui.domain.exercises.fit_check import MAX_SCORE, fit_check, ran_items
from kickoff_tui.domain.exercises.risks import risk_register
from kickoff_tui.domain.exercises.success import AGREE, BLOCK, CONCERNS, success_criteria
from kickoff_tui.domain.session import Session

TOP_RISKS = 3
NO_VERDICT = "no verdict"


@dataclass(frozen=True)
class CharterCriterion:
    measure: str
    target: str
    owner: str
    date: str  # ISO, or the words typed ("end of Q2"); "" when none
    verdict: str  # agree, concerns, block, or "" when none was given


@dataclass(frozen=True)
class CharterRisk:
    text: str
    rating: str  # high, medium, low, or "" when not rated
    owner: str


@dataclass(frozen=True)
class CharterRhythm:
    """One audience of the communication plan: how and how often it hears from the project."""

    audience: str
    channel: str
    cadence: str
    owner: str


@dataclass(frozen=True)
class NotAligned:
    """A block, an open concern or an exercise's flag, and where it came from."""

    exercise: str  # the exercise's title: "Success criteria"
    item: int | None  # the agenda item (1-based) it was raised in; None when unknown
    item_title: str
    subject: str  # what it is about: a criterion's measure, a dimension, a risk
    status: str  # "block", "concerns", "no verdict", "low score 2/5", ...
    note: str  # the concern as typed, "" when none

    @property
    def source(self) -> str:
        """Where it came from, as text: "Success criteria, item 4: What success looks like"."""
        if self.item is None:
            return self.exercise
        where = f"item {self.item}: {self.item_title}" if self.item_title else f"item {self.item}"
        return f"{self.exercise}, {where}"


@dataclass(frozen=True)
class Charter:
    goal: str
    success_criteria: tuple[CharterCriterion, ...]
    top_risks: tuple[CharterRisk, ...]  # at most TOP_RISKS, highest rating first
    rhythm: tuple[CharterRhythm, ...]
    escalation: tuple[str, ...]  # who hears about problems first, then next, ...
    next_meeting: str  # "Wed 2 Dec, 10:00 · Room 4"; "" when none was set
    not_aligned: tuple[NotAligned, ...]

    @property
    def empty(self) -> bool:
        return not any(getattr(self, name) for name in self.__dataclass_fields__)


def build_charter(session: Session) -> Charter:
    criteria, criteria_open = _success(session)
    risks, risks_open = _risks(session)
    rhythm, escalation = _rhythm(session)
    found = session.next_meeting
    return Charter(
        goal=" ".join(session.agenda.meeting.goal.split()),
        success_criteria=criteria,
        top_risks=risks,
        rhythm=rhythm,
        escalation=escalation,
        next_meeting="" if found is None else found.label(session.meeting_date),
        not_aligned=(*criteria_open, *_fit_check(session), *risks_open),
    )


def _raised_in(session: Session, exercise: str, index: int, subject: str) -> NotAligned:
    """A NotAligned with where it came from filled in; status and note set by the caller."""
    items = session.agenda.items
    inside = 0 <= index < len(items)
    return NotAligned(
        TITLES[exercise],
        index + 1 if inside else None,
        " ".join(items[index].title.split()) if inside else "",
        subject,
        "",
        "",
    )


def _with(row: NotAligned, status: str, note: str = "") -> NotAligned:
    return NotAligned(row.exercise, row.item, row.item_title, row.subject, status, note)


def _success(session: Session) -> tuple[tuple[CharterCriterion, ...], list[NotAligned]]:
    if not ran(session, SUCCESS_CRITERIA):
        return (), []
    state = success_criteria(session)
    criteria = tuple(
        CharterCriterion(c.measure, c.target, c.owner, c.date, c.verdict) for c in state.criteria
    )
    open_ = [
        _with(
            _raised_in(session, SUCCESS_CRITERIA, c.item, c.measure),
            c.verdict if c.verdict in (CONCERNS, BLOCK) else NO_VERDICT,
            c.note,
        )
        for c in state.criteria
        if c.verdict != AGREE
    ]
    return criteria, open_


def _fit_check(session: Session) -> list[NotAligned]:
    """Low fit-check scores: the team's own doubts, which the charter should not hide."""
    return [
        _with(
            _raised_in(session, FIT_CHECK, index, dim.name),
            f"low score {dim.score}/{MAX_SCORE}",
            dim.note,
        )
        for index in ran_items(session)
        for dim in fit_check(session, index).low
    ]


def _risks(session: Session) -> tuple[tuple[CharterRisk, ...], list[NotAligned]]:
    register = risk_register(session)
    ordered = register.by_rating()
    top = tuple(CharterRisk(r.text, r.rating, r.owner) for r in ordered[:TOP_RISKS])
    if not ran(session, RISKS):
        return top, []
    unowned = [
        _with(_raised_in(session, RISKS, r.item, r.text), "high risk without an owner")
        for r in register.high_without_owner
    ]
    return top, unowned


def _rhythm(session: Session) -> tuple[tuple[CharterRhythm, ...], tuple[str, ...]]:
    if not ran(session, COMMS_PLAN):
        return (), ()
    plan = comms_plan(session)
    rhythm = tuple(CharterRhythm(a.name, a.channel, a.cadence, a.owner) for a in plan.audiences)
    return rhythm, tuple(step.who for step in plan.escalation if step.who)
