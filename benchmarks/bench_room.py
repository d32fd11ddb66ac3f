"""The room view (`kickoff present`): follow latency and first frame, on real pseudo-terminals.

Follow latency: this process plays the console (a LiveMeeting appending to a real session's
journal, holding its lock, so the session is live) while `kickoff present` runs in an 80x24 pty.
Each capture is timed from the moment its journal line is on disk (append + fsync returned)
until its text shows on the pty's screen (read through pyte). The room view polls the file's
size every 50 ms, so the wait is up to one poll plus one frame.

First frame: `kickoff present` of a session not started yet (its lobby) against the bare
Textual app, alternating runs, with the same budget as `kickoff run`.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from benchmarks.bench_startup import first_frames, ratio_figure
from benchmarks.pty_session import PtySession
from benchmarks.results import Figure, percentile, within

CAPTURES = 40
PAUSE = 0.1  # seconds between captures: faster than any note-taker
P95_BUDGET_MS = 150.0
FIRST_FRAME_RUNS = 10
FIRST_FRAME_BUDGET = 1.4  # as bench_startup's `kickoff run` / bare Textual (see there why)
ROOT = Path(__file__).resolve().parent.parent


def _live_meeting(home: Path) -> tuple[object, str]:
    os.environ["KICKOFF_HOME"] = str(home)  # paths.sessions_dir() reads it at each call
    from kickoff_tui.domain.clock import SystemClock
    from kickoff_tui.meeting import LiveMeeting
    from kickoff_tui.storage.agenda_loader import load_agenda
    from kickoff_tui.storage.session_store import new_session

    agenda = load_agenda(ROOT / "agendas" / "quick-kickoff.yaml")
    handle = new_session(agenda, "quick-kickoff", SystemClock())
    return (handle, LiveMeeting(handle.session, handle.journal, SystemClock())), handle.session_id


def _follow_latency(work: Path) -> Figure:
    home = work / "home"
    (handle, meeting), session_id = _live_meeting(home)  # type: ignore[misc]
    room = PtySession(
        [sys.executable, "-m", "kickoff_tui", "present", session_id],
        env={"KICKOFF_HOME": str(home)},
        cwd=str(ROOT),
    )
    latencies = []
    try:
        room.wait_for(lambda screen: "Agenda" in screen, 30.0)
        meeting.start()
        room.wait_for(lambda screen: "Item 1 of" in screen, 30.0)
        for number in range(CAPTURES):
            text = f"Marker {number:03d} zq"
            meeting.capture("decision", text)
            on_disk = time.perf_counter()
            room.wait_for(lambda screen, t=text: t in screen, 10.0)
            latencies.append((time.perf_counter() - on_disk) * 1000)
            end = time.perf_counter() + PAUSE
            while time.perf_counter() < end:
                room.pump(0.01)
    finally:
        room.kill()
        handle.close()
    return within(
        "room view follow latency p95 (journal line on disk -> on the pty)",
        percentile(latencies, 95),
        "ms",
        P95_BUDGET_MS,
        f"{CAPTURES} captures, 80x24 pty, 50 ms size poll",
        p50_ms=round(percentile(latencies, 50), 1),
        worst_ms=round(max(latencies), 1),
    )


def _first_frame_ratio(work: Path) -> Figure:
    home = work / "home-first-frame"
    (handle, _meeting), session_id = _live_meeting(home)  # type: ignore[misc]
    env = {"KICKOFF_HOME": str(home)}
    ours = [sys.executable, "-m", "kickoff_tui", "present", session_id]
    try:
        ours_s, bare_s = first_frames(ours, "Agenda", env, FIRST_FRAME_RUNS)
    finally:
        handle.close()
    return ratio_figure(
        "first frame (kickoff present / bare Textual)",
        ours_s,
        bare_s,
        FIRST_FRAME_BUDGET,
        "present_ms",
    )


def measure(work: Path) -> list[Figure]:
    return [_follow_latency(work), _first_frame_ratio(work)]
