"""The review's two input widgets, with the keys they hand to the screen."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Input


class ReadBackTable(DataTable[Text]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "screen.edit",
            "Edit",
            key_display="⏎",
            show=False,
            tooltip="Edit the highlighted entry (@owner, due date)",
        ),
    ]


class EditInput(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "screen.cancel_edit", "Cancel edit", tooltip="Keep the entry as it was"),
    ]
