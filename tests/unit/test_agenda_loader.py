"""The agenda loader: valid files build the right Agenda; bad ones report every problem exactly."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.errors import AgendaError, Problem
from kickoff_tui.storage import yaml_marks
from kickoff_tui.storage.agenda_loader import (
    check_file,
    check_paths,
    check_text,
    load_agenda,
    load_agenda_text,
)

CORPUS = Path(__file__).resolve().parent.parent / "agenda_corpus"
BUNDLED = Path(__file__).resolve().parents[2] / "agendas" / "client-kickoff.yaml"

FULL = """\
purpose: Full client kickoff,
  90 minutes.
meeting:
  title: Northwind portal kickoff
  client: Northwind Traders
  project: Customer portal
  length: 1h
  facilitator: Ana Ruiz
  note_taker: Tom
  timekeeper: Priya
  goal: Agree success
  date: 2025-03-14
  bell: no
people:
  - name: Ana Ruiz
    role: Project lead
    side: agency
    type: delivery lead
    power: Medium
    proximity: core
    attitude: champion
    notes: Runs the meeting
  - name: Ben Okafor
items:
  - title: Welcome
    timebox: 10
    owner: Ana Ruiz
    goal: Everyone knows who is who
    prompts: ["What is your role?", "Who is missing?"]
    checklist:
      - Roles named
    notes: private
    auto_advance: yes
  - title: Fit
    timebox: 1h10m
    exercise: fit-check
    options:
      dimensions: [Budget realism, Timeline realism]
      scale: 5
  - title: Break
    timebox: 45s
    kind: break
