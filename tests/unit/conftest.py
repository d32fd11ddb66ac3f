"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from kickoff_tui.storage import yaml_marks


@pytest.fixture(params=["libyaml", "pure"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's fast parser, then with PyYAML's pure one: same results."""
    if request.param == "pure":
        monkeypatch.setattr(yaml_marks, "FastLoader", None)
    elif yaml_marks.FastLoader is None:
        pytest.skip("PyYAML was built without libyaml")
    return str(request.param)
