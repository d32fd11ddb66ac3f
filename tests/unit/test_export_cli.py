"""`kickoff export` end to end through the real CLI entry point, on journals on disk."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kickoff_tui.cli import main
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.storage.journal import read_journal

GOLDEN = Path(__file__).parents[1] / "golden"
NAME = "2026-11-25-northwind-portal-kickoff-phase-1.md"


def _install(home: Path, journal: str, session_id: str) -> Path:
    folder = home / "sessions" / session_id
    folder.mkdir(parents=True)
    shutil.copy(GOLDEN / journal, folder / "journal.jsonl")
    return folder


def _expected(journal: str) -> str:
    return render(session_from_events(read_journal(GOLDEN / journal).events))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = tmp_path / "work"
    out.mkdir()
    monkeypatch.chdir(out)
    monkeypatch.delenv("KICKOFF_MINUTES_DIR", raising=False)
    return out


def test_export_most_recent_session_into_the_current_folder(
    kickoff_home: Path, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _install(kickoff_home, "crashed-journal.jsonl", "20261124-090000-aaaa")
    _install(kickoff_home, "kickoff-journal.jsonl", "20261125-090000-abcd")
    assert main(["export"]) == 0
    assert (workdir / NAME).read_text(encoding="utf-8") == _expected("kickoff-journal.jsonl")
    assert capsys.readouterr().out == f"Minutes written to {NAME}\n"


def test_second_export_keeps_the_first_and_says_where_it_went(
    kickoff_home: Path, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _install(kickoff_home, "kickoff-journal.jsonl", "20261125-090000-abcd")
    (workdir / NAME).write_text("hand edited")
    assert main(["export"]) == 0
    out = capsys.readouterr().out
    assert f"{NAME} already exists" in out and NAME.replace(".md", "-2.md") in out
    assert (workdir / NAME).read_text() == "hand edited"
    assert main(["export", "--force"]) == 0
    assert (workdir / NAME).read_text(encoding="utf-8") == _expected("kickoff-journal.jsonl")


def test_crashed_session_by_prefix_exports_as_a_draft(
    kickoff_home: Path, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _install(kickoff_home, "crashed-journal.jsonl", "20261124-090000-aaaa")
    _install(kickoff_home, "kickoff-journal.jsonl", "20261125-090000-abcd")
    assert main(["export", "20261124", "-o", "out/"]) == 0
    written = workdir / "out" / NAME
    assert written.read_text(encoding="utf-8") == _expected("crashed-journal.jsonl")
    assert "draft" in capsys.readouterr().out


def test_stdout_prints_the_minutes_and_writes_nothing(
    kickoff_home: Path, workdir: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    _install(kickoff_home, "kickoff-journal.jsonl", "20261125-090000-abcd")
    assert main(["export", "--stdout"]) == 0
    assert capsysbinary.readouterr().out == _expected("kickoff-journal.jsonl").encode("utf-8")
    assert list(workdir.iterdir()) == []


def test_a_journal_path_can_be_exported_directly(workdir: Path) -> None:
    assert main(["export", str(GOLDEN / "kickoff-journal.jsonl"), "-o", "m.md"]) == 0
    assert (workdir / "m.md").read_text(encoding="utf-8") == _expected("kickoff-journal.jsonl")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "nope"], "no session matches 'nope'"),
        (["export"], "no sessions yet"),
        (["export", "-o", "x.md", "--stdout"], "--stdout"),
        (["export", "./missing/journal.jsonl"], "no session journal at"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    workdir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_unwritable_target_is_one_line_and_exit_2(
    kickoff_home: Path, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _install(kickoff_home, "kickoff-journal.jsonl", "20261125-090000-abcd")
    (workdir / "blocker").write_text("")
    assert main(["export", "-o", "blocker/sub/m.md"]) == 2
    assert capsys.readouterr().err.startswith("kickoff: cannot write minutes to ")


def test_export_does_not_import_textual(kickoff_home: Path, workdir: Path) -> None:
    _install(kickoff_home, "kickoff-journal.jsonl", "20261125-090000-abcd")
    code = (
        "import sys; from kickoff_tui.cli import main; rc = main(['export', '--stdout']);"
        "sys.exit(rc or any(m.split('.')[0] == 'textual' for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
