"""FormView: the labelled fields of one meeting, person or item, from fields.FieldSpec.

Each change posts FormView.Changed(key, typed) at once; the screen writes it to the document
(a keystroke does no more: validation runs later, off the key path). A field whose text cannot
be written (a timebox that is no duration) shows why under it and keeps the text. A locked
field (a value the form could not write back as it is) is read-only, its reason its title.
Every value is agenda text, so it is shown as Content or an Input's value, never markup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import Input, Label, Select, TextArea

from kickoff_tui.ui.editor.fields import CHOICE, LINES, FieldSpec

# the names item_edits.NEW_ITEM and people.new_name give a new entry
STAND_IN_NAME = re.compile(r"New (?:item|person)(?: \d+)?")


class FieldInput(Input):
    """An Input whose growing text does not lay out the whole form again on every key.

    Textual's Widget.virtual_size asks for a layout when it changes, and an Input sets it on
    every key: in a form of twenty widgets that layout cost ~40 ms a key (bench_edit). The
    Input scrolls within its own fixed size, so a repaint is all the change needs.
    """

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)


class FormView(VerticalScroll):
    DEFAULT_CSS = """
    FormView { height: 1fr; padding: 0 1; }
    FormView > Horizontal { height: auto; }
    FormView .form-label { width: 16; padding-right: 1; text-align: right; text-style: bold; }
    FormView Input, FormView Select { width: 1fr; height: 1; }  /* fixed: no relayout per key */
    FormView TextArea { width: 1fr; height: 5; }
    FormView .form-error { color: $error; text-style: bold; padding-left: 17; display: none; }
    FormView .form-error.-shown { display: block; }
    """

    class Changed(Message):
        def __init__(self, key: str, typed: str) -> None:
            super().__init__()
            self.key = key
            self.typed = typed

    def __init__(
        self,
        specs: Sequence[FieldSpec],
        values: Mapping[str, str],
        *,
        locked: Mapping[str, str] | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, can_focus=False)
        self.specs = {spec.key: spec for spec in specs}
        self.values = dict(values)
        self.locked = dict(locked or {})  # key -> why it is read-only (the value is kept as is)
        self.errors: dict[str, str] = {}
        self._loading = True  # Select and TextArea post Changed once while they mount

    def compose(self) -> ComposeResult:
        for spec in self.specs.values():
            yield from self._row(spec)

    def _row(self, spec: FieldSpec) -> tuple[Widget, Widget]:
        label = Label(spec.label, classes="form-label")
        row = Horizontal(label, self._widget(spec, self.values.get(spec.key, "")))
        row.id = f"row-{spec.key}"
        return row, Label("", id=f"error-{spec.key}", classes="form-error", markup=False)

    def swap_fields(
        self,
        old: Sequence[str],
        new: Sequence[FieldSpec],
        values: Mapping[str, str],
        locked: Mapping[str, str],
        *,
        after: str,
    ) -> None:
        """Fields that depend on another (an exercise's options): `old` go, `new` come after
        the field `after`, so the form holds only the widgets it shows."""
        for key in old:
            self.query_one(f"#row-{key}").remove()
            self.query_one(f"#error-{key}").remove()
            for held in (self.specs, self.values, self.errors, self.locked):
                held.pop(key, None)
        for spec in new:  # values first: the mounting widgets' own Changed then match them
            self.specs[spec.key] = spec
            self.values[spec.key] = values.get(spec.key, "")
            if spec.key in locked:
                self.locked[spec.key] = locked[spec.key]
        widgets = [widget for spec in new for widget in self._row(spec)]
        if widgets:
            self.mount_all(widgets, after=self.query_one(f"#error-{after}"))

    def _widget(self, spec: FieldSpec, value: str) -> Widget:
        name = f"field-{spec.key}"
        if spec.key in self.locked:
            area = TextArea(value, id=name, soft_wrap=True, read_only=True)
            area.border_title = self.locked[spec.key]
            return area
        if spec.kind == LINES:
            area = TextArea(value, id=name, soft_wrap=True, show_line_numbers=False)
            area.border_title = "one per line"
            return area
        if spec.kind == CHOICE:
            options = [(Content(choice), choice) for choice in spec.choices]
            if value and value not in spec.choices:
                options.append((Content(value), value))  # as the file has it: keep it
            return Select(
                options,
                value=value if value else Select.NULL,
                allow_blank=spec.optional,
                prompt="(not set)",
                id=name,
                compact=True,
            )
        # a real value: the cursor at its end, nothing selected, so a first key cannot replace
        # a whole title (single-line fields have no undo); a new entry's stand-in name is
        # selected, so typing replaces it
        return FieldInput(
            value,
            placeholder=spec.placeholder,
            id=name,
            compact=True,
            select_on_focus=STAND_IN_NAME.fullmatch(value) is not None,
        )

    def on_mount(self) -> None:
        self.call_after_refresh(self._loaded)

    def _loaded(self) -> None:
        self._loading = False

    def field(self, key: str) -> Widget:
        return self.query_one(f"#field-{key}")

    def focus_field(self, key: str) -> bool:
        if key not in self.specs:
            return False
        widget = self.field(key)
        widget.focus()
        self.scroll_to_widget(widget, animate=False)
        return True

    def show_error(self, key: str, message: str) -> None:
        if self.errors.get(key, "") == message:
            return  # every key of typing says "no error": no relayout for that
        self.errors[key] = message
        label = self.query_one(f"#error-{key}", Label)
        label.update(Content(message))
        label.set_class(bool(message), "-shown")

    def _post(self, widget: Widget, typed: str) -> None:
        key = (widget.id or "").removeprefix("field-")
        if self._loading or key not in self.specs or key in self.locked:
            return
        if self.values.get(key) == typed:
            return
        self.values[key] = typed
        self.post_message(self.Changed(key, typed))

    @on(Input.Changed)
    def _input(self, event: Input.Changed) -> None:
        event.stop()
        self._post(event.input, event.value)

    @on(Select.Changed)
    def _select(self, event: Select.Changed) -> None:
        event.stop()
        value = event.value
        self._post(event.select, value if isinstance(value, str) else "")

    @on(TextArea.Changed)
    def _text_area(self, event: TextArea.Changed) -> None:
        event.stop()
        self._post(event.text_area, event.text_area.text)

    @on(Input.Submitted)
    def _next(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.focus_next()
