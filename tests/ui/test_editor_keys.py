"""kickoff edit: help, the command palette, the key footer and the window-size guard."""

from __future__ import annotations

from pathlib import Path

from editor_host import SIZE, SMALL, EditorHost, settle, written
from screen_text import screen_text

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.editor.items import ItemsScreen
from kickoff_tui.ui.screens.help import HelpScreen, collect_help
from kickoff_tui.ui.size_guard import TOO_SMALL
from kickoff_tui.ui.widgets.key_footer import KeyFooter


def help_lines(app: EditorHost) -> dict[str, str]:
    return {
        line.description: " / ".join(line.keys)
        for section in collect_help(app.screen)
        for lines in section.groups.values()
        for line in lines
    }


async def test_help_lists_every_key_of_the_items_list(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(written(tmp_path, SMALL), clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = help_lines(app)
        for words, keys in [
            ("Timebox: a minute longer", "+"),
            ("Timebox: five minutes shorter", "<"),
            ("Add questions from the bank to this item's prompts", "b"),
            ("Move down", "⇧↓"),
            ("Save", "^s"),
            ("Rehearse the agenda as it is on screen", "^r"),
            ("Quit", "^q"),
        ]:
            assert lines.get(words) == keys, (words, lines.get(words))
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "Timebox: a minute longer" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, ItemsScreen)


async def test_question_mark_is_text_in_a_field(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(written(tmp_path, SMALL), clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "end", "question_mark")
        assert not isinstance(app.screen, HelpScreen)
        await settle(app, pilot, clock)
        assert app.state.view.items[0]["title"] == "Welcome?"


async def test_the_palette_offers_the_screens_keys(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(written(tmp_path, SMALL), clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {
            "Save",
            "Rehearse the agenda as it is on screen",
            "Edit the item: title, timebox, owner, ...",
        } <= titles
        assert "Timebox: a minute longer" in titles


async def test_the_footer_fits_80_columns_with_help(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(written(tmp_path, SMALL), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = app.screen.query_one(KeyFooter).text
        assert len(line) <= 80 and "? Help" in line and "⏎ Edit" in line


async def test_a_small_window_shows_one_line(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(written(tmp_path, SMALL), clock)
    async with app.run_test(size=(50, 12)) as pilot:
        await pilot.pause()
        assert app.screen.has_class(TOO_SMALL)
        assert screen_text(app).strip() == "Make the window larger: 60×16 or more (now 50×12)."
        await pilot.press("x")  # swallowed: no command nobody can see
        assert len(app.state.view.items) == 3
