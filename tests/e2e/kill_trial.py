"""One kill -9 trial: run a meeting in a real pty, SIGKILL it at a random moment, rebuild it.

Shared by tests/e2e/test_crash_torture.py (a few dozen trials) and benchmarks/bench_durability.py
(more). Every wait polls the screen or the journal for what it expects; nothing sleeps.

What a trial checks, after rebuilding the session from the journal alone:
- every entry that was SHOWN on screen as committed is in the session, with its text;
- an entry whose Enter was sent but never seen on screen may be there or not, never garbled;
- the uncommitted capture text is a prefix of what was typed, and it holds at least the text
  the journal had already confirmed as a draft: only the unsaved tail (under a second of
  typing, by the capture bar's debounce) can be lost.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from pty_driver import committed, only_session, poll, spawn_kickoff, start_meeting, wait_for_text

from kickoff_tui.domain.session import session_from_events
from kickoff_tui.storage.journal import read_journal

KIND_KEYS = "dnrq"  # decision, note, risk, question: plain text shows as typed
WORDS = ("scope", "launch", "budget", "owner", "review", "vendor", "timeline", "pilot")


@dataclass
class TrialResult:
    seed: int
    shown: list[str] = field(default_factory=list)  # entries seen committed on screen
    maybe: list[str] = field(default_factory=list)  # Enter sent, not seen before the kill
    typed: str = ""  # capture text typed but not committed
    confirmed_draft: str = ""  # draft text seen in the journal before the kill
    recovered_entries: list[str] = field(default_factory=list)
    recovered_draft: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def lost(self) -> list[str]:
        """Entries shown as committed that the journal does not have."""
        return [text for text in self.shown if text not in self.recovered_entries]

    @property
    def garbled(self) -> list[str]:
        """Recovered entries that are neither shown nor attempted (should never happen)."""
        return [t for t in self.recovered_entries if t not in self.shown and t not in self.maybe]

    @property
    def draft_ok(self) -> bool:
        draft = self.recovered_draft
        return self.typed.startswith(draft) and draft.startswith(self.confirmed_draft)

    @property
    def draft_lost_chars(self) -> int:
        return len(self.typed) - len(self.recovered_draft)

    def problems(self) -> list[str]:
        found = [f"lost committed entry {text!r}" for text in self.lost]
        found += [f"unexpected entry {text!r}" for text in self.garbled]
        if not self.draft_ok:
            found.append(
                f"draft {self.recovered_draft!r} is not between the confirmed "
                f"{self.confirmed_draft!r} and the typed {self.typed!r}"
            )
        found += [w for w in self.warnings if "damaged" in w or "not an event" in w]
        return found


@dataclass(frozen=True)
class TrialPlan:
    """What a trial types and where it kills, drawn from its seed alone."""

    seed: int
    entries: tuple[tuple[str, str], ...]  # (kind key, text) committed in turn
    kill_after_enter: bool  # kill right after the last Enter, before the screen shows it
    draft_key: str  # the kind key that opens the capture bar for the draft
    confirm_draft: str  # typed, then awaited in the journal ("" to skip)
    more: str  # typed after that; the kill lands after a random number of its keys

    @property
    def kill_point(self) -> str:
        if self.kill_after_enter and self.entries:
            return "after enter"
        return "typing a confirmed draft" if self.confirm_draft else "typing"


def plan_trial(seed: int) -> TrialPlan:
    rng = random.Random(seed)
    entries = tuple(
        (rng.choice(KIND_KEYS), f"s{seed} e{n} {rng.choice(WORDS)} {rng.choice(WORDS)}")
        for n in range(1, rng.randint(0, 4) + 1)
    )
    confirm = f"s{seed} draft {rng.choice(WORDS)}" if rng.random() < 0.4 else ""
    more = f" {rng.choice(WORDS)} {rng.choice(WORDS)}"
    return TrialPlan(
        seed,
        entries,
        kill_after_enter=rng.random() < 0.4,
        draft_key=rng.choice(KIND_KEYS),
        confirm_draft=confirm,
        more=more[: rng.randint(0, len(more))],
    )


def _draft_in_journal(journal: Path, text: str) -> bool:
    """Whether a whole journal line records `text` as the capture draft."""
    try:
        lines = journal.read_bytes().split(b"\n")[:-1]  # whole lines only
    except OSError:
        return False
    for line in lines:
        record = json.loads(line)
        if record.get("type") == "draft" and record.get("text") == text:
            return True
    return False


def run_trial(home: Path, seed: int) -> TrialResult:
    """Start a meeting, capture a few entries, maybe type a draft, then kill -9."""
    plan = plan_trial(seed)
    pacing = random.Random(-seed)  # when to glance at the screen while typing
    result = TrialResult(seed)
    session = spawn_kickoff(home, "run", "quick-kickoff")
    try:
        start_meeting(session)
        journal = home / "sessions" / only_session(home) / "journal.jsonl"
        for number, (key, text) in enumerate(plan.entries, start=1):
            session.send(key.encode() + text.encode() + b"\r")
            if plan.kill_point == "after enter" and number == len(plan.entries):
                result.maybe.append(text)  # killed before the screen could say
                break
            wait_for_text(session, committed(key, text))
            result.shown.append(text)
        else:
            session.send(plan.draft_key.encode())
            if plan.confirm_draft:
                session.send(plan.confirm_draft.encode())
                result.typed = plan.confirm_draft
                # the capture bar journals typing within a second of it, with no more keys
                poll(lambda: _draft_in_journal(journal, plan.confirm_draft), session)
                result.confirmed_draft = plan.confirm_draft
            for char in plan.more:
                session.send(char.encode())
                result.typed += char
                if pacing.random() < 0.3:
                    session.pump(0.0)
    finally:
        session.kill()
    # rebuilt the way resume and export do it: the fold of what the journal holds
    read = read_journal(journal)
    rebuilt = session_from_events(read.events)
    result.recovered_entries = [e.text for e in rebuilt.live_entries()]
    result.recovered_draft = rebuilt.draft_text
    result.warnings = [*read.warnings, *rebuilt.warnings]
    return result
