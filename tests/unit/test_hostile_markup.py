"""Every notify() renders its message as text, never as Textual markup (issue #12.3).

A toast built from a capture or a name is markup unless markup=False is passed: `[/]` crashed
the app with MarkupError and `[@click=app.quit]x[/]` became a working link. This reads the
code, so a notify call added later without markup=False fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "kickoff_tui"


def notify_calls_without_markup_false() -> list[str]:
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "notify":
                continue
            markup = next((k.value for k in node.keywords if k.arg == "markup"), None)
            if not (isinstance(markup, ast.Constant) and markup.value is False):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def test_every_notify_call_passes_markup_false() -> None:
    assert notify_calls_without_markup_false() == []


def test_the_check_sees_notify_calls() -> None:
    """The scan finds the calls it checks (a scan that finds nothing could never fail)."""
    calls = sum(
        1
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "notify"
    )
    assert calls >= 15  # 19 once journal failures, removals and undo each had one notify
