"""Resuming a journal with events of the wrong types (#12.11): the app starts, shows the meeting
and takes keys; the lines that did not fit are skipped, never a crash on start or first key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from live_app import BellCountingApp, item_screen, screen_text

from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import session_store as store

SIZE = (100, 30)
AGENDA = Agenda(
    meeting=Meeting(title="Acme kickoff"),
    items=(Item("Intro", 300), Item("Scope", 600)),
    people=(Person("Ana Silva", side="agency"),),
)


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "entry_edited", "id": "e1", "text": {"a": 1}},
        {"type": "entry_edited", "id": "e1", "owner": 5},
        {"type": "timebox_adjusted", "index": 0, "delta": 1e20},
        {"type": "entry_added", "id": "e2", "kind": "note", "text": "x", "item": -7},
        {"type": "draft", "kind": "note", "text": ["not", "text"]},
        {"type": "attendance", "name": "Ana Silva", "status": {"x": 1}},
    ],
)
async def test_a_resumed_journal_with_a_bad_event_starts_and_takes_keys(
    clock: FakeClock, kickoff_home: Path, bad: dict[str, Any]
) -> None:
    with store.new_session(AGENDA, "acme.yaml", clock) as handle:
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        meeting.start()
        clock.advance(30)
        meeting.capture("decision", "Launch in March")
    journal = handle.folder / store.JOURNAL_NAME
    stamp = json.loads(journal.read_text().splitlines()[-1])["at"]
    with journal.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"v": 1, "at": stamp, **bad}) + "\n")

    resumed = store.open_session(handle.session_id)
    assert any(f"{bad['type']} event skipped" in w for w in resumed.warnings)
    meeting = LiveMeeting(resumed.session, resumed.journal, clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        item_screen(app).refresh_timing()
        assert "Launch in March" in screen_text(app)
        await pilot.press("n", "o", "k", "enter")
        await pilot.pause()
        assert [e.text for e in meeting.session.live_entries()] == ["Launch in March", "ok"]
    resumed.close()
