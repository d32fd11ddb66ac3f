"""The Markdown minutes are a writer over the meeting's record (domain/record.py), like every
export: what the record says is what the minutes say, so no rule is decided twice."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from minutes_sample import sample_events, sample_session

from kickoff_tui.domain import events as ev
from kickoff_tui.domain import record as record_module
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.minutes_context import MinutesContext
from kickoff_tui.domain.record import MeetingRecord, build_record, record_of
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.exports import Source, write


def test_the_minutes_write_out_the_record_they_are_given() -> None:
    session = sample_session()
    record = build_record(session)
    assert render(session, record=record) == render(session)
    first = record.entries_of("decision")[0]
    changed = replace(
        record,
        meeting=replace(record.meeting, title="Renamed in the record", status="ended"),
        people=record.people[:1],
        items=tuple(replace(item, covered=False) for item in record.items),
        entries=(replace(first, body="Only this decision"),),
    )
    minutes = render(session, record=changed)
    assert "# Renamed in the record" in minutes and "status: ended" in minutes
    assert minutes.count("not covered") == len(record.items)
    assert "- **D1** — Only this decision (" in minutes
    assert "- **Captured:** 1 decision, 0 action items, 0 risks, 0 open questions" in minutes
    attendees = minutes.split("## Attendees")[1].split("\n## ")[0]
    assert attendees.count("\n| ") == 3  # the header, its rule and the one person left


def test_someone_only_on_the_roll_call_has_no_side_in_the_minutes_or_the_json() -> None:
    events = sample_events()
    at = events[-1].at + timedelta(seconds=1)
    events.append(ev.Event(ev.ATTENDANCE, at, {"name": "Walk-in <b>", "status": "late"}))
    session = session_from_events(events)
    assert session.warnings == []
    person = json.loads(write("json", Source(session)))["people"][-1]
    assert (person["name"], person["side"], person["attendance"]) == ("Walk-in <b>", "", "late")
    assert "| Walk-in \\<b> | late | — | — | — |" in render(session)


def test_an_export_builds_the_record_once_for_the_minutes_and_the_html(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[MeetingRecord] = []

    def counted(ctx: MinutesContext) -> MeetingRecord:
        built.append(record_of(ctx))
        return built[-1]

    monkeypatch.setattr(record_module, "record_of", counted)
    source = Source(sample_session())
    assert write("md", source) == render(sample_session())
    write("html", source)
    assert len(built) == 2  # the one Source built for both writers, and render()'s own above
