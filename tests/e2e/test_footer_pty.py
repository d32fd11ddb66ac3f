"""The footer line as a terminal shows it at 80x24, read back through pyte (#11).

Opening the stakeholder map showed `▏^p palettee` in tmux: not a stale cell but Textual's
compact Footer, whose keys overflowed the line and whose docked palette hint stops one cell
short of the right edge, so the last cell showed a letter of a key hidden beneath it. Every
screen now uses KeyFooter, which lays out whole entries only and paints every cell it owns.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pty_driver import REPO

from benchmarks.pty_session import PtySession

pytestmark = pytest.mark.e2e

DEADLINE = 30.0


def bottom(session: PtySession) -> str:
    return session.screen.display[-1]


def test_no_key_shows_through_the_last_column_of_the_footer(tmp_path: Path) -> None:
    session = PtySession(
        [sys.executable, "-m", "kickoff_tui", "run", "client-kickoff", "--no-bell"],
        cols=80,
        rows=24,
        env={"KICKOFF_HOME": str(tmp_path / "home")},
        cwd=str(REPO),
    )
    try:
        session.wait_for(lambda s: "Roll call" in s, DEADLINE)
        session.send(b" ")
        session.wait_for(lambda s: "Pause" in s, DEADLINE)
        session.send(b"g")
        session.wait_for(lambda s: "Who shapes this project" in s, DEADLINE)
        session.send(b"6\r")
        session.wait_for(lambda s: "6. Who shapes this project" in s, DEADLINE)
        session.send(b"o")  # the stakeholder map: the screen with the most keys
        # its own footer: pyte shows frames half-written, and the item screen's footer also
        # ends in "? Help" (waiting on that sent Esc before the map was up, see below)
        on_map = lambda s: "Stakeholder map" in s and "esc Back" in bottom(session)  # noqa: E731
        session.wait_for(on_map, DEADLINE)
        line = bottom(session)
        assert "palettee" not in line
        # whole entries only, help last: nothing of a hidden key in the last column
        assert line.rstrip().endswith("? Help"), line
        session.send(b"\x1b")  # back to the item screen, then the review and back
        # the whole item screen, not only its footer: a key sent within Textual's ESCDELAY
        # (100 ms) of an Esc the app has not read yet arrives as alt+key, as in any terminal
        on_item = lambda s: "Go to" in bottom(session) and "Stakeholder map" not in s  # noqa: E731
        session.wait_for(on_item, DEADLINE)
        session.send(b"ey")
        session.wait_for(lambda s: "Back to meeting" in bottom(session), DEADLINE)
        assert bottom(session).rstrip().endswith("? Help"), bottom(session)
    finally:
        session.kill()
