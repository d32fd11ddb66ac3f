"""What was prepared offline: the agenda, its people and items. Validated once, never mutated."""

from __future__ import annotations

from kickoff_tui.records import FrozenRecord

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

SIDES = ("agency", "client", "partner", "other")
LEVELS = ("low", "medium", "high")
PROXIMITIES = ("core", "near", "far")
ATTITUDES = ("champion", "supporter", "neutral", "sceptic", "unknown")
ITEM_KINDS = (
    "discussion",
    "decision",
    "presentation",
    "exercise",
    "break",
    "review",
    "follow-up",  # where `kickoff run --follow-up` puts last time's open actions
)
# a GitHub login: letters, digits and single hyphens between them, at most 39 characters
GITHUB_LOGIN = r"[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}"
EXERCISES = (
    "stakeholder-map", "fit-check", "success-criteria", "comms-plan", "risks",
    "scope", "trade-offs",
    "decision-rights", "milestones",
)  # fmt: skip
# the sections of the `scope` exercise, also the keys of its `options:`
SCOPE_SECTIONS = ("in", "out", "later", "assumptions", "constraints")


def field_names(kind: type[FrozenRecord]) -> tuple[str, ...]:
    """The fields of Person, Item, Meeting or Agenda, in order (dataclasses.fields' names)."""
    return kind.__match_args__


class Person(FrozenRecord):
    __match_args__ = (
        "name", "role", "side", "type", "power", "proximity", "attitude", "notes", "github",
    )  # fmt: skip
    __slots__ = __match_args__

    name: str
    role: str
    side: str
    type: str
    power: str
    proximity: str
    attitude: str
    notes: str
    github: str  # a GitHub login, for `--assignee` in the gh export; "" when not given

    def __init__(
        self,
        name: str,
        role: str = "",
        side: str = "other",
        type: str = "",
        power: str = "",
        proximity: str = "",
        attitude: str = "",
        notes: str = "",
        github: str = "",
    ) -> None:
        self._assign(name, role, side, type, power, proximity, attitude, notes, github)


class Item(FrozenRecord):
    __match_args__ = (
        "title", "timebox", "owner", "goal", "prompts", "checklist", "kind", "notes",
        "exercise", "auto_advance", "options", "questions",
    )  # fmt: skip
    __slots__ = __match_args__

    title: str
    timebox: int  # seconds
    owner: str
    goal: str
    prompts: tuple[str, ...]
    checklist: tuple[str, ...]
    kind: str
    notes: str  # private to the facilitator: never on the shared screen by default
    exercise: str
    auto_advance: bool
    options: dict[str, Any]  # exercise settings, e.g. dimensions
    questions: tuple[str, ...]  # question bank topics that belong to this item

    def __init__(
        self,
        title: str,
        timebox: int,
        owner: str = "",
        goal: str = "",
        prompts: tuple[str, ...] = (),
        checklist: tuple[str, ...] = (),
        kind: str = "discussion",
        notes: str = "",
        exercise: str = "",
        auto_advance: bool = False,
        options: dict[str, Any] | None = None,
        questions: tuple[str, ...] = (),
    ) -> None:
        options = {} if options is None else options
        self._assign(
            title, timebox, owner, goal, prompts, checklist, kind, notes, exercise, auto_advance,
            options, questions,
        )  # fmt: skip


class Meeting(FrozenRecord):
    __match_args__ = (
        "title", "client", "project", "length", "facilitator", "note_taker", "timekeeper",
        "goal", "date", "bell", "start",
    )  # fmt: skip
    __slots__ = __match_args__

    title: str
    client: str
    project: str
    length: int  # planned total in seconds; 0 when not given
    facilitator: str
    note_taker: str
    timekeeper: str
    goal: str
    date: str  # ISO date when planned ahead; the session's start date otherwise
    bell: bool
    start: str  # "HH:MM" the meeting starts at, for the timetable; "" when not given

    def __init__(
        self,
        title: str,
        client: str = "",
        project: str = "",
        length: int = 0,
        facilitator: str = "",
        note_taker: str = "",
        timekeeper: str = "",
        goal: str = "",
        date: str = "",
        bell: bool = True,
        start: str = "",
    ) -> None:
        self._assign(
            title, client, project, length, facilitator, note_taker, timekeeper, goal, date, bell,
            start,
        )  # fmt: skip


