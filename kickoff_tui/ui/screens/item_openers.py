"""The item screen's keys that open another screen over it (go to, end, exercise, question bank,
next meeting, follow-up marks): each pushes that screen and applies what it answers.

A base class of ItemScreen, kept apart so item.py holds the live view and the capture flow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.screen import Screen

from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.messages import MeetingEnded


class ItemScreenOpeners(Screen[None]):
    meeting: LiveMeeting

    # ItemScreen's own: a journaled change, and the repaint after one
    def _act(self, change: Callable[[], Any], *, quiet: bool = False) -> bool:
        raise NotImplementedError

    def _changed(self, select: str | None = None) -> None:
        raise NotImplementedError

    def flush_draft(self) -> None:
        raise NotImplementedError

    def action_go_to(self) -> None:
        from kickoff_tui.ui.screens.goto import GoToItemScreen

        def chosen(index: int | None) -> None:
            if index is not None and self._act(lambda: self.meeting.go_to(index)):
                self._changed()

        self.app.push_screen(GoToItemScreen(self.meeting.session, self.meeting.clock), chosen)

    def action_end_meeting(self) -> None:
        from kickoff_tui.ui.screens.confirm import confirm_end_meeting

        def answered(yes: bool | None) -> None:
            if yes and self._act(self.meeting.end):
                self.flush_draft()
                self.post_message(MeetingEnded())

        self.app.push_screen(confirm_end_meeting(), answered)

    def action_open_exercise(self) -> None:
        from kickoff_tui.ui.screens.exercises import open_exercise

        open_exercise(self.app, self.meeting, max(0, self.meeting.session.current), self._changed)

    def action_ask_question(self) -> None:
        from kickoff_tui.ui.screens.question_bank import open_question_bank

        open_question_bank(self, self.meeting, self._changed)

    def action_next_meeting(self) -> None:
        from kickoff_tui.ui.screens.next_meeting import NextMeetingScreen, next_meeting_line

        def closed(saved: bool | None) -> None:
            if saved:
                self.notify(next_meeting_line(self.meeting.session), timeout=4, markup=False)

        self.app.push_screen(NextMeetingScreen(self.meeting), closed)

    def action_mark_follow_up(self) -> None:
        from kickoff_tui.ui.screens.next_meeting import FollowUpMarkScreen

        def closed(saved: bool | None) -> None:
            if saved:
                self._changed()

        self.app.push_screen(FollowUpMarkScreen(self.meeting), closed)
