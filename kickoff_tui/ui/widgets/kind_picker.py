"""A small chooser for changing an entry's kind: press the same letter that captures that kind."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from kickoff_tui.domain.events import ENTRY_LABELS

CAPTURE_KEYS = {
    "n": "note",
    "d": "decision",
    "a": "action",
    "r": "risk",
    "q": "question",
    "p": "parking",
    "s": "stakeholder",  # then `@name …`: a note about that person, from any item
}


class KindPicker(ModalScreen[str | None]):
    """Returns the chosen kind, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Cancel"),
        *(
            Binding(key, f"choose('{kind}')", ENTRY_LABELS[kind], show=False)
            for key, kind in CAPTURE_KEYS.items()
        ),
    ]

    DEFAULT_CSS = """
    KindPicker { align: center middle; }
    KindPicker > Vertical {
        width: 36; height: auto; border: round $accent; background: $panel; padding: 0 1;
    }
    KindPicker OptionList { height: auto; border: none; }
    """

    def __init__(self, current: str) -> None:
        super().__init__()
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Change to… (letter or Enter, Esc cancels)")
            options = [
                Option(f"{key}  {ENTRY_LABELS[kind]}", id=kind)
                for key, kind in CAPTURE_KEYS.items()
            ]
            yield OptionList(*options)

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        kinds = list(CAPTURE_KEYS.values())
        picker.highlighted = kinds.index(self._current) if self._current in kinds else 0

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_choose(self, kind: str) -> None:
        self.dismiss(kind)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
