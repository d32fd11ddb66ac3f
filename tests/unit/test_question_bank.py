"""The question bank: the bundled file's content and quality, validation of bad entries with
PATH:LINE:COL, and how a user's bank adds to or overrides the bundled one."""

from __future__ import annotations

import difflib
import itertools
from pathlib import Path

import pytest

from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.question_bank import (
    ASKED_OF,
    PHASES,
    TOPICS,
    Question,
    merge,
    normalise,
    select,
)
from kickoff_tui.paths import bundled_questions_file, user_questions_file
from kickoff_tui.storage.agenda_loader import check_text
from kickoff_tui.storage.question_bank import (
    QuestionBankError,
    check_bank_file,
    check_bank_text,
    load_for_meeting,
    load_questions,
)

# Small words that do not make two questions different.
STOP_WORDS = {"a", "an", "and", "the", "of", "to", "in", "on", "is", "are", "do", "does"}
STOP_WORDS |= {"we", "you", "your", "our", "it", "this", "for", "or"}


def bundled() -> list[Question]:
    questions, problems = check_bank_file(bundled_questions_file())
    assert problems == []
    assert questions is not None
    return questions


# ----- the bundled bank ----------------------------------------------------------------------


def test_the_bundled_bank_has_at_least_120_questions_with_known_fields() -> None:
    questions = bundled()
    assert len(questions) >= 120
    for q in questions:
        assert q.phase in PHASES and q.topic in TOPICS, q
        assert q.asked_of and set(q.asked_of) <= set(ASKED_OF), q
        assert q.text.endswith("?") or q.text.endswith("."), q
        assert q.text == " ".join(q.text.split()) and q.text.isprintable()
        assert q.id, q
    assert len({q.id for q in questions}) == len(questions)


def test_every_phase_topic_and_audience_is_covered() -> None:
    questions = bundled()
    for phase in PHASES:
        assert len(select(questions, phases=[phase])) >= 15, phase
    for topic in TOPICS:
        assert len(select(questions, topics=[topic])) >= 6, topic
    assert {who for q in questions for who in q.asked_of} == set(ASKED_OF)


def test_no_two_bundled_questions_are_near_duplicates() -> None:
    questions = bundled()
    texts = [normalise(q.text) for q in questions]
    assert len(set(texts)) == len(texts)
    words = [frozenset(t.split()) - STOP_WORDS for t in texts]
    for (i, a), (j, b) in itertools.combinations(enumerate(texts), 2):
        assert words[i] != words[j], (a, b)
        assert difflib.SequenceMatcher(None, a, b).ratio() < 0.85, (a, b)


@pytest.mark.parametrize(
    "words",
    [
        "promise",  # what was sold and promised in the sale
        "signed",
        "far from",  # the powerful-but-far stakeholders
        "sponsor product owner",  # stakeholder types
        "agree concerns block",  # alignment on success, out loud
        "send look up",  # push and pull communication
        "decisions meeting writing",  # interactive communication, for decisions
        "good fit",
        "six months failed",  # the pre-mortem
        "organisation need succeed",
    ],
)
def test_the_bank_carries_the_practice(words: str) -> None:
    assert select(bundled(), search=words), words


def test_the_bundled_bank_is_what_load_questions_starts_from() -> None:
    assert [q.text for q in load_questions()] == [q.text for q in bundled()]
    assert all(q.source == "bundled" for q in load_questions())


# ----- validation ----------------------------------------------------------------------------

ENTRY = "  - question: Who decides?\n    phase: kickoff\n    topic: scope\n"


def problems_of(text: str) -> list[str]:
    questions, problems = check_bank_text(text, "bank.yaml")
    assert questions is None
    return [p.format() for p in problems]


def test_a_good_user_bank_loads() -> None:
    text = "questions:\n" + ENTRY + "    asked_of: [client, Sponsor]\n    why: Because.\n"
    questions, problems = check_bank_text(text, "bank.yaml")
    assert problems == []
    assert questions == [
        Question(
            "Who decides?", "kickoff", "scope", ("client", "sponsor"), "Because.", "", "bank.yaml"
        )
    ]


