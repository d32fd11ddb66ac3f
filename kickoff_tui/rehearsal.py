"""`kickoff rehearse`: the meeting on a clock running N times faster, in a throwaway session.

Non-UI: the clock and the throwaway home are plain Python; the live app adds a REHEARSAL line
to every screen (ui/rehearsal_banner.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from kickoff_tui.domain.clock import Clock
from kickoff_tui.paths import ENV_HOME, minutes_fallback_dir

ENV_MINUTES_DIR = "KICKOFF_MINUTES_DIR"  # storage/export.py's; not imported: it loads the domain

BANNER = "REHEARSAL: nothing is kept unless you export it"
DEFAULT_SPEED = 10.0
MAX_SPEED = 600.0  # one minute a tenth of a second: faster than that no one can follow


class SpeedClock:
    """Both readings of `source`, running `speed` times faster from the moment it is made."""

    def __init__(self, source: Clock, speed: float) -> None:
        self.source = source
        self.speed = speed
        self._wall = source.now()
        self._monotonic = source.monotonic()

    def _passed(self) -> float:
        return (self.source.monotonic() - self._monotonic) * self.speed

    def now(self) -> datetime:
        return self._wall + timedelta(seconds=self._passed())

    def monotonic(self) -> float:
        return self._monotonic + self._passed()


@contextmanager
def throwaway_home() -> Iterator[str]:
    """KICKOFF_HOME pointed at a new temporary folder, removed afterwards with the session in
    it: `kickoff sessions` and `resume` read the real home, so they never see a rehearsal."""
    saved = {name: os.environ.get(name) for name in (ENV_HOME, ENV_MINUTES_DIR)}
    if not saved[ENV_MINUTES_DIR] and not os.access(os.getcwd(), os.W_OK | os.X_OK):
        # minutes written in a read-only folder go to the data folder: the real one, not ours
        os.environ[ENV_MINUTES_DIR] = str(minutes_fallback_dir())
    folder = tempfile.mkdtemp(prefix="kickoff-rehearsal-")
    os.environ[ENV_HOME] = folder
    try:
        yield folder
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(folder, ignore_errors=True)
