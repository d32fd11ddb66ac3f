"""EditorApp: `kickoff edit FILE`, the agenda editor.

The app owns what is the same on every screen: saving (ctrl+s; with errors it asks first; a
file changed on disk since it was opened is never overwritten without asking), quitting
(ctrl+q asks when unsaved), a rehearsal of the text on screen (ctrl+r), help, the palette,
and the two timers: the debounced check (run in a worker thread on a copy of the text) and
the recovery copy written every few seconds while there are unsaved edits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any, ClassVar

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from kickoff_tui.domain.clock import Clock, SystemClock
from kickoff_tui.errors import KickoffError
from kickoff_tui.ui.editor import keeping
from kickoff_tui.ui.editor.base import EditorScreen
from kickoff_tui.ui.editor.state import Checked, EditorState, FieldPath, check
from kickoff_tui.ui.key_order import OrderedInputApp
from kickoff_tui.ui.palette import binding_commands, typing_in
from kickoff_tui.ui.size_guard import guard_window_size

TICK_SECONDS = 0.1  # how often the timers look at the clock; the work itself is rarer

Rehearse = Callable[["EditorApp", str], None]


class EditorApp(OrderedInputApp[int]):
    TITLE = "kickoff edit"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("ctrl+r", "rehearse", "Rehearse", tooltip="Rehearse the agenda as it is on screen"),
        Binding("question_mark", "help", "Help", key_display="?"),
        # not priority: in a prompts or checklist box ctrl+z is the TextArea's undo
        Binding("ctrl+z", "suspend_process", "Suspend", show=False),
    ]

    def __init__(
        self,
        path: Path,
        state: EditorState | None,
        *,
        clock: Clock | None = None,
        recovered: str | None = None,
        rehearse: Rehearse | None = None,
    ) -> None:
        super().__init__()
        self.path = path
        self.clock = clock or SystemClock()
        self._state = state
        self.recovered = recovered
        self.rehearse_runner = rehearse or keeping.rehearse_in_terminal
        self._asking = False  # a save or quit question is open

    @property
    def state(self) -> EditorState:
        assert self._state is not None, "the editor shows no agenda yet"
        return self._state

    # ----- screens -----------------------------------------------------------------------------
    def get_default_screen(self) -> Screen[Any]:
        if self._state is None:
            from kickoff_tui.storage.templates import list_templates
            from kickoff_tui.ui.editor.templates import TemplateScreen

            return TemplateScreen(str(self.path), list_templates(), self._create_from)
        from kickoff_tui.ui.editor.items import ItemsScreen

        return ItemsScreen()

    def on_mount(self) -> None:
        self.screen_change_signal.subscribe(self, lambda _screen: guard_window_size(self))
        guard_window_size(self)
        self.set_interval(TICK_SECONDS, self.tick)
        if self.recovered is not None:
            self._offer_recovery(self.recovered)

    def on_resize(self, event: Resize) -> None:
        guard_window_size(self, event.size)

    def _create_from(self, summary: Any) -> None:
        try:
            self._state = keeping.create_from_template(self.path, summary.path, self.clock)
        except KickoffError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        from kickoff_tui.ui.editor.items import ItemsScreen

        self.push_screen(ItemsScreen())  # over the list, which the default screen cannot leave
        self.notify(f"Wrote {self.path} from the {summary.name} agenda.", timeout=4, markup=False)

    def open_item(self, index: int, focus: str = "") -> None:
        from kickoff_tui.ui.editor.item_form import ItemScreen

        self.push_screen(ItemScreen(index, focus))

    def open_meeting(self, focus: str = "") -> None:
        from kickoff_tui.ui.editor.meeting_form import MeetingScreen

        self.push_screen(MeetingScreen(focus))

    def open_people(self, index: int | None = None) -> None:
        from kickoff_tui.ui.editor.people import PeopleScreen

        screen = PeopleScreen()
        self.push_screen(screen)
        if index is not None:
            screen.call_after_refresh(screen.select, index)

    def open_person(self, index: int, focus: str = "") -> None:
        from kickoff_tui.ui.editor.people import PersonScreen

        self.push_screen(PersonScreen(index, focus))

    def jump_to(self, path: FieldPath) -> None:
        """Open the field a problem is about (the nearest screen when it names none)."""
        from kickoff_tui.ui.editor.items import ItemsScreen
        from kickoff_tui.ui.editor.option_fields import PREFIX

        self.state.flush()
        while len(self.screen_stack) > 1 and not isinstance(self.screen, ItemsScreen):
            self.pop_screen()
        base = self.screen
        head = path[0] if path else ""
        index = path[1] if len(path) > 1 and isinstance(path[1], int) else None
        key = str(path[2]) if len(path) > 2 else ""
        if head == "items" and index is not None:
            if hasattr(base, "select"):
                base.select(index)
            option = str(path[3]) if key == "options" and len(path) > 3 else ""
            self.open_item(index, f"{PREFIX}{option}" if key == "options" else key)
        elif head == "meeting":
            self.open_meeting(str(path[1]) if len(path) > 1 else "")
        elif head == "people" and index is not None:
            self.open_people(index)
            self.open_person(index, key)
        elif head == "people":
            self.open_people()

    def pick_questions(self, index: int, added: Callable[[list[str]], None] | None = None) -> None:
        """The question bank, filtered by the item's topics; a chosen question joins its prompts."""
        from kickoff_tui.ui.editor.bank import open_bank

        open_bank(self, index, added)

    # ----- the timers --------------------------------------------------------------------------
    def tick(self) -> None:
        """Run what is due: the check (in a worker) and the recovery copy."""
        if self._state is None:
            return
        if self._state.write_due():
            self._state.flush()
            self.repaint()
        text = self._state.check_due()
        if text is not None:
            self._check(text)
        if self._state.recovery_due():
            self._state.flush()
            try:
                keeping.write_recovery(self.path, self._state.text)
            except KickoffError as error:
                self.notify(str(error), severity="warning", timeout=6, markup=False)
            self._state.kept()

    @work(thread=True, exclusive=True, group="check", exit_on_error=False)
    def _check(self, text: str) -> Checked:
        return check(text, self.path)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        result = event.worker.result
        if event.state != WorkerState.SUCCESS or not isinstance(result, Checked):
            return
        if self.state.accept(result):
            self.repaint()

    def repaint(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, EditorScreen) and screen.is_mounted:
                screen.repaint()
        if self.screen_stack:  # a check can finish as the app closes: nothing left to repaint
            self.screen.refresh_bindings()

    # ----- saving, quitting, rehearsing ----------------------------------------------------------
    def action_save(self) -> None:
        if self._state is None or self._asking:
            return
        state = self.state
        state.flush()
        state.accept(check(state.text, self.path))  # what is saved is checked as it is now
        self.repaint()
        errors = state.errors
        if not errors:
            self._save()
            return
        first = errors[0]
        self._ask(
            f"Save with {len(errors)} error{'' if len(errors) == 1 else 's'}?",
            f"line {first.line}: {first.message}. `kickoff run` refuses the file until fixed.",
            "Save anyway",
            "Keep editing",
            lambda: self._save(),
        )

    def _save(self, *, force: bool = False) -> None:
        try:
            keeping.save(self.state, force=force)
        except keeping.ExternalChange as change:
            self._ask(
                f"{change}. Overwrite it with your version?",
                "n keeps editing: your edits stay here (and in the recovery file).",
                "Overwrite",
                "Keep editing",
                lambda: self._save(force=True),
                destructive=True,
            )
            return
        except KickoffError as error:
            self.notify(str(error), severity="error", timeout=8, markup=False)
            self.repaint()
            return
        self.notify(f"Saved {self.path}", timeout=2, markup=False)
        self.repaint()

    async def action_quit(self) -> None:
        if self._state is not None:
            self._state.flush()
        if self._state is None or not self._state.dirty:
            self.exit(0)
            return
        self._ask(
            "Quit without saving?",
            "Your unsaved edits are thrown away. ctrl+s saves them first.",
            "Quit without saving",
            "Keep editing",
            self._quit_unsaved,
            destructive=True,
        )

    def _quit_unsaved(self) -> None:
        with suppress(KickoffError):  # kept, the next open offers it back: nothing is lost
            keeping.discard_recovery(self.path)
        self.exit(0)

    def action_rehearse(self) -> None:
        state = self._state
        if state is None:
            return
        state.flush()
        state.accept(check(state.text, self.path))
        if state.errors:
            self.notify(
                "Fix the errors first: a rehearsal needs an agenda kickoff run accepts.",
                severity="warning",
                markup=False,
            )
            self.repaint()
            return
        self.rehearse_runner(self, state.text)

    def _ask(
        self,
        question: str,
        detail: str,
        yes: str,
        no: str,
        then: Callable[[], None],
        *,
        destructive: bool = False,
    ) -> None:
        from kickoff_tui.ui.screens.confirm import ConfirmScreen

        if self._asking:
            return

        def answered(answer: bool | None) -> None:
            self._asking = False
            if answer:
                then()

        self._asking = True
        self.push_screen(
            ConfirmScreen(question, detail, yes, no, destructive=destructive), answered
        )

    def _offer_recovery(self, text: str) -> None:
        def answered(answer: bool | None) -> None:
            if answer:
                try:
                    self.state.restore(text)
                except KickoffError as error:  # damaged: the file as saved, the copy kept
                    from kickoff_tui.storage.agenda_save import recovery_path

                    self.notify(
                        f"The recovery file {recovery_path(self.path)} cannot be "
                        f"brought back ({error}); the agenda is as saved, the file is kept.",
                        severity="error",
                        timeout=10,
                        markup=False,
                    )
                    return
                self.repaint()
                self.notify("Unsaved edits brought back; ctrl+s saves them.", markup=False)
            else:
                try:
                    keeping.discard_recovery(self.path)
                except KickoffError as error:
                    self.notify(str(error), severity="warning", markup=False)

        from kickoff_tui.ui.screens.confirm import ConfirmScreen

        self.push_screen(
            ConfirmScreen(
                "Bring back the unsaved edits?",
                f"kickoff edit stopped before {self.path} was saved; its edits were kept "
                "in a recovery file. n throws them away.",
                "Bring them back",
                "Throw them away",
            ),
            answered,
        )

    # ----- help and the palette ------------------------------------------------------------------
    def action_help(self) -> None:
        from kickoff_tui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "help":
            return not typing_in(self.screen)
        if action in ("save", "rehearse"):
            return self._state is not None
        return True

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from binding_commands(self, screen)
        yield SystemCommand("Theme", "Change the colours", self.action_change_theme)
