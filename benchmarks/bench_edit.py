"""`kickoff edit` on a 300-item agenda (#14): its first frame against the bare Textual app, and
a keystroke in a field (the first item's title) against typing in the bare app's Input.

Both on a real 80x24 pty. The check of the agenda runs in a worker after the edit, never
before a key is echoed (ui/editor/state.py), so typing with 300 items open should cost what
typing in any Input does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.bench_plan import big_agenda
from benchmarks.bench_startup import first_frames, ratio_figure
from benchmarks.bench_typing import _idle, _words, latency_figure, type_word
from benchmarks.pty_session import PtySession
from benchmarks.results import Figure

RUNS = 10
FIRST_FRAME_BUDGET = 1.6  # the lobby's is 1.4: the editor also composes the 300-item file
ROOT = Path(__file__).resolve().parent.parent


def _first_frame_ratio(agenda: Path, env: dict[str, str]) -> Figure:
    ours = [sys.executable, "-m", "kickoff_tui", "edit", str(agenda)]
    ours_s, bare_s = first_frames(ours, "Item 0", env, RUNS, 30.0)
    return ratio_figure(
        "first frame (kickoff edit, 300 items / bare Textual)",
        ours_s,
        bare_s,
        FIRST_FRAME_BUDGET,
        "edit_ms",
    )


def _type(session: PtySession, prefix: str) -> list[float]:
    """Latencies (ms) of every letter typed after `prefix` on the row that shows it."""
    session.wait_for(lambda screen: prefix in screen, 30.0)
    _idle(session, 0.5)
    row = next(n for n, line in enumerate(session.screen.display) if prefix in line)
    samples: list[float] = []
    for word in _words(11)[:4]:  # 80 keys
        samples += type_word(session, row, prefix, word)
        session.send(b"\x7f" * len(word))  # back to the prefix (untimed): the field never scrolls
        session.wait_for(lambda _: session.screen.display[row].rstrip().endswith(prefix.rstrip()))
        _idle(session, 0.2)
    return samples


def _typing(agenda: Path, env: dict[str, str]) -> Figure:
    bare = PtySession([sys.executable, "-m", "benchmarks.bare_input_app"], env=env, cwd=str(ROOT))
    try:
        bare.wait_for(lambda screen: "Bare Textual app ready" in screen, 30.0)
        bare_ms = _type(bare, "Note › ")
    finally:
        bare.kill()
    ours = PtySession(
        [sys.executable, "-m", "kickoff_tui", "edit", str(agenda)], env=env, cwd=str(ROOT)
    )
    try:
        ours.wait_for(lambda screen: "Item 0" in screen, 30.0)
        ours.send(b"\r")  # the first item's form, its title focused
        ours.wait_for(lambda screen: "Title Item 0" in screen, 30.0)
        ours.send(b"\x05")  # ctrl+e: the end of the title, so letters are added after it
        ours_ms = _type(ours, "Title Item 0")
    finally:
        ours.kill()
    return latency_figure("typing in a field, 300 items open: p99", ours_ms, bare_ms)


def measure(work: Path) -> list[Figure]:
    agenda = big_agenda(work)
    env = {"KICKOFF_HOME": str(work / "home")}
    return [_first_frame_ratio(agenda, env), _typing(agenda, env)]
