"""Every export format fed hostile text: it stays text, never markup, formula or command."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from export_hostile import NASTY, START, hostile, hostile_sessions
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from minutes_sample import created_event, sample_agenda

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.exercises.scope import scope
from kickoff_tui.domain.exercises.success import success_criteria
from kickoff_tui.domain.follow_up import follow_up_of
from kickoff_tui.domain.record import one_line
from kickoff_tui.domain.session import Session, session_from_events
from kickoff_tui.exports import Source, write
from kickoff_tui.exports.csv_rows import FORMULA_STARTS, HEADER, cell
from kickoff_tui.text_safety import safe_text

SCHEMA = json.loads(
    (Path(__file__).parents[2] / "docs" / "minutes.schema.json").read_text(encoding="utf-8")
)
EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _live(session: Session, kind: str) -> list[str]:
    return [e.body for e in session.live_entries() if e.kind == kind]


def _earlier(session: Session) -> list[str]:
    """The texts of the earlier meeting's open actions a follow-up item goes through."""
    follow_up = follow_up_of(session.agenda.items[0])
    return [] if follow_up is None else [a.text for a in follow_up.actions]


# ----- JSON ---------------------------------------------------------------------------------


@EXAMPLES
@given(hostile_sessions())
def test_json_validates_and_gives_back_every_text(
    case: tuple[Session, list[dict[str, str]]],
) -> None:
    session, entries = case
    data = json.loads(write("json", Source(session)))
    jsonschema.validate(data, SCHEMA)
    assert [e["text"] for e in data["entries"]] == [e["text"] for e in entries]
    assert [e["owner"] for e in data["entries"]] == [e["owner"] for e in entries]
    assert data["meeting"]["title"] == session.agenda.meeting.title
    criteria = success_criteria(session).criteria
    charter = data["charter"]
    assert [c["measure"] for c in charter["success_criteria"]] == [c.measure for c in criteria]
    lines = scope(session).lines
    assert [row["text"] for row in charter["scope"]] == [line.text for line in lines]
    notes = [c.note for c in criteria] + [line.note for line in lines]
    assert [row["note"] for row in charter["not_aligned"]] == notes
    earlier = [a for f in data["follow_up"] for a in f["actions"]]
    assert [a["text"] for a in earlier] == _earlier(session)
    for number, action in enumerate(earlier):
        mark = session.follow_up_marks.get((0, number))
        assert action["dropped_by"] == (mark.by if mark and mark.status == "dropped" else "")


# ----- CSV ----------------------------------------------------------------------------------


def _evaluated(value: str) -> bool:
    """Would a spreadsheet read this cell as a formula?"""
    return value.lstrip(" \n").startswith(FORMULA_STARTS)


def _unprefixed(value: str) -> str:
    return value[1:] if value.startswith("'") and _evaluated(value[1:]) else value


@EXAMPLES
@given(hostile_sessions())
def test_csv_round_trips_and_no_cell_is_a_formula(
    case: tuple[Session, list[dict[str, str]]],
) -> None:
    session, _ = case
    text = write("csv", Source(session))
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.encode("utf-8").decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == HEADER
    body = rows[1:]
    assert all(len(row) == len(HEADER) for row in body)
    assert not [cell for row in body for cell in row if _evaluated(cell)]
    expected = [*_live(session, "action"), *_earlier(session), *_live(session, "decision")]
    earlier = range(len(_live(session, "action")), len(expected) - len(_live(session, "decision")))
    descriptions = [_unprefixed(row[1]) for row in body]
    for number, (shown, text) in enumerate(zip(descriptions, expected, strict=True)):
        if number in earlier:  # the text, then where it came from and its status
            assert shown.startswith(safe_text(text) + "\n\nAn open action from the meeting of ")
            assert body[number][8] in ("done", "open", "dropped")
        else:
            assert shown == safe_text(text)
    assert [_unprefixed(row[0]) for row in body] == [
        safe_text(one_line(b) or "(no text)") for b in expected
    ]


