"""LiveGuard (crashes and signals, in-process) and what suspend and sleep do to the clock."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest
from live_app import item_screen, live_meeting
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from kickoff_tui.crash import MINUTES_DRAFT_NAME
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import session_store as store
from kickoff_tui.ui.app import KickoffApp
from kickoff_tui.ui.lifecycle import LiveGuard
from kickoff_tui.ui.widgets.countdown import Countdown

SIZE = (120, 40)
SECRET = "Acme will lay off the support team"


class TypingScreen(Screen[None]):
    """Stands in for the item screen: it has unsaved typing to flush."""

    def __init__(self, meeting: LiveMeeting) -> None:
        super().__init__()
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        yield Static("typing")

    def flush_draft(self) -> None:
        self.meeting.save_draft("risk", "Budget might")


class Doomed(App[int]):
    """Runs `then` shortly after it starts."""

    def __init__(self, meeting: LiveMeeting, then: str) -> None:
        super().__init__()
        self.meeting, self.then = meeting, then

    def on_mount(self) -> None:
        self.push_screen(TypingScreen(self.meeting))
        self.set_timer(0.01, getattr(self, self.then))

    def explode(self) -> None:
        confidential = SECRET  # a local Textual's own traceback would print
        raise RuntimeError(f"boom after {len(confidential)} characters")

    def terminate(self) -> None:
        os.kill(os.getpid(), signal.SIGTERM)


def _open_meeting(clock: FakeClock) -> tuple[store.LiveHandle, LiveMeeting]:
    agenda = Agenda(meeting=Meeting(title="Acme kickoff"), items=(Item("Scope", 600),))
    handle = store.new_session(agenda, "acme.yaml", clock)
    meeting = LiveMeeting(handle.session, handle.journal, clock)
    meeting.start()
    meeting.capture("decision", SECRET)
    return handle, meeting


def _after(handle: store.LiveHandle) -> Any:
    """The session as a later `kickoff resume` would rebuild it."""
    assert not (handle.folder / "lock").exists()
    return store.load_session(handle.session_id)


def test_an_uncaught_exception_is_one_line_a_log_and_exit_1(
    clock: FakeClock, kickoff_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handle, meeting = _open_meeting(clock)
    guard = LiveGuard(Doomed(meeting, "explode"), handle)
    assert guard.run(headless=True) == 1
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"kickoff resume {handle.session_id}" in lines[0]
    assert guard.crash_log is not None and str(guard.crash_log) in lines[0]
    assert SECRET not in out + err  # meeting text is never dumped on the terminal
    log = guard.crash_log.read_text(encoding="utf-8")
    assert "in explode" in log and "RuntimeError: (message left out" in log and SECRET not in log
    rebuilt = _after(handle)
    assert [e.text for e in rebuilt.live_entries()] == [SECRET]
    assert rebuilt.draft_text == "Budget might"  # typing flushed on the way out
    assert (handle.folder / MINUTES_DRAFT_NAME).is_file()


def test_sigterm_saves_and_exits_143(clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
    handle, meeting = _open_meeting(clock)
    guard = LiveGuard(Doomed(meeting, "terminate"), handle, watchdog_seconds=60)
    assert guard.run(headless=True) == 143
    assert guard.stopped_abnormally and not guard.crashed
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("kickoff: stopped by SIGTERM; session ")
    assert MINUTES_DRAFT_NAME in err[0]
    assert _after(handle).draft_text == "Budget might"
    assert SECRET in (handle.folder / MINUTES_DRAFT_NAME).read_text(encoding="utf-8")


def test_signal_handlers_are_gone_after_the_run(clock: FakeClock) -> None:
    handle, meeting = _open_meeting(clock)
    before = signal.getsignal(signal.SIGTERM)
    LiveGuard(Doomed(meeting, "terminate"), handle, watchdog_seconds=60).run(headless=True)
    # asyncio's handler would swallow a later SIGTERM
    assert signal.getsignal(signal.SIGTERM) in (before, signal.SIG_DFL)


# ----- suspend and sleep ------------------------------------------------------------------


async def test_ten_minutes_of_laptop_sleep_show_on_wake() -> None:
    """The tick only repaints: the first repaint after a sleep shows the wall-clock truth."""
    clock = FakeClock()
    meeting, _ = live_meeting(clock)  # item 1 has 5 minutes
    app = KickoffApp(meeting)
    async with app.run_test(size=SIZE):
        screen = item_screen(app)
        countdown = screen.query_one(Countdown)
        clock.advance(60)
        screen.refresh_timing()
        assert countdown.text == "04:00"
        clock.advance(10 * 60)  # the lid was closed; no tick ran meanwhile
        screen.refresh_timing()
        assert countdown.text == "+06:00"


class SuspendRecorder(KickoffApp):
    suspended = 0

    def action_suspend_process(self) -> None:
        self.suspended += 1


async def test_ctrl_z_suspends_even_while_typing_and_is_not_undo() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = SuspendRecorder(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d", "h", "i")  # the capture input has focus
        await pilot.press("ctrl+z")
        assert app.suspended == 1
        await pilot.press("escape", "ctrl+z")  # and from the item screen itself
        assert app.suspended == 2


def test_a_panic_logs_frames_and_types_but_no_message_or_other_text() -> None:
    from rich.traceback import Traceback

    from kickoff_tui.ui.lifecycle import panic_context

    def reads_input() -> None:
        raise ValueError(f"bad paste: {SECRET}")

    try:
        reads_input()
    except ValueError:
        shown = Traceback()  # as Textual's input thread builds it
    context = panic_context((shown, f"while reading {SECRET}"))
    assert "reads_input" in context and "ValueError" in context
    assert SECRET not in context
    assert "1 more panic text(s) left out" in context
