"""App-wide messages. Screens post these up; KickoffApp decides which screen comes next."""

from __future__ import annotations

from textual.message import Message


class MeetingStarted(Message):
    """The lobby started the meeting (LiveMeeting.start() already recorded it)."""


class MeetingEnded(Message):
    """The meeting's timing stopped (LiveMeeting.end() recorded it); show the review."""


class MeetingFinished(Message):
    """The facilitator finished from the review; minutes are written, the app may exit."""

    def __init__(self, minutes_path: str | None = None) -> None:
        super().__init__()
        self.minutes_path = minutes_path


class JournalFailed(Message):
    """A change could not be made durable; the UI keeps the user's text and says why."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error
