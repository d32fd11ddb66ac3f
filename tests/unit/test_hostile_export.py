"""`kickoff export` with hostile titles and targets (issue #12.18)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kickoff_tui.cli import main
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import session_store as store
from kickoff_tui.text_safety import is_control, strip_escape_sequences

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
PWNED = "Kickoff \x1b]0;pwned title\x07 \x1b[2J clear \x1b[31mred"


def make_session(clock: FakeClock, title: str) -> str:
    clock.set(AT)
    agenda = Agenda(meeting=Meeting(title=title), items=(Item("Intro", 300),))
    with store.new_session(agenda, "test.yaml", clock) as handle:
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        meeting.start()
        meeting.capture("note", "first")
        return handle.session_id


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KICKOFF_MINUTES_DIR", raising=False)
    return tmp_path


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        (PWNED, "Kickoff   clear red"),
        ("\x9b2J x \x9d0;title\x9c y", " x  y"),
        ("\x1b]8;;https://e.example\x1b\\link\x1b]8;;\x1b\\", "link"),
        ("tail \x1b]52;c;aGVsbG8=", "tail "),
        ("東京 kickoff", "東京 kickoff"),
    ],
)
def test_escape_sequences_are_stripped_with_their_parameters(text: str, stripped: str) -> None:
    assert strip_escape_sequences(text) == stripped


def test_the_file_name_keeps_no_escape_parameters(
    clock: FakeClock, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = make_session(clock, PWNED)
    assert main(["export", session_id]) == 0
    [written] = workdir.glob("*.md")
    assert written.name == "2026-11-25-kickoff-clear-red.md"
    assert "Minutes written to 2026-11-25-kickoff-clear-red.md" in capsys.readouterr().out


def test_export_says_which_folders_it_created(
    clock: FakeClock, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = make_session(clock, "Acme")
    assert main(["export", session_id, "-o", "a/b/c/out.md"]) == 0
    assert (workdir / "a/b/c/out.md").is_file()
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["Created folder a/b/c", "Minutes written to a/b/c/out.md"]
    assert main(["export", session_id, "-o", "a/b/c/again.md"]) == 0
    assert "Created folder" not in capsys.readouterr().out  # it exists now


def test_an_entry_in_an_item_before_minus_one_is_not_before_the_first_item(
    clock: FakeClock, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = make_session(clock, "Acme")
    journal = store.session_folder(session_id) / store.JOURNAL_NAME
    line = {
        "v": 1,
        "type": "entry_added",
        "at": "2026-11-25T09:01:00.000Z",
        "id": "e99",
        "kind": "note",
        "item": -5,
        "text": "from nowhere",
    }
    with journal.open("a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")
    assert main(["export", session_id, "--stdout"]) == 0
    captured = capsys.readouterr()
    assert "from nowhere" not in captured.out and "Before the first item" not in captured.out
    assert "line 4" in captured.err and "skipped" in captured.err


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv", "gh", "ics"])
def test_export_to_stdout_writes_no_control_character_a_terminal_acts_on(
    fmt: str, clock: FakeClock, workdir: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    clock.set(AT)
    agenda = Agenda(meeting=Meeting(title="Acme"), items=(Item("Intro", 300),))
    with store.new_session(agenda, "test.yaml", clock) as handle:
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        meeting.start()
        for kind in ("action", "decision"):
            meeting.capture(kind, f"ship {PWNED} \x9b31m\x07 by 2026-12-01")
        session_id = handle.session_id
    capfdbinary.readouterr()
    assert main(["export", session_id, "--format", fmt, "--stdout"]) == 0
    out = capfdbinary.readouterr().out.decode("utf-8")
    acted_on = sorted({f"U+{ord(c):04X}" for c in out if c not in "\t\n\r" and is_control(c)})
    assert acted_on == [], f"{fmt} --stdout wrote {acted_on}"
    assert "ship" in out
