"""A journal from anywhere: any JSON object on any line never crashes export, resume or sessions.

The journal may come from a synced folder, a hand edit or a buggy writer (#12.11). Every event
whose payload does not fit its type is skipped with a warning that names its line; what fits is
applied; nothing reaches the screens or the minutes in a shape they cannot show.
"""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kickoff_tui.cli import main
from kickoff_tui.commands.export import load
from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock, to_stamp
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.payloads import MAX_ENTRY_CHARS
from kickoff_tui.domain.timing import item_remaining, meeting_timing, phase
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import session_store as store
from kickoff_tui.storage.journal import MAX_LINE_BYTES, MemoryJournal

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SESSION_ID = "20261125-090000-abcd"
AGENDA = Agenda(
    meeting=Meeting(title="Acme kickoff"),
    items=(
        Item("Intro", 300, checklist=("Names",)),
        Item("Risks", 600, exercise="risks"),
        Item("Criteria", 600, exercise="success-criteria"),
    ),
    people=(Person("Ana Silva", side="agency"),),
)


def base_lines() -> list[str]:
    """A short real meeting, as kickoff writes it."""
    clock = FakeClock(AT)
    journal = MemoryJournal()
    created = ev.Event(
        ev.SESSION_CREATED,
        AT,
        {"schema": 1, "session_id": SESSION_ID, "agenda": AGENDA.to_dict(), "source": "a.yaml"},
    )
    journal.append(created)
    meeting = LiveMeeting(store.session_from_events([created]), journal, clock)
    meeting.set_attendance("Ana Silva", "present")
    meeting.start()
    clock.advance(30)
    meeting.capture("decision", "Launch in March")
    meeting.capture("action", "@ana send the deck by fri")
    meeting.go_to(1)
    clock.advance(30)
    meeting.capture("risk", "Budget might slip")
    meeting.save_draft("note", "half typed")
    return [e.to_json() for e in journal.events]


BASE = base_lines()
FIELDS = [
    *("id", "kind", "item", "text", "body", "owner", "owner_known", "due", "due_text"),
    *("index", "delta", "check", "done", "name", "status", "role", "side", "person_type"),
    *("exercise", "action", "data", "schema", "session_id", "agenda", "meeting_date"),
    *("utc_offset_minutes", "source"),
]
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["e1", "e2", "e3", "note", "risk", "present", "risks", "rate", "c1"])
    | st.sampled_from([0, 1, 2, -1, -2, 10**20, 1e20]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)
stamps = st.datetimes(
    min_value=datetime(2026, 11, 25, 8, 0), max_value=datetime(2026, 11, 25, 10, 0)
).map(lambda t: to_stamp(t.replace(tzinfo=UTC)))
records = st.fixed_dictionaries(
    {
        "v": st.just(1) | json_values,
        "type": st.sampled_from(sorted(ev.EVENT_TYPES)) | st.text(max_size=8),
        "at": stamps | json_values,
    },
    optional={name: json_values for name in FIELDS},
)


