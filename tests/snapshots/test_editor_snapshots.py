"""kickoff edit's screens as SVG snapshots: each at 80x24, the items list also at 160x45.

The agenda is a fixed copy in the test's folder, opened by a relative path so the title line
is the same on every machine; the clock is a FakeClock and the check has run before the shot.
Regenerate with `python -m pytest tests/snapshots --snapshot-update` and look at the SVGs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from editor_host import EditorHost, settle  # tests/ui is on the path (conftest.py)
from textual.pilot import Pilot

from kickoff_tui.domain.clock import FakeClock

Compare = Callable[..., bool]

AGENDA = """\
# Northwind kickoff, prepared with kickoff edit
meeting:
  title: Northwind portal kickoff
  client: Northwind Traders
  start: "09:30"
  length: 45m
  facilitator: Ana Ruiz
people:
  - name: Ana Ruiz
    role: Project lead
    side: agency
    power: medium
    proximity: core
  - name: Ben Okafor
    role: Chief Operating Officer
    side: client
    type: sponsor
    power: high
    proximity: far
    attitude: neutral
items:
  - title: Welcome and introductions
    timebox: 5m
    owner: Ana Ruiz
    prompts:
      - Name, role, and what you need from this project.
  - title: What success looks like
    timebox: 15m
    owner: Ben Okafor
    exercise: success-criteria
    questions: [success]
  - title: Scope and what is out
    timebox: 20m
    owner: Ana Ruiz
    goal: One page of in and out.
  - title: Next steps
    timebox: 10m
    owner: Nobody Yet
"""


def editor(folder: Path, monkeypatch: pytest.MonkeyPatch, *, exists: bool = True) -> EditorHost:
    monkeypatch.chdir(folder)
    path = Path("agenda.yaml")
    if exists:
        path.write_text(AGENDA, encoding="utf-8")
    clock = FakeClock()
    app = EditorHost(path, clock)
    app.snapshot_clock = clock  # type: ignore[attr-defined]
    return app


def pressing(*keys: str) -> Callable[[Pilot[int]], Awaitable[None]]:
    async def run_before(pilot: Pilot[int]) -> None:
        app = pilot.app
        assert isinstance(app, EditorHost)
        await pilot.pause()
        if app._state is not None:
            await settle(app, pilot, app.snapshot_clock)  # type: ignore[attr-defined]
        await pilot.press(*keys)
        if app._state is not None:
            await settle(app, pilot, app.snapshot_clock)  # type: ignore[attr-defined]
        await pilot.pause()

    return run_before


@pytest.mark.parametrize(
    "keys",
    [
        pytest.param((), id="items"),
        pytest.param(("down", "down", "enter"), id="item-form"),
        pytest.param(("m",), id="meeting"),
        pytest.param(("p",), id="people"),
        pytest.param(("p", "down", "g"), id="grid"),
        pytest.param(("down", "b"), id="bank"),
        pytest.param(("question_mark",), id="help"),
        pytest.param(("plus", "ctrl+q"), id="quit-unsaved"),
    ],
)
def test_editor_80x24(
    snap_compare: Compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys: tuple[str, ...]
) -> None:
    app = editor(tmp_path, monkeypatch)
    assert snap_compare(app, terminal_size=(80, 24), run_before=pressing(*keys))


def test_editor_items_160x45(
    snap_compare: Compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = editor(tmp_path, monkeypatch)
    assert snap_compare(app, terminal_size=(160, 45), run_before=pressing("down"))


def test_editor_new_file_80x24(
    snap_compare: Compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = editor(tmp_path, monkeypatch, exists=False)
    assert snap_compare(app, terminal_size=(80, 24), run_before=pressing())
