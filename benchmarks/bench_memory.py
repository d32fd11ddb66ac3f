"""Memory: kickoff's peak RSS after a 3-hour, 2,000-entry meeting, against the bare Textual app.

kickoff resumes the big session (benchmarks/big_session.py) in a pty, goes back three items and
forward again, opens the capture bar and types a little; the bare app (Header, Static, Footer)
just reaches its first frame. Peak RSS is VmHWM from /proc, read before either is killed.
"""

from __future__ import annotations

import re
import shutil
import sys
import time
from pathlib import Path

from benchmarks.big_session import prepared_home
from benchmarks.pty_session import PtySession
from benchmarks.results import Figure, median, within

RUNS = 3
ROOT = Path(__file__).resolve().parent.parent
LEFT, RIGHT = b"\x1b[D", b"\x1b[C"
_ITEM = re.compile(r"Item (\d+) of (\d+)")


def _settle(session: PtySession, seconds: float = 0.5) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        session.pump(0.02)


def _kickoff_peak(home: Path, session_id: str) -> int:
    session = PtySession(
        [sys.executable, "-m", "kickoff_tui", "resume", session_id],
        env={"KICKOFF_HOME": str(home)},
        cwd=str(ROOT),
    )
    try:
        session.wait_for(lambda screen: _ITEM.search(screen) is not None, 30.0)
        found = _ITEM.search(session.text())
        assert found is not None
        last, total = int(found[1]), found[2]
        for key, item in [(LEFT, -1), (LEFT, -2), (LEFT, -3), (RIGHT, -2), (RIGHT, -1), (RIGHT, 0)]:
            session.send(key)
            shown = f"Item {last + item} of {total}"
            session.wait_for(lambda screen, shown=shown: shown in screen, 15.0)
        session.send(b"n")
        session.wait_for(lambda screen: "Note ›" in screen, 15.0)
        session.send(b"memory check")
        session.wait_for(lambda screen: "› memory check" in screen, 15.0)
        _settle(session)
        return session.peak_rss_kib()
    finally:
        session.kill()


def _bare_peak() -> int:
    session = PtySession([sys.executable, "-m", "benchmarks.bare_app"], cwd=str(ROOT))
    try:
        session.wait_for(lambda screen: "Bare Textual app ready" in screen, 30.0)
        _settle(session)
        return session.peak_rss_kib()
    finally:
        session.kill()


def measure(work: Path) -> Figure:
    template, session_id = prepared_home(work)
    ours, bare = [], []
    for run in range(RUNS):  # each run resumes a fresh copy: moving between items journals
        home = work / f"run-{run}"
        shutil.copytree(template, home)
        bare.append(_bare_peak())
        ours.append(_kickoff_peak(home, session_id))
    return within(
        "peak RSS after a 3-hour meeting (kickoff / bare Textual)",
        median(ours) / median(bare),
        "x",
        1.5,
        f"VmHWM, median of {RUNS} runs, 2,000 entries",
        kickoff_mib=round(median(ours) / 1024, 1),
        baseline_mib=round(median(bare) / 1024, 1),
    )
