"""A reviewable shell script of `gh issue create` lines, one per action item.

Every value on a `gh` line goes through `word`, the one quoting function of this format:
control characters become visible ones first (text_safety.safe_text: an ESC shows as ␛,
exactly as on the screens), so the script holds no raw control character but newlines and
tabs, which a single-quoted sh word keeps as they are; then shlex.quote makes it one literal
argument that no shell expands ($(...), backticks, ;, quotes and globs are plain text).
No meeting text appears outside a quoted word: the comments are kickoff's own.
"""

from __future__ import annotations

import shlex

from kickoff_tui.domain.record import EntryRecord, MeetingRecord
from kickoff_tui.exports import Source
from kickoff_tui.text_safety import safe_text

HEADER = """\
#!/bin/sh
# GitHub issues for the action items of a kickoff meeting, written by kickoff-tui.
#
# Review it first: each line below is one `gh issue create` with its title, body and,
# for someone with a `github:` login in the agenda, an assignee. Delete the lines you do not
# want, edit what you like; every value is a single-quoted word, so nothing in a captured text
# runs as a command.
#
# Run it inside a clone of the repository the issues belong to (or add --repo OWNER/NAME to
# each line), signed in with `gh auth login`:
#     sh THIS-FILE
#
# --assignee takes GitHub logins, not names, so it is left out for people whose agenda entry
# has no `github:` field (see docs/agenda-format.md); assign those in GitHub.
# It stops at the first line that fails: delete the lines already done before running it again.
set -e
"""


def word(text: str) -> str:
    """One shell word that is exactly `text` made visible: the quoting of this format."""
    return shlex.quote(safe_text(text))


def body(record: MeetingRecord, entry: EntryRecord) -> str:
    owner = entry.owner or "no owner"
    if entry.owner and not entry.owner_known:
        owner += " (not an attendee)"
    due = f"due {entry.due}" if entry.due else "no due date"
    return (
        f"{entry.body}\n\n"
        f"Owner: {owner}; {due}.\n"
        f"From the meeting {record.meeting.label}, {entry.item_label}."
    )


def command(record: MeetingRecord, entry: EntryRecord) -> str:
    words = ["gh", "issue", "create", "--title", word(entry.summary)]
    words += ["--body", word(body(record, entry))]
    person = record.person(entry.owner) if entry.owner else None
    if person is not None and person.github:
        words += ["--assignee", word(person.github)]
    return " ".join(words)


def write(source: Source) -> str:
    record = source.record
    actions = record.entries_of("action")
    lines = [HEADER]
    if not actions:
        lines.append("# This meeting recorded no action items.\n")
    lines += [command(record, entry) + "\n" for entry in actions]
    return "".join(lines)
