"""The room view's one screen: lobby, item, paused, read-back and closing, by the meeting's phase.

It shows only the public view (domain/public_view.py) and timing numbers; it has no input
widget and nothing focusable, so no key can reach the meeting. The countdown is the console's
widget; the title band grows with the window so the room can read it from the back.
"""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Static

from kickoff_tui.cells_text import cell_width, grapheme_spans
from kickoff_tui.domain import timing
from kickoff_tui.domain.public_view import PublicView, public_view
from kickoff_tui.domain.session import Session
from kickoff_tui.text_safety import safe_text
from kickoff_tui.ui.room.content import (
    captures_content,
    closing_content,
    exercise_blocks,
    item_blocks,
    lobby_content,
    progress_content,
    review_content,
)
from kickoff_tui.ui.room.fitting import fitted
from kickoff_tui.ui.widgets.countdown import Countdown
from kickoff_tui.ui.widgets.formatting import PHASE_MARKS, countdown_text

# The word beside the colour, so warning and overtime do not rest on colour alone.
CAPTIONS = {
    "ok": "● on time",
    "warning": f"{PHASE_MARKS['warning']}: time nearly up",
    "over": PHASE_MARKS["over"],
}
WAITING = "Waiting for the meeting to be set up…"
DETAILS_SHARE = 0.7  # of the body's rows; the captures keep the rest


def spaced(title: str, width: int) -> str:
    """A title with a space between its letters when the band is wide enough for that.

    Letters are graphemes (an accent or a joined emoji stays whole) and width is counted in
    terminal cells (a CJK letter takes two)."""
    letters = [title[start:end] for start, end, _cells in grapheme_spans(title)]
    wide = " ".join(letters)
    return wide if len(letters) > 1 and cell_width(wide) <= width - 4 else title


class RoomScreen(Screen[None]):
    DEFAULT_CSS = """
    RoomScreen { layout: vertical; }
    #room-top { height: 1; padding: 0 1; background: $panel; color: $text; }
    #room-title {
        width: 100%; height: auto; padding: 0 1; content-align: center middle;
        text-style: bold; background: $primary; color: $text;
    }
    RoomScreen.-tall #room-title { padding: 1 2; }
    RoomScreen.-huge #room-title { padding: 2 2; }
    #room-title.-paused { background: $warning; color: $background; }
    #countdown { height: 30%; width: 100%; color: $success; }
    #countdown.-warning { color: $warning; }
    #countdown.-over { color: $error; }
    #room-caption { width: 100%; height: 1; content-align: center middle; text-style: bold; }
    #room-caption.-warning { color: $warning; }
    #room-caption.-over { color: $error; }
    #room-progress { height: 1; padding: 0 1; }
    #room-body { height: 1fr; padding: 1 2 0 2; }
    #room-details { height: auto; }
    #room-captures { height: 1fr; margin-top: 1; }
    #room-hint { dock: bottom; height: 1; padding: 0 1; color: $text-muted; }
    RoomScreen.-no-clock #countdown, RoomScreen.-no-clock #room-caption,
    RoomScreen.-no-clock #room-progress { display: none; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.view: PublicView | None = None
        self._session: Session | None = None

    def compose(self) -> ComposeResult:
        yield Static(WAITING, id="room-top", markup=False)
        yield Static("", id="room-title", markup=False)
        yield Countdown(id="countdown")
        yield Static("", id="room-caption", markup=False)
        yield Static("", id="room-progress", markup=False)
        with Vertical(id="room-body"):
            yield Static("", id="room-details", markup=False)
            yield Static("", id="room-captures", markup=False)
        yield Static("Room view: read-only. ? explains, q quits.", id="room-hint", markup=False)

    def on_mount(self) -> None:
        self.set_class(True, "-no-clock")
        if getattr(self.app, "hint_seconds", None):
            self.set_timer(self.app.hint_seconds, self._hide_hint)  # type: ignore[attr-defined]

    def _hide_hint(self) -> None:
        self.query_one("#room-hint").display = False

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.height >= 40, "-tall")
        self.set_class(event.size.height >= 60, "-huge")
        self.repaint()
        self.call_after_refresh(self.repaint)  # again once the body has its new size

    # ----- painting ----------------------------------------------------------------------
    def show_session(self, session: Session, now: datetime) -> None:
        """Rebuild the public view (a new event came in) and repaint."""
        self._session = session
        self.view = public_view(session)
        self.repaint(now)

    def repaint(self, now: datetime | None = None) -> None:
        session, view = self._session, self.view
        if session is None or view is None or not self.is_mounted:
            return
        if now is None:
            now = getattr(self.app, "clock_now", datetime.now)()
        phase = view.phase
        self.set_class(phase not in ("item", "paused"), "-no-clock")
        top = f"{safe_text(view.title)}"
        if view.client:
            top += f"  ·  {safe_text(view.client)}"
        self._static("#room-top").update(Content(top))
        title = self._static("#room-title")
        title.set_class(phase == "paused", "-paused")
        details, captures = self._static("#room-details"), self._static("#room-captures")
        if phase == "lobby":
            self._title(view.title)
            details.update(lobby_content(view, now))
            captures.update("")
        elif phase in ("item", "paused"):
            self._paint_item(session, view, now)
        elif phase == "review":
            self._title("The meeting has ended")
            details.update(review_content(view))
            captures.update("")
        else:
            self._title(view.title)
            details.update(closing_content(view))
            captures.update("")

    def _paint_item(self, session: Session, view: PublicView, now: datetime) -> None:
        index = view.current
        item = view.items[index]
        paused = view.phase == "paused"
        self._title(("⏸ PAUSED  ·  " if paused else "") + item.title)
        remaining = timing.item_remaining(session, index, now)
        state = timing.phase(session, index, now)
        countdown = self.query_one(Countdown)
        countdown.show(remaining, state)
        caption = self._static("#room-caption")
        word = "⏸ PAUSED" if paused else CAPTIONS[state]
        caption.update(f"{word}  ·  {countdown_text(remaining)} of {item.timebox // 60} min")
        caption.set_class(state == "warning", "-warning")
        caption.set_class(state == "over", "-over")
        meeting = timing.meeting_timing(session, now)
        width = self.size.width
        self._static("#room-progress").update(progress_content(view, meeting, width))
        blocks = item_blocks(item) if view.exercise is None else exercise_blocks(view.exercise)
        body = self.query_one("#room-body").content_size
        rows = max(2, int(body.height * DETAILS_SHARE))
        details = self._static("#room-details")
        details.styles.max_height = rows
        details.update(fitted(blocks, rows, body.width))
        rows = max(2, self._static("#room-captures").size.height)
        self._static("#room-captures").update(captures_content(view.entries_for(index), rows))

    def _title(self, text: str) -> None:
        band = self._static("#room-title")
        shown = safe_text(text)
        if self.has_class("-tall"):
            shown = spaced(shown, self.size.width)
        band.update(Content(shown))

    def _static(self, selector: str) -> Static:
        return self.query_one(selector, Static)
