"""A recorded session to measure against: a 3-hour meeting with 2,000 captured entries.

It is written the way the app writes it (new_session, then LiveMeeting on a FakeClock, so
every event is a real fsynced journal line), then the lock is released so that
`kickoff resume <id>` in a pty picks it up as a meeting to carry on with.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.agenda_loader import load_agenda
from kickoff_tui.storage.session_store import new_session
from kickoff_tui.storage.templates import resolve_template

ENTRIES = 2_000
HOURS = 3
AGENDA = "client-kickoff"
# kinds in the proportions a real kickoff produces; actions carry an owner and a due date
_KINDS = ["note"] * 5 + ["decision", "action", "risk", "question", "parking"]


def _text(kind: str, n: int, owner: str) -> str:
    if kind == "action":
        return f"Send the revised scope note number {n} to the client @{owner} fri"
    return f"{kind.capitalize()} {n}: the team agreed the sprint cadence and the demo slot"


def write_big_session(home: Path, entries: int = ENTRIES, hours: int = HOURS) -> str:
    """Record the meeting under KICKOFF_HOME=home; returns the session id."""
    os.environ["KICKOFF_HOME"] = str(home)
    agenda = load_agenda(resolve_template(AGENDA))
    start = datetime.now(UTC) - timedelta(hours=hours)
    clock = FakeClock(start)
    handle = new_session(agenda, AGENDA, clock)
    try:
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        owner = agenda.people[0].name.split()[0] if agenda.people else "Sam"
        for person in agenda.people:
            meeting.set_attendance(person.name, "present")
        meeting.start()
        items = len(agenda.items)
        step = hours * 3600 / entries  # seconds between entries, so the journal spans `hours`
        for n in range(entries):
            item = min(items - 1, n * items // entries)
            meeting.go_to(item)  # journals only when the item changes
            kind = _KINDS[n % len(_KINDS)]
            meeting.capture(kind, _text(kind, n, owner))
            clock.advance(step)
        return handle.session_id
    finally:
        handle.close()


def prepared_home(work: Path) -> tuple[Path, str]:
    """A KICKOFF_HOME of this bench's own holding a copy of the big session; (home, id).

    Writing 2,000 fsynced entries takes seconds, so the run writes the meeting once, beside
    the suites' folders, and each suite resumes its own copy (resuming appends to it).
    """
    template = work.parent / "big-session-template"
    if not template.is_dir():
        write_big_session(template)
    session_id = next((template / "sessions").iterdir()).name
    home = work / "home"
    shutil.copytree(template, home)
    os.environ["KICKOFF_HOME"] = str(home)
    return home, session_id
