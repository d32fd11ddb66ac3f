"""The whole meeting in one line: elapsed, remaining, projected end and ahead/behind."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from kickoff_tui.domain.timing import MeetingTiming
from kickoff_tui.ui.widgets.formatting import local_time, short_duration
from kickoff_tui.ui.widgets.text_label import show_content

# within this many seconds of the plan counts as on time
ON_TIME_SLACK = 30
_DOT = ("  ·  ", "dim")


def status_content(timing: MeetingTiming, *, paused: bool = False) -> Content:
    parts: list[str | tuple[str, str]] = []
    if paused:
        parts += [(" PAUSED ", "bold reverse $warning"), "  "]
    parts += [("Elapsed ", "dim"), (short_duration(timing.elapsed), "bold"), _DOT]
    if timing.remaining >= 0:
        parts += [("Left ", "dim"), (short_duration(timing.remaining), "bold")]
    else:
        parts += [("Past plan by ", "dim"), (short_duration(-timing.remaining), "bold $error")]
    if timing.projected_end is not None:
        parts += [_DOT, ("Ends ~", "dim"), (local_time(timing.projected_end), "bold")]
    parts.append(_DOT)
    if timing.behind > ON_TIME_SLACK:
        parts.append((f"{short_duration(timing.behind)} behind", "bold $error"))
    elif timing.behind < -ON_TIME_SLACK:
        parts.append((f"{short_duration(-timing.behind)} ahead", "bold $success"))
    else:
        parts.append(("on time", "bold $success"))
    return Content.assemble(*parts)


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

    @property
    def shown(self) -> str:
        return self._content.plain

    def show(self, timing: MeetingTiming, *, paused: bool = False) -> None:
        content = status_content(timing, paused=paused)
        if show_content(self, self._content, content):
            self._content = content
