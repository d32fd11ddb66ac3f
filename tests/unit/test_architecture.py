"""Architecture rules that reviews forget: the domain and the non-UI commands never load Textual.

Each check runs in a fresh interpreter, because this test process may already have imported
Textual for other tests.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_PACKAGES = ("textual", "rich")  # rich comes with textual; neither belongs off-screen
NON_UI_MODULES = (
    "kickoff_tui",
    "kickoff_tui.cli",
    "kickoff_tui.errors",
    "kickoff_tui.paths",
    "kickoff_tui.storage.agenda_loader",
    "kickoff_tui.commands.check",
    "kickoff_tui.commands.templates",
    "kickoff_tui.commands.new",
    "kickoff_tui.commands.export",
    "kickoff_tui.commands.sessions",
    "kickoff_tui.commands.questions",
    "kickoff_tui.storage.question_bank",
    "kickoff_tui.storage.follower",  # the room view's reader: Textual only in ui/room
    "kickoff_tui.commands.present",  # loads the UI only once a session is found
    "kickoff_tui.commands.serve",  # the web server spawns `kickoff present`; never loads Textual
    "kickoff_tui.web.run",
    "kickoff_tui.commands.plan",
    "kickoff_tui.invite",
    "kickoff_tui.commands.import_md",
    "kickoff_tui.agenda_import",
    "kickoff_tui.rehearsal",
    "kickoff_tui.settings",  # read before the UI starts; the themes are built in ui/themes.py
)

_IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
import kickoff_tui.domain as domain
names = [m.name for m in pkgutil.walk_packages(domain.__path__, "kickoff_tui.domain.")]
names += sys.argv[1:]
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
print(json.dumps({"imported": names, "ui": loaded}))
"""


def python(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def ui_modules_imported(importtime_stderr: str) -> list[str]:
    """Module names from `-X importtime` output that belong to the UI packages."""
    names = re.findall(r"^import time:.*\|\s*(\S+)\s*$", importtime_stderr, flags=re.MULTILINE)
    assert names, "no -X importtime output: the check would pass vacuously"
    return [n for n in names if n.split(".")[0] in UI_PACKAGES]


def test_domain_and_non_ui_modules_import_no_textual() -> None:
    process = python("-c", _IMPORT_EVERYTHING, *NON_UI_MODULES)
    assert process.returncode == 0, process.stderr
    report = json.loads(process.stdout)
    assert "kickoff_tui.domain.agenda" in report["imported"]
    assert report["ui"] == []


def test_kickoff_check_imports_no_textual() -> None:
    process = python(
        "-X", "importtime", "-m", "kickoff_tui", "check", "agendas/client-kickoff.yaml"
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.startswith("ok: agendas/client-kickoff.yaml")
    assert ui_modules_imported(process.stderr) == []


def test_version_templates_new_questions_and_plan_import_no_textual(tmp_path: Path) -> None:
    target = tmp_path / "mine.yaml"
    for args in (
        ["--version"],
        ["templates"],
        ["new", str(target)],
        ["questions", "--topic", "fit"],
        ["plan", "agendas/client-kickoff.yaml", "--start", "09:00"],
        ["plan", "agendas/client-kickoff.yaml", "--pre-read"],
        ["import", "tests/import_corpus/numbered.md", "-o", str(tmp_path / "imported.yaml")],
    ):
        process = python("-X", "importtime", "-m", "kickoff_tui", *args)
        assert process.returncode in (0, 1 if args[0] == "import" else 0), (
            args,
            process.stderr[-2000:],
        )
        assert ui_modules_imported(process.stderr) == [], args
    assert target.is_file()


def test_the_importtime_probe_does_see_textual() -> None:
    """Guard for the tests above: the probe must notice Textual when it is imported."""
    process = python("-X", "importtime", "-c", "import textual.app")
    assert "textual.app" in ui_modules_imported(process.stderr)


def test_the_console_app_starts_without_tracebacks_highlighter() -> None:
    # rich.traceback pulls in pygments and attrs (~20 ms before the first frame); the app needs
    # it only when Textual panics, and Textual has loaded it by then
    code = (
        "import sys, kickoff_tui.commands.run, kickoff_tui.ui.app, kickoff_tui.ui.lifecycle,"
        " kickoff_tui.ui.screens.lobby;"
        "print(sorted(m for m in ('rich.traceback', 'pygments', 'attr') if m in sys.modules))"
    )
    assert python("-c", code).stdout.strip() == "[]"
