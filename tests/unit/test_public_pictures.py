"""The room's pictures of scope, trade-offs, decision rights and milestones (public_pictures.py).

Each is the fold's public values as plain text, shown once a step of the current item's
exercise is recorded; private text (attitudes, a person's or an item's notes, stakeholder
notes) never reaches them.
"""

from __future__ import annotations

from dataclasses import astuple

from charter_sample import MILESTONES, RIGHTS, SCOPE, TRADE_OFFS, charter_agenda, run_charter
from exercise_sample import new_meeting

from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.domain.public_view import public_view
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.trade_off_actions import TradeOffActions

ATTITUDES = ("champion", "supporter", "neutral", "sceptic")


def _at(index: int) -> tuple[str, tuple[str, ...]]:
    """The room's picture with the charter sample's meeting back on item `index`."""
    meeting, _ = run_charter()
    meeting.reopen()
    meeting.go_to(index)
    picture = public_view(meeting.session).exercise
    assert picture is not None
    return picture.title, picture.lines


def test_scope_lists_each_line_under_its_section_with_the_verdict_and_flags() -> None:
    title, lines = _at(SCOPE)
    assert title == "Scope"
    assert lines == (
        "Not yet aligned: 2 (⚑)",
        "  in: Customer portal with order tracking [agree]",
        "⚑ in: Single sign-on for staff",
        "⚑ out: Native mobile app [block: The pitch <promised> an app]",
        "  later: Loyalty programme",
        "  later: Chat support",
        "  assumptions: Northwind provides product data as CSV",
        "  constraints: Go-live before the spring catalogue",
    )


def test_trade_offs_draw_a_slider_each_and_say_when_the_rule_is_broken() -> None:
    title, lines = _at(TRADE_OFFS)
    assert title == "Trade-offs"
    assert lines == (
        "Scope    ○○●  flexible",
        "Time     ●○○  fixed",
        "Cost     ●○○  fixed",
        "Quality  ○○○  -",
        "⚑ more than one is fixed, but only one constraint can be held fixed",
    )


def test_decision_rights_name_the_sign_off_first_then_the_flags() -> None:
    title, lines = _at(RIGHTS)
    assert title == "Decision rights"
    assert lines[:4] == (
        "Visual design sign-off: A Claire Dubois",
        "Go-live: A Ben Okafor",
        "Budget changes: A Ben Okafor",
        "Hosting and security: -",
    )
    assert "⚑ No Accountable for Hosting and security." in lines
    assert any(line.startswith("⚑ Ben Okafor is Accountable for Go-live") for line in lines)


def test_milestones_by_date_with_approvers_and_flags() -> None:
    title, lines = _at(MILESTONES)
    assert title == "Milestones"
    assert lines == (
        "2027-01-15  Design sign-off (approves: Ben Okafor)",
        "2027-02-26  Beta on staging (approves: Claire Dubois)",
        "2027-03-15  Go-live  ⚑ no approver",
    )


def test_no_private_text_reaches_any_of_the_four_pictures() -> None:
    agenda = charter_agenda()
    private = [p.notes for p in agenda.people if p.notes] + [
        i.notes for i in agenda.items if i.notes
    ]
    assert private  # Ben's note "Signed the contract." is in the agenda, so this can fail
    for index in (SCOPE, TRADE_OFFS, RIGHTS, MILESTONES):
        shown = repr(astuple(_at_view(index)))
        assert [text for text in (*private, *ATTITUDES) if text in shown] == []


def _at_view(index: int) -> object:
    meeting, _ = run_charter()
    meeting.reopen()
    meeting.go_to(index)
    return public_view(meeting.session)


def test_a_per_item_picture_waits_for_a_step_of_its_own_item() -> None:
    base = charter_agenda()
    second = base.items[TRADE_OFFS]
    agenda = Agenda(base.meeting, (*base.items, second), base.people)
    meeting: LiveMeeting
    meeting, _, _ = new_meeting(agenda)
    meeting.start()
    TradeOffActions(meeting).set_setting(TRADE_OFFS, "Time", "fixed")
    meeting.go_to(len(agenda.items) - 1)  # the second trade-offs item: nothing set there yet
    assert public_view(meeting.session).exercise is None
    meeting.go_to(TRADE_OFFS)
    assert public_view(meeting.session).exercise is not None
