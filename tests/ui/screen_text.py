"""The one way tests read what a screen shows, as plain text (every UI test helper uses it).

Textual has no public "screen as text" call: `App.export_screenshot` gives SVG, built from the
screen's compositor. This reads the same compositor, so it is the one place tests touch that
private part; a Textual upgrade that moves it breaks here, once.
"""

from __future__ import annotations

from typing import Any

from textual.app import App


def screen_text(app: App[Any]) -> str:
    """The top screen's lines as the terminal shows them, toasts included, without trailing
    spaces (only spaces: a control character left at a line's end must stay visible to the
    hostile-text tests)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text.rstrip(" ") for strip in strips)
