"""A data folder that cannot be written: one line and exit 2 from the real CLI, never a traceback.

KICKOFF_HOME may be a regular file, a read-only folder, or on a full disk. Run as a subprocess
so what the user would see (stderr, exit code) is what is checked. Read-only and full-disk
folders need a small tmpfs, so those run as root only (root ignores a folder's permissions).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parents[1] / "golden"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_root = pytest.mark.skipif(
    not AS_ROOT or shutil.which("mount") is None,
    reason="needs root to mount a small tmpfs (a read-only or full data folder)",
)


def kickoff(home: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KICKOFF_HOME": str(home), "TERM": "dumb"}
    env.pop("KICKOFF_MINUTES_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "kickoff_tui", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kickoff: "), result.stderr
    return lines[0]


def _mount_tmpfs(where: Path, *options: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(("size=256k", *options)), "tmpfs", str(where)],
        check=True,
    )


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs, writable; remount it read-only or fill it in the test."""
    where = tmp_path / "tmpfs"
    _mount_tmpfs(where)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(folder: Path) -> None:
    """Fill the file system holding `folder`, to the last byte."""
    with open(folder / "filler", "wb", buffering=0) as filler:
        for size in (4096, 1):
            try:
                while filler.write(b"\0" * size):
                    pass
            except OSError:
                pass


def test_run_with_the_data_folder_a_regular_file(tmp_path: Path) -> None:
    home = tmp_path / "home-is-a-file"
    home.write_text("not a folder")
    line = one_line_error(kickoff(home, "run", "quick-kickoff"))
    assert str(home) in line


@needs_root
def test_run_with_a_read_only_data_folder(tmpfs: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    line = one_line_error(kickoff(tmpfs / "kickoff", "run", "quick-kickoff"))
    assert "Read-only file system" in line


@needs_root
def test_run_with_sessions_folder_read_only(tmpfs: Path) -> None:
    (tmpfs / "sessions").mkdir()
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    line = one_line_error(kickoff(tmpfs, "run", "quick-kickoff"))
    assert "cannot create a session" in line


@needs_root
def test_run_on_a_full_disk_leaves_no_damaged_session(tmpfs: Path) -> None:
    (tmpfs / "sessions").mkdir()
    _fill(tmpfs)
    one_line_error(kickoff(tmpfs, "run", "quick-kickoff"))
    assert list((tmpfs / "sessions").iterdir()) == []
    listed = kickoff(tmpfs, "sessions")
    assert "damaged" not in listed.stdout, listed.stdout


@needs_root
def test_export_from_a_read_only_folder_with_a_read_only_data_folder(
    tmp_path: Path, tmpfs: Path
) -> None:
    session = tmpfs / "home" / "sessions" / "20261125-090000-abcd"
    session.mkdir(parents=True)
    shutil.copy(GOLDEN / "kickoff-journal.jsonl", session / "journal.jsonl")
    work = tmpfs / "work"
    work.mkdir()
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    line = one_line_error(kickoff(tmpfs / "home", "export", cwd=work))
    assert "minutes" in line and "Read-only file system" in line


def test_export_when_the_fallback_folder_cannot_be_made(tmp_path: Path) -> None:
    """Any user: the current folder is gone and the fallback folder's name is a file."""
    home = tmp_path / "home"
    session = home / "sessions" / "20261125-090000-abcd"
    session.mkdir(parents=True)
    shutil.copy(GOLDEN / "kickoff-journal.jsonl", session / "journal.jsonl")
    (home / "minutes").write_text("in the way")
    gone = tmp_path / "gone"
    gone.mkdir()
    line = one_line_error(_export_from_gone(home, gone))
    assert "minutes" in line and str(home / "minutes") in line


def _export_from_gone(home: Path, gone: Path) -> subprocess.CompletedProcess[str]:
    """Run export in a folder deleted after the process entered it (getcwd then fails)."""
    code = (
        "import os, sys; os.chdir(sys.argv[1]); os.rmdir(sys.argv[1]);"
        "from kickoff_tui.cli import main; sys.exit(main(['export']))"
    )
    env = {**os.environ, "KICKOFF_HOME": str(home)}
    env.pop("KICKOFF_MINUTES_DIR", None)
    return subprocess.run(
        [sys.executable, "-c", code, str(gone)],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