def test_unknown_phase_topic_and_audience_are_reported_where_they_are() -> None:
    text = (
        "questions:\n"
        "  - question: Who decides?\n"
        "    phase: kikoff\n"
        "    topic: risk\n"
        "    asked_of: [client, boss]\n"
    )
    assert problems_of(text) == [
        "bank.yaml:3:12: phase: 'kikoff' is not one of: sales-handover, discovery, kickoff, "
        "delivery, launch, after-launch; did you mean 'kickoff'?",
        "bank.yaml:4:12: topic: 'risk' is not one of: why, success, scope, people-and-decisions, "
        "timeline, budget, communication, risks, onboarding, fit; did you mean 'risks'?",
        "bank.yaml:5:24: asked_of: 'boss' is not one of: client, team, sales, sponsor",
    ]


def test_missing_keys_unknown_keys_and_empty_text() -> None:
    text = "questions:\n  - question: ''\n    topic: why\n    wy: typo\n"
    assert problems_of(text) == [
        "bank.yaml:2:5: question 1 has no 'phase'; add one, e.g. 'phase: sales-handover'",
        "bank.yaml:2:15: question is empty; write the question as you would ask it",
        "bank.yaml:4:5: unknown key 'wy' in question 1; did you mean 'why'?",
    ]


def test_a_near_duplicate_in_one_file_is_an_error_at_the_second() -> None:
    text = (
        "questions:\n"
        + ENTRY
        + "  - question: '  who DECIDES '\n    phase: launch\n    topic: fit\n"
    )
    assert problems_of(text) == [
        "bank.yaml:5:15: question: the same question as at line 2; keep one of them"
    ]


def test_a_repeated_id_is_an_error() -> None:
    text = (
        "questions:\n" + ENTRY + "    id: q1\n" + ENTRY.replace("decides", "pays") + "    id: q1\n"
    )
    assert problems_of(text) == [
        "bank.yaml:9:9: id: 'q1' is already used at line 5; ids are unique"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- question: x\n", "bank.yaml:1:1: the top level is a list; start the file with"),
        ("questions: many\n", "bank.yaml:1:12: questions must be a list, found text"),
        ("questions:\n  - Who decides?\n", "bank.yaml:2:5: question 1 must be a mapping of keys"),
        ('questions:\n  - question: "Who\\e[31m?"\n', "bank.yaml:2:15: question: control char"),
        ("questions:\n  - !!python/object:os.system x\n", "bank.yaml:2:5: tag '!!python/object"),
        (
            "questions:\n  - question: 'a: b'\n    phase: [kickoff]\n",
            "bank.yaml:3:12: phase: expec",
        ),
        ("questions:\n  - question: " + "why " * 70 + "\n", "bank.yaml:2:15: question: 279 char"),
        ("questions: [\n", "bank.yaml:2:1: YAML syntax error"),
    ],
)
def test_bad_files_give_one_precise_line_each(text: str, expected: str) -> None:
    found = problems_of(text)
    assert any(line.startswith(expected) for line in found), found


def test_an_empty_user_bank_is_an_empty_bank_not_an_error() -> None:
    assert check_bank_text("# my questions, later\n", "bank.yaml") == ([], [])
    assert check_bank_text("questions:\n", "bank.yaml") == ([], [])


def test_a_missing_or_unreadable_file_is_one_problem(tmp_path: Path) -> None:
    questions, problems = check_bank_file(tmp_path / "nope.yaml")
    assert questions is None
    assert [p.message for p in problems] == ["no such file"]


# ----- the user's bank -----------------------------------------------------------------------


