"""FormScreen: a few labelled one-line inputs in a modal, for the exercises.

Enter saves from any field, Tab moves between fields, Esc cancels. Saving calls `submit` with
the values; when it returns a message (bad input, journal failure) the form stays open with
everything typed and shows the message, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    value: str = ""
    placeholder: str = ""
    suggestions: tuple[str, ...] = ()  # completed as typed (right arrow accepts)


class FormScreen(ModalScreen[bool]):
    """Dismisses with True once `submit` accepted the values, False when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    FormScreen { align: center middle; background: $background 60%; }
    FormScreen > Vertical {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    FormScreen .form-title { text-style: bold; margin-bottom: 1; }
    FormScreen Horizontal { height: 1; }
    FormScreen .form-label { width: 14; padding-right: 1; text-align: right; }
    FormScreen Input { width: 1fr; border: none; height: 1; padding: 0 1; }
    FormScreen Input:focus { border: none; background: $accent 30%; }
    FormScreen .form-keys { margin-top: 1; }
    FormScreen #form-error { color: $error; text-style: bold; height: auto; }
    FormScreen .form-keys { color: $text-muted; }
    """

    def __init__(
        self, title: str, fields: list[Field], submit: Callable[[dict[str, str]], str | None]
    ) -> None:
        super().__init__()
        self.form_title = title
        self.fields = fields
        self.submit = submit

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.form_title), classes="form-title")
            for field in self.fields:
                with Horizontal():
                    yield Label(field.label, classes="form-label")
                    suggester = (
                        SuggestFromList(field.suggestions, case_sensitive=False)
                        if field.suggestions
                        else None
                    )
                    yield Input(
                        field.value,
                        placeholder=field.placeholder,
                        id=f"field-{field.key}",
                        suggester=suggester,
                    )
            yield Static("", id="form-error")
            yield Label("Enter save · Tab next field · Esc cancel", classes="form-keys")

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def values(self) -> dict[str, str]:
        return {f.key: self.query_one(f"#field-{f.key}", Input).value for f in self.fields}

    @on(Input.Submitted)
    def _save(self) -> None:
        error = self.submit(self.values())
        if error is None:
            self.dismiss(True)
        else:
            self.query_one("#form-error", Static).update(Text(error))

    def action_cancel(self) -> None:
        self.dismiss(False)
