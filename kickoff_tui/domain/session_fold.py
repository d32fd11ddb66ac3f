"""The fold's handlers: how each event type changes a Session (one function per event type).

`Session.apply` checks an event's payload against domain/payloads.py, then calls the handler
HANDLERS names for its type. Kept apart from session.py so the Session's data and queries read
on their own; this module needs the Session only for its type.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Person
from kickoff_tui.domain.entries import AskedQuestion, Entry
from kickoff_tui.domain.follow_up import FollowUpMark, follow_up_of
from kickoff_tui.domain.next_meeting import NextMeeting, is_time

if TYPE_CHECKING:
    from kickoff_tui.domain.session import Session


def moved(when: datetime, shift: timedelta) -> datetime:
    """`when + shift`, kept within the times a journal can hold (a forged far-off line must
    not make every later event overflow)."""
    try:
        return min(max(when + shift, ev.EARLIEST), ev.LATEST)
    except OverflowError:
        return ev.EARLIEST if shift < timedelta(0) else ev.LATEST


_ENTRY_ID = re.compile(r"e([0-9]{1,18})")


def entry_number(entry_id: object) -> int | None:
    """N of an entry id "eN" as kickoff writes them; None for anything else."""
    if isinstance(entry_id, str):
        match = _ENTRY_ID.fullmatch(entry_id)
        if match:
            return int(match.group(1))
    return None


# ----- handlers: one per event type -------------------------------------------------


def _created(s: Session, at: datetime, d: dict[str, Any]) -> None:
    # parse first: a bad date must skip the whole event, not leave it half applied
    offset = _utc_offset(d.get("utc_offset_minutes"), s.warnings)
    local = at if offset is None else at + timedelta(minutes=offset)
    meeting_date = date.fromisoformat(d["meeting_date"]) if d.get("meeting_date") else local.date()
    s.session_id = str(d.get("session_id", ""))
    s.source = str(d.get("source", ""))
    s.created_at = at
    s.meeting_date = meeting_date
    s.utc_offset_minutes = offset


MAX_TIMEBOX = 24 * 3600  # seconds: the longest an adjusted timebox can grow
MAX_OFFSET = 24 * 60 - 1  # minutes: the most datetime.timezone accepts


def _utc_offset(value: object, warnings: list[str]) -> int | None:
    """A recorded UTC offset in minutes; a bad one only costs local times, so warn, not skip."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_OFFSET:
        return value
    warnings.append(f"utc_offset_minutes {value!r} is not a UTC offset; times are shown in UTC")
    return None


def _attendance(s: Session, at: datetime, d: dict[str, Any]) -> None:
    s.attendance[d["name"]] = d["status"]


def _person_added(s: Session, at: datetime, d: dict[str, Any]) -> None:
    name = str(d["name"])
    if any(p.name == name for p in s.people):
        return
    s.added_people.append(
        Person(
            name=name,
            role=str(d.get("role", "")),
            side=str(d.get("side", "other")),
            type=str(d.get("person_type", "")),
        )
    )
    s.attendance.setdefault(name, "present")


