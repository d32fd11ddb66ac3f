"""LiveMeeting: the one place that turns a facilitator's intent into a journaled event.

Every change is: build the event with the clock's time, make it durable in the journal, then
apply it to the Session. If the journal write fails, the session is left unchanged and the
error propagates, so the UI never shows something as committed that is not on disk.
The UI calls these methods; it holds no business rules of its own.

Undo lives here too, with one rule: `u` brings back what was removed last from the list on
screen, then the one before, for as long as the app runs. Each removal is remembered under its
list (ENTRIES for the item screen and the review; an exercise's name for its rows), so leaving
a screen never loses its undo and one screen never restores another's rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import STEP_TOLERANCE, Clock, SteadyClock
from kickoff_tui.domain.next_meeting import NextMeeting, parse_next_meeting
from kickoff_tui.domain.payloads import (
    MAX_CLOCK_STEP,
    EntryAdded,
    EntryKind,
    EntryText,
    FollowUpMarked,
    QuestionAsked,
    clip_entry,
)
from kickoff_tui.domain.session import Entry, Session
from kickoff_tui.errors import JournalError
from kickoff_tui.storage.journal import EventSink

if TYPE_CHECKING:
    from kickoff_tui.domain.question_bank import Question

ENTRIES = "entries"  # the undo list of entries deleted on the item screen and in the review


class UnfitEvent(JournalError):
    """A change whose payload does not fit its event type (say, a name over the length cap):
    nothing was written, as a replay would skip it."""


class LiveMeeting:
    def __init__(self, session: Session, journal: EventSink, clock: Clock) -> None:
        self.session = session
        self.journal = journal
        # durations within this run follow the monotonic clock; a wall step is journaled
        self.clock = SteadyClock(clock, not_before=session.last_event_at)
        self._removals: list[tuple[str, str]] = []  # (undo list, key) removed, most recent last
        self._names: tuple[tuple[int, int], list[str]] = ((-1, -1), [])

    def people_names(self) -> list[str]:
        """Everyone an @name can mean: the meeting's people, then anyone added on the map.

        Cached until someone joins or an exercise step is recorded: the capture bar asks on
        every key typed.
        """
        s = self.session
        version = (len(s.people), len(s.exercise_events))
        if self._names[0] != version:
            from kickoff_tui.domain.exercises import stakeholders  # not needed for the lobby

            names = [p.name for p in s.people]
            names += [n for n in stakeholders.register(s).names if n not in names]
            self._names = (version, names)
        return list(self._names[1])

    def record(self, change: ev.Change) -> ev.Event:
        """Journal the change, then apply it. A payload the fold would skip on replay is refused
        before anything is written: `UnfitEvent`, shown as "Not saved" like a full disk."""
        wrong = ev.payload_problem(change.type, change.data)
        if wrong is not None:
            raise UnfitEvent(f"{change.type} {wrong}")
        self._journal_clock_step()
        event = ev.Event(change.type, self.clock.now(), change.data)  # Event keeps milliseconds
        self.journal.append(event)
        self.session.apply(event)
        return event

    def _journal_clock_step(self) -> None:
        """Before a change: if the wall clock stepped, say so in the journal, then follow it."""
        drift = self.clock.drift()
        if abs(drift) <= STEP_TOLERANCE:
            return
        delta = round(drift, 3)
        if abs(delta) > MAX_CLOCK_STEP:  # not a correction but a broken clock: keep counting
            return
        stepped = ev.Event(ev.CLOCK_STEPPED, self.clock.source.now(), {"delta": delta})
        self.journal.append(stepped)
        self.clock.resync()
        self.session.apply(stepped)

    # ----- roll call -----------------------------------------------------------------
    def set_attendance(self, name: str, status: str) -> None:
        self.record(ev.ATTENDANCE.change({"name": name, "status": ev.attendance_status(status)}))

    def add_person(self, name: str, role: str = "", side: str = "other", type: str = "") -> None:
        # "type" is the event's own key in the JSON line, so the person's type goes as person_type
        self.record(
            ev.PERSON_ADDED.change({"name": name, "role": role, "side": side, "person_type": type})
        )

    # ----- timer -----------------------------------------------------------------------
    def start(self) -> None:
        if not self.session.started:
            self.record(ev.MEETING_STARTED.change({}))

    def toggle_pause(self) -> None:
        s = self.session
        if not s.started:
            self.start()
        elif s.ended:
            return
        elif s.paused:
            self.record(ev.RESUMED.change({}))
        else:
            self.record(ev.PAUSED.change({}))

    def go_to(self, index: int) -> None:
        s = self.session
        if s.started and not s.ended and 0 <= index < len(s.agenda.items) and index != s.current:
            self.record(ev.ITEM_STARTED.change({"index": index}))

    def next_item(self) -> None:
        self.go_to(self.session.current + 1)

    def previous_item(self) -> None:
        self.go_to(self.session.current - 1)

    def adjust_timebox(self, delta_seconds: int) -> None:
        s = self.session
        if s.started and not s.ended:
            # never shorten below one minute of timebox, and never lengthen by shortening a
            # timebox that is already under a minute
            floor = min(0, 60 - s.timebox(s.current))
            delta = max(delta_seconds, floor)
            if delta:
                self.record(ev.TIMEBOX_ADJUSTED.change({"index": s.current, "delta": delta}))

    def toggle_check(self, index: int, check: int) -> None:
        done = (index, check) not in self.session.checks
        self.record(ev.CHECK_TOGGLED.change({"index": index, "check": check, "done": done}))

    def end(self) -> None:
        if self.session.started and not self.session.ended:
            self.record(ev.MEETING_ENDED.change({}))

    def reopen(self) -> None:
        """Back from the review to the meeting (it was ended by mistake, or too soon)."""
        if self.session.ended and not self.session.finished:
            self.record(ev.MEETING_REOPENED.change({}))

    def leave(self) -> None:
        """The facilitator quits before finishing: a running clock stops, as nobody is
        keeping time, and the journal says the session was left on purpose, not lost."""
        s = self.session
        if s.finished:
            return
        if s.running:
            self.record(ev.PAUSED.change({}))
        self.record(ev.SESSION_LEFT.change({}))

    def finish(self) -> None:
        if not self.session.finished:
            self.record(ev.SESSION_FINISHED.change({}))

    # ----- capture ---------------------------------------------------------------------
    def meeting_date(self) -> date:
        """The date relative due dates count from: the session's, else today's local date."""
        return self.session.meeting_date or self.clock.now().astimezone().date()

    def _parsed(self, kind: EntryKind, text: str) -> EntryText:
        # imported on the first capture, not before the lobby's first frame
        from kickoff_tui.domain.capture import parse_capture

        parsed = parse_capture(
            clip_entry(text), self.people_names(), self.meeting_date(), action=kind == "action"
        )
        return {
            "text": parsed.text,
            "body": parsed.body,
            "owner": parsed.owner,
            "owner_known": parsed.owner_known,
            "due": parsed.due,
            "due_text": parsed.due_text,
        }

    def capture(self, kind: EntryKind, text: str, item: int | None = None) -> Entry:
        """A new entry in `item` (the current item when None)."""
        entry_id = self.session.next_entry_id()
        item = self.session.current if item is None else item
        added: EntryAdded = {"id": entry_id, "kind": kind, "item": item, **self._parsed(kind, text)}
        self.record(ev.ENTRY_ADDED.change(added))
        return self.session.entries[entry_id]

    def edit(self, entry_id: str, text: str) -> None:
        kind = self.session.entries[entry_id].kind
        self.record(ev.ENTRY_EDITED.change({"id": entry_id, **self._parsed(kind, text)}))

    def retype(self, entry_id: str, kind: EntryKind) -> None:
        """Change an entry's kind; its text is read again, as due dates only belong to actions."""
        entry = self.session.entries[entry_id]
        if entry.kind == kind:
            return
        self.record(ev.ENTRY_RETYPED.change({"id": entry_id, "kind": kind}))
        reparsed = self._parsed(kind, entry.text)
        if any(getattr(entry, key) != value for key, value in reparsed.items()):
            self.record(ev.ENTRY_EDITED.change({"id": entry_id, **reparsed}))

    def delete(self, entry_id: str, undo_list: str = ENTRIES) -> None:
        self.record(ev.ENTRY_DELETED.change({"id": entry_id}))
        self.remember_removal(undo_list, entry_id)

    def restore_entry(self, entry_id: str) -> None:
        if self.session.entries[entry_id].deleted:
            self.record(ev.ENTRY_RESTORED.change({"id": entry_id}))

    def undo_delete(self) -> str | None:
        """Restore the entry deleted last (item screen or review); its id, or None."""
        return self.undo(ENTRIES, self._entry_deleted, self.restore_entry)

    def can_undo_delete(self) -> bool:
        return self.last_removal(ENTRIES, self._entry_deleted) is not None

    def _entry_deleted(self, entry_id: str) -> bool:
        return self.session.entries[entry_id].deleted

    # ----- undo: one list per screen's rows, newest first --------------------------------
    def remember_removal(self, undo_list: str, key: str) -> None:
        """Called once the removal is journaled, so `u` can bring it back."""
        self._removals.append((undo_list, key))

    def last_removal(self, undo_list: str, still_removed: Callable[[str], bool]) -> str | None:
        """The newest removal in `undo_list` that is still removed, or None."""
        found = self._newest(undo_list, still_removed)
        return None if found is None else self._removals[found][1]

    def _newest(self, undo_list: str, still_removed: Callable[[str], bool]) -> int | None:
        # a removal brought back some other way (re-added by name, say) is skipped
        for position in range(len(self._removals) - 1, -1, -1):
            name, key = self._removals[position]
            if name == undo_list and still_removed(key):
                return position
        return None

    def undo(
        self,
        undo_list: str,
        still_removed: Callable[[str], bool],
        restore: Callable[[str], None],
    ) -> str | None:
        """Bring back the newest removal in `undo_list`; its key, or None when there is none.

        `restore` journals the change: if it fails, the removal stays to be undone again.
        """
        position = self._newest(undo_list, still_removed)
        if position is None:
            return None
        key = self._removals[position][1]
        restore(key)
        del self._removals[position]
        return key

    def ask_question(self, question: Question) -> bool:
        """Put a bank question to the room in the current item; False when it was already asked
        there (nothing is journaled) or the meeting is not running an item."""
        s = self.session
        if not s.started or s.ended or s.current < 0:
            return False
        if any(q.text == question.text for q in s.asked_in_item(s.current)):
            return False
        asked: QuestionAsked = {
            "item": s.current,
            "text": question.text,
            "phase": question.phase,
            "topic": question.topic,
            "question_id": question.id,
        }
        self.record(ev.QUESTION_ASKED.change(asked))
        return True

    def mark_follow_up(self, typed: str) -> None:
        """'2 done', '1 open fri @ben', '3 drop @ana' on the current follow-up item; ValueError
        (nothing written) when it cannot be read. An @name is matched against the attendees
        like a captured @owner; a drop with no @name was the facilitator's call."""
        from kickoff_tui.domain.exercises.common import resolve_person
        from kickoff_tui.domain.follow_up import follow_up_of, parse_mark

        s = self.session
        follow_up = follow_up_of(s.agenda.items[max(0, s.current)])
        if follow_up is None or not follow_up.actions:
            raise ValueError("This item has no earlier actions to go through")
        action, mark = parse_mark(typed, len(follow_up.actions), self.meeting_date())
        people = [p.name for p in s.people]
        marked: FollowUpMarked = {
            "item": max(0, s.current),
            "action": action,
            "status": mark.status,
            "due": mark.due,
            "owner": resolve_person(mark.owner, people)[0],
        }
        if mark.status == "dropped":
            marked["by"] = resolve_person(mark.by, people)[0] or s.agenda.meeting.facilitator
        self.record(ev.FOLLOW_UP_MARKED.change(marked))

    def set_next_meeting(self, typed: str) -> NextMeeting:
        """Read and journal the next meeting; NextMeetingError (nothing written) when unreadable."""
        parsed = parse_next_meeting(typed, self.meeting_date())
        self.record(
            ev.NEXT_MEETING_SET.change(
                {
                    "date": parsed.day.isoformat(),
                    "time": parsed.time,
                    "place": parsed.place,
                    "text": typed,
                }
            )
        )
        return parsed

    def save_draft(self, kind: str, text: str) -> None:
        """Journal uncommitted typing; the UI debounces calls to at most one per second."""
        text = clip_entry(text)
        s = self.session
        if (s.draft_kind, s.draft_text) != ((kind if text else ""), text):
            draft: ev.Change = ev.Change(
                ev.DRAFT, {"kind": kind, "text": text}
            )  # kind checked by record
            self.record(draft)
