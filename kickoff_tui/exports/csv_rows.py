"""Action items and decisions as CSV, one row each, for Jira's CSV import, Linear and
spreadsheets.

UTF-8 with a byte order mark (Excel reads UTF-8 only with one; Python's "utf-8-sig", Jira and
LibreOffice skip it), every cell quoted, rows ending in CRLF as RFC 4180 has them.

Spreadsheet formula injection (OWASP "CSV Injection"): a cell that a spreadsheet would read as
a formula, one starting with =, +, -, @, a tab or a carriage return (after any leading spaces,
which some importers trim), gets a leading apostrophe, so Excel and LibreOffice show it as
text. `cell` is the one place that decides it.
"""

from __future__ import annotations

import csv
import io

from kickoff_tui.domain.record import EntryRecord, MeetingRecord
from kickoff_tui.exports import Source
from kickoff_tui.text_safety import safe_text

HEADER = (
    "Summary",
    "Description",
    "Assignee",
    "Due Date",
    "Type",
    "Labels",
    "Meeting",
    "Item",
    "Status",
)
TYPES = {"action": "Task", "decision": "Decision"}
LABEL = "kickoff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: str) -> str:
    """The text as a spreadsheet shows it and never evaluates it, with control characters
    (but tab and newline) made visible as on every screen, so printing the file is safe."""
    value = safe_text(value)
    if value.lstrip(" \n").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def rows(record: MeetingRecord) -> list[tuple[str, ...]]:
    """Action items, then decisions, each in the order they were captured."""
    chosen = [*record.entries_of("action"), *record.entries_of("decision")]
    return [_row(record, entry) for entry in chosen]


def _row(record: MeetingRecord, entry: EntryRecord) -> tuple[str, ...]:
    return (
        entry.summary,
        entry.body,
        entry.owner,
        entry.due or "",
        TYPES[entry.kind],
        LABEL,
        record.meeting.label,
        entry.item_label,
        entry.status,
    )


def write(source: Source) -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(tuple(cell(value) for value in row) for row in rows(source.record))
    return "\ufeff" + out.getvalue()
