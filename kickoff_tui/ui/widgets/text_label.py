"""Labels that repaint only when their text changes, and relayout the screen only when they resize.

Textual's `Static.update` repaints and lays out the whole screen on every call. The live screen
refreshes its figures four times a second and the capture bar on every key, so with thousands
of entries an unconditional update costs milliseconds a key the typist can feel.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import RenderResult
from textual.content import Content
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Label, Static

from kickoff_tui.cells_text import ELLIPSIS, cut_point, fit


def _shape(content: Content) -> tuple[int, ...]:
    """The cell width of every line: same shape, same size (for an auto width or height)."""
    return tuple(cell_len(line) for line in content.plain.split("\n"))


def show_content(widget: Static, shown: Content, new: Content) -> bool:
    """Update widget from `shown` to `new` if they differ; True if it was updated.

    A screen layout is asked for only when the widget's size may follow its text: an auto
    dimension and a different shape, or an auto height and a line that may wrap.
    """
    if new.plain == shown.plain and list(new.spans) == list(shown.spans):
        return False
    styles = widget.styles
    layout = False
    if styles.auto_dimensions:
        shape = _shape(new)
        wraps = styles.height is not None and styles.height.is_auto
        layout = shape != _shape(shown) or (wraps and max(shape) > widget.content_size.width)
    widget.update(new, layout=layout)
    return True


def cut_content(content: Content, width: int) -> Content:
    """Content on one line of `width` cells: whole, or cut with "…" (styles kept), see fit()."""
    if "\n" in content.plain:
        return Content(fit(content.plain, width))
    keep = cut_point(content.plain, width)
    if keep is None:
        return content
    if width < 1:
        return Content("")
    return content[:keep].rstrip() + ELLIPSIS


class TextLabel(Label):
    """A Label of plain text or Content (never markup) that changes only when its text does.

    With `cut=True` it is one line, cut with "…" to its width (the CSS gives it a width that
    is not `auto`): a title wider than the screen shows its start, never an empty line.
    """

    # Textual sets a widget's virtual size during a layout, and by default that asks for
    # another layout and a repaint: every resize of an auto-sized label cost two layouts and
    # an extra frame. A label does not scroll, and the layout that resized it repaints it.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False, repaint=False)

    def __init__(
        self,
        content: str | Content = "",
        *,
        cut: bool = False,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        self._shown = Content(content) if isinstance(content, str) else content
        self._cut = cut
        super().__init__(self._shown, id=id, classes=classes, markup=False)

    @property
    def text(self) -> str:
        """What the label reads, as plain text."""
        return self._shown.plain

    def render(self) -> RenderResult:
        if self._cut:
            return cut_content(self._shown, self.content_size.width)
        return super().render()

    def show(self, content: str | Content) -> None:
        new = Content(content) if isinstance(content, str) else content
        if show_content(self, self._shown, new):
            self._shown = new
