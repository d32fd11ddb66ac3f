"""The journal: durable appends, recovery from torn and damaged lines, refusal of newer schemas."""

from __future__ import annotations

import errno
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.errors import JournalError
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import journal as journal_module
from kickoff_tui.storage.journal import Journal, JournalWriteError, read_journal

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def agenda() -> Agenda:
    return Agenda(
        meeting=Meeting(title="Acme kickoff"),
        items=(Item("Intro", 300), Item("Scope", 600)),
        people=(Person("Ana Silva", side="agency"),),
    )


def created() -> ev.Event:
    """The session_created event in the form it reads back (tuples in the agenda become lists)."""
    event = ev.Event(
        ev.SESSION_CREATED,
        AT,
        {
            "schema": ev.SCHEMA_VERSION,
            "session_id": "20261125-090000-abcd",
            "agenda": agenda().to_dict(),
            "source": "test.yaml",
            "meeting_date": "2026-11-25",
        },
    )
    return ev.Event.from_record(json.loads(event.to_json()))


def note(n: int) -> ev.Event:
    return ev.Event(ev.ENTRY_ADDED, AT, {"id": f"e{n}", "kind": "note", "item": 0, "text": f"n{n}"})


def write_journal(path: Path, count: int) -> None:
    with Journal(path) as journal:
        journal.append(created())
        for n in range(1, count + 1):
            journal.append(note(n))


def test_append_writes_one_line_per_event_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    write_journal(path, 2)
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b""  # every line, the last one too, ends with a newline
    assert len(lines) == 4
    read = read_journal(path)
    assert read.warnings == []
    assert read.events == [created(), note(1), note(2)]


