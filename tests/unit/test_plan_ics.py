"""`kickoff plan --ics`: an invite that a real iCalendar reader (icalendar) reads back (#14)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest
from test_plan_cli import HOSTILE, PRIVATE, SMALL

from kickoff_tui.cli import main
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.invite import invite


def events(text: str) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    return list(calendar.walk("VEVENT"))


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_invite_reads_back_with_times_summary_timetable_and_attendees(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["plan", "small.yaml", "--ics", "--start", "09:30", "-o", "invite.ics"]) == 0
    raw = Path("invite.ics").read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF line ends, as RFC 5545 wants
    (event,) = events(raw.decode("utf-8"))
    assert str(event["SUMMARY"]) == "Portal kickoff"
    assert event.decoded("DTSTART") == datetime(2026, 3, 2, 9, 30)
    assert event.decoded("DTEND") == datetime(2026, 3, 2, 10, 5)
    described = str(event["DESCRIPTION"])
    assert "09:30-09:40 1. Welcome (10m, Ana)" in described
    assert "09:40-10:05 2. Risks (25m)" in described
    assert "Total 35m against 30m planned: 5m over." in described
    assert "Invited: Ana" in described
    attendees = event["ATTENDEE"]
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [a.params["CN"] for a in attendees] == ["Ana"]
    assert "wrote invite.ics" in capsys.readouterr().err


def test_the_same_agenda_gives_the_same_bytes(small: Path) -> None:
    assert main(["plan", "small.yaml", "--ics", "--start", "09:30", "-o", "a.ics"]) == 0
    assert main(["plan", "small.yaml", "--ics", "--start", "09:30", "-o", "b.ics"]) == 0
    assert Path("a.ics").read_bytes() == Path("b.ics").read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ics"], "--ics needs the meeting's date (meeting: date: in the agenda) and --start"),
        (["--ics", "--start", "09:00", "--pre-read"], "--ics and --pre-read are two outputs"),
    ],
)
def test_missing_start_or_two_outputs_is_one_line_and_exit_2(
    small: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["plan", "small.yaml", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    errors = [line for line in captured.err.splitlines() if "warning:" not in line]
    assert len(errors) == 1  # the agenda's warnings come first, as `check` prints them
    assert message in errors[0]


def test_missing_date_is_one_line_and_exit_2(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    small.write_text(SMALL.replace("  date: 2026-03-02\n", ""), encoding="utf-8")
    assert main(["plan", "small.yaml", "--ics", "--start", "09:00"]) == 2
    assert "needs the meeting's date" in capsys.readouterr().err


def test_hostile_text_stays_text_and_nothing_private_leaks() -> None:
    agenda = Agenda(
        HOSTILE.meeting,
        HOSTILE.items,
        (*HOSTILE.people, Person('Quote "Q" ^n, semi; colon: end', notes="x")),
    )
    raw = invite(agenda, date(2026, 3, 2), 23 * 3600 + 50 * 60)
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    assert "\x1b" not in raw
    assert "\x07" not in raw
    for secret in PRIVATE:
        assert secret.lower() not in raw.lower().replace("\r\n ", ""), secret
    (event,) = events(raw)
    assert str(event["SUMMARY"]) == "Kickoff <script>alert(1)</script> | *bold*"
    assert event.decoded("DTEND") == datetime(2026, 3, 3, 0, 5, 45)  # past midnight
    names = [a.params["CN"] for a in event["ATTENDEE"]]
    assert names == ["Zed | <b>", "Ana", 'Quote "Q" ^n, semi; colon: end']
    assert "1. # Not a heading (5m, Zed | <b>)" in str(event["DESCRIPTION"])


def test_an_agenda_without_people_has_no_attendees() -> None:
    agenda = Agenda(Meeting("Solo", date="2026-01-05"), (Item("Think", 600),))
    (event,) = events(invite(agenda, date(2026, 1, 5), 8 * 3600))
    assert "ATTENDEE" not in event
    assert "Invited" not in str(event["DESCRIPTION"])


def test_invite_on_stdout_keeps_its_crlf_line_ends(small: Path) -> None:
    """stdout is wrapped so every line is safe text, which shows a CR as '␍': the invite is
    written as bytes past it (it is escaped already), as `export --stdout` does."""
    process = subprocess.run(
        [sys.executable, "-m", "kickoff_tui", "plan", "small.yaml", "--ics", "--start", "9:00"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert "␍".encode() not in process.stdout
    (event,) = events(process.stdout.decode("utf-8"))
    assert event.decoded("DTSTART") == datetime(2026, 3, 2, 9, 0)
