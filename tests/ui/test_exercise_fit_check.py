"""The fit check screen: number keys score, bars and overall fit, the low-score risk offer."""

from __future__ import annotations

from exercise_fixtures import SIZE, host_for, steps
from exercise_host import screen_text
from exercise_sample import FIT

from kickoff_tui.domain.exercises.fit_check import fit_check
from kickoff_tui.ui.screens.confirm import ConfirmScreen
from kickoff_tui.ui.screens.exercises.fit_check import FitCheckScreen, bar


def test_bars_fill_to_the_score() -> None:
    assert bar(5).plain == "█" * 10
    assert bar(2).plain == "████" + "░" * 6
    assert bar(None).plain == "·" * 10


async def test_scores_move_down_the_list_and_show_the_overall_fit() -> None:
    app, meeting, journal = host_for(FIT)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Scope clarity" in text  # the item's own dimensions
        await pilot.press("5", "4")
        state = fit_check(meeting.session, FIT)
        assert [d.score for d in state.dimensions] == [5, 4, None, None]
        text = screen_text(app)
        assert "4.5/5 · good fit · 2 of 4 scored" in text
        assert "██████████" in text
        assert [s[1] for s in steps(journal)] == ["score", "score"]


async def test_a_low_score_offers_a_risk_and_yes_records_it() -> None:
    app, meeting, _ = host_for(FIT)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "2")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Budget realism scored 2/5. Record it as a risk?" in screen_text(app)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, FitCheckScreen)
        risks = meeting.session.entries_of("risk")
        assert [(r.body, r.item) for r in risks] == [("Fit check: Budget realism scored 2/5", FIT)]
        assert "risk recorded" in screen_text(app)


async def test_declining_is_remembered_and_r_asks_again() -> None:
    app, meeting, _ = host_for(FIT)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert meeting.session.entries_of("risk") == []
        assert fit_check(meeting.session, FIT).offers() == []
        await pilot.press("up", "r")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)


async def test_clear_and_note() -> None:
    app, meeting, _ = host_for(FIT)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("4", "up", "0")
        await pilot.press("n", *"Shared goals [on paper]", "enter")
        await pilot.pause()
        goals = fit_check(meeting.session, FIT).get("Goals alignment")
        assert goals is not None and goals.score is None and goals.note == "Shared goals [on paper]"
        assert "Shared goals [on paper]" in screen_text(app)  # typed brackets are not markup
