"""Undo on screen: one key with one rule, stated by the help screen everywhere it applies, and
a removal in an exercise can still be undone after the exercise was closed and opened again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from exercise_fixtures import SIZE  # also puts tests/unit on the path
from exercise_sample import COMMS, MAP, RISKS, SUCCESS, new_meeting
from screens_harness import ended_meeting

from kickoff_tui.domain.exercises.comms import comms_plan
from kickoff_tui.domain.exercises.risks import risk_register
from kickoff_tui.domain.exercises.stakeholders import register
from kickoff_tui.domain.exercises.success import success_criteria
from kickoff_tui.exercise_actions import ExerciseActions
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.app import KickoffApp
from kickoff_tui.ui.screens.exercises.base import ExerciseScreen
from kickoff_tui.ui.screens.help import HelpScreen, collect_help
from kickoff_tui.ui.screens.item import ItemScreen
from kickoff_tui.ui.screens.undo_key import UNDO_RULE


def undo_lines(app: KickoffApp) -> list[tuple[list[str], bool]]:
    """The help screen's lines stating the undo rule: (keys, enabled now)."""
    return [
        (line.keys, line.enabled)
        for section in collect_help(app.screen)
        for lines in section.groups.values()
        for line in lines
        if line.description == UNDO_RULE
    ]


def on_item(item: int) -> tuple[LiveMeeting, ExerciseActions]:
    meeting, _, _ = new_meeting()
    meeting.start()
    meeting.go_to(item)
    return meeting, ExerciseActions(meeting)


def with_risk(act: ExerciseActions) -> Callable[[], bool]:
    act.add_risk(RISKS, "Vendor goes bust")
    return lambda: bool(risk_register(act.session).risks)


def with_criterion(act: ExerciseActions) -> Callable[[], bool]:
    act.add_criterion(SUCCESS, "Calls answered")
    return lambda: bool(success_criteria(act.session).criteria)


EXERCISES = {
    "map": (MAP, "tab", lambda act: lambda: "Ben Okafor" in register(act.session).names),
    "success": (SUCCESS, "", with_criterion),
    "comms": (COMMS, "", lambda act: lambda: comms_plan(act.session).removed == []),
    "risks": (RISKS, "escape", with_risk),  # Esc leaves the quick-entry line for the list
}


@pytest.mark.parametrize("name", EXERCISES)
async def test_exercise_undo_outlives_the_screen(name: str) -> None:
    item, to_list, prepare = EXERCISES[name]
    meeting, act = on_item(item)
    present = prepare(act)
    app = KickoffApp(meeting, bell=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ExerciseScreen)
        if to_list:
            await pilot.press(to_list)
        assert undo_lines(app) == [(["u"], False)]  # the rule, and nothing to undo yet
        await pilot.press("x")
        await pilot.pause()
        assert not present()
        assert undo_lines(app) == [(["u"], True)]
        await pilot.press("escape")  # close the exercise
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        assert undo_lines(app) == [(["u"], False)]  # not the item screen's list
        await pilot.press("o")
        await pilot.pause()
        if to_list == "escape":
            await pilot.press(to_list)
        await pilot.press("u")
        await pilot.pause()
        assert present()
        assert undo_lines(app) == [(["u"], False)]


async def test_item_screen_undo_only_after_a_delete_and_back_in_order() -> None:
    meeting, _ = on_item(0)
    first, second = meeting.capture("note", "one"), meeting.capture("note", "two")
    app = KickoffApp(meeting, bell=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert undo_lines(app) == [(["u"], False)]
        await pilot.press("x")
        await pilot.pause()
        [kept] = meeting.session.live_entries()
        await pilot.press("x")
        await pilot.pause()
        assert meeting.session.live_entries() == []
        assert undo_lines(app) == [(["u"], True)]
        await pilot.press("u")  # the one deleted last comes back first
        assert [e.id for e in meeting.session.live_entries()] == [kept.id]
        await pilot.press("u")
        assert [e.id for e in meeting.session.live_entries()] == [first.id, second.id]
        assert undo_lines(app) == [(["u"], False)]


async def test_review_shares_the_entries_list_and_states_the_same_rule() -> None:
    meeting, _, _ = ended_meeting()
    app = KickoffApp(meeting, bell=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert undo_lines(app) == [(["u"], False)]
        await pilot.press("x")
        await pilot.pause()
        assert undo_lines(app) == [(["u"], True)]
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "u")
        await pilot.pause()
        assert all(not e.deleted for e in meeting.session.entries.values())
