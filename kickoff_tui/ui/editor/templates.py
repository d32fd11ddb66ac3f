"""TemplateScreen: FILE does not exist yet, so the editor offers the bundled agendas first.

The same list as `kickoff templates` (storage/templates.list_templates). Enter writes a copy of
the chosen one to FILE, byte for byte as `kickoff new` does, and the editor opens it; Esc
leaves without writing anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from kickoff_tui.domain.durations import format_duration
from kickoff_tui.storage.templates import TemplateSummary
from kickoff_tui.ui.widgets.key_footer import KeyFooter


def template_line(summary: TemplateSummary) -> Content:
    length = format_duration(summary.length) if summary.length else "?"
    items = f"{summary.items} items" if summary.items is not None else "? items"
    return Content.assemble(
        (summary.name, "bold"), f"  {length}, {items}\n", (summary.purpose, "dim")
    )


class TemplateScreen(Screen[None]):
    HELP_TITLE = "New agenda"
    DEFAULT_CSS = """
    TemplateScreen #template-question { padding: 1 1 0 1; text-style: bold; }
    TemplateScreen #template-hint { padding: 0 1 1 1; color: $text-muted; }
    TemplateScreen #templates { height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Start from this one"),
        Binding("escape", "leave", "Leave", tooltip="Leave without writing a file"),
    ]

    def __init__(
        self,
        shown: str,
        summaries: list[TemplateSummary],
        chosen: Callable[[TemplateSummary], None],
    ) -> None:
        super().__init__()
        self.shown = shown
        self.summaries = summaries
        self.chosen = chosen

    def compose(self) -> ComposeResult:
        yield Static(
            Content(f"{self.shown} does not exist yet. Start from which agenda?"),
            id="template-question",
        )
        yield Static("The copy is written when you choose; edit it from there.", id="template-hint")
        yield OptionList(*[Option(template_line(s)) for s in self.summaries], id="templates")
        yield KeyFooter(importance=("choose", "leave"))

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.chosen(self.summaries[event.option_index])

    def action_choose(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is not None:
            self.chosen(self.summaries[index])

    def action_leave(self) -> None:
        self.app.exit(0)
