"""The public view: what the room may see, decided once. Private text never gets in."""

from __future__ import annotations

from dataclasses import astuple
from pathlib import Path

from room_journal import ATTITUDE, PRIVATE_WORDS, WrittenMeeting, in_first_item

from kickoff_tui.domain.public_view import public_view, room_phase
from kickoff_tui.domain.session import Session
from kickoff_tui.storage.follower import JournalFollower


def _session(written_path: Path) -> Session:
    follower = JournalFollower(written_path)
    follower.poll()
    assert follower.session is not None
    return follower.session


def _all_text(value: object) -> str:
    return repr(astuple(value))  # type: ignore[arg-type]


def test_private_text_is_in_the_session_but_not_in_the_view(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    session = _session(written.path)
    view = public_view(session)
    # the fold holds every private word (so the test can fail) ...
    everything = repr(session.agenda.to_dict()) + repr(session.entries) + session.draft_text
    assert all(word in everything for word in PRIVATE_WORDS)
    # ... and the view holds none
    shown = _all_text(view)
    assert [word for word in PRIVATE_WORDS if word in shown] == []


def test_private_text_stays_out_in_every_phase_and_with_an_exercise(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    m = written.meeting
    m.next_item()  # the stakeholder map item
    written.exercises.cycle_attitude(1, "Ben Okafor")
    written.exercises.place_stakeholder(1, "Ben Okafor", "high", "near")
    session = _session(written.path)
    view = public_view(session)
    assert view.exercise is not None
    assert any("Ben Okafor" in line for line in view.exercise.lines)
    for step in (m.toggle_pause, m.toggle_pause, m.end, m.finish):
        step()
        shown = _all_text(public_view(_session(written.path)))
        assert [w for w in (*PRIVATE_WORDS, "sceptic", "supporter", ATTITUDE) if w in shown] == []


def test_phases_follow_the_meeting(tmp_path: Path) -> None:
    written = WrittenMeeting(tmp_path)
    m = written.meeting
    phases = [room_phase(_session(written.path))]
    for step in (m.start, m.toggle_pause, m.toggle_pause, m.end, m.finish):
        step()
        phases.append(room_phase(_session(written.path)))
    assert phases == ["lobby", "item", "paused", "item", "review", "closed"]


def test_item_values_the_room_sees(tmp_path: Path) -> None:
    written = in_first_item(tmp_path)
    view = public_view(_session(written.path))
    first = view.items[0]
    assert (first.number, first.title, first.owner) == (1, "Welcome and introductions", "Ana Ruiz")
    assert [(c.text, c.done) for c in first.checklist] == [
        ("Roles named", True),
        ("Parking lot explained", False),
    ]
    assert [(e.kind, e.text, e.owner, e.due) for e in view.entries_for(0)] == [
        ("decision", "Weekly status on Fridays", "", ""),
        ("action", "Send the brief", "Ben Okafor", "2026-12-04"),
    ]
    assert [p.attendance for p in view.people] == ["present", ""]
