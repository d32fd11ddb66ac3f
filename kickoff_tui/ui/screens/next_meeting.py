"""`m` on the item screen: a one-line input for the next meeting (date, time, place or link).

What was typed stays in the box until it is read and on disk: an unreadable date shows a
one-line message under it, and a failed journal write keeps the dialog open (the app shows
the failure like every other screen's).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input

from kickoff_tui.domain.follow_up import MARK_EXAMPLES
from kickoff_tui.domain.next_meeting import EXAMPLES
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


class OneLineEntry(ModalScreen[bool]):
    """A one-line input whose Enter runs `save(text)`: a ValueError's message shows under it
    and the text stays; a failed journal write keeps it too. Dismisses True once saved."""

    DEFAULT_CSS = """
    OneLineEntry { align: center middle; background: $background 60%; }
    OneLineEntry > #next-box {
        width: 76; max-width: 100%; height: auto; padding: 0 1;
        border: thick $accent; border-title-style: bold; background: $surface;
    }
    OneLineEntry #next-error { color: $error; }
    OneLineEntry #next-hint { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, title: str, prompt: str, hint: str, placeholder: str, save: Callable[[str], object]
    ) -> None:
        super().__init__()
        self.box_title, self.prompt, self.hint = title, prompt, hint
        self.placeholder, self.save = placeholder, save

    def compose(self) -> ComposeResult:
        box = Vertical(id="next-box")
        box.border_title = safe_text(self.box_title)
        with box:
            yield TextLabel(safe_text(self.prompt), id="next-prompt")
            yield Input(
                placeholder=self.placeholder, id="next-input", compact=True, select_on_focus=False
            )
            yield TextLabel("", id="next-error")
            yield TextLabel(safe_text(f"{self.hint} · Enter save · Esc cancel"), id="next-hint")

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
            saved = journaled(self, lambda: self.save(typed))
        except ValueError as problem:
            error.show(safe_text(str(problem)))
            return
        if saved:
            self.dismiss(True)
        else:
            error.show("Not saved; the text is kept, Enter tries again")

    def action_cancel(self) -> None:
        self.dismiss(False)


class NextMeetingScreen(OneLineEntry):
    """`m`: the next meeting (NextMeetingError is a ValueError: its message shows)."""

    def __init__(self, meeting: LiveMeeting) -> None:
        current = next_meeting_line(meeting.session)
        hint = current or EXAMPLES.capitalize()
        super().__init__("Next meeting", PROMPT, hint, "tue 10:00 Room 4", meeting.set_next_meeting)
        self.meeting = meeting


class FollowUpMarkScreen(OneLineEntry):
    """`f` on the follow-up item: one earlier action done, still open (new due/owner) or dropped
    (by whom)."""

    def __init__(self, meeting: LiveMeeting) -> None:
        super().__init__(
            "Earlier action",
            "Number, then done, open (new due date, @owner) or drop (@who)",
            MARK_EXAMPLES.capitalize(),
            "1 open fri @ben",
            meeting.mark_follow_up,
        )
