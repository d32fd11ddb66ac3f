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

from kickoff_tui.domain.follow_up_record import EarlierActionRecord, FollowUpRecord
from kickoff_tui.domain.record import (
    SUMMARY_LIMIT,
    EntryRecord,
    MeetingRecord,
    item_label,
    one_line,
)
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
    """Action items, then the earlier meetings' open actions gone through in a follow-up
    (Status done, open or dropped), then decisions; each in the order they were captured."""
    found = [_row(record, entry) for entry in record.entries_of("action")]
    found += [
        _earlier_row(record, follow_up, action)
        for follow_up in record.follow_up
        for action in follow_up.actions
    ]
    return found + [_row(record, entry) for entry in record.entries_of("decision")]


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


def _earlier_row(
    record: MeetingRecord, follow_up: FollowUpRecord, action: EarlierActionRecord
) -> tuple[str, ...]:
    """An earlier action: its text, where it came from and what this meeting said about it."""
    if action.status == "dropped":
        said = f"dropped by {action.dropped_by}" if action.dropped_by else "dropped"
    else:
        said = "still open" if action.status == "open" else "done"
    origin = f"An open action {follow_up.origin} ({follow_up.source or 'no source'}): {said}."
    title = record.items[follow_up.item - 1].title if follow_up.item <= len(record.items) else ""
    return (
        one_line(action.text, SUMMARY_LIMIT) or "(no text)",
        f"{action.text}\n\n{origin}",
        action.owner,
        action.due or "",
        TYPES["action"],
        LABEL,
        record.meeting.label,
        item_label(follow_up.item, title),
        action.status,
    )


def write(source: Source) -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(tuple(cell(value) for value in row) for row in rows(source.record))
    return "\ufeff" + out.getvalue()
