"""A meeting that runs all five exercises through ExerciseActions, for exercise tests.

The golden journal tests/golden/exercises-journal.jsonl was written from `run_exercises()`;
the golden tests read that file, so changing this builder never silently changes them.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.exercise_actions import ExerciseActions
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
MAP, FIT, SUCCESS, COMMS, RISKS = 1, 2, 3, 4, 5  # item indexes


def exercise_agenda() -> Agenda:
    return Agenda(
        meeting=Meeting(
            title="Northwind portal kickoff",
            client="Northwind Traders",
            facilitator="Ana Ruiz",
            date="2026-11-25",
        ),
        people=(
            Person(
                "Ana Ruiz", "Project lead", "agency", "delivery lead", "medium", "core", "champion"
            ),
            Person(
                "Ben Okafor",
                "COO",
                "client",
                "sponsor",
                "high",
                "far",
                "neutral",
                notes="Signed the contract.",
            ),
            Person(
                "Claire Dubois",
                "Head of Customer Service",
                "client",
                "product owner",
                "medium",
                "core",
                "champion",
            ),
            Person(
                "Marcus Hale",
                "IT Security | infra",
                "client",
                "approver",
                "high",
                "near",
                "sceptic",
            ),
            Person("Lena Fischer", "Team lead", "client", "user representative"),
        ),
        items=(
            Item("Welcome", 5 * 60),
            Item("Who decides what", 10 * 60, kind="exercise", exercise="stakeholder-map"),
            Item(
                "Fit check",
                10 * 60,
                kind="exercise",
                exercise="fit-check",
                options={
                    "dimensions": [
                        "Goals alignment",
                        "Budget realism",
                        "Timeline realism",
                        "Scope clarity",
                    ]
                },
            ),
            Item("What success looks like", 10 * 60, kind="exercise", exercise="success-criteria"),
            Item("How we communicate", 10 * 60, kind="exercise", exercise="comms-plan"),
            Item("Pre-mortem", 10 * 60, kind="exercise", exercise="risks"),
        ),
    )


def new_meeting(agenda: Agenda | None = None) -> tuple[LiveMeeting, FakeClock, MemoryJournal]:
    clock = FakeClock(START)
    created = ev.Event(
        ev.SESSION_CREATED,
        clock.now(),
        {
            "schema": ev.SCHEMA_VERSION,
            "session_id": "20261125-090000-exer",
            "agenda": (agenda or exercise_agenda()).to_dict(),
            "source": "exercises.yaml",
            "meeting_date": "2026-11-25",
        },
    )
    journal = MemoryJournal()
    journal.append(created)
    return LiveMeeting(session_from_events([created]), journal, clock), clock, journal


def run_exercises() -> tuple[LiveMeeting, MemoryJournal]:
    meeting, clock, journal = new_meeting()
    act = ExerciseActions(meeting)
    for person in meeting.session.people:
        meeting.set_attendance(person.name, "present")
    meeting.start()
    meeting.capture("risk", "Hosting contract not signed yet @claire")
    clock.advance(5 * 60)

    meeting.next_item()  # stakeholder map
    act.move_stakeholder(MAP, "Marcus Hale", right=1)  # near -> far: powerful and far now
    act.add_stakeholder(MAP, "Olga Brandt", "CFO", "client", "budget holder")
    act.place_stakeholder(MAP, "Olga Brandt", "high", "far")
    act.move_stakeholder(MAP, "Lena Fischer")  # not placed: lands in the middle
    act.move_stakeholder(MAP, "Lena Fischer", up=-1)  # less power
    act.cycle_attitude(MAP, "Lena Fischer")
    act.stakeholder_note("@olga wants a monthly cost report", MAP)
    clock.advance(10 * 60)

    meeting.next_item()  # fit check
    act.score(FIT, "Goals alignment", 4)
    act.score(FIT, "Budget realism", 2)
    act.note_dimension(FIT, "Budget realism", "Phase 2 unfunded")
    act.record_low_score_risk(FIT, "Budget realism")
    act.score(FIT, "Timeline realism", 1)
    act.decline_low_score_risk(FIT, "Timeline realism")
    clock.advance(10 * 60)

    meeting.next_item()  # success criteria
    first = act.add_criterion(
        SUCCESS, "Password resets without a call", "80 %", "claire", "2027-06-30"
    )
    second = act.add_criterion(SUCCESS, "Support calls | week", "-30 %", "ben", "end of Q2")
    third = act.add_criterion(SUCCESS, "Portal uptime", "99.9 %", "@zed", "")
    act.set_verdict(SUCCESS, first, "agree")
    act.set_verdict(SUCCESS, second, "concerns", "Baseline *not* measured yet")
    act.set_verdict(SUCCESS, third, "block", "")
    clock.advance(10 * 60)

    meeting.next_item()  # comms plan
    act.cycle_method(COMMS, "Claire Dubois")
    act.set_comms(COMMS, "Ben Okafor", "interactive", "15-minute call", "monthly", "ana")
    act.add_audience(COMMS, "Steering group")
    act.set_comms(COMMS, "Steering group", "int", "Steering meeting", "every 6 weeks", "Ana Ruiz")
    act.remove_audience(COMMS, "Lena Fischer")
    act.set_escalation(COMMS, [("claire", "phone, same day"), ("ben", "email within 2 days")])
    clock.advance(10 * 60)

    meeting.next_item()  # pre-mortem
    sso = act.add_risk(RISKS, "SSO approval arrives late @marcus")
    data = act.add_risk(RISKS, "Legacy CRM data is dirty")
    act.add_risk(RISKS, "Nobody owns content")
    act.rate_risk(RISKS, sso, likelihood="high", impact="high")
    act.rate_risk(RISKS, data, likelihood="medium", impact="high")
    act.set_risk_owner(RISKS, data, "tomasz")
    clock.advance(10 * 60)
    meeting.end()
    return meeting, journal
