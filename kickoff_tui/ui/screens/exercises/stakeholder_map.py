"""The power × proximity map: everyone on a grid, moved with the arrow keys, every move journaled.

Power runs top (high) to bottom (low); proximity to the project runs left (core) to right (far).
Each cell is labelled with its engagement; the powerful-and-far cell is called out, because
those people can derail the project late. Attitude and prepared notes stay hidden until `i`
(the client may be watching).
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from kickoff_tui.cells_text import NAME_CELLS, fit
from kickoff_tui.domain.agenda import SIDES
from kickoff_tui.domain.exercises import STAKEHOLDER_MAP
from kickoff_tui.domain.exercises.stakeholders import (
    ADVICE,
    Register,
    Stakeholder,
    notes_about,
    register,
)
from kickoff_tui.exercise_actions import POWER_ROWS, PROXIMITY_COLUMNS
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.screens.exercises.base import ExerciseScreen
from kickoff_tui.ui.screens.exercises.form import Field, FormScreen
from kickoff_tui.ui.screens.exercises.power_grid import power_grid
from kickoff_tui.ui.screens.undo_key import undo_binding, undo_state


class StakeholderMapScreen(ExerciseScreen):
    EXERCISE = STAKEHOLDER_MAP
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab,j", "select(1)", "Next", key_display="tab"),
        Binding("shift+tab,k", "select(-1)", "Previous person", show=False),
        Binding("up", "move(1, 0)", "More power", show=False),
        Binding("down", "move(-1, 0)", "Less power", show=False),
        Binding("left", "move(0, -1)", "Closer", show=False),
        Binding("right", "move(0, 1)", "Further", show=False),
        Binding("a", "add", "Add"),
        Binding("e,enter", "edit", "Edit"),
        Binding("t", "attitude", "Attitude"),
        Binding("s", "note", "Note"),
        Binding("x,delete", "remove", "Remove"),
        undo_binding(),
        Binding("i", "private", "Private"),
    ]
    DEFAULT_CSS = """
    StakeholderMapScreen #map-scroll { height: 1fr; }
    StakeholderMapScreen #map { width: 100%; }
    """

    def __init__(self, meeting: LiveMeeting, item_index: int) -> None:
        super().__init__(meeting, item_index)
        self.selected: str | None = None
        self.show_private = False

    def hint(self) -> str:
        return "tab picks a person · arrows move them: ↑ more power, → further away"

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="map-scroll", can_focus=False):
            yield Static("", id="map")

    # ----- what is shown -------------------------------------------------------------------
    def ordered(self, found: Register) -> list[Stakeholder]:
        """Reading order on the map: row by row, cell by cell, then those not yet placed."""
        people = [
            p for power in POWER_ROWS for prox in PROXIMITY_COLUMNS for p in found.at(power, prox)
        ]
        return people + found.unplaced

    def refresh_view(self) -> None:
        found = register(self.meeting.session)
        people = self.ordered(found)
        names = [p.name for p in people]
        if self.selected not in names:
            self.selected = names[0] if names else None
        self.query_one("#map", Static).update(self.render_map(found))
        self.set_status(self.details(found))
        self.refresh_bindings()

    def render_map(self, found: Register) -> Group:
        table = power_grid(
            lambda power, proximity: [self._person_label(p) for p in found.at(power, proximity)]
        )
        parts: list[Table | Text] = [table]
        if found.unplaced:
            line = Text("Not placed yet (an arrow places them): ", style="bold")
            for position, person in enumerate(found.unplaced):
                if position:
                    line.append(", ")
                line.append_text(self._person_label(person, pad=False))
            parts.append(line)
        if not found.stakeholders:
            parts.append(Text("Nobody on the map yet: press a to add someone."))
        return Group(*parts)

    def _person_label(self, person: Stakeholder, pad: bool = True) -> Text:
        label = fit(person.name, NAME_CELLS) + ("" if person.in_meeting else " (not here)")
        if self.show_private and person.attitude:
            label += f" · {person.attitude}"
        if person.name == self.selected:
            return Text(f"▶ {label}", style="bold reverse")
        return Text(f"  {label}" if pad else label)

    def details(self, found: Register) -> Text:
        far = found.powerful_and_far
        text = Text()
        if far:
            text.append("⚠ Powerful and far: ", style="bold red")
            text.append(", ".join(p.name for p in far) + " — bring them closer early.\n")
        person = found.get(self.selected) if self.selected else None
        if person is None:
            text.append("a adds a stakeholder")
            return text
        facts = [person.role, person.side, person.type]
        text.append(fit(person.name, NAME_CELLS), style="bold")
        text.append(" — " + " · ".join(f for f in facts if f))
        if person.placed:
            text.append(f" · {person.power} power, {person.proximity}: ")
            text.append(f"{person.engagement}", style="bold")
            text.append(f", {ADVICE[person.engagement]}")
        else:
            text.append(" · not placed")
        if self.show_private:
            notes = [person.notes] if person.notes else []
            notes += [n.body for n in notes_about(self.meeting.session, person.name)]
            text.append(f"\nattitude: {person.attitude or 'not set'}")
            if notes:
                text.append(" · notes: " + " / ".join(notes))
        return text

    # ----- keys ----------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("move", "edit", "attitude", "note", "remove", "select"):
            return self.selected is not None
        if action == "undo":
            return undo_state(self.can_undo())
        return True

    def action_select(self, step: int) -> None:
        names = [p.name for p in self.ordered(register(self.meeting.session))]
        if not names:
            return
        position = names.index(self.selected) if self.selected in names else -step
        self.selected = names[(position + step) % len(names)]
        self.refresh_view()

    def action_move(self, up: int, right: int) -> None:
        name = self.selected
        if name is None:
            return
        moved: list[bool] = []

        def change() -> None:
            moved.append(self.actions.move_stakeholder(self.item_index, name, up, right))

        if self.act(change) and moved and not moved[0]:
            self.app.bell()  # at the edge of the map: nothing to journal

    def action_attitude(self) -> None:
        name = self.selected
        if name is not None:
            self.act(lambda: self.actions.cycle_attitude(self.item_index, name))
            if not self.show_private:
                self.notify("Attitude changed; i shows it on the map.", timeout=3, markup=False)

    def action_private(self) -> None:
        self.show_private = not self.show_private
        self.refresh_view()

    def action_add(self) -> None:
        fields = [
            Field("name", "Name", placeholder="who is not on the list yet"),
            Field("role", "Role", placeholder="e.g. Chief Financial Officer"),
            Field("side", "Side", "client", " / ".join(SIDES), SIDES),
            Field("type", "Type", placeholder="e.g. sponsor, approver, user"),
        ]

        def submit(values: dict[str, str]) -> str | None:
            added: list[str] = []
            error = self.attempt(
                lambda: added.append(
                    self.actions.add_stakeholder(
                        self.item_index,
                        values["name"],
                        values["role"],
                        values["side"],
                        values["type"],
                    )
                )
            )
            if error is None and added:
                self.selected = added[0]
                self.refresh_view()
            return error

        self.app.push_screen(FormScreen("Add a stakeholder", fields, submit))

    def action_edit(self) -> None:
        person = register(self.meeting.session).get(self.selected or "")
        if person is None:
            return
        fields = [
            Field("role", "Role", person.role),
            Field("side", "Side", person.side, " / ".join(SIDES), SIDES),
            Field("type", "Type", person.type),
        ]

        def submit(values: dict[str, str]) -> str | None:
            return self.attempt(
                lambda: self.actions.edit_stakeholder(
                    self.item_index, person.name, values["role"], values["side"], values["type"]
                )
            )

        self.app.push_screen(FormScreen(f"Edit {person.name}", fields, submit))

    def action_note(self) -> None:
        name = self.selected
        if name is None:
            return
        token = "@" + name.replace(" ", "_")

        def submit(values: dict[str, str]) -> str | None:
            if not values["note"].strip():
                return "type the note, or Esc to cancel"
            return self.attempt(
                lambda: self.actions.stakeholder_note(f"{token} {values['note']}", self.item_index)
            )

        fields = [Field("note", "Note", placeholder="what the room said about them")]
        self.app.push_screen(FormScreen(f"Stakeholder note about {name}", fields, submit))

    def action_remove(self) -> None:
        name = self.selected
        if name is not None and self.act(
            lambda: self.actions.remove_stakeholder(self.item_index, name)
        ):
            self.notify(f"{name} taken off the map. Press u to undo.", timeout=4, markup=False)
            self.refresh_bindings()

    def undone(self, key: str) -> None:
        self.selected = key
        self.refresh_view()
