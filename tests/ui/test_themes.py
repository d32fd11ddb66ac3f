"""kickoff's themes on the console and the room view; the palette's switch saves the choice."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))  # room_journal

from hostile_text import toasts
from live_app import live_meeting
from room_journal import in_first_item
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.settings import THEMES, ThemeChoice
from kickoff_tui.ui.app import KickoffApp
from kickoff_tui.ui.room.app import RoomApp
from kickoff_tui.ui.themes import kickoff_themes

SETTINGS = '# my kickoff settings\ntheme = "light"  # the big room\nother = 1\n\n[later]\nx = 2\n'


def console(theme: ThemeChoice | None = None) -> KickoffApp:
    meeting, _ = live_meeting(FakeClock())
    return KickoffApp(meeting, bell=False, theme=theme)


async def until(pilot: Pilot[Any], done: Callable[[], bool]) -> None:
    """Let the app work until `done` (the palette searches in a task of its own)."""
    for _ in range(200):
        if done():
            return
        await pilot.pause()
    raise AssertionError("the screen never got there")


def palette_options(app: App[Any]) -> list[str]:
    options = app.screen.query_one(CommandList).options
    return [str(option.prompt) for option in options]


async def switch_theme(pilot: Pilot[Any], name: str) -> None:
    """As the facilitator does it: ctrl+p, "Theme", then the theme's name."""
    app = pilot.app
    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(app.screen, CommandPalette))
    await pilot.press(*"Theme")
    await until(pilot, lambda: palette_options(app)[:1] == ["Theme\nChange the colours"])
    await pilot.press("enter")
    await until(pilot, lambda: len(palette_options(app)) == len(THEMES))
    assert sorted(palette_options(app)) == sorted(THEMES)  # kickoff's four, nothing else
    await pilot.press(*name)
    await until(pilot, lambda: palette_options(app)[:1] == [name])
    await pilot.press("enter")
    await until(pilot, lambda: not isinstance(app.screen, CommandPalette))


def test_the_themes_built_are_the_names_the_commands_accept() -> None:
    assert [theme.name for theme in kickoff_themes()] == list(THEMES)


@pytest.mark.parametrize("name", THEMES)
async def test_each_app_starts_in_the_theme_chosen_and_offers_only_kickoffs(
    name: str, tmp_path: Path
) -> None:
    written = in_first_item(tmp_path)
    for app in (
        console(ThemeChoice(name)),
        RoomApp(written.path, clock=written.clock, follow=False, theme=name),
    ):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.theme == name and app.current_theme.name == name
            assert sorted(app.available_themes) == sorted(THEMES)
            assert app.has_class(f"-theme-{name}")
            assert app.has_class("-light-mode") == (name == "light")
            # styled in it from the first frame, not only named
            background = app.current_theme.background or "#121212"
            assert app.screen.styles.background.hex == background.upper()


async def test_the_default_is_todays_look() -> None:
    app = console()
    async with app.run_test(size=(80, 24)):
        assert app.theme == "default"
        # the same colours as Textual's dark theme, which kickoff always had
        colours = app.get_css_variables()
        textual_dark = App[None]().get_css_variables()
        assert colours == textual_dark


async def test_the_palette_switch_changes_the_look_and_saves_only_the_theme_line(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(SETTINGS)
    app = console(ThemeChoice("light", config))
    async with app.run_test(size=(100, 30)) as pilot:
        background = app.screen.styles.background
        await switch_theme(pilot, "projector")
        assert app.theme == "projector"
        await pilot.pause()
        assert app.screen.styles.background != background  # restyled, not only renamed
        assert config.read_text() == SETTINGS.replace('"light"', '"projector"')
        await switch_theme(pilot, "high-contrast")
        assert config.read_text() == SETTINGS.replace('"light"', '"high-contrast"')
        assert toasts(app) == []


async def test_a_failed_save_is_one_toast_and_the_meeting_goes_on(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be")
    config = blocker / "config.toml"
    app = console(ThemeChoice("default", config))
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await switch_theme(pilot, "light")
        await until(pilot, lambda: bool(toasts(app)))
        assert app.theme == "light" and app.is_running
        (toast,) = toasts(app)
        assert toast.startswith("Theme light is on for now, not saved: ")
        assert str(config) in toast.replace("\n", "")


async def test_a_hostile_settings_path_in_the_toast_is_text(tmp_path: Path) -> None:
    blocker = tmp_path / "[bold]x[@click=app.quit] \x1b[31m"
    blocker.write_text("")
    app = console(ThemeChoice("default", blocker / "config.toml"))
    async with app.run_test(size=(160, 30), notifications=True) as pilot:
        await switch_theme(pilot, "light")
        await until(pilot, lambda: bool(toasts(app)))
        (toast,) = toasts(app)
        assert (
            "[bold]x[@click=app.quit] \\x1b[31m" in toast.replace("\n", "") and "\x1b" not in toast
        )


async def test_without_a_settings_file_the_switch_only_changes_the_look(tmp_path: Path) -> None:
    app = console(ThemeChoice("default", None))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await switch_theme(pilot, "light")
        assert app.theme == "light" and toasts(app) == []
    assert list(tmp_path.iterdir()) == []
