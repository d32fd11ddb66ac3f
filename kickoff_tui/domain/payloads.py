"""Each event type's payload, declared once: mypy checks what kickoff writes against it, and the
fold checks every journal line against the same declaration before applying it.

A journal can come from anywhere (a synced folder, a hand edit, a newer or buggier kickoff), so
a line whose payload does not fit its type is skipped with a warning instead of reaching the
session, where a `text` that is an object or a `delta` of 1e20 would crash the screens and the
minutes later. Only the shape is checked here; what needs the session (does entry e7 exist, is
item 9 on the agenda) is the fold's business.

This module deliberately has no `from __future__ import annotations`: under Python 3.11,
TypedDict reads `NotRequired` from the evaluated annotations only.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import (
    Annotated,
    Any,
    Final,
    Literal,
    NotRequired,
    TypedDict,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

# One captured entry's text is capped: a 10 MB paste froze the screen for seconds (#12.16).
# The capture bar stops at this many characters; a journal line over it is skipped.
MAX_ENTRY_CHARS: Final = 10_000
# One +/- on a timebox moves it by minutes; a day either way is already absurd.
MAX_TIMEBOX_STEP: Final = 24 * 3600
# A wall-clock step larger than this is not a clock being corrected but a damaged line.
MAX_CLOCK_STEP: Final = 10 * 366 * 24 * 3600

EntryKind = Literal["note", "decision", "action", "risk", "question", "parking", "stakeholder"]
AttendanceStatus = Literal["present", "absent", "late"]


@dataclass(frozen=True)
class Within:
    """Bounds for an Annotated number (its value) or string (its length)."""

    low: float
    high: float


Text = Annotated[str, Within(0, MAX_ENTRY_CHARS)]


class NoPayload(TypedDict):
    """meeting_started, paused, resumed, meeting_ended, session_finished, session_left."""


class SessionCreated(TypedDict):
    agenda: dict[str, Any]  # the whole agenda; Agenda.from_dict reads it
    schema: NotRequired[int]
    session_id: NotRequired[Text]
    source: NotRequired[Text]
    meeting_date: NotRequired[str | None]  # ISO date; missing or "" means the creation day
    utc_offset_minutes: NotRequired[Any]  # a bad one only costs local times: the fold warns


class Attendance(TypedDict):
    name: Text
    status: AttendanceStatus


class PersonAdded(TypedDict):
    name: Text
    role: NotRequired[Text]
    side: NotRequired[Text]
    person_type: NotRequired[Text]


class ItemStarted(TypedDict):
    index: int


class TimeboxAdjusted(TypedDict):
    index: int
    delta: Annotated[int, Within(-MAX_TIMEBOX_STEP, MAX_TIMEBOX_STEP)]


class CheckToggled(TypedDict):
    index: int
    check: int
    done: bool


def clip_entry(text: str) -> str:
    """At most MAX_ENTRY_CHARS of an entry's text (the capture bar stops there too)."""
    return text if len(text) <= MAX_ENTRY_CHARS else text[:MAX_ENTRY_CHARS]


class EntryText(TypedDict):
    """An entry's text as parsed: what entry_added carries besides id, kind and item."""

    text: Text
    body: Text
    owner: Text
    owner_known: bool
    due: Text
    due_text: Text


class EntryAdded(TypedDict):
    id: Text
    kind: EntryKind
    text: Text
    item: NotRequired[int]  # missing: the current item
    body: NotRequired[Text]  # missing: the text
    owner: NotRequired[Text]
    owner_known: NotRequired[bool]
    due: NotRequired[Text]
    due_text: NotRequired[Text]


class EntryEdited(TypedDict):
    id: Text
    text: NotRequired[Text]
    body: NotRequired[Text]
    owner: NotRequired[Text]
    owner_known: NotRequired[bool]
    due: NotRequired[Text]
    due_text: NotRequired[Text]


class EntryRetyped(TypedDict):
    id: Text
    kind: EntryKind


class EntryRef(TypedDict):
    """entry_deleted, entry_restored."""

    id: Text


class Draft(TypedDict):
    kind: NotRequired[EntryKind | Literal[""]]
    text: NotRequired[Text]


class Exercise(TypedDict):
    exercise: Text
    item: int
    action: Text
    data: dict[str, Any]  # each exercise's own fold reads it, skipping what it cannot


ScopeSection = Literal["in", "out", "later", "assumptions", "constraints"]
Verdict = Literal["agree", "concerns", "block", ""]


class ScopeLine(TypedDict):
    """`scope` add/edit data: a line of the scope (edit names the id and what changes)."""

    id: Text
    section: NotRequired[ScopeSection]
    text: NotRequired[Text]


class ScopeVerdict(TypedDict):
    """`scope` verdict data: the client's agree, concerns (with a note) or block; "" clears."""

    id: Text
    verdict: Verdict
    note: NotRequired[Text]


class ScopeRef(TypedDict):
    """`scope` remove/restore data."""

    id: Text


class TradeOffSet(TypedDict):
    """`trade-offs` set data: one slider's setting and/or note; "" clears the setting."""

    slider: Text
    setting: NotRequired[Literal["fixed", "firm", "flexible", ""]]
    note: NotRequired[Text]


RightsLetter = Literal["R", "A", "C", "I", "D", ""]


