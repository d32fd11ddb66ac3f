"""Minutes pass markdownlint (the linter behind the VS Code extension), defaults except MD013.

test_minutes_lint.py runs pymarkdownlnt in-process; this runs markdownlint itself, through
markdownlint-cli2 on Node. `make test` installs it into .venv/node (see the Makefile); without
Node, or before that install, these tests skip and say why. Each batch of documents is linted
in one Node run, so the whole module costs a couple of seconds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from minutes_sample import created_event, sample_agenda, sample_session
from test_minutes_properties import sessions

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.storage.journal import read_journal

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
LOCAL_CLI = ROOT / ".venv" / "node" / "node_modules" / ".bin" / "markdownlint-cli2"
# markdownlint's defaults, but line length: minutes hold whatever people typed, on one line.
CONFIG = {"config": {"MD013": False}}
FINDING = re.compile(r"^(?P<file>[^:\s]+\.md):(?P<line>\d+)(?::\d+)? (?:error )?(?P<rule>MD\d+)")


def _cli() -> str:
    """The markdownlint-cli2 to run, or a skip saying what is missing."""
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed: markdownlint (an npm package) cannot run")
    chosen = os.environ.get("KICKOFF_MARKDOWNLINT") or (
        str(LOCAL_CLI) if LOCAL_CLI.exists() else shutil.which("markdownlint-cli2")
    )
    if not chosen:
        pytest.skip(
            "markdownlint-cli2 is not installed: `make test` installs it into .venv/node "
            "(npm install --prefix .venv/node markdownlint-cli2@0.24.1)"
        )
    return chosen


def lint(documents: dict[str, str], folder: Path) -> dict[str, list[str]]:
    """Findings per document name ('12: MD060 ...' lines); names must be plain words."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".markdownlint-cli2.jsonc").write_text(json.dumps(CONFIG), encoding="utf-8")
    for name, text in documents.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    run = subprocess.run(
        [_cli(), *(f"{name}.md" for name in documents)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,  # one Node run for the whole batch, on a shared machine
        check=False,
    )
    found: dict[str, list[str]] = {}
    for line in (run.stdout + run.stderr).splitlines():
        match = FINDING.match(line)
        if match:
            name = match["file"].removesuffix(".md")
            found.setdefault(name, []).append(line.removeprefix(match["file"] + ":"))
    # exit 1 means findings; anything else (or 1 with none parsed) is the linter failing
    assert run.returncode == (1 if found else 0), run.stdout + run.stderr
    return found


def _journal_minutes(journal: str) -> str:
    read = read_journal(GOLDEN / journal)
    assert read.warnings == []
    return render(session_from_events(read.events))


def test_the_linter_runs_and_flags_the_old_empty_table_cell(tmp_path: Path) -> None:
    old_total_row = "# T\n\n| a | b |\n| --- | --- |\n|  | x |\n"
    found = lint({"old": old_total_row, "new": old_total_row.replace("|  |", "| |")}, tmp_path)
    assert "MD060" in " ".join(found["old"])
    assert "new" not in found


def test_golden_exercise_sample_and_docs_minutes_have_no_findings(tmp_path: Path) -> None:
    documents = {
        "golden-kickoff": (GOLDEN / "kickoff-minutes.md").read_text(encoding="utf-8"),
        "golden-crashed": (GOLDEN / "crashed-minutes.md").read_text(encoding="utf-8"),
        "golden-follow-up": (GOLDEN / "follow-up-minutes.md").read_text(encoding="utf-8"),
        # the minutes the five exercise goldens below are cut from, whole
        "golden-exercises": _journal_minutes("exercises-journal.jsonl"),
        # every exercise and the next meeting: the whole charter
        "golden-charter": _journal_minutes("charter-journal.jsonl"),
        "sample-ended": render(sample_session(ended=True)),
        "sample-crashed": render(sample_session(ended=False)),
        "never-started": render(session_from_events([created_event(sample_agenda())])),
        "minutes-format-doc": (ROOT / "docs" / "minutes-format.md").read_text(encoding="utf-8"),
    }
    for golden in sorted(GOLDEN.glob("exercise-*.md")):
        # each golden is one `## ` section as cut from the minutes: lint it under a title,
        # without the blank line that separated it from the next section
        section = golden.read_text(encoding="utf-8").rstrip("\n")
        documents[golden.stem] = f"# Minutes\n\n{section}\n"
    assert len(documents) == 14
    assert lint(documents, tmp_path) == {}


def test_hostile_minutes_have_no_findings(tmp_path: Path) -> None:
    """Forty generated meetings full of hostile text, linted in one run."""
    _cli()  # skip before generating anything when the linter is missing
    documents: dict[str, str] = {}

    # a generator, not a property: health checks and the example database are for shrinking
    # failures, which happen later in one batch here (the failing document is shown whole)
    @settings(
        max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(sessions())
    def generate(case: tuple[Any, dict[str, Any]]) -> None:
        documents[f"hostile-{len(documents)}"] = render(case[0])

    generate()
    found = lint(documents, tmp_path)
    shown = {name: (problems, documents[name]) for name, problems in found.items()}
    assert found == {}, shown


def test_addresses_micromark_would_link_are_never_bare(tmp_path: Path) -> None:
    """markdownlint reads with micromark, which links more than GFM's grammar ("---@.INF"
    was a hostile-minutes finding); the same text, unescaped, is flagged (the control)."""
    typed = ["---@.INF", "a-b@.c", "x@-y.z", "x@y_.z", "ana@northwind.example.", "www.x.io"]
    rows = "".join(f"| {md.cell(text)} | x |\n" for text in typed)
    table = "# T\n\n| Name | Role |\n| --- | --- |\n"
    raw = "".join(f"| {text} | x |\n" for text in typed)
    found = lint({"escaped": table + rows, "raw": table + raw}, tmp_path)
    assert "escaped" not in found, found
    assert len([f for f in found["raw"] if "MD034" in f]) == len(typed)


def test_the_docs_and_the_readme_have_no_findings(tmp_path: Path) -> None:
    """The documents people read beside the minutes, under the same rules."""
    pages = {path.stem.replace("-", "_"): path for path in (ROOT / "docs").glob("*.md")}
    pages["README"] = ROOT / "README.md"
    found = lint({name: path.read_text(encoding="utf-8") for name, path in pages.items()}, tmp_path)
    assert found == {}
