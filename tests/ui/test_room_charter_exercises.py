"""The room view follows the scope, trade-offs, decision-rights and milestones exercises.

A journal is written step by step by a LiveMeeting (as the console writes it) and the room,
started with follow=False, reads it after each step: the picture of the current item's exercise
appears once a step of it is recorded, shows typed text as typed (never as markup or an escape
sequence), and never shows what is private.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from hostile_text import ESCAPES, MARKUPS, SHOWN, assert_safe
from room_journal import (
    ATTITUDE,
    CHARTER_ITEMS,
    PRIVATE_WORDS,
    WrittenMeeting,
    charter_room_agenda,
)
from test_room_view import _refresh, room

from kickoff_tui.decision_rights_actions import DecisionRightsActions
from kickoff_tui.milestone_actions import MilestoneActions
from kickoff_tui.scope_actions import ScopeActions
from kickoff_tui.trade_off_actions import TradeOffActions

SCOPE, TRADE_OFFS, RIGHTS, MILESTONES = CHARTER_ITEMS


def _started(folder: Path) -> WrittenMeeting:
    written = WrittenMeeting(folder, charter_room_agenda())
    written.meeting.set_attendance("Ana Ruiz", "present")
    written.meeting.start()
    return written


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_each_picture_appears_with_its_first_step_and_follows_the_next(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    written = _started(tmp_path)
    m = written.meeting
    app = room(written)
    async with app.run_test(size=size) as pilot:
        m.go_to(SCOPE)
        text = await _refresh(app, pilot)
        assert "Item 4 of 7" in text and "in: Customer portal" not in text  # no step: no picture
        ScopeActions(m).set_line_verdict(SCOPE, "p4-2", "block", "Promised in the pitch")
        text = await _refresh(app, pilot)
        assert "⚑ out: Mobile app [block: Promised in the pitch]" in text
        assert "⚑ in: Customer portal" in text and "Not yet aligned: 2 (⚑)" in text

        m.go_to(TRADE_OFFS)
        sliders = TradeOffActions(m)
        sliders.set_setting(TRADE_OFFS, "Time", "fixed")
        sliders.set_setting(TRADE_OFFS, "Cost", "fixed")
        text = await _refresh(app, pilot)
        assert "Time     ●○○  fixed" in text
        assert "⚑ more than one is fixed" in text

        m.go_to(RIGHTS)
        DecisionRightsActions(m, RIGHTS).assign("Go-live", "Ben Okafor", "A")
        text = await _refresh(app, pilot)
        assert "Go-live: A Ben Okafor" in text and "⚑ No Accountable for Budget." in text

        m.go_to(MILESTONES)
        MilestoneActions(m).add_milestone(MILESTONES, "Beta", "2027-02-26", "ben", "")
        text = await _refresh(app, pilot)
        assert "2027-02-26  Beta (approves: Ben Okafor)" in text
        assert [w for w in (*PRIVATE_WORDS, ATTITUDE) if w in text] == []


async def test_typed_text_in_the_pictures_is_shown_as_typed(tmp_path: Path) -> None:
    written = _started(tmp_path)
    m = written.meeting
    hostile = f"{ESCAPES} {MARKUPS[1]}"
    app = room(written)
    async with app.run_test(size=(160, 45)) as pilot:
        m.go_to(SCOPE)
        ScopeActions(m).add_line(SCOPE, "later", hostile)
        await _refresh(app, pilot)
        assert_safe(app, SHOWN, MARKUPS[1])
        m.go_to(MILESTONES)
        MilestoneActions(m).add_milestone(MILESTONES, hostile, "2027-01-10", "", "")
        await _refresh(app, pilot)
        assert_safe(app, SHOWN, MARKUPS[1])
        assert app.is_running  # the markup's @click=app.quit did nothing
