"""config.toml: where it is, what a good one gives, and the one line each bad one gets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kickoff_tui import paths
from kickoff_tui.cli import main
from kickoff_tui.cli_parser import _THEME_HELP
from kickoff_tui.settings import (
    THEMES,
    SettingsError,
    ThemeChoice,
    chosen_theme,
    configured_theme,
    theme_choices,
)

CHOICES = "choose default, projector, light or high-contrast"


@pytest.fixture
def config(kickoff_home: Path) -> Path:
    """The settings file where kickoff looks by default (KICKOFF_HOME in tests)."""
    kickoff_home.mkdir(parents=True, exist_ok=True)
    return kickoff_home / "config.toml"


def error_of(path: Path) -> str:
    with pytest.raises(SettingsError) as raised:
        configured_theme(path)
    message = str(raised.value)
    assert "\n" not in message and "\x1b" not in message
    return message


# ----- where it is and what a good one gives ---------------------------------------------------


def test_the_file_is_config_toml_in_the_config_folder_and_kickoff_config_overrides_it(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.config_file() == config
    elsewhere = tmp_path / "elsewhere" / "kickoff.toml"
    monkeypatch.setenv("KICKOFF_CONFIG", str(elsewhere))
    assert paths.config_file() == elsewhere
    config.write_text('theme = "light"\n')
    elsewhere.parent.mkdir()
    elsewhere.write_text('theme = "projector"\n')
    assert chosen_theme(None) == ThemeChoice("projector", elsewhere)


def test_without_kickoff_home_the_file_is_in_the_platform_config_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import platformdirs

    monkeypatch.delenv("KICKOFF_HOME")
    expected = Path(platformdirs.user_config_dir("kickoff-tui", appauthor=False)) / "config.toml"
    assert paths.config_file() == expected


def test_no_file_no_key_gives_the_default(config: Path) -> None:
    assert chosen_theme(None) == ThemeChoice("default", config)
    config.write_text("# nothing yet\nother = 1\n[later]\ntheme = 3\n")  # a table's theme: not ours
    assert chosen_theme(None).name == "default"


@pytest.mark.parametrize("name", THEMES)
def test_each_theme_is_read_with_comments_and_other_keys_around_it(config: Path, name: str) -> None:
    config.write_text(f'# kickoff\nfuture = true\n  "theme" = "{name}"  # the room\n[x]\ny = 2\n')
    assert chosen_theme(None).name == name


def test_theme_flag_wins_over_the_file_and_the_file_is_not_even_read(config: Path) -> None:
    config.write_text('theme = "light"\n')
    assert chosen_theme(None).name == "light"
    assert chosen_theme("projector") == ThemeChoice("projector", config)
    config.write_text("theme = [broken\n")
    assert chosen_theme("high-contrast").name == "high-contrast"


# ----- each bad case, with the exact line --------------------------------------------------------


def test_an_unknown_theme_names_file_line_column_and_the_valid_names(config: Path) -> None:
    config.write_text('# mine\n\ntheme = "neon"\n')
    assert error_of(config) == f'{config}:3:9: theme "neon" is not a theme; {CHOICES}'


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("3", "a number"),
        ("1.5", "a number"),
        ("true", "true or false"),
        ('["light"]', "a list"),
        ('{ name = "light" }', "a table"),
        ("2026-11-30", "a date or time"),
    ],
)
def test_a_theme_of_the_wrong_type_says_what_it_is(config: Path, value: str, kind: str) -> None:
    config.write_text(f"a = 1\ntheme   =  {value}\n")
    assert error_of(config) == (
        f'{config}:2:12: theme must be a name in quotes, e.g. theme = "projector" '
        f"(not {kind}); {CHOICES}"
    )


@pytest.mark.parametrize(
    ("text", "where", "why"),
    [
        ('theme = "light"\nbroken line\n', "2:8", "Expected '=' after a key in a key/value pair"),
        ("theme =\n", "1:8", "Invalid value"),
        ('theme = "light\n', "1:15", "Illegal character '\\n'"),
        ('theme = "light"\ntheme = "dark"\n', "2:15", "Cannot overwrite a value"),
        ("x = [1,\n", "2:1", "Invalid value at the end of the file"),
    ],
)
def test_broken_toml_is_one_line_with_its_line_and_column(
    config: Path, text: str, where: str, why: str
) -> None:
    config.write_text(text)
    assert error_of(config) == f"{config}:{where}: not valid TOML: {why}"


def test_not_utf8_names_the_line(config: Path) -> None:
    config.write_bytes(b'# ok\ntheme = "caf\xe9"\n')
    assert error_of(config) == f"{config}:2:1: not UTF-8 text; save it as UTF-8"


def test_an_unreadable_file_is_one_line(config: Path) -> None:
    config.mkdir()
    assert error_of(config) == f"cannot read the settings file {config}: Is a directory"


def test_a_fifo_is_one_line_instead_of_a_start_that_waits_forever(config: Path) -> None:
    os.mkfifo(config)  # reading it would wait for a writer that never comes
    assert error_of(config) == f"{config}: is a FIFO or a device, not a settings file"


def test_a_device_or_a_huge_file_is_one_line_not_all_of_memory(
    config: Path, tmp_path: Path
) -> None:
    assert error_of(Path("/dev/zero")) == "/dev/zero: is a FIFO or a device, not a settings file"
    config.write_text("# padding\n" * 10_000)  # 100 kB: no settings file is that big
    assert error_of(config) == f"{config}: is larger than 64 KiB; a settings file is small"


def test_a_hostile_theme_name_is_shown_escaped_never_as_a_command(config: Path) -> None:
    config.write_text('theme = "\\u001b]0;pwned\\u0007\\u001b[2J\\u009bred\\nnext"\n')
    message = error_of(config)
    assert message == (
        f'{config}:1:9: theme "\\x1b]0;pwned\\x07\\x1b[2J\\x9bred\\nnext" is not a theme; {CHOICES}'
    )
    assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in message)


# ----- through the command line: exit 2, one line, nothing opened -------------------------------


UI_COMMANDS = ["run", "present", "resume", "rehearse client-kickoff", "serve"]


@pytest.mark.parametrize("command", UI_COMMANDS)
def test_a_bad_theme_flag_is_one_line_and_exit_2(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command.split(), "--theme", "neon\x1b[31m"]) == 2
    err = capsys.readouterr().err
    assert err == f"kickoff: --theme neon\\x1b[31m: no such theme; {CHOICES}\n"


@pytest.mark.parametrize("command", UI_COMMANDS)
def test_a_bad_file_stops_every_ui_command_with_its_line(
    command: str, config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config.write_text("theme = 'neon'\n")
    assert main(command.split()) == 2
    err = capsys.readouterr().err
    assert err == f'kickoff: {config}:1:9: theme "neon" is not a theme; {CHOICES}\n'


def test_the_help_names_every_theme() -> None:
    assert f"colours: {theme_choices()} (" in _THEME_HELP  # the names, none more or less


def test_serve_runs_each_tab_in_the_theme_chosen_and_only_a_theme() -> None:
    from kickoff_tui.commands.serve import present_argv

    argv = present_argv("20261130-090000-abcd", "projector")
    assert argv[-4:] == ["present", "--theme=projector", "--", "20261130-090000-abcd"]
    assert "--theme=default" in present_argv("20261130-090000-abcd")
    with pytest.raises(ValueError):
        present_argv("20261130-090000-abcd", "projector; rm -rf ~")
