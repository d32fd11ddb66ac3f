"""A meeting that runs every exercise and sets the next meeting, for the charter's tests.

The golden journal tests/golden/charter-journal.jsonl was written from `run_charter()` (see
`write_journal`); the golden tests read that file, so changing this builder never silently
changes them.
"""

from __future__ import annotations

from pathlib import Path

from exercise_sample import COMMS, FIT, MAP, RISKS, SUCCESS, exercise_agenda, new_meeting
from rights_sample import AREAS
from scope_sample import STATEMENT_OF_WORK

from kickoff_tui.decision_rights_actions import DecisionRightsActions
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.exercise_actions import ExerciseActions
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.milestone_actions import MilestoneActions
from kickoff_tui.scope_actions import ScopeActions
from kickoff_tui.storage.journal import MemoryJournal
from kickoff_tui.trade_off_actions import TradeOffActions

SCOPE, TRADE_OFFS, RIGHTS, MILESTONES = 6, 7, 8, 9  # after the exercise sample's six items


def charter_agenda() -> Agenda:
    base = exercise_agenda()
    meeting = base.meeting
    return Agenda(
        Meeting(
            title=meeting.title,
            client=meeting.client,
            facilitator=meeting.facilitator,
            date=meeting.date,
            goal="Leave with a charter: scope, who decides, dates | and *risks*.",
        ),
        people=base.people,
        items=(
            *base.items,
            Item(
                "Scope, assumptions, constraints",
                10 * 60,
                kind="exercise",
                exercise="scope",
                options=STATEMENT_OF_WORK,
            ),
            Item("What gives first", 5 * 60, kind="exercise", exercise="trade-offs"),
            Item(
                "Who decides what",
                10 * 60,
                kind="exercise",
                exercise="decision-rights",
                options={"areas": AREAS},
            ),
            Item(
                "Timeline and approvals",
                10 * 60,
                kind="exercise",
                exercise="milestones",
                options={
                    "milestones": [
                        {"deliverable": "Design sign-off", "date": "2027-01-15", "approver": "ben"}
                    ]
                },
            ),
        ),
    )


def run_charter() -> tuple[LiveMeeting, MemoryJournal]:
    meeting, clock, journal = new_meeting(charter_agenda())
    act = ExerciseActions(meeting)
    for person in meeting.session.people:
        meeting.set_attendance(person.name, "present")
    meeting.start()
    meeting.capture("risk", "Hosting contract not signed yet @claire")

    meeting.go_to(MAP)
    act.move_stakeholder(MAP, "Ben Okafor", up=0)  # high power, far: flagged as an approver
    meeting.go_to(FIT)
    act.score(FIT, "Goals alignment", 4)
    act.score(FIT, "Budget realism", 2)
    act.note_dimension(FIT, "Budget realism", "Phase 2 unfunded")
    meeting.go_to(SUCCESS)
    resets = act.add_criterion(SUCCESS, "Password resets without a call", "80 %", "claire", "")
    calls = act.add_criterion(SUCCESS, "Support calls | week", "-30 %", "ben", "end of Q2")
    act.set_verdict(SUCCESS, resets, "agree")
    act.set_verdict(SUCCESS, calls, "concerns", "Baseline *not* measured yet")
    meeting.go_to(COMMS)
    act.set_comms(COMMS, "Ben Okafor", "interactive", "15-minute call", "monthly", "ana")
    act.set_escalation(COMMS, [("claire", "phone, same day"), ("ben", "email")])
    meeting.go_to(RISKS)
    sso = act.add_risk(RISKS, "SSO approval arrives late @marcus")
    act.rate_risk(RISKS, sso, likelihood="high", impact="high")
    data = act.add_risk(RISKS, "Legacy CRM data is dirty")
    act.rate_risk(RISKS, data, likelihood="medium", impact="high")
    act.add_risk(RISKS, "Nobody owns content")

    meeting.go_to(SCOPE)
    scope = ScopeActions(meeting)
    scope.set_line_verdict(SCOPE, "p7-1", "agree")
    scope.set_line_verdict(SCOPE, "p7-3", "block", "The pitch <promised> an app")
    scope.add_line(SCOPE, "later", "Chat support")

    meeting.go_to(TRADE_OFFS)
    sliders = TradeOffActions(meeting)
    sliders.set_setting(TRADE_OFFS, "Time", "fixed")
    sliders.set_setting(TRADE_OFFS, "Cost", "fixed")
    sliders.set_setting(TRADE_OFFS, "Scope", "flexible")

    meeting.go_to(RIGHTS)
    rights = DecisionRightsActions(meeting, RIGHTS)
    rights.assign("Visual design sign-off", "Claire Dubois", "A")
    rights.assign("Go-live", "Ben Okafor", "A")
    rights.assign("Budget changes", "Ben Okafor", "A")

    meeting.go_to(MILESTONES)
    plan = MilestoneActions(meeting)
    plan.add_milestone(MILESTONES, "Beta on staging", "2027-02-26", "claire", "")
    plan.add_milestone(MILESTONES, "Go-live", "2027-03-15", "", "Beta on staging")
    meeting.set_next_meeting("2026-12-02 10:00 Room 4")
    clock.advance(30 * 60)
    meeting.end()
    return meeting, journal


def write_journal(path: Path) -> None:
    """Write run_charter()'s events as a journal file (for regenerating the golden one)."""
    _, journal = run_charter()
    path.write_text("".join(event.to_json() + "\n" for event in journal.events), encoding="utf-8")
