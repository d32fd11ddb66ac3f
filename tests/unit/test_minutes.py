"""Minutes content: every section, the ordering rules, drafts, and the front matter as YAML."""

from __future__ import annotations

from datetime import timedelta

import yaml
from minutes_sample import START, created_event, sample_agenda, sample_events, sample_session

from kickoff_tui import __version__
from kickoff_tui.domain import events as ev
from kickoff_tui.domain import minutes
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.session import Session, session_from_events


def _front(text: str) -> dict[str, object]:
    assert text.startswith("---\n")
    block = text.split("\n---\n", 1)[0][4:]
    loaded = yaml.safe_load(block)
    assert isinstance(loaded, dict)
    return loaded


def _section(text: str, title: str) -> str:
    body = text.split(f"\n## {title}\n\n", 1)[1]
    return body.split("\n## ", 1)[0].strip("\n")


def _events(agenda: Agenda, *extra: tuple[str, int, dict[str, object]]) -> list[ev.Event]:
    """A journal: session_created, then (type, seconds after start, data) events."""
    return [created_event(agenda)] + [
        ev.Event(kind, START + timedelta(seconds=offset), data) for kind, offset, data in extra
    ]


def test_front_matter_holds_the_meeting_facts() -> None:
    front = _front(minutes.render(sample_session()))
    assert front["meeting"] == "Northwind portal kickoff: phase 1!"
    assert front["client"] == "Northwind Traders"
    assert str(front["date"]) == "2026-11-25"
    assert front["start"] == "2026-11-25T09:03:00Z"
    assert front["end"] == "2026-11-25T09:55:30Z"
    assert front["duration"] == "52m30s"
    assert front["status"] == "final"
    assert front["note-taker"] == "Tomasz Nowak"
    assert front["attendees"] == ["Ana Ruiz", "Tomasz Nowak", "Ben Okafor", "Priya Raman"]
    assert front["agenda-source"] == "agendas/northwind.yaml"
    assert front["generator"] == f"kickoff-tui {__version__}"


def test_front_matter_stays_valid_yaml_whatever_was_typed() -> None:
    hostile = "x: y\n---\n# z 'q' \"w\" {a: [1]} & *anchor !!python/object \x1b[1m ...\n- item"
    agenda = Agenda(
        Meeting(title=hostile, client="@client", project="yes", facilitator="null"),
        (Item(hostile, 60),),
    )
    session = session_from_events(
        _events(agenda, (ev.ATTENDANCE, 0, {"name": "- no", "status": "present"}))
    )
    front = _front(minutes.render(session))
    assert (
        front["meeting"] == "x: y --- # z 'q' \"w\" {a: [1]} & *anchor !!python/object ... - item"
    )
    assert front["client"] == "@client"
    assert front["project"] == "yes" and front["facilitator"] == "null"  # strings, not bool/None
    assert front["attendees"] == ["- no"]


def test_8_bit_csi_and_dcs_in_a_title_go_whole_with_their_parameters() -> None:
    # U+009B is CSI in one character; ESC P ... ESC \\ is a DCS string
    title = "Kick\x9b31;1moff \x1bP1$r0;4m\x1b\\plan"
    agenda = Agenda(Meeting(title=title), (Item(title, 60),))
    text = minutes.render(session_from_events(_events(agenda)))
    assert _front(text)["meeting"] == "Kickoff plan"
    assert "\n# Kickoff plan\n" in text
    for leftover in ("31;1m", "1$r0;4m", "\x9b", "\x1b"):
        assert leftover not in text


def test_summary_counts_and_time_against_plan() -> None:
    text = minutes.render(sample_session())
    assert "- **Time:** 52m30s against 45m planned (7m30s over); paused 5m" in text
    assert "- **Captured:** 2 decisions, 4 action items, 1 risk, 1 open question" in text
    assert text.count("\n# ") == 1


def test_attendees_present_late_absent_then_unmarked() -> None:
    rows = _section(minutes.render(sample_session()), "Attendees").splitlines()[2:]
    assert [row.split(" | ")[1] for row in rows] == [
        "present",
        "present",
        "present",
        "late",
        "absent",
        "not recorded",
    ]
    assert rows[3] == "| Ben Okafor | late | COO | client | sponsor |"


