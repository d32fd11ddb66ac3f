"""Below the smallest usable window, every screen shows one "make the window larger" line.

The item screen needs its header, the countdown, the item and the captured list at once, and
a shared screen is read from across a room: under MIN_WIDTH x MIN_HEIGHT cells that no longer
fits, and a squeezed screen (an empty list, a clock without its caption) reads as a broken one.
So the app puts `-too-small` on each screen in the stack, which hides the screen's widgets and
shows one SizeNotice line instead; nothing is unmounted, so typed text and state stay put.

The notice is mounted only into screens that need it (the lobby's first frame pays nothing).
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.content import Content
from textual.events import Key
from textual.geometry import Size
from textual.widget import Widget

from kickoff_tui.cells_text import cell_width, fit

MIN_WIDTH = 60
MIN_HEIGHT = 16
TOO_SMALL = "-too-small"


def is_too_small(size: Size) -> bool:
    return size.width < MIN_WIDTH or size.height < MIN_HEIGHT


def notice_text(size: Size) -> str:
    """The longest wording that fits the window's width (cut with "…" if none does)."""
    need = f"Make the window larger: {MIN_WIDTH}×{MIN_HEIGHT} or more"
    for text in (f"{need} (now {size.width}×{size.height}).", need, "Window too small"):
        if cell_width(text) <= size.width:
            return text
    return fit(need, size.width)


class SizeNotice(Widget, can_focus=True):
    """The one line a too-small window shows. Not a Static, so no screen's query finds it.

    It holds the focus while shown and swallows keys: with the screen hidden, a letter must
    not act as a command nobody can see (ctrl+q and the other priority keys still work).
    The widget that had the focus gets it back when the window grows.
    """

    # unscoped: these rules are about the screen that holds the notice, not the notice alone
    SCOPED_CSS = False
    DEFAULT_CSS = f"""
    SizeNotice {{
        display: none;
        dock: top;  /* the first row on every screen, dialogs (centred) included */
        height: 1;
        width: 100%;
        text-style: bold;
    }}
    Screen.{TOO_SMALL} > * {{
        display: none !important;
    }}
    Screen.{TOO_SMALL} > SizeNotice {{
        display: block !important;
    }}
    """

    def render(self) -> Content:
        return Content(notice_text(self.app.size))

    def __init__(self) -> None:
        super().__init__()
        self.had_focus: Widget | None = None

    def on_resize(self) -> None:
        self.refresh()  # the figures in the line follow the window

    def on_key(self, event: Key) -> None:
        event.stop()
        event.prevent_default()


def guard_window_size(app: App[Any], size: Size | None = None) -> None:
    """Mark every screen in the stack too small (or not) for `size` (the app's, by default).

    The app calls this on each resize (with the new size: its own is updated after its
    handler runs) and whenever the screen changes.
    """
    small = is_too_small(size or app.size)
    for screen in app.screen_stack:
        if small == screen.has_class(TOO_SMALL):
            continue
        notices = screen.query_children(SizeNotice)
        notice = notices.first() if notices else SizeNotice()
        if not notice.is_attached:
            screen.mount(notice)
        screen.set_class(small, TOO_SMALL)
        if small:
            notice.had_focus = screen.focused
            screen.call_after_refresh(screen.set_focus, notice)
        else:
            back, notice.had_focus = notice.had_focus, None
            screen.call_after_refresh(screen.set_focus, back if back and back.is_attached else None)
