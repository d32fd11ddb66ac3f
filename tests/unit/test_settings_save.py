"""Saving the theme (the command palette's switch): only the theme line changes, atomically."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kickoff_tui.settings import SettingsError, configured_theme, save_theme

COMMENTED = (
    "# kickoff settings, by hand\n"
    "\n"
    'theme = "light"   # bright room on Tuesdays\n'
    "other = 'kept'  # a key a later kickoff may read\n"
    "\n"
    "# tables come after the top-level keys\n"
    "[later]\n"
    'theme = "not ours"\n'
)


def test_only_the_theme_value_changes_every_other_byte_stays(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(COMMENTED)
    save_theme(config, "projector")
    assert config.read_text() == COMMENTED.replace('"light"', '"projector"', 1)
    assert configured_theme(config) == "projector"


@pytest.mark.parametrize(
    ("line", "saved"),
    [
        ("theme='light'\n", 'theme="high-contrast"\n'),
        (
            '  "theme"  =  "light" # "quoted" # twice\n',
            '  "theme"  =  "high-contrast" # "quoted" # twice\n',
        ),
        ('theme = "li\\"ght"#x\n', 'theme = "high-contrast"#x\n'),
        ("theme = 3 # was wrong\n", 'theme = "high-contrast" # was wrong\n'),
        ('theme = "light"', 'theme = "high-contrast"'),  # no newline at the end: none added
        ('theme = "light"\r\nx = 1\r\n', 'theme = "high-contrast"\r\nx = 1\r\n'),
    ],
)
def test_the_value_is_replaced_in_any_spelling(tmp_path: Path, line: str, saved: str) -> None:
    config = tmp_path / "config.toml"
    config.write_bytes(line.encode())
    save_theme(config, "high-contrast")
    assert config.read_bytes() == saved.encode()


def test_a_missing_file_and_its_folder_are_created(tmp_path: Path) -> None:
    config = tmp_path / "new" / "folder" / "config.toml"
    save_theme(config, "light")
    assert config.read_text() == 'theme = "light"\n'


def test_a_file_without_the_key_gets_it_before_its_first_table(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("# mine\nx = 1\n\n# the later table\n[later]\ny = 2")
    save_theme(config, "projector")
    assert config.read_text() == (
        '# mine\nx = 1\n\ntheme = "projector"\n# the later table\n[later]\ny = 2'
    )
    only_keys = tmp_path / "keys.toml"
    only_keys.write_text("x = 1")
    save_theme(only_keys, "light")
    assert only_keys.read_text() == 'x = 1\ntheme = "light"\n'


def test_a_broken_file_is_left_alone(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("# mine\ntheme = [\n")
    with pytest.raises(SettingsError, match=r"config.toml:3:1: not valid TOML"):
        save_theme(config, "light")
    assert config.read_text() == "# mine\ntheme = [\n"


def test_a_line_it_cannot_change_safely_is_refused_not_half_written(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    text = 'theme = """light\n"""\n'  # a multi-line string: the line alone is not the value
    config.write_text(text)
    with pytest.raises(SettingsError, match=r'set theme = "projector" there by hand'):
        save_theme(config, "projector")
    assert config.read_text() == text


def test_a_linked_file_stays_a_link_and_its_target_changes(tmp_path: Path) -> None:
    target = tmp_path / "dotfiles" / "kickoff.toml"
    target.parent.mkdir()
    target.write_text('theme = "light"\n')
    link = tmp_path / "config.toml"
    link.symlink_to(target)
    save_theme(link, "projector")
    assert link.is_symlink()
    assert target.read_text() == 'theme = "projector"\n'


def test_the_write_is_atomic_no_temporary_file_is_left(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('theme = "light"\n')
    save_theme(config, "default")
    assert sorted(os.listdir(tmp_path)) == ["config.toml"]
