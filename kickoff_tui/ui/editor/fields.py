"""What each form field of the editor holds, and how typed text becomes a file value.

Textual-free: the forms (form.py) lay these out; the rules for what a value may be stay the
loader's (the document's problems() says what is wrong with a saved value). A field refuses
here only what could not be written as the value at all (a timebox that is no duration), so
the text stays in the field, with its reason, until it reads right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kickoff_tui.domain.agenda import ATTITUDES, EXERCISES, ITEM_KINDS, LEVELS, PROXIMITIES, SIDES
from kickoff_tui.domain.durations import DurationError, check_seconds, parse_duration
from kickoff_tui.domain.timetable import parse_clock

TEXT, LINES, DURATION, CHOICE, DATE, CLOCK = "text", "lines", "duration", "choice", "date", "clock"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NONE_CHOICE = ""  # an optional choice left unset: the key is removed from the file


@dataclass(frozen=True)
class FieldSpec:
    key: str  # the key in the file
    label: str
    kind: str = TEXT
    choices: Sequence[str] = ()
    optional: bool = True  # a choice that may be left unset
    placeholder: str = ""
    blank_removes: bool = False  # lines: emptied, the key goes (an option's default applies)


MEETING_FIELDS = (
    FieldSpec(
        "title", "Title", optional=False, placeholder="required, e.g. Northwind portal kickoff"
    ),
    FieldSpec("client", "Client"),
    FieldSpec("project", "Project"),
    FieldSpec("date", "Date", DATE, placeholder="YYYY-MM-DD"),
    FieldSpec("start", "Start time", CLOCK, placeholder="HH:MM, e.g. 09:30"),
    FieldSpec("length", "Planned length", DURATION, placeholder="e.g. 1h30m"),
    FieldSpec("facilitator", "Facilitator"),
    FieldSpec("note_taker", "Note-taker"),
    FieldSpec("timekeeper", "Timekeeper"),
    FieldSpec("goal", "Goal", placeholder="what the meeting must achieve"),
)

PERSON_FIELDS = (
    FieldSpec("name", "Name", optional=False, placeholder="required, unique"),
    FieldSpec("role", "Role"),
    FieldSpec("side", "Side", CHOICE, SIDES, optional=False),
    FieldSpec("type", "Type", placeholder="e.g. sponsor, approver, user"),
    FieldSpec("power", "Power", CHOICE, LEVELS),
    FieldSpec("proximity", "Proximity", CHOICE, PROXIMITIES),
    FieldSpec("attitude", "Attitude", CHOICE, ATTITUDES),
    FieldSpec("notes", "Private notes", placeholder="never on the shared screen"),
)


def item_fields(owners: Sequence[str]) -> tuple[FieldSpec, ...]:
    """The item form; the owner is picked from the people (or left unset). The exercise's
    options are option_fields.py's."""
    return (
        FieldSpec("title", "Title", optional=False, placeholder="required"),
        FieldSpec("timebox", "Timebox", DURATION, placeholder="e.g. 10m", optional=False),
        FieldSpec("owner", "Owner", CHOICE, tuple(owners)),
        FieldSpec("kind", "Kind", CHOICE, ITEM_KINDS),
        FieldSpec("exercise", "Exercise", CHOICE, EXERCISES),
        FieldSpec("goal", "Goal"),
        FieldSpec("prompts", "Prompts", LINES),
        FieldSpec("checklist", "Checklist", LINES),
        FieldSpec("notes", "Private notes", placeholder="never on the shared screen"),
    )


class FieldRefused(ValueError):
    """Typed text that cannot be written as the field's value; the message says why."""


def shown_value(spec: FieldSpec, value: object) -> str:
    """A value as the file holds it (document.value), as its field shows it."""
    if spec.kind == LINES:
        if not isinstance(value, list):
            return ""
        return "\n".join(line for line in value if isinstance(line, str))
    return value if isinstance(value, str) else ""


def file_value(spec: FieldSpec, typed: str) -> str | int | list[str] | None:
    """What to write for typed text: text, seconds, a list of lines, or None to remove the key.

    Raises FieldRefused for text that is not a value of the field's kind.
    """
    if spec.kind == LINES:
        lines = [line.strip() for line in typed.splitlines() if line.strip()]
        return None if spec.blank_removes and not lines else lines
    text = " ".join(typed.split())  # one line: a form field never writes a line break
    if not text:
        return None if spec.optional else ""
    if spec.kind == DURATION:
        try:
            return check_seconds(parse_duration(text), text)  # written in the line's own form
        except DurationError as error:
            raise FieldRefused(str(error)) from None
    if spec.kind == CLOCK:
        seconds = parse_clock(text)
        if seconds is None:
            raise FieldRefused(f"'{text}' is not a time of day; write it like 09:30")
        return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"
    if spec.kind == DATE and not _ISO_DATE.match(text):
        raise FieldRefused(f"'{text}' is not a date; write YYYY-MM-DD, e.g. 2025-03-14")
    return text
