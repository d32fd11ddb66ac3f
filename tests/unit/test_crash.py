"""Crash logs hold the traceback but never local variables; the draft minutes are rendered."""

from __future__ import annotations

from pathlib import Path

from kickoff_tui.crash import (
    MINUTES_DRAFT_NAME,
    crash_message,
    write_crash_log,
    write_minutes_draft,
)
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import session_store as store


def _fail_with_meeting_text_in_locals() -> None:
    confidential = "Acme will lay off the support team"  # noqa: F841 - a local the log must not show
    raise KeyError("e7")


def test_the_log_has_the_traceback_and_no_locals(kickoff_home: Path) -> None:
    try:
        _fail_with_meeting_text_in_locals()
    except KeyError as error:
        log = write_crash_log(error, session_id="20261125-090000-abcd")
    assert log is not None and log.parent == kickoff_home / "logs"
    text = log.read_text(encoding="utf-8")
    assert "_fail_with_meeting_text_in_locals" in text and "KeyError: (message left out" in text
    assert "kickoff resume 20261125-090000-abcd" in text
    assert "lay off" not in text


def test_two_crashes_in_the_same_second_get_two_logs(kickoff_home: Path) -> None:
    first = write_crash_log(RuntimeError("one"))
    second = write_crash_log(ValueError("two"))
    assert first is not None and second is not None and first != second
    assert "RuntimeError" in first.read_text() and "ValueError" in second.read_text()


def test_an_unwritable_log_folder_is_not_a_second_crash(kickoff_home: Path) -> None:
    kickoff_home.mkdir(parents=True)
    (kickoff_home / "logs").write_text("a file where the folder should be")
    assert write_crash_log(RuntimeError("boom")) is None
    assert "could not be logged" in crash_message(None)


def test_the_message_is_one_line_naming_resume_and_the_log() -> None:
    line = crash_message(Path("/tmp/crash.log"), "20261125-090000-abcd")
    assert "\n" not in line
    assert "`kickoff resume 20261125-090000-abcd`" in line and "/tmp/crash.log" in line


def test_minutes_draft_is_written_next_to_the_journal(clock: FakeClock) -> None:
    agenda = Agenda(meeting=Meeting(title="Acme kickoff"), items=(Item("Scope", 600),))
    handle = store.new_session(agenda, "acme.yaml", clock)
    meeting = LiveMeeting(handle.session, handle.journal, clock)
    meeting.start()
    meeting.capture("decision", "Launch in March")
    handle.close()
    path = write_minutes_draft(handle.session, handle.folder)
    assert path == handle.folder / MINUTES_DRAFT_NAME
    assert "Launch in March" in path.read_text(encoding="utf-8")
    meeting.session.entries.clear()  # a second draft replaces the first
    assert write_minutes_draft(handle.session, handle.folder) == path
    assert "Launch in March" not in path.read_text(encoding="utf-8")
