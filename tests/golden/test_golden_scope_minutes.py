"""Golden minutes sections for scope and trade-offs, from a fixed journal, byte for byte.

The journal was written from tests/unit/scope_sample.py `run_scope_exercises()`. Regenerate the
sections after an intended format change with:
    KICKOFF_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/golden/test_golden_scope_minutes.py
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
from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.storage.journal import read_journal

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "unit"))
REGENERATE = os.environ.get("KICKOFF_REGEN_GOLDEN") == "1"
SECTIONS = [("Scope", "scope-scope.md"), ("Trade-offs", "scope-trade-offs.md")]


def _session() -> Session:
    read = read_journal(HERE / "scope-journal.jsonl")
    assert read.warnings == []
    return session_from_events(read.events)


@pytest.mark.parametrize(("title", "golden"), SECTIONS)
def test_scope_section_matches_golden_file_byte_for_byte(title: str, golden: str) -> None:
    produced = section(render(_session()), title).encode("utf-8")
    path = HERE / golden
    if REGENERATE:
        path.write_bytes(produced)
    assert produced == path.read_bytes(), f"{title} differs from {path}; see module docstring"


def test_the_journal_is_what_the_sample_builder_writes() -> None:
    from scope_sample import run_scope_exercises

    _, journal = run_scope_exercises()
    written = "".join(event.to_json() + "\n" for event in journal.events)
    assert written == (HERE / "scope-journal.jsonl").read_text(encoding="utf-8")


def test_scope_and_trade_offs_come_after_the_entry_lists_and_before_the_notes() -> None:
    headings = [line[3:] for line in render(_session()).splitlines() if line.startswith("## ")]
    assert headings.index("Attendees") < headings.index("Scope") < headings.index("Trade-offs")
    assert headings.index("Parking lot") < headings.index("Scope")
    assert headings.index("Trade-offs") < headings.index("Notes")


def test_scope_minutes_pass_pymarkdownlnt() -> None:
    from test_minutes_lint import findings

    assert findings(render(_session())) == []


def test_scope_minutes_and_sections_pass_markdownlint(tmp_path: Path) -> None:
    from test_minutes_markdownlint import lint

    documents = {"scope-minutes": render(_session())}
    for _, golden in SECTIONS:
        cut = (HERE / golden).read_text(encoding="utf-8").rstrip("\n")
        documents[golden.removesuffix(".md")] = f"# Minutes\n\n{cut}\n"
    assert lint(documents, tmp_path) == {}
