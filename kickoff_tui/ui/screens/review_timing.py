"""The review's timing: a one-line verdict and the planned-against-actual table per item."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.widgets import DataTable

from kickoff_tui.domain import timing
from kickoff_tui.domain.durations import format_clock
from kickoff_tui.domain.session import Session
from kickoff_tui.ui.screens.cells import difference_cell, plain, styled

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
    """One row per agenda item (a changed timebox shows as plan→new), then a total row."""

    def fill(self, session: Session, end: datetime) -> None:
        app = self.app
        for label, key in COLUMNS:
            self.add_column(label, key=key)
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
            self.add_row(plain(f"{index + 1:>2}"), plain(item.title), plain(shown_plan), *cells)
        self.add_row(
            plain(""),
            styled(app, "Total", bold=True),
            styled(app, format_clock(total_plan), bold=True),
            styled(app, format_clock(total_actual), bold=True),
            difference_cell(app, total_actual - total_plan),
        )
