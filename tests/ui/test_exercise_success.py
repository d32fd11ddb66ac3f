"""The success criteria screen: add with a form, verdict keys, concerns need a note."""

from __future__ import annotations

from exercise_fixtures import SIZE, host_for
from exercise_host import screen_text
from exercise_sample import SUCCESS

from kickoff_tui.domain.exercises.success import success_criteria
from kickoff_tui.ui.screens.exercises.form import FormScreen
from kickoff_tui.ui.screens.exercises.success import SuccessCriteriaScreen


async def add(pilot: object, measure: str, target: str, owner: str, when: str) -> None:
    keys = ["a", *measure, "tab", *target, "tab", *owner, "tab", *when, "enter"]
    await pilot.press(*keys)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_add_criteria_and_give_verdicts() -> None:
    app, meeting, _ = host_for(SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "press a to add the first one" in screen_text(app)
        await add(pilot, "Resets without a call", "80 %", "clai", "2027-06-30")
        await add(pilot, "Support calls", "-30 %", "ben", "eom")
        assert isinstance(app.screen, SuccessCriteriaScreen)
        text = screen_text(app)
        assert "Claire Dubois" in text and "2027-06-30" in text and "2026-11-30" in text
        await pilot.press("b", "enter")  # the cursor is on the new criterion; the note is optional
        await pilot.press("up", "y")
        await pilot.pause()
        state = success_criteria(meeting.session)
        assert [(c.measure, c.verdict) for c in state.criteria] == [
            ("Resets without a call", "agree"),
            ("Support calls", "block"),
        ]
        assert "1 agree" in screen_text(app) and "1 block" in screen_text(app)


async def test_concerns_without_a_note_keep_the_form_open() -> None:
    app, meeting, _ = host_for(SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await add(pilot, "Uptime", "", "", "")
        await pilot.press("c", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert "a concerns verdict needs a note" in screen_text(app)
        await pilot.press(*"no baseline", "enter")
        await pilot.pause()
        criterion = success_criteria(meeting.session).criteria[0]
        assert (criterion.verdict, criterion.note) == ("concerns", "no baseline")
        assert "still needs: target, owner, date" in screen_text(app)


async def test_an_empty_measure_is_refused_and_escape_cancels() -> None:
    app, _, journal = host_for(SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        before = len(journal.events)
        await pilot.press("a", "enter")
        await pilot.pause()
        assert "needs a measure" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SuccessCriteriaScreen)
        assert len(journal.events) == before


async def test_remove_undo_and_edit_with_enter() -> None:
    app, meeting, _ = host_for(SUCCESS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await add(pilot, "NPS", "+10", "", "")
        await pilot.press("x")
        assert success_criteria(meeting.session).criteria == []
        await pilot.press("u")
        await pilot.press("enter", "ctrl+u", *"NPS among admins", "enter")
        await pilot.pause()
        assert success_criteria(meeting.session).criteria[0].measure == "NPS among admins"
