"""Small helpers shared by the lobby, review and go-to screens to build table cells.

User text always goes into a `Text` object: a plain string cell would be parsed as Rich markup,
and "[x]" typed by someone in the room must show as typed.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import App

from kickoff_tui.cells_text import fit
from kickoff_tui.domain.durations import format_clock


def theme_colour(app: App[object], role: str) -> str:
    """A colour from the active theme ('warning', 'error', 'success', 'accent', ...)."""
    theme = app.current_theme
    colour = getattr(theme, role, None)
    return str(colour) if colour else ""


def styled(
    app: App[object], text: str, role: str = "", *, bold: bool = False, most: int = 0
) -> Text:
    """Text in a theme colour by role; 'muted' dims it. See plain() for `most`."""
    style = "dim" if role == "muted" else theme_colour(app, role) if role else ""
    if bold:
        style = f"bold {style}".strip()
    return Text(fit(text, most) if most else text, style=style, no_wrap=True, overflow="ellipsis")


def plain(text: str, most: int = 0) -> Text:
    """A cell; with `most`, cut to that many terminal cells with "…" (cells_text.fit), so a
    500-character title cannot push the columns after it off the table."""
    return Text(fit(text, most) if most else text, no_wrap=True, overflow="ellipsis")


def signed_clock(seconds: float) -> str:
    """'+02:30' over, '-01:00' under, '±00:00' on the dot."""
    if abs(seconds) < 1:
        return "±00:00"
    return ("+" if seconds > 0 else "-") + format_clock(abs(seconds))


def difference_cell(app: App[object], seconds: float) -> Text:
    """Over time in the error colour, under in the success colour; a minute of slack is neutral."""
    role = "error" if seconds >= 60 else "success" if seconds <= -60 else ""
    return styled(app, signed_clock(seconds), role)
