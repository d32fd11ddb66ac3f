"""Hostile text through the decision-rights and milestones screens and their minutes: escape
sequences from a journal copied from elsewhere are shown as visible characters, never sent, and
markup (`[/]`, `[@click=app.quit]x[/]`) shows as the brackets typed and never runs."""

from __future__ import annotations

import pytest
from exercise_host import ExerciseHost
from hostile_text import ESCAPES, MARKUPS, RAW, SHOWN, START, assert_safe, hostile
from rights_sample import MILESTONES, RIGHTS, rights_agenda

from kickoff_tui.decision_rights_actions import DecisionRightsActions
from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.milestone_actions import MilestoneActions
from kickoff_tui.storage.journal import MemoryJournal


def hostile_rights(markup: str) -> LiveMeeting:
    """rights_sample's agenda with escapes and markup in every name, area and deliverable,
    and a hostile area, milestone and dependency note added in the meeting."""
    clock = FakeClock(START)
    created = ev.Event(
        ev.SESSION_CREATED,
        clock.now(),
        {
            "schema": ev.SCHEMA_VERSION,
            "session_id": "20261125-090000-evil",
            "agenda": hostile(rights_agenda().to_dict(), markup),
            "source": "evil.yaml",
            "meeting_date": "2026-11-25",
        },
    )
    journal = MemoryJournal()
    journal.append(created)
    meeting = LiveMeeting(session_from_events([created]), journal, clock)
    meeting.start()
    rights = DecisionRightsActions(meeting, RIGHTS)
    state = rights.state()
    area = rights.add_area(f"Area {ESCAPES}{markup}")
    rights.assign(area, state.people[1], "A")  # the agenda's far, powerful sponsor: a flag
    rights.assign(state.areas[0].name, state.people[0], "R")
    plan = MilestoneActions(meeting)
    first = plan.add_milestone(MILESTONES, f"Beta {ESCAPES}{markup}", "2026-11-20", "", "")
    plan.add_milestone(MILESTONES, "Launch", "fri", state.people[2], f"note {ESCAPES}{markup}")
    assert plan.state().get(first) is not None
    return meeting


@pytest.mark.parametrize("markup", MARKUPS)
@pytest.mark.parametrize("item", [RIGHTS, MILESTONES])
async def test_rights_screens_show_hostile_text_as_text(markup: str, item: int) -> None:
    meeting = hostile_rights(markup)
    meeting.go_to(item)
    app = ExerciseHost(meeting, item)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        await pilot.pause()
        assert_safe(app, SHOWN)
        if item == RIGHTS:  # a toast with an area's name: x takes the cell's area off
            await pilot.press("x")
            await pilot.pause()
            assert_safe(app, SHOWN, "taken off")
        else:
            await pilot.press("enter")  # the edit form shows the hostile values too
            await pilot.pause()
            assert_safe(app, SHOWN)
    assert app.return_code in (None, 0)  # [@click=app.quit] never ran


@pytest.mark.parametrize("markup", MARKUPS)
def test_rights_minutes_carry_no_control_characters_and_escape_markup(markup: str) -> None:
    text = render(hostile_rights(markup).session)
    start = text.index("\n## Decision rights\n")
    sections = text[start : text.index("\n## Notes\n", start)]
    assert not {c for c in sections if c in RAW}, "raw control characters in the minutes"
    assert "\x1b" not in text and "pwned" not in sections  # escape sequences go whole
    assert markup not in sections  # brackets are escaped (`\\[`), never raw markup
    assert "Area" in sections and "Beta" in sections and "note" in sections
