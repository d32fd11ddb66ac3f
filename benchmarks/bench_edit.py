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
from benchmarks.bench_typing import P99_BUDGET_MS, _idle, _words, type_word
from benchmarks.pty_session import PtySession, first_frame
from benchmarks.results import Figure, median, percentile, within

RUNS = 10
FIRST_FRAME_BUDGET = 1.6  # the lobby's is 1.4: the editor also composes the 300-item file
ROOT = Path(__file__).resolve().parent.parent


def _first_frame(argv: list[str], marker: str, env: dict[str, str]) -> float:
    return first_frame(argv, marker, env, str(ROOT), 30.0)


def _first_frame_ratio(agenda: Path, env: dict[str, str]) -> Figure:
    bare = [sys.executable, "-m", "benchmarks.bare_app"]
    ours = [sys.executable, "-m", "kickoff_tui", "edit", str(agenda)]
    bare_s, ours_s = [], []
    for _ in range(RUNS):
        bare_s.append(_first_frame(bare, "Bare Textual app ready", env))
        ours_s.append(_first_frame(ours, "Item 0", env))
    return within(
        "first frame (kickoff edit, 300 items / bare Textual)",
        median(ours_s) / median(bare_s),
        "x",
        FIRST_FRAME_BUDGET,
        f"median of {RUNS} alternating pty runs",
        edit_ms=round(median(ours_s) * 1000, 1),
        baseline_ms=round(median(bare_s) * 1000, 1),
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
    return within(
        "typing in a field, 300 items open: p99",
        percentile(ours_ms, 99),
        "ms",
        P99_BUDGET_MS,
        f"{len(ours_ms)} keys, key-to-screen on an 80x24 pty",
        p50_ms=round(percentile(ours_ms, 50), 2),
        max_ms=round(max(ours_ms), 2),
        bare_p50_ms=round(percentile(bare_ms, 50), 2),
        bare_p99_ms=round(percentile(bare_ms, 99), 2),
    )


def measure(work: Path) -> list[Figure]:
    agenda = big_agenda(work)
    env = {"KICKOFF_HOME": str(work / "home")}
    return [_first_frame_ratio(agenda, env), _typing(agenda, env)]