def write_session(home: Path, lines: list[str]) -> Path:
    folder = home / "sessions" / SESSION_ID
    folder.mkdir(parents=True)
    path = folder / store.JOURNAL_NAME
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def exercise_everything(home: Path) -> None:
    """sessions, export and the resume path (open, timers, a capture, minutes) on one journal."""
    assert main(["sessions"]) == 0
    assert main(["sessions", "--json"]) == 0
    assert main(["export", SESSION_ID, "--stdout"]) in (0, 2)  # 2: refused with one line
    try:
        handle = store.open_session(SESSION_ID)
    except store.JournalError:
        return  # refused with one clear line (a newer schema, say): not a crash
    with handle:
        clock = FakeClock(AT + timedelta(hours=1))
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        session = meeting.session
        now = clock.now()
        meeting_timing(session, now)
        for index in range(len(session.agenda.items)):
            item_remaining(session, index, now)
            phase(session, index, now)
        for entry in session.live_entries():
            assert isinstance(entry.text, str) and isinstance(entry.owner, str)
        assert isinstance(session.draft_text, str)
        meeting.toggle_pause()
        meeting.capture("note", "after resume")
        render(session)
    assert "after resume" in render(load(SESSION_ID))


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(record=records, where=st.integers(min_value=1, max_value=len(BASE)))
def test_any_json_object_on_any_line_never_crashes(
    record: dict[str, Any], where: int, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [*BASE[:where], json.dumps(record), *BASE[where:]]
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as patch:
        home = Path(tmp)
        patch.setenv("KICKOFF_HOME", str(home))
        write_session(home, lines)
        exercise_everything(home)
    capsys.readouterr()


@pytest.mark.parametrize(
    ("bad", "warning"),
    [
        ({"type": "entry_edited", "id": "e1", "text": {"a": 1}}, "'text' must be text"),
        ({"type": "entry_edited", "id": "e1", "owner": 5}, "'owner' must be text, not a number"),
        ({"type": "timebox_adjusted", "index": 0, "delta": 1e20}, "'delta' must be a whole"),
        (
            {"type": "entry_added", "id": "e9", "kind": "note", "text": "x" * 10_001},
            "'text' is 10,001",
        ),
    ],
)
def test_the_reported_wrong_types_are_skipped_with_their_line_number(
    kickoff_home: Path, bad: dict[str, Any], warning: str, capsys: pytest.CaptureFixture[str]
) -> None:
    record = {"v": 1, "at": "2026-11-25T09:00:40.000Z", **bad}
    write_session(kickoff_home, [*BASE, json.dumps(record)])
    assert main(["export", SESSION_ID, "--stdout"]) == 0
    err = capsys.readouterr().err
    assert f"journal.jsonl line {len(BASE) + 1}: {bad['type']} event skipped: {warning}" in err
    exercise_everything(kickoff_home)


def test_an_absurdly_long_line_is_skipped_unread(
    kickoff_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = {"v": 1, "type": "entry_added", "at": "2026-11-25T09:00:40.000Z", "id": "e40"}
    huge |= {"kind": "note", "text": "x" * MAX_LINE_BYTES}
    write_session(kickoff_home, [*BASE[:3], json.dumps(huge), *BASE[3:]])
    session = load(SESSION_ID)
    assert any(
        w.startswith("journal.jsonl line 4: 1,048,") and "skipped" in w for w in session.warnings
    )
    assert [e.text for e in session.live_entries()] == [
        "Launch in March",
        "@ana send the deck by fri",
        "Budget might slip",
    ]
    assert session.next_entry_id() == "e41"  # its id still counts as used


def test_the_live_app_never_writes_an_entry_longer_than_the_cap() -> None:
    clock = FakeClock(AT)
    journal = MemoryJournal()
    created = ev.Event.from_record(json.loads(BASE[0]))
    journal.append(created)
    meeting = LiveMeeting(store.session_from_events([created]), journal, clock)
    entry = meeting.capture("note", "y" * (MAX_ENTRY_CHARS + 50))
    assert len(entry.text) == MAX_ENTRY_CHARS
    replayed = store.session_from_events(journal.events)
    assert replayed.entries == meeting.session.entries


@pytest.mark.parametrize(
    "damage",
    [
        lambda a: a["items"][0].update(title=5),
        lambda a: a["items"][0].update(timebox="ten"),
        lambda a: a["items"][0].update(timebox=10**20),
        lambda a: a["items"][0].update(timebox=True),
        lambda a: a["items"][0].update(prompts="not a list"),
        lambda a: a["items"][0].update(checklist=[1, 2]),
        lambda a: a["items"][0].update(options=[]),
        lambda a: a["items"][0].update(auto_advance="yes"),
        lambda a: a["meeting"].update(title={"x": 1}),
        lambda a: a["meeting"].update(length=-5),
        lambda a: a.update(people=[{"name": None}]),
        lambda a: a.update(people="Ana"),
        lambda a: a.update(items={}),
        lambda a: a.update(purpose=7),
    ],
)
def test_an_agenda_of_the_wrong_shape_in_the_first_line_is_one_clear_line(
    kickoff_home: Path, damage: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    first = json.loads(BASE[0])
    damage(first["agenda"])
    write_session(kickoff_home, [json.dumps(first), *BASE[1:]])
    assert main(["export", SESSION_ID, "--stdout"]) == 2
    err = capsys.readouterr().err
    assert "the agenda stored in it is unreadable" in err and "Traceback" not in err
    assert main(["sessions"]) == 0
    assert "damaged" in capsys.readouterr().out
    with pytest.raises(store.JournalError):
        store.open_session(SESSION_ID)
