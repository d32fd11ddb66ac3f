"""An agenda with `exercise: scope` and `exercise: trade-offs` as docs/agenda-format.md shows
it: `kickoff check --strict` passes it, and its options reach the exercises' folds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from exercise_sample import new_meeting

from kickoff_tui.cli import main
from kickoff_tui.domain.exercises.scope import scope
from kickoff_tui.domain.exercises.trade_offs import DEFAULT_SLIDERS, trade_offs
from kickoff_tui.storage.agenda_loader import check_text

DOCS = Path(__file__).parents[2] / "docs" / "agenda-format.md"
HEAD = "meeting:\n  title: Northwind portal kickoff\nitems:\n"


def docs_agenda() -> str:
    """The docs' scope and trade-offs example, under a meeting."""
    text = DOCS.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(  - title: Scope, assumptions.*?)```", text, re.S)
    assert example, "docs/agenda-format.md lost its scope example"
    return HEAD + example.group(1)


def test_the_docs_example_checks_clean_and_pre_fills_the_lines() -> None:
    result = check_text(docs_agenda(), "scope.yaml")
    assert result.problems == [] and result.agenda is not None
    meeting, _, _ = new_meeting(result.agenda)
    lines = scope(meeting.session).lines
    assert [(line.section, line.text) for line in lines][:3] == [
        ("in", "Customer portal with order tracking"),
        ("in", "Single sign-on for staff"),
        ("out", "Native mobile app"),
    ]
    assert [s.name for s in trade_offs(meeting.session, 1).sliders] == list(DEFAULT_SLIDERS)


def test_kickoff_check_strict_passes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "scope.yaml"
    path.write_text(docs_agenda(), encoding="utf-8")
    assert main(["check", "--strict", str(path)]) == 0
    assert "ok: " in capsys.readouterr().out


def test_a_scope_option_in_the_wrong_shape_fails_strict_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "scope.yaml"
    path.write_text(docs_agenda().replace("later: [", "laetr: ["), encoding="utf-8")
    assert main(["check", "--strict", str(path)]) == 2  # an error, not a warning
    err = capsys.readouterr()
    shown = err.out + err.err
    assert re.search(
        r"scope\.yaml:\d+:\d+: unknown key 'laetr' in scope options; "
        r"did you mean 'later'\?",
        shown,
    ), shown