def test_agenda_table_shows_planned_actual_difference_and_total() -> None:
    table = _section(
        minutes.render(sample_session(), diagrams=False), "Agenda and timing"
    ).splitlines()
    assert table[0] == "| # | Item | Owner | Planned | Actual | Difference |"
    assert table[3] == "| 2 | Success criteria | Claire Dubois | 15m | 17m | +2m |"
    assert table[4] == "| 3 | Scope: in/out | Tomasz Nowak | 15m → 20m | 17m | +2m |"
    assert table[5] == "| 4 | Risks & next steps. | Ana Ruiz | 10m | 7m30s | -2m30s |"
    assert table[6] == "| | **Total** | | 45m | 47m30s | +2m30s |"  # MD060: `| |`, not `|  |`


def test_decisions_are_numbered_with_their_item_and_deleted_ones_never_appear() -> None:
    text = minutes.render(sample_session())
    assert _section(text, "Decisions").splitlines() == [
        "- **D1** — Success = 30% fewer support calls by Q3 \\<b>measured\\</b> monthly "
        "(item 2: Success criteria)",
        "- **D2** — \\# Out of scope: the mobile app \\| kiosk (item 3: Scope: in/out)",
    ]
    assert "typo entry" not in text


def test_action_items_sorted_by_due_date_with_missing_parts_written_visibly() -> None:
    agenda = sample_agenda()
    action = {"kind": "action", "item": 0, "owner_known": True}
    events = _events(
        agenda,
        (ev.MEETING_STARTED, 0, {}),
        (
            ev.ENTRY_ADDED,
            1,
            {**action, "id": "e1", "text": "x", "body": "no date", "owner": "Ana Ruiz"},
        ),
        (
            ev.ENTRY_ADDED,
            2,
            {
                **action,
                "id": "e2",
                "text": "x",
                "body": "late",
                "due": "2026-12-09",
                "due_text": "2026-12-09",
                "owner": "Ana Ruiz",
            },
        ),
        (
            ev.ENTRY_ADDED,
            3,
            {
                **action,
                "id": "e3",
                "text": "x",
                "body": "bad date",
                "due_text": "next-ish",
                "owner": "Zed",
                "owner_known": False,
            },
        ),
        (
            ev.ENTRY_ADDED,
            4,
            {
                **action,
                "id": "e4",
                "text": "x",
                "body": "early",
                "due": "2026-12-01",
                "due_text": "2026-12-01",
            },
        ),
        (ev.ENTRY_ADDED, 5, {**action, "id": "e5", "text": "x", "body": ""}),
    )
    lines = _section(minutes.render(session_from_events(events)), "Action items").splitlines()
    assert lines == [
        "- [ ] **No owner** — early (due 2026-12-01)",
        "- [ ] **Ana Ruiz** — late (due 2026-12-09)",
        "- [ ] **Zed** (not an attendee) — bad date (due “next-ish” is not a date)",
        "- [ ] **Ana Ruiz** — no date (no due date)",
        "- [ ] **No owner** — (no text) (no due date)",
    ]


def test_notes_grouped_by_item_in_agenda_order() -> None:
    notes = _section(minutes.render(sample_session()), "Notes")
    assert notes.split("\n\n") == [
        "### 1. Welcome & roles",
        "- Round of names; Ben joins at 09:10",
        "### 3. Scope: in/out",
        "- \\- Client wants SSO > via Azure AD",
        "### 4. Risks & next steps",
        "- 1\\. Next meeting in two weeks",
    ]


def test_risks_questions_parking_and_stakeholders_name_their_item() -> None:
    text = minutes.render(sample_session())
    assert _section(text, "Risks") == (
        "- Legacy DB has no owner; see <https://wiki.example.com/db_owner>. (item 3: Scope: in/out)"
    )
    assert _section(text, "Open questions").endswith("(item 2: Success criteria)")
    assert (
        _section(text, "Parking lot")
        == "- Loyalty programme & \\`rewards\\` API (item 3: Scope: in/out)"
    )
    assert _section(text, "Stakeholder notes") == (
        "- Ben prefers one-page updates, not decks (item 4: Risks & next steps.)"
    )


def test_empty_sections_say_so() -> None:
    session = session_from_events(
        _events(sample_agenda(), (ev.MEETING_STARTED, 0, {}), (ev.MEETING_ENDED, 60, {}))
    )
    text = minutes.render(session)
    for title in (
        "Decisions",
        "Action items",
        "Risks",
        "Open questions",
        "Parking lot",
        "Notes",
        "Stakeholder notes",
    ):
        assert _section(text, title) == minutes.NOTHING


def test_crashed_session_exports_as_a_draft_ending_at_the_last_event() -> None:
    text = minutes.render(sample_session(ended=False))
    front = _front(text)
    assert front["status"] == "draft"
    assert front["end"] == "2026-11-25T09:48:00Z"
    assert "> **Draft:** the meeting was not ended." in text


