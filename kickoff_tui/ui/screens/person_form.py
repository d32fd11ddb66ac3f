"""PersonFormScreen: add someone to the roll call who was not on the agenda.

Dismisses with the new Person, or None on Esc. The name is required and must not already be
on the list (case-insensitive), because owners of action items are matched by name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from kickoff_tui.domain.agenda import SIDES, Person


def _clean(text: str) -> str:
    """One line, no control characters, single spaces."""
    return " ".join("".join(ch for ch in text if ch.isprintable()).split())


class PersonFormScreen(ModalScreen[Person | None]):
    DEFAULT_CSS = """
    PersonFormScreen {
        align: center middle;
        background: $background 60%;
    }
    PersonFormScreen > #person-box {
        width: 64;
        max-width: 100%;
        height: auto;
        padding: 1 2;
        border: thick $accent;
        background: $surface;
    }
    PersonFormScreen #person-title {
        text-style: bold;
        margin-bottom: 1;
    }
    PersonFormScreen #person-fields {
        grid-size: 2;
        grid-columns: 8 1fr;
        grid-rows: 1;
        grid-gutter: 1 1;
        height: auto;
    }
    PersonFormScreen #person-fields Label {
        text-style: bold;
        width: 100%;
        text-align: right;
    }
    PersonFormScreen #person-error {
        color: $error;
        text-style: bold;
        height: auto;
        margin-top: 1;
    }
    PersonFormScreen #person-error.-empty {
        display: none;
    }
    PersonFormScreen #person-hint {
        color: $text-muted;
        margin-top: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Add person"),
    ]

    def __init__(self, existing_names: Iterable[str] = (), draft: Person | None = None) -> None:
        super().__init__()
        self.existing = {name.casefold() for name in existing_names}
        self.draft = draft or Person(name="", side="client")

    def compose(self) -> ComposeResult:
        with Vertical(id="person-box"):
            yield Static("Add someone who was not on the agenda", id="person-title")
            with Grid(id="person-fields"):
                yield Label("Name")
                yield Input(
                    self.draft.name,
                    placeholder="required, e.g. Sam Lee",
                    id="person-name",
                    compact=True,
                )
                yield Label("Role")
                yield Input(
                    self.draft.role,
                    placeholder="e.g. Marketing manager",
                    id="person-role",
                    compact=True,
                )
                yield Label("Side")
                yield Select(
                    [(side, side) for side in SIDES],
                    value=self.draft.side if self.draft.side in SIDES else "other",
                    allow_blank=False,
                    id="person-side",
                    compact=True,
                )
                yield Label("Type")
                yield Input(
                    self.draft.type,
                    placeholder="optional, e.g. sponsor",
                    id="person-type",
                    compact=True,
                )
            yield Static("", id="person-error", classes="-empty")
            yield Static("Tab next field · Enter add · Esc cancel", id="person-hint")

    def on_mount(self) -> None:
        self.query_one("#person-name", Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def _show_error(self, message: str) -> None:
        error = self.query_one("#person-error", Static)
        error.update(Text(message))
        error.set_class(not message, "-empty")

    def action_save(self) -> None:
        name = _clean(self.query_one("#person-name", Input).value)
        if not name:
            self._show_error("A name is needed.")
            self.query_one("#person-name", Input).focus()
            return
        if name.casefold() in self.existing:
            self._show_error(f"{name} is already on the list.")
            self.query_one("#person-name", Input).focus()
            return
        side = self.query_one("#person-side", Select).value
        self.dismiss(
            Person(
                name=name,
                role=_clean(self.query_one("#person-role", Input).value),
                side=str(side) if side in SIDES else "other",
                type=_clean(self.query_one("#person-type", Input).value),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
