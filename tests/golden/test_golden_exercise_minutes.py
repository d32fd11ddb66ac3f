"""Golden minutes sections for the five kickoff exercises, from a fixed journal, byte for byte.

The journal was written from tests/unit/exercise_sample.py `run_exercises()`. Regenerate the
sections after an intended format change with:
    KICKOFF_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/golden -q
then review the diff before committing.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.storage.journal import read_journal

HERE = Path(__file__).parent
DOCS = HERE.parent.parent / "docs" / "minutes-format.md"
EXAMPLE = re.compile(
    r"(<!-- exercise-example:start -->\n\n````markdown\n)(.*?)"
    r"(````\n\n<!-- exercise-example:end -->)",
    re.S,
)
REGENERATE = os.environ.get("KICKOFF_REGEN_GOLDEN") == "1"
SECTIONS = [
    ("Stakeholder map", "exercise-stakeholder-map.md"),
    ("Fit check", "exercise-fit-check.md"),
    ("Success criteria", "exercise-success-criteria.md"),
    ("Communication plan", "exercise-comms-plan.md"),
    ("Risk register", "exercise-risks.md"),
]


def _session() -> Session:
    read = read_journal(HERE / "exercises-journal.jsonl")
    assert read.warnings == []
    return session_from_events(read.events)


def section(minutes: str, title: str) -> str:
    """One `## title` section, its heading included, up to the next `## ` heading."""
    start = minutes.index(f"\n## {title}\n") + 1
    end = minutes.find("\n## ", start)
    return minutes[start : end + 1 if end != -1 else len(minutes)]


@pytest.mark.parametrize(("title", "golden"), SECTIONS)
def test_exercise_section_matches_golden_file_byte_for_byte(title: str, golden: str) -> None:
    produced = section(render(_session()), title).encode("utf-8")
    path = HERE / golden
    if REGENERATE:
        path.write_bytes(produced)
    assert produced == path.read_bytes(), f"{title} differs from {path}; see module docstring"


def test_exercise_sections_come_before_the_notes_in_exercise_order() -> None:
    headings = [line[3:] for line in render(_session()).splitlines() if line.startswith("## ")]
    wanted = [title for title, _ in SECTIONS]
    assert [h for h in headings if h in wanted] == wanted
    assert headings.index("Risk register") < headings.index("Notes")
    assert "Risks" in headings  # the plain list of risks stays too


def test_exercise_minutes_pass_markdownlint() -> None:
    sys.path.insert(0, str(HERE.parent / "unit"))
    from test_minutes_lint import findings

    assert findings(render(_session())) == []


def exercise_sections(minutes: str) -> str:
    """From the first exercise section up to the Notes that follow the last one."""
    start = minutes.index(f"\n## {SECTIONS[0][0]}\n") + 1
    return minutes[start : minutes.index("\n## Notes\n", start) + 1]


def test_docs_exercise_example_is_the_generated_sections() -> None:
    text = DOCS.read_text(encoding="utf-8")
    match = EXAMPLE.search(text)
    assert match, "docs/minutes-format.md lost its exercise example markers"
    produced = exercise_sections(render(_session()))
    if REGENERATE:
        text = text[: match.start(2)] + produced + text[match.end(2) :]
        DOCS.write_text(text, encoding="utf-8")
        match = EXAMPLE.search(text)
        assert match
    assert match.group(2) == produced, "docs exercise example is stale; see module docstring"
