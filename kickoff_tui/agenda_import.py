"""`kickoff import`: a Markdown agenda (as people write them in docs) read into agenda data.

Items are list entries, headings or table rows that carry a duration with a unit: `- Welcome
(5 min)`, `1. Scope — 20m — @Ana`, `## Risks [15m]`, `| 10:00 | Intro | 10 min |`. Nested
bullets under an item (or plain bullets under a heading item) become its prompts, a `Goal:`
line its goal; the first H1 is the title; people come from an "Attendees" list (`- Name (Role,
Company)`). Item-like lines without a duration are reported, never guessed at. All text goes
through markdown.clean (no control characters, one line) and the result is plain data for
yaml.safe_dump, so the file written is data, never code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kickoff_tui.domain.durations import DurationError, format_duration, parse_duration
from kickoff_tui.domain.markdown import clean

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_RULE_ROW = re.compile(r"^[\s|:\-]+$")
_BRACKETED = re.compile(r"[(\[]\s*([^()\[\]]*?)\s*[)\]]")
_SEPARATOR = re.compile(r"\s+[—–-]\s+|\s*\|\s*|\s*·\s*")
_CLOCK = re.compile(r"^\d{1,2}[:.h]\d{2}(\s*[-–—]\s*\d{1,2}[:.h]\d{2})?\s*(am|pm)?$", re.I)
_OWNER = re.compile(r"(?:^|\s)@([^\s@,;]+(?:\s[A-Z][\w'-]*)?)")
_GOAL = re.compile(r"^(?:goal|objective|purpose)\s*:\s*(.+)$", re.I)
_ATTENDEES = frozenset(
    ("attendees", "participants", "people", "invited", "who is invited", "invitees", "attendance")
)
_TRAILING = re.compile(r"^(.*?\S)\s+(\d+(?:\.\d+)?\s*[a-z]+(?:\s*\d+\s*[a-z]+)*)$", re.I)
_PERSON = re.compile(r"^(.*?)\s*\((.*)\)\s*$")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SIDES = ("agency", "client", "partner")
_OWNER_COLUMN = re.compile(r"^(owner|who|lead|led by|presenter|speaker|facilitator)$", re.I)


@dataclass
class Imported:
    title: str = ""
    goal: str = ""
    people: list[dict[str, str]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, text)

    def data(self, fallback_title: str) -> dict[str, Any]:
        meeting: dict[str, Any] = {"title": self.title or fallback_title}
        if self.goal:
            meeting["goal"] = self.goal
        data: dict[str, Any] = {"meeting": meeting}
        if self.people:
            data["people"] = self.people
        data["items"] = self.items
        return data


def to_yaml(imported: Imported, fallback_title: str) -> str:
    """The agenda file's text: plain data through yaml.safe_dump (never an arbitrary object)."""
    import yaml

    data = imported.data(fallback_title)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def plain(text: str) -> str:
    """Markdown inline text as the words it shows: links, emphasis and code marks dropped."""
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return clean(text).strip(" :")


def duration_of(text: str) -> int | None:
    """Seconds for a duration written with a unit ('5 min', '1h30m'); None for anything else
    (a bare number is a list number or a count in a document, not minutes)."""
    if not any(c.isalpha() for c in text) or len(text) > 30:
        return None
    try:
        return parse_duration(text)
    except DurationError:
        return None


def split_item(text: str) -> tuple[str, int | None, str]:
    """(title, seconds or None, owner) from an item's text."""
    seconds = None
    for match in _BRACKETED.finditer(text):
        seconds = duration_of(match[1])
        if seconds is not None:
            text = text[: match.start()] + text[match.end() :]
            break
    owner = ""
    words = []
    for part in _SEPARATOR.split(text):
        part = part.strip()
        found = _OWNER.search(part)
        if found and part.startswith("@"):
            owner = found[1]
            continue
        if seconds is None and duration_of(plain(part)) is not None:
            seconds = duration_of(plain(part))
            continue
        if _CLOCK.match(plain(part)):
            continue  # a start time: the timetable is worked out from the timeboxes
        if plain(part):
            words.append(part)
    if not owner and (found := _OWNER.search(text)):
        owner = found[1]
        words = [w.replace(f"@{owner}", "").strip() for w in words]
    if seconds is None and words and (trailing := _TRAILING.match(plain(words[-1]))):
        seconds = duration_of(trailing[2])  # "Retro 10 min": the duration written last
        if seconds is not None:
            words[-1] = trailing[1]
    return plain(" — ".join(w for w in words if plain(w))), seconds, plain(owner)


