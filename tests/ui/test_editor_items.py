"""kickoff edit: the items list: clock times, the total against the plan, and its keys."""

from __future__ import annotations

from pathlib import Path

from editor_host import SIZE, SMALL, EditorHost, bundled_copy, notices, settle, written
from screen_text import screen_text

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.editor.item_form import ItemScreen
from kickoff_tui.ui.editor.items import ItemsScreen
from kickoff_tui.ui.widgets.line_table import LineTable


def table(app: EditorHost) -> LineTable:
    return app.screen.query_one("#items", LineTable)


async def test_opens_on_the_items_with_the_first_selected(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(bundled_copy(tmp_path), clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot, clock)  # the first check runs after the first frame
        assert isinstance(app.screen, ItemsScreen)
        assert app.screen.focused is table(app)
        assert table(app).cursor_row == 0
        text = screen_text(app)
        assert "Welcome and introductions" in text
        assert "Total 1h30m against 1h30m planned: on plan." in text
        assert "No problems" in text


async def test_clock_times_follow_the_start_time(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(
        written(tmp_path, SMALL.replace("  length: 30m\n", "  length: 30m\n  start: '09:30'\n")),
        clock,
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = screen_text(app).splitlines()
        assert any("09:30" in line and "Welcome" in line for line in lines)
        assert any("09:40" in line and "Scope" in line for line in lines)
        assert any("09:55" in line and "Next steps" in line for line in lines)


async def test_plus_and_minus_change_the_timebox_and_the_total_says_over_or_under(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "plus", "plus")
        assert "Total 32m against 30m planned: 2m over." in screen_text(app)
        assert "modified, not saved" in screen_text(app)
        await pilot.press("minus", "minus", "minus", "less_than_sign")
        assert "Total 24m against 30m planned: 6m under." in screen_text(app)
        await pilot.press("greater_than_sign", "plus")
        assert "on plan" in screen_text(app)
        await pilot.press("ctrl+s")
        # the key went back and forth: the file is as it was, comment and all
        assert path.read_text(encoding="utf-8") == SMALL


async def test_a_timebox_stops_at_a_minute(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(written(tmp_path, SMALL), clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("end", *["minus"] * 6)
        assert app.state.view.items[2]["timebox"] == "1m"


async def test_add_duplicate_delete_undo_and_move(tmp_path: Path, clock: FakeClock) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        titles = lambda: [item["title"] for item in app.state.view.items]  # noqa: E731
        await pilot.press("a")  # after the selected item, and its form opens on the title
        assert isinstance(app.screen, ItemScreen)
        await pilot.press(*"Coffee", "escape")  # the new title is selected: typing replaces it
        assert titles() == ["Welcome", "Coffee", "Scope", "Next steps"]
        assert table(app).cursor_row == 1
        await pilot.press("d")
        assert titles() == ["Welcome", "Coffee", "Coffee", "Scope", "Next steps"]
        await pilot.press("x")
        assert titles() == ["Welcome", "Coffee", "Scope", "Next steps"]
        assert "Item removed: Coffee. u brings it back." in notices(app)
        await pilot.press("u")
        assert titles() == ["Welcome", "Coffee", "Coffee", "Scope", "Next steps"]
        await pilot.press("x", "up", "x", "down")
        assert titles() == ["Welcome", "Scope", "Next steps"]
        assert table(app).cursor_row == 2
        await pilot.press("K")  # up, the cursor with it
        assert titles() == ["Welcome", "Next steps", "Scope"]
        assert table(app).cursor_row == 1
        await pilot.press("shift+down")
        assert titles() == ["Welcome", "Scope", "Next steps"]
        await pilot.press("ctrl+s")
        assert path.read_text(encoding="utf-8") == SMALL  # every edit undone by another


async def test_the_last_item_is_not_removed(tmp_path: Path, clock: FakeClock) -> None:
    one = "meeting:\n  title: T\nitems:\n  - title: Only\n    timebox: 5m\n"
    app = EditorHost(written(tmp_path, one), clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        assert len(app.state.view.items) == 1
        assert "An agenda keeps one item: edit it instead." in notices(app)


async def test_a_timebox_that_is_no_duration_shows_as_typed(
    tmp_path: Path, clock: FakeClock
) -> None:
    app = EditorHost(written(tmp_path, SMALL.replace("timebox: 15m", "timebox: soon")), clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot, clock)
        text = screen_text(app)
        assert "soon?" in text
        assert "1 error" in text
        await pilot.press("down", "plus")  # nothing to add a minute to
        assert app.state.view.items[1]["timebox"] == "soon"