class DecisionRightsStep(TypedDict):
    """`data` of a decision-rights step: assign {area, person, letter}; add/remove/restore
    {area}. A letter "" clears the cell."""

    area: Text
    person: NotRequired[Text]
    letter: NotRequired[RightsLetter]


class MilestoneStep(TypedDict):
    """`data` of a milestones step: add/edit {id, + fields}; remove/restore {id}."""

    id: Text
    deliverable: NotRequired[Text]
    date: NotRequired[Text]  # ISO, "" when none was given
    approver: NotRequired[Text]
    approver_known: NotRequired[bool]
    after: NotRequired[Text]  # the id of the milestone this one depends on, "" for none
    note: NotRequired[Text]  # the dependency in words


class QuestionAsked(TypedDict):
    item: int
    text: Text
    phase: NotRequired[Text]
    topic: NotRequired[Text]
    question_id: NotRequired[Text]


class NextMeetingSet(TypedDict):
    """The next meeting, captured with `m`; a later one replaces it."""

    date: Text  # ISO date
    time: Text  # "HH:MM" local to the facilitator, "" when none was given
    place: Text  # a room or a link, "" when none
    text: NotRequired[Text]  # as typed


class FollowUpMarked(TypedDict):
    """An earlier action gone through on the follow-up item (`f`); a later one replaces it."""

    item: int
    action: int
    status: Literal["done", "open", "dropped"]
    due: NotRequired[Text]  # a new ISO due date for a still-open one
    owner: NotRequired[Text]  # a new owner for a still-open one
    by: NotRequired[Text]  # who dropped a dropped one; absent in journals before it was asked


class ClockStepped(TypedDict):
    # seconds the wall clock jumped (negative: back); only the time really spent is credited
    delta: Annotated[float, Within(-MAX_CLOCK_STEP, MAX_CLOCK_STEP)]


# ----- checking a payload against its declaration -------------------------------------------

_Check = Callable[[object], str | None]  # a problem ("must be text, not dict") or None


def problem(payload_type: type[Any], data: dict[str, Any]) -> str | None:
    """What is wrong with `data` as a `payload_type`, or None when it fits.

    Keys the declaration does not name are ignored (a newer kickoff may add optional ones).
    """
    required, fields = _spec(payload_type)
    for key in required:
        if key not in data:
            return f"'{key}' is missing"
    for key, check in fields.items():
        if key in data:
            wrong = check(data[key])
            if wrong is not None:
                return f"'{key}' {wrong}"
    return None


_SPECS: dict[type[Any], tuple[frozenset[str], dict[str, _Check]]] = {}


def _spec(payload_type: type[Any]) -> tuple[frozenset[str], dict[str, _Check]]:
    spec = _SPECS.get(payload_type)
    if spec is None:
        hints = get_type_hints(payload_type, include_extras=True)
        fields = {key: _checker(_unwrap_required(hint)) for key, hint in hints.items()}
        spec = _SPECS[payload_type] = (frozenset(payload_type.__required_keys__), fields)
    return spec


def _unwrap_required(hint: Any) -> Any:
    return get_args(hint)[0] if get_origin(hint) is NotRequired else hint


def _checker(hint: Any) -> _Check:
    """A check for one declared type: the few shapes payloads use, nothing more."""
    if hint is Any:
        return lambda value: None
    origin = get_origin(hint)
    if origin is Annotated:
        inner, *extras = get_args(hint)
        base = _checker(inner)
        bounds = [e for e in extras if isinstance(e, Within)]
        return _bounded(base, bounds[0]) if bounds else base
    if origin is Literal:
        allowed = get_args(hint)
        shown = ", ".join(repr(a) for a in allowed)
        return lambda value: (
            None
            if _is_one_of(value, allowed)
            else f"must be one of {shown}, "
            + (f"not {value!r}" if isinstance(value, str) and len(value) < 40 else "not that")
        )
    if origin in (Union, type(int | None)):
        options = [_checker(option) for option in get_args(hint)]
        return lambda value: None if any(c(value) is None for c in options) else "has a wrong type"
    if origin is dict or hint is dict:
        return _is(dict, "an object")
    if hint is type(None):
        return _is(type(None), "null")
    if hint is bool:
        return _is(bool, "true or false")
    if hint is int:
        return _is(int, "a whole number")
    if hint is float:
        return _number
    if hint is str:
        return _is(str, "text")
    raise TypeError(f"payload declarations cannot use {hint!r}")  # a programming error


def _is(wanted: type, name: str) -> _Check:
    def check(value: object) -> str | None:
        # type() rather than isinstance: JSON true is not the number 1
        return None if type(value) is wanted else f"must be {name}, not {_json_name(value)}"

    return check


def _number(value: object) -> str | None:
    if type(value) in (int, float) and math.isfinite(value):  # type: ignore[arg-type]
        return None
    return f"must be a number, not {_json_name(value)}"


def _bounded(base: _Check, within: Within) -> _Check:
    def check(value: object) -> str | None:
        wrong = base(value)
        if wrong is not None:
            return wrong
        if isinstance(value, str):
            if len(value) > within.high:
                return f"is {len(value):,} characters long, over the {within.high:,.0f} allowed"
            return None
        assert isinstance(value, int | float)
        if not within.low <= value <= within.high:
            return f"{value!r} is out of range"
        return None

    return check


def _is_one_of(value: object, allowed: tuple[object, ...]) -> bool:
    return isinstance(value, str) and value in allowed


def _json_name(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true or false"}
    names |= {int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)
