"""The charter (domain/charter.py): each part from its exercise, empty parts left out."""

from __future__ import annotations

from exercise_sample import FIT, RISKS, SUCCESS, new_meeting, run_exercises

from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.charter import build_charter
from kickoff_tui.domain.charter_minutes import charter_lines
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.record import build_record
from kickoff_tui.exercise_actions import ExerciseActions


def test_a_meeting_with_nothing_to_charter_has_no_charter_section() -> None:
    meeting, _, _ = new_meeting(Agenda(Meeting("Plain"), (Item("Welcome", 300),)))
    meeting.start()
    meeting.capture("decision", "Go ahead")
    meeting.end()
    charter = build_charter(meeting.session)
    assert charter.empty
    assert charter_lines(charter) == []
    assert "## Charter" not in render(meeting.session)


def test_only_the_parts_with_something_in_them_are_shown() -> None:
    meeting, _, _ = new_meeting(Agenda(Meeting("T", goal="Agree the scope"), (Item("A", 60),)))
    meeting.start()
    meeting.set_next_meeting("2026-12-02 10:00 Room 4")
    lines = charter_lines(build_charter(meeting.session))
    assert lines == ["**Goal:** Agree the scope", "", "**Next meeting:** Wed 2 Dec, 10:00 · Room 4"]


def test_success_criteria_carry_their_verdicts_and_the_open_ones_where_they_came_from() -> None:
    meeting, _ = run_exercises()
    charter = build_charter(meeting.session)
    assert [(c.measure, c.verdict) for c in charter.success_criteria] == [
        ("Password resets without a call", "agree"),
        ("Support calls | week", "concerns"),
        ("Portal uptime", "block"),
    ]
    criteria = [row for row in charter.not_aligned if row.exercise == "Success criteria"]
    assert [(row.subject, row.status, row.note) for row in criteria] == [
        ("Support calls | week", "concerns", "Baseline *not* measured yet"),
        ("Portal uptime", "block", ""),
    ]
    assert {row.source for row in criteria} == {
        f"Success criteria, item {SUCCESS + 1}: What success looks like"
    }


def test_a_criterion_without_a_verdict_is_not_yet_aligned() -> None:
    meeting, _ = run_exercises()
    ExerciseActions(meeting).add_criterion(SUCCESS, "NPS above 40", "40", "ben", "")
    rows = build_charter(meeting.session).not_aligned
    assert ("NPS above 40", "no verdict") in [(row.subject, row.status) for row in rows]


def test_low_fit_check_scores_and_unowned_high_risks_are_not_yet_aligned() -> None:
    meeting, _ = run_exercises()
    act = ExerciseActions(meeting)
    unowned = act.add_risk(RISKS, "Nobody reviews the content")
    act.rate_risk(RISKS, unowned, likelihood="high", impact="high")
    rows = build_charter(meeting.session).not_aligned
    found = [(row.exercise, row.item, row.subject, row.status) for row in rows]
    assert ("Fit check", FIT + 1, "Budget realism", "low score 2/5") in found
    assert ("Fit check", FIT + 1, "Timeline realism", "low score 1/5") in found
    assert (
        "Risk register",
        RISKS + 1,
        "Nobody reviews the content",
        "high risk without an owner",
    ) in found
    assert "Goals alignment" not in [row.subject for row in rows]  # scored 4


def test_the_top_three_risks_by_rating_highest_first() -> None:
    meeting, _ = run_exercises()
    act = ExerciseActions(meeting)
    low = act.add_risk(RISKS, "Printer jams")
    act.rate_risk(RISKS, low, likelihood="low", impact="low")
    charter = build_charter(meeting.session)
    assert [(r.text, r.rating) for r in charter.top_risks] == [
        ("SSO approval arrives late", "high"),
        ("Legacy CRM data is dirty", "high"),
        ("Printer jams", "low"),  # rated, so above the unrated ones
    ]


def test_the_communication_rhythm_only_once_the_plan_ran() -> None:
    meeting, _ = run_exercises()
    charter = build_charter(meeting.session)
    assert ("Steering group", "Steering meeting", "every 6 weeks") in [
        (r.audience, r.channel, r.cadence) for r in charter.rhythm
    ]
    assert charter.escalation == ("Claire Dubois", "Ben Okafor")
    # the same people, but the comms plan never reached: no rhythm invented from the map
    fresh, _, _ = new_meeting()
    fresh.start()
    ExerciseActions(fresh).move_stakeholder(1, "Ben Okafor", right=1)
    assert build_charter(fresh.session).rhythm == ()


def test_the_record_carries_the_same_charter_the_minutes_render() -> None:
    meeting, _ = run_exercises()
    assert build_record(meeting.session).charter == build_charter(meeting.session)


def test_the_newer_exercises_feed_the_charter_and_what_is_not_aligned() -> None:
    from charter_sample import MILESTONES, RIGHTS, SCOPE, TRADE_OFFS, run_charter

    meeting, _ = run_charter()
    charter = build_charter(meeting.session)
    assert [(s.section, s.text) for s in charter.scope][:3] == [
        ("in", "Customer portal with order tracking"),
        ("in", "Single sign-on for staff"),
        ("out", "Native mobile app"),
    ]
    assert [(t.name, t.setting) for t in charter.trade_offs] == [
        ("Scope", "flexible"),
        ("Time", "fixed"),
        ("Cost", "fixed"),
    ]
    assert ("Hosting and security", ()) in [(d.area, d.approvers) for d in charter.decision_rights]
    assert [m.deliverable for m in charter.milestones] == [
        "Design sign-off",
        "Beta on staging",
        "Go-live",
    ]
    by_item = {(row.item, row.subject, row.status) for row in charter.not_aligned}
    assert (
        SCOPE + 1,
        "In scope: Single sign-on for staff",
        "not agreed by the client",  # the subject already says "In scope"
    ) in by_item
    assert (SCOPE + 1, "Out of scope: Native mobile app", "block") in by_item
    assert (SCOPE + 1, "In scope: Customer portal with order tracking") not in {
        r[:2] for r in by_item
    }
    assert any(
        item == TRADE_OFFS + 1 and "more than one is fixed" in s.lower() for item, _, s in by_item
    )
    assert (RIGHTS + 1, "", "No Accountable for Hosting and security.") in by_item
    assert (MILESTONES + 1, "Go-live", "no approver") in by_item