class Agenda(FrozenRecord):
    __match_args__ = ("meeting", "items", "people", "purpose")
    __slots__ = __match_args__

    meeting: Meeting
    items: tuple[Item, ...]
    people: tuple[Person, ...]
    purpose: str  # one line, shown by `kickoff templates`

    def __init__(
        self,
        meeting: Meeting,
        items: tuple[Item, ...],
        people: tuple[Person, ...] = (),
        purpose: str = "",
    ) -> None:
        self._assign(meeting, items, people, purpose)

    @property
    def planned_seconds(self) -> int:
        return sum(item.timebox for item in self.items)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form, stored in the journal so a past meeting never changes."""
        plain: dict[str, Any] = _plain(self)
        if not self.meeting.start:
            # journals and exports written before `start:` existed stay byte for byte the same
            del plain["meeting"]["start"]
        return plain

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Agenda:
        """The agenda a journal stored; TypeError or ValueError when it is not of that shape.

        A journal can come from anywhere, so every field is checked here as the loader would
        have: a title that is a number or a timebox of 10**20 must not reach the screens.
        """
        _check(data, _AGENDA_FIELDS, "agenda")
        if not data["items"]:
            raise ValueError("the agenda has no items")
        items = []
        for raw in data["items"]:
            _check(raw, _ITEM_FIELDS, "item")
            if not 0 < raw["timebox"] <= MAX_TIMEBOX:
                raise ValueError(f"item timebox {raw['timebox']!r} is out of range")
            items.append(
                Item(
                    **{
                        **raw,
                        "prompts": tuple(raw["prompts"]),
                        "checklist": tuple(raw["checklist"]),
                        "questions": tuple(raw.get("questions", ())),  # absent before the bank
                    }
                )
            )
        meeting = data["meeting"]
        _check(meeting, _MEETING_FIELDS, "meeting")
        if not 0 <= meeting.get("length", 0) <= MAX_TIMEBOX * len(items):
            raise ValueError(f"meeting length {meeting['length']!r} is out of range")
        for person in data.get("people", []):
            _check(person, _PERSON_FIELDS, "person")
        return cls(
            meeting=Meeting(**_known(Meeting, meeting)),
            items=tuple(items),
            people=tuple(Person(**_known(Person, p)) for p in data.get("people", [])),
            purpose=data.get("purpose", ""),
        )


MAX_TIMEBOX = 24 * 3600  # seconds; the loader allows 8 hours, a journal at most a day

# What each stored field must be: str, int, bool, dict, or a list of one of those.
_TEXT = (
    "title", "client", "project", "facilitator", "note_taker", "timekeeper", "goal", "date",
    "start",
)  # fmt: skip
_MEETING_FIELDS: dict[str, object] = {**dict.fromkeys(_TEXT, str), "length": int, "bell": bool}
_PERSON_FIELDS: dict[str, object] = dict.fromkeys(
    ("name", "role", "side", "type", "power", "proximity", "attitude", "notes", "github"), str
)
_ITEM_FIELDS: dict[str, object] = {
    **dict.fromkeys(("title", "owner", "goal", "kind", "notes", "exercise"), str),
    "timebox": int,
    "prompts": [str],
    "checklist": [str],
    "questions": [str],
    "auto_advance": bool,
    "options": dict,
}
_AGENDA_FIELDS: dict[str, object] = {
    "meeting": dict,
    "items": [dict],
    "people": [dict],
    "purpose": str,
}
_REQUIRED = {"agenda": ("meeting", "items"), "item": ("title", "timebox", "prompts", "checklist")}


def _check(raw: object, fields: dict[str, object], what: str) -> None:
    if not isinstance(raw, dict):
        raise TypeError(f"an {what} must be an object")
    for name in _REQUIRED.get(what, ("name",) if what == "person" else ("title",)):
        if name not in raw:
            raise KeyError(f"{what} {name}")
    for name, wanted in fields.items():
        if name in raw and not _fits(raw[name], wanted):
            raise TypeError(f"{what} {name} has the wrong type")


def _fits(value: object, wanted: object) -> bool:
    if isinstance(wanted, list):
        # a list once read back from JSON; a tuple while the live app still holds to_dict()
        return isinstance(value, list | tuple) and all(_fits(v, wanted[0]) for v in value)
    return type(value) is wanted  # not isinstance: JSON true is not the number 1


def _known(kind: type[FrozenRecord], raw: dict[str, Any]) -> dict[str, Any]:
    names = set(field_names(kind))
    return {k: v for k, v in raw.items() if k in names}


def _plain(value: Any) -> Any:
    """What dataclasses.asdict gave: records become dicts; tuples, lists and dicts are copied."""
    if isinstance(value, FrozenRecord):
        return {name: _plain(getattr(value, name)) for name in value.__match_args__}
    if isinstance(value, tuple | list):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value
