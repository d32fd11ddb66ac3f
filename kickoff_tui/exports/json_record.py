"""The whole meeting as JSON: the record's fields in their declared order, with a version.

Deterministic: the same journal gives the same bytes (keys in a fixed order, no "now").
The shape is docs/minutes.schema.json (shipped in the package as kickoff_tui/minutes.schema.json);
a change to it raises VERSION.

Layout: one top-level key per line, and one line per person, item, entry or stakeholder, so
a diff of two exports reads line by line. Each line is encoded by json's C encoder (an
`indent` would switch to its pure-Python one: ~10 times slower for a 2,000-entry meeting).
"""

from __future__ import annotations

import json
from dataclasses import is_dataclass
from typing import Any

from kickoff_tui.domain.record import MeetingRecord
from kickoff_tui.exports import Source
from kickoff_tui.text_safety import json_safe

VERSION = 2  # 2: follow_up (the earlier meetings' open actions and their status)
SCHEMA_ID = "https://kickoff-tui.invalid/minutes.schema.json"
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def plain(value: Any) -> Any:
    """Records as dicts in field order, tuples as lists (dataclasses.asdict, without its
    deep copies: a record's __dict__ holds its fields in declaration order)."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in vars(value).items()}
    return value


def data(record: MeetingRecord) -> dict[str, Any]:
    """The JSON document as Python data: `version` first, then the record."""
    found: dict[str, Any] = {"version": VERSION, **plain(record)}
    return found


def escaped(value: Any) -> str:
    """The one JSON encoding: non-ASCII kept readable; DEL, C1 controls (which a terminal
    acts on) and U+2028/2029 (which end a line in JavaScript) escaped, the same data."""
    return json_safe(_ENCODER.encode(value))


def write(source: Source) -> str:
    lines = []
    for key, value in data(source.record).items():
        if isinstance(value, list) and value:
            inner = ",\n".join(f"    {escaped(item)}" for item in value)
            shown = f"[\n{inner}\n  ]"
        else:
            shown = escaped(value)
        lines.append(f"  {escaped(key)}: {shown}")
    return "{\n" + ",\n".join(lines) + "\n}\n"
