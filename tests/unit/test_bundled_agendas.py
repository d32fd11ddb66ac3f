"""The bundled agendas are the product's first impression: they must load, add up and teach."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kickoff_tui.cli import main
from kickoff_tui.domain.agenda import (
    ATTITUDES,
    EXERCISES,
    ITEM_KINDS,
    LEVELS,
    PROXIMITIES,
    SIDES,
    Agenda,
    Item,
    Meeting,
    Person,
    field_names,
)
from kickoff_tui.paths import bundled_agendas_dir
from kickoff_tui.storage.agenda_loader import load_agenda

AGENDAS = bundled_agendas_dir()
NAMES = sorted(p.stem for p in AGENDAS.glob("*.yaml"))
MAX_TITLE = 40  # readable on a projector next to the countdown

# Where the kickoff exercises belong (issue 6): each agenda must use at least these.
EXPECTED_EXERCISES = {
    "client-kickoff": {
        *("success-criteria", "stakeholder-map", "comms-plan", "risks"),
        *("scope", "trade-offs", "decision-rights", "milestones"),  # the charter (issue 16)
    },
    "internal-kickoff": {"fit-check", "stakeholder-map", "risks", "scope", "decision-rights"},
    "sales-handover": {"fit-check", "risks"},
    "stakeholder-alignment": {
        *("success-criteria", "stakeholder-map", "comms-plan", "decision-rights"),
    },
}


def load(name: str) -> Agenda:
    return load_agenda(AGENDAS / f"{name}.yaml")


def test_the_five_required_agendas_exist() -> None:
    assert {*EXPECTED_EXERCISES, "quick-kickoff"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_timeboxes_add_up_exactly_to_the_meeting_length(name: str) -> None:
    agenda = load(name)
    assert agenda.meeting.length > 0
    assert agenda.planned_seconds == agenda.meeting.length


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [("client-kickoff", 60, 90), ("quick-kickoff", 30, 30), ("sales-handover", 30, 60)],
)
def test_lengths_match_what_each_agenda_is_for(name: str, low: int, high: int) -> None:
    assert low * 60 <= load(name).meeting.length <= high * 60


@pytest.mark.parametrize("name", NAMES)
def test_purpose_is_one_short_line(name: str) -> None:
    purpose = load(name).purpose
    assert purpose and "\n" not in purpose
    assert len(purpose) <= 70


@pytest.mark.parametrize("name", NAMES)
def test_items_are_ready_to_facilitate(name: str) -> None:
    agenda = load(name)
    titles = [item.title for item in agenda.items]
    assert len(set(titles)) == len(titles), "item titles repeat"
    for item in agenda.items:
        assert len(item.title) <= MAX_TITLE, item.title
        assert item.goal, f"{item.title} has no goal"
        assert item.checklist, f"{item.title} has no checklist"
        assert item.kind in ITEM_KINDS
        assert item.timebox % 60 == 0, "whole minutes read best on an agenda"
    assert sum(len(item.prompts) for item in agenda.items) >= len(agenda.items)


@pytest.mark.parametrize("name", NAMES)
def test_everyone_named_is_in_the_people_list(name: str) -> None:
    agenda = load(name)
    people = {person.name for person in agenda.people}
    assert agenda.meeting.facilitator in people
    for role in (agenda.meeting.note_taker, agenda.meeting.timekeeper):
        assert not role or role in people
    for item in agenda.items:
        assert item.owner in people, f"{item.title}: owner {item.owner!r} is not in people"


@pytest.mark.parametrize("name", NAMES)
def test_people_are_placed_for_the_stakeholder_map(name: str) -> None:
    agenda = load(name)
    assert len(agenda.people) >= 3
    for person in agenda.people:
        assert person.role and person.type, person.name
        assert person.side in SIDES
        assert person.power in LEVELS
        assert person.proximity in PROXIMITIES
        assert person.attitude in ATTITUDES


def test_the_client_kickoff_shows_a_powerful_far_stakeholder() -> None:
    # the pattern the map exists to catch: the executive who appears once can kill it late
    people = load("client-kickoff").people
    assert any(p.side == "client" and p.power == "high" and p.proximity == "far" for p in people)
    assert {p.side for p in people} >= {"agency", "client", "partner"}


@pytest.mark.parametrize(("name", "expected"), sorted(EXPECTED_EXERCISES.items()))
def test_exercises_are_used_where_they_belong(name: str, expected: set[str]) -> None:
    used = {item.exercise for item in load(name).items if item.exercise}
    assert expected <= used


@pytest.mark.parametrize("name", NAMES)
def test_exercise_items_are_marked_as_exercises(name: str) -> None:
    for item in load(name).items:
        assert (item.kind == "exercise") == bool(item.exercise), item.title
        assert not item.exercise or item.exercise in EXERCISES


def test_full_kickoffs_carry_private_facilitator_notes() -> None:
    for name in ("client-kickoff", "internal-kickoff", "sales-handover", "stakeholder-alignment"):
        assert any(item.notes for item in load(name).items), name


def test_the_client_kickoff_covers_the_practice() -> None:
    prompts = " ".join(p for item in load("client-kickoff").items for p in item.prompts)
    for question in ("final say", "fixed", "failed", "problems first", "budget"):
        assert question in prompts


def test_a_custom_fit_check_keeps_the_default_dimensions() -> None:
    fit = next(i for i in load("sales-handover").items if i.exercise == "fit-check")
    dimensions = fit.options["dimensions"]
    assert all(isinstance(d, str) and d for d in dimensions)
    assert {"Budget realism", "Timeline realism", "Team capacity"} <= set(dimensions)


@pytest.mark.parametrize("name", NAMES)
def test_no_yaml_trap_turned_text_into_something_else(name: str) -> None:
    # a bare `no`, `on` or `10:30` would load as a bool or an int; every text field is text
    raw = yaml.safe_load((AGENDAS / f"{name}.yaml").read_text(encoding="utf-8"))
    texts: list[object] = [raw["purpose"]]
    texts += [v for k, v in raw["meeting"].items() if k != "bell"]
    for person in raw["people"]:
        texts += person.values()
    for item in raw["items"]:
        texts += [
            v for k, v in item.items() if k not in ("prompts", "checklist", "options", "questions")
        ]
        texts += item.get("prompts", []) + item.get("checklist", [])
    assert all(isinstance(text, str) for text in texts)


@pytest.mark.parametrize("name", NAMES)
def test_only_known_keys_are_used(name: str) -> None:
    raw = yaml.safe_load((AGENDAS / f"{name}.yaml").read_text(encoding="utf-8"))
    assert set(raw) <= {"purpose", "meeting", "people", "items"}
    assert set(raw["meeting"]) <= set(field_names(Meeting))
    for person in raw["people"]:
        assert set(person) <= set(field_names(Person))
    for item in raw["items"]:
        assert set(item) <= set(field_names(Item))


def test_every_bundled_agenda_passes_kickoff_check_strict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["check", "--strict", str(AGENDAS)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "warning" not in captured.err


def test_bundled_files_end_with_a_newline_and_use_no_tabs() -> None:
    for path in AGENDAS.glob("*.yaml"):
        text = Path(path).read_text(encoding="utf-8")
        assert text.endswith("\n") and "\t" not in text and "\r" not in text, path.name