def test_never_started_session_still_renders() -> None:
    text = minutes.render(session_from_events(_events(sample_agenda())))
    front = _front(text)
    assert front["status"] == "not started" and front["start"] is None
    assert "it was never started" in text
    assert "| 1 | Welcome & roles | Ana Ruiz | 5m | — | not covered |" in text


def test_same_journal_gives_identical_bytes() -> None:
    assert minutes.render(session_from_events(sample_events())) == minutes.render(
        session_from_events(sample_events())
    )


def test_sections_render_in_list_order_and_empty_optional_ones_are_left_out() -> None:
    def exercise(ctx: minutes.MinutesContext) -> list[str]:
        return [f"- {len(ctx.session.exercise_events)} exercise events"]

    def nothing(ctx: minutes.MinutesContext) -> list[str]:
        return []

    keys = [s.key for s in minutes.SECTIONS]
    sections = list(minutes.SECTIONS)
    sections.insert(
        keys.index("notes"), minutes.Section("fit", "Fit check", exercise, always=False)
    )
    sections.append(minutes.Section("map", "Stakeholder map", nothing, always=False))
    text = minutes.render(sample_session(), sections)
    assert "## Fit check\n\n- 0 exercise events\n\n## Notes" in text
    assert "Stakeholder map" not in text


def test_a_session_object_is_not_changed_by_rendering() -> None:
    session: Session = sample_session(ended=False)
    before = (dict(session.entries), list(session.item_seconds), session.segment_start)
    minutes.render(session)
    assert (dict(session.entries), list(session.item_seconds), session.segment_start) == before


def test_a_stakeholder_note_says_who_it_is_about_unless_its_text_does() -> None:
    def note(
        entry_id: str, body: str, owner: str, known: bool
    ) -> tuple[str, int, dict[str, object]]:
        data = {"id": entry_id, "kind": "stakeholder", "item": 0, "text": body, "body": body}
        return (ev.ENTRY_ADDED, 60, {**data, "owner": owner, "owner_known": known})

    session = session_from_events(
        _events(
            sample_agenda(),
            (ev.MEETING_STARTED, 0, {}),
            note("e1", "Wants a monthly cost report", "Ben Okafor", True),
            note("e2", "Ben Okafor prefers email", "Ben Okafor", True),
            note("e3", "Signs the budget", "Olga", False),
        )
    )
    lines = _section(minutes.render(session), "Stakeholder notes").splitlines()
    assert [line.split(" (", 1)[1] for line in lines] == [
        "item 1: Welcome & roles; about: Ben Okafor)",
        "item 1: Welcome & roles)",
        "item 1: Welcome & roles; about: Olga (not an attendee))",
    ]


def test_questions_asked_are_one_list_in_agenda_order_without_item_headings() -> None:
    agenda = Agenda(Meeting("T"), (Item("Welcome", 600), Item("Scope", 600)))

    def asked(item: int, text: str) -> tuple[str, int, dict[str, object]]:
        return (ev.QUESTION_ASKED, 60, {"item": item, "text": text, "topic": "scope"})

    events = _events(
        agenda,
        (ev.MEETING_STARTED, 0, {}),
        asked(1, "Who signs off?"),
        asked(0, "What is your role?"),
        asked(1, "What is out?"),
    )
    text = minutes.render(session_from_events(events))
    assert _section(text, "Questions asked").splitlines() == [
        "- What is your role? (item 1: Welcome)",
        "- Who signs off? (item 2: Scope)",
        "- What is out? (item 2: Scope)",
    ]
    # no `### 2. Scope` here: Notes has those, and one heading twice is markdownlint's MD024
    assert "### " not in text


def test_the_section_list_is_written_out_in_the_order_the_minutes_use() -> None:
    assert [s.key for s in minutes.SECTIONS] == [
        *(
            "charter",
            "attendees",
            "agenda",
            "follow-up",
            "decisions",
            "actions",
            "risks",
            "questions",
            "parking",
        ),
        *("exercise-stakeholder-map", "exercise-fit-check", "exercise-success-criteria"),
        *("exercise-comms-plan", "exercise-risks", "exercise-scope", "exercise-trade-offs"),
        *("exercise-decision-rights", "exercise-milestones"),
        *("asked", "notes", "stakeholders"),
    ]
    assert not hasattr(minutes, "add_section")  # nothing is registered at import time
