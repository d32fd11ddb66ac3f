"""ExerciseScreen: what every exercise screen shares.

A header with the exercise and its agenda item, and the item's time left (from the clock, so
the room still sees the timebox); a status line; the footer. Every change goes through
ExerciseActions: bad input becomes one warning line, a journal failure goes the one way every
screen reports it (`journaled`), and nothing typed is lost (forms stay open with their text).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Label, Static

from kickoff_tui.domain import timing
from kickoff_tui.domain.exercises import TITLES
from kickoff_tui.exercise_actions import ExerciseActions, ExerciseInputError
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.screens.journaled import NOT_SAVED, journaled
from kickoff_tui.ui.widgets.formatting import clock_text
from kickoff_tui.ui.widgets.key_footer import KeyFooter
from kickoff_tui.ui.widgets.text_label import TextLabel

TICK_SECONDS = 0.5
# what a form shows while it stays open after a failed journal write (the app says why)
FORM_NOT_SAVED = f"{NOT_SAVED}: the journal could not be written. Enter tries again."


class ExerciseScreen(Screen[None]):
    EXERCISE: ClassVar[str] = ""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back"),
    ]
    DEFAULT_CSS = """
    ExerciseScreen { layout: vertical; }
    ExerciseScreen #ex-top { height: 1; background: $primary-background; padding: 0 1; }
    ExerciseScreen #ex-title { width: 1fr; margin-right: 2; text-style: bold; }
    ExerciseScreen #ex-time { width: auto; text-style: bold; color: $text-accent; }
    ExerciseScreen #ex-time.-over { color: $error; }
    ExerciseScreen #ex-hint { height: auto; max-height: 2; padding: 0 1; color: $text-muted; }
    ExerciseScreen #ex-status { height: auto; max-height: 4; padding: 0 1; background: $boost; }
    """

    @property
    def HELP_TITLE(self) -> str:
        """The help's heading: the exercise's name as the header shows it, not the class's."""
        return TITLES[self.EXERCISE]

    def __init__(self, meeting: LiveMeeting, item_index: int) -> None:
        super().__init__()
        self.meeting = meeting
        self.item_index = item_index
        self.actions = ExerciseActions(meeting)

    # ----- layout ----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        item = self.meeting.session.agenda.items[self.item_index]
        with Horizontal(id="ex-top"):
            title = f"{TITLES[self.EXERCISE]} · {self.item_index + 1}. {item.title}"
            yield TextLabel(title, cut=True, id="ex-title")  # one line, cut with "…"
            yield Label("", id="ex-time")
        yield Static(Text(self.hint()), id="ex-hint")
        yield from self.compose_body()
        yield Static("", id="ex-status")
        yield KeyFooter()  # whole entries, `?` help never left out (ui/widgets/key_footer.py)

    def compose_body(self) -> ComposeResult:
        yield from ()

    def hint(self) -> str:
        """One or two lines telling the room what this exercise is for."""
        return ""

    def on_mount(self) -> None:
        # Textual also runs each subclass's own on_mount (it walks the MRO): no super() there
        self.refresh_view()
        self.refresh_time()
        self.set_interval(TICK_SECONDS, self.refresh_time)
        self.focus_first()

    def focus_first(self) -> None:
        """Where the keyboard starts on this screen; subclasses choose."""

    def refresh_view(self) -> None:
        """Repaint from the folds; subclasses fill in."""

    def refresh_time(self) -> None:
        session = self.meeting.session
        label = self.query_one("#ex-time", Label)
        if not session.started or session.ended or session.current != self.item_index:
            label.update("")
            return
        now = self.meeting.clock.now()
        remaining = timing.item_remaining(session, self.item_index, now)
        over = remaining <= 0
        text = f"+{clock_text(-remaining)} over" if over else f"{clock_text(remaining)} left"
        label.update(("PAUSED · " if session.paused else "") + text)
        label.set_class(over, "-over")

    def set_status(self, text: Any) -> None:
        self.query_one("#ex-status", Static).update(text)

    # ----- changes -----------------------------------------------------------------------
    def attempt(self, change: Callable[[], Any]) -> str | None:
        """Run one ExerciseActions change and repaint; None when it is done.

        Otherwise the line a form shows while it stays open with what was typed: the input
        problem, or NOT_SAVED when the journal write failed (`journaled` has reported that).
        """
        try:
            if not journaled(self, change):
                return FORM_NOT_SAVED
        except ExerciseInputError as error:
            return str(error)
        self.refresh_view()
        return None

    def act(self, change: Callable[[], Any]) -> bool:
        """Like attempt, for key presses: an input problem shows as a warning notice."""
        error = self.attempt(change)
        if error is not None and error != FORM_NOT_SAVED:
            self.notify(error, severity="warning", timeout=4, markup=False)
        return error is None

    # ----- undo: the rule and the lists are LiveMeeting's (see undo_key.py) ------------------
    def can_undo(self) -> bool:
        return self.actions.can_undo(self.EXERCISE)

    def action_undo(self) -> None:
        undone: list[str | None] = []

        def undo() -> None:
            undone.append(self.actions.undo(self.EXERCISE, self.item_index))

        if self.act(undo) and undone[0] is not None:
            self.undone(undone[0])
        self.refresh_bindings()

    def undone(self, key: str) -> None:
        """`u` brought back the row `key`; a screen may select it."""

    def action_close(self) -> None:
        self.dismiss(None)
