"""What a follow-up meeting says about each earlier action (done, still open with a new due date
or owner, dropped and by whom) reaches the minutes, the JSON and the CSV; two sessions end to
end through `kickoff export`, and a hand-written Markdown file with mixed task lists."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import jsonschema
import pytest

from kickoff_tui.cli import main
from kickoff_tui.commands.run import with_open_actions
from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.follow_up import FollowUp, OpenAction, parse_task_list, with_follow_up
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.record import build_record
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal
from kickoff_tui.storage.session_store import new_session

SCHEMA = json.loads(
    (Path(__file__).parents[2] / "docs" / "minutes.schema.json").read_text(encoding="utf-8")
)
START = datetime(2026, 12, 2, 9, tzinfo=UTC)
PEOPLE = (Person("Ana Ruiz"), Person("Ben Okafor"))


def _agenda(facilitator: str = "Ana Ruiz") -> Agenda:
    return Agenda(
        Meeting("Northwind weekly", length=1800, facilitator=facilitator),
        (Item("Scope", 900), Item("Next steps", 900)),
        PEOPLE,
    )


def _live(agenda: Agenda, *texts: str) -> tuple[LiveMeeting, MemoryJournal]:
    follow_up = FollowUp("notes.md", "2026-11-25", tuple(OpenAction(t) for t in texts))
    created = ev.Event(
        ev.SESSION_CREATED,
        START,
        {"agenda": with_follow_up(agenda, follow_up).to_dict(), "meeting_date": "2026-12-02"},
    )
    journal = MemoryJournal()
    journal.append(created)
    meeting = LiveMeeting(session_from_events([created]), journal, FakeClock(START))
    meeting.start()
    return meeting, journal


def test_a_drop_names_who_dropped_it_else_the_facilitator() -> None:
    meeting, journal = _live(_agenda(), "one", "two", "three")
    meeting.mark_follow_up("1 drop")
    meeting.mark_follow_up("2 dropped @ben")  # matched like a captured @owner
    meeting.mark_follow_up("3 drop @Ghost")  # not an attendee: kept as typed
    marks = [e.data["by"] for e in journal.events if e.type == ev.FOLLOW_UP_MARKED]
    assert marks == ["Ana Ruiz", "Ben Okafor", "Ghost"]
    minutes = render(session_from_events(journal.events))
    assert "- **No owner** — one (no due date; dropped by Ana Ruiz)" in minutes
    assert "- **No owner** — two (no due date; dropped by Ben Okafor)" in minutes
    assert "0 done, 0 still open (carried into the action items), 3 dropped." in minutes


def test_without_a_facilitator_nobody_is_named_and_old_journals_replay() -> None:
    meeting, journal = _live(_agenda(facilitator=""), "one")
    meeting.mark_follow_up("1 drop")
    assert journal.events[-1].data["by"] == ""
    # a journal written before `by` existed: the same line without it still replays
    old = [
        *journal.events[:-1],
        ev.Event(ev.FOLLOW_UP_MARKED, START, {"item": 0, "action": 0, "status": "dropped"}),
    ]
    for events in (journal.events, old):
        session = session_from_events(events)
        assert session.warnings == []
        assert "one (no due date; dropped; nobody was named)" in render(session)
        assert build_record(session).follow_up[0].actions[0].dropped_by == ""


def test_hostile_names_and_texts_stay_text_in_the_minutes() -> None:
    hostile = "[b]x[/b] <script>alert(1)</script> `id` $(rm -rf ~) =cmd|' /C calc'!A0 \u202eRTL 🎉"
    meeting, journal = _live(_agenda(facilitator=hostile), hostile)
    meeting.mark_follow_up("1 drop")
    minutes = render(session_from_events(journal.events))
    dropped = minutes.split("Dropped in this meeting:")[1].split("\n## ")[0]
    assert "dropped by \\[b\\]x\\[/b\\] \\<script>alert(1)\\</script> \\`id\\`" in dropped
    assert "<script>" not in dropped.replace("\\<script>", "")
    assert "\u202e" not in minutes


MIXED = """\
# Actions from the steering group

Intro text with a - [ ] that is not a task.

## Product

* [ ] Write the release notes @ana
+ [X] Publish the roadmap
- [ ] **Ben Okafor** — Confirm the budget (due 2026-12-09)

## Engineering

