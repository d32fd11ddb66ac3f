"""Golden `## Charter` sections, from the fixed journals, byte for byte, and the docs example.

Regenerate after an intended format change with:
    KICKOFF_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/golden -q
then review the diff (git diff tests/golden docs/minutes-format.md) before committing.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import jsonschema
import pytest

from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.exports import Source, write
from kickoff_tui.storage.journal import read_journal

HERE = Path(__file__).parent
DOCS = HERE.parent.parent / "docs" / "minutes-format.md"
REGENERATE = os.environ.get("KICKOFF_REGEN_GOLDEN") == "1"
EXAMPLE = re.compile(
    r"(<!-- charter-example:start -->\n\n````markdown\n)(.*?)"
    r"(````\n\n<!-- charter-example:end -->)",
    re.S,
)
CASES = [
    ("charter-journal.jsonl", "charter-full.md"),  # every exercise: tests/unit/charter_sample.py
    ("exercises-journal.jsonl", "charter-exercises.md"),
    ("kickoff-journal.jsonl", "charter-kickoff.md"),
]


def _session(journal: str) -> Session:
    read = read_journal(HERE / journal)
    assert read.warnings == []
    return session_from_events(read.events)


def charter(minutes: str) -> str:
    """The `## Charter` section, its heading included, up to the next `## ` heading."""
    start = minutes.index("\n## Charter\n") + 1
    return minutes[start : minutes.index("\n## ", start) + 1]


@pytest.mark.parametrize(("journal", "golden"), CASES)
def test_charter_matches_golden_file_byte_for_byte(journal: str, golden: str) -> None:
    produced = charter(render(_session(journal))).encode("utf-8")
    path = HERE / golden
    if REGENERATE:
        path.write_bytes(produced)
    assert produced == path.read_bytes(), f"the charter differs from {path}; see docstring"


@pytest.mark.parametrize(("journal", "golden"), CASES)
def test_charter_is_the_first_section_after_the_summary(journal: str, golden: str) -> None:
    headings = [line for line in render(_session(journal)).splitlines() if line.startswith("## ")]
    assert headings[:2] == ["## Charter", "## Attendees"]


def test_docs_charter_example_is_the_generated_section() -> None:
    text = DOCS.read_text(encoding="utf-8")
    match = EXAMPLE.search(text)
    assert match, "docs/minutes-format.md lost its charter example markers"
    produced = charter(render(_session(CASES[0][0])))
    if REGENERATE:
        text = text[: match.start(2)] + produced + text[match.end(2) :]
        DOCS.write_text(text, encoding="utf-8")
        match = EXAMPLE.search(text)
        assert match
    assert match.group(2) == produced, "docs charter example is stale; see module docstring"


def test_every_part_of_the_full_charter_is_shown() -> None:
    labels = [
        line for line in charter(render(_session(CASES[0][0]))).splitlines() if line[:2] == "**"
    ]
    assert [label.split(":**")[0] + ":**" for label in labels] == [
        "**Goal:**",
        "**Success criteria:**",
        "**Scope:**",
        "**Trade-offs:**",
        "**Who approves what:**",
        "**Milestones:**",
        "**Top risks:**",
        "**Communication rhythm:**",
        "**Escalation:**",
        "**Next meeting:**",
        "**Not yet aligned (10):**",
    ]


def test_the_full_charter_passes_the_linter_and_its_json_the_schema() -> None:
    sys.path.insert(0, str(HERE.parent / "unit"))
    from test_minutes_lint import findings

    session = _session(CASES[0][0])
    assert findings(render(session)) == []
    schema = json.loads((HERE.parent.parent / "docs" / "minutes.schema.json").read_text("utf-8"))
    data = json.loads(write("json", Source(session)))
    jsonschema.validate(data, schema)
    assert len(data["charter"]["not_aligned"]) == 10
    assert data["charter"]["decision_rights"][3] == {
        "area": "Hosting and security",
        "approvers": [],
    }