def write_user_bank(text: str) -> Path:
    path = user_questions_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_bank_adds_and_overrides_by_id_and_by_text(tmp_path: Path) -> None:
    original = {q.id: q for q in bundled()}
    path = write_user_bank(
        "questions:\n"
        "  - id: kickoff-01\n"  # same id: reworded, and keeps its place
        "    question: In one sentence, why are we doing this at all?\n"
        "    phase: kickoff\n"
        "    topic: why\n"
        "  - question: what dates are FIXED, and why\n"  # same text: moved to another topic
        "    phase: kickoff\n"
        "    topic: risks\n"
        "  - question: Which of our own people should meet the client's CFO?\n"  # new
        "    phase: kickoff\n"
        "    topic: people-and-decisions\n"
    )
    questions = load_questions()
    assert len(questions) == len(original) + 1
    by_id = {q.id: q for q in questions if q.id}
    assert by_id["kickoff-01"].text == "In one sentence, why are we doing this at all?"
    assert by_id["kickoff-01"].source == str(path)
    texts = [normalise(q.text) for q in questions]
    assert normalise(original["kickoff-01"].text) not in texts
    fixed = [q for q in questions if normalise(q.text) == "what dates are fixed and why"]
    assert [(q.topic, q.source) for q in fixed] == [("risks", str(path))]
    assert questions[-1].text == "Which of our own people should meet the client's CFO?"
    assert [q.id for q in questions].index("kickoff-01") == list(original).index("kickoff-01")


def test_a_file_named_on_the_command_line_overrides_the_user_bank(tmp_path: Path) -> None:
    write_user_bank("questions:\n" + ENTRY)
    extra = tmp_path / "extra.yaml"
    extra.write_text("questions:\n" + ENTRY.replace("scope", "budget"), encoding="utf-8")
    mine = [q for q in load_questions(str(extra)) if q.text == "Who decides?"]
    assert [(q.topic, q.source) for q in mine] == [("budget", str(extra))]


def test_a_bad_user_bank_stops_the_cli_but_not_the_meeting() -> None:
    path = write_user_bank("questions:\n  - question: Who?\n    phase: kickoff\n    topic: nope\n")
    with pytest.raises(QuestionBankError, match=rf"^{path}:4:12: topic: 'nope' is not one of"):
        load_questions()
    questions, warning = load_for_meeting()
    assert len(questions) == len(bundled())
    assert warning.startswith(f"Your question bank was not loaded: {path}:4:12: topic:")
    assert "\n" not in warning


def test_merge_replaces_a_question_once_even_when_id_and_text_point_at_two() -> None:
    a = Question("Who decides?", "kickoff", "scope", id="a")
    b = Question("Who pays?", "kickoff", "budget", id="b")
    both = Question("Who pays?", "launch", "budget", id="a")  # a's id, b's text: the id wins
    assert merge([a, b], [both]) == [both, b]


# ----- agendas name the topics of an item ----------------------------------------------------


def test_agenda_items_name_question_topics_checked_against_the_bank() -> None:
    text = (
        "meeting:\n  title: T\nitems:\n"
        "  - title: A\n    timebox: 5m\n    questions: [success, Risks, success]\n"
        "  - title: B\n    timebox: 5m\n    questions: scope\n"
        "  - title: C\n    timebox: 5m\n"
    )
    agenda = check_text(text, "a.yaml").agenda
    assert agenda is not None
    assert [item.questions for item in agenda.items] == [("success", "risks"), ("scope",), ()]
    bad = check_text(text.replace("Risks", "risk"), "a.yaml")
    assert [p.format() for p in bad.problems] == [
        "a.yaml:6:26: questions: 'risk' is not one of: why, success, scope, "
        "people-and-decisions, timeline, budget, communication, risks, onboarding, fit; "
        "did you mean 'risks'?"
    ]


def test_an_agenda_journaled_before_the_bank_still_loads() -> None:
    agenda = Agenda(Meeting("T"), (Item("A", 60, questions=("fit",)),))
    data = agenda.to_dict()
    assert Agenda.from_dict(data) == agenda
    del data["items"][0]["questions"]
    assert Agenda.from_dict(data).items[0].questions == ()
