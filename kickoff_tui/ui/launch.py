"""Run the live app on an open session: build the controller, run, close the session."""

from __future__ import annotations

import sys

from kickoff_tui.domain.clock import Clock, SystemClock
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.settings import ThemeChoice
from kickoff_tui.storage.session_store import LiveHandle
from kickoff_tui.ui.app import KickoffApp
from kickoff_tui.ui.lifecycle import LiveGuard
from kickoff_tui.unsaved import UNSAVED_EXIT, Unsaved, terminal_lines, write_unsaved


def run_live(
    handle: LiveHandle,
    *,
    bell: bool,
    clock: Clock | None = None,
    banner: str = "",
    theme: ThemeChoice | None = None,
) -> int:
    """Run the meeting until the facilitator quits or finishes; returns the exit code.

    With a banner (a rehearsal), every screen shows it and the session is not offered back."""
    meeting = LiveMeeting(handle.session, handle.journal, clock or SystemClock())
    app = KickoffApp(meeting, bell=bell, banner=banner, theme=theme)
    guard = LiveGuard(app, handle)  # signals and crashes: see ui/lifecycle.py
    try:
        code = guard.run()
    finally:
        handle.close()
    if guard.stopped_abnormally:
        return code  # the guard has already said what happened, in one line
    if app.unsaved:
        report_unsaved(app.unsaved, handle.session_id)
        return UNSAVED_EXIT
    if app.minutes_path:
        print(f"Minutes: {app.minutes_path}")
    if banner:
        print("Rehearsal over; its session is thrown away.")
    elif not handle.session.finished:
        print(f"Session {handle.session_id} saved. `kickoff resume` carries on from here.")
    return code


def report_unsaved(items: list[Unsaved], session_id: str) -> None:
    """Typing the journal refused: a copy in a file, and every word of it on the terminal."""
    kept_in = write_unsaved(items, session_id)
    for line in terminal_lines(items, kept_in, session_id):
        print(line, file=sys.stderr, flush=True)
