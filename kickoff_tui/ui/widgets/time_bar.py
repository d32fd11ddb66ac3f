"""A one-line bar of the current item's timebox: how much is used, and by how much it ran over."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


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
        fraction = 1.0 if timebox <= 0 else min(1.0, max(0.0, used / timebox))
        self.set_class(phase == "warning", "-warning")
        self.set_class(phase == "over", "-over")
        if abs(fraction - self._fraction) > 1e-6:
            self._fraction = fraction
            self.refresh()

    def render(self) -> Text:
        width = self.content_size.width
        eighths = round(self._fraction * width * 8)
        full, part = divmod(eighths, 8)
        partial = " ▏▎▍▌▋▊▉"[part] if part and full < width else ""
        return Text("█" * full + partial)
