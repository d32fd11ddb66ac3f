"""The bundled agendas: find them, summarise them, and turn a name into a path.

Summaries are read with a plain YAML load, not the validating loader: listing must stay cheap
and must still work if one bundled file were damaged (that file shows "?" instead).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kickoff_tui.domain.durations import DurationError, parse_duration
from kickoff_tui.errors import KickoffError
from kickoff_tui.paths import bundled_agendas_dir

SUFFIXES = (".yaml", ".yml")


class TemplateNotFound(KickoffError):
    """A template name that matches no bundled agenda."""


@dataclass(frozen=True)
class TemplateSummary:
    """One line of `kickoff templates`."""

    name: str
    path: Path
    length: int | None  # seconds: meeting.length, else the sum of the timeboxes; None if unknown
    items: int | None  # None when the file cannot be read
    purpose: str


def template_paths(folder: Path | None = None) -> dict[str, Path]:
    """Bundled agenda files by name (file stem), sorted by name."""
    folder = bundled_agendas_dir() if folder is None else folder
    if not folder.is_dir():
        raise KickoffError(
            f"no bundled agendas found in {folder}; the installation looks incomplete, "
            "reinstall kickoff-tui"
        )
    found = {p.stem: p for p in folder.iterdir() if p.suffix in SUFFIXES and p.is_file()}
    return dict(sorted(found.items()))


def template_names(folder: Path | None = None) -> list[str]:
    return list(template_paths(folder))


def resolve_template(name: str, folder: Path | None = None) -> Path:
    """The bundled file for a name; `client-kickoff`, `client-kickoff.yaml` and case variants work.

    Raises TemplateNotFound with a "did you mean" suggestion, or the list of names.
    """
    paths = template_paths(folder)
    wanted = _normalise(name)
    if wanted in paths:
        return paths[wanted]
    raise TemplateNotFound(_unknown_message(name, wanted, list(paths)))


def summarise(name: str, path: Path) -> TemplateSummary:
    """Name, planned length, item count and purpose of one agenda file, never raising."""
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return TemplateSummary(name, path, None, None, "(cannot be read)")
    if not isinstance(raw, dict):
        return TemplateSummary(name, path, None, None, "(not an agenda)")
    items = raw.get("items")
    items = items if isinstance(items, list) else []
    meeting = raw.get("meeting")
    meeting = meeting if isinstance(meeting, dict) else {}
    length = _seconds(meeting.get("length"))
    if length is None:
        timeboxes = [_seconds(i.get("timebox")) if isinstance(i, dict) else None for i in items]
        length = None if None in timeboxes or not timeboxes else sum(t or 0 for t in timeboxes)
    purpose = raw.get("purpose")
    purpose = " ".join(purpose.split()) if isinstance(purpose, str) else ""
    return TemplateSummary(name, path, length, len(items), purpose)


def list_templates(folder: Path | None = None) -> list[TemplateSummary]:
    return [summarise(name, path) for name, path in template_paths(folder).items()]


def _normalise(name: str) -> str:
    stem = name.strip()
    for suffix in SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    return stem.lower().replace("_", "-").replace(" ", "-")


def _unknown_message(shown: str, wanted: str, names: list[str]) -> str:
    if not names:
        return f"unknown template '{shown}': no bundled agendas are installed"
    close = difflib.get_close_matches(wanted, names, n=1, cutoff=0.6)
    # "client" or "handover" should still find the template they are part of
    partial = [n for n in names if wanted and wanted in n]
    hint = close[0] if close else (partial[0] if len(partial) == 1 else "")
    if hint:
        return f"unknown template '{shown}'; did you mean '{hint}'? (see: kickoff templates)"
    return f"unknown template '{shown}'; choose one of: {', '.join(names)}"


def _seconds(value: object) -> int | None:
    # bool is an int in Python, and YAML 1.1 turns `no` into False: never a duration
    if value is None or isinstance(value, bool):
        return None
    try:
        return parse_duration(str(value))
    except DurationError:
        return None
