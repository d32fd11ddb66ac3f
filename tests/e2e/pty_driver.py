"""Drive `kickoff` in a real pseudo-terminal and read its screen through pyte.

Built on benchmarks/pty_session.py's driver, with what the durability tests need on top:
spawning kickoff against an isolated KICKOFF_HOME, waiting for a job-control stop, and
hanging up the terminal the way a closed window or a dropped SSH connection does.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # the benchmarks package lives next to the tests
    sys.path.insert(0, str(REPO))

from benchmarks.pty_session import PtySession  # noqa: E402

COLS, ROWS = 120, 40


def spawn_kickoff(home: Path, *args: str) -> PtySession:
    """`python -m kickoff_tui ARGS` in a 120x40 pty with its own KICKOFF_HOME."""
    return PtySession(
        [sys.executable, "-m", "kickoff_tui", *args],
        cols=COLS,
        rows=ROWS,
        env={"KICKOFF_HOME": str(home), "KICKOFF_MINUTES_DIR": str(home / "minutes-out")},
        cwd=str(REPO),
    )


# how the entry list shows a committed entry: its kind tag, padded, then the text
_TAGS = {"d": "DECISION", "n": "NOTE", "r": "RISK", "q": "QUESTION"}


def committed(key: str, text: str) -> str:
    """The screen text of an entry committed with kind key `key` (the capture bar looks
    different, so seeing this means the entry went through, not just the typing)."""
    return f"{_TAGS[key]:<9}{text}"


def wait_for_text(session: PtySession, text: str, deadline: float = 15.0) -> None:
    session.wait_for(lambda screen: text in screen, deadline)


def poll(predicate: Callable[[], bool], session: PtySession, deadline: float = 15.0) -> None:
    """Pump the screen until predicate() holds (for conditions outside the screen)."""
    end = time.perf_counter() + deadline
    while time.perf_counter() < end:
        if predicate():
            return
        session.pump(0.02)
    raise TimeoutError(f"condition never held; last screen:\n{session.text()}")


def wait_redrawn(session: PtySession, text: str) -> None:
    """Forget the screen and wait until the program paints `text` again (after a resume)."""
    session.screen.reset()
    wait_for_text(session, text)


def wait_stopped(session: PtySession, deadline: float = 10.0) -> bool:
    """Whether the program stopped itself (job control) within the deadline."""
    end = time.perf_counter() + deadline
    while time.perf_counter() < end:
        pid, status = os.waitpid(session.pid, os.WUNTRACED | os.WNOHANG)
        if pid and os.WIFSTOPPED(status):
            return True
        session.pump(0.02)
    return False


def hang_up(session: PtySession, deadline: float = 15.0) -> int | None:
    """Close the terminal (the kernel sends SIGHUP) and return the exit code, None if it hangs."""
    session.close_fd()
    end = time.perf_counter() + deadline
    while time.perf_counter() < end:
        pid, status = os.waitpid(session.pid, os.WNOHANG)
        if pid:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.02)  # nothing to pump: the terminal is gone
    return None


def start_meeting(session: PtySession) -> None:
    """From the lobby of the quick-kickoff agenda to the first item, running."""
    wait_for_text(session, "Roll call")
    session.send(b" ")
    wait_for_text(session, "left of")


def only_session(home: Path) -> str:
    folders = sorted(p.name for p in (home / "sessions").iterdir() if p.is_dir())
    assert len(folders) == 1, folders
    return folders[0]
