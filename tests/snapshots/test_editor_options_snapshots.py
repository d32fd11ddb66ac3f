"""kickoff edit's item form with an exercise's options, as SVG snapshots at 80x24.

Decision rights (a list of areas and a model) and milestones given as mappings (read-only,
with the hint to edit them in the file). Regenerate with
`.venv/bin/python -m pytest tests/snapshots/test_editor_options_snapshots.py --snapshot-update`
and look at the SVGs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from editor_host import EditorHost, settle  # tests/ui is on the path (conftest.py)
from test_editor_options import AGENDA
from textual.pilot import Pilot

from kickoff_tui.domain.clock import FakeClock

Compare = Callable[..., bool]


@pytest.mark.parametrize("index", [pytest.param(2, id="rights"), pytest.param(3, id="mappings")])
def test_item_options_80x24(
    snap_compare: Compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, index: int
) -> None:
    monkeypatch.chdir(tmp_path)
    path = Path("agenda.yaml")  # relative: the title line is the same on every machine
    path.write_text(AGENDA, encoding="utf-8")
    clock = FakeClock()
    app = EditorHost(path, clock)

    async def run_before(pilot: Pilot[int]) -> None:
        await pilot.pause()
        await settle(app, pilot, clock)
        await pilot.press(*["down"] * index, "enter")
        await settle(app, pilot, clock)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
