"""`kickoff sessions`: the table, the JSON for scripts, and damaged journals listed, not fatal."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kickoff_tui.cli import main
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.clock import FakeClock, from_stamp
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import session_store as store
from kickoff_tui.text_cells import cell_width

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time UTC+9 with no daylight saving, so "local" is checkable."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def make_session(clock: FakeClock, when: datetime, title: str, notes: int, finish: bool) -> str:
    clock.set(when)
    agenda = Agenda(meeting=Meeting(title=title), items=(Item("Intro", 300),))
    with store.new_session(agenda, "test.yaml", clock) as handle:
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        meeting.start()
        for n in range(notes):
            meeting.capture("note", f"note {n}")
        if finish:
            meeting.finish()
        return handle.session_id


def test_no_sessions_is_a_friendly_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sessions"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No sessions yet") and "kickoff run" in out
    assert main(["sessions", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_table_is_aligned_newest_first_in_local_time(
    clock: FakeClock, tokyo: None, capsys: pytest.CaptureFixture[str]
) -> None:
    older = make_session(clock, AT, "Acme kickoff", notes=12, finish=True)
    newer = make_session(clock, AT.replace(hour=14, minute=5), "Beta", notes=0, finish=False)
    assert main(["sessions"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "TITLE", "STARTED", "STATUS", "ENTRIES"]
    assert lines[1].startswith(newer) and lines[2].startswith(older)
    assert "2026-11-25 23:05" in lines[1] and "crashed" in lines[1]
    assert "2026-11-25 18:00" in lines[2] and "ended" in lines[2]
    for column in ("TITLE", "STARTED", "STATUS"):
        start = lines[0].index(column)
        assert all(line[start - 2 : start] == "  " for line in lines)
        assert all(line[start] != " " for line in lines)
    # counts are right-aligned under the header
    assert [len(line) for line in lines] == [len(lines[0])] * 3
    assert lines[1].endswith(" 0") and lines[2].endswith("12")


def test_json_has_the_same_fields_with_iso_times(
    clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = make_session(clock, AT, "Acme kickoff", notes=3, finish=False)
    assert main(["sessions", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["id"] == session_id
    assert row["title"] == "Acme kickoff"
    assert from_stamp(row["started"]) == AT
    assert row["status"] == "crashed"
    assert row["entries"] == 3
    assert row["problem"] is None


def test_damaged_journal_is_listed_not_fatal(
    clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    good = make_session(clock, AT, "Acme kickoff", notes=1, finish=False)
    bad = make_session(clock, AT.replace(hour=10), "Doomed", notes=1, finish=False)
    journal = store.session_folder(bad) / "journal.jsonl"
    record = json.loads(journal.read_text(encoding="utf-8").splitlines()[0])
    record["schema"] = 99
    journal.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["sessions"]) == 0
    out = capsys.readouterr().out
    bad_line = next(line for line in out.splitlines() if line.startswith(bad))
    assert "damaged" in bad_line
    assert f"{bad} is damaged: " in out and "newer kickoff (schema 99)" in out
    assert good in out
    assert main(["sessions", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert rows[bad]["status"] == "damaged" and "schema 99" in rows[bad]["problem"]
    assert rows[good]["status"] == "crashed"


def test_long_titles_are_cut_to_keep_the_table_readable(
    clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    make_session(clock, AT, "A very long title\nthat goes on " + "and on " * 20, 0, False)
    main(["sessions"])
    row = capsys.readouterr().out.splitlines()[1]
    assert "A very long title that goes on and on" in row and "…" in row


def test_an_emoji_sequence_title_is_cut_whole_and_the_columns_line_up(
    clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one picture, two cells
    make_session(clock, AT, "x" * 37 + family + "tail", 0, False)
    main(["sessions"])
    header, row = capsys.readouterr().out.splitlines()[:2]
    assert row.split("  ")[1] == "x" * 37 + family + "…"  # whole, never cut after a joiner
    started = re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", row)
    assert started is not None
    assert cell_width(row[: started.start()]) == header.index("STARTED")  # in terminal cells


def test_sessions_command_does_not_import_textual_or_rich(kickoff_home: Path) -> None:
    code = (
        "import sys; from kickoff_tui.cli import main; code = main(['sessions']); "
        "ui = [m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')]; "
        "sys.exit(f'loaded {ui}' if ui else code)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
