"""Hostile text through every screen (issue #12.1): escape sequences shown, never sent.

Every screen shows ESC and C1 controls from a journal as visible characters, and markup as the
brackets that were typed.
"""

from __future__ import annotations

import pytest
from exercise_host import ExerciseHost
from hostile_text import (
    COMMS,
    ESCAPES,
    FIT,
    MAP,
    MARKUPS,
    RISKS,
    SHOWN,
    SUCCESS,
    assert_safe,
    hostile_meeting,
)
from live_app import BellCountingApp, item_screen

from kickoff_tui.ui.screens.lobby import LobbyScreen
from kickoff_tui.ui.screens.review import ReviewScreen


@pytest.mark.parametrize("markup", MARKUPS)
async def test_lobby_shows_hostile_text_as_text(markup: str) -> None:
    meeting, _, _ = hostile_meeting(markup)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(160, 50), notifications=True):
        assert isinstance(app.screen, LobbyScreen)
        assert_safe(app, SHOWN, markup, "Ana Ruiz␛")  # title, agenda and roll call


@pytest.mark.parametrize("markup", MARKUPS)
async def test_item_go_to_end_and_review_show_hostile_text_as_text(markup: str) -> None:
    meeting, clock, _ = hostile_meeting(markup)
    meeting.start()
    meeting.capture("decision", f"ship it {ESCAPES} {markup}")
    meeting.capture("note", f"see [link] later, a path with [backup] {ESCAPES}")
    app = BellCountingApp(meeting)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        await pilot.pause()
        item_screen(app)
        entries = (f"ship it {SHOWN} {markup}", "see [link] later, a path with [backup]")
        assert_safe(app, *entries, "1. Welcome␛", "Who?␛", "Roles␛")  # list, panel, sidebar
        await pilot.press("i")  # the private notes
        await pilot.pause()
        assert_safe(app, "Private␛")
        await pilot.press("g")  # the go-to list of every item
        await pilot.pause()
        assert_safe(app, "Who decides what␛")
        await pilot.press("escape")
        clock.advance(60)
        await pilot.press("e")  # the end dialog over the item screen
        await pilot.pause()
        assert_safe(app)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert_safe(app, f"ship it {SHOWN} [")  # a long read-back line is cut with "…"
    assert app.return_code in (None, 0)


@pytest.mark.parametrize("markup", MARKUPS)
@pytest.mark.parametrize("item", [MAP, FIT, SUCCESS, COMMS, RISKS])
async def test_exercise_screens_show_hostile_text_as_text(markup: str, item: int) -> None:
    meeting, _, _ = hostile_meeting(markup)
    meeting.start()
    meeting.go_to(item)
    app = ExerciseHost(meeting, item)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        await pilot.pause()
        assert_safe(app, SHOWN)
