"""Golden minutes: fixed journals must render to these exact bytes, and the docs example too.

Regenerate after an intended format change with:
    KICKOFF_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/golden -q
then review the diff (git diff tests/golden docs/minutes-format.md) before committing.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from kickoff_tui import __version__
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.storage.journal import read_journal

HERE = Path(__file__).parent
DOCS = HERE.parent.parent / "docs" / "minutes-format.md"
REGENERATE = os.environ.get("KICKOFF_REGEN_GOLDEN") == "1"
EXAMPLE = re.compile(
    r"(<!-- example:start -->\n\n````markdown\n)(.*?)(````\n\n<!-- example:end -->)", re.S
)
CASES = [
    ("kickoff-journal.jsonl", "kickoff-minutes.md"),
    ("crashed-journal.jsonl", "crashed-minutes.md"),
    ("follow-up-journal.jsonl", "follow-up-minutes.md"),
]


def _session(journal: str) -> Session:
    read = read_journal(HERE / journal)
    assert read.warnings == []
    return session_from_events(read.events)


def _render(journal: str) -> str:
    # The generator line carries the installed version; the golden file pins a neutral one
    # so a version bump does not churn it.
    return render(_session(journal)).replace(f"kickoff-tui {__version__}", "kickoff-tui VERSION")


@pytest.mark.parametrize(("journal", "golden"), CASES)
def test_minutes_match_golden_file_byte_for_byte(journal: str, golden: str) -> None:
    produced = _render(journal).encode("utf-8")
    path = HERE / golden
    if REGENERATE:
        path.write_bytes(produced)
    assert produced == path.read_bytes(), f"minutes differ from {path}; see module docstring"


def test_rendering_twice_gives_identical_bytes() -> None:
    assert render(_session(CASES[0][0])) == render(_session(CASES[0][0]))


def test_docs_example_is_the_generated_golden_minutes() -> None:
    text = DOCS.read_text(encoding="utf-8")
    match = EXAMPLE.search(text)
    assert match, "docs/minutes-format.md lost its example markers"
    produced = _render(CASES[0][0])
    if REGENERATE:
        text = text[: match.start(2)] + produced + text[match.end(2) :]
        DOCS.write_text(text, encoding="utf-8")
        match = EXAMPLE.search(text)
        assert match
    assert match.group(2) == produced, "docs example is stale; see module docstring"
