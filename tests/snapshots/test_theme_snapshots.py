"""The console's item screen and the room view in each theme, at 80x24 (and the projector's
room view at 160x45, the size it is most often shown at), clock and time zone pinned.

The warning state is photographed: it shows the countdown's state colour and its word.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from room_journal import in_first_item
from snapshot_meetings import item_app, pressing

from kickoff_tui.settings import THEMES
from kickoff_tui.ui.room.app import RoomApp

Compare = Callable[..., bool]


@pytest.mark.parametrize("theme", THEMES)
def test_item_screen_in_theme(snap_compare: Compare, theme: str) -> None:
    app = item_app(4.5, theme=theme)  # 30 s left of 5 minutes: the warning state
    assert snap_compare(app, terminal_size=(80, 24), run_before=pressing())


@pytest.mark.parametrize(
    ("theme", "size"),
    [
        *(pytest.param(theme, (80, 24), id=f"{theme}-80x24") for theme in THEMES),
        pytest.param("projector", (160, 45), id="projector-160x45"),
    ],
)
def test_room_view_in_theme(
    snap_compare: Compare, tmp_path: Path, theme: str, size: tuple[int, int]
) -> None:
    written = in_first_item(tmp_path)
    written.clock.advance(150)  # the warning state
    app = RoomApp(written.path, clock=written.clock, follow=False, theme=theme)
    assert snap_compare(app, terminal_size=size, run_before=pressing())
