"""The kickoff's charter: what a sponsor reads in one minute, computed once from the fold.

Goal, success criteria with their verdicts, scope (in, out, later, assumptions,
constraints), trade-offs, who approves what, milestones, the top risks by rating, the
communication rhythm, the next meeting, and what is not yet aligned (every block, open concern
and flag from any exercise, with the item it came from). Each part is read from the exercise
folds the minutes sections use, so the charter cannot say something the sections below it do
not. An exercise that never ran gives an empty part; writers leave empty parts out.

The record (domain/record.py) carries the charter for the JSON export; the Markdown minutes
(domain/charter_minutes.py, and so the HTML export) render the same value. Text is kept as
typed: escaping belongs to each writer.
"""

from __future__ import annotations

from dataclasses import dataclass

from kickoff_tui.domain.exercises import TITLES
from kickoff_tui.domain.exercises import decision_rights as rights
from kickoff_tui.domain.exercises import trade_offs as sliders
from kickoff_tui.domain.exercises.common import (
    COMMS_PLAN,
    DECISION_RIGHTS,
    FIT_CHECK,
    MILESTONES,
    RISKS,
    SCOPE,
    SUCCESS_CRITERIA,
    TRADE_OFFS,
    ran,
)
from kickoff_tui.domain.exercises.comms import comms_plan
from kickoff_tui.domain.exercises.fit_check import MAX_SCORE, fit_check, ran_items
from kickoff_tui.domain.exercises.milestones import milestones
from kickoff_tui.domain.exercises.risks import risk_register
from kickoff_tui.domain.exercises.scope import NOT_AGREED_BY_CLIENT, scope
from kickoff_tui.domain.exercises.success import AGREE, BLOCK, CONCERNS, success_criteria
from kickoff_tui.domain.session import Session

TOP_RISKS = 3
# what a scope line is, in the words "Not yet aligned" puts before it
SCOPE_LABELS = {
    "in": "In scope",
    "out": "Out of scope",
    "later": "Later",
    "assumptions": "Assumption",
    "constraints": "Constraint",
}
NO_VERDICT = "no verdict"


@dataclass(frozen=True)
class CharterCriterion:
    measure: str
    target: str
    owner: str
    date: str  # ISO, or the words typed ("end of Q2"); "" when none
    verdict: str  # agree, concerns, block, or "" when none was given


@dataclass(frozen=True)
class CharterScope:
    section: str  # in, out, later, assumptions, constraints
    text: str


@dataclass(frozen=True)
class CharterTradeOff:
    name: str  # scope, time, cost, quality or the agenda's own
    setting: str  # fixed, firm or flexible (sliders the room never set are left out)


@dataclass(frozen=True)
class CharterDecision:
    """Who approves what: a decision area and who holds its sign-off (A)."""

    area: str
    approvers: tuple[str, ...]  # empty when nobody does yet (also listed as not aligned)


@dataclass(frozen=True)
class CharterMilestone:
    date: str  # ISO, "" when none was given
    deliverable: str
    approver: str


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
    scope: tuple[CharterScope, ...]  # by section: in, out, later, assumptions, constraints
    trade_offs: tuple[CharterTradeOff, ...]
    decision_rights: tuple[CharterDecision, ...]
    milestones: tuple[CharterMilestone, ...]  # by date, undated last
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
    lines, scope_open = _scope(session)
    settings, settings_open = _trade_offs(session)
    areas, areas_open = _decision_rights(session)
    dated, dated_open = _milestones(session)
    risks, risks_open = _risks(session)
    rhythm, escalation = _rhythm(session)
    found = session.next_meeting
    return Charter(
        goal=session.agenda.meeting.goal,  # as typed, like the summary's: each writer cleans it
        success_criteria=criteria,
        scope=lines,
        trade_offs=settings,
        decision_rights=areas,
        milestones=dated,
        top_risks=risks,
        rhythm=rhythm,
        escalation=escalation,
        next_meeting="" if found is None else found.label(session.meeting_date),
        not_aligned=(
            *criteria_open,
            *scope_open,
            *settings_open,
            *areas_open,
            *dated_open,
            *_fit_check(session),
            *risks_open,
        ),
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


def _scope(session: Session) -> tuple[tuple[CharterScope, ...], list[NotAligned]]:
    if not ran(session, SCOPE):
        return (), []
    lines = scope(session).lines
    open_ = [
        _with(
            _raised_in(session, SCOPE, line.item, f"{SCOPE_LABELS[line.section]}: {line.text}"),
            # block, concerns, or an "in" line not agreed (the subject says "In scope" already)
            line.verdict or NOT_AGREED_BY_CLIENT,
            line.note,
        )
        for line in lines
        if line.flags or line.open_concern
    ]
    return tuple(CharterScope(line.section, line.text) for line in lines), open_


def _trade_offs(session: Session) -> tuple[tuple[CharterTradeOff, ...], list[NotAligned]]:
    found: list[CharterTradeOff] = []
    open_: list[NotAligned] = []
    for index in sliders.ran_items(session):
        state = sliders.trade_offs(session, index)
        found += [CharterTradeOff(s.name, s.setting) for s in state.sliders if s.setting]
        where = _raised_in(session, TRADE_OFFS, index, "")
        open_ += [_with(where, rule[:1].upper() + rule[1:]) for rule in state.broken]
    return tuple(found), open_


def _decision_rights(session: Session) -> tuple[tuple[CharterDecision, ...], list[NotAligned]]:
    found: list[CharterDecision] = []
    open_: list[NotAligned] = []
    for index in rights.ran_items(session):
        state = rights.decision_rights(session, index)
        found += [CharterDecision(area.name, tuple(area.signers)) for area in state.areas]
        where = _raised_in(session, DECISION_RIGHTS, index, "")
        open_ += [_with(where, flag) for flag in state.flags()]
    return tuple(found), open_


def _milestones(session: Session) -> tuple[tuple[CharterMilestone, ...], list[NotAligned]]:
    if not ran(session, MILESTONES):
        return (), []
    state = milestones(session)
    open_ = [
        _with(_raised_in(session, MILESTONES, m.item, m.deliverable), "; ".join(state.problems(m)))
        for m in state.milestones
        if state.problems(m)
    ]
    rows = tuple(CharterMilestone(m.date, m.deliverable, m.approver) for m in state.milestones)
    return rows, open_


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
