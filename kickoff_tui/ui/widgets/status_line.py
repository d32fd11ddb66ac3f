"""The whole meeting in one line: elapsed, remaining, projected end and ahead/behind."""

from __future__ import annotations

from textual.content import Content
from textual.events import Resize
from textual.widgets import Static

from kickoff_tui.domain.timing import MeetingTiming
from kickoff_tui.ui.widgets.formatting import local_time, short_duration
from kickoff_tui.ui.widgets.text_label import cut_content, show_content

# within this many seconds of the plan counts as on time
ON_TIME_SLACK = 30
_DOT = ("  ·  ", "dim")


def status_content(timing: MeetingTiming, *, paused: bool = False, width: int = 0) -> Content:
    """The line for `width` cells (any, if 0): the projected end goes first when it does not
    fit, then the elapsed time; ahead/behind and what is left stay (a last resort cuts "…")."""
    head: list[str | tuple[str, str]] = [(" PAUSED ", "bold reverse $warning"), "  "]
    elapsed = [("Elapsed ", "dim"), (short_duration(timing.elapsed), "bold"), _DOT]
    left: list[str | tuple[str, str]]
    if timing.remaining >= 0:
        left = [("Left ", "dim"), (short_duration(timing.remaining), "bold")]
    else:
        left = [("Past plan by ", "dim"), (short_duration(-timing.remaining), "bold $error")]
    ends: list[str | tuple[str, str]] = []
    if timing.projected_end is not None:
        ends = [_DOT, ("Ends ~", "dim"), (local_time(timing.projected_end), "bold")]
    if timing.behind > ON_TIME_SLACK:
        verdict = (f"{short_duration(timing.behind)} behind", "bold $error")
    elif timing.behind < -ON_TIME_SLACK:
        verdict = (f"{short_duration(-timing.behind)} ahead", "bold $success")
    else:
        verdict = ("on time", "bold $success")
    start = head if paused else []
    for parts in (
        [*start, *elapsed, *left, *ends, _DOT, verdict],
        [*start, *elapsed, *left, _DOT, verdict],
        [*start, *left, _DOT, verdict],
    ):
        content = Content.assemble(*parts)
        if not width or content.cell_length <= width:
            return content
    return cut_content(content, width)


class MeetingStatus(Static):
    """Repaints only when the line changes (it is refreshed several times a second).

    One row high, so a new figure is a repaint of this line, never a layout of the screen.
    """

    DEFAULT_CSS = """
    MeetingStatus {
        height: 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self._content = Content("")
        self._last: tuple[MeetingTiming, bool] | None = None

    @property
    def shown(self) -> str:
        return self._content.plain

    def show(self, timing: MeetingTiming, *, paused: bool = False) -> None:
        self._last = (timing, paused)
        content = status_content(timing, paused=paused, width=self.content_size.width)
        if show_content(self, self._content, content):
            self._content = content

    def on_resize(self, event: Resize) -> None:
        if self._last is not None:
            self.show(self._last[0], paused=self._last[1])
