"""ItemScreen: one item's fields; ctrl+b adds questions from the bank to its prompts.

Every change is written to the document as it is typed. Choosing an exercise makes the item's
kind `exercise` (the checker refuses another kind beside an exercise) and shows that exercise's
options (option_fields.py), each written at ("items", i, "options", key).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Select, TextArea

from kickoff_tui.ui.editor import item_edits
from kickoff_tui.ui.editor.fields import FieldSpec, item_fields, shown_value
from kickoff_tui.ui.editor.form_screen import EditorFormScreen
from kickoff_tui.ui.editor.option_fields import (
    exercise_specs,
    locked_hint,
    locked_text,
    option_key,
    option_specs,
    raw_option,
)
from kickoff_tui.ui.editor.state import FieldPath


def item_specs(owners: Sequence[str], exercise: str) -> tuple[FieldSpec, ...]:
    """The item's own fields, the exercise's options right under the exercise."""
    own = item_fields(owners)
    at = next(i for i, spec in enumerate(own) if spec.key == "exercise") + 1
    return (*own[:at], *exercise_specs(exercise), *own[at:])


def locked_options(item: Mapping[str, object], specs: Sequence[FieldSpec]) -> dict[str, str]:
    hints = {spec.key: locked_hint(spec, raw_option(item, spec.key)) for spec in specs}
    return {key: hint for key, hint in hints.items() if hint}


def item_values(item: Mapping[str, object], specs: Sequence[FieldSpec]) -> dict[str, str]:
    values: dict[str, str] = {}
    for spec in specs:
        if option_key(spec.key) is None:
            values[spec.key] = shown_value(spec, item.get(spec.key))
            continue
        raw = raw_option(item, spec.key)
        locked = locked_hint(spec, raw)
        values[spec.key] = locked_text(raw) if locked else shown_value(spec, raw)
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

    def _item(self) -> Mapping[str, object]:
        items = self.state.view.items
        return items[self.index] if 0 <= self.index < len(items) else {}

    def fields(self) -> tuple[Sequence[FieldSpec], Mapping[str, str]]:
        item = self._item()
        exercise = item.get("exercise")
        specs = item_specs(self.state.view.names, exercise if isinstance(exercise, str) else "")
        return specs, item_values(item, specs) if item else {}

    def locked(self) -> Mapping[str, str]:
        return locked_options(self._item(), option_specs())

    def path_for(self, key: str) -> FieldPath:
        option = option_key(key)
        if option is not None:
            return ("items", self.index, "options", option)
        return ("items", self.index, key)

    def target(self, key: str, value: object) -> FieldPath:
        path = self.path_for(key)
        if value is not None or option_key(key) is None:
            return path
        self.state.flush()  # an emptied option: decide on the file as it will be
        options = self.state.document.value(path[:-1])
        if isinstance(options, Mapping) and set(options) <= {path[-1]}:
            return path[:-1]  # its last key: `options:` goes (the file cannot keep it empty)
        return path

    def focus_field(self, key: str) -> None:
        """A problem under `options:` opens its field; one the form has no field for, the first
        option shown (or the exercise)."""
        if option_key(key) is not None and key not in self.form.specs:
            shown = [k for k in self.form.specs if option_key(k) is not None]
            key = next(iter(shown), "exercise")
        super().focus_field(key)

    def written(self, key: str, typed: str) -> None:
        if key != "exercise":
            return
        if typed and self.form.values.get("kind", "") not in ("", "exercise"):
            self.query_one("#field-kind", Select).value = "exercise"  # posts its own change
        self._swap_options(typed)

    def _swap_options(self, exercise: str) -> None:
        """The chosen exercise's option fields replace the last one's (a key both read stays)."""
        wanted = exercise_specs(exercise)
        shown = [key for key in self.form.specs if option_key(key) is not None]
        old = [key for key in shown if key not in {spec.key for spec in wanted}]
        new = [spec for spec in wanted if spec.key not in shown]
        if old or new:
            self.state.flush()  # what was typed in the options is in the file they are read from
            item = self._item()
            self.form.swap_fields(
                old, new, item_values(item, new), locked_options(item, new), after="exercise"
            )

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