1. [ ] Fix the login timeout due: 2026-12-04
2. [x] Rotate the keys
3) [ ] Review the on-call rota @ben
4. plain step without a box

Closing words.

- [ ] Last one, after the prose
"""


def test_a_hand_written_file_with_mixed_task_lists_imports_every_open_task() -> None:
    actions, problems = parse_task_list(MIXED, "steering.md")
    assert actions == [
        OpenAction("Write the release notes", "ana"),
        OpenAction("Confirm the budget", "Ben Okafor", "2026-12-09"),
        OpenAction("Fix the login timeout", "", "2026-12-04"),
        OpenAction("Review the on-call rota", "ben"),
        OpenAction("Last one, after the prose"),
    ]
    assert problems == ["steering.md:16: a list item without a checkbox; line skipped"]


def _first_meeting() -> str:
    clock = FakeClock(datetime(2026, 11, 25, 9, tzinfo=UTC))
    with new_session(_agenda(), "a.yaml", clock, date(2026, 11, 25)) as handle:
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        meeting.start()
        for text in (
            "Send the deck @ben 2026-12-01",
            "Book the review",
            "Fix \"=cmd|' /C calc'!A0\" `id`",
            "Old idea",
        ):
            meeting.capture("action", text)
        meeting.end()
        meeting.finish()
        return handle.session_id


def test_two_sessions_end_to_end_the_exports_carry_each_status(
    kickoff_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _first_meeting()
    agenda = with_open_actions(_agenda(), first[:12])
    assert agenda is not None
    clock = FakeClock(START)
    with new_session(agenda, "a.yaml", clock, date(2026, 12, 2)) as handle:
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        meeting.start()
        meeting.toggle_check(0, 0)  # the deck was sent
        meeting.mark_follow_up("2 open fri @ana")  # still open: a new due date and owner
        meeting.mark_follow_up("4 drop @ben")
        meeting.end()
        meeting.finish()
        second = handle.session_id
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    assert main(["export", second, "--format", "json", "--format", "csv", "-o", "out"]) == 0
    data = json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    (follow_up,) = data["follow_up"]
    assert follow_up["item"] == 1 and follow_up["source"] == first
    assert follow_up["date"] == "2026-11-25"
    assert [
        (a["text"], a["status"], a["owner"], a["due"], a["dropped_by"])
        for a in follow_up["actions"]
    ] == [
        ("Send the deck", "done", "Ben Okafor", "2026-12-01", ""),
        ("Book the review", "open", "Ana Ruiz", "2026-12-04", ""),
        ("Fix \"=cmd|' /C calc'!A0\" `id`", "open", "", None, ""),
        ("Old idea", "dropped", "", None, "Ben Okafor"),
    ]
    assert (
        follow_up["actions"][1]["earlier_owner"] == ""
        and follow_up["actions"][1]["earlier_due"] is None
    )

    text = next((tmp_path / "out").glob("*.csv")).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [(r["Summary"], r["Assignee"], r["Due Date"], r["Status"]) for r in rows] == [
        ("Send the deck", "Ben Okafor", "2026-12-01", "done"),
        ("Book the review", "Ana Ruiz", "2026-12-04", "open"),
        ("Fix \"=cmd|' /C calc'!A0\" `id`", "", "", "open"),
        ("Old idea", "", "", "dropped"),
    ]
    assert rows[3]["Description"].endswith(
        f"An open action from the meeting of 2026-11-25 ({first}): dropped by Ben Okafor."
    )
    assert {r["Item"] for r in rows} == {"item 1: Open actions from 2026-11-25"}

    # a third meeting takes along only what the second left open, with its new owner and date
    third = with_open_actions(_agenda(), second)
    assert third is not None
    assert third.items[0].checklist == (
        "Book the review — Ana Ruiz, due 2026-12-04",
        "Fix \"=cmd|' /C calc'!A0\" `id`",
    )


def test_an_owner_in_a_hand_written_file_is_matched_against_the_attendees(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(
        "- [ ] Send the deck @ben\n- [ ] **ana ruiz** — Book a room\n- [ ] Call @ghost\n",
        encoding="utf-8",
    )
    agenda = with_open_actions(_agenda(), str(notes))
    assert agenda is not None
    assert agenda.items[0].checklist == (
        "Send the deck — Ben Okafor",
        "Book a room — Ana Ruiz",
        "Call — ghost",  # nobody of that name: kept as written
    )
