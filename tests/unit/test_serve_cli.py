"""`kickoff serve` before it listens: the web extra, the session, the port; one line, exit 2."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.served_session import started_session
from kickoff_tui.cli import main
from kickoff_tui.web.address import exposure_warning, is_loopback, link_host, valid_host_header

ROOT = Path(__file__).resolve().parents[2]


def test_without_the_web_extra_it_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "textual_serve", None)  # as if not installed
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "kickoff: serve needs the web extra (textual_serve not installed): "
        "pip install 'kickoff-tui[web]'\n"
    )


def test_no_live_session_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kickoff: no live session to serve;") and err.count("\n") == 1
    assert "`kickoff serve ID`" in err


def test_an_unknown_session_and_a_bad_port_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["serve", "1999"]) == 2
    assert capsys.readouterr().err.startswith("kickoff: no session")
    assert main(["serve", "1999", "--port", "70000"]) == 2
    assert capsys.readouterr().err == (
        "kickoff: --port 70000: choose 1 to 65535, or 0 for any free port\n"
    )


def test_a_port_in_use_is_one_line_and_exit_2(kickoff_home: Path) -> None:
    session_id, _ = started_session(kickoff_home)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = subprocess.run(
            [sys.executable, "-m", "kickoff_tui", "serve", session_id, "--port", str(port)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
    assert process.returncode == 2
    assert process.stdout == ""  # no link for a server that is not there
    assert process.stderr.startswith(f"kickoff: cannot listen on 127.0.0.1:{port} (")
    assert process.stderr.count("\n") == 1 and "--port 0" in process.stderr


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("meeting-room.local", False),
    ],
)
def test_only_loopback_addresses_go_without_a_warning(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_the_warning_is_one_line_and_says_who_can_watch() -> None:
    line = exposure_warning("0.0.0.0")
    assert "\n" not in line and "anyone on that network who has the link can watch" in line


def test_the_link_names_a_reachable_host() -> None:
    assert link_host("127.0.0.1") == "127.0.0.1"
    assert link_host("::1") == "[::1]"
    assert link_host("0.0.0.0") not in ("0.0.0.0", "")  # a wildcard is no address to visit


@pytest.mark.parametrize(
    ("header", "valid"),
    [
        ("127.0.0.1:8000", True),
        ("[::1]:8000", True),
        ("room.local", True),
        ('evil"><script>', False),
        ("a b", False),
        ("", False),
    ],
)
def test_only_plain_host_headers_reach_the_page(header: str, valid: bool) -> None:
    assert valid_host_header(header) is valid


def test_a_title_with_line_breaks_prints_as_one_line_under_the_link(
    kickoff_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A title that breaks the line could print a second, fake link under the real one."""
    agenda = tmp_path / "agenda.yaml"
    agenda.write_text(
        'meeting:\n  title: "Kickoff\\nhttp://evil.example/steal/\\u2028x"\n'
        "items:\n  - title: a\n    timebox: 5m\n",
        encoding="utf-8",
    )
    session_id, _ = started_session(kickoff_home, agenda)
    from kickoff_tui.web import run

    served: list[run.ServeOptions] = []
    monkeypatch.setattr(run, "serve", lambda options: served.append(options) or 0)
    assert main(["serve", session_id]) == 0
    assert served[0].meeting_title == "Kickoff http://evil.example/steal/ x"
