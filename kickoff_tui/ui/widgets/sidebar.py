"""The agenda at a glance: done items with actual against planned, the current one, what is next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from textual.content import Content
from textual.widget import Widget

from kickoff_tui.domain import timing
from kickoff_tui.domain.session import Session
from kickoff_tui.ui.widgets.formatting import short_duration
from kickoff_tui.ui.widgets.text_label import cut_content


@dataclass(frozen=True)
class SidebarRow:
    mark: str
    title: str
    figure: str  # "12:03/10:00" for done and current items, the timebox for upcoming ones
    style: str  # style of the whole row
    figure_style: str


def sidebar_rows(session: Session, now: datetime) -> list[SidebarRow]:
    rows = []
    digits = len(str(len(session.agenda.items)))
    for index, item in enumerate(session.agenda.items):
        state = timing.item_state(session, index)
        planned = session.timebox(index)
        title = f"{index + 1:>{digits}}. {item.title}"
        if state == "upcoming":
            rows.append(SidebarRow(" ", title, short_duration(planned), "dim", "dim"))
            continue
        spent = timing.item_elapsed(session, index, now)
        over = spent > planned
        figure = f"{short_duration(spent)}/{short_duration(planned)}"
        figure_style = "bold $error" if over else ("$success" if state == "done" else "bold")
        if state == "current":
            rows.append(SidebarRow("▶", title, figure, "bold $accent", figure_style))
        else:
            rows.append(SidebarRow("✓", title, figure, "", figure_style))
    return rows


class AgendaSidebar(Widget):
    DEFAULT_CSS = """
    AgendaSidebar {
        width: 24%;
        min-width: 32;
        max-width: 50;
        height: 1fr;
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[SidebarRow] = []

    @property
    def rows(self) -> list[SidebarRow]:
        return self._rows

    def show(self, session: Session, now: datetime) -> None:
        rows = sidebar_rows(session, now)
        if rows != self._rows:
            self._rows = rows
            self.refresh()

    def render(self) -> Content:
        width = max(10, self.content_size.width)
        lines = []
        for row in self._rows:
            figure = Content.styled(row.figure, row.figure_style)
            room = max(1, width - 2 - figure.cell_length - 1)
            title = cut_content(Content(row.title), room)
            title = title.pad_right(room - title.cell_length)
            lines.append(
                Content.assemble((row.mark + " ", row.style), title.stylize(row.style), " ", figure)
            )
        return Content("\n").join(lines)
