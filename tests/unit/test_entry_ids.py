"""Entry ids never repeat: not after a damaged journal line, not after a skipped event (#12.5)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import fold
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import session_store as store

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
AGENDA = Agenda(
    meeting=Meeting(title="Acme kickoff"),
    items=(Item("Intro", 300), Item("Scope", 600)),
    people=(Person("Ana Silva", side="agency"),),
)


def damage_line(journal: Path, containing: str) -> None:
    """Garble the one line that holds `containing`, as a bad sector or a sync conflict might."""
    lines = journal.read_bytes().split(b"\n")
    hits = [i for i, line in enumerate(lines) if containing.encode() in line]
    assert len(hits) == 1
    lines[hits[0]] = lines[hits[0]][:-7] + b"\x00\x00garbled"
    journal.write_bytes(b"\n".join(lines))


def test_a_damaged_middle_line_never_makes_the_next_capture_reuse_an_id(clock: FakeClock) -> None:
    handle = store.new_session(AGENDA, "acme.yaml", clock)
    meeting = LiveMeeting(handle.session, handle.journal, clock)
    meeting.start()
    for text in ("first decision", "second, to be damaged", "third decision"):
        clock.advance(10)
        meeting.capture("decision", text)
    handle.close()
    damage_line(handle.folder / store.JOURNAL_NAME, "second, to be damaged")

    resumed = store.open_session(handle.session_id)
    assert any("line 4: damaged" in w for w in resumed.warnings)
    clock.advance(10)
    LiveMeeting(resumed.session, resumed.journal, clock).capture("decision", "after resume")
    resumed.close()

    again = store.load_session(handle.session_id)
    texts = [e.text for e in again.live_entries()]
    assert texts == ["first decision", "third decision", "after resume"]
    ids = [e.id for e in again.live_entries()]
    assert len(set(ids)) == 3
    # the damaged line held e2: its id is not handed out again either
    assert "e2" not in ids
    minutes = render(again)
    assert "third decision" in minutes and "after resume" in minutes


def test_a_second_entry_added_with_a_used_id_is_skipped_not_a_replacement() -> None:
    def added(seconds: int, text: str) -> ev.Event:
        data = {"id": "e1", "kind": "note", "item": 0, "text": text}
        return ev.Event(ev.ENTRY_ADDED, AT.replace(second=seconds), data)

    session = fold(AGENDA, [added(1, "committed first"), added(2, "impostor")])
    assert [e.text for e in session.live_entries()] == ["committed first"]
    assert any("e1" in w and "already" in w for w in session.warnings)
    assert session.next_entry_id() == "e2"


def test_next_id_follows_the_highest_id_seen_not_the_count() -> None:
    events = [
        ev.Event(ev.ENTRY_ADDED, AT, {"id": "e7", "kind": "note", "item": 0, "text": "seven"}),
        # an event that is skipped (unknown kind) still used its id
        ev.Event(ev.ENTRY_ADDED, AT, {"id": "e9", "kind": "nope", "item": 0, "text": "nine"}),
    ]
    session = fold(AGENDA, events)
    assert [e.id for e in session.live_entries()] == ["e7"]
    assert session.next_entry_id() == "e10"
