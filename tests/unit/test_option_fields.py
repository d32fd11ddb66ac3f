"""The item form's option fields: which exercise shows which, and what is only shown (locked)."""

from __future__ import annotations

from kickoff_tui.domain.agenda import EXERCISES
from kickoff_tui.storage.exercise_options import OPTION_CHECKS
from kickoff_tui.ui.editor.option_fields import (
    EXERCISE_OPTIONS,
    MAPPINGS_HINT,
    OTHER_HINT,
    exercise_specs,
    locked_hint,
    locked_text,
    option_key,
)


def test_every_exercise_whose_options_are_checked_has_its_fields() -> None:
    assert set(EXERCISE_OPTIONS) == set(OPTION_CHECKS)
    assert set(EXERCISE_OPTIONS) <= set(EXERCISES)
    assert exercise_specs("stakeholder-map") == ()  # reads no options: none shown, all kept
    keys = [option_key(spec.key) for spec in exercise_specs("decision-rights")]
    assert keys == ["areas", "model"]


def test_only_a_list_of_texts_is_editable() -> None:
    (lines,) = exercise_specs("milestones")
    model = exercise_specs("decision-rights")[1]
    assert locked_hint(lines, None) == ""
    assert locked_hint(lines, ["Design sign-off"]) == ""
    assert locked_hint(lines, ["A", {"deliverable": "B"}]) == MAPPINGS_HINT
    assert locked_hint(lines, ["A", 2027]) == OTHER_HINT  # a number would be dropped
    assert locked_hint(lines, "A, B") == OTHER_HINT
    assert locked_hint(model, "daci") == ""
    assert locked_hint(model, ["raci"]) == OTHER_HINT


def test_a_locked_value_is_shown_whole() -> None:
    raw = ["A", {"date": "2027-03-31", "deliverable": "B", "approver": "Ana"}, 2027]
    assert locked_text(raw) == "A\nB · date: 2027-03-31 · approver: Ana\n2027"
    assert locked_text("A, B") == "A, B"
