"""The editor's document: every edit patches the text where the value sits, and nothing else."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from kickoff_tui.paths import bundled_agendas_dir
from kickoff_tui.storage.agenda_document import (
    AgendaDocument,
    DocumentError,
    EditError,
    problems_of,
)
from kickoff_tui.storage.agenda_loader import check_file

AGENDAS = sorted(bundled_agendas_dir().glob("*.yaml"))


def changed_lines(before: str, after: str) -> list[str]:
    """The -/+ lines of a diff with no context."""
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


@pytest.fixture
def quick(tmp_path: Path) -> Path:
    target = tmp_path / "quick.yaml"
    shutil.copyfile(bundled_agendas_dir() / "quick-kickoff.yaml", target)
    return target


@pytest.mark.parametrize("source", AGENDAS, ids=lambda p: p.stem)
def test_changing_one_timebox_and_saving_changes_exactly_that_line(
    source: Path, tmp_path: Path
) -> None:
    target = tmp_path / source.name
    shutil.copyfile(source, target)
    before = target.read_bytes()
    document = AgendaDocument.open(target)
    old = document.value(("items", 1, "timebox"))
    document.set_value(("items", 1, "timebox"), 17 * 60)
    assert document.dirty
    document.save()
    after = target.read_bytes()
    assert changed_lines(before.decode(), after.decode()) == [
        f"-    timebox: {old}",
        "+    timebox: 17m",
    ]
    assert len(after.splitlines()) == len(before.splitlines())
    assert not document.dirty
    reloaded = check_file(target)
    assert reloaded.agenda is not None
    assert reloaded.agenda.items[1].timebox == 17 * 60


def test_a_timebox_keeps_the_form_its_line_used() -> None:
    text = (
        "meeting:\n  title: T\nitems:\n"
        "  - title: A\n    timebox: 10\n  - title: B\n    timebox: 5 min\n"
    )
    document = AgendaDocument.from_text(text, "x.yaml")
    document.set_value(("items", 0, "timebox"), 12 * 60)
    document.set_value(("items", 1, "timebox"), 90)  # not whole minutes: the short form
    assert document.text == text.replace("timebox: 10", "timebox: 12").replace("5 min", "1m30s")
    document.set_value(("items", 1, "timebox"), "2 hours")
    assert "timebox: 2h" in document.text
    with pytest.raises(EditError, match="timebox"):
        document.set_value(("items", 0, "timebox"), "10:30")
    document.insert_entry(("items",), 2, {"title": "C", "timebox": "15m"})
    assert document.text.endswith("  - title: C\n    timebox: 15\n")  # as the first item's


def test_problems_of_a_text_need_no_document_or_file() -> None:
    text = "meeting:\n  title: T\nitems:\n  - title: A\n    timebox: 5m\n    kind: wrong\n"
    found = problems_of(text, "absent/folder/x.yaml")
    assert [(p.line, p.field, p.warning) for p in found] == [(6, ("items", 0, "kind"), False)]
    assert found[0].format().startswith("absent/folder/x.yaml:6:11: kind: 'wrong'")
    with pytest.raises(DocumentError):
        problems_of("a: [", "x.yaml")


@pytest.mark.parametrize(
    "value",
    [
        "plain words",
        "Hello: world # not a comment",
        "- *alias &anchor !tag {flow} [list] | > % @ `",
        "'single' and \"double\" quotes",
        "line one\nline two\n",
        "trailing space ",
        " leading space",
        "yes",
        "10:30",
        "null",
        "~",
        "émoji 🎉 and ünïcode",
        "tab\there",
        "",
    ],
)
def test_any_text_reads_back_exactly_and_only_that_line_changes(quick: Path, value: str) -> None:
    document = AgendaDocument.open(quick)
    before = document.text
    document.set_value(("meeting", "title"), value)
    agenda = document.agenda()
    if value.strip():
        assert agenda is not None
        assert agenda.meeting.title == value
    assert document.value(("meeting", "title")) == value
    before_lines, after_lines = before.splitlines(), document.text.splitlines()
    title_at = next(n for n, line in enumerate(before_lines) if line.startswith("  title:"))
    assert before_lines[:title_at] == after_lines[:title_at]
    tail = len(before_lines) - title_at - 1
    assert before_lines[-tail:] == after_lines[-tail:]


def test_an_existing_value_keeps_its_quoting(quick: Path) -> None:
    document = AgendaDocument.open(quick)
    document.set_value(("items", 1, "prompts"), ["What problem does this solve, and for whom?"])
    assert '      - "What problem does this solve, and for whom?"\n    checklist:' in (
        document.text
    )
    document.set_value(("items", 1, "prompts", 0), "Changed?")
    assert '      - "Changed?"\n' in document.text


def test_control_characters_are_refused_before_they_reach_the_file(quick: Path) -> None:
    document = AgendaDocument.open(quick)
    with pytest.raises(EditError, match="control character"):
        document.set_value(("meeting", "title"), "bad\x1b]0;title\x07")
    assert not document.dirty


def test_problems_point_at_their_field(quick: Path) -> None:
    document = AgendaDocument.open(quick)
    document.set_value(("items", 2, "owner"), "Nobody Here")
    document.set_value(("items", 0, "kind"), "wrong")
    found = {(p.field, p.warning) for p in document.problems()}
    assert (("items", 2, "owner"), True) in found
    assert (("items", 0, "kind"), False) in found
    assert document.agenda() is None


def test_undo_and_redo_step_through_whole_texts(quick: Path) -> None:
    document = AgendaDocument.open(quick)
    original = document.text
    document.set_value(("meeting", "title"), "One")
    one = document.text
    document.set_value(("meeting", "title"), "Two")
    assert document.undo() and document.text == one
    assert document.undo() and document.text == original and not document.dirty
    assert not document.undo()
    assert document.redo() and document.text == one


def test_a_file_that_is_not_yaml_does_not_open(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text('meeting:\n  title: "never closed\n')
    with pytest.raises(DocumentError) as caught:
        AgendaDocument.open(broken)
    assert "\n" not in str(caught.value)
    with pytest.raises(DocumentError, match="no such file"):
        AgendaDocument.open(tmp_path / "absent.yaml")


def test_a_file_the_checker_refuses_still_opens(tmp_path: Path) -> None:
    target = tmp_path / "bad.yaml"
    target.write_text("meeting:\n  title: T\nitems:\n  - title: A\n")
    document = AgendaDocument.open(target)
    assert document.agenda() is None
    assert [p.field for p in document.problems()] == [("items", 0)]
    document.set_value(("items", 0, "timebox"), 300)
    assert document.text.endswith("  - title: A\n    timebox: 5m\n")
    assert document.agenda() is not None