"""


def corpus_expectations() -> dict[str, list[str]]:
    expected: dict[str, list[str]] = {}
    for line in (CORPUS / "expected.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name = line.split(":", 1)[0]
            expected.setdefault(name, []).append(line)
    return expected


EXPECTED = corpus_expectations()


def formatted(problems: list[Problem]) -> list[str]:
    return [p.format() for p in problems]


# -- the corpus ------------------------------------------------------------------------------


def test_corpus_is_large_and_every_file_has_expectations() -> None:
    files = sorted(p.name for p in CORPUS.glob("*.yaml"))
    assert len(files) >= 30
    assert sorted(EXPECTED) == files


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_reports_exactly_the_expected_problems(
    name: str, parser: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(CORPUS)
    result = check_file(name)
    assert formatted(result.problems) == EXPECTED[name]
    if any(not p.warning for p in result.problems):
        assert result.agenda is None


# -- loading what is right -------------------------------------------------------------------


def test_full_agenda_loads_every_key(parser: str) -> None:
    result = check_text(FULL, "full.yaml")
    assert formatted(result.problems) == [
        "full.yaml:7:11: warning: length: the items add up to 1h20m45s, not 1h; "
        "adjust a timebox or the length"
    ]
    agenda = result.agenda
    assert agenda is not None
    assert agenda.purpose == "Full client kickoff, 90 minutes."
    meeting = agenda.meeting
    assert (meeting.title, meeting.length, meeting.date, meeting.bell) == (
        "Northwind portal kickoff",
        3600,
        "2025-03-14",
        False,
    )
    assert (meeting.note_taker, meeting.timekeeper) == ("Tom", "Priya")
    ana, ben = agenda.people
    assert (ana.power, ana.side, ana.attitude, ana.type) == (
        "medium",
        "agency",
        "champion",
        "delivery lead",
    )
    assert ben.side == "other"  # the dataclass default
    welcome, fit, pause = agenda.items
    assert welcome.timebox == 600  # a bare number means minutes
    assert welcome.prompts == ("What is your role?", "Who is missing?")
    assert welcome.checklist == ("Roles named",)
    assert (welcome.kind, welcome.notes, welcome.auto_advance) == ("discussion", "private", True)
    assert (fit.kind, fit.exercise, fit.timebox) == ("exercise", "fit-check", 4200)
    assert fit.options == {"dimensions": ["Budget realism", "Timeline realism"], "scale": 5}
    assert (pause.kind, pause.timebox) == ("break", 45)
    assert Agenda.from_dict(agenda.to_dict()) == agenda


def test_annotated_example_in_the_docs_loads_without_problems() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "agenda-format.md").read_text("utf-8")
    example = docs.split("```yaml\n", 1)[1].split("```", 1)[0]
    result = check_text(example, "docs example")
    assert result.problems == []
    assert result.agenda is not None
    assert [item.kind for item in result.agenda.items] == [
        "discussion",
        "exercise",
        "exercise",
        "break",
    ]
    assert result.agenda.items[2].options == {
        "dimensions": ["Budget realism", "Timeline realism", "Team capacity"]
    }


def test_bundled_default_agenda_loads_cleanly() -> None:
    result = check_file(BUNDLED)
    assert result.errors == []
    assert result.agenda is not None and result.agenda.items


def test_bom_and_crlf_are_fine(tmp_path: Path, parser: str) -> None:
    path = tmp_path / "windows.yaml"
    text = "\ufeffmeeting:\r\n  title: T\r\nitems:\r\n  - title: A\r\n    timebox: 5m\r\n"
    path.write_bytes(text.encode("utf-8"))
    agenda = load_agenda(path)
    assert agenda.meeting.title == "T"
    assert agenda.items[0].timebox == 300


def test_columns_count_characters_not_bytes(parser: str) -> None:
    text = "meeting: {title: Café ☕ 𝄞, bell: maybe}\nitems:\n  - {title: A, timebox: 5m}\n"
    assert formatted(check_text(text, "u.yaml").problems) == [
        "u.yaml:1:34: bell: expected true or false, found the text 'maybe'"
    ]


def test_aliases_within_budget_are_followed() -> None:
    text = (
        "meeting: {title: T}\nitems:\n"
        "  - {title: A, timebox: 5m, prompts: &shared [Who, Why]}\n"
        "  - {title: B, timebox: 5m, prompts: *shared}\n"
    )
    agenda = load_agenda_text(text, "a.yaml")
    assert agenda.items[1].prompts == ("Who", "Why")


QUESTION_IN_BRACKETS = (
    "meeting: {title: T}\nitems:\n  - {title: A, timebox: 5m, prompts: [Who?, Why]}\n"
)


def test_libyaml_reads_a_question_mark_inside_brackets() -> None:
    if yaml_marks.FastLoader is None:
        pytest.skip("PyYAML was built without libyaml")
    agenda = load_agenda_text(QUESTION_IN_BRACKETS, "q.yaml")
    assert agenda.items[0].prompts == ("Who?", "Why")


def test_pure_parser_explains_a_question_mark_inside_brackets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yaml_marks, "FastLoader", None)
    assert formatted(check_text(QUESTION_IN_BRACKETS, "q.yaml").problems) == [
        "q.yaml:3:42: a '?' inside [ ] or { } ends the text here; "
        'put entries with a question mark in quotes: ["Who decides?"]'
    ]


def test_quoted_values_escape_the_yaml_traps() -> None:
    text = 'meeting:\n  title: "no"\nitems:\n  - title: A\n    timebox: "10"\n'
    agenda = load_agenda_text(text, "q.yaml")
    assert agenda.meeting.title == "no"
    assert agenda.items[0].timebox == 600


def test_timeboxes_as_written_in_documents() -> None:
    """#14: '10 min', '1.5 hours', '1h 30m' read as in the docs; YAML float 1.5 still refused."""
    text = (
        "meeting:\n  title: T\n  length: 1.5 hours\nitems:\n"
        "  - title: A\n    timebox: 10 mins\n"
        "  - title: B\n    timebox: 1h 20m\n"
    )
    agenda = load_agenda_text(text, "words.yaml")
    assert [item.timebox for item in agenda.items] == [600, 4800]
    assert agenda.planned_seconds == 5400
    bad = (
        "meeting:\n  title: T\nitems:\n"
        "  - title: A\n    timebox: 1.5\n  - title: B\n    timebox: 1h90m\n"
    )
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(bad, "bad.yaml")
    assert formatted(caught.value.problems) == [
        "bad.yaml:5:14: timebox: '1.5' is not a duration; write '45s', '5m', '1h30m' or minutes",
        "bad.yaml:7:14: timebox: '1h90m' has 90m after the hours; "
        "write '2h30m' if that total is meant",
    ]


# -- errors the corpus does not cover --------------------------------------------------------


def test_load_agenda_raises_with_every_problem() -> None:
    text = "meeting:\n  title: T\n  bell: maybe\nitems:\n  - title: A\n    timebox: 0\n"
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(text, "two.yaml")
    assert formatted(caught.value.problems) == [
        "two.yaml:3:9: bell: expected true or false, found the text 'maybe'",
        "two.yaml:6:14: timebox: '0' must be longer than zero",
    ]
    assert str(caught.value).endswith("(and 1 more)")


def test_missing_file_and_folder_are_whole_file_problems(tmp_path: Path) -> None:
    missing = check_file(tmp_path / "nope.yaml", "nope.yaml")
    assert formatted(missing.problems) == ["nope.yaml: no such file"]
    folder = check_file(tmp_path, "here")
    assert formatted(folder.problems) == ["here: is a folder, not an agenda file"]


def test_file_over_one_mebibyte_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    # Valid YAML that would take seconds to compose: refusing by size must not parse it.
    path.write_text("meeting:\n  title: T\n" + "# padding\n" * 120_000, encoding="utf-8")
    assert formatted(check_file(path, "huge.yaml").problems) == [
        "huge.yaml: is larger than 1 MiB; an agenda is a small text file"
    ]


