"""`kickoff new PATH --template NAME [--force]`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kickoff_tui.cli import main
from kickoff_tui.paths import bundled_agendas_dir
from kickoff_tui.storage.agenda_loader import load_agenda


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def bundled(name: str) -> bytes:
    return (bundled_agendas_dir() / f"{name}.yaml").read_bytes()


def test_writes_a_verbatim_copy_with_its_comments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "my-kickoff.yaml", "--template", "sales-handover"]) == 0
    written = Path("my-kickoff.yaml").read_bytes()
    assert written == bundled("sales-handover")
    assert written.startswith(b"# ")
    out = capsys.readouterr().out
    assert "Wrote my-kickoff.yaml from the sales-handover template (7 items, 45m)." in out
    assert "kickoff check my-kickoff.yaml" in out
    assert "kickoff run my-kickoff.yaml" in out


def test_default_template_is_the_client_kickoff() -> None:
    assert main(["new", "k.yaml"]) == 0
    assert Path("k.yaml").read_bytes() == bundled("client-kickoff")


def test_the_copy_loads_like_the_original() -> None:
    assert main(["new", "copy.yaml", "-t", "stakeholder-alignment"]) == 0
    original = load_agenda(bundled_agendas_dir() / "stakeholder-alignment.yaml")
    assert load_agenda("copy.yaml") == original


def test_refuses_to_overwrite_without_force(capsys: pytest.CaptureFixture[str]) -> None:
    Path("mine.yaml").write_text("my precious edits\n", encoding="utf-8")
    assert main(["new", "mine.yaml", "-t", "quick-kickoff"]) == 2
    err = capsys.readouterr().err
    assert err == "kickoff: mine.yaml already exists; add --force to overwrite it\n"
    assert Path("mine.yaml").read_text(encoding="utf-8") == "my precious edits\n"


def test_force_overwrites(capsys: pytest.CaptureFixture[str]) -> None:
    Path("mine.yaml").write_text("old\n", encoding="utf-8")
    assert main(["new", "mine.yaml", "-t", "quick-kickoff", "--force"]) == 0
    assert Path("mine.yaml").read_bytes() == bundled("quick-kickoff")
    assert "Overwrote mine.yaml" in capsys.readouterr().out


def test_unknown_template_writes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "x.yaml", "-t", "client-kickof"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "did you mean 'client-kickoff'?" in err
    assert not Path("x.yaml").exists()


def test_creates_missing_folders_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    target = os.path.join("meetings", "q3", "kickoff.yaml")
    assert main(["new", target, "-t", "internal-kickoff"]) == 0
    assert Path(target).read_bytes() == bundled("internal-kickoff")
    assert f"Created folder {os.path.join('meetings', 'q3')}" in capsys.readouterr().out


def test_a_folder_target_keeps_the_template_name(capsys: pytest.CaptureFixture[str]) -> None:
    Path("agendas").mkdir()
    assert main(["new", "agendas", "-t", "sales-handover"]) == 0
    assert Path("agendas/sales-handover.yaml").read_bytes() == bundled("sales-handover")
    assert "kickoff check agendas/sales-handover.yaml" in capsys.readouterr().out


def test_a_trailing_slash_means_a_new_folder() -> None:
    assert main(["new", "later/", "-t", "quick-kickoff"]) == 0
    assert Path("later/quick-kickoff.yaml").read_bytes() == bundled("quick-kickoff")


def test_a_file_in_the_way_of_a_folder_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    Path("notes").write_text("a file\n", encoding="utf-8")
    assert main(["new", "notes/k.yaml"]) == 2
    err = capsys.readouterr().err
    assert err == "kickoff: cannot create folder notes: notes is a file, not a folder\n"


def test_unwritable_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a chmod-ed folder does not stop root, so fail the write itself the way the OS would
    def denied(path: Path, text: str, *, overwrite: bool = False) -> Path:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("kickoff_tui.commands.new.atomic_write", denied)
    assert main(["new", "k.yaml"]) == 2
    assert capsys.readouterr().err == "kickoff: cannot write k.yaml: Permission denied\n"
    assert not Path("k.yaml").exists()


def test_a_target_that_is_a_folder_even_with_force(capsys: pytest.CaptureFixture[str]) -> None:
    Path("here/quick-kickoff.yaml").mkdir(parents=True)
    assert main(["new", "here", "-t", "quick-kickoff", "--force"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kickoff: cannot write here/quick-kickoff.yaml")
    assert Path("here/quick-kickoff.yaml").is_dir()


def test_hint_quotes_a_path_with_spaces(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "client kickoff.yaml"]) == 0
    assert "kickoff run 'client kickoff.yaml'" in capsys.readouterr().out


def test_an_empty_path_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", ""]) == 2
    assert "give a file name" in capsys.readouterr().err


def test_leaves_no_temporary_files(in_tmp: Path) -> None:
    assert main(["new", "k.yaml"]) == 0
    assert main(["new", "k.yaml"]) == 2
    assert sorted(p.name for p in in_tmp.iterdir()) == ["k.yaml"]


def test_kickoff_new_imports_no_textual(in_tmp: Path) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from kickoff_tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['new', 'k.yaml']) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=in_tmp
    )
    assert result.stdout.strip() == "[]"
    assert (in_tmp / "k.yaml").is_file()
