"""The bundled-agenda catalogue and `kickoff templates`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kickoff_tui.cli import main
from kickoff_tui.commands.templates import render_table
from kickoff_tui.errors import KickoffError
from kickoff_tui.paths import bundled_agendas_dir
from kickoff_tui.storage.templates import (
    TemplateNotFound,
    TemplateSummary,
    list_templates,
    resolve_template,
    summarise,
    template_names,
)

BUNDLED = ["client-kickoff", "internal-kickoff", "sales-handover", "stakeholder-alignment"]
ALL_BUNDLED = sorted([*BUNDLED, "quick-kickoff"])


def test_every_required_template_is_bundled() -> None:
    assert set(ALL_BUNDLED) <= set(template_names())


def test_names_are_sorted() -> None:
    names = template_names()
    assert names == sorted(names)


@pytest.mark.parametrize(
    "typed", ["client-kickoff", "client-kickoff.yaml", "Client-Kickoff", " client_kickoff "]
)
def test_resolve_accepts_common_spellings(typed: str) -> None:
    assert resolve_template(typed) == bundled_agendas_dir() / "client-kickoff.yaml"


@pytest.mark.parametrize(
    ("typed", "suggestion"),
    [
        ("clinet-kickoff", "client-kickoff"),
        ("quick-kickof", "quick-kickoff"),
        ("handover", "sales-handover"),
        ("stakeholder", "stakeholder-alignment"),
    ],
)
def test_unknown_name_suggests_the_closest(typed: str, suggestion: str) -> None:
    with pytest.raises(TemplateNotFound) as caught:
        resolve_template(typed)
    assert f"did you mean '{suggestion}'?" in str(caught.value)
    assert f"'{typed}'" in str(caught.value)


def test_unrelated_name_lists_every_template() -> None:
    with pytest.raises(TemplateNotFound) as caught:
        resolve_template("zzzz")
    message = str(caught.value)
    assert "did you mean" not in message
    for name in ALL_BUNDLED:
        assert name in message


def test_template_not_found_is_a_kickoff_error() -> None:
    assert issubclass(TemplateNotFound, KickoffError)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KickoffError, match="no bundled agendas found"):
        template_names(tmp_path / "nowhere")


def test_summary_of_the_client_kickoff() -> None:
    summary = next(s for s in list_templates() if s.name == "client-kickoff")
    assert summary.length == 90 * 60
    assert summary.items == 12
    assert summary.purpose.startswith("Full client kickoff")
    assert "\n" not in summary.purpose


def test_summary_falls_back_to_the_sum_of_timeboxes(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "purpose: >-\n  Two lines\n  folded.\nmeeting:\n  title: T\n"
        "items:\n  - {title: A, timebox: 5m}\n  - {title: B, timebox: 1h}\n",
        encoding="utf-8",
    )
    summary = summarise("mine", path)
    assert (summary.length, summary.items, summary.purpose) == (65 * 60, 2, "Two lines folded.")


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("items: [\n", "(cannot be read)"),
        ("- just\n- a list\n", "(not an agenda)"),
        (b"\xff\xfe\x00garbage", "(cannot be read)"),
    ],
)
def test_summary_of_a_damaged_file_never_raises(
    tmp_path: Path, text: str | bytes, purpose: str
) -> None:
    path = tmp_path / "broken.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    summary = summarise("broken", path)
    assert (summary.length, summary.items, summary.purpose) == (None, None, purpose)


def test_yaml_false_is_never_taken_as_a_length(tmp_path: Path) -> None:
    path = tmp_path / "trap.yaml"
    path.write_text("meeting: {title: T, length: no}\nitems: []\n", encoding="utf-8")
    assert summarise("trap", path).length is None


def _summary(name: str, purpose: str, length: int | None = 1800) -> TemplateSummary:
    return TemplateSummary(name, Path(f"{name}.yaml"), length, 3, purpose)


def test_table_columns_line_up() -> None:
    table = render_table(
        [_summary("a", "Short."), _summary("a-much-longer-name", "Another one.", 5400)]
    )
    lines = table.splitlines()
    assert lines[0].split() == ["NAME", "LENGTH", "ITEMS", "PURPOSE"]
    purpose_col = lines[0].index("PURPOSE")
    assert lines[1].index("Short.") == purpose_col
    assert lines[2].index("Another one.") == purpose_col
    assert lines[1].split()[:3] == ["a", "30m", "3"]
    assert lines[2].split()[:3] == ["a-much-longer-name", "1h30m", "3"]


def test_unknown_length_shows_a_question_mark() -> None:
    line = render_table([_summary("x", "P.", None)]).splitlines()[1]
    assert line.split()[:3] == ["x", "?", "3"]


def test_table_wraps_long_purposes_under_their_column() -> None:
    purpose = "word " * 30
    lines = render_table([_summary("name", purpose.strip())], width=60).splitlines()
    purpose_col = lines[0].index("PURPOSE")
    assert len(lines) > 2
    assert all(len(line) <= 60 for line in lines)
    assert all(line[:purpose_col].strip() == "" for line in lines[2:])
    assert " ".join(" ".join(line.split()) for line in lines[1:]).endswith(purpose.strip())


def test_piped_table_keeps_one_line_per_template() -> None:
    table = render_table([_summary("name", "word " * 40)])
    assert len(table.splitlines()) == 2


def test_kickoff_templates_lists_every_bundled_agenda(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    for name in ALL_BUNDLED:
        assert name in rows
    assert rows["client-kickoff"][1:3] == ["1h30m", "12"]
    assert rows["quick-kickoff"][1] == "30m"
    assert "kickoff new" in out


def test_kickoff_templates_imports_no_textual() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from kickoff_tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['templates']) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
