"""What reading the settings costs: nothing for the commands that print and exit, a file look
for the UI commands when there is none, tomllib only when there is one."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported(*args: str) -> set[str]:
    process = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kickoff_tui", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    names = re.findall(r"^import time:.*\|\s*(\S+)\s*$", process.stderr, flags=re.MULTILINE)
    assert names, process.stderr[-2000:]
    return set(names)


def test_commands_that_print_never_read_the_settings(kickoff_home: Path) -> None:
    kickoff_home.mkdir(parents=True)
    (kickoff_home / "config.toml").write_text('theme = "light"\n')
    for args in (
        ["check", "agendas/client-kickoff.yaml"],
        ["templates"],
        ["sessions"],
        ["plan", "agendas/client-kickoff.yaml"],
    ):
        names = imported(*args)
        assert "tomllib" not in names and "kickoff_tui.settings" not in names, args


def test_a_ui_command_imports_tomllib_only_when_there_is_a_file(kickoff_home: Path) -> None:
    # a missing agenda stops `run` after the settings are read and before any window opens
    assert "tomllib" not in imported("run", "missing.yaml")
    kickoff_home.mkdir(parents=True)
    (kickoff_home / "config.toml").write_text('theme = "light"\n')
    assert "tomllib" in imported("run", "missing.yaml")
    assert "tomllib" not in imported("run", "missing.yaml", "--theme", "light")
