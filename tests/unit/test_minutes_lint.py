"""Generated minutes pass markdownlint's default rules except line length (MD013).

The linter is pymarkdownlnt, with its front-matter extension on (markdownlint reads YAML
front matter by default; pymarkdown needs telling).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from minutes_sample import created_event, sample_agenda, sample_session
from pymarkdown.api import PyMarkdownApi
from test_minutes_properties import sessions

from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import session_from_events

DOCS = Path(__file__).parents[2] / "docs" / "minutes-format.md"


def findings(text: str) -> list[str]:
    # MD051 (link fragments) is left to markdownlint itself (test_minutes_markdownlint.py lints
    # the same hostile minutes): pymarkdownlnt's MD051 fails an internal assertion on some
    # escaped headings (`\\>\\&amp;\\#`), a crash of the linter, not a finding.
    api = PyMarkdownApi().disable_rule_by_identifier("md013").disable_rule_by_identifier("md051")
    api.set_boolean_property("extensions.front-matter.enabled", True)
    result = api.scan_string(text)
    return [
        f"{f.line_number}:{f.column_number} {f.rule_id} {f.rule_description}"
        for f in result.scan_failures
    ] + [str(e) for e in (*result.pragma_errors, *result.critical_errors)]


@pytest.mark.parametrize("ended", [True, False], ids=["ended", "crashed"])
def test_sample_minutes_have_no_findings(ended: bool) -> None:
    assert findings(render(sample_session(ended))) == []


def test_never_started_minutes_have_no_findings() -> None:
    assert findings(render(session_from_events([created_event(sample_agenda())]))) == []


def test_follow_up_minutes_have_no_findings() -> None:
    """Every status of an earlier action (done, still open, dropped by someone or nobody named),
    from a hand-written task list full of hostile text (tests/golden/follow-up-journal.jsonl)."""
    golden = Path(__file__).parents[1] / "golden" / "follow-up-minutes.md"
    assert findings(golden.read_text(encoding="utf-8")) == []


def test_the_linter_does_report_problems() -> None:
    assert any("MD034" in f for f in findings("# T\n\nsee https://example.com\n"))


def test_minutes_format_doc_has_no_findings() -> None:
    assert findings(DOCS.read_text(encoding="utf-8")) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_hostile_minutes_have_no_findings(case: tuple[Any, dict[str, Any]]) -> None:
    text = render(case[0])
    assert findings(text) == [], text


def test_angle_brackets_in_headings_do_not_break_the_linter() -> None:
    agenda = sample_agenda()
    hostile = type(agenda)(type(agenda.meeting)(title="x \\<< <!-- y"), agenda.items, agenda.people)
    assert findings(render(session_from_events([created_event(hostile)]))) == []


def test_a_heading_that_crashes_pymarkdown_md051_still_lints() -> None:
    from kickoff_tui.domain import markdown as md

    assert findings(f"# T\n\n## 1. {md.heading('>&amp;#')}\n") == []
