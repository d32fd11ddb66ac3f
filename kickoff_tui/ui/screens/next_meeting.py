"""`m` on the item screen: a one-line input for the next meeting (date, time, place or link).

What was typed stays in the box until it is read and on disk: an unreadable date shows a
one-line message under it, and a failed journal write keeps the dialog open (the app shows
the failure like every other screen's).
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input

from kickoff_tui.domain.next_meeting import EXAMPLES, NextMeetingError
from kickoff_tui.domain.session import Session
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.text_safety import safe_text
from kickoff_tui.ui.screens.journaled import journaled
from kickoff_tui.ui.widgets.text_label import TextLabel

PROMPT = "Next meeting: a date and time, then a place or link"


def next_meeting_line(session: Session) -> str:
    """'Next meeting: Tue 8 Dec, 14:00 · Room 4', safe to show; "" when none was set."""
    if session.next_meeting is None:
        return ""
    return safe_text(f"Next meeting: {session.next_meeting.label(session.meeting_date)}")


def next_meeting_label(session: Session) -> TextLabel:
    """The review's line for the next meeting (hidden when none was set)."""
    label = TextLabel(next_meeting_line(session), cut=True, id="review-next-meeting")
    label.display = session.next_meeting is not None
    return label


class NextMeetingScreen(ModalScreen[bool]):
    """Dismisses with True once the next meeting is journaled, False on Esc."""

    DEFAULT_CSS = """
    NextMeetingScreen { align: center middle; background: $background 60%; }
    NextMeetingScreen > #next-box {
        width: 76; max-width: 100%; height: auto; padding: 0 1;
        border: thick $accent; border-title-style: bold; background: $surface;
    }
    NextMeetingScreen #next-error { color: $error; }
    NextMeetingScreen #next-hint { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, meeting: LiveMeeting) -> None:
        super().__init__()
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        box = Vertical(id="next-box")
        box.border_title = "Next meeting"
        current = self.meeting.session.next_meeting
        with box:
            yield TextLabel(PROMPT, id="next-prompt")
            yield Input(
                placeholder="tue 10:00 Room 4",
                id="next-input",
                compact=True,
                select_on_focus=False,
            )
            yield TextLabel("", id="next-error")
            shown = next_meeting_line(self.meeting.session) if current else EXAMPLES.capitalize()
            yield TextLabel(f"{shown} · Enter save · Esc cancel", id="next-hint")

    def on_mount(self) -> None:
        self.query_one("#next-input", Input).focus()

    @property
    def error_text(self) -> str:
        return self.query_one("#next-error", TextLabel).text

    @on(Input.Submitted, "#next-input")
    def _save(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value
        error = self.query_one("#next-error", TextLabel)
        try:
            saved = journaled(self, lambda: self.meeting.set_next_meeting(typed))
        except NextMeetingError as problem:
            error.show(safe_text(str(problem)))
            return
        if saved:
            self.dismiss(True)
        else:
            error.show("Not saved; the text is kept, Enter tries again")

    def action_cancel(self) -> None:
        self.dismiss(False)
