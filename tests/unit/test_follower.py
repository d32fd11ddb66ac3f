"""The journal follower: incremental, torn-tail tolerant, read-only, the same fold as resume."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from room_journal import START, WrittenMeeting, in_first_item

from kickoff_tui.domain import events as ev
from kickoff_tui.errors import JournalError
from kickoff_tui.storage.follower import JournalFollower, JournalGone
from kickoff_tui.storage.journal import Journal
from kickoff_tui.storage.session_store import rebuild_from_journal


def test_first_poll_folds_the_whole_journal_like_resume(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    follower = JournalFollower(written.path)
    assert follower.poll() > 0
    assert follower.session is not None
    rebuilt = rebuild_from_journal(written.path)
    assert follower.session.entries == rebuilt.entries
    assert follower.session.checks == rebuilt.checks == {(0, 0)}
    assert follower.session.started_at == rebuilt.started_at


def test_later_polls_read_only_the_new_lines(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    follower = JournalFollower(written.path)
    follower.poll()
    read_before = follower.lines_read
    assert follower.poll() == 0  # nothing new
    written.meeting.capture("risk", "Budget may slip")
    assert follower.poll() == 1
    assert follower.lines_read == read_before + 1
    assert follower.session is not None
    assert [e.text for e in follower.session.entries_of("risk")] == ["Budget may slip"]


def test_a_torn_last_line_waits_for_the_rest(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    follower = JournalFollower(written.path)
    follower.poll()
    line = (
        b'{"v":1,"type":"entry_added","at":"2026-11-25T09:03:00.000Z","id":"e9",'
        b'"kind":"decision","item":0,"text":"Go live in March"}\n'
    )
    with open(written.path, "ab") as handle:
        handle.write(line[:30])
    assert follower.poll() == 0
    assert follower.session is not None
    assert "e9" not in follower.session.entries
    with open(written.path, "ab") as handle:
        handle.write(line[30:])
    assert follower.poll() == 1
    assert follower.session.entries["e9"].text == "Go live in March"
    assert not follower.session.warnings


def test_an_event_that_fails_validation_is_skipped_with_a_warning(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    follower = JournalFollower(written.path)
    follower.poll()
    with open(written.path, "ab") as handle:
        handle.write(
            b'{"v":1,"type":"check_toggled","at":"2026-11-25T09:03:00.000Z","index":"x"}\n'
        )
        handle.write(b"not json\n")
    assert follower.poll() == 1  # the decoded one; the damaged line never becomes an event
    assert follower.session is not None
    warnings = " ".join(follower.session.warnings)
    assert "check_toggled event skipped" in warnings
    assert "damaged" in warnings


def test_an_empty_journal_waits_for_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_bytes(b'{"v":1,"type":"session_cr')
    follower = JournalFollower(path)
    assert follower.poll() == 0
    assert follower.session is None


def test_a_journal_that_does_not_start_with_a_session_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_bytes(b'{"v":1,"type":"paused","at":"2026-11-25T09:03:00.000Z"}\n')
    with pytest.raises(JournalError, match="session_created"):
        JournalFollower(path).poll()


def test_a_deleted_journal_is_reported_as_gone(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    follower = JournalFollower(written.path)
    follower.poll()
    written.path.unlink()
    with pytest.raises(JournalGone):
        follower.poll()


def test_a_replaced_journal_is_folded_again_from_its_first_line(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    follower = JournalFollower(written.path)
    follower.poll()
    (tmp_path / "other").mkdir()
    other = WrittenMeeting(tmp_path / "other")
    os.replace(other.path, written.path)
    follower.poll()
    assert follower.session is not None
    assert not follower.session.started  # the new file's meeting, not the old one's


def test_the_follower_writes_nothing_into_the_folder(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    with open(written.path, "ab") as handle:
        handle.write(b'{"v":1,"type":"pau')  # a torn tail the console would repair
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    follower = JournalFollower(written.path)
    follower.poll()
    follower.poll()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_keeps_following_when_the_console_crashes_and_is_resumed(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    follower = JournalFollower(written.path)
    follower.poll()
    with open(written.path, "ab") as handle:
        handle.write(b'{"v":1,"type":"entry_added","at":"2026-11-25T09:0')  # the crash
    written.close()
    assert follower.poll() == 0
    resumed = Journal(written.path)  # resume repairs the torn tail: cuts it off
    resumed.append(ev.Event(ev.PAUSED, START.replace(minute=5)))
    assert follower.poll() == 1
    assert follower.session is not None and follower.session.paused
    assert not [w for w in follower.session.warnings if "damaged" in w]
    resumed.close()
