"""Mermaid pictures in the minutes: where they go, --no-diagrams, text that cannot break them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from export_hostile import hostile
from hypothesis import given, settings
from hypothesis import strategies as st
from minutes_sample import sample_session

from kickoff_tui.cli import main
from kickoff_tui.domain.mermaid import label, stakeholder_quadrant, timing_chart
from kickoff_tui.domain.minutes import render

GOLDEN = Path(__file__).parents[1] / "golden"
LABEL = re.compile(r"[\w .,!?()'\-/+*@…]*")
QUADRANT_POINT = re.compile(r'    "[^"\n]+": \[0\.\d\d, 0\.\d\d\]')
AXIS = re.compile(r'    x-axis \["[^"\n]*"(, "[^"\n]*")*\]')


def _blocks(text: str) -> list[list[str]]:
    return [b.split("\n") for b in re.findall(r"```mermaid\n(.*?)\n```", text, re.S)]


@settings(max_examples=200)
@given(hostile)
def test_a_label_is_one_line_of_harmless_characters(text: str) -> None:
    shown = label(text)
    assert LABEL.fullmatch(shown), shown
    assert len(shown) <= 30 and "%%" not in shown and '"' not in shown


@settings(max_examples=100)
@given(st.lists(st.tuples(hostile, st.sampled_from(["low", "medium", "high"])), max_size=8))
def test_hostile_names_stay_inside_their_quotes(people: list[tuple[str, str]]) -> None:
    block = stakeholder_quadrant([(name, power, "near") for name, power in people])
    assert block[0] == "```mermaid" and block[-1] == "```"
    points = block[9:-1]
    assert len(points) == len(people)
    assert all(QUADRANT_POINT.fullmatch(line) for line in points), points
    titles = [name for name, _ in people] or ["x"]
    chart = timing_chart(titles, [60] * len(titles), [90] * len(titles))
    assert AXIS.fullmatch(chart[3]), chart[3]
    assert chart[-1] == "```" and all("```" not in line for line in chart[1:-1])


def test_the_timing_chart_sits_above_the_agenda_table() -> None:
    text = render(sample_session())
    section = text.split("## Agenda and timing\n\n", 1)[1]
    assert section.startswith("```mermaid\nxychart-beta\n")
    assert section.index("| # | Item |") > section.index("```\n")
    (chart,) = _blocks(text)
    assert chart[-2:] == ["    bar [5, 15, 20, 10]", "    line [6, 17, 17, 7.5]"]


def test_no_diagrams_leaves_only_the_tables() -> None:
    with_pictures = render(sample_session())
    without = render(sample_session(), diagrams=False)
    assert "```mermaid" not in without
    assert re.sub(r"```mermaid\n.*?\n```\n\n", "", with_pictures, flags=re.S) == without


def test_export_no_diagrams_for_md_and_html(
    kickoff_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    journal = str(GOLDEN / "exercises-journal.jsonl")
    both = ["export", journal, "--format", "md", "--format", "html"]
    assert main([*both, "-o", "with/"]) == 0
    assert main([*both, "-o", "plain/", "--no-diagrams"]) == 0
    for kind, picture in ((".md", "```mermaid"), (".html", "<svg")):
        (drawn,) = (tmp_path / "with").glob(f"*{kind}")
        (plain,) = (tmp_path / "plain").glob(f"*{kind}")
        assert drawn.read_text(encoding="utf-8").count(picture) == 2
        assert picture not in plain.read_text(encoding="utf-8")
