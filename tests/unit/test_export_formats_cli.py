"""`kickoff export --format ...`: several formats from one journal, through the real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kickoff_tui.cli import main
from kickoff_tui.cli_parser import EXPORT_FORMATS
from kickoff_tui.exports import FORMATS

GOLDEN = Path(__file__).parents[1] / "golden"
STEM = "2026-11-25-northwind-portal-kickoff-phase-1"


@pytest.fixture
def workdir(kickoff_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = kickoff_home / "sessions" / "20261125-090000-abcd"
    folder.mkdir(parents=True)
    shutil.copy(GOLDEN / "kickoff-journal.jsonl", folder / "journal.jsonl")
    out = tmp_path / "work"
    out.mkdir()
    monkeypatch.chdir(out)
    monkeypatch.delenv("KICKOFF_MINUTES_DIR", raising=False)
    return out


def test_the_parser_offers_exactly_the_formats_there_are_writers_for() -> None:
    assert tuple(FORMATS) == EXPORT_FORMATS


def test_one_format_to_a_named_file(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "json", "-o", "meeting.json"]) == 0
    data = json.loads((workdir / "meeting.json").read_text(encoding="utf-8"))
    assert data["version"] == 2 and data["meeting"]["status"] == "final"
    assert capsys.readouterr().out == "JSON record written to meeting.json\n"


def test_several_formats_go_side_by_side_named_after_the_meeting(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "md", "--format", "json", "--format", "md"]) == 0
    assert sorted(p.name for p in workdir.iterdir()) == [f"{STEM}.json", f"{STEM}.md"]
    assert capsys.readouterr().out.splitlines() == [
        f"Minutes written to {STEM}.md",
        f"JSON record written to {STEM}.json",
    ]


def test_several_formats_into_a_new_folder(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "json", "--format", "md", "-o", "out/"]) == 0
    assert sorted(p.name for p in (workdir / "out").iterdir()) == [f"{STEM}.json", f"{STEM}.md"]
    assert capsys.readouterr().out.splitlines()[0] == "Created folder out"


def test_an_existing_export_is_kept_unless_forced(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / f"{STEM}.json").write_text("mine")
    assert main(["export", "--format", "json"]) == 0
    assert (workdir / f"{STEM}.json").read_text() == "mine"
    assert "already exists, so the JSON record went to" in capsys.readouterr().out
    assert main(["export", "--format", "json", "--force"]) == 0
    assert (workdir / f"{STEM}.json").read_text() != "mine"


def test_stdout_prints_the_one_format_asked_for(
    workdir: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", "--format", "json", "--stdout"]) == 0
    assert json.loads(capsysbinary.readouterr().out)["session_id"] == "20261125-090000-abcd"
    assert list(workdir.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "md", "--format", "json", "--stdout"], "--stdout prints one format"),
        (["--format", "md", "--format", "json", "-o", "x.md"], "-o takes a folder"),
    ],
)
def test_impossible_combinations_say_why_in_one_line(
    workdir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["export", *args]) != 0
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert list(workdir.iterdir()) == []


def test_an_unknown_format_is_refused_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--format", "pdf"])
    assert "invalid choice: 'pdf'" in capsys.readouterr().err


def test_every_format_at_once(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["export"] + [word for name in EXPORT_FORMATS for word in ("--format", name)]
    assert main(args) == 0
    written = sorted(p.name for p in workdir.iterdir())
    assert written == sorted(STEM + kind.suffix for kind in FORMATS.values())
    page = (workdir / f"{STEM}.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "Content-Security-Policy" in page and "<svg" in page
    assert len(capsys.readouterr().out.splitlines()) == len(FORMATS)


def test_help_names_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for name in ("md (default)", "html (", "json (", "csv (", "gh (", "ics ("):
        assert name in shown
