"""The pages and files `kickoff serve` sends: our own HTML, textual-serve's script and styles.

textual-serve's stock page pulls a web font from the internet. Ours names only files this
server sends itself (textual-serve's textual.js, xterm.css and its bundled Roboto Mono), so a
browser watching the room view asks no other machine for anything.
"""

from __future__ import annotations

import html
from pathlib import Path
from string import Template

import textual_serve

from kickoff_tui.text_safety import safe_text

_PAGES = Path(__file__).parent / "pages"
_TEXTUAL_SERVE_STATIC = Path(textual_serve.__file__).parent / "static"

# the only files under static/: name in the URL -> (textual-serve's file, content type)
STATIC_FILES = {
    "textual.js": ("js/textual.js", "text/javascript"),
    "xterm.css": ("css/xterm.css", "text/css"),
    "roboto-mono.ttf": ("fonts/RobotoMono-VariableFont_wght.ttf", "font/ttf"),
}
FONT_SIZE = 16


def load_static_files() -> dict[str, tuple[bytes, str]]:
    """Every static file, read once at start: a missing one stops the server before it
    prints its link, not in the middle of a meeting."""
    return {
        name: ((_TEXTUAL_SERVE_STATIC / relative).read_bytes(), content_type)
        for name, (relative, content_type) in STATIC_FILES.items()
    }


def _template(name: str) -> Template:
    return Template((_PAGES / name).read_text(encoding="utf-8"))


def room_page(meeting_title: str, websocket_url: str) -> str:
    """The page that runs textual.js against this tab's websocket."""
    title = f"Room view · {safe_text(meeting_title)}" if meeting_title else "Room view"
    return _template("room.html").substitute(
        title=html.escape(title),
        websocket_url=html.escape(websocket_url),
        font_size=FONT_SIZE,
    )


def full_page(max_viewers: int) -> str:
    """What the tab past the cap gets instead of a process."""
    return _template("full.html").substitute(max_viewers=max_viewers)


def full_terminal_text(max_viewers: int) -> bytes:
    """The same, written into the terminal of a page whose websocket came past the cap."""
    return (
        f"\r\n  This room view is full: {max_viewers} browser tabs are watching it already."
        "\r\n  Close it in another tab or window, then reload this page.\r\n"
    ).encode()
