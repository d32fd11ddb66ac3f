"""`kickoff check`: one line per problem on stderr, `ok:` lines on stdout, and the exit codes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kickoff_tui.cli import main, plain_check
from kickoff_tui.cli_parser import build_parser

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "agenda_corpus"
GOOD = "meeting:\n  title: T\n  length: 15m\nitems:\n  - title: A\n    timebox: 5m\n"
GOOD += "  - title: B\n    timebox: 10m\n"
WARNS = "meeting:\n  title: T\n  length: 1h\nitems:\n  - title: A\n    timebox: 5m\n"


def run_check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], list[str]]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_good_file_prints_ok_with_items_and_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("good.yaml").write_text(GOOD, encoding="utf-8")
    assert run_check(capsys, "good.yaml") == (0, ["ok: good.yaml (2 items, 15m)"], [])


def test_bundled_agendas_pass_strict(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    code, out, err = run_check(capsys, "--strict", "agendas")
    assert (code, err) == (0, [])
    assert "ok: agendas/client-kickoff.yaml" in "\n".join(out)
    assert all(re.fullmatch(r"ok: agendas/[\w-]+\.ya?ml \(\d+ items?, [\dhms]+\)", o) for o in out)


def test_corpus_folder_reports_every_expected_line_and_exits_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    expected = [
        f"tests/agenda_corpus/{line}"
        for line in (CORPUS / "expected.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    code, out, err = run_check(capsys, "tests/agenda_corpus")
    assert code == 2
    assert err == expected
    files = len(list(CORPUS.glob("*.yaml")))
    assert out[-1].endswith(f"in {files} of {files} files")
    assert out[:2] == [
        "ok: tests/agenda_corpus/bidi-override.yaml (1 item, 10m), 1 warning",
        "ok: tests/agenda_corpus/warnings-only.yaml (1 item, 10m), 3 warnings",
    ]


def test_warnings_exit_0_but_1_with_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("w.yaml").write_text(WARNS, encoding="utf-8")
    warning = (
        "w.yaml:3:11: warning: length: the items add up to 5m, not 1h; "
        "adjust a timebox or the length"
    )
    assert run_check(capsys, "w.yaml") == (
        0,
        ["ok: w.yaml (1 item, 5m), 1 warning", "1 warning in 1 of 1 file"],
        [warning],
    )
    assert run_check(capsys, "--strict", "w.yaml")[0] == 1


def test_errors_win_over_warnings_and_every_file_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("good.yaml").write_text(GOOD, encoding="utf-8")
    Path("w.yaml").write_text(WARNS, encoding="utf-8")
    code, out, err = run_check(capsys, "--strict", "missing.yaml", "w.yaml", "good.yaml")
    assert code == 2
    assert err[0] == "missing.yaml: no such file"
    assert err[1].startswith("w.yaml:3:11: warning: ")
    assert out == [
        "ok: w.yaml (1 item, 5m), 1 warning",
        "ok: good.yaml (2 items, 15m)",
        "1 error and 1 warning in 2 of 3 files",
    ]


def test_typed_paths_are_kept_and_overlaps_checked_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("plans").mkdir()
    Path("plans/a.yml").write_text(GOOD, encoding="utf-8")
    code, out, _ = run_check(capsys, "./plans/", "plans/a.yml")
    assert (code, out) == (0, ["ok: ./plans/a.yml (2 items, 15m)"])


def test_folder_without_agendas_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("empty").mkdir()
    code, _, err = run_check(capsys, "empty")
    assert (code, err) == (2, ["empty: no .yaml or .yml files in this folder"])


def test_real_process_never_shows_a_traceback() -> None:
    process = subprocess.run(
        [sys.executable, "-m", "kickoff_tui", "check", str(CORPUS), "/nonexistent/x.yaml"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert process.returncode == 2
    assert "Traceback" not in process.stderr
    lines = process.stderr.splitlines()
    assert lines[-1] == "/nonexistent/x.yaml: no such file"
    problem_line = re.compile(r"^\S.*?(:\d+:\d+)?: (warning: )?\S")
    assert all(problem_line.match(line) for line in lines)


@pytest.mark.parametrize(
    "words",
    [
        ["check", "a.yaml"],
        ["check", "--strict", "a.yaml", "b"],
        ["check", "a.yaml", "--strict", "--strict"],
        ["check", "check", ""],
    ],
)
def test_plain_check_reads_what_argparse_reads(words: list[str]) -> None:
    args = build_parser().parse_args(words)
    assert plain_check(words) == (args.paths, args.strict)


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["run"],
        ["check"],
        ["check", "--strict"],
        ["check", "-h"],
        ["check", "--str", "a.yaml"],
        ["check", "--", "-a.yaml"],
        ["check", "a.yaml", "--json"],
        ["--version", "check", "a.yaml"],
    ],
)
def test_anything_else_is_left_to_argparse(words: list[str]) -> None:
    assert plain_check(words) is None


def test_kickoff_check_loads_no_argparse_dataclasses_or_typing() -> None:
    """What the CLI start budget rests on (make bench measures the time; no timing here)."""
    probe = (
        "import sys, yaml; before = set(sys.modules)\n"
        "from kickoff_tui.cli import main\n"
        "code = main(['check', 'agendas/client-kickoff.yaml'])\n"
        "heavy = {'argparse', 'dataclasses', 'typing', 'inspect'} & (set(sys.modules) - before)\n"
        "print(code, sorted(heavy))\n"
    )
    process = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.splitlines()[-1] == "0 []"
