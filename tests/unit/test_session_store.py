"""Session folders: creation, locking (live vs stale), round trips, status and id resolution."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.errors import JournalError, SessionNotFound
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import session_store as store
from kickoff_tui.storage.lock import LOCK_NAME, LockInfo, SessionLock, SessionLocked

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def agenda(title: str = "Acme kickoff") -> Agenda:
    return Agenda(
        meeting=Meeting(title=title, client="Acme"),
        items=(
            Item("Intro", 300, checklist=("Names", "Roles")),
            Item("Scope", 600),
            Item("Wrap-up", 300),
        ),
        people=(Person("Ana Silva", side="agency"), Person("Bo Chen", side="client")),
    )


def dead_pid() -> int:
    """The pid of a process that has certainly exited and been reaped."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(folder: Path, **fields: object) -> None:
    info = {"pid": os.getpid(), "host": socket.gethostname(), **fields}
    (folder / LOCK_NAME).write_text(json.dumps(info), encoding="utf-8")


def session_at(clock: FakeClock, when: datetime, title: str = "Acme kickoff") -> store.LiveHandle:
    clock.set(when)
    return store.new_session(agenda(title), "test.yaml", clock)


def test_new_session_writes_agenda_and_takes_the_lock(clock: FakeClock, kickoff_home: Path) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    folder = kickoff_home / "sessions" / handle.session_id
    assert handle.folder == folder
    first = json.loads((folder / "journal.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["type"] == "session_created" and first["schema"] == ev.SCHEMA_VERSION
    assert first["agenda"]["meeting"]["title"] == "Acme kickoff"
    lock = json.loads((folder / LOCK_NAME).read_text(encoding="utf-8"))
    assert lock["pid"] == os.getpid() and lock["host"] == socket.gethostname()
    handle.close()
    assert not (folder / LOCK_NAME).exists()
    handle.close()  # a second close is harmless


@pytest.fixture
def local_zone() -> Iterator[Callable[[str], None]]:
    """Sets this process's time zone (TZ + tzset); the original one is restored afterwards."""
    original = os.environ.get("TZ")

    def set_zone(tz: str) -> None:
        os.environ["TZ"] = tz
        time.tzset()

    yield set_zone
    if original is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = original
    time.tzset()


def _first_line(handle: store.LiveHandle) -> dict[str, object]:
    lines = (handle.folder / store.JOURNAL_NAME).read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert isinstance(first, dict)
    return first


@pytest.mark.parametrize(
    ("tz", "offset", "day"),
    [
        # POSIX TZ strings need no tz database; their sign is west-positive
        ("EST+5", -300, date(2026, 11, 24)),  # 02:00 UTC is still the 24th in New York
        ("IST-5:30", 330, date(2026, 11, 25)),
        ("CET-1", 60, date(2026, 11, 25)),
        ("UTC0", 0, date(2026, 11, 25)),
    ],
)
def test_new_session_records_the_local_utc_offset_and_local_date(
    clock: FakeClock, local_zone: Callable[[str], None], tz: str, offset: int, day: date
) -> None:
    local_zone(tz)
    clock.set(AT.replace(hour=2))
    with store.new_session(agenda(), "acme.yaml", clock) as handle:
        first = _first_line(handle)
        assert first["utc_offset_minutes"] == offset
        assert first["meeting_date"] == day.isoformat()
        assert handle.session.utc_offset_minutes == offset
    assert store.load_session(handle.session_id).utc_offset_minutes == offset


def test_new_session_takes_an_explicit_offset_over_the_local_zone(
    clock: FakeClock, local_zone: Callable[[str], None]
) -> None:
    local_zone("UTC0")
    clock.set(AT.replace(hour=23))
    with store.new_session(agenda(), "acme.yaml", clock, utc_offset_minutes=90) as handle:
        first = _first_line(handle)
        assert (first["utc_offset_minutes"], first["meeting_date"]) == (90, "2026-11-26")


def test_a_session_journaled_before_offsets_were_recorded_still_opens(
    clock: FakeClock, kickoff_home: Path
) -> None:
    with store.new_session(agenda(), "acme.yaml", clock) as handle:
        session_id, path = handle.session_id, handle.folder / store.JOURNAL_NAME
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first = json.loads(lines[0])
    del first["utc_offset_minutes"]
    path.write_text(json.dumps(first) + "\n" + "".join(lines[1:]), encoding="utf-8")
    session = store.load_session(session_id)
    assert session.utc_offset_minutes is None and session.warnings == []


def test_session_ids_sort_by_creation_time(clock: FakeClock) -> None:
    ids = []
    for hour in (11, 9, 10):
        with session_at(clock, AT.replace(hour=hour)) as handle:
            ids.append(handle.session_id)
    assert [s.id for s in store.list_sessions()] == [ids[0], ids[2], ids[1]]


def run_full_meeting(meeting: LiveMeeting, clock: FakeClock) -> None:
    meeting.set_attendance("Bo Chen", "late")
    meeting.add_person("Cy Diaz", role="CTO", side="client")
    meeting.start()
    clock.advance(30)
    decision = meeting.capture("decision", "Launch in March")
    meeting.capture("action", "@Ana send the deck by 2026-12-01")
    meeting.toggle_check(0, 1)
    meeting.adjust_timebox(120)
    clock.advance(400)
    meeting.next_item()
    meeting.save_draft("risk", "budget might")
    meeting.toggle_pause()
    clock.advance(600)  # a long break: paused time does not count
    meeting.toggle_pause()
    risk = meeting.capture("risk", "Budget might slip")
    meeting.edit(risk.id, "Budget may slip @Bo")
    meeting.retype(decision.id, "note")
    question = meeting.capture("question", "Who signs off?")
    meeting.delete(question.id)
    meeting.delete(risk.id)
    meeting.undo_delete()
    meeting.record(
        ev.EXERCISE.change({"exercise": "risks", "item": 1, "action": "rate", "data": {"id": "r1"}})
    )
    clock.advance(90)
    meeting.go_to(2)
    meeting.adjust_timebox(-9999)
    meeting.save_draft("note", "half typed")
    clock.advance(45)


def test_full_meeting_round_trips_to_the_same_session(clock: FakeClock) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    meeting = LiveMeeting(handle.session, handle.journal, clock)
    run_full_meeting(meeting, clock)
    assert store.load_session(handle.session_id) == meeting.session  # while still live
    meeting.end()
    meeting.finish()
    handle.close()
    rebuilt = store.load_session(handle.session_id)
    assert rebuilt == meeting.session
    assert rebuilt.warnings == []
    assert rebuilt.draft_text == "half typed"
    assert [e.kind for e in rebuilt.live_entries()] == ["note", "action", "risk"]


def test_resume_carries_on_where_the_meeting_was(clock: FakeClock) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    meeting = LiveMeeting(handle.session, handle.journal, clock)
    run_full_meeting(meeting, clock)
    handle.close()  # as if the app had crashed: no session_finished
    resumed = store.open_session(handle.session_id)
    assert resumed.session == meeting.session
    LiveMeeting(resumed.session, resumed.journal, clock).capture("note", "after resume")
    resumed.close()
    again = store.load_session(handle.session_id)
    assert [e.text for e in again.live_entries()][-1] == "after resume"


def test_second_open_of_a_live_session_is_refused_naming_the_holder(clock: FakeClock) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    with pytest.raises(SessionLocked) as caught:
        store.open_session(handle.session_id)
    message = str(caught.value)
    assert f"pid {os.getpid()} on {socket.gethostname()}" in message
    assert str(handle.folder / LOCK_NAME) in message
    assert caught.value.holder.pid == os.getpid()
    handle.close()
    store.open_session(handle.session_id).close()  # free again once closed


def test_read_only_open_takes_no_lock_and_refuses_changes(clock: FakeClock) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    LiveMeeting(handle.session, handle.journal, clock).start()
    viewer = store.open_session(handle.session_id, read_only=True)
    assert viewer.read_only and viewer.session.started
    with pytest.raises(JournalError, match="read-only"):
        LiveMeeting(viewer.session, viewer.journal, clock).capture("note", "x")
    assert not viewer.session.entries
    viewer.close()
    assert (handle.folder / LOCK_NAME).exists()  # the viewer left the owner's lock alone
    handle.close()


def test_lock_of_a_dead_process_is_stale_and_taken_over(clock: FakeClock) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    handle.close()
    write_lock(handle.folder, pid=dead_pid())
    assert store.session_info(handle.folder).status == store.CRASHED
    resumed = store.open_session(handle.session_id)
    lock = json.loads((handle.folder / LOCK_NAME).read_text(encoding="utf-8"))
    assert lock["pid"] == os.getpid()
    resumed.close()


def test_lock_from_before_a_reboot_is_stale_even_if_the_pid_lives(clock: FakeClock) -> None:
    if not Path("/proc/sys/kernel/random/boot_id").exists():
        pytest.skip("boot ids are a Linux feature")
    handle = store.new_session(agenda(), "acme.yaml", clock)
    handle.close()
    write_lock(handle.folder, boot="00000000-0000-0000-0000-000000000000")  # our own live pid
    store.open_session(handle.session_id).close()


def test_lock_from_another_host_counts_as_live(clock: FakeClock) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    handle.close()
    write_lock(handle.folder, pid=dead_pid(), host="some-other-laptop")
    assert store.session_info(handle.folder).status == store.LIVE
    with pytest.raises(SessionLocked, match="on some-other-laptop"):
        store.open_session(handle.session_id)


def test_unreadable_lock_is_busy_while_fresh_and_stale_when_old(clock: FakeClock) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    handle.close()
    lock = handle.folder / LOCK_NAME
    lock.write_bytes(b"")  # another app between creating and filling it
    with pytest.raises(SessionLocked, match="opening it right now"):
        store.open_session(handle.session_id)
    os.utime(lock, (0, 0))  # ... or a crash left it empty long ago
    store.open_session(handle.session_id).close()


def test_release_never_removes_a_lock_someone_else_took(tmp_path: Path) -> None:
    lock = SessionLock.acquire(tmp_path)
    write_lock(tmp_path, pid=12345, host="elsewhere")
    lock.release()
    assert (tmp_path / LOCK_NAME).exists()


def test_failed_open_releases_the_lock(clock: FakeClock) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    handle.close()
    (handle.folder / "journal.jsonl").write_bytes(b"")
    with pytest.raises(JournalError, match="is empty"):
        store.open_session(handle.session_id)
    assert not (handle.folder / LOCK_NAME).exists()


def test_open_repairs_a_torn_tail_before_appending(clock: FakeClock) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    LiveMeeting(handle.session, handle.journal, clock).start()
    handle.close()
    with (handle.folder / "journal.jsonl").open("ab") as journal:
        journal.write(b'{"v":1,"type":"entry_ad')
    resumed = store.open_session(handle.session_id)
    assert any("incomplete last line" in w for w in resumed.warnings)
    LiveMeeting(resumed.session, resumed.journal, clock).capture("note", "kept")
    resumed.close()
    again = store.load_session(handle.session_id)
    assert again.warnings == []
    assert [e.text for e in again.live_entries()] == ["kept"]


def test_status_live_crashed_ended_and_damaged(clock: FakeClock) -> None:
    live = session_at(clock, AT.replace(hour=12))
    crashed = session_at(clock, AT.replace(hour=11))
    meeting = LiveMeeting(crashed.session, crashed.journal, clock)
    meeting.start()
    for text in ("one", "two", "three"):
        meeting.capture("note", text)
    meeting.delete("e2")
    crashed.close()
    ended = session_at(clock, AT.replace(hour=10))
    LiveMeeting(ended.session, ended.journal, clock).finish()
    ended.close()
    damaged = session_at(clock, AT.replace(hour=9))
    damaged.close()
    (damaged.folder / "journal.jsonl").write_bytes(b"")
    listed = {s.id: s for s in store.list_sessions()}
    assert listed[live.session_id].status == "live"
    assert listed[crashed.session_id].status == "crashed"
    assert listed[crashed.session_id].entries == 2
    assert listed[ended.session_id].status == "ended"
    assert listed[damaged.session_id].status == "damaged"
    assert "is empty" in listed[damaged.session_id].problem
    assert store.latest_crashed() == listed[crashed.session_id]
    live.close()


def test_find_session_by_default_picks_the_most_recent(clock: FakeClock) -> None:
    older = session_at(clock, AT.replace(hour=9))
    older.close()
    newer = session_at(clock, AT.replace(hour=10))
    LiveMeeting(newer.session, newer.journal, clock).finish()
    newer.close()
    assert store.find_session(None, unfinished_only=False).id == newer.session_id
    assert store.find_session(None, unfinished_only=True).id == older.session_id
    with pytest.raises(SessionNotFound, match="has ended; `kickoff export"):
        store.find_session(newer.session_id, unfinished_only=True)


def test_find_session_by_prefix(clock: FakeClock) -> None:
    first = session_at(clock, AT.replace(day=24))
    first.close()
    second = session_at(clock, AT.replace(day=25))
    second.close()
    third = session_at(clock, AT.replace(day=25, minute=30))
    third.close()
    assert store.find_session("20261124", unfinished_only=True).id == first.session_id
    assert store.find_session(third.session_id, unfinished_only=True).id == third.session_id
    with pytest.raises(SessionNotFound, match="matches 2 sessions") as caught:
        store.find_session("20261125", unfinished_only=False)
    assert second.session_id in str(caught.value) and third.session_id in str(caught.value)


def test_unknown_id_names_the_closest_ones(clock: FakeClock) -> None:
    handle = session_at(clock, AT)
    handle.close()
    typo = "20261152" + handle.session_id[8:]
    with pytest.raises(SessionNotFound, match=f"did you mean {handle.session_id}"):
        store.find_session(typo, unfinished_only=False)


def test_find_session_with_no_sessions_says_so() -> None:
    with pytest.raises(SessionNotFound, match="no sessions yet"):
        store.find_session(None, unfinished_only=True)
    assert store.latest_crashed() is None
    assert store.list_sessions() == []


@pytest.mark.parametrize("bad", ["../etc", "20261125-090000-abcd/..", ""])
def test_session_ids_cannot_escape_the_sessions_folder(bad: str) -> None:
    with pytest.raises(SessionNotFound):
        store.open_session(bad)


def test_lock_info_round_trips() -> None:
    info = LockInfo(pid=42, host="h", since="2026-11-25T09:00:00.000Z", boot="b", proc_start="7")
    assert json.loads(info.to_bytes()) == {
        "pid": 42,
        "host": "h",
        "since": "2026-11-25T09:00:00.000Z",
        "boot": "b",
        "proc_start": "7",
    }


def test_a_meeting_left_on_purpose_is_left_not_crashed_until_it_resumes(clock: FakeClock) -> None:
    handle = session_at(clock, AT)
    meeting = LiveMeeting(handle.session, handle.journal, clock)
    meeting.start()
    meeting.capture("note", "kept")
    clock.advance(120)
    meeting.leave()
    handle.close()
    assert handle.session.paused  # nobody keeps time while kickoff is closed
    (info,) = store.list_sessions()
    assert info.status == store.LEFT
    assert store.find_session(None, unfinished_only=True).id == handle.session_id

    resumed = store.open_session(handle.session_id)
    assert resumed.session.left_at is not None  # reopening alone changes nothing on disk
    again = LiveMeeting(resumed.session, resumed.journal, clock)
    again.toggle_pause()  # carrying on clears it
    assert resumed.session.left_at is None
    resumed.close()
    assert store.list_sessions()[0].status == store.CRASHED  # no clean leave this time


def test_leaving_a_finished_session_records_nothing(clock: FakeClock) -> None:
    handle = session_at(clock, AT)
    meeting = LiveMeeting(handle.session, handle.journal, clock)
    meeting.start()
    meeting.finish()
    journal = handle.folder / "journal.jsonl"
    before = journal.read_bytes()
    meeting.leave()
    handle.close()
    assert store.list_sessions()[0].status == store.ENDED
    assert journal.read_bytes() == before
