"""A session to serve in the browser tests and the serve benchmark: quick-kickoff, started.

`kickoff present ID` follows a session live or not, so the console's part ends once the first
item is current: the room view then shows the meeting's title and that item's title.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEETING_TITLE = "Northwind FAQ search kickoff"  # agendas/quick-kickoff.yaml


QUICK_KICKOFF = ROOT / "agendas" / "quick-kickoff.yaml"


def started_session(home: Path, agenda_file: Path = QUICK_KICKOFF) -> tuple[str, str]:
    """(session id, the current item's title) of an agenda started in KICKOFF_HOME=home
    (a test's fixture has set it already; the benchmark sets it here)."""
    os.environ["KICKOFF_HOME"] = str(home)  # paths.sessions_dir() reads it at each call
    from kickoff_tui.domain.clock import SystemClock
    from kickoff_tui.meeting import LiveMeeting
    from kickoff_tui.storage.agenda_loader import load_agenda
    from kickoff_tui.storage.session_store import new_session

    agenda = load_agenda(agenda_file)
    handle = new_session(agenda, agenda_file.stem, SystemClock())
    try:
        LiveMeeting(handle.session, handle.journal, SystemClock()).start()
        return handle.session_id, agenda.items[0].title
    finally:
        handle.close()
