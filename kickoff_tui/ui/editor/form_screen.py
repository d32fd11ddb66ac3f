"""EditorFormScreen: an editor screen holding one FormView, whose changes go to the document.

The meeting, a person and an item each say which fields they have and where each one sits in
the file (`path_for`); typing writes the value there. Esc goes back to the list it came from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from kickoff_tui.ui.editor.base import EditorScreen
from kickoff_tui.ui.editor.fields import FieldRefused, FieldSpec, file_value
from kickoff_tui.ui.editor.form import FormView
from kickoff_tui.ui.editor.state import FieldPath


class EditorFormScreen(EditorScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", tooltip="Back to the list"),
    ]
    IMPORTANCE = ("back", "bank", "save")

    def __init__(self, focus: str = "") -> None:
        super().__init__()
        self.first_focus = focus

    def fields(self) -> tuple[Sequence[FieldSpec], Mapping[str, str]]:
        """The form's fields and their values as the agenda has them."""
        raise NotImplementedError

    def path_for(self, key: str) -> FieldPath:
        raise NotImplementedError

    def locked(self) -> Mapping[str, str]:
        """Fields shown read-only, with why (a value the form could not write back as is)."""
        return {}

    def target(self, key: str, value: object) -> FieldPath:
        """Where a typed value goes: its field's path (a screen may remove a key's parent)."""
        return self.path_for(key)

    def compose_body(self) -> ComposeResult:
        specs, values = self.fields()
        yield FormView(specs, values, locked=self.locked())

    @property
    def form(self) -> FormView:
        return self.query_one(FormView)

    def on_mount(self) -> None:
        super().on_mount()
        self.focus_field(self.first_focus)

    def focus_field(self, key: str) -> None:
        if not self.form.focus_field(key):
            self.focus_body()

    def focus_body(self) -> None:
        self.form.focus_field(next(iter(self.form.specs)))

    @on(FormView.Changed)
    def _changed(self, event: FormView.Changed) -> None:
        spec = self.form.specs[event.key]
        try:
            value = file_value(spec, event.typed)
        except FieldRefused as refused:
            self.form.show_error(event.key, str(refused))
            return
        key = event.key
        # written once typing pauses; a value the file cannot take stays in the field, with why
        self.state.stage(self.target(key, value), value, lambda why: self._told(key, why))
        self.form.show_error(key, "")
        self.written(key, event.typed)
        self.repaint_title()

    def _told(self, key: str, why: str) -> None:
        # typing then Esc at once: the change arrives after the screen left; it is written
        # all the same (at the next flush), there is just no field left to say so under
        if self.is_attached:
            self.form.show_error(key, why)

    def written(self, key: str, typed: str) -> None:
        """A field's value is in the document (for screens whose fields depend on each other)."""

    def action_back(self) -> None:
        self.state.flush()  # the list shows what was typed
        self.dismiss(None)
