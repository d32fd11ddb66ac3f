"""Agenda `options:` of decision-rights and milestones items: what loads, and how the check
reports what does not (the corpus file tests/agenda_corpus/rights-options.yaml holds the
PATH:LINE:COL lines for every bad shape)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rights_sample import rights_meeting

from kickoff_tui.cli import main
from kickoff_tui.domain.exercises.decision_rights import decision_rights
from kickoff_tui.domain.exercises.milestones import milestones
from kickoff_tui.storage.agenda_loader import check_file

GOOD = """\
meeting:
  title: Northwind portal kickoff
  length: 20m
people:
  - name: Ben Okafor
    power: high
    proximity: far
items:
  - title: Who decides what
    timebox: 10m
    exercise: decision-rights
    options:
      model: DACI
      areas: [Visual design sign-off, Go-live]
  - title: Timeline and approvals
    timebox: 10m
    exercise: milestones
    options:
      milestones:
        - deliverable: Design sign-off
          date: 2027-01-15
          approver: Ben Okafor
        - deliverable: Go-live
          after: design sign-off
        - Content freeze
"""


def test_good_options_load_without_problems_and_reach_the_folds(tmp_path: Path) -> None:
    path = tmp_path / "rights.yaml"
    path.write_text(GOOD, encoding="utf-8")
    result = check_file(str(path))
    assert [p.format() for p in result.problems] == []
    assert result.agenda is not None
    rights, plan = result.agenda.items
    assert rights.options == {
        "model": "DACI",
        "areas": ["Visual design sign-off", "Go-live"],
    }
    assert plan.options["milestones"][2] == "Content freeze"


def test_the_sample_meeting_reads_options_as_the_loader_keeps_them() -> None:
    meeting, _ = rights_meeting()
    state = milestones(meeting.session)
    assert [m.deliverable for m in state.milestones] == ["Design sign-off", "Content freeze"]
    assert decision_rights(meeting.session, 7).model == "daci"


def test_kickoff_check_strict_passes_an_agenda_using_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rights.yaml"
    path.write_text(GOOD, encoding="utf-8")
    code = main(["check", "--strict", str(path)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.startswith("ok: ") and "(2 items, 20m)" in out
