"""Follow-up of open actions: the task-list parser, and two sessions end to end (the first ends
with open actions, the second follows up on it, from the session and from its minutes)."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kickoff_tui.cli_parser import build_parser
from kickoff_tui.commands.run import with_open_actions
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.follow_up import (
    FollowUpMark,
    OpenAction,
    follow_up_of,
    parse_mark,
    parse_task_list,
)
from kickoff_tui.domain.minutes import render
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.session_store import load_session, new_session

HAND_WRITTEN = """\
# Notes from the call

Some prose with a [link](https://example.com) and - [ ] inside a sentence.

- [ ] Send the deck @ben due: 2026-12-04
- [x] Already done @ana
- [ ] **Claire Dubois** — Draft the \\*comms\\* plan (due 2026-12-01)
- plain item in the task list
  - [ ] nested sub-task
- [] broken box
- [ ] <img src=x onerror=alert(1)> hostile
<div>html line</div>
- [ ]
- [ ] $(rm -rf ~) `whoami` =cmd|' /C calc'!A0

1. an ordinary numbered list far from any task
"""


def test_hand_written_task_list_imports_what_it_can_and_names_each_skipped_line() -> None:
    actions, problems = parse_task_list(HAND_WRITTEN, "notes.md")
    assert actions == [
        OpenAction("Send the deck", "ben", "2026-12-04"),
        OpenAction("Draft the *comms* plan", "Claire Dubois", "2026-12-01"),
        OpenAction("$(rm -rf ~) `whoami` =cmd|' /C calc'!A0", "", ""),
    ]
    assert problems == [
        "notes.md:8: a list item without a checkbox; line skipped",
        "notes.md:9: nested task lists are not read; line skipped",
        "notes.md:10: the checkbox must be '[ ]' or '[x]'; line skipped",
        "notes.md:11: HTML in a task is not read; line skipped",
        "notes.md:12: HTML in a task list is not read; line skipped",
        "notes.md:13: a task with no text; line skipped",
    ]


def test_a_document_without_tasks_gives_nothing_and_no_complaints() -> None:
    assert parse_task_list("# Title\n\n- a\n- b\n\n<p>hi</p>\n", "x.md") == ([], [])


def _agenda(*items: Item) -> Agenda:
    return Agenda(
        Meeting("Northwind kickoff", length=1800),
        items or (Item("Scope", 900), Item("Next steps", 900)),
        (Person("Ana Ruiz"), Person("Ben Okafor")),
    )


def _first_meeting() -> str:
    clock = FakeClock(datetime(2026, 11, 25, 9, tzinfo=UTC))
    with new_session(_agenda(), "a.yaml", clock, date(2026, 11, 25)) as handle:
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        meeting.start()
        meeting.capture("action", "Send the research deck @ben 2026-12-01")
        meeting.capture("action", "Book the design review [now]")
        meeting.end()
        meeting.finish()
        return handle.session_id


def test_two_sessions_the_second_follows_up_on_the_first(kickoff_home: Path) -> None:
    first = _first_meeting()
    agenda = with_open_actions(_agenda(), first[:12])
    assert agenda is not None
    item = agenda.items[0]
    assert item.title == "Open actions from 2026-11-25"
    assert item.checklist == (
        "Send the research deck — Ben Okafor, due 2026-12-01",
        "Book the design review [now]",
    )
    clock = FakeClock(datetime(2026, 12, 2, 9, tzinfo=UTC))
    with new_session(agenda, "a.yaml", clock, date(2026, 12, 2)) as handle:
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        meeting.start()
        meeting.toggle_check(0, 0)  # the deck was sent
        meeting.end()
        second = handle.session_id
    replayed = load_session(second)
    follow_up = follow_up_of(replayed.agenda.items[0])
    assert follow_up is not None and follow_up.source == first
    minutes = render(replayed)
    assert "## Follow-up of earlier actions" in minutes
    assert "- [x] **Ben Okafor** — Send the research deck (due 2026-12-01)" in minutes
    assert "- [ ] **No owner** — Book the design review \\[now\\] (no due date)" in minutes
    actions = minutes.split("## Action items")[1].split("##")[0]
    assert (
        "Book the design review \\[now\\] (no due date, still open from the meeting of 2026-11-25)"
        in actions
    )
    assert "Send the research deck" not in actions

    # a third meeting follows up on the second: the still-open one comes along again
    third = with_open_actions(_agenda(), second)
    assert third is not None
    assert third.items[0].checklist == ("Book the design review [now]",)


def test_our_own_minutes_read_back_as_the_same_open_actions(
    kickoff_home: Path, tmp_path: Path
) -> None:
    first = _first_meeting()
    minutes = tmp_path / "minutes.md"
    minutes.write_text(render(load_session(first)), encoding="utf-8")
    from_file = with_open_actions(_agenda(), str(minutes))
    from_session = with_open_actions(_agenda(), first)
    assert from_file is not None and from_session is not None
    assert from_file.items[0].checklist == from_session.items[0].checklist
    assert from_file.items[0].title == "Open actions from 2026-11-25"


def test_a_follow_up_placeholder_item_is_replaced_in_place(tmp_path: Path) -> None:
    notes = tmp_path / "n.md"
    notes.write_text("- [ ] one\n", encoding="utf-8")
    agenda = _agenda(Item("Hello", 300), Item("Follow-up", 600, kind="follow-up", owner="Ana"))
    placed = with_open_actions(agenda, str(notes))
    assert placed is not None
    assert [i.title for i in placed.items] == ["Hello", "Open actions from the last meeting"]
    assert placed.items[1].timebox == 600 and placed.items[1].owner == "Ana"


def test_unreadable_sources_give_one_line(
    kickoff_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert with_open_actions(_agenda(), str(tmp_path / "missing.md")) is None
    assert capsys.readouterr().err.count("\n") == 1
    binary = tmp_path / "b.md"
    binary.write_bytes(b"\xff\xfe- [ ] x")
    assert with_open_actions(_agenda(), str(binary)) is None
    assert capsys.readouterr().err == f"{binary}: not UTF-8 text\n"
    assert with_open_actions(_agenda(), "nosuchsession") is None
    assert capsys.readouterr().err.startswith("--follow-up nosuchsession: ")
    fifo = tmp_path / "notes.md"
    os.mkfifo(fifo)  # reading it would wait forever for a writer
    assert with_open_actions(_agenda(), str(fifo)) is None
    assert capsys.readouterr().err == f"{fifo}: a FIFO or a device, not a task list\n"


def test_run_takes_follow_up() -> None:
    args = build_parser().parse_args(["run", "a.yaml", "--follow-up", "2026"])
    assert args.follow_up == "2026"


def test_an_agenda_file_may_declare_the_follow_up_place(tmp_path: Path) -> None:
    from kickoff_tui.storage.agenda_loader import load_agenda

    path = tmp_path / "a.yaml"
    path.write_text(
        "meeting: {title: K, length: 20m}\n"
        "items:\n  - {title: Hello, timebox: 5m}\n"
        "  - {title: Last time, timebox: 10m, kind: follow-up}\n",
        encoding="utf-8",
    )
    notes = tmp_path / "n.md"
    notes.write_text("- [ ] one @ana\n", encoding="utf-8")
    placed = with_open_actions(load_agenda(path), str(notes))
    assert placed is not None
    assert [i.title for i in placed.items] == ["Hello", "Open actions from the last meeting"]
    assert placed.items[1].checklist == ("one — ana",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2 done", (1, FollowUpMark("done"))),
        ("1 still open next fri @ben", (0, FollowUpMark("open", "2026-12-04", "ben"))),
        ("3 drop", (2, FollowUpMark("dropped"))),
        ("3 dropped @ana", (2, FollowUpMark("dropped", by="ana"))),
    ],
)
def test_marks_are_read(typed: str, expected: tuple[int, FollowUpMark]) -> None:
    assert parse_mark(typed, 3, date(2026, 11, 25)) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("done", "Start with the action's number"),
        ("4 done", "Start with the action's number (1-3)"),
        ("1 maybe", "'maybe' is not done, open or drop"),
        ("1 drop fri", "Drop takes only @who dropped it"),
        ("1 drop @ana @ben", "Drop takes only @who dropped it"),
        ("1 done @ana", "A done action takes nothing more"),
        ("1 open someday", "'someday' is not a date"),
        ("\u00b2 done", "Start with the action's number"),  # a digit int() refuses
        ("1" * 5000 + " done", "Start with the action's number"),  # past int()'s limit
    ],
)
def test_unreadable_marks_say_why(typed: str, message: str) -> None:
    with pytest.raises(ValueError, match="^" + re.escape(message)):
        parse_mark(typed, 3, date(2026, 11, 25))
