"""kickoff's settings file: `config.toml` in the user's config folder, or KICKOFF_CONFIG.

Only the commands that open a window read it (run, resume, rehearse, present, serve), and
only when it exists: tomllib is imported then, never by `kickoff check` and the commands that
print and exit. It holds one setting today, `theme`; other keys are left as they are. A bad
value is one line naming the file, the line and what is allowed (a SettingsError, exit 2).

Saving (the command palette's theme switch) rewrites the `theme = ...` line alone, so every
other byte of the file (comments, other keys, their order) stays as the user wrote it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from kickoff_tui import paths
from kickoff_tui.errors import KickoffError, Problem
from kickoff_tui.records import FrozenRecord
from kickoff_tui.text_safety import escaped_line

# The built-in themes, built by ui/themes.py (a test checks the two agree); "default" is the
# look kickoff has always had.
THEMES = ("default", "projector", "light", "high-contrast")
DEFAULT_THEME = "default"
THEME_KEY = "theme"

# a top-level `theme = ...` line (the key may be quoted); patterns, compiled when first used
_THEME_LINE = r"""^(\s*(?:theme|"theme"|'theme')\s*=\s*)(.*?)(\r?\n)?$"""
_TABLE_HEADER = r"^\s*\["
_TOML_WHERE = r"\s*\(at line (\d+), column (\d+)\)$"


_KINDS = {"int": "a number", "float": "a number", "bool": "true or false", "list": "a list"}
_KINDS["dict"] = "a table"


class SettingsError(KickoffError):
    """The settings file cannot be read or holds a bad value; the message is one line."""


class ThemeChoice(FrozenRecord):
    """The theme to start in, and the file the command palette's theme switch saves it to
    (None: the switch changes the look without saving, as in tests)."""

    __match_args__ = ("name", "file")
    __slots__ = __match_args__

    name: str
    file: Path | None

    def __init__(self, name: str = DEFAULT_THEME, file: Path | None = None) -> None:
        self._assign(name, file)


def theme_choices() -> str:
    """`default, projector, light or high-contrast`."""
    return ", ".join(THEMES[:-1]) + " or " + THEMES[-1]


def chosen_theme(flag: str | None) -> ThemeChoice:
    """--theme when given (the file is not read then), else the settings file's, else default."""
    file = paths.config_file()
    if flag is not None:
        if flag not in THEMES:
            raise SettingsError(
                f"--theme {escaped_line(flag)}: no such theme; choose {theme_choices()}"
            )
        return ThemeChoice(flag, file)
    return ThemeChoice(configured_theme(file) or DEFAULT_THEME, file)


def configured_theme(path: Path) -> str | None:
    """The file's `theme`, None when the file or the key is absent; SettingsError if bad."""
    text = _read(path)
    if text is None:
        return None
    data = _parse(path, text)
    if THEME_KEY not in data:
        return None
    value = data[THEME_KEY]
    line, col = theme_position(text)
    where = Problem(_shown(path), line, col, "")
    if not isinstance(value, str):
        shown = _KINDS.get(type(value).__name__, "a date or time")
        raise SettingsError(
            where.with_message(
                f'theme must be a name in quotes, e.g. theme = "projector" (not {shown}); '
                f"choose {theme_choices()}"
            ).format()
        )
    if value not in THEMES:
        raise SettingsError(
            where.with_message(
                f'theme "{escaped_line(value)}" is not a theme; choose {theme_choices()}'
            ).format()
        )
    return value


MAX_SETTINGS_BYTES = 64 * 1024  # a theme line and a few more: far below this


def _shown(path: Path) -> str:
    return escaped_line(str(path))


