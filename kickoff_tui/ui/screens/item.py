"""The item screen: what the room sees while the meeting runs.

It asks LiveMeeting for every change and repaints from the Session; it keeps no meeting state
of its own beyond what is on show (sidebar and private notes visibility, the bell already rung).
A tick repaints a few times a second; every figure comes from the clock, never from ticks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize

from kickoff_tui.domain import timing
from kickoff_tui.domain.events import entry_kind
from kickoff_tui.domain.follow_up_record import status_notes
from kickoff_tui.exercise_actions import ExerciseInputError, check_stakeholder_note
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.screens.item_css import ITEM_CSS
from kickoff_tui.ui.screens.item_keys import ITEM_FOOTER_IMPORTANCE, ITEM_KEYS
from kickoff_tui.ui.screens.item_openers import ItemScreenOpeners
from kickoff_tui.ui.screens.journaled import journaled
from kickoff_tui.ui.screens.undo_key import undo_state
from kickoff_tui.ui.widgets.capture_bar import CaptureBar
from kickoff_tui.ui.widgets.countdown import Countdown
from kickoff_tui.ui.widgets.entry_list import EntryList
from kickoff_tui.ui.widgets.formatting import PHASE_MARKS, clock_text, countdown_text
from kickoff_tui.ui.widgets.item_panel import ItemPanel
from kickoff_tui.ui.widgets.key_footer import KeyFooter
from kickoff_tui.ui.widgets.kind_picker import KindPicker
from kickoff_tui.ui.widgets.sidebar import AgendaSidebar
from kickoff_tui.ui.widgets.status_line import MeetingStatus
from kickoff_tui.ui.widgets.text_label import TextLabel
from kickoff_tui.ui.widgets.time_bar import TimeBar
from kickoff_tui.unsaved import Unsaved, capture_unsaved

TICK_SECONDS = 0.25
SIDEBAR_MIN_WIDTH = 100  # below this the sidebar hides itself unless asked for
TALL_MIN_HEIGHT = 40
# actions that stay available while the capture input has focus
_WHILE_TYPING = {"cancel_capture", "commit_capture"}
_ENTRY_ACTIONS = {"edit_entry", "delete_entry", "retype_entry"}


class ItemScreen(ItemScreenOpeners):
    HELP_TITLE = "Item"
    AUTO_FOCUS = None  # on_mount decides, without taking focus from an early capture
    BINDINGS: ClassVar[list[BindingType]] = ITEM_KEYS
    DEFAULT_CSS = ITEM_CSS

    def __init__(self, meeting: LiveMeeting, *, bell: bool = True) -> None:
        super().__init__()
        self.meeting = meeting
        self.bell_enabled = bell and meeting.session.agenda.meeting.bell
        self.show_notes = False
        self._sidebar_choice: bool | None = None  # None: decided by the terminal width
        self._seen: tuple[int, str] | None = None  # (item, phase) at the last repaint
        self._shown_item = -2

    # ----- layout ----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        session = self.meeting.session
        assert session.meeting_date is not None
        with Horizontal(id="topbar"):
            yield TextLabel("", cut=True, id="meeting-title")
            yield TextLabel("", id="item-count")
        yield TextLabel("", cut=True, id="item-title")
        with Horizontal(id="body"):
            with Vertical(id="main"):
                with Horizontal(id="upper"):
                    with VerticalScroll(id="info", can_focus=False):
                        yield ItemPanel(id="item-panel")
                    with Vertical(id="clock"):
                        yield Countdown(id="countdown")
                        yield TimeBar(id="timebar")
                        yield TextLabel("", id="clock-caption")
                yield EntryList(id="entries")
            yield AgendaSidebar(id="sidebar")
        yield MeetingStatus(id="status")
        yield CaptureBar(
            self.meeting.people_names,
            session.meeting_date,
            self._save_draft,
            id="capture",
        )
        yield KeyFooter(importance=ITEM_FOOTER_IMPORTANCE)

    def on_mount(self) -> None:
        meeting = self.meeting.session.agenda.meeting
        client = f" · {meeting.client}" if meeting.client else ""
        self.query_one("#meeting-title", TextLabel).show(f"{meeting.title}{client}")
        self.refresh_item()
        self.refresh_timing()
        if self.focused is None:  # a capture key pressed while mounting has already focused
            self.set_focus(self.entry_list)
        session = self.meeting.session
        if session.draft_text:
            self.capture_bar.open(session.draft_kind or "note", session.draft_text)
        self.set_interval(TICK_SECONDS, self.refresh_timing)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < SIDEBAR_MIN_WIDTH, "-narrow")
        self.set_class(event.size.height < TALL_MIN_HEIGHT, "-short")
        self._apply_sidebar()

    @property
    def capture_bar(self) -> CaptureBar:
        return self.query_one(CaptureBar)

    @property
    def entry_list(self) -> EntryList:
        return self.query_one(EntryList)

    @property
    def sidebar_visible(self) -> bool:
        if self._sidebar_choice is not None:
            return self._sidebar_choice
        return self.size.width >= SIDEBAR_MIN_WIDTH

    def _apply_sidebar(self) -> None:
        sidebar = self.query_one(AgendaSidebar)
        sidebar.display = self.sidebar_visible
        if sidebar.display:
            sidebar.show(self.meeting.session, self.meeting.clock.now())

    # ----- repainting ------------------------------------------------------------------
    def refresh_item(self, select: str | None = None) -> None:
        """Repaint what depends on the current item and its entries (not on time)."""
        session = self.meeting.session
        index = max(0, session.current)
        item = session.agenda.items[index]
        self._shown_item = session.current
        total = len(session.agenda.items)
        self.query_one("#item-count", TextLabel).show(f"Item {index + 1} of {total}")
        self.query_one("#item-title", TextLabel).show(f"{index + 1}. {item.title}")
        asked = tuple(q.text for q in session.asked_in_item(index))
        marks = status_notes(session, index)  # the follow-up item's: what f said of each
        self.query_one(ItemPanel).show(item, index, session.checks, self.show_notes, asked, marks)
        self.entry_list.show(session.entries_for_item(index), select=select)
        self.refresh_bindings()

    def refresh_timing(self) -> None:
        """Repaint every time-derived figure from the clock; rings the bell once at zero."""
        session = self.meeting.session
        if session.current != self._shown_item:
            self.refresh_item()
        now = self.meeting.clock.now()
        index = max(0, session.current)
        timebox = session.timebox(index)
        remaining = timing.item_remaining(session, index, now)
        phase = timing.phase(session, index, now)
        self.query_one(Countdown).show(remaining, phase)
        self.query_one(TimeBar).show(timebox - remaining, timebox, phase)
        if phase == "over":
            caption = f"+{clock_text(-remaining)} · timebox {clock_text(timebox)}"
        else:
            caption = f"{countdown_text(remaining)} left of {clock_text(timebox)}"
        if phase in PHASE_MARKS:  # the state in words too, not by colour alone
            caption = f"{PHASE_MARKS[phase]} {caption}"
        if session.paused:
            caption = "PAUSED · " + caption
        elif not session.started:
            caption = "not started · space starts"
        caption_label = self.query_one("#clock-caption", TextLabel)
        caption_label.show(caption)  # repaints only when the words change
        caption_label.set_class(phase == "warning", "-warning")
        caption_label.set_class(phase == "over", "-over")
        self.query_one(MeetingStatus).show(
            timing.meeting_timing(session, now), paused=session.paused
        )
        if self.sidebar_visible:
            self.query_one(AgendaSidebar).show(session, now)
        self._on_phase(index, phase)

    def _on_phase(self, index: int, phase: str) -> None:
        previous, self._seen = self._seen, (index, phase)
        crossed = previous is not None and previous[0] == index and previous[1] != "over"
        if not (crossed and phase == "over"):
            return
        if self.bell_enabled:
            self.app.bell()
        item = self.meeting.session.agenda.items[index]
        if item.auto_advance and self.meeting.session.running:
            self._act(self.meeting.next_item)

    # ----- journaled changes -----------------------------------------------------------
    def _act(self, change: Callable[[], Any], *, quiet: bool = False) -> bool:
        """Run a LiveMeeting change through `journaled`, the one path every screen uses."""
        return journaled(self, change, report=not quiet)

    def _changed(self, select: str | None = None) -> None:
        self.refresh_item(select)
        self.refresh_timing()

    def _save_draft(self, kind: str, text: str) -> bool:
        return self._act(lambda: self.meeting.save_draft(kind, text), quiet=True)

    def flush_draft(self) -> None:
        """Journal any typing not yet saved (called before quitting)."""
        self.capture_bar.flush_draft()

    def unsaved(self) -> list[Unsaved]:
        """The bar's text when it is not on disk (the app asks on quitting; see unsaved.py)."""
        bar = self.capture_bar
        return capture_unsaved(self.meeting.session, bar.kind, bar.input.value, bar.editing)

    # ----- what applies now ------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_current:
            return True
        if not self.is_mounted:  # asked while still composing: no key acts on a half-built screen
            return False
        session = self.meeting.session
        typing = self.focused is self.capture_bar.input
        if typing or action in _WHILE_TYPING:
            return action in _WHILE_TYPING and typing
        if action == "start":
            return not session.started
        if action == "pause":
            return session.started and not session.paused
        if action == "resume":
            return session.started and session.paused
        if action in ("next_item", "previous_item", "extend", "shorten", "go_to", "end_meeting"):
            if not session.started:
                return False
            if action == "next_item":
                return None if session.current >= len(session.agenda.items) - 1 else True
            if action == "previous_item":
                return None if session.current <= 0 else True
            return True
        if action in _ENTRY_ACTIONS:
            return self.entry_list.selected_id is not None
        if action == "undo_delete":
            return undo_state(self.meeting.can_undo_delete())
        if action in ("ask_question", "next_meeting"):
            return session.started and not session.ended
        if action == "mark_follow_up":
            item = session.agenda.items[max(0, session.current)]
            return session.started and not session.ended and item.kind == "follow-up"
        if action == "open_exercise":
            return session.started and bool(session.agenda.items[max(0, session.current)].exercise)
        if action == "tick":
            checklist = session.agenda.items[max(0, session.current)].checklist
            return isinstance(parameters[0], int) and parameters[0] < len(checklist)
        return True

    # ----- timer actions ---------------------------------------------------------------
    def action_start(self) -> None:
        if self._act(self.meeting.start):
            self._changed()

    def action_pause(self) -> None:
        if self._act(self.meeting.toggle_pause):
            self._changed()

    action_resume = action_pause

    def action_next_item(self) -> None:
        if self._act(self.meeting.next_item):
            self._changed()

    def action_previous_item(self) -> None:
        if self._act(self.meeting.previous_item):
            self._changed()

    def action_extend(self) -> None:
        if self._act(lambda: self.meeting.adjust_timebox(60)):
            self._changed()

    def action_shorten(self) -> None:
        if self._act(lambda: self.meeting.adjust_timebox(-60)):
            self._changed()

    def action_tick(self, check: int) -> None:
        index = self.meeting.session.current
        if self._act(lambda: self.meeting.toggle_check(index, check)):
            self._changed()

    # ----- view toggles (not journaled: they change only this screen) --------------------
    def action_toggle_sidebar(self) -> None:
        self._sidebar_choice = not self.sidebar_visible
        self._apply_sidebar()

    def action_toggle_notes(self) -> None:
        self.show_notes = not self.show_notes
        item = self.meeting.session.agenda.items[max(0, self.meeting.session.current)]
        if self.show_notes and not item.notes:
            self.notify("No private notes for this item.", timeout=3, markup=False)
        self.refresh_item()

    # ----- capture ---------------------------------------------------------------------
    def action_capture(self, kind: str) -> None:
        self.capture_bar.open(kind)
        self.refresh_bindings()

    def action_cancel_capture(self) -> None:
        bar = self.capture_bar
        if not bar.editing and self.meeting.session.draft_text:
            self._save_draft(bar.kind or self.meeting.session.draft_kind, "")
        bar.close()
        self.set_focus(self.entry_list)

    def action_commit_capture(self) -> None:
        bar = self.capture_bar
        self._commit(bar.kind or "note", bar.input.value, bar.editing)

    @on(CaptureBar.Committed)
    def _committed(self, event: CaptureBar.Committed) -> None:
        self._commit(event.kind, event.text, event.entry_id)

    def _commit(self, kind: str, typed: str, entry_id: str | None) -> None:
        text = typed.strip()
        if not text:
            self.action_cancel_capture()
            return
        if entry_id is not None:
            kind = self.meeting.session.entries[entry_id].kind
        if kind == "stakeholder" and not self._names_someone(text):
            # the bar stays open so the facilitator can add the @name; the text is kept safe
            self.capture_bar.flush_draft()
            return
        created: list[str] = []
        if entry_id is not None:
            edited = entry_id
            ok = self._act(lambda: self.meeting.edit(edited, text))
            created.append(edited)
        else:
            ok = self._act(lambda: created.append(self.meeting.capture(entry_kind(kind), text).id))
        if ok:  # on failure the bar keeps the text so nothing typed is lost
            self.capture_bar.close()
            self.set_focus(self.entry_list)
            self._changed(select=created[0] if created else None)

    def _names_someone(self, text: str) -> bool:
        """A stakeholder note must say who it is about; warns (keeping the text) when not."""
        try:
            check_stakeholder_note(text, self.meeting.people_names(), self.meeting.meeting_date())
        except ExerciseInputError as error:
            self.notify(f"Stakeholder note: {error}.", severity="warning", timeout=4, markup=False)
            return False
        return True

    # ----- entries -----------------------------------------------------------------------
    def action_edit_entry(self) -> None:
        entry_id = self.entry_list.selected_id
        if entry_id is not None:
            entry = self.meeting.session.entries[entry_id]
            self.capture_bar.open(entry.kind, entry.text, entry_id=entry_id)

    def action_retype_entry(self) -> None:
        entry_id = self.entry_list.selected_id
        if entry_id is None:
            return

        def chosen(kind: str | None) -> None:
            text = self.meeting.session.entries[entry_id].text
            if kind == "stakeholder" and not self._names_someone(text):
                return
            if kind is not None and self._act(
                lambda: self.meeting.retype(entry_id, entry_kind(kind))
            ):
                self._changed(select=entry_id)

        self.app.push_screen(KindPicker(self.meeting.session.entries[entry_id].kind), chosen)

    def action_delete_entry(self) -> None:
        entry_id = self.entry_list.selected_id
        if entry_id is not None and self._act(lambda: self.meeting.delete(entry_id)):
            self.notify("Entry deleted. Press u to undo.", timeout=4, markup=False)
            self._changed()

    def action_undo_delete(self) -> None:
        restored: list[str | None] = []
        if self._act(lambda: restored.append(self.meeting.undo_delete())):
            entry_id = restored[0]
            if entry_id is None:  # the key is off when there is nothing to undo
                return
            entry = self.meeting.session.entries[entry_id]
            if entry.item != self.meeting.session.current:
                where = f"Restored in item {entry.item + 1}: {entry.body}"
                self.notify(where, timeout=4, markup=False)
            self._changed(select=entry_id)
