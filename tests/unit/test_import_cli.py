"""`kickoff import`: Markdown agendas as found in docs, turned into agenda files (#14)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kickoff_tui.agenda_import import read_markdown, split_item, to_yaml
from kickoff_tui.cli import main
from kickoff_tui.storage.agenda_loader import check_file, check_text, load_agenda

CORPUS = Path(__file__).resolve().parents[1] / "import_corpus"
DOCUMENTS = sorted(CORPUS.glob("*.md"))


def test_the_corpus_has_each_shape_of_agenda() -> None:
    assert {p.stem for p in DOCUMENTS} >= {"table", "numbered", "headings", "mixed", "bullets"}


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.stem)
def test_corpus_document_gives_the_expected_yaml_and_reports(
    document: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(CORPUS)  # the reports name the file as typed
    target = tmp_path / "out.yaml"
    code = main(["import", document.name, "-o", str(target)])
    expected_skips = (CORPUS / f"{document.stem}.skipped").read_text(encoding="utf-8")
    assert capsys.readouterr().err == expected_skips
    assert code == (1 if expected_skips else 0)
    written = target.read_text(encoding="utf-8")
    assert written == (CORPUS / f"{document.stem}.yaml").read_text(encoding="utf-8")
    result = check_file(target)
    assert result.agenda is not None
    assert [p for p in result.problems if not p.warning] == []
    monkeypatch.chdir(tmp_path)
    assert main(["check", str(target)]) == 0


def test_each_way_of_writing_an_item() -> None:
    assert split_item("Welcome (5 min)") == ("Welcome", 300, "")
    assert split_item("Scope — 20m — @Ana") == ("Scope", 1200, "Ana")
    assert split_item("Risks [15m]") == ("Risks", 900, "")
    assert split_item(" 10:00 | Intro | 10 min ") == ("Intro", 600, "")
    assert split_item("Retro 10 min") == ("Retro", 600, "")
    assert split_item("Coffee") == ("Coffee", None, "")
    assert split_item("Top 5 risks") == ("Top 5 risks", None, "")  # a number, not a duration
    assert split_item("Review (1h90m)") == ("Review (1h90m)", None, "")  # refused, not guessed


def test_nested_bullets_are_prompts_and_goal_lines_goals() -> None:
    imported = read_markdown(
        "# T\n\n- Welcome (5 min)\n  - Who is here?\n  - Goal: know each other\n"
        "- Plan (10m)\n    * What first?\n"
    )
    assert imported.items == [
        {"title": "Welcome", "timebox": "5m", "prompts": ["Who is here?"],
         "goal": "know each other"},
        {"title": "Plan", "timebox": "10m", "prompts": ["What first?"]},
    ]  # fmt: skip
    assert imported.skipped == []


def test_hostile_text_is_written_as_data_and_passes_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "evil.md"
    source.write_text(
        "# Kick\x1b]0;pwned\x07off\n\n"
        "## Attendees\n\n- no (yes, client)\n- &anchor *alias (Role: x, agency)\n\n"
        "- !!python/object:os.system [5m]\n"
        "- 'quoted' \"double\" {flow: map} (10 min)\n"
        "  - \x1b[31mred\x1b[0m prompt\u202e\n"
        "- Owned — 5m — @no\n"
        "- yes (1h)\n",
        encoding="utf-8",
    )
    target = tmp_path / "evil.yaml"
    assert main(["import", str(source), "-o", str(target)]) == 0
    raw = target.read_text(encoding="utf-8")
    assert "\x1b" not in raw
    assert "\x07" not in raw
    assert "\u202e" not in raw
    assert "!!python" not in raw.replace("'!!python", "")  # only ever as a quoted string
    agenda = load_agenda(target)
    assert agenda.meeting.title == "Kickoff"
    assert [p.name for p in agenda.people] == ["no", "&anchor *alias"]
    assert [i.title for i in agenda.items] == [
        "!!python/object:os.system",
        "'quoted' \"double\" {flow: map}",
        "Owned",
        "yes",
    ]
    assert agenda.items[1].prompts == ("red prompt",)
    assert agenda.items[2].owner == "no"
    assert yaml.safe_load(raw)["items"][3]["title"] == "yes"  # a string, not true
    assert capsys.readouterr().err == ""


def test_nothing_importable_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notes.md"
    source.write_text("# Notes\n\n- Coffee\n", encoding="utf-8")
    assert main(["import", str(source)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f'{source}:3: no duration for "Coffee"',
        f"kickoff: {source}: no agenda items with a duration (like '- Welcome (5 min)')",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), (b"\xff\xfe\x00", "is not UTF-8 text"), (b"x" * (1 << 21), "1 MiB")],
)
def test_unreadable_sources_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    source = tmp_path / "a.md"
    if content is not None:
        source.write_bytes(content)
    assert main(["import", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert message in err


def test_stdout_and_no_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.md"
    source.write_text("# A\n\n- One (5m)\n", encoding="utf-8")
    assert main(["import", str(source)]) == 0
    assert capsys.readouterr().out == "meeting:\n  title: A\nitems:\n- title: One\n  timebox: 5m\n"
    target = tmp_path / "a.yaml"
    target.write_text("mine", encoding="utf-8")
    assert main(["import", str(source), "-o", str(target)]) == 2
    assert "already exists; use --force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"


_PIECES = st.sampled_from(
    [
        "# Title", "## Risks [15m]", "## Agenda", "- Welcome (5 min)", "  - a prompt",
        "1. Scope — 20m — @Ana", "| 10:00 | Intro | 10 min |", "| --- | --- | --- |",
        "Goal: agree", "Attendees:", "- Ana Ruiz (Lead, agency)", "- Coffee", "```", "",
        "* Retro 10 min", "## Q&A", "- no (1h90m)", "| Time | Topic | Who |",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=25))
def test_any_document_imports_to_an_agenda_that_passes_check_or_reports_nothing(
    lines: list[str],
) -> None:
    """Whatever the document holds: no exception, and what it gives passes the checker."""
    imported = read_markdown("\n".join(lines))
    if not imported.items:
        return
    text = to_yaml(imported, "fallback")
    result = check_text(text, "imported.yaml")
    assert result.agenda is not None, [p.format() for p in result.problems]
