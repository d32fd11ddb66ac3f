"""A one-line bar of the current item's timebox: how much is used, and by how much it ran over."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


def _eighths(fraction: float, width: int) -> int:
    """How many eighths of a cell the bar fills at this width."""
    return round(fraction * width * 8)


class TimeBar(Widget):
    """Fills left to right as the timebox is used; CSS classes -warning and -over recolour it."""

    DEFAULT_CSS = """
    TimeBar {
        height: 1;
        color: $success;
        background: $surface-lighten-1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._fraction = 0.0

    @property
    def fraction(self) -> float:
        return self._fraction

    def show(self, used: float, timebox: float, phase: str) -> None:
        """Called four times a second; repaints only when the drawn bar changes.

        A 10-minute timebox on a 40-column bar moves an eighth of a cell every two seconds;
        repainting on every tick cost a frame (3-4 ms) a typist's next key could wait for.
        """
        fraction = 1.0 if timebox <= 0 else min(1.0, max(0.0, used / timebox))
        self.set_class(phase == "warning", "-warning")
        self.set_class(phase == "over", "-over")
        width = self.content_size.width
        if _eighths(fraction, width) != _eighths(self._fraction, width) or not width:
            self.refresh()
        self._fraction = fraction

    def render(self) -> Text:
        width = self.content_size.width
        full, part = divmod(_eighths(self._fraction, width), 8)
        partial = " ▏▎▍▌▋▊▉"[part] if part and full < width else ""
        return Text("█" * full + partial)
