"""Golden minutes sections for decision rights and milestones, from a fixed journal, byte for byte.

The journal was written from tests/unit/rights_sample.py `run_rights()`. Regenerate the
sections after an intended format change with:
    KICKOFF_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/golden/test_golden_rights_minutes.py
then review the diff before committing. The same minutes are linted with pymarkdownlnt here and
with markdownlint itself (tests/unit/test_minutes_markdownlint.py's runner).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from test_golden_exercise_minutes import section

from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.record import build_record
from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.storage.journal import read_journal

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "unit"))
REGENERATE = os.environ.get("KICKOFF_REGEN_GOLDEN") == "1"
SECTIONS = [
    ("Decision rights", "rights-decision-rights.md"),
    ("Milestones", "rights-milestones.md"),
]


def _session() -> Session:
    read = read_journal(HERE / "rights-journal.jsonl")
    assert read.warnings == []
    return session_from_events(read.events)


@pytest.mark.parametrize(("title", "golden"), SECTIONS)
def test_rights_section_matches_golden_file_byte_for_byte(title: str, golden: str) -> None:
    produced = section(render(_session()), title).encode("utf-8")
    path = HERE / golden
    if REGENERATE:
        path.write_bytes(produced)
    assert produced == path.read_bytes(), f"{title} differs from {path}; see module docstring"


def test_rights_sections_follow_the_other_exercises_and_come_before_the_notes() -> None:
    headings = [line[3:] for line in render(_session()).splitlines() if line.startswith("## ")]
    assert headings.index("Stakeholder map") < headings.index("Decision rights")
    assert headings.index("Decision rights") < headings.index("Milestones")
    assert headings.index("Milestones") < headings.index("Notes")


def test_the_journal_replays_into_the_record_the_charter_reads() -> None:
    found = build_record(_session()).exercises
    (matrix,) = found["decision_rights"]
    assert matrix["model"] == "raci" and matrix["item"] == 7
    assert [a["approvers"] for a in matrix["areas"]][:3] == [
        ["Claire Dubois"],
        ["Ben Okafor"],
        ["Ben Okafor", "Claire Dubois"],
    ]
    assert len(matrix["flags"]) == 5
    assert [m["deliverable"] for m in found["milestones"]][:2] == [
        "Kick-off deck",
        "Design sign-off",
    ]


def test_rights_minutes_pass_pymarkdownlnt() -> None:
    from test_minutes_lint import findings

    assert findings(render(_session())) == []


def test_rights_minutes_and_sections_pass_markdownlint(tmp_path: Path) -> None:
    from test_minutes_markdownlint import lint

    documents = {"rights-minutes": render(_session())}
    for _, golden in SECTIONS:
        cut = (HERE / golden).read_text(encoding="utf-8").rstrip("\n")
        documents[golden.removesuffix(".md")] = f"# Minutes\n\n{cut}\n"
    assert lint(documents, tmp_path) == {}


def test_the_json_export_of_the_rights_journal_fits_the_schema() -> None:
    import json

    import jsonschema

    from kickoff_tui.exports.json_record import data

    schema = json.loads((HERE.parent.parent / "docs" / "minutes.schema.json").read_text("utf-8"))
    exported = data(build_record(_session()))
    jsonschema.validate(exported, schema)
    assert {"decision_rights", "milestones"} <= set(exported["exercises"])