def test_alias_bomb_fails_with_little_memory() -> None:
    bomb = (CORPUS / "alias-bomb.yaml").read_text(encoding="utf-8")
    tracemalloc.start()
    try:
        result = check_text(bomb, "bomb.yaml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "aliases here expand to too much data" in result.problems[0].message
    assert peak < 8 * 1024 * 1024


def test_messages_stay_on_one_line_whatever_the_keys_hold() -> None:
    text = 'meeting:\n  title: T\n  "bad\\nkey": 1\nitems:\n  - title: A\n    timebox: 5m\n'
    (problem,) = check_text(text, "k.yaml").problems
    assert "\n" not in problem.format()
    assert "bad\\nkey" in problem.message


def test_long_values_are_clipped_in_messages() -> None:
    text = f"meeting:\n  title: T\nitems:\n  - title: A\n    timebox: 5m\n    kind: {'x' * 500}\n"
    (problem,) = check_text(text, "long.yaml").problems
    assert len(problem.message) < 200


def test_owner_is_not_checked_when_there_are_no_people() -> None:
    text = "meeting:\n  title: T\nitems:\n  - title: A\n    timebox: 5m\n    owner: Zoe\n"
    assert check_text(text, "o.yaml").problems == []


def test_fit_check_dimensions_must_be_texts() -> None:
    text = (
        "meeting:\n  title: T\nitems:\n  - title: Fit\n    timebox: 5m\n"
        "    exercise: fit-check\n    options:\n      dimensions: []\n"
    )
    assert formatted(check_text(text, "d.yaml").problems) == [
        "d.yaml:8:19: dimensions: list at least one dimension to score"
    ]


def test_fit_check_dimensions_are_unique() -> None:
    text = (
        "meeting:\n  title: T\nitems:\n  - title: Fit\n    timebox: 5m\n"
        "    exercise: fit-check\n    options:\n      dimensions:\n"
        "        - Budget\n        - Scope\n        - budget\n"
    )
    assert formatted(check_text(text, "d.yaml").problems) == [
        "d.yaml:11:11: dimensions: 'budget' is listed twice"
    ]


def test_check_paths_walks_folders_and_skips_hidden_ones(tmp_path: Path) -> None:
    good = "meeting:\n  title: T\nitems:\n  - title: A\n    timebox: 5m\n"
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.yml").write_text("meeting: []\n", encoding="utf-8")
    (tmp_path / "good.yaml").write_text(good, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not an agenda: [", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.yaml").write_text("[", encoding="utf-8")
    problems = check_paths([str(tmp_path)])
    assert [(Path(p.path).name, p.line) for p in problems] == [
        ("bad.yml", 1),
        ("bad.yml", 1),
    ]
    assert problems[0].path == str(tmp_path / "sub" / "bad.yml")


def test_check_paths_reports_a_folder_without_agendas(tmp_path: Path) -> None:
    assert formatted(check_paths([str(tmp_path)])) == [
        f"{tmp_path}: no .yaml or .yml files in this folder"
    ]


# -- never a traceback -----------------------------------------------------------------------

_YAMLISH = st.text(alphabet=st.sampled_from(list("ab: -\n\t'\"[]{},&*!?#|>%@`~0123456789.yn")))


@settings(max_examples=300, deadline=None)
@given(text=_YAMLISH)
def test_any_text_gives_problems_not_exceptions(text: str) -> None:
    result = check_text(text, "fuzz.yaml")
    assert result.agenda is not None or result.errors
    assert all("\n" not in p.format() for p in result.problems)


@settings(max_examples=300, deadline=None)
@given(cut=st.integers(0, len(FULL)), insert=_YAMLISH)
def test_damaged_valid_agenda_gives_problems_not_exceptions(cut: int, insert: str) -> None:
    result = check_text(FULL[:cut] + insert + FULL[cut + len(insert) :], "damaged.yaml")
    assert result.agenda is not None or result.errors
    for problem in result.problems:
        assert problem.line >= 0 and problem.col >= 0


# -- github: (for the gh export's --assignee) ------------------------------------------------

_WITH_GITHUB = "meeting:\n  title: T\npeople:\n  - name: Ana\n    github: {}\nitems:\n  - title: A\n    timebox: 5m\n"  # noqa: E501


@pytest.mark.parametrize(
    ("typed", "login"), [("ana-ruiz", "ana-ruiz"), ("'@Ana7'", "Ana7"), ("a" * 39, "a" * 39)]
)
def test_a_github_login_is_kept_without_its_at_sign(typed: str, login: str) -> None:
    agenda = load_agenda_text(_WITH_GITHUB.format(typed), "g.yaml")
    assert agenda.people[0].github == login


@pytest.mark.parametrize("typed", ["ana ruiz", "-ana", "ana--ruiz", "ana-", "a" * 40, "'$(id)'"])
def test_what_is_not_a_github_login_is_one_clear_problem(typed: str) -> None:
    with pytest.raises(AgendaError) as caught:
        load_agenda_text(_WITH_GITHUB.format(typed), "g.yaml")
    (problem,) = formatted(caught.value.problems)
    assert problem.startswith("g.yaml:5:13: github: '") and "is not a GitHub login" in problem
