"""ItemScreen: one item's fields; ctrl+b adds questions from the bank to its prompts.

Every change is written to the document as it is typed. Choosing an exercise makes the item's
kind `exercise` (the checker refuses another kind beside an exercise); the fit-check's
dimensions are its option, shown only for that exercise.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Select, TextArea

from kickoff_tui.ui.editor import item_edits
from kickoff_tui.ui.editor.fields import FieldSpec, item_fields, shown_value
from kickoff_tui.ui.editor.form_screen import EditorFormScreen
from kickoff_tui.ui.editor.state import FieldPath

FIT_CHECK = "fit-check"


def item_values(item: Mapping[str, object], specs: Sequence[FieldSpec]) -> dict[str, str]:
    values: dict[str, str] = {}
    for spec in specs:
        if spec.key == "dimensions":
            options = item.get("options")
            raw = options.get("dimensions") if isinstance(options, Mapping) else None
        else:
            raw = item.get(spec.key)
        values[spec.key] = shown_value(spec, raw)
    return values


class ItemScreen(EditorFormScreen):
    HELP_TITLE = "Item"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+b", "bank", "Bank", tooltip="Add questions from the bank to the prompts"),
    ]

    def __init__(self, index: int, focus: str = "") -> None:
        super().__init__(focus)
        self.index = index
        self.PLACE = f"Item {index + 1}"

    def fields(self) -> tuple[Sequence[FieldSpec], Mapping[str, str]]:
        view = self.state.view
        specs = item_fields(view.names)
        if not 0 <= self.index < len(view.items):
            return specs, {}
        return specs, item_values(view.items[self.index], specs)

    def path_for(self, key: str) -> FieldPath:
        if key == "dimensions":
            return ("items", self.index, "options", "dimensions")
        return ("items", self.index, key)

    def on_mount(self) -> None:
        super().on_mount()
        self._show_dimensions()

    def _show_dimensions(self) -> None:
        self.query_one("#row-dimensions").display = self.form.values.get("exercise") == FIT_CHECK

    def written(self, key: str, typed: str) -> None:
        if key != "exercise":
            return
        if typed and self.form.values.get("kind", "") not in ("", "exercise"):
            self.query_one("#field-kind", Select).value = "exercise"  # posts its own change
        self._show_dimensions()

    def action_bank(self) -> None:
        def added(prompts: list[str]) -> None:
            count = item_edits.add_prompts(self.state, self.index, prompts)
            if count:
                text = "\n".join(item_edits.prompts_of(self.state, self.index))
                self.form.values["prompts"] = text  # in the document already
                self.query_one("#field-prompts", TextArea).load_text(text)
            plural = "" if count == 1 else "s"
            self.notify(f"{count} question{plural} added to the prompts.", timeout=3, markup=False)

        self.editor.pick_questions(self.index, added)
