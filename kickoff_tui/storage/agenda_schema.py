"""Agenda format v1: which keys exist, what each holds, and the checks across them.

`build_agenda` walks the composed document once, records every problem in the NodeReader, and
returns an Agenda only when nothing was wrong enough to stop it being used.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.domain.agenda import (
    ATTITUDES,
    EXERCISES,
    GITHUB_LOGIN,
    ITEM_KINDS,
    LEVELS,
    PROXIMITIES,
    SIDES,
    Agenda,
    Item,
    Meeting,
    Person,
)
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.question_bank import TOPICS
from kickoff_tui.domain.timetable import parse_clock
from kickoff_tui.storage.agenda_text import check_characters
from kickoff_tui.storage.exercise_options import check_options
from kickoff_tui.storage.node_reader import Field, NodeReader, clip, describe, suggest

TYPE_CHECKING = False  # no typing import at run time: kickoff check starts ~4 ms sooner
if TYPE_CHECKING:
    from typing import Any

TOP_KEYS = ("purpose", "meeting", "people", "items")
MEETING_KEYS = (
    "title", "client", "project", "length", "facilitator", "note_taker", "timekeeper", "goal",
    "date", "bell", "start",
)  # fmt: skip
PERSON_KEYS = (
    "name", "role", "side", "type", "power", "proximity", "attitude", "notes", "github",
)  # fmt: skip
ITEM_KEYS = (
    "title", "timebox", "owner", "goal", "prompts", "checklist", "kind", "notes", "exercise",
    "auto_advance", "options", "questions",
)  # fmt: skip
PERSON_CHOICES = {"side": SIDES, "power": LEVELS, "proximity": PROXIMITIES, "attitude": ATTITUDES}


def build_agenda(reader: NodeReader, root: Node) -> Agenda | None:
    reader.refuse_unsafe_tags(root)
    check_characters(reader, root)
    if not isinstance(root, MappingNode):
        found = describe(root)
        hint = (
            "; did you forget the 'items:' line above the list?"
            if isinstance(root, SequenceNode)
            else ""
        )
        reader.error(
            root,
            f"the top level is {found}; an agenda is a mapping of 'meeting:' and 'items:'{hint}",
        )
        return None
    fields = reader.mapping(root, "the agenda", TOP_KEYS)
    if fields is None:
        return None
    errors_before = _error_count(reader)

    purpose = ""
    if "purpose" in fields:
        purpose = " ".join((reader.text(fields["purpose"][1], "purpose") or "").split())

    meeting = length_node = None
    if "meeting" in fields:
        meeting = _meeting(reader, fields["meeting"][1])
        length_node = _value_of(fields["meeting"][1], "length")
    else:
        reader.missing(root, "the agenda", "meeting", "meeting: with at least a title: under it")

    people: tuple[Person, ...] = ()
    if "people" in fields:
        people = _people(reader, fields["people"][1])

    items: tuple[Item, ...] = ()
    if "items" in fields:
        items = _items(reader, fields["items"][1], people)
    else:
        reader.missing(
            root, "the agenda", "items", "items: with at least one '- title: ...' under it"
        )

    if meeting is None or not items or _error_count(reader) > errors_before:
        return None
    if meeting.length and length_node is not None:
        total = sum(item.timebox for item in items)
        if total != meeting.length:
            reader.warn(
                length_node,
                f"length: the items add up to {format_duration(total)}, not "
                f"{format_duration(meeting.length)}; adjust a timebox or the length",
            )
    return Agenda(meeting=meeting, items=items, people=people, purpose=purpose)


def _error_count(reader: NodeReader) -> int:
    return sum(1 for p in reader.problems if not p.warning)


def _value_of(node: Node, key: str) -> Node | None:
    if isinstance(node, MappingNode):
        for key_node, value in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == key:
                found: Node = value
                return found
    return None


def _texts(reader: NodeReader, fields: dict[str, Field], keys: tuple[str, ...]) -> dict[str, str]:
    """The optional plain-text keys that are present and readable."""
    found: dict[str, str] = {}
    for key in keys:
        if key in fields:
            value = reader.text(fields[key][1], key)
            if value is not None:
                found[key] = value
    return found


def _meeting(reader: NodeReader, node: Node) -> Meeting | None:
    fields = reader.mapping(node, "meeting", MEETING_KEYS)
    if fields is None:
        return None
    title = reader.required_text(fields, node, "meeting", "title", "Northwind portal kickoff")
    values: dict[str, Any] = _texts(
        reader, fields, ("client", "project", "facilitator", "note_taker", "timekeeper", "goal")
    )
    if "length" in fields:
        length = reader.duration(fields["length"][1], "length")
        values["length"] = length or 0
    if "date" in fields:
        values["date"] = reader.iso_date(fields["date"][1], "date") or ""
    if "start" in fields:
        values["start"] = _start(reader, fields["start"][1])
    if "bell" in fields:
        bell = reader.boolean(fields["bell"][1], "bell")
        if bell is not None:
            values["bell"] = bell
    if title is None:
        return None
    return Meeting(title=title, **values)


def _start(reader: NodeReader, node: Node) -> str:
    """'HH:MM', as written plain (YAML 1.1 reads 09:30 as a number in base 60) or quoted."""
    value = (reader.text(node, "start") or "").strip()
    seconds = parse_clock(value) if value else 0
    if seconds is None:
        reader.error(node, f"start: '{clip(value)}' is not a time of day; write it like 09:30")
        return ""
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}" if value else ""


def _people(reader: NodeReader, node: Node) -> tuple[Person, ...]:
    if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
        return ()
    if not isinstance(node, SequenceNode):
        reader.error(
            node,
            f"people must be a list, found {describe(node)}; start each person with '- name: ...'",
        )
        return ()
    people: list[Person] = []
    seen: dict[str, Node] = {}
    for entry in node.value:
        fields = reader.mapping(entry, "a person", PERSON_KEYS)
        if fields is None:
            continue
        name = reader.required_text(fields, entry, "this person", "name", "Ana Ruiz")
        values: dict[str, Any] = _texts(reader, fields, ("role", "type", "notes"))
        github = _github_login(reader, fields)
        if github:
            values["github"] = github
        for key, allowed in PERSON_CHOICES.items():
            if key in fields:
                choice = reader.choice(fields[key][1], key, allowed)
                if choice:
                    values[key] = choice
        if name is None:
            continue
        name_node = fields["name"][1]
        earlier = seen.get(name.strip().lower())
        if earlier is not None and earlier.start_mark is not None:
            reader.error(
                name_node,
                f"name: '{clip(name)}' is already listed at line {earlier.start_mark.line + 1}; "
                "each person appears once",
            )
            continue
        seen[name.strip().lower()] = name_node
        people.append(Person(name=name, **values))
    return tuple(people)


def _github_login(reader: NodeReader, fields: dict[str, Field]) -> str:
    """The optional `github:` login, "" when absent or not a login (an error is reported)."""
    if "github" not in fields:
        return ""
    node = fields["github"][1]
    value = reader.text(node, "github")
    if value is None:
        return ""
    import re  # loaded already by the YAML reader

    login = value.strip().removeprefix("@")
    if not re.fullmatch(GITHUB_LOGIN, login):
        reader.error(
            node,
            f"github: '{clip(value)}' is not a GitHub login (letters, digits and single "
            "hyphens, at most 39 characters, e.g. ana-ruiz)",
        )
        return ""
    return login


def _items(reader: NodeReader, node: Node, people: tuple[Person, ...]) -> tuple[Item, ...]:
    if not isinstance(node, SequenceNode) or not node.value:
        found = "an empty list" if isinstance(node, SequenceNode) else describe(node)
        reader.error(
            node,
            f"items must be a list of at least one item, found {found}; "
            "start each item with '- title: ...'",
        )
        return ()
    names = [person.name for person in people]
    items = [_item(reader, entry, position, names) for position, entry in enumerate(node.value, 1)]
    return tuple(item for item in items if item is not None)


def _item(reader: NodeReader, node: Node, position: int, names: list[str]) -> Item | None:
    fields = reader.mapping(node, f"item {position}", ITEM_KEYS)
    if fields is None:
        return None
    what = f"item {position}"
    title = reader.required_text(fields, node, what, "title", "Welcome and introductions")
    timebox = None
    if "timebox" in fields:
        timebox = reader.duration(fields["timebox"][1], "timebox")
    else:
        named = f"item {position}" + (f" ('{title}')" if title else "")
        reader.missing(node, named, "timebox", "10m")
    values: dict[str, Any] = _texts(reader, fields, ("owner", "goal", "notes"))
    for key in ("prompts", "checklist"):
        if key in fields:
            listed = reader.text_list(fields[key][1], key)
            if listed is not None:
                values[key] = listed
    if "questions" in fields:
        topics = _question_topics(reader, fields["questions"][1])
        if topics is not None:
            values["questions"] = topics
    if "auto_advance" in fields:
        auto = reader.boolean(fields["auto_advance"][1], "auto_advance")
        if auto is not None:
            values["auto_advance"] = auto
    _kind_and_exercise(reader, fields, values)
    if "options" in fields:
        options = _options(reader, fields["options"], values.get("exercise", ""))
        if options is not None:
            values["options"] = options
    owner = values.get("owner", "").strip()
    if owner and names and owner.lower() not in {n.strip().lower() for n in names}:
        hint = suggest(owner, names) or "; add them to people or check the spelling"
        reader.warn(fields["owner"][1], f"owner: '{clip(owner)}' is not in people{hint}")
    if title is None or timebox is None:
        return None
    return Item(title=title, timebox=timebox, **values)


def _question_topics(reader: NodeReader, node: Node) -> tuple[str, ...] | None:
    """`questions: [success, risks]` (or one word): the question bank topics of the item."""
    if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
        return ()
    if isinstance(node, MappingNode):
        reader.error(node, "questions: expected a list of topics, found a mapping of keys")
        return None
    entries = node.value if isinstance(node, SequenceNode) else [node]
    topics: list[str] = []
    ok = True
    for entry in entries:
        word = reader.choice(entry, "questions", TOPICS)
        if word == "":
            reader.error(entry, f"questions: an empty topic; write one of: {', '.join(TOPICS)}")
        if not word:
            ok = False
        elif word not in topics:
            topics.append(word)
    return tuple(topics) if ok else None


def _kind_and_exercise(
    reader: NodeReader, fields: dict[str, Field], values: dict[str, Any]
) -> None:
    kind = exercise = None
    if "kind" in fields:
        kind = reader.choice(fields["kind"][1], "kind", ITEM_KINDS)
        if kind:
            values["kind"] = kind
    if "exercise" in fields:
        exercise = reader.choice(fields["exercise"][1], "exercise", EXERCISES)
        if exercise:
            values["exercise"] = exercise
            if "kind" not in fields or (fields["kind"][1].tag.endswith(":null")):
                values["kind"] = "exercise"  # an exercise item needs no separate kind
            elif kind and kind != "exercise":
                reader.error(
                    fields["kind"][1],
                    f"kind: an item with 'exercise: {exercise}' is an exercise; "
                    "write 'kind: exercise' or leave kind out",
                )


def _options(reader: NodeReader, field: Field, exercise: str) -> dict[str, Any] | None:
    key_node, node = field
    if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
        return {}
    if not isinstance(node, MappingNode):
        reader.error(node, f"options must be a mapping of settings, found {describe(node)}")
        return None
    if not exercise:
        reader.warn(key_node, "options have no effect without 'exercise:' on this item")
    check_options(reader, exercise, node)
    options = reader.plain(node, "options")
    return options if isinstance(options, dict) else None
