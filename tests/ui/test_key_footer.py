"""KeyFooter: the keys that work now, on one repainted line, grouped like Textual's Footer."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, Static

from kickoff_tui.ui.widgets.key_footer import FooterEntry, KeyFooter, fit_line, footer_entries

CAPTURE = Binding.Group("Capture", compact=True)


def _plain(entries: list[FooterEntry]) -> list[str]:
    return ["".join(chunk.text for chunk in entry.chunks) for entry in entries]


def test_an_action_shows_its_first_key_and_a_group_runs_its_keys_together() -> None:
    shown = [
        (Binding("right", "next", "Next"), True, ""),
        (Binding("pagedown", "next", "Next"), True, ""),
        (Binding("n", "note", "Note", group=CAPTURE), True, ""),
        (Binding("d", "decision", "Decision", group=CAPTURE), False, ""),
        (Binding("e", "end", "End"), False, "End the meeting"),
    ]
    display = {"right": "→", "pagedown": "pgdn", "n": "n", "d": "d", "e": "e"}
    entries = footer_entries(shown, display)
    assert _plain(entries) == ["→ Next", "nd Capture", "e End"]
    end_key = entries[2].chunks[0]
    assert (end_key.key, end_key.enabled, end_key.tooltip) == ("e", False, "End the meeting")
    assert "dim" in end_key.style and "dim" not in entries[0].chunks[0].style


def test_whole_entries_that_fit_and_the_palette_key_at_the_right_edge() -> None:
    shown = [(Binding(k, f"act_{k}", f"Word{k}"), True, "") for k in "abc"]
    entries = footer_entries(shown, {k: k for k in "abc"})
    palette = footer_entries([(Binding("p", "palette", "palette"), True, "")], {"p": "^p"})[0]
    line = "".join(chunk.text for chunk in fit_line(entries, 30, palette))
    assert line == "a Worda b Wordb" + " " * 5 + "^p palette"  # never half an entry
    alone = "".join(chunk.text for chunk in fit_line(entries, 30, None))
    assert alone == "a Worda b Wordb c Wordc"


class KeysScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x", "mark", "Mark", tooltip="Mark the thing"),
        Binding("y", "never", "Never"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.marks = 0

    def compose(self) -> ComposeResult:
        yield Static("body", id="body")
        yield Input(id="typing")
        yield KeyFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "never" else True  # None: shown, but greyed out

    def action_mark(self) -> None:
        self.marks += 1


class KeysApp(App[None]):
    ENABLE_COMMAND_PALETTE = False

    def on_mount(self) -> None:
        self.push_screen(KeysScreen())


async def test_the_line_follows_focus_and_a_click_presses_the_key() -> None:
    app = KeysApp()
    async with app.run_test(size=(60, 8)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, KeysScreen)
        footer = screen.query_one(KeyFooter)
        screen.set_focus(None)
        await pilot.pause()
        assert footer.text.rstrip() == "x Mark y Never"
        await pilot.click(KeyFooter, offset=(0, 0))
        await pilot.click(KeyFooter, offset=(9, 0))  # "Never" is disabled: a bell, no action
        assert screen.marks == 1
        screen.set_focus(screen.query_one(Input))  # the input takes letters: x and y are text
        await pilot.pause()
        assert footer.text.strip() == ""
