"""ConfirmScreen: a yes/no question. Dismisses with True (y / Enter) or False (n / Esc)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class ConfirmScreen(ModalScreen[bool]):
    DEFAULT_CSS = """
    ConfirmScreen {
        align: center middle;
        background: $background 60%;
    }
    ConfirmScreen > #confirm-box {
        width: auto;
        min-width: 40;
        max-width: 90%;
        height: auto;
        padding: 1 3;
        border: thick $warning;
        background: $surface;
    }
    ConfirmScreen #confirm-question {
        text-style: bold;
        width: auto;
        max-width: 100%;
        margin-bottom: 1;
    }
    ConfirmScreen #confirm-detail {
        color: $text-muted;
        width: auto;
        max-width: 100%;
        margin-bottom: 1;
    }
    ConfirmScreen #confirm-keys {
        width: auto;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("enter", "answer(True)", "Yes", show=False),
        Binding("n", "answer(False)", "No"),
        Binding("escape", "answer(False)", "No", show=False),
    ]

    def __init__(self, question: str, detail: str = "", yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        keys = Text.assemble(
            ("y", "bold reverse"),
            " / ",
            ("Enter", "bold reverse"),
            f"  {self.yes_label}      ",
            ("n", "bold reverse"),
            " / ",
            ("Esc", "bold reverse"),
            f"  {self.no_label}",
        )
        with Vertical(id="confirm-box"):
            yield Static(Text(self.question), id="confirm-question")
            if self.detail:
                yield Static(Text(self.detail), id="confirm-detail")
            yield Static(keys, id="confirm-keys")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
