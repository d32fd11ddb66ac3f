"""Time comes from an injected clock so tests can run a whole meeting in milliseconds.

A clock gives two readings: the wall clock (what the journal stores, what people read) and a
monotonic clock (what durations are measured with inside one run). The wall clock can step: NTP
corrects it, someone sets the time, a VM resumes. `SteadyClock` keeps such a step out of the
timers, and the meeting journals it (see docs/session-format.md, "Clock steps").
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

# A wall clock that disagrees with the monotonic clock by more than this has stepped; less is
# ordinary drift and scheduling noise.
STEP_TOLERANCE = 5.0  # seconds
MAX_CLAMP = timedelta(days=1)  # the furthest a resumed run trusts a journal ahead of the clock


class Clock(Protocol):
    def now(self) -> datetime:
        """The current wall-clock time, timezone-aware UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds since an arbitrary start; never steps (a suspended laptop's sleep counts
        where the system can tell)."""
        ...


def _monotonic_source() -> int | None:
    # CLOCK_BOOTTIME (Linux) and macOS's CLOCK_MONOTONIC keep counting while the machine sleeps,
    # so ten minutes of a closed lid still count for the running item, as they did before.
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.CLOCK_BOOTTIME
    if sys.platform == "darwin":
        return time.CLOCK_MONOTONIC
    return None


_MONOTONIC_ID = _monotonic_source()


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        if _MONOTONIC_ID is not None:
            return time.clock_gettime(_MONOTONIC_ID)
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        self._monotonic = 0.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        """Time passes: both readings move."""
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds

    def set(self, when: datetime) -> None:
        """Time passes (or runs back) to `when`: both readings move, as with advance."""
        self.advance((when - self._now).total_seconds())

    def step(self, seconds: float) -> None:
        """The wall clock alone jumps, as when NTP or a person corrects it."""
        self._now += timedelta(seconds=seconds)


class SteadyClock:
    """The wall clock as one run of the app should see it.

    It starts at the wall clock's time (or `not_before`, the journal's last event, when the
    wall clock is behind it: time never runs back within a meeting) and advances with the
    monotonic clock, so a wall step never adds time to a running item or takes it away.
    `drift()` is how far the wall clock has moved from it; whoever records events journals a
    drift beyond STEP_TOLERANCE and then calls `resync()`.
    """

    def __init__(self, source: Clock, not_before: datetime | None = None) -> None:
        self.source = source
        self._wall = source.now()
        self._monotonic = source.monotonic()
        # a journal more than a day ahead is not a clock that stepped but a wrong line
        if not_before is not None and not_before - MAX_CLAMP <= self._wall < not_before:
            self._wall = not_before

    def now(self) -> datetime:
        return self._wall + timedelta(seconds=self.source.monotonic() - self._monotonic)

    def monotonic(self) -> float:
        return self.source.monotonic()

    def drift(self) -> float:
        """Seconds the wall clock is ahead of this clock (negative: behind)."""
        return (self.source.now() - self.now()).total_seconds()

    def resync(self) -> None:
        self._wall = self.source.now()
        self._monotonic = self.source.monotonic()


def to_stamp(when: datetime) -> str:
    """ISO 8601 UTC with milliseconds, as stored in the journal."""
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def from_stamp(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
