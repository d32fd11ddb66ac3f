"""A recovery file that is damaged or hostile (not YAML, not UTF-8, not a regular file, huge)
is never a traceback: the agenda opens as it is on disk, and nothing is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from editor_host import SIZE, SMALL, EditorHost, notices, written
from screen_text import screen_text

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.storage.agenda_save import read_recovery, recovery_path
from kickoff_tui.storage.yaml_marks import MAX_BYTES
from kickoff_tui.ui.screens.confirm import ConfirmScreen


@pytest.mark.parametrize("damaged", ["meeting: [unclosed\n  - {", "items: *nowhere\n"])
async def test_a_recovery_file_that_is_not_yaml_is_one_line(
    tmp_path: Path, clock: FakeClock, damaged: str
) -> None:
    path = written(tmp_path, SMALL)
    recovery_path(path).write_text(damaged, encoding="utf-8")
    app = EditorHost(path, clock, recovered=read_recovery(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert app.is_running  # no traceback
        assert app.state.text == SMALL and not app.state.dirty  # the agenda as on disk
        said = " ".join(notices(app))
        assert "recovery" in said and "\n" not in said
        assert "Welcome" in screen_text(app)
    assert recovery_path(path).read_text(encoding="utf-8") == damaged  # kept: nothing lost


def test_a_recovery_file_that_is_not_a_regular_file_is_ignored(tmp_path: Path) -> None:
    path = written(tmp_path, SMALL)
    os.mkfifo(recovery_path(path))  # would block a read forever
    assert read_recovery(path) is None


def test_a_huge_recovery_file_is_ignored(tmp_path: Path) -> None:
    path = written(tmp_path, SMALL)
    recovery_path(path).write_bytes(b"#" * (MAX_BYTES + 2))
    assert read_recovery(path) is None
