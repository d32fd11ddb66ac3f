"""Hostile agenda, people and entries for the screen and toast tests (issue #12.1, #12.3).

A journal copied from elsewhere never went through the agenda check, so its agenda, people and
entries can hold escape sequences (ESC, C1 controls) and Textual markup.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from exercise_sample import COMMS, FIT, MAP, RISKS, START, SUCCESS, exercise_agenda
from screen_text import screen_text
from textual.app import App
from textual.widgets._toast import Toast

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal

__all__ = ["COMMS", "FIT", "MAP", "RISKS", "SUCCESS"]  # item indexes, for the tests

ESCAPES = "\x1b]0;pwned\x07\x9b2J"  # set the window title, then a C1 "clear screen"
SHOWN = "␛]0;pwned␇\ufffd2J"  # what safe_text makes of it
MARKUPS = ["[/]", "[@click=app.quit]x[/]", "[link=https://e]l[/link]"]
RAW = {chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c != 10}
TEXT_KEYS = {"title", "client", "project", "goal", "notes", "role", "name", "facilitator"}
TEXT_KEYS |= {"note_taker", "timekeeper", "owner", "type", "prompts", "checklist", "dimensions"}


def assert_safe(app: App[Any], *expected: str) -> str:
    text = screen_text(app)  # every character sent to the terminal, toasts included
    raw = sorted({f"U+{ord(c):04X}" for c in text if c in RAW})
    assert not raw, f"raw control characters on screen: {raw}"
    for shown in expected:
        assert shown in text, f"{shown!r} not on screen"
    return text


def toasts(app: App[Any]) -> list[str]:
    """The text of every toast on screen (a toast wraps over lines, so read it whole)."""
    return [toast.render().plain for toast in app.screen.query(Toast)]


def hostile(value: Any, markup: str) -> Any:
    """The agenda with escape sequences and markup in every free text (names stay consistent)."""
    if isinstance(value, dict):
        return {
            key: (
                f"{inner}{ESCAPES}{markup}"
                if key in TEXT_KEYS and isinstance(inner, str) and inner
                else hostile(inner, markup)
            )
            for key, inner in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            f"{v}{ESCAPES}{markup}" if isinstance(v, str) else hostile(v, markup) for v in value
        ]
    return value


def hostile_meeting(markup: str) -> tuple[LiveMeeting, FakeClock, MemoryJournal]:
    clock = FakeClock(START)
    agenda = exercise_agenda().to_dict()
    agenda["items"][0].update(goal="Meet", prompts=["Who?"], checklist=["Roles"], notes="Private")
    agenda = hostile(agenda, markup)
    created = ev.Event(
        ev.SESSION_CREATED,
        clock.now(),
        {
            "schema": ev.SCHEMA_VERSION,
            "session_id": "20261125-090000-evil",
            "agenda": agenda,
            "source": "evil.yaml",
            "meeting_date": "2026-11-25",
        },
    )
    journal = MemoryJournal()
    journal.append(created)
    return LiveMeeting(session_from_events([created]), journal, clock), clock, journal
