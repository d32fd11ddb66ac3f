"""Golden files for every export format, from the same journals as the golden minutes.

Regenerate after an intended format change with:
    KICKOFF_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/golden -q
then read the diff (git diff tests/golden) before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from kickoff_tui import __version__
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.exports import FORMATS, Source, write
from kickoff_tui.storage.journal import read_journal

HERE = Path(__file__).parent
SCHEMA = HERE.parent.parent / "docs" / "minutes.schema.json"
REGENERATE = os.environ.get("KICKOFF_REGEN_GOLDEN") == "1"
JOURNALS = {
    "kickoff": "kickoff-journal.jsonl",
    "exercises": "exercises-journal.jsonl",
    # a follow-up meeting (--follow-up from a hand-written task list, hostile text): each
    # earlier action done, still open with a new due date and owner, or dropped (by @name, by
    # the facilitator, and one journaled before `by` existed)
    "follow-up": "follow-up-journal.jsonl",
}
EXPORTED = ["html", "json", "csv", "gh", "ics"]


def exported(journal: str, name: str) -> str:
    session = session_from_events(read_journal(HERE / JOURNALS[journal]).events)
    text = write(name, Source(session))
    # the golden files pin a neutral version, so a version bump does not churn them
    return text.replace(f"kickoff-tui {__version__}", "kickoff-tui VERSION")


@pytest.mark.parametrize("journal", sorted(JOURNALS))
@pytest.mark.parametrize("name", EXPORTED)
def test_export_matches_golden_file_byte_for_byte(journal: str, name: str) -> None:
    produced = exported(journal, name).encode("utf-8")
    path = HERE / f"{journal}-export{FORMATS[name].suffix}"
    if REGENERATE:
        path.write_bytes(produced)
    assert produced == path.read_bytes(), f"{name} export differs from {path}; see docstring"


@pytest.mark.parametrize("journal", sorted(JOURNALS))
def test_golden_json_validates_against_the_shipped_schema(journal: str) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(exported(journal, "json")), schema)


def test_json_is_deterministic_and_versioned() -> None:
    first = exported("kickoff", "json")
    assert first == exported("kickoff", "json")
    assert first.startswith('{\n  "version": 2,\n')
