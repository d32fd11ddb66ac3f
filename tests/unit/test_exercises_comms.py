"""Communication plan: audiences from the register with quadrant defaults, groups, escalation."""

from __future__ import annotations

import pytest
from exercise_sample import COMMS, MAP, new_meeting

from kickoff_tui.domain.exercises.comms import comms_plan
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError


def test_every_stakeholder_but_the_facilitator_is_an_audience_with_quadrant_defaults() -> None:
    meeting, _, _ = new_meeting()
    plan = comms_plan(meeting.session)
    assert [a.name for a in plan.audiences] == [
        "Ben Okafor",
        "Claire Dubois",
        "Marcus Hale",
        "Lena Fischer",
    ]
    ben = plan.get("Ben Okafor")  # powerful and far: interactive, often enough to bring closer
    assert ben is not None and (ben.method, ben.cadence, ben.owner) == (
        "interactive",
        "fortnightly",
        "Ana Ruiz",
    )
    claire = plan.get("Claire Dubois")  # less powerful, near: keep informed
    assert claire is not None and claire.method == "push"
    assert plan.get("Marcus Hale").method == "interactive"  # type: ignore[union-attr]


def test_defaults_follow_the_map() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    act.move_stakeholder(MAP, "Ben Okafor", up=-2)  # low, far: monitor
    assert comms_plan(meeting.session).get("Ben Okafor").method == "pull"  # type: ignore[union-attr]


def test_set_cycle_and_reset() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    act.set_comms(COMMS, "Ben Okafor", "inter", "call", "monthly", "@claire")
    ben = comms_plan(meeting.session).get("Ben Okafor")
    assert ben is not None and (ben.method, ben.channel, ben.cadence, ben.owner) == (
        "interactive",
        "call",
        "monthly",
        "Claire Dubois",
    )
    assert ben.changed == {"method", "channel", "cadence", "owner"}
    assert act.cycle_method(COMMS, "Ben Okafor") == "push"
    act.reset_audience(COMMS, "Ben Okafor")
    ben = comms_plan(meeting.session).get("Ben Okafor")
    assert ben is not None and ben.channel == "one-to-one call" and not ben.changed
    with pytest.raises(ExerciseInputError, match="method"):
        act.set_comms(COMMS, "Ben Okafor", "carrier pigeon", "", "", "")


def test_groups_can_be_added_removed_and_restored() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    act.add_audience(COMMS, "Steering group")
    with pytest.raises(ExerciseInputError, match="already"):
        act.add_audience(COMMS, "Steering group")
    act.remove_audience(COMMS, "Steering group")
    act.remove_audience(COMMS, "Lena Fischer")
    plan = comms_plan(meeting.session)
    assert plan.removed == ["Steering group", "Lena Fischer"]
    act.add_audience(COMMS, "Steering group")  # adding again restores it
    act.restore_audience(COMMS, "Lena Fischer")
    plan = comms_plan(meeting.session)
    assert plan.removed == [] and plan.audiences[-1].is_group


def test_escalation_route_replaces_the_previous_one() -> None:
    meeting, _, _ = new_meeting()
    act = ExerciseActions(meeting)
    act.set_escalation(COMMS, [("ben", "call"), ("", "")])
    act.set_escalation(COMMS, [("claire", "phone, same day"), ("Ben", "email")])
    route = comms_plan(meeting.session).escalation
    assert [(s.who, s.how) for s in route] == [
        ("Claire Dubois", "phone, same day"),
        ("Ben Okafor", "email"),
    ]
