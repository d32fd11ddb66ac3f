"""The pure parts of the live widgets: digits, time formats, @name completion, run errors."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from kickoff_tui.ui.widgets.capture_bar import owner_completion
from kickoff_tui.ui.widgets.countdown import fitting_scale, render_big, text_height, text_width
from kickoff_tui.ui.widgets.formatting import countdown_text, due_text, short_duration

PEOPLE = ["Ana Ruiz", "Ben Okafor", "Benedict Cole", "Claire Dubois"]
DAY = date(2026, 11, 25)


def test_countdown_text_rounds_up_while_time_is_left_and_counts_up_after() -> None:
    assert countdown_text(300) == "05:00"
    assert countdown_text(0.2) == "00:01"
    assert countdown_text(0) == "00:00"
    assert countdown_text(-192) == "+03:12"
    assert countdown_text(2 * 3600) == "2:00:00"
    assert short_duration(-75.9) == "1:15"


def test_block_digits_fill_the_room_they_are_given() -> None:
    lines = render_big("12:34", 2)
    assert len(lines) == text_height(2) == 5
    assert {len(line) for line in lines} == {text_width("12:34", 2)}
    assert fitting_scale(44, 7) == 2  # 80x24: two half-block pixels per row, five rows
    assert fitting_scale(90, 25) == 4
    assert fitting_scale(10, 2) == 0  # too small: the widget falls back to plain text


def test_owner_completion_uses_the_shortest_name_that_resolves() -> None:
    assert owner_completion("ask @cl", PEOPLE, DAY) == "ask @Claire"
    assert owner_completion("@okaf", PEOPLE, DAY) == "@Okafor"
    assert owner_completion("@ben_o", PEOPLE, DAY) == "@Ben_Okafor"
    assert owner_completion("ask @be", PEOPLE, DAY) is None  # Ben or Benedict: keep typing
    assert owner_completion("ask @zed", PEOPLE, DAY) is None
    assert owner_completion("no owner yet", PEOPLE, DAY) is None


def test_due_dates_read_like_a_person_says_them() -> None:
    assert due_text("2026-12-04") == "Fri 4 Dec"
    assert due_text("soonish") == "soonish"


def test_run_reports_a_bad_agenda_without_loading_textual(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("meeting:\n  title: x\nitems: []\n", "utf-8")
    probe = (
        "import sys\n"
        "from kickoff_tui.cli import main\n"
        f"code = main(['run', {str(bad)!r}])\n"
        "print('textual loaded' if 'textual' in sys.modules else 'no textual', code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.stdout.strip() == "no textual 2"
    assert done.stderr.startswith(str(bad))
    assert "Traceback" not in done.stderr


def test_run_names_an_unknown_bundled_agenda_in_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kickoff_tui", "run", "client-kickof"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "client-kickoff" in done.stderr
