"""ReviewScreen: after the meeting ended, read back decisions and action items, then finish.

Every decision and action item is listed for the room to confirm. What is missing or doubtful
(no owner, no due date, an owner who is not in the meeting, a date that was not understood) is
flagged in its own cell and counted at the top; `n` jumps to the next one, `e` fixes it in place
(LiveMeeting.edit re-reads @owner and the due date). Planned against actual time per item sits
below. `f` finishes: the session is closed, the minutes are written, MeetingFinished goes up.
`b` goes back to the meeting (journaled as meeting_reopened), so ending by mistake costs nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Input, Static

from kickoff_tui.cells_text import NAME_CELLS, TITLE_CELLS
from kickoff_tui.domain.payloads import EntryKind
from kickoff_tui.domain.session import Entry
from kickoff_tui.errors import KickoffError
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.messages import MeetingFinished
from kickoff_tui.ui.screens.cells import plain, styled
from kickoff_tui.ui.screens.confirm import ConfirmScreen
from kickoff_tui.ui.screens.journaled import journaled
from kickoff_tui.ui.screens.next_meeting import next_meeting_label
from kickoff_tui.ui.screens.review_css import REVIEW_CSS
from kickoff_tui.ui.screens.review_timing import TimingTable, time_summary
from kickoff_tui.ui.screens.review_widgets import EditInput, ReadBackTable
from kickoff_tui.ui.screens.undo_key import undo_binding, undo_state
from kickoff_tui.ui.widgets.formatting import due_text
from kickoff_tui.ui.widgets.key_footer import KeyFooter
from kickoff_tui.ui.widgets.text_label import TextLabel
from kickoff_tui.unsaved import Unsaved, capture_unsaved

WIDE = 120  # columns from which the read-back and the timing sit side by side
READ_BACK_KINDS: tuple[EntryKind, ...] = ("decision", "action")
# what the footer keeps on a short line, most important first (`?` help always stays)
REVIEW_FOOTER_IMPORTANCE = ("finish", "back_to_meeting", "edit", "next_flagged", "undo")


def entry_problems(entry: Entry) -> tuple[str, str]:
    """(owner problem, due problem), '' when fine. Only action items must have both."""
    owner = due = ""
    if entry.owner and not entry.owner_known:
        owner = f"@{entry.owner}?"
    elif entry.kind == "action" and not entry.owner:
        owner = "no owner"
    if entry.due_invalid:
        due = f"'{entry.due_text}'?"
    elif entry.kind == "action" and not entry.due:
        due = "no date"
    return owner, due


def write_minutes(meeting: LiveMeeting, target: Path | str | None) -> Path:
    """The one place the review writes minutes; raises ExportError with a one-line reason."""
    from kickoff_tui.storage.export import export_minutes  # deferred: not needed to start up

    return export_minutes(meeting.session, target).path


class ReviewScreen(Screen[None]):
    HELP_TITLE = "Review"

    DEFAULT_CSS = REVIEW_CSS

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", "Edit", tooltip="Edit the highlighted entry (@owner, due date)"),
        Binding("n", "next_flagged", "Next flagged", tooltip="Go to the next flagged entry"),
        Binding("f", "finish", "Finish", tooltip="Finish the meeting and write the minutes"),
        Binding("delete,x", "delete", "Delete", tooltip="Delete the entry (u brings it back)"),
        undo_binding(show=True),
        Binding("b", "back_to_meeting", "Back to meeting", tooltip="Carry on with the meeting"),
    ]

    def __init__(self, meeting: LiveMeeting, minutes_target: Path | str | None = None) -> None:
        super().__init__()
        self.meeting = meeting
        self.minutes_target = minutes_target
        self.editing: str | None = None  # id of the entry being edited

    # ----- layout -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        title = self.meeting.session.agenda.meeting.title
        with Vertical(id="review-head"):
            yield TextLabel(f"Review · {title}", cut=True, id="review-title")
            yield Static(time_summary(self.meeting.session, self._end()), id="review-time")
            yield Static("", id="review-flags")
            yield next_meeting_label(self.meeting.session)
        with Horizontal(id="review-body"):
            with Vertical(id="read-back-pane", classes="pane"):
                yield Static(
                    "Decisions and action items", id="read-back-title", classes="pane-title"
                )
                yield ReadBackTable(id="read-back", cursor_type="row", zebra_stripes=True)
                yield Static("Nothing was decided or assigned.", id="read-back-empty")
                with Vertical(id="edit-bar"):
                    # no select-on-focus: a keystroke must not wipe the text being corrected
                    yield EditInput(id="edit-input", compact=True, select_on_focus=False)
                    yield Static("", id="edit-hint")
            with Vertical(id="timing-pane", classes="pane"):
                yield Static("Time per item: planned and actual", classes="pane-title")
                yield TimingTable(id="timing", cursor_type="row", show_cursor=False)
        yield KeyFooter(importance=REVIEW_FOOTER_IMPORTANCE)

    def _edit_hint(self, ref: str) -> Text:
        return Text.assemble(
            (f"Editing {ref}", "bold"),
            " · @name owner · due 2026-12-01, fri, +3d · Enter save · Esc cancel",
        )

    def _end(self) -> datetime:
        """When the meeting's time stopped: its end, or now for one still running."""
        return self.meeting.session.ended_at or self.meeting.clock.now()

    def on_mount(self) -> None:
        self._fill_read_back()
        self.query_one(TimingTable).fill(self.meeting.session, self._end())
        self.query_one(ReadBackTable).focus()

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width >= WIDE, "-wide")

    # ----- read-back --------------------------------------------------------------------
    def read_back(self) -> list[Entry]:
        """Decisions first, then action items, each in the order they were captured."""
        s = self.meeting.session
        return [e for kind in READ_BACK_KINDS for e in s.entries_of(kind)]

    def flagged(self) -> list[Entry]:
        return [e for e in self.read_back() if any(entry_problems(e))]

    def _refs(self) -> dict[str, str]:
        refs: dict[str, str] = {}
        counts = dict.fromkeys(READ_BACK_KINDS, 0)
        for entry in self.read_back():
            counts[entry.kind] += 1
            refs[entry.id] = f"{entry.kind[0].upper()}{counts[entry.kind]}"
        return refs

    def _fill_read_back(self, keep: str | None = None) -> None:
        table = self.query_one(ReadBackTable)
        current = keep or self.selected_id()
        if not table.columns:
            table.add_column("Ref", key="ref")
            table.add_column("What", key="what")
            table.add_column("Owner", key="owner")
            table.add_column("Due", key="due")
        table.clear()
        refs = self._refs()
        entries = self.read_back()
        for entry in entries:
            table.add_row(*self._entry_cells(entry, refs[entry.id]), key=entry.id)
        ids = [e.id for e in entries]
        if current in ids:
            table.move_cursor(row=ids.index(current))
        table.display = bool(entries)
        self.query_one("#read-back-empty").display = not entries
        decisions = sum(1 for e in entries if e.kind == "decision")
        self.query_one("#read-back-title", Static).update(
            f"Decisions ({decisions}) and action items ({len(entries) - decisions})"
        )
        self._update_flag_line()

    def _entry_cells(self, entry: Entry, ref: str) -> list[Text]:
        owner_problem, due_problem = entry_problems(entry)
        app = self.app
        kind_role = "success" if entry.kind == "decision" else "accent"
        if owner_problem:
            owner = styled(app, f"⚠ {owner_problem}", "warning", bold=True)
        else:
            owner = (
                plain(entry.owner, most=NAME_CELLS) if entry.owner else styled(app, "—", "muted")
            )
        if due_problem:
            due = styled(app, f"⚠ {due_problem}", "warning", bold=True)
        else:
            due = plain(due_text(entry.due)) if entry.due else styled(app, "—", "muted")
        what = plain(entry.body or entry.text, most=TITLE_CELLS)
        return [styled(app, ref, kind_role, bold=True), what, owner, due]

    def _update_flag_line(self) -> None:
        line = self.query_one("#review-flags", Static)
        count = len(self.flagged())
        if count:
            noun = "entry needs" if count == 1 else "entries need"
            line.update(f"⚠ {count} {noun} an owner or a due date · n next · e fix")
        else:
            line.update("✓ Every action item has an owner and a due date")
        line.set_class(bool(count), "-flagged")

    def selected_id(self) -> str | None:
        table = self.query_one(ReadBackTable)
        entries = self.read_back()
        if not entries or table.row_count == 0:
            return None
        return entries[min(table.cursor_row, len(entries) - 1)].id

    # ----- actions ----------------------------------------------------------------------
    def action_edit(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            return
        self.editing = entry_id
        field = self.query_one(EditInput)
        field.value = self.meeting.session.entries[entry_id].text
        field.cursor_position = len(field.value)
        self.query_one("#edit-hint", Static).update(self._edit_hint(self._refs()[entry_id]))
        self.query_one("#edit-bar").add_class("-editing")
        field.focus()

    def unsaved(self) -> list[Unsaved]:
        """An edit typed but not saved (the app asks on quitting; see unsaved.py)."""
        if self.editing is None:
            return []
        entry = self.meeting.session.entries[self.editing]
        return capture_unsaved(
            self.meeting.session, entry.kind, self.query_one(EditInput).value, self.editing
        )

    def action_cancel_edit(self) -> None:
        self.editing = None
        self.query_one("#edit-bar").remove_class("-editing")
        self.query_one(ReadBackTable).focus()

    @on(Input.Submitted, "#edit-input")
    def _save_edit(self, event: Input.Submitted) -> None:
        event.stop()
        entry_id, text = self.editing, event.value.strip()
        if entry_id is None:
            return
        if not text:
            self.notify(
                "An entry needs some text; Esc keeps it as it was.",
                severity="warning",
                markup=False,
            )
            return
        if not journaled(self, lambda: self.meeting.edit(entry_id, text)):
            return  # the input stays open with what was typed, so nothing is lost
        self.action_cancel_edit()
        self._fill_read_back(keep=entry_id)

    def action_next_flagged(self) -> None:
        flagged = {e.id for e in self.flagged()}
        entries = self.read_back()
        if not flagged:
            self.notify("Nothing is flagged.", markup=False)
            return
        table = self.query_one(ReadBackTable)
        start = table.cursor_row if table.row_count else -1
        order = list(range(start + 1, len(entries))) + list(range(0, start + 1))
        for row in order:
            if entries[row].id in flagged:
                table.move_cursor(row=row)
                table.focus()
                return

    def action_delete(self) -> None:
        entry_id = self.selected_id()
        if entry_id is None:
            return
        if not journaled(self, lambda: self.meeting.delete(entry_id)):
            return
        self._fill_read_back()
        self.refresh_bindings()  # u applies now
        self.notify("Deleted. Press u to undo.", markup=False)

    def action_undo(self) -> None:
        undone: list[str | None] = []
        if not journaled(self, lambda: undone.append(self.meeting.undo_delete())):
            return
        if undone[0] is not None:  # None: nothing left (the key is off then)
            self._fill_read_back(keep=undone[0])
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":
            return undo_state(self.meeting.can_undo_delete())
        if action == "back_to_meeting":
            return not self.meeting.session.finished  # the minutes are final once finished
        return True

    async def action_back_to_meeting(self) -> None:
        if journaled(self, self.meeting.reopen):
            await self.app.run_action("show_state")  # the app shows the item screen again

    def action_finish(self) -> None:
        if self.meeting.session.finished:
            self._finish(True)  # finished already; the minutes failed last time, so retry
            return
        count = len(self.flagged())
        detail = (
            f"{count} {'entry is' if count == 1 else 'entries are'} still flagged; "
            "they go into the minutes as they are."
            if count
            else "The minutes are written next."
        )
        self.app.push_screen(
            ConfirmScreen(
                "Finish the meeting?", detail, yes="Finish", no="Keep reviewing", destructive=True
            ),
            self._finish,
        )

    def _finish(self, confirmed: bool | None) -> None:
        if not confirmed:
            return
        if not journaled(self, self.meeting.finish):
            return
        try:
            path = write_minutes(self.meeting, self.minutes_target)
        except (KickoffError, OSError) as exc:
            self.notify(
                f"Minutes not written: {exc}. Press f to try again.",
                severity="error",
                title="Minutes",
                markup=False,
                timeout=30,
            )
            return
        self.notify(f"Minutes written to {path}", title="Finished", timeout=15, markup=False)
        self.post_message(MeetingFinished(str(path)))
