"""HelpScreen: every key of the screen below it, with what it does, grouped.

The list is read from the live bindings of that screen (its focused widget, the screen and the
app), so it can never drift from what the keys really do. Keys that do not apply right now are
shown dimmed. Textual's own widget keys (cursor movement in a table, editing in an input) are
left out: they are the same everywhere and would bury the meeting's keys. A binding's tooltip,
when it has one, is the longer description shown here; the footer keeps the short one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from kickoff_tui.ui.size_guard import MIN_HEIGHT, MIN_WIDTH

EVERYWHERE = "Everywhere"
WINDOW_SIZE_NOTE = (
    f"Window: at least {MIN_WIDTH}×{MIN_HEIGHT} cells. Smaller, every screen shows one "
    "'Make the window larger' line until it grows; long titles and names are cut with '…'."
)
GENERAL = ""


@dataclass
class HelpLine:
    keys: list[str]
    description: str
    enabled: bool


@dataclass
class HelpSection:
    title: str
    groups: dict[str, list[HelpLine]] = field(default_factory=dict)


def screen_title(screen: Screen[Any]) -> str:
    explicit = getattr(screen, "HELP_TITLE", None)
    if isinstance(explicit, str) and explicit:
        return explicit
    name = type(screen).__name__.removesuffix("Screen")
    return name or "This screen"


def _declared_by_kickoff(node: DOMNode, binding: Binding) -> bool:
    """True when a class of ours (not Textual's) declares this binding on the node."""
    for cls in type(node).__mro__:
        if cls.__module__.startswith("textual.") or "BINDINGS" not in cls.__dict__:
            continue
        for declared in cls.__dict__["BINDINGS"]:
            action = declared.action if isinstance(declared, Binding) else declared[1]
            if action == binding.action:
                return True
    return False


def collect_help(screen: Screen[Any]) -> list[HelpSection]:
    """Sections for the screen (with its widgets) and for the app, in binding-chain order."""
    app: App[object] = screen.app
    here = HelpSection(screen_title(screen))
    everywhere = HelpSection(EVERYWHERE)
    seen: dict[tuple[int, str], HelpLine] = {}
    for active in screen.active_bindings.values():
        node, binding = active.node, active.binding
        if not binding.description:
            continue
        if node is not app and not _declared_by_kickoff(node, binding):
            continue  # Textual's own cursor and focus keys: the same in every app
        section = everywhere if isinstance(node, App) else here
        group = binding.group.description if binding.group else GENERAL
        key = app.get_key_display(binding)
        # "screen.edit" bound on a table and "edit" on its screen are the same action
        identity = (id(section), binding.action.removeprefix("screen."))
        if identity in seen:
            if key not in seen[identity].keys:
                seen[identity].keys.append(key)
            continue
        words = binding.tooltip or binding.description
        line = HelpLine([key], words[:1].upper() + words[1:], active.enabled)
        seen[identity] = line
        section.groups.setdefault(group, []).append(line)
    return [section for section in (here, everywhere) if section.groups]


def render_section(section: HelpSection) -> Table:
    table = Table(
        title=Text(section.title, style="bold underline"),
        title_justify="left",
        show_header=False,
        box=None,
        padding=(0, 2, 0, 0),
        expand=True,
    )
    table.add_column("keys", no_wrap=True, min_width=14, style="bold")
    table.add_column("what", ratio=1)
    for group, lines in section.groups.items():
        if group:
            table.add_row(Text(group, style="italic"), "")
        for line in lines:
            style = "" if line.enabled else "dim"
            keys = Text(" / ".join(line.keys), style="bold" if line.enabled else "dim")
            table.add_row(keys, Text(line.description, style=style))
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        background: $background 60%;
    }
    HelpScreen > #help-box {
        width: 80;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: thick $accent;
        border-title-style: bold;
        background: $surface;
        padding: 0 1;
    }
    HelpScreen #help-body {
        height: auto;
        max-height: 80vh;  /* leaves room for the border and the hint: the list scrolls */
    }
    HelpScreen .help-section {
        padding: 0 1;
    }
    HelpScreen #help-hint {
        dock: bottom;
        color: $text-muted;
        padding: 0 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close help"),
        Binding("question_mark", "close", "Close help", key_display="?"),
        Binding("q", "close", "Close help", show=False),
    ]

    def __init__(self, target: Screen[Any] | None = None) -> None:
        super().__init__()
        self.target = target

    def _screen_below(self) -> Screen[Any]:
        if self.target is not None:
            return self.target
        stack = self.app.screen_stack
        index = stack.index(self) if self in stack else len(stack)
        return stack[index - 1] if index > 0 else self

    def compose(self) -> ComposeResult:
        box = Vertical(id="help-box")
        box.border_title = "Keys"
        with box:
            yield VerticalScroll(id="help-body")
            yield Static("↑ ↓ scroll · Esc or ? close", id="help-hint")

    def on_mount(self) -> None:
        below = self._screen_below()
        sections = collect_help(below) if below is not self else []
        body = self.query_one("#help-body", VerticalScroll)
        if not sections:
            body.mount(Static("No keys to show here.", classes="help-section"))
        for section in sections:
            body.mount(Static(render_section(section), classes="help-section"))
        body.mount(Static(WINDOW_SIZE_NOTE, classes="help-section"))
        body.focus()

    def action_close(self) -> None:
        self.dismiss(None)
