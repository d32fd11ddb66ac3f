"""The one HTML escaping function, for everything kickoff writes into HTML itself (the page
title, the pictures' labels); the minutes' own text is escaped by markdown-it-py."""

from __future__ import annotations

from html import escape as _escape

from kickoff_tui.text_safety import safe_text


def escape(text: str) -> str:
    """Text as HTML character data or a quoted attribute value: &, <, >, " and ' become
    references, and control characters the visible ones the screens show."""
    return _escape(safe_text(text), quote=True)
