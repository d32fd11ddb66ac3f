"""ConfirmScreen: a yes/no question. Dismisses with True (y / Enter) or False (n / Esc).

A destructive question (ending the meeting, finishing it) is answered yes by `y` only: Enter
keeps things as they are, like n and Esc. A sentence typed without opening the capture bar
("we decided to ship⏎") must not end the meeting with its `e` and its Enter.
"""

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
        Binding("enter", "enter", "Yes", show=False),
        Binding("n", "answer(False)", "No"),
        Binding("escape", "answer(False)", "No", show=False),
    ]

    def __init__(
        self,
        question: str,
        detail: str = "",
        yes: str = "Yes",
        no: str = "No",
        *,
        destructive: bool = False,
    ) -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes_label = yes
        self.no_label = no
        self.destructive = destructive

    def compose(self) -> ComposeResult:
        key = "bold reverse"
        if self.destructive:
            yes: list[str | tuple[str, str]] = [("y", key)]
            no: list[str | tuple[str, str]] = [("n", key), " / ", ("Esc", key), " / "]
            no.append(("Enter", key))
        else:
            yes = [("y", key), " / ", ("Enter", key)]
            no = [("n", key), " / ", ("Esc", key)]
        keys = Text.assemble(*yes, f"  {self.yes_label}      ", *no, f"  {self.no_label}")
        with Vertical(id="confirm-box"):
            yield Static(Text(self.question), id="confirm-question")
            if self.detail:
                yield Static(Text(self.detail), id="confirm-detail")
            yield Static(keys, id="confirm-keys")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    def action_enter(self) -> None:
        self.dismiss(not self.destructive)


def confirm_end_meeting() -> ConfirmScreen:
    """The item screen's `e`: only y ends, and the review's `b` comes back even then."""
    return ConfirmScreen(
        "End the meeting now and go to the review?",
        "b on the review comes back to the meeting.",
        yes="End the meeting",
        no="Keep the meeting",
        destructive=True,
    )
