"""Hostile text through the scope and trade-offs screens and their minutes: escape sequences
and markup from a journal (agenda options, typed lines, notes, slider names) are shown as the
characters they are, never sent to the terminal or read as Textual markup or Markdown."""

from __future__ import annotations

import pytest
from exercise_host import ExerciseHost
from hostile_text import ESCAPES, MARKUPS, SHOWN, START, assert_safe, hostile
from scope_fixtures import SCOPE, TRADE_OFFS
from scope_sample import scope_agenda

from kickoff_tui.domain import events as ev
from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.agenda import Agenda, Item
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.scope_actions import ScopeActions
from kickoff_tui.storage.journal import MemoryJournal
from kickoff_tui.trade_off_actions import TradeOffActions


def hostile_scope_meeting(markup: str) -> LiveMeeting:
    """The scope sample's agenda with escapes and markup in every text, sliders named too,
    and a line, a concern and a slider note typed with them."""
    base = scope_agenda()
    sliders = Item(
        "Sliders", 600, kind="exercise", exercise="trade-offs", options={"sliders": ["Time"]}
    )
    agenda = hostile(
        Agenda(base.meeting, (*base.items[:2], sliders), base.people).to_dict(), markup
    )
    agenda["items"][TRADE_OFFS]["options"]["sliders"].append("Cost")
    clock = FakeClock(START)
    created = ev.Event(
        ev.SESSION_CREATED,
        clock.now(),
        {"schema": ev.SCHEMA_VERSION, "session_id": "20261125-090000-evil", "agenda": agenda},
    )
    journal = MemoryJournal()
    journal.append(created)
    meeting = LiveMeeting(session_from_events([created]), journal, clock)
    meeting.start()
    evil = f"typed {ESCAPES}{markup}"
    scope = ScopeActions(meeting)
    scope.add_line(SCOPE, "in", evil)
    scope.set_line_verdict(SCOPE, "p2-1", "concerns", evil)
    slider = f"Time{ESCAPES}{markup}"
    TradeOffActions(meeting).set_setting(TRADE_OFFS, slider, "fixed")
    TradeOffActions(meeting).note_slider(TRADE_OFFS, slider, evil)
    return meeting


@pytest.mark.parametrize("markup", MARKUPS)
@pytest.mark.parametrize("item", [SCOPE, TRADE_OFFS])
async def test_scope_screens_show_hostile_text_as_text(markup: str, item: int) -> None:
    meeting = hostile_scope_meeting(markup)
    meeting.go_to(item)
    app = ExerciseHost(meeting, item)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        await pilot.pause()
        text = assert_safe(app, SHOWN, markup)  # markup as the brackets typed
        assert "typed ␛]0;pwned" in text
        if item == SCOPE:
            await pilot.press("b")  # the note form's title holds the line's text
            await pilot.pause()
            assert_safe(app, SHOWN, markup)
        await pilot.press("escape", "escape")
        await pilot.pause()
    assert app.return_code in (None, 0)  # [@click=app.quit] never ran


@pytest.mark.parametrize("markup", MARKUPS)
def test_scope_minutes_keep_hostile_text_as_text(markup: str) -> None:
    minutes = render(hostile_scope_meeting(markup).session)
    assert "\x1b" not in minutes and "\x9b" not in minutes and "\x07" not in minutes
    scope = minutes[minutes.index("\n## Scope\n") : minutes.index("\n## Trade-offs\n")]
    trade_offs = minutes[minutes.index("\n## Trade-offs\n") :]
    typed = f"typed {md.inline(markup)}"  # the escape sequence dropped, the markup escaped
    assert md.inline(markup) != markup and "\\[" in md.inline(markup)
    assert scope.count(typed) == 4  # the line and its bullet, the concern's note and its bullet
    assert trade_offs.count(typed) == 1 and "| fixed |" in trade_offs
