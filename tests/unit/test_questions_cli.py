"""`kickoff questions`: filters, the three formats, exit codes, and hostile text in a user bank."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from pymarkdown.api import PyMarkdownApi

from kickoff_tui.cli import main
from kickoff_tui.cli_parser import build_parser
from kickoff_tui.domain.question_bank import PHASES, TOPICS
from kickoff_tui.paths import user_questions_file


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["questions", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_groups_by_phase_and_topic(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--phase", "kickoff", "--topic", "communication")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Kickoff · Communication"
    assert "  - Who should hear about problems first, and how?" in lines
    assert "    (ask: client; id: kickoff-23)" in lines
    assert not any(line and not line.startswith(" ") for line in lines[1:])  # one group only


def test_filters_combine_and_repeat(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--phase", "launch", "--phase", "after-launch", "--topic", "budget")
    headings = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert headings == ["Launch · Budget", "After launch · Budget"]
    _, out, _ = run(capsys, "--search", "ROLL", "back")
    assert "If the launch goes wrong, how do we roll back, and who decides to?" in out
    assert out.count("  - ") == 1


def test_yaml_is_ready_to_paste_as_prompts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--topic", "fit", "--format", "yaml")
    assert code == 0
    assert out.startswith("prompts:\n  # sales-handover · fit\n")
    prompts = yaml.safe_load(out)["prompts"]
    assert "Would we take this client again, knowing what you know now?" in prompts
    assert all(isinstance(p, str) and p.endswith("?") for p in prompts)
    assert len(prompts) == out.count("\n  - ")
    # and an agenda with them pasted under an item passes kickoff check
    agenda = "meeting:\n  title: T\nitems:\n  - title: Fit\n    timebox: 5m\n"
    agenda += "".join("    " + line + "\n" for line in out.splitlines())
    from kickoff_tui.storage.agenda_loader import check_text

    result = check_text(agenda, "pasted.yaml")
    assert result.problems == [] and result.agenda is not None
    assert list(result.agenda.items[0].prompts) == prompts


def test_markdown_has_headings_and_bullets(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--phase", "sales-handover", "--topic", "why", "--format", "md")
    assert code == 0
    heading = "### Sales handover · Why the project exists"
    assert out.startswith(f"# Question bank\n\n## Sales handover\n\n{heading}\n\n")
    assert (
        "- Why did they choose us over the other agencies they spoke to? *(ask: sales)* — " in out
    )


def test_the_whole_bank_in_markdown_passes_markdownlint(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "--format", "md")
    result = PyMarkdownApi().disable_rule_by_identifier("md013").scan_string(out)
    assert [f"{f.line_number} {f.rule_id}" for f in result.scan_failures] == []
    assert out.count("\n## ") == 6


def test_nothing_matching_is_exit_1_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--topic", "fit", "--search", "zebra")
    assert (code, out) == (1, "")
    assert err == "kickoff: no questions match topic fit and the words 'zebra'\n"


def test_unknown_phase_or_topic_is_exit_2_with_a_suggestion(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "--topic", "Risk")
    assert (code, out) == (2, "")
    assert err == "kickoff: unknown topic 'Risk'; did you mean 'risks'?\n"
    code, _, err = run(capsys, "--phase", "\x1b[31mzzz")
    assert code == 2
    assert err.startswith("kickoff: unknown phase '␛[31mzzz'; choose from: sales-handover,")


def test_a_bad_bank_file_is_exit_2_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "mine.yaml"
    bank.write_text("questions:\n  - question: Why?\n    phase: kickoff\n", encoding="utf-8")
    code, out, err = run(capsys, "--questions", str(bank))
    assert (code, out) == (2, "")
    assert err == f"kickoff: {bank}:2:5: question 1 has no 'topic'; add one, e.g. 'topic: why'\n"
    code, _, err = run(capsys, "--questions", str(tmp_path / "missing.yaml"))
    assert (code, err) == (2, f"kickoff: {tmp_path / 'missing.yaml'}: no such question bank file\n")


HOSTILE = "Is <script>alert(1)</script> | *ours* [x](javascript:y) & `rm -rf /`?"


def test_hostile_text_in_a_user_bank_stays_text_in_every_format(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = user_questions_file()
    path.parent.mkdir(parents=True)
    quoted = HOSTILE.replace("'", "''")
    path.write_text(
        f"questions:\n  - question: '{quoted}'\n    phase: launch\n    topic: fit\n"
        "    why: '# [bold]not markup[/bold]'\n",
        encoding="utf-8",
    )
    _, text, _ = run(capsys, "--search", "script")
    assert f"  - {HOSTILE}" in text
    assert f"from {path}" in text
    assert "    why: # [bold]not markup[/bold]" in text
    _, out, _ = run(capsys, "--search", "script", "--format", "yaml")
    assert yaml.safe_load(out)["prompts"] == [HOSTILE]
    _, out, _ = run(capsys, "--search", "script", "--format", "md")
    tokens = MarkdownIt("commonmark").enable("table").parse(out)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not kinds & {"html_inline", "html_block", "link_open", "code_inline", "em_open"}
    inline = next(t for t in tokens if t.type == "inline" and "script" in t.content)
    assert HOSTILE in "".join(c.content for c in inline.children or [])


def test_the_help_names_every_phase_and_topic() -> None:
    parser = build_parser()
    questions = parser._subparsers._group_actions[0].choices["questions"]  # type: ignore[union-attr]
    text = questions.format_help()
    flat = " ".join(text.split())
    assert all(phase in flat for phase in PHASES)
    assert all(topic in flat for topic in TOPICS)
