"""Communication plan: for each audience a method, channel, cadence and owner; the escalation route.

Rows start from the stakeholder map (defaults from each person's quadrant); `m` cycles the
method, Enter edits a row, `a` adds a group, `l` sets who hears about problems first, and how.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from kickoff_tui.domain.exercises import COMMS_PLAN
from kickoff_tui.domain.exercises.comms import (
    METHOD_HINTS,
    METHODS,
    Audience,
    CommsPlan,
    comms_plan,
)
from kickoff_tui.ui.screens.exercises.form import Field
from kickoff_tui.ui.screens.exercises.table import REMOVE_KEYS, Cells, TableExerciseScreen, plain

ESCALATION_STEPS = 3


class CommsPlanScreen(TableExerciseScreen[Audience]):
    EXERCISE = COMMS_PLAN
    TABLE_ID = "comms"
    COLUMNS = ("Audience", "Method", "Channel", "Cadence", "Owner")
    ROW_ACTIONS = frozenset({"method", "edit", "reset"})
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "method", "Method"),
        Binding("e", "edit", "Edit"),
        Binding("a", "add", "Add group"),
        Binding("l", "escalation", "Escalation"),
        Binding("r", "reset", "Defaults", show=False),
        *REMOVE_KEYS,
    ]

    def hint(self) -> str:
        return "push: sent · pull: looked up · interactive: meetings and calls, for decisions"

    def state(self) -> CommsPlan:
        return comms_plan(self.meeting.session)

    def rows(self, state: CommsPlan) -> list[tuple[str, Cells]]:
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
        return rows

    def status(self, state: CommsPlan) -> Text:
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

    # ----- keys ----------------------------------------------------------------------------
    def action_method(self) -> None:
        self.act_on_selected(lambda row: self.actions.cycle_method(self.item_index, row.name))

    def action_edit(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        fields = [
            Field("method", "Method", chosen.method, " / ".join(METHODS), METHODS),
            Field("channel", "Channel", chosen.channel, "e.g. status email, shared board"),
            Field("cadence", "Cadence", chosen.cadence, "e.g. weekly, every sprint"),
            Field("owner", "Owner", chosen.owner, "who makes it happen", self.people()),
        ]
        self.ask(
            f"Communication with {chosen.name}",
            fields,
            lambda values: self.actions.set_comms(
                self.item_index,
                chosen.name,
                values["method"],
                values["channel"],
                values["cadence"],
                values["owner"],
            ),
        )

    def action_add(self) -> None:
        self.ask(
            "Add an audience",
            [Field("name", "Group", placeholder="e.g. Steering group, Support team")],
            lambda values: self.actions.add_audience(self.item_index, values["name"]),
        )

    def action_escalation(self) -> None:
        route = self.state().escalation
        fields: list[Field] = []
        for number in range(ESCALATION_STEPS):
            step = route[number] if number < len(route) else None
            label = "First" if number == 0 else "Then"
            fields.append(
                Field(f"who{number}", label, step.who if step else "", "who hears", self.people())
            )
            fields.append(
                Field(f"how{number}", "how", step.how if step else "", "e.g. phone, same day")
            )

        def save(values: dict[str, str]) -> None:
            pairs = [(values[f"who{n}"], values[f"how{n}"]) for n in range(ESCALATION_STEPS)]
            self.actions.set_escalation(self.item_index, pairs)

        self.ask("Escalation: who hears about problems first?", fields, save)

    def action_reset(self) -> None:
        self.act_on_selected(lambda row: self.actions.reset_audience(self.item_index, row.name))

    def remove_row(self, row: Audience) -> None:
        self.actions.remove_audience(self.item_index, row.name)

    def removed_notice(self, row: Audience) -> str:
        return f"{row.name} taken off the plan."
