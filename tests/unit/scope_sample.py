"""A meeting that runs the `scope` and `trade-offs` exercises, for their tests.

The golden journal tests/golden/scope-journal.jsonl was written from `run_scope_exercises()`;
the golden tests read that file, so changing this builder never silently changes them.
"""

from __future__ import annotations

from exercise_sample import exercise_agenda, new_meeting

from kickoff_tui.domain.agenda import Agenda, Item
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.scope_actions import ScopeActions
from kickoff_tui.storage.journal import MemoryJournal
from kickoff_tui.trade_off_actions import TradeOffActions

SCOPE, TRADE_OFFS = 1, 2  # item indexes
STATEMENT_OF_WORK = {
    "in": ["Customer portal with order tracking", "Single sign-on for staff"],
    "out": ["Native mobile app"],
    "later": ["Loyalty programme"],
    "assumptions": ["Northwind provides product data as CSV"],
    "constraints": ["Go-live before the spring catalogue"],
}


def scope_agenda(options: dict[str, object] | None = None) -> Agenda:
    """The Northwind people with a scope item (pre-filled from the statement of work) and a
    trade-offs item with the classic sliders."""
    scope_item = Item(
        "Scope, assumptions, constraints",
        15 * 60,
        kind="exercise",
        exercise="scope",
        options=STATEMENT_OF_WORK if options is None else options,
    )
    sliders = Item("What gives first", 10 * 60, kind="exercise", exercise="trade-offs")
    northwind = exercise_agenda()
    return Agenda(
        northwind.meeting, (Item("Welcome", 5 * 60), scope_item, sliders), northwind.people
    )


def new_scope_meeting(
    agenda: Agenda | None = None,
) -> tuple[LiveMeeting, ScopeActions, TradeOffActions, MemoryJournal]:
    meeting, _, journal = new_meeting(agenda or scope_agenda())
    return meeting, ScopeActions(meeting), TradeOffActions(meeting), journal


def run_scope_exercises() -> tuple[LiveMeeting, MemoryJournal]:
    meeting, clock, journal = new_meeting(scope_agenda())
    scope, sliders = ScopeActions(meeting), TradeOffActions(meeting)
    for person in meeting.session.people:
        meeting.set_attendance(person.name, "present")
    meeting.start()
    clock.advance(5 * 60)

    meeting.next_item()  # scope
    scope.set_line_verdict(SCOPE, "p2-1", "agree")
    scope.set_line_verdict(SCOPE, "p2-2", "concerns", "Depends on *Azure AD* access | IT")
    scope.set_line_verdict(SCOPE, "p2-3", "agree")
    scope.move_line(SCOPE, "p2-4")  # loyalty programme: later -> assumptions by mistake
    scope.move_line(SCOPE, "p2-4", -1)  # and back
    scope.set_line_verdict(SCOPE, "p2-6", "block", "The catalogue date is not fixed")
    reports = scope.add_line(SCOPE, "in", "Monthly sales reports for the COO")
    scope.add_line(SCOPE, "out", "Migrating the 2019 archive")
    dropped = scope.add_line(SCOPE, "later", "Chat support")
    scope.remove_line(SCOPE, dropped)
    scope.edit_line(SCOPE, reports, "in", "Monthly sales report for the COO")
    clock.advance(15 * 60)

    meeting.next_item()  # trade-offs
    sliders.set_setting(TRADE_OFFS, "Time", "fixed")
    sliders.set_setting(TRADE_OFFS, "Cost", "fixed")
    sliders.note_slider(TRADE_OFFS, "Cost", "Budget approved by the board")
    sliders.set_setting(TRADE_OFFS, "Scope", "firm")
    sliders.set_setting(TRADE_OFFS, "Quality", "firm")
    clock.advance(10 * 60)
    meeting.end()
    return meeting, journal
