"""Follow-up of open actions from an earlier meeting (`kickoff run AGENDA --follow-up SOURCE`).

The open actions come from an earlier session's action items or from a Markdown file's GFM task
list (`- [ ] text`): our own minutes write `- [ ] **Name** — text (due 2026-12-04)`, other
documents may say `@name` and `due: 2026-12-04`. They become one agenda item, "Open actions from
<date>", inserted before the first item (or in place of an item with `kind: follow-up`). Each
action is a checklist line of that item, so ticking it (1-9, journaled like any tick) marks it
done; the actions themselves travel in the item's `options`, inside the journal's agenda.

Pure: no files, no Textual. A task line that cannot be read is skipped with `FILE:LINE: why`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from kickoff_tui.domain.agenda import Agenda, Item
from kickoff_tui.domain.due_dates import resolve_due

FOLLOW_UP_KIND = "follow-up"
OPTION_KEY = "follow_up"
TIMEBOX = 10 * 60
MAX_ACTIONS = 200  # a whole backlog is not an agenda item

# a GFM task list item, in a bulleted (-, *, +) or a numbered (1. or 1)) list
_TASK = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])\s+\[( |x|X)\](?:\s+(.*))?$")
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$")
_BROKEN_BOX = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[^\]]{0,3}\]")
_HTML = re.compile(r"</?[A-Za-z][^>]*>|<!--")
_BOLD_OWNER = re.compile(r"^\*\*(.+?)\*\*(?:\s*\([^)]*\))?\s*[—–-]\s*(.*)$")
_AT_OWNER = re.compile(r"(?:^|\s)@([\w.\-]+)")
_DUE_PAREN = re.compile(r"\(\s*(?:due\s+([0-9]{4}-[0-9]{2}-[0-9]{2})|no due date)[^)]*\)\s*$")
_DUE_COLON = re.compile(r"(?:^|[\s,;(])due:\s*([0-9]{4}-[0-9]{2}-[0-9]{2})\)?", re.IGNORECASE)
_UNESCAPE = re.compile(r"\\([\\`*_\[\]<>|~#+\-=.!&()])")


@dataclass(frozen=True)
class OpenAction:
    text: str
    owner: str = ""
    due: str = ""  # ISO date, "" when none

    def line(self) -> str:
        """How the item's checklist shows it: 'text — owner, due 2026-12-04'."""
        extra = ", ".join(x for x in (self.owner, f"due {self.due}" if self.due else "") if x)
        return f"{self.text} — {extra}" if extra else self.text

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "owner": self.owner, "due": self.due}


@dataclass(frozen=True)
class FollowUp:
    """What the inserted item carries: where the actions came from, and the actions."""

    source: str
    date: str  # the earlier meeting's ISO date, or "" when unknown
    actions: tuple[OpenAction, ...]


def parse_task_list(text: str, name: str) -> tuple[list[OpenAction], list[str]]:
    """The open (`- [ ]`) actions of a Markdown document, and one `name:LINE: why` per skipped
    line. Done (`- [x]`) lines are not open actions and are passed over silently."""
    actions: list[OpenAction] = []
    problems: list[str] = []
    in_tasks = False  # the previous line belonged to a task list
    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{name}:{number}"
        task = _TASK.match(raw)
        if task is None:
            if in_tasks and _HTML.search(raw):
                problems.append(f"{where}: HTML in a task list is not read; line skipped")
                continue
            if _BROKEN_BOX.match(raw):
                problems.append(f"{where}: the checkbox must be '[ ]' or '[x]'; line skipped")
                in_tasks = True
                continue
            item = _LIST_ITEM.match(raw)
            if in_tasks and item is not None:
                problems.append(f"{where}: a list item without a checkbox; line skipped")
                continue
            in_tasks = False
            continue
        in_tasks = True
        indent, box, body = task.group(1), task.group(2), (task.group(3) or "").strip()
        if len(indent.expandtabs(4)) >= 2:
            problems.append(f"{where}: nested task lists are not read; line skipped")
            continue
        if box != " ":
            continue
        if not body:
            problems.append(f"{where}: a task with no text; line skipped")
            continue
        if _HTML.search(body):
            problems.append(f"{where}: HTML in a task is not read; line skipped")
            continue
        if len(actions) >= MAX_ACTIONS:
            problems.append(f"{where}: more than {MAX_ACTIONS} open actions; the rest skipped")
            break
        actions.append(_action(body))
    return actions, problems


def _action(body: str) -> OpenAction:
    due = ""
    if paren := _DUE_PAREN.search(body):
        due, body = paren.group(1) or "", body[: paren.start()].rstrip()
    elif colon := _DUE_COLON.search(body):
        due, body = colon.group(1), (body[: colon.start()] + body[colon.end() :]).strip(" ,;")
    if due and not _real_date(due):
        due = ""
    owner = ""
    if bold := _BOLD_OWNER.match(body):
        owner, body = bold.group(1), bold.group(2)
        if owner == "No owner":
            owner = ""
    elif at := _AT_OWNER.search(body):
        owner = at.group(1)
        body = (body[: at.start()] + body[at.end() :]).strip()
    text = " ".join(_UNESCAPE.sub(r"\1", body).split())
    return OpenAction(text or "(no text)", _UNESCAPE.sub(r"\1", owner).strip(), due)


