"""The review's timing: a one-line verdict and the planned-against-actual table per item."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.events import Resize
from textual.widgets import DataTable

from kickoff_tui.cells_text import TITLE_CELLS, cell_width
from kickoff_tui.domain import timing
from kickoff_tui.domain.durations import format_clock
from kickoff_tui.domain.session import Session
from kickoff_tui.ui.screens.cells import difference_cell, plain, styled

TITLE_MIN = 12  # narrower than this, the table scrolls sideways instead
COLUMNS = (("#", "n"), ("Item", "title"), ("Plan", "plan"), ("Actual", "actual"), ("Diff", "diff"))


def time_summary(session: Session, end: datetime) -> Text:
    """`Items ran 52:30 against 45:00 planned (7:30 over)`."""
    if session.started_at is None:
        return Text("The meeting was never started.")
    actual = sum(timing.item_elapsed(session, i, end) for i in range(len(session.agenda.items)))
    planned = session.agenda.planned_seconds
    gap = actual - planned
    verdict = (
        "on time"
        if abs(gap) < 60
        else f"{format_clock(abs(gap))} " + ("over" if gap > 0 else "under")
    )
    return Text(
        f"Items ran {format_clock(actual)} against {format_clock(planned)} planned ({verdict})"
    )


class TimingTable(DataTable[Text]):
    """One row per agenda item (a changed timebox shows as plan→new), then a total row.

    The titles are cut with "…" to what the figures leave of the table's width, and again
    when it resizes, so a 500-letter title never pushes Plan, Actual and Diff out of sight.
    """

    _filled: tuple[Session, datetime] | None = None  # what fill() was given

    def fill(self, session: Session, end: datetime) -> None:
        self._filled = (session, end)
        self._fill_for_width()

    def on_resize(self, event: Resize) -> None:
        self._fill_for_width()

    def _fill_for_width(self) -> None:
        if self._filled is None:
            return
        session, end = self._filled
        app = self.app
        self.clear(columns=True)
        for label, key in COLUMNS:
            self.add_column(label, key=key)
        rows: list[list[Text]] = []
        total_plan = total_actual = 0.0
        for index, item in enumerate(session.agenda.items):
            plan = item.timebox
            total_plan += plan
            shown_plan = format_clock(plan)
            if session.timebox(index) != plan:
                shown_plan += f"→{format_clock(session.timebox(index))}"
            if index in session.visited:
                actual = timing.item_elapsed(session, index, end)
                total_actual += actual
                cells = [plain(format_clock(actual)), difference_cell(app, actual - plan)]
            else:
                cells = [styled(app, "—", "muted"), styled(app, "skipped", "muted")]
            rows.append([plain(f"{index + 1:>2}"), Text(item.title), plain(shown_plan), *cells])
        total = [
            plain(""),
            styled(app, "Total", bold=True),
            styled(app, format_clock(total_plan), bold=True),
            styled(app, format_clock(total_actual), bold=True),
            difference_cell(app, total_actual - total_plan),
        ]
        most = self._title_room([*rows, total])
        for row in rows:
            row[1] = plain(row[1].plain, most=most)
            self.add_row(*row)
        self.add_row(*total)

    def _title_room(self, rows: list[list[Text]]) -> int:
        """Cells the title column may take: the width less the other columns and padding."""
        if not self.size.width:
            return TITLE_CELLS
        others = sum(
            max(cell_width(label), *(row[column].cell_len for row in rows))
            for column, (label, _) in enumerate(COLUMNS)
            if column != 1
        )
        padding = 2 * self.cell_padding * len(COLUMNS) + 1  # and a cell for a scrollbar
        return max(TITLE_MIN, min(TITLE_CELLS, self.size.width - others - padding))