def _read(path: Path) -> str | None:
    from kickoff_tui.storage.small_file import NotRegularFile, read_small

    try:
        raw = read_small(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return None
    except NotRegularFile:  # a FIFO would block every start, /dev/zero fill the memory
        raise SettingsError(f"{_shown(path)}: is a FIFO or a device, not a settings file") from None
    except OSError as error:
        raise SettingsError(
            f"cannot read the settings file {_shown(path)}: {error.strerror or error}"
        ) from None
    if len(raw) > MAX_SETTINGS_BYTES:
        raise SettingsError(f"{_shown(path)}: is larger than 64 KiB; a settings file is small")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = Problem(_shown(path), line, 1, "not UTF-8 text; save it as UTF-8")
        raise SettingsError(problem.format()) from None


def _parse(path: Path, text: str) -> dict[str, Any]:
    import tomllib  # only when there is a file to read: see the module docstring

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = re.search(_TOML_WHERE, message)
        if found:
            line, col = int(found.group(1)), int(found.group(2))
            message = message[: found.start()]
        else:  # "(at end of document)"
            line, col = text.count("\n") + 1, 1
            message = message.replace(" (at end of document)", " at the end of the file")
        problem = Problem(_shown(path), line, col, f"not valid TOML: {escaped_line(message)}")
        raise SettingsError(problem.format()) from None


def theme_position(text: str) -> tuple[int, int]:
    """(line, column) of the top-level theme value, 1-based; (0, 0) when not found."""
    index = _theme_line_index(text.splitlines(keepends=True))
    if index is None:
        return 0, 0
    found = re.match(_THEME_LINE, text.splitlines(keepends=True)[index])
    assert found is not None
    return index + 1, len(found.group(1)) + 1


def _theme_line_index(lines: list[str]) -> int | None:
    """The index of the top-level `theme = ...` line (before any [table])."""
    for index, line in enumerate(lines):
        if re.match(_TABLE_HEADER, line):
            return None
        if re.match(_THEME_LINE, line):
            return index
    return None


# ----- saving (the command palette's theme switch) ---------------------------------------------


def save_theme(path: Path, name: str) -> None:
    """Set `theme = "name"` in the file, atomically, every other line kept byte for byte.

    Raises SettingsError (a mistake in the file: it is left alone) or OSError (the write)."""
    from kickoff_tui.storage.files import atomic_write

    target = path.resolve() if path.is_symlink() else path  # a dotfiles link stays a link
    text = _read(target) or ""
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, with_theme(target, text, name), overwrite=True)


def with_theme(path: Path, text: str, name: str) -> str:
    """`text` with its theme line set to `name` (added when there is none)."""
    before = _parse(path, text) if text.strip() else {}
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    index = _theme_line_index(lines)
    if index is not None:
        found = re.match(_THEME_LINE, lines[index])
        assert found is not None
        rest = _after_value(found.group(2))
        lines[index] = f'{found.group(1)}"{name}"{rest}{found.group(3) or ""}'
    else:
        at = _insert_at(lines)
        if at == len(lines) and lines and not lines[-1].endswith("\n"):
            lines[-1] += newline
        lines.insert(at, f'{THEME_KEY} = "{name}"{newline}')
    changed = "".join(lines)
    try:
        safe = _parse(path, changed) == {**before, THEME_KEY: name}
    except SettingsError:
        safe = False
    if not safe:  # e.g. a multi-line string: the line alone was not the whole value
        raise SettingsError(
            f"{_shown(path)}: could not change its theme line safely; "
            f'set theme = "{name}" there by hand'
        )
    return changed


def _after_value(value_and_comment: str) -> str:
    """What follows the value on its line (spaces and a comment), kept as it was."""
    text = value_and_comment
    end = len(text)
    if text.startswith('"'):
        index = 1
        while index < len(text) and text[index] != '"':
            index += 2 if text[index] == "\\" else 1
        end = index + 1
    elif text.startswith("'"):
        close = text.find("'", 1)
        end = close + 1 if close > 0 else len(text)
    else:
        hash_at = text.find("#")
        end = len(text[:hash_at].rstrip()) if hash_at >= 0 else len(text.rstrip())
    return text[end:]


def _insert_at(lines: list[str]) -> int:
    """Where a new top-level key goes: before the first [table] and the comments just above it."""
    for index, line in enumerate(lines):
        if re.match(_TABLE_HEADER, line):
            while index > 0 and lines[index - 1].lstrip().startswith("#"):
                index -= 1
            return index
    return len(lines)