@pytest.mark.parametrize(
    "value", ["=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\t=1", "  =1", "\n=1"]
)
def test_a_formula_cell_is_shown_as_text(value: str) -> None:
    assert cell(value) == "'" + value


@pytest.mark.parametrize("value", ["\r=1", "\x1b]0;pwned\x07=1", "\x9b31m"])
def test_a_control_character_in_a_cell_is_made_visible(value: str) -> None:
    shown = cell(value)
    assert safe_text(shown) == shown and not _evaluated(shown)


@pytest.mark.parametrize("value", ["plain", "1+1", "a=b", "", "'quoted"])
def test_a_plain_cell_is_left_alone(value: str) -> None:
    assert cell(value) == value


# ----- the gh script ------------------------------------------------------------------------

_FAKE_GH = """#!{python}
import json, os, sys
with open(os.environ["GH_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")
"""


@pytest.fixture(scope="module")
def fake_gh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fake-gh")
    gh = folder / "gh"
    gh.write_text(_FAKE_GH.format(python=sys.executable), encoding="utf-8")
    gh.chmod(0o755)
    return folder


def run_script(script: str, fake: Path, work: Path) -> tuple[list[list[str]], str]:
    """Run the script with sh, only the fake gh on PATH; (recorded argv lists, stderr)."""
    path = work / "issues.gh.sh"
    path.write_text(script, encoding="utf-8")
    log = work / "argv.jsonl"
    log.unlink(missing_ok=True)
    done = subprocess.run(
        ["/bin/sh", str(path)],
        env={"PATH": str(fake), "GH_LOG": str(log), "HOME": str(work)},
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    recorded = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return [json.loads(line) for line in recorded], done.stderr


@EXAMPLES
@given(hostile_sessions())
def test_the_gh_script_passes_exactly_the_captured_text_and_runs_nothing_else(
    fake_gh: Path, tmp_path: Path, case: tuple[Session, list[dict[str, str]]]
) -> None:
    session, _ = case
    script = write("gh", Source(session))
    controls = [c for c in script if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0]
    assert controls == []
    calls, stderr = run_script(script, fake_gh, tmp_path)
    assert stderr == ""
    actions = [e for e in session.live_entries() if e.kind == "action"]
    assert len(calls) == len(actions)
    logins = {p.name: p.github for p in session.people if p.github}
    for argv, entry in zip(calls, actions, strict=True):
        assert argv[:4] == [
            "issue",
            "create",
            "--title",
            safe_text(one_line(entry.body) or "(no text)"),
        ]
        assert argv[4] == "--body"
        assert argv[5].startswith(safe_text(entry.body) + "\n\nOwner: ")
        if entry.owner and logins.get(entry.owner):
            assert argv[6:] == ["--assignee", logins[entry.owner]]
        else:
            assert len(argv) == 6


def test_text_without_control_characters_arrives_byte_for_byte(
    fake_gh: Path, tmp_path: Path
) -> None:
    plain = [t for t in NASTY if safe_text(t) == t]
    agenda = Agenda(Meeting("M"), (Item("I", 60),), (Person("Ana", github="ana-r"),))
    created = {"session_id": "s", "agenda": agenda.to_dict(), "meeting_date": "2026-11-25"}
    events = [ev.Event(ev.SESSION_CREATED, START, created)]
    for number, text in enumerate(plain, start=1):
        payload = {"id": f"e{number}", "kind": "action", "item": 0, "text": text, "body": text}
        payload |= {"owner": "Ana", "owner_known": True, "due": "", "due_text": ""}
        events.append(ev.Event(ev.ENTRY_ADDED, START, payload))
    calls, _ = run_script(write("gh", Source(session_from_events(events))), fake_gh, tmp_path)
    assert [argv[5].split("\n\nOwner: ")[0] for argv in calls] == plain
    assert all(argv[6:] == ["--assignee", "ana-r"] for argv in calls)


def test_a_script_with_no_action_items_runs_no_gh(fake_gh: Path, tmp_path: Path) -> None:
    session = session_from_events([created_event(sample_agenda())])
    calls, stderr = run_script(write("gh", Source(session)), fake_gh, tmp_path)
    assert calls == [] and stderr == ""


# ----- HTML ---------------------------------------------------------------------------------


def html_problems(page: str) -> tuple[list[str], str]:
    """(what would run or load: scripts, handlers, javascript: or outside URLs; the text)."""
    import html5lib

    document = html5lib.parse(page, namespaceHTMLElements=False)
    problems: list[str] = []
    for element in document.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.split("}")[-1] in ("script", "iframe", "object", "embed", "img", "link", "base"):
            problems.append(f"<{tag}>")
        for name, value in element.attrib.items():
            lowered = value.strip().lower()
            if name.lower().startswith("on"):
                problems.append(f"handler {name}")
            if name in ("href", "src", "action", "xlink:href") and not lowered.startswith(
                ("http://", "https://", "mailto:", "#")
            ):
                problems.append(f"{name}={value}")
            if name == "src":
                problems.append(f"loads {value}")
    text = " ".join("".join(document.find("body").itertext()).split())  # type: ignore[union-attr]
    return problems, text


@EXAMPLES
@given(hostile_sessions())
def test_html_has_nothing_that_runs_and_shows_every_text(
    case: tuple[Session, list[dict[str, str]]],
) -> None:
    from kickoff_tui.domain import markdown as md

    session, _ = case
    page = write("html", Source(session))
    problems, text = html_problems(page)
    assert problems == []
    for entry in session.live_entries():
        assert md.clean(entry.body) in text
    for criterion in success_criteria(session).criteria:  # in the charter and its own section
        assert md.clean(criterion.measure) in text
        assert md.clean(criterion.note) in text
    for line in scope(session).lines:
        assert md.clean(line.text) in text and md.clean(line.note) in text
    for earlier in _earlier(session):
        assert " ".join(md.clean(earlier).split()) in text
    assert "<script" not in page.lower()


def test_html_link_schemes_other_than_http_and_mail_are_refused() -> None:
    from kickoff_tui.exports.html import parser

    rendered = parser().render(
        "<javascript:alert(1)> [a](javascript:alert(1)) [b](data:text/html,x) <https://ok.example>"
    )
    assert 'href="https://ok.example"' in rendered
    assert rendered.count("href=") == 1  # the others stay as text


def test_raw_html_reaching_the_renderer_is_shown_as_text() -> None:
    # the Markdown minutes escape it already; html=False is the second wall
    from kickoff_tui.exports.html import parser

    rendered = parser().render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">')
    assert "<script" not in rendered and "<img" not in rendered
    assert "&lt;script&gt;" in rendered


@EXAMPLES
@given(
    st.lists(
        st.tuples(hostile, st.sampled_from(["low", "medium", "high"])), min_size=1, max_size=12
    )
)
def test_the_stakeholder_picture_shows_names_as_text(people: list[tuple[str, str]]) -> None:
    from dataclasses import replace

    from kickoff_tui.domain.record import StakeholderRecord, build_record
    from kickoff_tui.exports.html_pictures import NAMES_PER_CELL, stakeholder_grid

    base = build_record(session_from_events([created_event(sample_agenda())]))
    placed = tuple(
        StakeholderRecord(name, "client", "", power, "near", "", "", "", True)
        for name, power in people
    )
    svg = stakeholder_grid(replace(base, stakeholder_map=placed))
    problems, text = html_problems(f"<!DOCTYPE html><html><body>{svg}</body></html>")
    assert problems == []
    for power in ("low", "medium", "high"):
        here = [name for name, level in people if level == power][:NAMES_PER_CELL]
        for name in here:
            assert " ".join(safe_text(one_line(name, 26)).split()) in text


# ----- iCalendar ----------------------------------------------------------------------------


@EXAMPLES
@given(hostile_sessions())
def test_ics_parses_back_with_one_event_per_dated_action_and_the_same_text(
    case: tuple[Session, list[dict[str, str]]],
) -> None:
    import icalendar

    session, _ = case
    ics = write("ics", Source(session))
    lines = ics.split("\r\n")
    assert lines[-1] == "" and all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert not [c for c in ics if ord(c) < 0x20 and c not in "\r\n\t"]
    calendar = icalendar.Calendar.from_ical(ics)
    events = list(calendar.walk("VEVENT"))
    dated = [e for e in session.live_entries() if e.kind == "action" and e.due]
    assert len(events) == len(dated)
    for event, entry in zip(events, dated, strict=True):
        owner = entry.owner or "No owner"
        summary = f"{owner}: {one_line(entry.body) or '(no text)'}"
        assert str(event["SUMMARY"]) == safe_text(summary)
        description = str(event["DESCRIPTION"])
        assert description.startswith(safe_text(entry.body) + "\n\n")
        assert event.decoded("DTSTART").isoformat() == entry.due


def test_ics_folds_long_lines_without_splitting_a_character() -> None:
    from kickoff_tui.exports.calendar import fold

    for line in ("DESCRIPTION:" + "é🎉" * 40, "DESCRIPTION:" + "ab " * 90):
        pieces = fold(line).removesuffix("\r\n").split("\r\n")
        assert len(pieces) > 2 and all(len(p.encode("utf-8")) <= 75 for p in pieces)
        assert "".join(p.removeprefix(" ") if i else p for i, p in enumerate(pieces)) == line


def test_a_carriage_return_in_a_text_stays_visible_in_the_calendar() -> None:
    import icalendar

    agenda = Agenda(Meeting("M"), (Item("I", 60),))
    created = {"session_id": "s", "agenda": agenda.to_dict(), "meeting_date": "2026-11-25"}
    events = [ev.Event(ev.SESSION_CREATED, START, created)]
    for number, body in enumerate(["ends in CR\r", "a\r\nb"], start=1):
        payload = {"id": f"e{number}", "kind": "action", "item": 0, "text": body, "body": body}
        payload |= {"owner": "", "owner_known": True, "due": "2026-12-04", "due_text": "x"}
        events.append(ev.Event(ev.ENTRY_ADDED, START, payload))
    ics = write("ics", Source(session_from_events(events)))
    found = [str(e["DESCRIPTION"]) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")]
    assert found[0].startswith("ends in CR␍\n\nFrom the meeting")
    assert found[1].startswith("a␍\nb\n\nFrom the meeting")


# ----- the next meeting (captured with `m`) in json and ics ---------------------------------


def _with_next_meeting(time: str, place: str, offset: int | None) -> Session:
    events = [created_event(sample_agenda(), utc_offset_minutes=offset)]
    data = {"date": "2026-12-08", "time": time, "place": place}
    events.append(ev.Event(ev.NEXT_MEETING_SET, START, data))
    return session_from_events(events)


@pytest.mark.parametrize(
    ("time", "offset", "start"),
    [
        ("14:00", 60, "2026-12-08T13:00:00+00:00"),  # the facilitator's 14:00 at UTC+01:00
        ("14:00", None, "2026-12-08T14:00:00"),  # no offset recorded: a floating local time
        ("", 60, "2026-12-08"),  # no time: all day
    ],
)
def test_the_next_meeting_is_a_calendar_event_and_in_the_json(
    time: str, offset: int | None, start: str
) -> None:
    import icalendar

    place = "Room 4; https://meet.example/a,b\nfloor 2"
    session = _with_next_meeting(time, place, offset)
    data = json.loads(write("json", Source(session)))
    jsonschema.validate(data, SCHEMA)
    assert data["next_meeting"] == {"date": "2026-12-08", "time": time, "place": place}
    (event,) = icalendar.Calendar.from_ical(write("ics", Source(session))).walk("VEVENT")
    assert event.decoded("DTSTART").isoformat() == start
    assert str(event["LOCATION"]) == place
    assert str(event["SUMMARY"]).startswith("Next meeting: Northwind portal kickoff")


def test_no_next_meeting_is_null_in_the_json() -> None:
    data = json.loads(write("json", Source(_with_next_meeting("", "", 0))))
    assert data["next_meeting"] is not None
    none = session_from_events([created_event(sample_agenda())])
    assert json.loads(write("json", Source(none)))["next_meeting"] is None
