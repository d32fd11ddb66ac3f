"""What was prepared offline: the agenda, its people and items. Validated once, never mutated."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Self

SIDES = ("agency", "client", "partner", "other")
LEVELS = ("low", "medium", "high")
PROXIMITIES = ("core", "near", "far")
ATTITUDES = ("champion", "supporter", "neutral", "sceptic", "unknown")
ITEM_KINDS = ("discussion", "decision", "presentation", "exercise", "break", "review")
EXERCISES = ("stakeholder-map", "fit-check", "success-criteria", "comms-plan", "risks")


class _Record:
    """A frozen value object: what @dataclass(frozen=True) gave (init, eq, hash, repr, no
    assignment), written out by hand. `kickoff check` builds an Agenda on every run, and
    dataclasses cost it ~20 ms: importing it loads inspect (ast, dis, tokenize), and each
    class's methods are generated with exec. Subclasses list their fields, in order, in
    __match_args__ and take them in the same order in __init__."""

    __slots__ = ()
    __match_args__: tuple[str, ...] = ()

    def _assign(self, *values: object) -> None:
        for name, value in zip(self.__match_args__, values, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__match_args__)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())  # like a frozen dataclass: an Item's options dict refuses

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"{type(self).__qualname__}({fields})"

    if not TYPE_CHECKING:  # hidden from mypy, which would accept any attribute name otherwise

        def __setattr__(self, name: str, value: object) -> None:
            raise AttributeError(f"cannot assign to field '{name}'")

        def __delattr__(self, name: str) -> None:
            raise AttributeError(f"cannot delete field '{name}'")

    def __reduce__(self) -> tuple[type[Self], tuple[object, ...]]:
        return (type(self), self._values())  # copy and pickle through __init__


def field_names(kind: type[_Record]) -> tuple[str, ...]:
    """The fields of Person, Item, Meeting or Agenda, in order (dataclasses.fields' names)."""
    return kind.__match_args__


class Person(_Record):
    __match_args__ = ("name", "role", "side", "type", "power", "proximity", "attitude", "notes")
    __slots__ = __match_args__

    name: str
    role: str
    side: str
    type: str
    power: str
    proximity: str
    attitude: str
    notes: str

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
    ) -> None:
        self._assign(name, role, side, type, power, proximity, attitude, notes)


class Item(_Record):
    __match_args__ = (
        "title", "timebox", "owner", "goal", "prompts", "checklist", "kind", "notes",
        "exercise", "auto_advance", "options",
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
    ) -> None:
        options = {} if options is None else options
        self._assign(
            title, timebox, owner, goal, prompts, checklist, kind, notes, exercise, auto_advance,
            options,
        )  # fmt: skip


class Meeting(_Record):
    __match_args__ = (
        "title", "client", "project", "length", "facilitator", "note_taker", "timekeeper",
        "goal", "date", "bell",
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
    ) -> None:
        self._assign(
            title, client, project, length, facilitator, note_taker, timekeeper, goal, date, bell
        )


class Agenda(_Record):
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
        return plain

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Agenda:
        items = tuple(
            Item(**{**raw, "prompts": tuple(raw["prompts"]), "checklist": tuple(raw["checklist"])})
            for raw in data["items"]
        )
        return cls(
            meeting=Meeting(**_known(Meeting, data["meeting"])),
            items=items,
            people=tuple(Person(**_known(Person, p)) for p in data.get("people", [])),
            purpose=data.get("purpose", ""),
        )


def _known(kind: type[_Record], raw: dict[str, Any]) -> dict[str, Any]:
    names = set(field_names(kind))
    return {k: v for k, v in raw.items() if k in names}


def _plain(value: Any) -> Any:
    """What dataclasses.asdict gave: records become dicts; tuples, lists and dicts are copied."""
    if isinstance(value, _Record):
        return {name: _plain(getattr(value, name)) for name in value.__match_args__}
    if isinstance(value, tuple | list):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value
