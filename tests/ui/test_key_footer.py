"""KeyFooter: the keys that work now, on one repainted line, grouped like Textual's Footer."""

from __future__ import annotations

from typing import ClassVar

import pytest
from live_app import BellCountingApp, live_meeting
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input, Static

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.size_guard import MIN_WIDTH
from kickoff_tui.ui.widgets.key_footer import (
    PALETTE_RANK,
    FooterEntry,
    KeyFooter,
    fit_line,
    footer_entries,
)

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


def _line(entries: list[FooterEntry], width: int, right: FooterEntry | None = None) -> str:
    return "".join(chunk.text for chunk in fit_line(entries, width, right))


def test_whole_entries_that_fit_and_the_palette_key_at_the_right_edge() -> None:
    shown = [(Binding(k, f"act_{k}", f"Word{k}"), True, "") for k in "abc"]
    entries = footer_entries(shown, {k: k for k in "abc"})
    palette = FooterEntry(
        footer_entries([(Binding("p", "palette", "palette"), True, "")], {"p": "^p"})[0].chunks,
        PALETTE_RANK,
    )
    assert _line(entries, 40, palette) == "a Worda b Wordb c Wordc" + " " * 7 + "^p palette"
    # short of room, the palette hint goes first, then the entries from the right
    assert _line(entries, 30, palette) == "a Worda b Wordb c Wordc"
    assert _line(entries, 20) == "a Worda b Wordb"  # never half an entry


def test_the_least_important_go_first_and_help_never() -> None:
    shown = [
        (Binding("left", "previous_item", "Prev"), True, ""),
        (Binding("space", "pause", "Pause"), True, ""),
        (Binding("n", "capture('note')", "Note", group=CAPTURE), True, ""),
        (Binding("d", "capture('decision')", "Decision", group=CAPTURE), True, ""),
        (Binding("b", "toggle_sidebar", "Agenda"), True, ""),
        (Binding("question_mark", "app.help", "Help"), True, ""),
    ]
    display = {"left": "←", "space": "space", "n": "n", "d": "d", "b": "b", "question_mark": "?"}
    importance = ("pause", "capture", "previous_item")
    entries = footer_entries(shown, display, importance)
    assert _line(entries, 80) == "← Prev space Pause nd Capture b Agenda ? Help"
    assert _line(entries, 40) == "← Prev space Pause nd Capture ? Help"  # b: not named, last
    assert _line(entries, 30) == "space Pause nd Capture ? Help"
    assert _line(entries, 12) == "? Help"
    assert _line(entries, 4) == ""  # not even help fits: nothing half shown


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


# ----- the live screens at 80 columns and other widths (#11) --------------------------------

WIDTHS = (MIN_WIDTH, 70, 80, 100, 160)  # below MIN_WIDTH a screen asks for a larger window


async def _footer_at(width: int, *, started: bool, review: bool = False) -> str:
    meeting, _ = live_meeting(FakeClock(), started=started)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(width, 24)) as pilot:
        if review:
            await pilot.press("e", "y")
        await pilot.pause()
        await pilot.pause()
        text = app.screen.query_one(KeyFooter).text
        assert cell_len(text) <= width
        return text


@pytest.mark.parametrize("width", WIDTHS)
async def test_every_live_screen_shows_help_and_its_main_keys_at_any_width(width: int) -> None:
    lobby = await _footer_at(width, started=False)
    item = await _footer_at(width, started=True)
    review = await _footer_at(width, started=True, review=True)
    for line in (lobby, item, review):
        assert line.rstrip().endswith("? Help") or "? Help " in line
    assert "space Start" in lobby and "⏎ Cycle" in lobby
    assert "space Pause" in item and "Capture" in item
    assert "f Finish" in review and "b Back to meeting" in review


async def test_at_80_columns_nothing_that_matters_is_cut() -> None:
    lobby = await _footer_at(80, started=False)
    assert lobby == "⏎ Cycle space Start n Add person p a l Mark P All present ^q Quit ? Help"
    item = await _footer_at(80, started=True)
    for key in ("→ Next", "← Prev", "e End", "g Go to", "b Agenda", "? Help"):
        assert key in item
    review = await _footer_at(80, started=True, review=True)
    assert "e Edit" in review and "u Undo" in review