def _meeting_started(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.started_at is not None:
        return
    s.started_at = at
    s.current = 0
    s.visited.add(0)
    s.paused = False
    s.segment_start = at


def _item_started(s: Session, at: datetime, d: dict[str, Any]) -> None:
    index = int(d["index"])
    if not 0 <= index < len(s.agenda.items):
        raise ValueError(f"item index {index} out of range")
    if not s.started:  # time before the start must not count towards any item
        raise ValueError("the meeting has not started")
    s._close_segment(at)
    s.current = index
    s.visited.add(index)
    s.segment_start = None if s.paused or s.ended else at


def _paused(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.running:
        s._close_segment(at)
        s.paused = True


def _resumed(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.paused and not s.ended:
        s.paused = False
        s.segment_start = at


def _timebox_adjusted(s: Session, at: datetime, d: dict[str, Any]) -> None:
    index = d["index"]
    if not 0 <= index < len(s.agenda.items):  # -1 would silently change the last item
        raise ValueError(f"item index {index} out of range")
    planned = s.agenda.items[index].timebox
    # a timebox stays between nothing and a day, however many adjustments a journal holds
    delta = s.timebox_delta[index] + d["delta"]
    s.timebox_delta[index] = max(-planned, min(delta, max(MAX_TIMEBOX, planned) - planned))


def _check_toggled(s: Session, at: datetime, d: dict[str, Any]) -> None:
    key = (int(d["index"]), int(d["check"]))
    if d.get("done"):
        s.checks.add(key)
    else:
        s.checks.discard(key)


_TEXT_FIELDS = ("text", "body", "owner", "owner_known", "due", "due_text")


def _entry_added(s: Session, at: datetime, d: dict[str, Any]) -> None:
    entry_id = d["id"]
    if entry_id in s.entries:  # a replay must never let a later line replace a committed entry
        raise ValueError(f"entry id {entry_id} is already used")
    item = d.get("item", s.current)
    if not -1 <= item < len(s.agenda.items):  # -1: before the first item
        raise ValueError(f"item {item} is not on the agenda")
    entry = Entry(
        id=entry_id,
        kind=d["kind"],
        item=item,
        text=d["text"],
        body=d.get("body", d["text"]),
        created_at=at,
        owner=d.get("owner", ""),
        owner_known=d.get("owner_known", True),
        due=d.get("due", ""),
        due_text=d.get("due_text", ""),
    )
    s.entries[entry.id] = entry
    if s.draft_kind == entry.kind:
        s.draft_kind, s.draft_text = "", ""


def _entry_edited(s: Session, at: datetime, d: dict[str, Any]) -> None:
    old = s.entries[str(d["id"])]
    changes = {k: d[k] for k in _TEXT_FIELDS if k in d}
    s.entries[old.id] = replace(old, **changes)


def _entry_retyped(s: Session, at: datetime, d: dict[str, Any]) -> None:
    old = s.entries[d["id"]]
    s.entries[old.id] = replace(old, kind=d["kind"])


def _entry_deleted(s: Session, at: datetime, d: dict[str, Any]) -> None:
    old = s.entries[str(d["id"])]
    s.entries[old.id] = replace(old, deleted=True)


def _entry_restored(s: Session, at: datetime, d: dict[str, Any]) -> None:
    old = s.entries[str(d["id"])]
    s.entries[old.id] = replace(old, deleted=False)


def _draft(s: Session, at: datetime, d: dict[str, Any]) -> None:
    s.draft_kind = str(d.get("kind", "")) if d.get("text") else ""
    s.draft_text = str(d.get("text", ""))


def _exercise(s: Session, at: datetime, d: dict[str, Any]) -> None:
    s.exercise_events.append(ev.Event(ev.EXERCISE, at, d))


def _question_asked(s: Session, at: datetime, d: dict[str, Any]) -> None:
    index = int(d["item"])
    if not 0 <= index < len(s.agenda.items):
        raise ValueError(f"item index {index} out of range")
    text = d["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError("a question needs its text")
    if any(q.item == index and q.text == text for q in s.asked):
        return  # asked twice in one item: once is what the room heard
    s.asked.append(
        AskedQuestion(
            index,
            text,
            str(d.get("phase", "")),
            str(d.get("topic", "")),
            str(d.get("question_id", "")),
        )
    )


def _clock_stepped(s: Session, at: datetime, d: dict[str, Any]) -> None:
    s._clock_stepped(d["delta"])


def _follow_up_marked(s: Session, at: datetime, d: dict[str, Any]) -> None:
    index, action = d["item"], d["action"]
    if not 0 <= index < len(s.agenda.items):
        raise ValueError(f"item index {index} out of range")
    follow_up = follow_up_of(s.agenda.items[index])
    if follow_up is None or not 0 <= action < len(follow_up.actions):
        raise ValueError(f"item {index + 1} has no earlier action {action + 1}")
    due = d.get("due", "")
    if due:
        date.fromisoformat(due)  # ValueError: skipped with a warning
    s.follow_up_marks[(index, action)] = FollowUpMark(
        d["status"], due, d.get("owner", ""), d.get("by", "")
    )


def _next_meeting_set(s: Session, at: datetime, d: dict[str, Any]) -> None:
    day = date.fromisoformat(d["date"])  # ValueError: the line is skipped with a warning
    if d["time"] and not is_time(d["time"]):
        raise ValueError(f"time {d['time'][:20]!r} is not HH:MM")
    s.next_meeting = NextMeeting(day, d["time"], d["place"])


def _meeting_ended(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.ended_at is None and s.started_at is not None:
        s._close_segment(at)
        s.ended_at = at
        s.paused = False


def _meeting_reopened(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.finished:
        raise ValueError("the session is finished")
    if not s.ended:
        raise ValueError("the meeting has not ended")
    s.ended_at = None
    s.segment_start = at  # the time spent on the review counts for no item


def _finished(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if s.started_at is not None and s.ended_at is None:
        _meeting_ended(s, at, d)
    s.finished_at = at


def _left(s: Session, at: datetime, d: dict[str, Any]) -> None:
    if not s.finished:
        s.left_at = at


HANDLERS = {
    ev.SESSION_CREATED: _created,
    ev.ATTENDANCE: _attendance,
    ev.PERSON_ADDED: _person_added,
    ev.MEETING_STARTED: _meeting_started,
    ev.ITEM_STARTED: _item_started,
    ev.PAUSED: _paused,
    ev.RESUMED: _resumed,
    ev.TIMEBOX_ADJUSTED: _timebox_adjusted,
    ev.CHECK_TOGGLED: _check_toggled,
    ev.ENTRY_ADDED: _entry_added,
    ev.ENTRY_EDITED: _entry_edited,
    ev.ENTRY_RETYPED: _entry_retyped,
    ev.ENTRY_DELETED: _entry_deleted,
    ev.ENTRY_RESTORED: _entry_restored,
    ev.DRAFT: _draft,
    ev.EXERCISE: _exercise,
    ev.QUESTION_ASKED: _question_asked,
    ev.MEETING_ENDED: _meeting_ended,
    ev.MEETING_REOPENED: _meeting_reopened,
    ev.SESSION_FINISHED: _finished,
    ev.SESSION_LEFT: _left,
    ev.CLOCK_STEPPED: _clock_stepped,
    ev.NEXT_MEETING_SET: _next_meeting_set,
    ev.FOLLOW_UP_MARKED: _follow_up_marked,
}
