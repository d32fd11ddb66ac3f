"""Hostile text through every line the CLI writes for a human (issue #12.2, #12.12).

A journal copied from elsewhere never went through the agenda check, so its titles, entries
and event types can hold escape sequences; a terminal may be set to ASCII.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kickoff_tui import cli_output
from kickoff_tui.cli import main
from kickoff_tui.commands import resume
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage import session_store as store

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
HOSTILE_TITLE = "Kickoff \x1b]0;pwned\x07 \x1b]52;c;aGVsbG8=\x07 \x9b2J \x1b[31mred"
RAW = ("\x1b", "\x07", "\x9b")


def make_session(clock: FakeClock, title: str, *, notes: int = 1) -> str:
    clock.set(AT)
    agenda = Agenda(meeting=Meeting(title=title), items=(Item("Intro", 300),))
    with store.new_session(agenda, "test.yaml", clock) as handle:
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        meeting.start()
        for n in range(notes):
            meeting.capture("note", f"note {n}")
        return handle.session_id


def assert_no_raw_controls(text: str) -> None:
    assert not any(c in text for c in RAW), repr(text)


def test_sessions_table_shows_escape_sequences_as_visible_characters(
    clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    make_session(clock, HOSTILE_TITLE)
    assert main(["sessions"]) == 0
    captured = capsys.readouterr()
    assert_no_raw_controls(captured.out + captured.err)
    assert "Kickoff ␛]0;pwned␇" in captured.out


def test_sessions_json_keeps_the_title_exact(
    clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    make_session(clock, HOSTILE_TITLE)
    assert main(["sessions", "--json"]) == 0
    out = capsys.readouterr().out
    assert_no_raw_controls(out)
    assert json.loads(out)[0]["title"] == HOSTILE_TITLE


def test_journal_warnings_show_escape_sequences_as_visible_characters(
    clock: FakeClock, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    session_id = make_session(clock, "Acme")
    journal = store.session_folder(session_id) / store.JOURNAL_NAME
    line = {"v": 1, "type": "\x1b]0;pwned\x07\x9b2J", "at": "2026-11-25T09:01:00.000Z"}
    with journal.open("a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")
    os.chdir(tmp_path)
    assert main(["export", session_id]) == 0
    err = capsys.readouterr().err
    assert "unknown event type" in err
    assert_no_raw_controls(err)


def test_resume_question_shows_escape_sequences_as_visible_characters(clock: FakeClock) -> None:
    make_session(clock, HOSTILE_TITLE)
    asked: list[str] = []

    def ask(question: str) -> str:
        asked.append(question)
        return "n"

    assert resume.offer_resume(ask=ask, interactive=True) is None
    [question] = asked
    assert question.startswith('Resume "Kickoff ␛]0;pwned␇')
    assert_no_raw_controls(question)


def run_cli(*args: str, home: Path, cwd: Path, encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = os.environ | {"KICKOFF_HOME": str(home), "PYTHONIOENCODING": encoding}
    command = [sys.executable, "-m", "kickoff_tui", *args]
    return subprocess.run(command, capture_output=True, env=env, cwd=cwd, timeout=60)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_that_cannot_show_the_title_gets_question_marks_not_a_crash(
    clock: FakeClock, kickoff_home: Path, tmp_path: Path, encoding: str
) -> None:
    session_id = make_session(clock, "東京 kickoff 👩‍👩‍👧 " + HOSTILE_TITLE)
    done = run_cli("sessions", home=kickoff_home, cwd=tmp_path, encoding=encoding)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert session_id.encode() in done.stdout and b"?? kickoff" in done.stdout
    assert not any(c.encode("latin-1") in done.stdout for c in RAW)

    done = run_cli("export", session_id, home=kickoff_home, cwd=tmp_path, encoding=encoding)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert done.stdout.startswith(b"Minutes written to ")
    [written] = tmp_path.glob("*.md")
    assert "東京" in written.read_text(encoding="utf-8")


def test_sessions_json_on_an_ascii_terminal_is_still_exact_json(
    clock: FakeClock, kickoff_home: Path, tmp_path: Path
) -> None:
    make_session(clock, "東京 kickoff")
    done = run_cli("sessions", "--json", home=kickoff_home, cwd=tmp_path, encoding="ascii")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["title"] == "東京 kickoff"


def cells(text: str) -> int:
    """Terminal cells, counted independently of the code under test: wide characters two."""
    import unicodedata

    return sum(
        0
        if unicodedata.category(c) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(c) in ("W", "F")
        else 1
        for c in text
    )


def test_sessions_columns_line_up_in_cells_with_cjk_and_emoji_titles(
    clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    titles = ["東京キックオフ会議", "🚀 launch 🎉 party", "Acme", "Ｆｕｌｌｗｉｄｔｈ " * 5]
    for title in titles:
        make_session(clock, title)
    assert main(["sessions"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[0]
    started = header.index("STARTED")
    for line in lines[1:]:
        date = line.index("2026-")
        assert cells(line[:date]) == started, line
    assert len({cells(line) for line in lines}) == 1  # the counts end in the same cell
    assert any("…" in line for line in lines)  # the fullwidth title is cut to 40 cells
    assert all(cells(line.split("  ")[1]) <= 40 for line in lines[1:])


HOSTILE_NAME = "x\x1b]0;pwned\x07\x9b2J"


@pytest.mark.parametrize(
    "args",
    [
        ["check", f"{HOSTILE_NAME}.yaml"],  # no such file: the name is echoed
        ["new", f"{HOSTILE_NAME}.yaml"],
        ["sessions", HOSTILE_NAME],  # argparse: unrecognized arguments
        ["export", f"{HOSTILE_NAME}/journal.jsonl"],
        ["resume", HOSTILE_NAME],
        ["run", f"{HOSTILE_NAME}.yaml"],
    ],
    ids=["check", "new", "argparse", "export-path", "resume-id", "run-agenda"],
)
def test_every_command_echoes_hostile_arguments_as_visible_characters(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.chdir(tmp_path)
    with contextlib.suppress(SystemExit):  # argparse's own usage errors
        main(args)
    captured = capsys.readouterr()
    assert captured.out + captured.err
    assert_no_raw_controls(captured.out + captured.err)


def test_a_reader_that_went_away_is_not_an_error(kickoff_home: Path, tmp_path: Path) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # `kickoff sessions | head -0`: nobody reads
    env = os.environ | {"KICKOFF_HOME": str(kickoff_home)}
    for command in (["templates"], ["sessions"], ["--version"]):
        done = subprocess.run(
            [sys.executable, "-m", "kickoff_tui", *command],
            stdout=writer,
            stderr=subprocess.PIPE,
            env=env,
            cwd=tmp_path,
            timeout=60,
        )
        assert (done.returncode, done.stderr) == (0, b""), command
    os.close(writer)


def test_a_stream_that_cannot_be_wrapped_is_left_as_it_is() -> None:
    closed = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    closed.close()
    assert cli_output._wrap(closed) is None
