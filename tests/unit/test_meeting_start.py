"""meeting: start: HH:MM, the clock time the timetable (plan, the editor) counts from."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kickoff_tui.commands import plan
from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.storage.agenda_loader import check_text

AGENDA = """\
meeting:
  title: Kickoff
  start: {start}
items:
  - title: Welcome
    timebox: 10m
  - title: Scope
    timebox: 20m
"""


@pytest.mark.parametrize(
    ("written", "kept"), [("09:30", "09:30"), ('"9:05"', "09:05"), ("'23:59'", "23:59")]
)
def test_a_time_of_day_is_read_plain_or_quoted(written: str, kept: str) -> None:
    result = check_text(AGENDA.format(start=written), "a.yaml")
    assert result.agenda is not None, result.problems
    assert result.agenda.meeting.start == kept


@pytest.mark.parametrize("written", ["25:00", "9.30", "half past nine", "09:30:00"])
def test_anything_else_is_an_error_at_its_line(written: str) -> None:
    result = check_text(AGENDA.format(start=written), "a.yaml")
    assert result.agenda is None
    (problem,) = result.errors
    assert (problem.line, problem.col) == (3, 10)
    assert "is not a time of day; write it like 09:30" in problem.message


def test_journals_without_a_start_keep_their_shape() -> None:
    result = check_text(AGENDA.replace("  start: {start}\n", ""), "a.yaml")
    assert result.agenda is not None
    assert "start" not in result.agenda.to_dict()["meeting"]
    with_start = check_text(AGENDA.format(start="09:30"), "a.yaml").agenda
    assert with_start is not None
    assert Agenda.from_dict(with_start.to_dict()) == with_start


def test_plan_counts_from_the_meetings_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(AGENDA.format(start="09:30"), encoding="utf-8")
    args = argparse.Namespace(
        agenda=str(path), start=None, ics=False, pre_read=False, output=None, force=False
    )
    assert plan.run(args) == 0
    out = capsys.readouterr().out
    assert "09:30" in out and "09:40" in out and "10:00" in out
    args.start = "14:00"  # --start still wins
    assert plan.run(args) == 0
    assert "14:10" in capsys.readouterr().out