def test_line_separators_inside_text_do_not_split_a_record(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    odd = ev.Event(ev.ENTRY_ADDED, AT, {"id": "e1", "kind": "note", "text": "a\u2028b\rc\nd"})
    with Journal(path) as journal:
        journal.append(created())
        journal.append(odd)
    read = read_journal(path)
    assert read.warnings == []
    assert read.events[-1].data["text"] == "a\u2028b\rc\nd"


def test_torn_last_line_is_ignored_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    write_journal(path, 2)
    with path.open("ab") as handle:
        handle.write(note(3).to_json().encode()[:25])  # crash mid-write: no newline
    read = read_journal(path)
    assert read.events == [created(), note(1), note(2)]
    assert len(read.warnings) == 1
    assert "line 4" in read.warnings[0] and "incomplete" in read.warnings[0]


def test_complete_json_without_newline_is_still_torn(tmp_path: Path) -> None:
    # append() had not returned, so the UI never showed it: replay must not show it either.
    path = tmp_path / "journal.jsonl"
    write_journal(path, 1)
    with path.open("ab") as handle:
        handle.write(note(2).to_json().encode())
    assert read_journal(path).events == [created(), note(1)]


def test_reopening_after_a_torn_line_appends_on_a_fresh_line(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    write_journal(path, 1)
    garbage = b'{"v":1,"type":"entry_add'
    with path.open("ab") as handle:
        handle.write(garbage)
    with Journal(path) as journal:
        journal.append(note(2))
    read = read_journal(path)
    assert read.warnings == []
    assert read.events == [created(), note(1), note(2)]
    # the cut bytes are kept next to the journal, not silently dropped
    assert garbage in Path(str(path) + ".torn").read_bytes()


def test_corrupted_middle_line_is_skipped_and_named(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    write_journal(path, 3)
    lines = path.read_bytes().split(b"\n")
    lines[2] = b'{"v":1,"type":"entry_added","at":"2026-11-25T09:00:00.000Z","id":"e2",#'
    path.write_bytes(b"\n".join(lines))
    read = read_journal(path)
    assert read.events == [created(), note(1), note(3)]
    assert len(read.warnings) == 1
    assert "line 3" in read.warnings[0] and "not valid JSON" in read.warnings[0]


def test_undecodable_and_malformed_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    write_journal(path, 1)
    with path.open("ab") as handle:
        handle.write(b"\xff\xfe garbage\n")
        handle.write(b"[1, 2]\n")
        handle.write(b'{"v":1,"type":"paused"}\n')  # no timestamp
        handle.write((note(2).to_json() + "\n").encode())
    read = read_journal(path)
    assert read.events == [created(), note(1), note(2)]
    assert [w.split(":")[0] for w in read.warnings] == [
        "journal.jsonl line 3",
        "journal.jsonl line 4",
        "journal.jsonl line 5",
    ]


def test_record_from_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    write_journal(path, 1)
    newer = {"v": ev.SCHEMA_VERSION + 1, "type": "entry_added", "at": "2026-11-25T09:00:00Z"}
    with path.open("ab") as handle:
        handle.write((json.dumps(newer) + "\n").encode())
        handle.write((note(2).to_json() + "\n").encode())
    with pytest.raises(JournalError, match=r"newer kickoff \(schema 2\); upgrade to read it"):
        read_journal(path)


def test_session_created_with_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    record = json.loads(created().to_json())
    record["schema"] = ev.SCHEMA_VERSION + 1
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(JournalError, match="schema 2"):
        read_journal(path)


def test_empty_journal_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_bytes(b"")
    with pytest.raises(JournalError, match="is empty"):
        read_journal(path)


def test_missing_journal_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="no journal at"):
        read_journal(tmp_path / "journal.jsonl")


def test_first_line_must_be_session_created(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_text(note(1).to_json() + "\n" + created().to_json() + "\n", encoding="utf-8")
    with pytest.raises(JournalError, match="does not start with a session_created"):
        read_journal(path)


def test_damaged_first_line_cannot_be_recovered(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_text("{oops\n" + note(1).to_json() + "\n", encoding="utf-8")
    with pytest.raises(JournalError, match="line 1 is damaged"):
        read_journal(path)


def test_disk_full_raises_one_line_error_and_leaves_file_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.jsonl"
    journal = Journal(path)
    journal.append(created())
    before = path.read_bytes()

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(JournalWriteError) as caught:
        journal.append(note(1))
    assert "\n" not in str(caught.value)
    assert "No space left on device" in str(caught.value)
    assert caught.value.code == errno.ENOSPC
    assert path.read_bytes() == before
    journal.close()


def test_short_write_is_cut_off_so_it_never_replays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.jsonl"
    journal = Journal(path)
    journal.append(created())
    real_write = os.write

    def half(fd: int, data: bytes) -> int:
        return real_write(fd, data[: len(data) // 2])

    monkeypatch.setattr(os, "write", half)
    with pytest.raises(JournalError, match="could not save"):
        journal.append(note(1))
    monkeypatch.setattr(os, "write", real_write)
    journal.append(note(2))  # the disk has room again
    journal.close()
    read = read_journal(path)
    assert read.warnings == []
    assert read.events == [created(), note(2)]


def test_failed_sync_is_an_error_and_the_line_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.jsonl"
    journal = Journal(path)
    journal.append(created())
    calls: list[int] = []
    real_sync = journal_module._sync

    def failing_once(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 1:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_sync(fd)

    monkeypatch.setattr(journal_module, "_sync", failing_once)
    with pytest.raises(JournalError, match="Input/output error"):
        journal.append(note(1))
    journal.close()
    assert read_journal(path).events == [created()]


def test_disk_full_leaves_the_live_session_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(AT)
    path = tmp_path / "journal.jsonl"
    journal = Journal(path)
    journal.append(created())
    meeting = LiveMeeting(session_from_events([created()]), journal, clock)
    meeting.start()
    meeting.capture("decision", "Ship in March")
    snapshot = session_from_events(read_journal(path).events)
    assert meeting.session == snapshot

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    real_write = os.write
    monkeypatch.setattr(os, "write", full)
    clock.advance(5)
    with pytest.raises(JournalError):
        meeting.capture("action", "@Ana send the deck")
    with pytest.raises(JournalError):
        meeting.next_item()
    assert meeting.session == snapshot  # nothing shown that is not on disk

    monkeypatch.setattr(os, "write", real_write)
    meeting.capture("action", "@Ana send the deck")  # typed text kept by the UI, retried
    journal.close()
    assert [e.text for e in meeting.session.live_entries()] == [
        "Ship in March",
        "@Ana send the deck",
    ]
    assert session_from_events(read_journal(path).events) == meeting.session


def test_read_only_and_closed_journals_refuse_appends(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    write_journal(path, 0)
    before = path.read_bytes()
    with pytest.raises(JournalError, match="read-only"):
        Journal(path, read_only=True).append(note(1))
    journal = Journal(path)
    journal.close()
    journal.close()  # closing twice is harmless
    with pytest.raises(JournalError, match="closed"):
        journal.append(note(1))
    assert path.read_bytes() == before


def test_payload_keys_that_clash_with_the_envelope_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    write_journal(path, 0)
    before = path.read_bytes()
    with Journal(path) as journal, pytest.raises(ValueError, match="reserved keys"):
        journal.append(ev.Event(ev.PERSON_ADDED, AT, {"name": "Cy", "type": "sponsor"}))
    assert path.read_bytes() == before
