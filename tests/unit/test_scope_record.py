"""Scope and trade-offs in the meeting record: what the exports and the charter read."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from scope_sample import new_scope_meeting, run_scope_exercises

from kickoff_tui.domain.exercises.trade_offs import NONE_FLEXIBLE, TOO_MANY_FIXED
from kickoff_tui.domain.record import build_record
from kickoff_tui.exports.json_record import data

SCHEMA = json.loads(
    (Path(__file__).parents[2] / "docs" / "minutes.schema.json").read_text(encoding="utf-8")
)


def test_the_record_carries_every_scope_line_with_its_verdict_and_flags() -> None:
    meeting, _ = run_scope_exercises()
    lines = build_record(meeting.session).exercises["scope"]["lines"]
    by_id = {line["id"]: line for line in lines}
    assert [line["section"] for line in lines] == [
        "in", "in", "in", "out", "out", "later", "assumptions", "constraints",
    ]  # fmt: skip
    assert by_id["p2-2"] == {
        "id": "p2-2",
        "section": "in",
        "text": "Single sign-on for staff",
        "verdict": "concerns",
        "note": "Depends on *Azure AD* access | IT",
        "prefilled": True,
        "flags": ["in scope, not agreed by the client"],
    }
    assert by_id["p2-6"]["flags"] == ["blocked"]
    assert by_id["s1"]["prefilled"] is False and "s3" not in by_id  # removed


def test_the_record_carries_each_trade_offs_item_and_the_rules_broken() -> None:
    meeting, _ = run_scope_exercises()
    (found,) = build_record(meeting.session).exercises["trade_offs"]
    assert found["item"] == 3
    assert found["sliders"][2] == {
        "name": "Cost",
        "setting": "fixed",
        "note": "Budget approved by the board",
    }
    assert found["broken"] == [TOO_MANY_FIXED, NONE_FLEXIBLE]


def test_exercises_that_never_ran_are_absent() -> None:
    meeting, *_ = new_scope_meeting()
    assert build_record(meeting.session).exercises == {}


def test_the_json_export_validates_against_the_schema() -> None:
    meeting, _ = run_scope_exercises()
    jsonschema.validate(data(build_record(meeting.session)), SCHEMA)
