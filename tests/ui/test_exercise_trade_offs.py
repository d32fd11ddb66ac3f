"""The trade-offs screen: number keys set each slider; a broken rule is said, not refused."""

from __future__ import annotations

from exercise_fixtures import steps
from exercise_host import screen_text
from exercise_sample import new_meeting
from scope_fixtures import SIZE, TRADE_OFFS, scope_host
from scope_sample import scope_agenda
from test_journal_failures import NoticeApp, form_keeps, run_with_full_disk
from textual.pilot import Pilot

from kickoff_tui.domain.agenda import Agenda, Item
from kickoff_tui.domain.exercises.trade_offs import trade_offs
from kickoff_tui.ui.screens.exercises.trade_offs import TradeOffsScreen


def _settings(meeting) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.setting for s in trade_offs(meeting.session, TRADE_OFFS).sliders]


async def test_setting_the_sliders_and_breaking_the_rule() -> None:
    app, meeting, journal = scope_host(TRADE_OFFS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TradeOffsScreen)
        text = screen_text(app)
        assert "Rule: at most one fixed, at least one flexible." in text
        assert "0 fixed · 0 firm · 0 flexible · 4 not set" in text
        await pilot.press("1", "down", "1")  # scope and time fixed: broken at once
        await pilot.pause()
        assert _settings(meeting) == ["fixed", "fixed", "", ""]
        assert "Rule broken: more than one is fixed" in screen_text(app)
        await pilot.press("2", "down", "2", "down", "2")  # time, cost, quality firm
        await pilot.pause()
        assert "Rule broken: none is flexible" in screen_text(app)
        await pilot.press("3")  # quality gives first
        await pilot.pause()
        assert _settings(meeting) == ["fixed", "firm", "firm", "flexible"]
        assert "The rule holds." in screen_text(app)
        await pilot.press("s", "0")  # s steps flexible -> fixed; 0 clears
        await pilot.pause()
        assert _settings(meeting)[-1] == ""
        await pilot.press("n", *"board approved the budget", "enter")
        await pilot.pause()
        assert trade_offs(meeting.session, TRADE_OFFS).sliders[-1].note == (
            "board approved the budget"
        )
        assert "board approved the budget" in screen_text(app)
    assert len(steps(journal)) == 9


async def test_sliders_named_in_the_agenda_are_the_rows() -> None:
    base = scope_agenda()
    item = Item(
        "Sliders",
        600,
        kind="exercise",
        exercise="trade-offs",
        options={"sliders": ["Budget", "Go-live"]},
    )
    agenda = Agenda(base.meeting, (*base.items[:2], item), base.people)
    app, meeting, _ = scope_host(TRADE_OFFS, agenda)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Budget" in text and "Go-live" in text and "Quality" not in text
        await pilot.press("3", "down", "space")
        await pilot.pause()
        assert _settings(meeting) == ["flexible", "fixed"]
        assert "The rule holds." in screen_text(app)


async def test_a_full_disk_keeps_the_note_and_changes_nothing() -> None:
    meeting, _, _ = new_meeting(scope_agenda())
    meeting.start()
    meeting.go_to(TRADE_OFFS)

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        await pilot.press("1", "n", *"fixed by contract", "enter")
        await pilot.pause()
        form_keeps(app, "note", "fixed by contract")

    await run_with_full_disk(meeting, scenario, 2, opens="o")
    assert _settings(meeting) == ["", "", "", ""]
