"""Shared fixtures: each test gets its own KICKOFF_HOME; nothing touches real data."""

from __future__ import annotations

from pathlib import Path

import pytest

from kickoff_tui.domain.clock import FakeClock


@pytest.fixture(autouse=True)
def kickoff_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "kickoff-home"
    monkeypatch.setenv("KICKOFF_HOME", str(home))
    monkeypatch.delenv("KICKOFF_CONFIG", raising=False)  # the settings file is home's, too
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
