"""Snapshot tests see the same harnesses as the UI tests, with the clock and time zone pinned.

The meetings run on FakeClocks (see snapshot_meetings.py); the time zone is pinned here because
the screens show local clock times (`ends 10:30`), which would move with the machine's zone.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
for folder in ("ui", "unit"):  # live_app, screens_harness, exercise_sample, screen_text
    if str(TESTS / folder) not in sys.path:
        sys.path.insert(0, str(TESTS / folder))

# Central European Time as a POSIX rule, so no tz database is needed: 09:00 UTC shows 10:00,
# which a screen that forgot to convert to local time would get wrong.
PINNED_TZ = "CET-1CEST,M3.5.0,M10.5.0/3"


@pytest.fixture(autouse=True)
def pinned_time_zone() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = PINNED_TZ
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


@pytest.fixture(autouse=True)
def colours_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """NO_COLOR in the shell that runs the tests would turn every snapshot grey."""
    monkeypatch.delenv("NO_COLOR", raising=False)