class _Reader:
    def __init__(self) -> None:
        self.result = Imported()
        self.current: dict[str, Any] | None = None
        self.from_heading = False
        self.in_attendees = False
        # per level: [line, title, has a duration, items followed before the next heading]
        self.heading_levels: dict[int, list[list[Any]]] = {}
        self.last_heading: list[Any] | None = None
        self.columns: list[str] = []  # the current table's header cells, lower case

    def line(self, number: int, raw: str) -> None:
        if not _ROW.match(raw):
            self.columns = []
        if heading := _HEADING.match(raw):
            self.heading(number, len(heading[1]), heading[2])
        elif row := _ROW.match(raw):
            self.row(number, row[1])
        elif entry := _LIST.match(raw):
            self.entry(number, len(entry[1].expandtabs(4)), entry[2])
        elif goal := _GOAL.match(plain(raw)):
            self.goal(goal[1])
        elif plain(raw).lower() in _ATTENDEES:  # "Attendees:" or "**Participants**"
            self.in_attendees = True
        elif raw.strip() and not raw.startswith((" ", "\t")):
            self.in_attendees = False

    def heading(self, number: int, level: int, text: str) -> None:
        words = plain(text)
        self.in_attendees = words.lower() in _ATTENDEES
        if level == 1 and not self.result.title:
            self.result.title = words
            return
        title, seconds, owner = split_item(text)
        self.last_heading = [number, title, seconds is not None, self.in_attendees]
        self.heading_levels.setdefault(level, []).append(self.last_heading)
        self.current = None
        self.from_heading = False
        if seconds is not None and title:
            self.add(title, seconds, owner)
            self.from_heading = True

    def row(self, number: int, inner: str) -> None:
        if _RULE_ROW.match(inner):
            return
        cells = [cell.strip() for cell in inner.split("|")]
        owner = ""
        if len(self.columns) == len(cells):
            for position, column in enumerate(self.columns):
                if _OWNER_COLUMN.match(column):
                    owner, cells[position] = plain(cells[position]), ""
        title, seconds, typed_owner = split_item(" | ".join(c for c in cells if c))
        owner = owner or typed_owner
        if seconds is None:
            if any(_CLOCK.match(plain(c)) for c in cells) and title:
                self.result.skipped.append((number, title))  # a timed row without a length
            elif not self.columns:
                self.columns = [plain(c).lower() for c in cells]  # the header row
            return
        if title:
            self.add(title, seconds, owner)
            self.from_heading = False

    def entry(self, number: int, indent: int, text: str) -> None:
        if self.in_attendees and indent == 0:
            if split_item(text)[1] is None:
                self.person(text)
                return
            self.in_attendees = False  # the attendee list ended without a heading
        if goal := _GOAL.match(plain(text)):
            self.goal(goal[1])
            return
        title, seconds, owner = split_item(text)
        if seconds is not None and title and (indent == 0 or self.current is None):
            self.add(title, seconds, owner)
            self.from_heading = False
        elif self.current is not None and (indent > 0 or self.from_heading):
            prompt = plain(text)
            if prompt:
                self.current.setdefault("prompts", []).append(prompt)
        elif title:
            self.result.skipped.append((number, title))

    def person(self, text: str) -> None:
        words = plain(text)
        match = _PERSON.match(words)
        name, details = (match[1], match[2]) if match else (words, "")
        if not name:
            return
        person: dict[str, str] = {"name": name}
        if details:
            person["role"] = details
            side = next((s for s in _SIDES if s in details.lower()), "")
            if side:
                person["side"] = side
        if all(p["name"].lower() != name.lower() for p in self.result.people):
            self.result.people.append(person)

    def goal(self, text: str) -> None:
        if self.current is not None:
            self.current["goal"] = plain(text)
        elif not self.result.goal:
            self.result.goal = plain(text)

    def add(self, title: str, seconds: int, owner: str) -> None:
        if self.last_heading is not None and not self.from_heading:
            self.last_heading[3] = True  # this heading is a section: it has items under it
        item: dict[str, Any] = {"title": title, "timebox": format_duration(seconds)}
        if owner:
            item["owner"] = owner
        self.result.items.append(item)
        self.current = item

    def finish(self) -> Imported:
        # A heading with no duration is a section ("## Agenda") unless headings at its level
        # are the items, as in "## Risks [15m]": then it is an item that lost its duration.
        for headings in self.heading_levels.values():
            if any(timed for _, _, timed, _ in headings):
                self.result.skipped += [
                    (n, t) for n, t, timed, section in headings if t and not (timed or section)
                ]
        self.result.skipped.sort()
        names = [p["name"] for p in self.result.people]
        for item in self.result.items:
            item["owner"] = _full_name(item.get("owner", ""), names)
            if not item["owner"]:
                del item["owner"]
        return self.result


def _full_name(owner: str, names: list[str]) -> str:
    """'Ana' is 'Ana Ruiz' when exactly one attendee is called that."""
    matches = [n for n in names if n.lower().split()[:1] == owner.lower().split()[:1]]
    exact = [n for n in names if n.lower() == owner.lower()]
    return exact[0] if exact else matches[0] if len(matches) == 1 else owner


def read_markdown(text: str) -> Imported:
    reader = _Reader()
    in_code = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if not in_code:
            reader.line(number, raw)
    return reader.finish()
