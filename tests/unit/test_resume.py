"""`kickoff resume` and plain `kickoff`'s offer: which session, refusals, the prompt, timers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from kickoff_tui import cli
from kickoff_tui.commands import resume as resume_cmd
from kickoff_tui.domain import timing
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import session_store as store
from kickoff_tui.storage.lock import SessionLock

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def agenda(title: str = "Acme kickoff") -> Agenda:
    return Agenda(
        meeting=Meeting(title=title),
        items=(Item("Introductions", 300), Item("Scope", 600), Item("Next steps", 300)),
    )


def crashed_meeting(clock: FakeClock, title: str = "Acme kickoff", *, start: bool = True) -> str:
    """A session left unfinished on item 2, with one entry and a draft; returns its id."""
    handle = store.new_session(agenda(title), "acme.yaml", clock)
    meeting = LiveMeeting(handle.session, handle.journal, clock)
    if start:
        meeting.start()
        clock.advance(200)
        meeting.next_item()
        clock.advance(90)
        meeting.capture("decision", "Launch in March")
        meeting.save_draft("risk", "Budget might")
    handle.close()  # the lock goes, as after a crash once its process is gone
    return handle.session_id


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[store.LiveHandle]:
    """Stand in for the live app: record the handle it would run on."""
    import kickoff_tui.ui.launch as launch

    seen: list[store.LiveHandle] = []

    def fake_run_live(handle: store.LiveHandle, **kwargs: Any) -> int:
        seen.append(handle)
        assert handle.lock is not None and handle.lock.held  # resumed sessions are locked
        handle.close()
        return 0

    monkeypatch.setattr(launch, "run_live", fake_run_live)
    return seen


def test_resume_opens_the_latest_unfinished_session_where_it_was(
    clock: FakeClock, opened: list[store.LiveHandle]
) -> None:
    older = crashed_meeting(clock, "Older")
    clock.advance(3600)
    newest = crashed_meeting(clock, "Newest")
    assert cli.main(["resume"]) == 0
    (handle,) = opened
    assert handle.session_id == newest != older
    session = handle.session
    assert session.current == 1 and not session.paused
    assert (session.draft_kind, session.draft_text) == ("risk", "Budget might")
    assert [e.text for e in session.live_entries()] == ["Launch in March"]


def test_resume_by_prefix(clock: FakeClock, opened: list[store.LiveHandle]) -> None:
    first = crashed_meeting(clock, "First")
    clock.advance(3600)
    crashed_meeting(clock, "Second")
    assert cli.main(["resume", first[:17]]) == 0
    assert opened[0].session_id == first


def test_resume_refuses_a_session_open_elsewhere_naming_pid_and_host(
    clock: FakeClock, opened: list[store.LiveHandle], capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = crashed_meeting(clock)
    lock = SessionLock.acquire(store.session_folder(session_id))  # this live process holds it
    try:
        assert cli.main(["resume"]) == 2
    finally:
        lock.release()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert f"pid {lock.info.pid} on {lock.info.host}" in err[0]
    assert opened == []


def test_resume_refuses_an_ended_session_and_says_how_to_export(
    clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    LiveMeeting(handle.session, handle.journal, clock).finish()
    handle.close()
    assert cli.main(["resume", handle.session_id]) == 2
    assert f"kickoff export {handle.session_id}" in capsys.readouterr().err


def test_resume_with_no_sessions_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["resume"]) == 2
    assert capsys.readouterr().err.strip() == (
        "kickoff: no sessions yet; start one with `kickoff run`"
    )


def test_resume_reports_what_the_journal_lost(
    clock: FakeClock, opened: list[store.LiveHandle], capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = crashed_meeting(clock)
    journal = store.session_folder(session_id) / store.JOURNAL_NAME
    lines = journal.read_bytes().split(b"\n")
    lines[2] = b"{not json"
    journal.write_bytes(b"\n".join(lines))
    assert cli.main(["resume"]) == 0
    assert "line 3: damaged" in capsys.readouterr().err


# ----- timers on resume ----------------------------------------------------------------


def test_a_running_item_counts_the_time_kickoff_was_down(clock: FakeClock) -> None:
    """Laptop asleep ten minutes (or kickoff dead): wall-clock time went on in the room."""
    session_id = crashed_meeting(clock)
    before = timing.item_remaining(store.load_session(session_id), 1, clock.now())
    clock.advance(600)
    after = timing.item_remaining(store.load_session(session_id), 1, clock.now())
    assert before == 600 - 90 and after == before - 600


def test_a_paused_item_keeps_its_time_across_the_gap(clock: FakeClock) -> None:
    handle = store.new_session(agenda(), "acme.yaml", clock)
    meeting = LiveMeeting(handle.session, handle.journal, clock)
    meeting.start()
    clock.advance(120)
    meeting.toggle_pause()
    handle.close()
    clock.advance(600)
    session = store.load_session(handle.session_id)
    assert session.paused and timing.item_remaining(session, 0, clock.now()) == 180


# ----- plain `kickoff` ---------------------------------------------------------------------


def test_only_sessions_with_something_in_them_are_offered(clock: FakeClock) -> None:
    crashed_meeting(clock, "Real meeting")
    clock.advance(60)
    crashed_meeting(clock, "Opened and left in the lobby", start=False)
    candidate = resume_cmd.offer_candidate()
    assert candidate is not None and candidate.title == "Real meeting"


def test_describe_names_the_title_the_time_and_the_entries(clock: FakeClock) -> None:
    session_id = crashed_meeting(clock)
    info = store.find_session(session_id, unfinished_only=True)
    text = resume_cmd.describe(info)
    assert text.startswith('"Acme kickoff" (unfinished since ')
    assert text.endswith(", 1 entry)")


def test_without_a_terminal_the_offer_is_a_hint_and_never_asks(
    clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = crashed_meeting(clock)

    def never(question: str) -> str:
        raise AssertionError("asked without a terminal")

    assert resume_cmd.offer_resume(ask=never, interactive=False) is None
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"kickoff resume {session_id}" in err[0]


@pytest.mark.parametrize("answer", ["", "y", "Yes", " Y "])
def test_yes_or_enter_resumes(
    clock: FakeClock, opened: list[store.LiveHandle], answer: str
) -> None:
    session_id = crashed_meeting(clock)
    asked: list[str] = []

    def ask(question: str) -> str:
        asked.append(question)
        return answer

    assert resume_cmd.offer_resume(ask=ask, interactive=True) == 0
    assert asked[0].startswith('Resume "Acme kickoff" (unfinished since ')
    assert asked[0].endswith("? [Y/n] ")
    assert opened[0].session_id == session_id


@pytest.mark.parametrize("reply", ["n", "no", "later"])
def test_no_starts_a_new_meeting(
    clock: FakeClock, opened: list[store.LiveHandle], reply: str
) -> None:
    crashed_meeting(clock)
    assert resume_cmd.offer_resume(ask=lambda q: reply, interactive=True) is None
    assert opened == []


def test_end_of_input_is_no(clock: FakeClock, opened: list[store.LiveHandle]) -> None:
    crashed_meeting(clock)

    def eof(question: str) -> str:
        raise EOFError

    assert resume_cmd.offer_resume(ask=eof, interactive=True) is None
    assert opened == []


def test_plain_kickoff_without_a_tty_hints_then_runs_a_new_meeting(
    clock: FakeClock,
    opened: list[store.LiveHandle],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = crashed_meeting(clock)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert cli.main([]) == 0
    assert f"kickoff resume {old}" in capsys.readouterr().err
    (handle,) = opened
    assert handle.session_id != old and not handle.session.started  # a new meeting


def test_plain_kickoff_with_nothing_to_resume_asks_nothing(
    opened: list[store.LiveHandle], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([]) == 0
    assert capsys.readouterr().err == ""
    assert len(opened) == 1


def test_a_meeting_quit_on_purpose_is_offered_like_a_crashed_one(clock: FakeClock) -> None:
    handle = store.new_session(agenda("Left for lunch"), "lunch.yaml", clock)
    meeting = LiveMeeting(handle.session, handle.journal, clock)
    meeting.start()
    meeting.leave()
    handle.close()
    candidate = resume_cmd.offer_candidate()
    assert candidate is not None
    assert (candidate.title, candidate.status) == ("Left for lunch", store.LEFT)
