"""At 80 columns the scope, milestones and trade-offs tables cut a long cell with "…"; the status
area under the table then shows the selected row's cut text whole (wrapped), and nothing extra
for a row the table shows whole."""

from __future__ import annotations

from exercise_fixtures import SIZE
from exercise_host import ExerciseHost, screen_text
from rights_fixtures import rights_host
from rights_sample import MILESTONES
from scope_fixtures import SCOPE, TRADE_OFFS, scope_host
from textual.pilot import Pilot

from kickoff_tui.milestone_actions import MilestoneActions
from kickoff_tui.scope_actions import ScopeActions
from kickoff_tui.trade_off_actions import TradeOffActions
from kickoff_tui.ui.screens.exercises.table import TableExerciseScreen

# markup and a long run of words: shown as typed, never read as Textual markup
LONG = (
    "Single sign-on for every [bold]staff[/bold] member across the three regional offices, "
    "including contractors who join through the partner portal, ending here: THE-END"
)


def words(text: str) -> str:
    return " ".join(text.split())


async def select(pilot: Pilot[object], app: ExerciseHost, key: str) -> str:
    """Put the cursor on row `key`; the screen's status area as one line of words."""
    screen = app.screen
    assert isinstance(screen, TableExerciseScreen)
    screen.table.move_cursor(row=screen.table.get_row_index(key))
    await pilot.pause()
    status = screen.query_one("#ex-status")
    return words("\n".join(strip.text for strip in status.render_lines(status.region.reset_offset)))


async def assert_cut_then_whole(
    pilot: Pilot[object], app: ExerciseHost, key: str, label: str, short: str
) -> None:
    assert "…" in screen_text(app)  # the table cut the long cell at 80 columns
    assert "THE-END" not in screen_text(app).split("\n")[0]
    status = await select(pilot, app, key)
    assert f"{label}: {words(LONG)}" in status
    status = await select(pilot, app, short)
    assert "THE-END" not in status and f"{label}:" not in status


async def test_scope_status_shows_a_cut_line_whole() -> None:
    app, meeting, _ = scope_host(SCOPE)
    long_id = ScopeActions(meeting).add_line(SCOPE, "in", LONG)
    short_id = ScopeActions(meeting).add_line(SCOPE, "in", "Reports")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await assert_cut_then_whole(pilot, app, long_id, "Line", short_id)


async def test_milestones_status_shows_a_cut_deliverable_whole() -> None:
    app, meeting, _ = rights_host(MILESTONES)
    plan = MilestoneActions(meeting)
    long_id = plan.add_milestone(MILESTONES, LONG, "2027-03-01", "Nobody")
    short_id = plan.add_milestone(MILESTONES, "Beta", "2027-02-01", "ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await assert_cut_then_whole(pilot, app, long_id, "Deliverable", short_id)
        status = await select(pilot, app, long_id)
        assert "! the approver Nobody is not in the meeting" in status  # the flag still shows


async def test_trade_offs_status_shows_a_cut_note_whole() -> None:
    app, meeting, _ = scope_host(TRADE_OFFS)
    TradeOffActions(meeting).note_slider(TRADE_OFFS, "Cost", LONG)
    TradeOffActions(meeting).note_slider(TRADE_OFFS, "Time", "Board date")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await assert_cut_then_whole(pilot, app, "Cost", "Note", "Time")
