"""journaled: the one way a screen makes a change durable, and the one way a failure shows.

Every screen runs its LiveMeeting / ExerciseActions change through `journaled`. LiveMeeting
writes the journal before it changes the session, so when the write fails (a full disk, a
read-only folder) nothing changed; `journaled` posts JournalFailed to the app, which shows it
with `show_journal_failure`, and returns False so the screen keeps what the user typed.
A full disk therefore reads the same on every screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.message_pump import MessagePump

from kickoff_tui.errors import JournalError
from kickoff_tui.ui.messages import JournalFailed

NOT_SAVED = "Not saved"


def journaled(node: MessagePump, change: Callable[[], object], *, report: bool = True) -> bool:
    """Run one change; True when it is on disk, False (and JournalFailed posted) when not.

    Only a failed journal write is caught: a bad input (ExerciseInputError) is the caller's.
    report=False is for the capture bar's background draft save, which retries every second
    and would otherwise stack a notice a second; committing the entry reports the failure.
    """
    try:
        change()
    except (JournalError, OSError) as error:
        if report:
            node.app.post_message(JournalFailed(str(error)))
        return False
    return True


def show_journal_failure(app: App[Any], error: str) -> None:
    """The app's one notice for JournalFailed; the error text is shown as typed, never markup."""
    app.notify(f"{NOT_SAVED}: {error}", title="Journal", severity="error", timeout=10, markup=False)
