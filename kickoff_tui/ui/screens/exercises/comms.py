"""Communication plan: for each audience a method, channel, cadence and owner; the escalation route.

Rows start from the stakeholder map (defaults from each person's quadrant); `m` cycles the
method, Enter edits a row, `a` adds a group, `l` sets who hears about problems first, and how.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from kickoff_tui.domain.exercises import COMMS_PLAN
from kickoff_tui.domain.exercises.comms import (
    METHOD_HINTS,
    METHODS,
    Audience,
    CommsPlan,
    comms_plan,
)
from kickoff_tui.ui.screens.exercises.base import ExerciseScreen, fill_table, plain, selected_key
from kickoff_tui.ui.screens.exercises.form import Field, FormScreen
from kickoff_tui.ui.screens.undo_key import undo_binding, undo_state

ESCALATION_STEPS = 3


class CommsPlanScreen(ExerciseScreen):
    EXERCISE = COMMS_PLAN
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "method", "Method"),
        Binding("e", "edit", "Edit"),
        Binding("a", "add", "Add group"),
        Binding("l", "escalation", "Escalation"),
        Binding("r", "reset", "Defaults", show=False),
        Binding("x,delete", "remove", "Remove", show=False),
        undo_binding(),
    ]

    def hint(self) -> str:
        return "push: sent · pull: looked up · interactive: meetings and calls, for decisions"

    def compose_body(self) -> ComposeResult:
        table: DataTable[Text] = DataTable(id="comms", cursor_type="row", zebra_stripes=True)
        for label in ("Audience", "Method", "Channel", "Cadence", "Owner"):
            table.add_column(label)
        yield table

    def on_mount(self) -> None:
        self.table.focus()

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#comms", DataTable)

    def state(self) -> CommsPlan:
        return comms_plan(self.meeting.session)

    def selected(self) -> Audience | None:
        return self.state().get(selected_key(self.table) or "")

    def refresh_view(self) -> None:
        state = self.state()
        rows = []
        for audience in state.audiences:
            name = audience.name + (" (group)" if audience.is_group else "")
            cells = [Text(name)]
            for key in ("method", "channel", "cadence", "owner"):
                # defaults from the map are dim until the room sets them
                cell = plain(getattr(audience, key))
                if key not in audience.changed:
                    cell.stylize("dim")
                cells.append(cell)
            rows.append((audience.name, cells))
        fill_table(self.table, rows)
        self.set_status(self._status(state))
        self.refresh_bindings()

    def _status(self, state: CommsPlan) -> Text:
        text = Text("Escalation: ", style="bold")
        if state.escalation:
            text.append(
                " → ".join(f"{s.who} ({s.how})" if s.how else s.who for s in state.escalation)
            )
        else:
            text.append(
                "not agreed yet: l sets who hears about problems first, and how", style="dim"
            )
        chosen = self.selected()
        if chosen is not None:
            text.append(f"\n{chosen.name}: {chosen.method}, {METHOD_HINTS[chosen.method]}")
            if chosen.engagement:
                text.append(f" · map: {chosen.engagement}", style="dim")
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("method", "edit", "reset", "remove"):
            return self.table.row_count > 0
        if action == "undo":
            return undo_state(self.can_undo())
        return True

    # ----- keys ----------------------------------------------------------------------------
    def action_method(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.act(lambda: self.actions.cycle_method(self.item_index, chosen.name))

    def action_edit(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        people = tuple(p.name for p in self.meeting.session.people)
        fields = [
            Field("method", "Method", chosen.method, " / ".join(METHODS), METHODS),
            Field("channel", "Channel", chosen.channel, "e.g. status email, shared board"),
            Field("cadence", "Cadence", chosen.cadence, "e.g. weekly, every sprint"),
            Field("owner", "Owner", chosen.owner, "who makes it happen", people),
        ]

        def submit(values: dict[str, str]) -> str | None:
            return self.attempt(
                lambda: self.actions.set_comms(
                    self.item_index,
                    chosen.name,
                    values["method"],
                    values["channel"],
                    values["cadence"],
                    values["owner"],
                )
            )

        self.app.push_screen(FormScreen(f"Communication with {chosen.name}", fields, submit))

    @on(DataTable.RowSelected)
    def _enter(self) -> None:
        self.action_edit()

    def action_add(self) -> None:
        def submit(values: dict[str, str]) -> str | None:
            return self.attempt(lambda: self.actions.add_audience(self.item_index, values["name"]))

        fields = [Field("name", "Group", placeholder="e.g. Steering group, Support team")]
        self.app.push_screen(FormScreen("Add an audience", fields, submit))

    def action_escalation(self) -> None:
        route = self.state().escalation
        people = tuple(p.name for p in self.meeting.session.people)
        fields: list[Field] = []
        for number in range(ESCALATION_STEPS):
            step = route[number] if number < len(route) else None
            label = "First" if number == 0 else "Then"
            fields.append(
                Field(f"who{number}", label, step.who if step else "", "who hears", people)
            )
            fields.append(
                Field(f"how{number}", "how", step.how if step else "", "e.g. phone, same day")
            )

        def submit(values: dict[str, str]) -> str | None:
            pairs = [(values[f"who{n}"], values[f"how{n}"]) for n in range(ESCALATION_STEPS)]
            return self.attempt(lambda: self.actions.set_escalation(self.item_index, pairs))

        self.app.push_screen(
            FormScreen("Escalation: who hears about problems first?", fields, submit)
        )

    def action_reset(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.act(lambda: self.actions.reset_audience(self.item_index, chosen.name))

    def action_remove(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.act(
            lambda: self.actions.remove_audience(self.item_index, chosen.name)
        ):
            self.notify(
                f"{chosen.name} taken off the plan. Press u to undo.", timeout=4, markup=False
            )
            self.refresh_bindings()
