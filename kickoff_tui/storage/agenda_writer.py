"""New text for an edit: a value written as YAML at a given place, in this file's style.

Scalars go through yaml_scalar's forms (each checked to read back exactly); durations keep
the form their line used; keys are plain words. Each result comes with the data it reads as.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.nodes import ScalarNode

from kickoff_tui.domain.durations import (
    DurationError,
    check_seconds,
    format_duration,
    parse_duration,
)
from kickoff_tui.storage.yaml_layout import EditError
from kickoff_tui.storage.yaml_scalar import (
    AFTER_DASH,
    AFTER_KEY,
    IN_FLOW,
    Data,
    reads_back,
    scalar_forms,
)
from kickoff_tui.text_safety import char_name, first_control

Key = str | int
FieldPath = tuple[Key, ...]
# What an edit writes: text, a number, true/false, a list, or a mapping of keys.
Value = str | int | bool | list[Any] | dict[str, Any]

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_MINUTE_WORDS = ("m", "min", "mins", "minute", "minutes")
_HOUR_WORDS = ("h", "hr", "hrs", "hour", "hours")
_ONE_UNIT = re.compile(r"(\d+(?:\.\d+)?)(\s*)([a-z]+)")


def shown(path: FieldPath) -> str:
    """`items[2].timebox`: a field path as people read it in a message."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text or "the agenda"


def is_duration_field(path: FieldPath) -> bool:
    return path == ("meeting", "length") or (
        len(path) == 3 and path[0] == "items" and path[2] == "timebox"
    )


class Writer:
    """Writes new values for one text. `safest` writes every new text double-quoted: the
    document asks for that when the preferred form did not read back (it always does)."""

    def __init__(self, newline: str, list_indent: int, map_indent: int, *, safest: bool) -> None:
        self.newline = newline
        self.list_indent, self.map_indent = list_indent, map_indent
        self.safest = safest
        self.duration_sample: str | None = None  # how this file writes a timebox, for new ones

    def after_key(self, value: Value, column: int, path: FieldPath) -> tuple[str, Data]:
        """What follows `key:` for a new value of a key at `column`."""
        newline = self.newline
        if isinstance(value, dict):
            if not value:
                return " {}", []
            inner = column + self.map_indent
            parts, data = [], []
            for name, child in value.items():
                key_text, key_data = self.key(name)
                text, child_data = self.after_key(child, inner, (*path, name))
                parts.append(newline + " " * inner + key_text + ":" + text)
                data.append([key_data, child_data])
            return "".join(parts), data
        if isinstance(value, list):
            if not value:
                return " []", []
            dash = column + self.list_indent
            entries = [
                self.entry(child, dash, None, (*path, number)) for number, child in enumerate(value)
            ]
            return "".join(newline + text for text, _ in entries), [d for _, d in entries]
        text, data = self.scalar(value, AFTER_KEY, column, None, path)
        return " " + text, data

    def entry(
        self, value: Value, dash: int, prefer: str | None = None, path: FieldPath = ()
    ) -> tuple[str, Data]:
        """One new list entry at `dash`, from its line start, without the final line break."""
        if isinstance(value, list):
            raise EditError(f"{shown(path)}: a list inside a list is not part of an agenda")
        if isinstance(value, dict):
            if not value:
                return " " * dash + "- {}", []
            column = dash + 2
            parts, data = [], []
            for number, (name, child) in enumerate(value.items()):
                key_text, key_data = self.key(name)
                text, child_data = self.after_key(child, column, (*path, name))
                lead = " " * dash + "- " if number == 0 else self.newline + " " * column
                parts.append(lead + key_text + ":" + text)
                data.append([key_data, child_data])
            return "".join(parts), data
        text, data = self.scalar(value, AFTER_DASH, dash, prefer, path)
        return " " * dash + "- " + text, data

    def flow_list(self, values: list[Any], path: FieldPath) -> tuple[str, Data]:
        forms = [self.scalar(value, IN_FLOW, 0, None, path) for value in values]
        return "[" + ", ".join(text for text, _ in forms) + "]", [data for _, data in forms]

    def scalar(
        self,
        value: Value,
        place: str,
        column: int,
        prefer: str | None,
        path: FieldPath,
        old: ScalarNode | None = None,
    ) -> tuple[str, Data]:
        if isinstance(value, list | dict):
            raise EditError(f"{shown(path)}: expected a single value here")
        if is_duration_field(path):
            typed = str(old.value) if old is not None else self.duration_sample
            return _duration_form(value, typed, path)
        if isinstance(value, str):
            _check_text(value, path)
        forms = scalar_forms(value, place=place, column=column, prefer=prefer)
        return forms[-1] if self.safest else forms[0]

    def key(self, name: str) -> tuple[str, Data]:
        if (
            not isinstance(name, str)
            or not _KEY.fullmatch(name)
            or not reads_back(name, name, AFTER_KEY)
        ):
            raise EditError(f"{name!r} cannot be a key; keys are words like 'timebox'")
        return name, ("tag:yaml.org,2002:str", name)

    # -- splicing ----------------------------------------------------------------------------------


def _check_text(value: str, path: FieldPath) -> None:
    """Text the loader would refuse is refused here, before it reaches the file."""
    control = first_control(value, allowed="\t\n")
    if control is not None:
        raise EditError(f"{shown(path)}: control character {char_name(control)} is not allowed")
    if any("\ud800" <= char <= "\udfff" for char in value):
        raise EditError(f"{shown(path)}: the text holds a broken character (a lone surrogate)")


def _duration_form(value: Value, old: str | None, path: FieldPath) -> tuple[str, Data]:
    """A duration written as the line wrote it before: `10`, `10m`, `10 min`, ..."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise EditError(f"{shown(path)}: expected a duration like '10m'")
    try:
        seconds = parse_duration(value) if isinstance(value, str) else value
        check_seconds(seconds, format_duration(seconds))
    except DurationError as exc:
        raise EditError(f"{shown(path)}: {exc}") from None
    text = format_duration(seconds)
    raw = (old or "").strip().lower()
    one_unit = _ONE_UNIT.fullmatch(raw)
    if raw.isdecimal() and seconds % 60 == 0:
        text = str(seconds // 60)
    elif one_unit is not None:
        _, space, word = one_unit.groups()
        for words, size in ((_MINUTE_WORDS, 60), (_HOUR_WORDS, 3600)):
            if word in words and seconds % size == 0:
                count = seconds // size
                if word in ("minute", "minutes", "hour", "hours"):
                    word = word.removesuffix("s") + ("" if count == 1 else "s")
                text = f"{count}{space}{word}"
    tag = "int" if text.isdecimal() else "str"
    return text, (f"tag:yaml.org,2002:{tag}", text)
