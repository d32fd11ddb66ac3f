"""LobbyScreen: before the start. The agenda as prepared, and the roll call.

The roll call marks each person present / absent / late (the cursor moves on, so a room is
done in a few keystrokes) and adds anyone who was not on the agenda. `space` starts the
meeting, and the item screen is up before the next key counts (see action_start).

The lobby is the first frame of `kickoff run`, so it is built from few, light widgets: both
tables are LineTables (lines laid out here), not DataTables, which cost about a third of a bare
Textual app's start-up to import, style and draw. They are filled in on_mount, for the
terminal's width, so the first frame is whole.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Static

from kickoff_tui.cells_text import NAME_CELLS, fit
from kickoff_tui.domain.agenda import Person
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.messages import MeetingStarted
from kickoff_tui.ui.screens.cells import plain, styled
from kickoff_tui.ui.screens.journaled import journaled
from kickoff_tui.ui.widgets.key_footer import KeyFooter
from kickoff_tui.ui.widgets.line_table import LineTable, TableColumns
from kickoff_tui.ui.widgets.text_label import TextLabel

WIDE = 110  # columns from which agenda and roll call sit side by side
UNMARKED = ""
STATUS_CYCLE = ("present", "late", "absent")
STATUS_LOOK = {
    "present": ("✓ present", "success"),
    "late": ("◷ late", "warning"),
    "absent": ("✗ absent", "error"),
    UNMARKED: ("· not yet", "muted"),
}
STATUS_WIDTH = max(len(label) for label, _ in STATUS_LOOK.values())
# the most cells a name, role or side takes in a table: a 500-character name is cut with "…"
# and leaves the agenda beside the roll call its room
NAME_MOST = NAME_CELLS
NAME_MOST_NARROW = 22  # under WIDE columns the agenda's titles need the room more
ROLE_MOST = 24
SIDE_MOST = 10
MARK = Binding.Group("Mark")
# the actions of this screen, refused once the meeting has started (see check_action)
LOBBY_ACTIONS = {"start", "add_person", "mark", "cycle", "all_present"}
# what the footer keeps on a short line, most important first (`?` help always stays)
LOBBY_FOOTER_IMPORTANCE = ("start", "cycle", "mark", "quit", "add_person", "all_present")


class RollCallTable(LineTable):
    """The roll call, one line per person; Enter cycles the highlighted person's status."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Not "screen.cycle": "screen" means the app's top screen, and the lobby stays below
        # the item screen once the meeting runs.
        Binding(
            "enter",
            "cycle",
            "Cycle",
            key_display="⏎",
            tooltip="Cycle the highlighted person: present, late, absent",
        ),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(cursor=True, zebra=True, id=id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cycle":
            return self.screen.check_action(action, parameters)
        return True

    def action_cycle(self) -> None:
        lobby = self.screen
        if isinstance(lobby, LobbyScreen):
            lobby.action_cycle()


class LobbyScreen(Screen[None]):
    HELP_TITLE = "Lobby"

    DEFAULT_CSS = """
    LobbyScreen {
        layout: vertical;
    }
    LobbyScreen #lobby-head {
        height: auto;
        padding: 0 1;
        background: $boost;
    }
    /* one line each, cut with "…" (TextLabel cut=True needs a width that is not auto) */
    LobbyScreen #lobby-title, LobbyScreen #lobby-client, LobbyScreen #lobby-roles {
        width: 100%;
    }
    LobbyScreen #lobby-title {
        text-style: bold;
        color: $accent;
    }
    LobbyScreen #lobby-goal {
        max-height: 3;
    }
    LobbyScreen #lobby-roles {
        color: $text-muted;
        display: none;
    }
    LobbyScreen.-wide #lobby-roles {
        display: block;
    }
    LobbyScreen #lobby-body {
        layout: horizontal;
        height: 1fr;
    }
    LobbyScreen .pane {
        width: 1fr;
        height: 100%;
        padding: 0 1;
    }
    LobbyScreen #roll-pane {
        width: auto;
    }
    LobbyScreen.-wide #roll-pane {
        width: 1fr;
    }
    /* docked, so a table's max-height of 1fr is what the title leaves it */
    LobbyScreen .pane-title {
        dock: top;
        text-style: bold;
        background: $primary 30%;
        padding: 0 1;
    }
    LobbyScreen LineTable {
        max-height: 1fr;
        overflow-x: hidden;
    }
    LobbyScreen #roll-pane LineTable {
        width: auto;
    }
    LobbyScreen #roll-summary {
        height: auto;
        padding: 0 1;
        color: $text-muted;
    }
    LobbyScreen #length-warning {
        text-style: bold;
        color: $warning;
    }
    """

    # Marking keys live on the screen so they work whichever pane has focus.
    BINDINGS: ClassVar[list[BindingType]] = [
        # priority: the app runs it before it routes the next key (see action_start)
        Binding(
            "space",
            "start",
            "Start",
            key_display="space",
            tooltip="Start the meeting",
            priority=True,
        ),
        Binding("n", "add_person", "Add person", tooltip="Add someone who was not on the agenda"),
        Binding("p", "mark('present')", "Present", group=MARK, tooltip="Mark present, go down"),
        Binding("a", "mark('absent')", "Absent", group=MARK, tooltip="Mark absent, go down"),
        Binding("l", "mark('late')", "Late", group=MARK, tooltip="Mark late, go down"),
        Binding(
            "P",
            "all_present",
            "All present",
            key_display="P",
            tooltip="Mark everyone not marked yet as present",
        ),
    ]

    def __init__(self, meeting: LiveMeeting) -> None:
        super().__init__()
        self.meeting = meeting

    # ----- layout -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        m = self.meeting.session.agenda.meeting
        with Vertical(id="lobby-head"):
            yield TextLabel(m.title, cut=True, id="lobby-title")
            yield TextLabel(self._subtitle(), cut=True, id="lobby-client")
            if m.goal:
                yield Static(Text.assemble(("Goal  ", "bold"), m.goal), id="lobby-goal")
            yield TextLabel(self._roles(), cut=True, id="lobby-roles")
            warning = self._length_warning()
            if warning:
                yield Static(warning, id="length-warning")
        with Horizontal(id="lobby-body"):
            with Vertical(id="agenda-pane", classes="pane"):
                yield Static("Agenda", id="agenda-title", classes="pane-title")
                yield LineTable(id="agenda")  # focusable: a long agenda scrolls with the arrows
            with Vertical(id="roll-pane", classes="pane"):
                yield Static("Roll call", id="roll-title", classes="pane-title")
                yield RollCallTable(id="roll-call")
                yield Static("", id="roll-summary")
        yield KeyFooter(importance=LOBBY_FOOTER_IMPORTANCE)

    def _subtitle(self) -> str:
        s = self.meeting.session
        m = s.agenda.meeting
        when = m.date or (s.meeting_date.isoformat() if s.meeting_date else "")
        return " · ".join(part for part in (m.client, m.project, when) if part)

    def _length_warning(self) -> Text:
        """Empty when the items add up to the planned length (or no length was planned)."""
        agenda = self.meeting.session.agenda
        planned, length = agenda.planned_seconds, agenda.meeting.length
        if not length or length == planned:
            return Text("")
        gap = planned - length
        return Text(
            f"⚠ The items add up to {format_duration(planned)}; the meeting is planned for "
            f"{format_duration(length)} ({format_duration(abs(gap))} "
            f"{'over' if gap > 0 else 'under'})."
        )

    def _roles(self) -> Content:
        m = self.meeting.session.agenda.meeting
        roles = [("Facilitator", m.facilitator), ("Notes", m.note_taker), ("Time", m.timekeeper)]
        parts: list[str | tuple[str, str]] = []
        for label, name in roles:
            if name:
                # a 500-character facilitator would push the others off: each name is cut
                parts += [(f"{label} ", "bold"), fit(name, NAME_MOST), "   "]
        return Content.assemble(*parts)

    def on_mount(self) -> None:
        self._lay_out(self.app.size.width >= WIDE)
        self.query_one(RollCallTable).focus()

    def on_resize(self, event: Resize) -> None:
        wide = event.size.width >= WIDE
        if wide != self.has_class("-wide"):
            self._lay_out(wide)

    def _lay_out(self, wide: bool) -> None:
        """Fill both tables; owners and roles only when there is room for them."""
        self.set_class(wide, "-wide")
        self._fill_agenda(wide)
        self._fill_roll_call()

    def _fill_agenda(self, wide: bool) -> None:
        """The agenda as prepared."""
        agenda = self.meeting.session.agenda
        # the title is the last column but the owner: a long title is cut, not the time
        columns = TableColumns(
            ["#", "Time", "Item", *(["Owner"] if wide else [])],
            max_widths=[None, None, None, *([NAME_MOST] if wide else [])],
            flex=2,
        )
        rows = [
            [
                plain(f"{index + 1:>2}"),
                plain(f"{format_duration(item.timebox):>5}"),
                plain(item.title),
                *([plain(item.owner)] if wide else []),
            ]
            for index, item in enumerate(agenda.items)
        ]
        self.query_one("#agenda", LineTable).set_rows(columns, rows)
        count = len(agenda.items)
        self.query_one("#agenda-title", Static).update(
            f"Agenda · {count} item{'s' if count != 1 else ''} · "
            f"{format_duration(agenda.planned_seconds)}"
        )

    def _fill_roll_call(self, keep: str | None = None) -> None:
        """Redraw every row; the highlighted person stays highlighted (or `keep` is)."""
        roll = self.query_one(RollCallTable)
        names = [p.name for p in self.meeting.session.people]
        current = keep if keep is not None else self.selected_name()
        roll.set_rows(self._roll_columns(), self._roll_rows())
        roll.cursor_row = names.index(current) if current in names else 0
        self._update_roll_title()

    def _roll_columns(self) -> TableColumns:
        wide = self.has_class("-wide")
        return TableColumns(
            ["Status", "Name", *(["Role"] if wide else []), "Side"],
            min_widths=[STATUS_WIDTH],
            max_widths=[
                None,
                NAME_MOST if wide else NAME_MOST_NARROW,
                *([ROLE_MOST] if wide else []),
                SIDE_MOST,
            ],
            flex=1,
        )

    def _roll_rows(self) -> list[list[Text]]:
        return [self._person_cells(person) for person in self.meeting.session.people]

    def _person_cells(self, person: Person) -> list[Text]:
        label, role = STATUS_LOOK[self.meeting.session.attendance.get(person.name, UNMARKED)]
        cells = [styled(self.app, label, role, bold=True), plain(person.name)]
        if self.has_class("-wide"):
            cells.append(plain(person.role))
        return [*cells, plain(person.side)]

    def _update_roll_title(self) -> None:
        s = self.meeting.session
        counts = {status: 0 for status in STATUS_LOOK}
        for person in s.people:
            counts[s.attendance.get(person.name, UNMARKED)] += 1
        parts = [f"{counts['present']} present"]
        parts += [f"{counts[k]} {k}" for k in ("late", "absent") if counts[k]]
        if counts[UNMARKED]:
            parts.append(f"{counts[UNMARKED]} not marked yet")
        count = len(s.people)
        self.query_one("#roll-title", Static).update(
            f"Roll call · {count} {'person' if count == 1 else 'people'}"
        )
        self.query_one("#roll-summary", Static).update(" · ".join(parts))

    # ----- actions ----------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Once the meeting has started, keys that were typed after `space` (and reach this
        # screen before the item screen shows) must not mark, add or start anything here.
        return not (action in LOBBY_ACTIONS and self.meeting.session.started)

    def selected_name(self) -> str | None:
        roll = self.query_one(RollCallTable)
        people = self.meeting.session.people
        if not people or roll.row_count == 0:
            return None
        return people[min(roll.cursor_row, len(people) - 1)].name

    def _set_status(self, name: str, status: str) -> bool:
        if not journaled(self, lambda: self.meeting.set_attendance(name, status)):
            return False
        # the status column is as wide as the widest status, so only this line changes
        index = [p.name for p in self.meeting.session.people].index(name)
        person = self.meeting.session.people[index]
        self.query_one(RollCallTable).replace_row(index, self._person_cells(person))
        self._update_roll_title()
        return True

    def action_mark(self, status: str) -> None:
        name = self.selected_name()
        if name is not None and self._set_status(name, status):
            self.query_one(RollCallTable).action_cursor_down()

    def action_cycle(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        now = self.meeting.session.attendance.get(name, UNMARKED)
        following = STATUS_CYCLE[(STATUS_CYCLE.index(now) + 1) % 3] if now else "present"
        self._set_status(name, following)

    def action_all_present(self) -> None:
        s = self.meeting.session
        for person in s.people:
            if person.name not in s.attendance and not self._set_status(person.name, "present"):
                return

    def action_add_person(self, draft: Person | None = None) -> None:
        from kickoff_tui.ui.screens.person_form import PersonFormScreen  # not on the first frame

        names = [p.name for p in self.meeting.session.people]
        self.app.push_screen(PersonFormScreen(names, draft), self._person_entered)

    def _person_entered(self, person: Person | None) -> None:
        if person is None:
            return
        add = self.meeting.add_person
        if not journaled(self, lambda: add(person.name, person.role, person.side, person.type)):
            self.action_add_person(person)  # reopen with what was typed
            return
        self._fill_roll_call(keep=person.name)
        self.query_one(RollCallTable).focus()

    async def action_start(self) -> None:
        if not journaled(self, self.meeting.start):
            return
        self.post_message(MeetingStarted())
        # Keys typed straight after `space` are queued behind it, ahead of that message. Run as
        # a priority key, this action holds them until the app shows the item screen, so they
        # reach it rather than this roll call (an app without `show_state` just gets the message).
        await self.run_action("app.show_state")
