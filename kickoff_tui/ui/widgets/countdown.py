"""The big countdown: block digits that grow with the space they are given.

Textual's Digits widget is fixed at three rows; a room reading a shared screen needs more on a
big terminal. Each glyph is a 3x5 bitmap drawn with half blocks, so one scale step adds a
column and half a row per pixel, and the largest scale that fits the widget is used.
"""

from __future__ import annotations

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from kickoff_tui.ui.widgets.formatting import countdown_text

_FONT: dict[str, tuple[str, ...]] = {
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"),
    "3": ("###", "..#", ".##", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", "..#", "..#", "..#"),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "###"),
    ":": (".", "#", ".", "#", "."),
    "+": ("...", ".#.", "###", ".#.", "..."),
    "-": ("...", "...", "###", "...", "..."),
    " ": ("...", "...", "...", "...", "..."),
}
_GLYPH_ROWS = 5
# the widest text the clock is sized for, so the digits do not jump when overtime adds "+"
_SIZING_TEXT = "+00:00"
_HALF_BLOCKS = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}


def text_width(text: str, scale: int) -> int:
    pixels = sum(len(_FONT[c][0]) for c in text) + max(0, len(text) - 1)  # one pixel gap
    return pixels * scale


def text_height(scale: int) -> int:
    return -(-_GLYPH_ROWS * scale // 2)


def render_big(text: str, scale: int) -> list[str]:
    """The text as lines of half-block characters; each pixel is `scale` columns wide."""
    pixel_rows: list[list[bool]] = [[] for _ in range(_GLYPH_ROWS)]
    for position, char in enumerate(text):
        glyph = _FONT.get(char, _FONT[" "])
        for row in range(_GLYPH_ROWS):
            if position:
                pixel_rows[row].append(False)
            pixel_rows[row].extend(cell == "#" for cell in glyph[row])
    # each pixel row becomes `scale` half-rows; pairs of half-rows make one terminal row
    half_rows = [row for row in pixel_rows for _ in range(scale)]
    if len(half_rows) % 2:
        half_rows.append([False] * len(half_rows[0]))
    lines = []
    for top, bottom in zip(half_rows[0::2], half_rows[1::2], strict=True):
        lines.append(
            "".join(_HALF_BLOCKS[(t, b)] * scale for t, b in zip(top, bottom, strict=True))
        )
    return lines


def fitting_scale(width: int, height: int, text: str = _SIZING_TEXT) -> int:
    """The largest scale at which text fits; 0 when even the smallest does not."""
    scale = 0
    while text_width(text, scale + 1) <= width and text_height(scale + 1) <= height:
        scale += 1
    return scale


class Countdown(Widget):
    """Shows the time left in the current item; CSS classes -warning and -over colour it."""

    DEFAULT_CSS = """
    Countdown {
        height: auto;
        content-align: center middle;
        text-style: bold;
    }
    """

    # rows left in the parent for what sits under the digits (time bar, caption, a gap)
    RESERVED_ROWS = 3

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = "00:00"

    @property
    def text(self) -> str:
        """What the digits read, e.g. `07:30` or `+03:12`."""
        return self._text

    def show(self, remaining: float, phase: str) -> None:
        text = countdown_text(remaining)
        self.set_class(phase == "warning", "-warning")
        self.set_class(phase == "over", "-over")
        if text != self._text:
            self._text = text
            self.refresh()

    def _sizing_text(self) -> str:
        return _SIZING_TEXT if len(self._text) <= len(_SIZING_TEXT) else self._text

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As tall as the largest digits that fit beside what sits under them."""
        room = max(1, container.height - self.RESERVED_ROWS)
        scale = fitting_scale(width, room, self._sizing_text())
        return text_height(scale) if scale else 1

    def render(self) -> Text:
        width, height = self.content_size
        scale = fitting_scale(width, height, self._sizing_text())
        if scale == 0:
            return Text(self._text)
        return Text("\n".join(render_big(self._text, scale)))
