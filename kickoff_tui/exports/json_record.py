"""The whole meeting as JSON: the record's fields in their declared order, with a version.

Deterministic: the same journal gives the same bytes (keys in a fixed order, no "now").
The shape is docs/minutes.schema.json (shipped in the package as kickoff_tui/minutes.schema.json);
a change to it raises VERSION.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from kickoff_tui.domain.record import MeetingRecord
from kickoff_tui.exports import Source

VERSION = 1
SCHEMA_ID = "https://kickoff-tui.invalid/minutes.schema.json"


def data(record: MeetingRecord) -> dict[str, Any]:
    """The JSON document as Python data: `version` first, then the record."""
    return {"version": VERSION, **asdict(record)}


def escaped(value: Any) -> str:
    """The one JSON escaping: json.dumps, non-ASCII kept readable; U+2028/2029 escaped too,
    so the text is also safe pasted into JavaScript."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def write(source: Source) -> str:
    return escaped(data(source.record)) + "\n"
