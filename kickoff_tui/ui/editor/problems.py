"""The validation panel: what `kickoff check` says about the text on screen, one line each.

A summary line (worded: "2 errors, 1 warning", not a colour alone) over one OptionList of the
problems, however many (a widget per line would not scale: DESIGN.md). Enter (or a click) on a
problem posts Jump with its field path; the app opens that field. A problem's text quotes the
file, so it is shown as plain Content, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kickoff_tui.ui.widgets.text_label import TextLabel

FieldPath = tuple[str | int, ...]


def problem_path(problem: Any) -> FieldPath:
    """The field path the document gave a problem; () when it names no field."""
    field = getattr(problem, "field", ())
    return tuple(field) if isinstance(field, tuple | list) else ()


def summary(problems: Sequence[Any]) -> Content:
    """'2 errors, 1 warning · F6 …': worded, so it reads without colour."""
    errors = sum(1 for p in problems if not p.warning)
    warnings = len(problems) - errors
    if not problems:
        return Content.styled("✓ No problems: kickoff check accepts this agenda", "$success")
    parts = [f"{errors} error{'' if errors == 1 else 's'}"] if errors else []
    parts += [f"{warnings} warning{'' if warnings == 1 else 's'}"] if warnings else []
    style = "$error bold" if errors else "$warning bold"
    words = ("✗ " if errors else "! ") + ", ".join(parts)
    return Content.assemble((words, style), " · F6 goes to them, Enter opens the field")


def problem_line(problem: Any) -> Content:
    where = f"{problem.line}:{problem.col}" if problem.line > 0 else "file"
    label, style = ("warning", "$warning") if problem.warning else ("error", "$error bold")
    return Content.assemble((f"{label:<7}", style), f" {where:>7}  ", problem.message)


class ProblemsPanel(Vertical):
    DEFAULT_CSS = """
    ProblemsPanel {
        height: auto;
        background: $surface;
        border-top: hkey $panel;
        & > #problems-summary { height: 1; width: 1fr; padding: 0 1; }
        & > OptionList { height: auto; max-height: 4; border: none; padding: 0; }
        &.-none > OptionList { display: none; }
    }
    """

    class Jump(Message):
        """Open the field this problem is about."""

        def __init__(self, path: FieldPath, line: int) -> None:
            super().__init__()
            self.path = path
            self.line = line

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.problems: list[Any] = []
        self._filled = False

    def compose(self) -> ComposeResult:
        yield TextLabel("", id="problems-summary", cut=True)
        yield OptionList(id="problems-list", compact=True)

    @property
    def list(self) -> OptionList:
        return self.query_one(OptionList)

    def show(self, problems: Sequence[Any], *, pending: bool = False) -> None:
        """The problems of the last check; `pending`: the text has changed since it ran."""
        label = summary(problems)
        if pending:
            label += Content.styled("  (checking the latest edit…)", "dim")
        self.query_one(TextLabel).show(label)
        if self._filled and list(problems) == self.problems:
            return  # typing repaints the line above only
        self._filled = True
        self.problems = list(problems)
        self.set_class(not self.problems, "-none")
        option_list = self.list
        highlighted = option_list.highlighted
        option_list.set_options([Option(problem_line(p)) for p in self.problems])
        if self.problems:
            option_list.highlighted = min(highlighted or 0, len(self.problems) - 1)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        problem = self.problems[event.option_index]
        self.post_message(self.Jump(problem_path(problem), problem.line))