def _real_date(iso: str) -> bool:
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False
    return True


MarkStatus = Literal["done", "open", "dropped"]
_STATUS_WORDS: dict[str, MarkStatus] = {
    "done": "done",
    "open": "open",
    "still": "open",
    "drop": "dropped",
    "dropped": "dropped",
}
MARK_EXAMPLES = "try '2 done', '1 open fri @ben', '3 drop @ana'"  # fits the dialog at 80 columns


@dataclass(frozen=True)
class FollowUpMark:
    """What the meeting said about one earlier action (`f` on the follow-up item)."""

    status: MarkStatus
    due: str = ""  # a new ISO due date for a still-open action, "" to keep the old one
    owner: str = ""  # a new owner for a still-open action, "" to keep the old one
    by: str = ""  # who dropped a dropped one, "" when nobody was named


def parse_mark(typed: str, count: int, meeting_date: date) -> tuple[int, FollowUpMark]:
    """'2 done', '1 open fri @ben', '3 drop @ana' as (action index, mark); ValueError with a
    one-line message when it cannot be read. The @names are as typed: the caller resolves
    them against the attendees (and names who dropped one when nobody was typed)."""
    words = typed.split()
    # ASCII and short: "²" is a digit int() refuses, and 5,000 digits are past its limit
    first = words[0] if words and words[0].isascii() and len(words[0]) < 7 else ""
    if len(words) < 2 or not first.isdigit() or not 1 <= int(first) <= count:
        raise ValueError(f"Start with the action's number (1-{count}); {MARK_EXAMPLES}")
    status = _STATUS_WORDS.get(words[1].lower())
    if status is None:
        raise ValueError(f"'{words[1][:20]}' is not done, open or drop; {MARK_EXAMPLES}")
    rest = words[2:]
    if words[1].lower() == "still" and rest[:1] == ["open"]:
        rest = rest[1:]
    names = [w[1:] for w in rest if w.startswith("@") and len(w) > 1]
    other = [w for w in rest if not w.startswith("@")]
    if status == "done" and rest:
        raise ValueError(f"A done action takes nothing more; {MARK_EXAMPLES}")
    if status == "dropped":
        if other or len(names) > 1:
            raise ValueError(f"Drop takes only @who dropped it; {MARK_EXAMPLES}")
        return int(words[0]) - 1, FollowUpMark(status, by=names[0] if names else "")
    due = ""
    if other:
        found = resolve_due(" ".join(other), meeting_date)
        if found is None:
            raise ValueError(f"'{' '.join(other)[:30]}' is not a date; {MARK_EXAMPLES}")
        due = found.isoformat()
    return int(words[0]) - 1, FollowUpMark(status, due, names[-1] if names else "")


def title_for(day: str) -> str:
    return f"Open actions from {day}" if day else "Open actions from the last meeting"


def with_follow_up(agenda: Agenda, follow_up: FollowUp) -> Agenda:
    """The agenda with the follow-up item: in place of the first `kind: follow-up` item (keeping
    its timebox and owner), else before the first item."""
    items = list(agenda.items)
    at = next((i for i, item in enumerate(items) if item.kind == FOLLOW_UP_KIND), None)
    placeholder = items[at] if at is not None else None
    item = Item(
        title_for(follow_up.date),
        placeholder.timebox if placeholder else TIMEBOX,
        owner=placeholder.owner if placeholder else "",
        goal="Go through each open action: tick the ones that are done (1-9).",
        checklist=tuple(action.line() for action in follow_up.actions),
        kind=FOLLOW_UP_KIND,
        options={OPTION_KEY: _options(follow_up)},
    )
    if at is None:
        items.insert(0, item)
    else:
        items[at] = item
    return Agenda(agenda.meeting, tuple(items), agenda.people, agenda.purpose)


def _options(follow_up: FollowUp) -> dict[str, Any]:
    return {
        "source": follow_up.source,
        "date": follow_up.date,
        "actions": [action.to_dict() for action in follow_up.actions],
    }


def follow_up_of(item: Item) -> FollowUp | None:
    """The follow-up an item carries (read back from a journal: anything odd is left out)."""
    raw = item.options.get(OPTION_KEY) if item.kind == FOLLOW_UP_KIND else None
    if not isinstance(raw, dict) or not isinstance(raw.get("actions"), list):
        return None
    actions = tuple(
        OpenAction(str(a.get("text", "")), str(a.get("owner", "")), str(a.get("due", "")))
        for a in raw["actions"]
        if isinstance(a, dict)
    )
    return FollowUp(str(raw.get("source", "")), str(raw.get("date", "")), actions)
