"""mypy catches a misspelt entry kind, event type or payload key (#11.6).

The event payloads are declared once (kickoff_tui/domain/payloads.py); this runs mypy --strict
on a few lines that use them, right and wrong, so the declarations keep catching mistakes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api", reason="mypy is a dev dependency")

WRONG = """
from kickoff_tui.domain import events as ev
from kickoff_tui.meeting import LiveMeeting


def use(m: LiveMeeting) -> None:
    m.capture("decison", "a misspelt kind")
    m.record(ev.ENTRY_ADDED.change({"id": "e1", "kind": "note", "txt": "a misspelt key"}))
    m.record(ev.TIMEBOX_ADJUSTED.change({"index": 0, "delta": 1.5}))
    m.record(ev.ENTRY_ADDD.change({}))
    m.record(ev.PAUSED.change({"index": 1}))
"""

RIGHT = """
from kickoff_tui.domain import events as ev
from kickoff_tui.meeting import LiveMeeting


def use(m: LiveMeeting) -> None:
    m.capture("decision", "fine")
    m.record(ev.ENTRY_ADDED.change({"id": "e1", "kind": "note", "text": "fine"}))
    m.record(ev.TIMEBOX_ADJUSTED.change({"index": 0, "delta": 60}))
    m.record(ev.PAUSED.change({}))
"""


REPO = Path(__file__).resolve().parents[2]


def mypy(tmp_path: Path, source: str, monkeypatch: pytest.MonkeyPatch) -> str:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(source, encoding="utf-8")
    monkeypatch.chdir(REPO)  # so mypy reads kickoff_tui's source, as `make check` does
    config = str(REPO / "pyproject.toml")
    out, err, _status = api.run(
        ["--strict", "--no-error-summary", "--config-file", config, str(snippet)]
    )
    return out + err


def test_mistakes_in_events_are_type_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = mypy(tmp_path, WRONG, monkeypatch)
    assert "incompatible type \"Literal['decison']\"" in report
    assert 'Extra key "txt" for TypedDict "EntryAdded"' in report
    assert 'Missing key "text" for TypedDict "EntryAdded"' in report
    assert 'TypedDict item "delta" has type "int"' in report
    assert 'Module has no attribute "ENTRY_ADDD"' in report
    assert 'Extra key "index" for TypedDict "NoPayload"' in report


def test_the_same_lines_written_right_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert mypy(tmp_path, RIGHT, monkeypatch) == ""
