"""`kickoff plan`: the timetable (text and Markdown) and the attendees' pre-read (#14)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pymarkdown.api import PyMarkdownApi
from test_minutes_markdownlint import lint

from kickoff_tui.cli import main
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.plan_text import plain_timetable
from kickoff_tui.domain.pre_read import markdown_timetable, pre_read
from kickoff_tui.storage.agenda_loader import load_agenda

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted((ROOT / "agendas").glob("*.yaml"))

SMALL = """\
meeting:
  title: Portal kickoff
  length: 30m
  date: 2026-03-02
people:
  - name: Ana
    role: Lead
    side: agency
items:
  - title: Welcome
    timebox: 10 min
    owner: Ana
  - title: Risks
    timebox: 25m
    exercise: risks
"""

# Private facts, each a word that appears nowhere else, so finding it means a leak.
HOSTILE = Agenda(
    meeting=Meeting(
        title="Kick\x1b]0;pwned\x07off <script>alert(1)</script> | *bold*",
        goal="Agree # scope [link](javascript:alert(1))",
        date="2026-03-02",
        length=600,
    ),
    people=(
        Person(
            "Zed | <b>",
            role="CTO\x1b[31m",
            side="client",
            type="typesecretword",
            power="high",
            proximity="far",
            attitude="sceptic",
            notes="PERSONNOTESECRET",
        ),
        Person("Ana", role="Lead", side="agency", attitude="champion", notes="ANANOTESECRET"),
    ),
    items=(
        Item(
            "# Not a heading",
            300,
            owner="Zed | <b>",
            goal="<img src=x onerror=alert(1)>",
            prompts=("1. not a list", "- neither", "`code` and \\ backslash"),
            checklist=("CHECKLISTSECRET",),
            notes="ITEMNOTESECRET",
        ),
        Item("Second ##", 45, notes="ITEMNOTESECRET2"),
        Item("Third", 600),
    ),
)
PRIVATE = (
    "PERSONNOTESECRET",
    "ANANOTESECRET",
    "ITEMNOTESECRET",
    "CHECKLISTSECRET",
    "typesecretword",
    "sceptic",
    "champion",
    "high",
    "far",
    "attitude",
    "power",
    "proximity",
)


def findings(text: str) -> list[str]:
    api = PyMarkdownApi().disable_rule_by_identifier("md013")
    result = api.scan_string(text)
    return [f"{f.line_number} {f.rule_id} {f.rule_description}" for f in result.scan_failures]


@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_plain_timetable_from_a_start_time(small: Path) -> None:
    text = plain_timetable(load_agenda(small), 9 * 3600 + 30 * 60, relative=False)
    lines = text.splitlines()
    assert lines[0] == "Portal kickoff: timetable (from 09:30)"
    assert lines[2].split() == ["Start", "End", "Timebox", "Item", "Owner", "Exercise"]
    assert lines[3].split() == ["09:30", "09:40", "10m", "1.", "Welcome", "Ana", "-"]
    assert lines[4].split() == ["09:40", "10:05", "25m", "2.", "Risks", "-", "risks"]
    assert lines[-2] == "Total 35m against 30m planned: 5m over."
    assert lines[-1] == "Projected finish: 10:05."


def test_relative_times_without_a_start_and_an_under_plan_total() -> None:
    agenda = Agenda(Meeting("T", length=3600), (Item("A", 45), Item("B", 600)))
    text = plain_timetable(agenda)
    assert "00:00:00  00:00:45  45s" in text  # seconds shown once an item is not whole minutes
    assert "Total 10m45s against 1h planned: 49m15s under." in text
    assert "Projected finish: 00:10:45 after the start (no start time given; use --start)." in text


def test_no_planned_length_and_midnight_wrap() -> None:
    agenda = Agenda(Meeting("T"), (Item("Late", 3600),))
    text = plain_timetable(agenda, 23 * 3600 + 30 * 60, relative=False)
    assert "23:30  00:30  1h" in text
    assert "Total 1h (no planned length in the agenda)." in text


def test_cli_prints_markdown_when_stdout_is_not_a_terminal(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["plan", "small.yaml", "--start", "9:30"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Portal kickoff: timetable\n")
    assert "| 1 | 09:30 | 09:40 | 10m | Welcome | Ana | — |" in out
    assert "Total 35m against 30m planned: 5m over." in out
    assert findings(out) == []


def test_cli_output_file_is_markdown_for_md_and_text_otherwise(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["plan", "small.yaml", "-o", "plan.md"]) == 0
    assert main(["plan", "small.yaml", "-o", "plan.txt"]) == 0
    assert Path("plan.md").read_text(encoding="utf-8").startswith("# Portal kickoff")
    assert Path("plan.txt").read_text(encoding="utf-8").startswith("Portal kickoff: timetable")
    assert main(["plan", "small.yaml", "-o", "plan.md"]) == 2  # never overwritten unasked
    assert "plan.md already exists; use --force" in capsys.readouterr().err
    assert main(["plan", "small.yaml", "-o", "plan.md", "--force", "--pre-read"]) == 0
    assert "## Who is invited" in Path("plan.md").read_text(encoding="utf-8")


def test_bad_agenda_gets_the_check_lines_and_exit_2(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    small.write_text(SMALL.replace("timebox: 25m", "timebox: 1h90m"), encoding="utf-8")
    assert main(["check", "small.yaml"]) == 2
    checked = capsys.readouterr().err.splitlines()
    assert main(["plan", "small.yaml"]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == checked
    assert checked == [
        "small.yaml:14:14: timebox: '1h90m' has 90m after the hours; "
        "write '2h30m' if that total is meant"
    ]
    assert captured.out == ""


@pytest.mark.parametrize("start", ["25:00", "9.30", "noon", "09:60", "\x1b[31m"])
def test_a_bad_start_is_one_line_and_exit_2(
    small: Path, capsys: pytest.CaptureFixture[str], start: str
) -> None:
    assert main(["plan", "small.yaml", "--start", start]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "is not a time of day; write it like 09:30" in err
    assert "\x1b" not in err


def test_pre_read_has_what_attendees_need(small: Path) -> None:
    text = pre_read(load_agenda(small), 14 * 3600, relative=False)
    assert text.startswith("# Portal kickoff\n\n- When: 2026-03-02, 14:00 to 14:35 (35m)\n")
    assert "| Ana | Lead | agency |" in text
    assert "| 2 | 14:10 | 14:35 | 25m | Risks | — | risks |" in text
    assert "### 1. Welcome (10m)\n\nLed by Ana." in text


def test_pre_read_never_shows_private_facts_or_live_markup() -> None:
    for text in (pre_read(HOSTILE), pre_read(HOSTILE, 9 * 3600, relative=False)):
        lowered = text.lower()
        for secret in PRIVATE:
            assert secret.lower() not in lowered, secret
        assert "\x1b" not in text
        assert "\x07" not in text
        assert re.findall(r"(?<!\\)<[a-z/]", text) == []  # every tag is escaped: shown, not run
        assert "\\| \\<b>" in text  # the pipe and the tag are shown, escaped
        assert "\n# Not a heading" not in text
        assert "\n1. not a list" not in text
        assert "- 1\\. not a list" in text
        assert findings(text) == []


def test_plain_timetable_of_hostile_text_has_no_controls() -> None:
    text = plain_timetable(HOSTILE)
    assert "\x1b" not in text
    assert "\x07" not in text
    assert "ITEMNOTESECRET" not in text


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_agendas_give_lint_clean_markdown(path: Path) -> None:
    agenda = load_agenda(path)
    assert findings(pre_read(agenda, 9 * 3600, relative=False)) == []
    assert findings(pre_read(agenda)) == []
    assert findings(markdown_timetable(agenda)) == []
    for person in agenda.people:  # the bundled agendas do hold private notes: none shows
        if person.notes:
            assert person.notes not in pre_read(agenda)
    for item in agenda.items:
        if item.notes:
            assert item.notes not in pre_read(agenda)


def test_markdownlint_itself_passes_the_pre_reads(tmp_path: Path) -> None:
    documents = {f"pre{i}": pre_read(load_agenda(path)) for i, path in enumerate(BUNDLED)}
    documents["hostile"] = pre_read(HOSTILE, 8 * 3600, relative=False)
    documents["timetable"] = markdown_timetable(HOSTILE)
    assert lint(documents, tmp_path / "lint") == {}
