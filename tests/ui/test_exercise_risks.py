"""The pre-mortem screen: quick entry, then rating with keys; risks from elsewhere appear."""

from __future__ import annotations

from exercise_fixtures import SIZE, host_for
from exercise_host import screen_text
from exercise_sample import RISKS

from kickoff_tui.domain.exercises.risks import risk_register
from kickoff_tui.ui.screens.exercises.risks import RisksScreen


async def test_quick_entry_then_rating() -> None:
    app, meeting, _ = host_for(RISKS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "six months from now" in screen_text(app)
        await pilot.press(*"SSO approval late", "enter", *"Dirty data @claire", "enter")
        # letters are text while typing: l and i typed into the risk, not ratings
        assert [r.text for r in risk_register(meeting.session).risks] == [
            "SSO approval late",
            "Dirty data",
        ]
        await pilot.press("escape")  # to the register; the new risk is selected
        await pilot.press("l", "l", "l", "i", "i", "i")
        await pilot.press("o", *"ben", "enter")
        await pilot.pause()
        dirty = risk_register(meeting.session).risks[1]
        assert (dirty.likelihood, dirty.impact, dirty.rating, dirty.owner) == (
            "high",
            "high",
            "high",
            "Ben Okafor",
        )
        assert "1 not rated" in screen_text(app)


async def test_risks_captured_elsewhere_are_listed() -> None:
    app, meeting, _ = host_for(RISKS)
    meeting.go_to(0)
    meeting.capture("risk", "Hosting contract unsigned")
    meeting.go_to(RISKS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Hosting contract unsigned" in screen_text(app)


async def test_remove_undo_and_two_escapes_close() -> None:
    app, meeting, _ = host_for(RISKS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"Scope creep", "enter", "escape", "x")
        assert risk_register(meeting.session).risks == []
        await pilot.press("u")
        assert [r.text for r in risk_register(meeting.session).risks] == ["Scope creep"]
        await pilot.press("a")
        assert isinstance(app.screen, RisksScreen) and app.screen.risk_input.has_focus
        await pilot.press("escape", "escape")
        assert not isinstance(app.screen, RisksScreen)
