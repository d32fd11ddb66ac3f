"""A small host app for the exercise screens: a real LiveMeeting (FakeClock + MemoryJournal).

Run it for a look: `python tests/ui/exercise_host.py stakeholder-map|fit-check|...` (uses the
bundled client kickoff or internal kickoff agenda).
"""

from __future__ import annotations

import sys
from pathlib import Path

from screen_text import screen_text as screen_text  # re-exported for the exercise tests
from textual.app import App, ComposeResult
from textual.widgets import Static

from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.messages import JournalFailed
from kickoff_tui.ui.screens.exercises import open_exercise
from kickoff_tui.ui.screens.journaled import show_journal_failure


class ExerciseHost(App[None]):
    """Shows a backdrop, then opens the exercise of one agenda item on top of it."""

    def __init__(self, meeting: LiveMeeting, item_index: int) -> None:
        super().__init__()
        self.meeting = meeting
        self.item_index = item_index
        self.failures: list[str] = []  # JournalFailed errors, in order

    def compose(self) -> ComposeResult:
        yield Static("backdrop: the item screen", id="backdrop")

    def on_mount(self) -> None:
        open_exercise(self, self.meeting, self.item_index)

    def on_journal_failed(self, message: JournalFailed) -> None:
        self.failures.append(message.error)
        show_journal_failure(self, message.error)  # as KickoffApp does


if __name__ == "__main__":  # pragma: no cover - a manual look, not a test
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
    from exercise_sample import new_meeting

    from kickoff_tui.storage.agenda_loader import load_agenda

    which = sys.argv[1] if len(sys.argv) > 1 else "stakeholder-map"
    name = "internal-kickoff" if which == "fit-check" else "client-kickoff"
    agenda = load_agenda(Path(__file__).resolve().parents[2] / "agendas" / f"{name}.yaml")
    live, _, _ = new_meeting(agenda)
    live.start()
    index = next(i for i, item in enumerate(agenda.items) if item.exercise == which)
    live.go_to(index)
    ExerciseHost(live, index).run()
