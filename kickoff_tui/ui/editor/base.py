"""EditorScreen: what every editor screen has: a title line, the problems panel, the key footer.

The title line says which file, and "modified" in words while the text differs from the file.
Subclasses compose their body and repaint it in `refresh_state` (called after every edit and
every check).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen

from kickoff_tui.errors import KickoffError
from kickoff_tui.ui.editor.problems import ProblemsPanel
from kickoff_tui.ui.editor.state import EDITOR_UNDO
from kickoff_tui.ui.screens.undo_key import undo_state
from kickoff_tui.ui.widgets.key_footer import KeyFooter
from kickoff_tui.ui.widgets.text_label import TextLabel

if TYPE_CHECKING:
    from kickoff_tui.ui.editor.app import EditorApp
    from kickoff_tui.ui.editor.state import EditorState


T = TypeVar("T")
# the lists that bind `u` (items, people) share the editor's one undo list
UNDO_BINDING = Binding("u", "undo", "Undo", show=False, tooltip=EDITOR_UNDO)


class EditorScreen(Screen[None]):
    DEFAULT_CSS = """
    EditorScreen #editor-title { height: 1; width: 1fr; background: $panel; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f6", "problems", "Problems", tooltip="Move to the problems panel and back"),
    ]
    IMPORTANCE: ClassVar[tuple[str, ...]] = ()
    PLACE = ""  # "Items", "Meeting", ...: named on the title line

    @property
    def editor(self) -> EditorApp:
        return self.app  # type: ignore[return-value]

    @property
    def state(self) -> EditorState:
        return self.editor.state

    def compose(self) -> ComposeResult:
        yield TextLabel("", id="editor-title", cut=True)
        yield from self.compose_body()
        yield ProblemsPanel(id="problems")
        yield KeyFooter(importance=self.IMPORTANCE)

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        self.repaint()

    def on_screen_resume(self) -> None:
        self.repaint()

    def repaint(self) -> None:
        """The title line and the problems, then the screen's own body."""
        self.repaint_title()
        self.refresh_state()

    def repaint_title(self) -> None:
        """The title line and the problems: cheap enough for every keystroke (the problems'
        list is filled again only when a check changed them)."""
        state = self.state
        # the state first: a long path is what gets cut
        modified = ("● modified, not saved", "$warning bold") if state.dirty else ("saved", "dim")
        self.query_one("#editor-title", TextLabel).show(
            Content.assemble(modified, "  ", (self.PLACE, "bold"), "  ", str(state.path))
        )
        self.query_one(ProblemsPanel).show(state.problems, pending=state.checked_text != state.text)

    def refresh_state(self) -> None:
        """Repaint the body from the state (subclasses)."""

    def action_problems(self) -> None:
        panel = self.query_one(ProblemsPanel)
        if panel.list.has_focus:
            self.focus_body()
        elif panel.problems:
            panel.list.focus()

    def focus_body(self) -> None:
        self.focus_next()

    @on(ProblemsPanel.Jump)
    def _jump(self, event: ProblemsPanel.Jump) -> None:
        self.editor.jump_to(event.path)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":
            return undo_state(bool(self.state.undo_list))
        return True

    def action_undo(self) -> None:
        step = self.attempt(self.state.undo)
        if step is not None:
            self.notify(f"Undone: {step.what}", timeout=3, markup=False)
        self.repaint()
        self.refresh_bindings()

    def attempt(self, change: Callable[[], T]) -> T | None:
        """Run an edit; one that cannot be written safely is one line, and nothing changed."""
        try:
            return change()
        except KickoffError as error:
            self.notify(str(error), severity="error", timeout=6, markup=False)
            return None


def paths_equal(path: tuple[Any, ...], prefix: tuple[Any, ...]) -> bool:
    return path[: len(prefix)] == prefix
