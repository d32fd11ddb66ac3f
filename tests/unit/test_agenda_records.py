"""Agenda, Meeting, Item, Person and Problem are hand-written frozen values (no dataclasses on
the `kickoff check` path): they must keep behaving like the frozen dataclasses they replaced."""

from __future__ import annotations

import copy
import pickle

import pytest

from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person, field_names
from kickoff_tui.errors import Problem


def sample() -> Agenda:
    return Agenda(
        meeting=Meeting("Acme kickoff", client="Acme", length=900),
        items=(
            Item("Scope", 600, prompts=("What is in?",), options={"dimensions": ["a", "b"]}),
            Item("Risks", 300, kind="exercise", exercise="risks"),
        ),
        people=(Person("Ana Ruiz", "Lead", "agency"),),
        purpose="Start well",
    )


def test_defaults_and_positional_order_match_the_fields() -> None:
    item = Item("Scope", 600)
    assert (item.owner, item.kind, item.auto_advance, item.options) == ("", "discussion", False, {})
    assert Item("a", 1).options is not Item("a", 1).options  # a fresh dict each time
    assert Person("Ana", "Lead", "agency").side == "agency"
    assert field_names(Person) == (
        "name", "role", "side", "type", "power", "proximity", "attitude", "notes", "github",
    )  # fmt: skip
    assert field_names(Agenda) == ("meeting", "items", "people", "purpose")


def test_equality_is_by_value_and_by_type() -> None:
    assert sample() == sample()
    assert Meeting("A") != Meeting("B")
    assert Person("A") != Meeting("A")
    assert Problem("f", 1, 2, "m") == Problem("f", 1, 2, "m")
    assert Problem("f", 1, 2, "m") != Problem("f", 1, 2, "m", warning=True)


def test_hash_follows_the_values_like_a_frozen_dataclass() -> None:
    assert hash(Person("A", "r")) == hash(Person("A", "r"))
    assert len({Problem("f", 1, 2, "m"), Problem("f", 1, 2, "m")}) == 1
    with pytest.raises(TypeError):  # the options dict is unhashable, as it was before
        hash(Item("Scope", 600))


def test_fields_cannot_be_assigned_or_deleted() -> None:
    meeting = Meeting("A")
    with pytest.raises(AttributeError):
        meeting.title = "B"
    with pytest.raises(AttributeError):
        del meeting.title
    with pytest.raises(AttributeError):
        meeting.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        Problem("f", 1, 2, "m").line = 3
    assert meeting.title == "A"


def test_repr_names_every_field() -> None:
    assert repr(Person("A")) == (
        "Person(name='A', role='', side='other', type='', power='', proximity='', "
        "attitude='', notes='', github='')"
    )
    assert repr(Problem("f", 1, 2, "m")) == (
        "Problem(path='f', line=1, col=2, message='m', warning=False)"
    )


def test_copy_and_pickle_give_equal_values() -> None:
    agenda = sample()
    assert copy.deepcopy(agenda) == agenda
    assert pickle.loads(pickle.dumps(agenda)) == agenda
    problem = Problem("f", 1, 2, "m", warning=True)
    assert copy.copy(problem) == problem
    assert pickle.loads(pickle.dumps(problem)) == problem


def test_to_dict_is_the_asdict_shape_and_round_trips() -> None:
    agenda = sample()
    data = agenda.to_dict()
    assert data["meeting"]["title"] == "Acme kickoff"
    person = {"name": "Ana Ruiz", "role": "Lead", "side": "agency", "type": ""}
    person |= {"power": "", "proximity": "", "attitude": "", "notes": "", "github": ""}
    assert data["people"] == (person,)
    first = data["items"][0]
    assert first["prompts"] == ("What is in?",)
    assert first["options"] == {"dimensions": ["a", "b"]}
    assert first["options"] is not agenda.items[0].options  # a copy: the journal form is apart
    assert first["options"]["dimensions"] is not agenda.items[0].options["dimensions"]
    assert Agenda.from_dict(data) == agenda


def test_problem_with_message_keeps_the_rest() -> None:
    problem = Problem("f", 3, 4, "old", warning=True)
    assert problem.with_message("new") == Problem("f", 3, 4, "new", warning=True)
