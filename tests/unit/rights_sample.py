"""A meeting that runs decision rights and milestones, for their tests.

The golden journal tests/golden/rights-journal.jsonl was written from `run_rights()`; the
golden tests read that file, so changing this builder never silently changes them.
"""

from __future__ import annotations

from exercise_sample import exercise_agenda, new_meeting

from kickoff_tui.decision_rights_actions import DecisionRightsActions
from kickoff_tui.domain.agenda import Agenda, Item
from kickoff_tui.exercise_actions import ExerciseActions
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.milestone_actions import MilestoneActions
from kickoff_tui.storage.journal import MemoryJournal

# item indexes after the exercise sample's six items
MAP = 1
RIGHTS, DACI_RIGHTS, MILESTONES = 6, 7, 8
AREAS = ["Visual design sign-off", "Go-live", "Budget changes", "Hosting and security"]


def rights_agenda() -> Agenda:
    base = exercise_agenda()
    return Agenda(
        base.meeting,
        people=base.people,
        items=(
            *base.items,
            Item(
                "Who decides what",
                10 * 60,
                kind="exercise",
                exercise="decision-rights",
                options={"areas": AREAS},
            ),
            Item(
                "Who signs off content",
                5 * 60,
                kind="exercise",
                exercise="decision-rights",
                options={"model": "daci", "areas": ["Content sign-off"]},
            ),
            Item(
                "Timeline and approvals",
                10 * 60,
                kind="exercise",
                exercise="milestones",
                options={
                    "milestones": [
                        {"deliverable": "Design sign-off", "date": "2027-01-15", "approver": "ben"},
                        "Content freeze",
                    ]
                },
            ),
        ),
    )


def rights_meeting() -> tuple[LiveMeeting, MemoryJournal]:
    meeting, _, journal = new_meeting(rights_agenda())
    return meeting, journal


def run_rights() -> tuple[LiveMeeting, MemoryJournal]:
    meeting, clock, journal = new_meeting(rights_agenda())
    for person in meeting.session.people:
        meeting.set_attendance(person.name, "present")
    meeting.start()
    ExerciseActions(meeting).move_stakeholder(MAP, "Ben Okafor", up=0)  # stays high, far
    meeting.go_to(RIGHTS)
    rights = DecisionRightsActions(meeting, RIGHTS)
    rights.assign("Visual design sign-off", "Claire Dubois", "A")
    rights.assign("Visual design sign-off", "Ana Ruiz", "R")
    rights.assign("Visual design sign-off", "Lena Fischer", "C")
    rights.assign("Go-live", "Ben Okafor", "A")  # powerful and far: flagged
    rights.assign("Go-live", "Marcus Hale", "C")
    rights.assign("Budget changes", "Ben Okafor", "A")
    rights.assign("Budget changes", "Claire Dubois", "A")  # two sign-offs: flagged
    rights.assign("Hosting and security", "Marcus Hale", "R")  # no sign-off: flagged
    rights.add_area("Content | *tone*")
    rights.assign("Content | *tone*", "Claire Dubois", "I")
    clock.advance(10 * 60)

    meeting.go_to(MILESTONES)
    plan = MilestoneActions(meeting)
    beta = plan.add_milestone(MILESTONES, "Beta on staging", "2027-02-26", "claire", "1")
    plan.add_milestone(MILESTONES, "Go-live", "2027-02-01", "", "Beta on staging")
    plan.add_milestone(MILESTONES, "Kick-off deck", "2026-11-20", "ana", "content from the client")
    plan.add_milestone(MILESTONES, "Training", "", "@zed")
    plan.remove_milestone(MILESTONES, beta)
    plan.undo("milestones", MILESTONES)
    clock.advance(10 * 60)
    meeting.end()
    return meeting, journal
