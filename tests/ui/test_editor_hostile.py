"""kickoff edit shows agenda text as typed: markup and escape sequences are data, never code."""

from __future__ import annotations

from pathlib import Path

import pytest
from editor_host import SIZE, EditorHost, notices, settle, written
from screen_text import screen_text
from textual.widgets import Input, TextArea

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.editor.item_form import ItemScreen

RAW = {chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c != 10}
MARKUPS = ["[/]", "[@click=app.quit]x[/]", "[b]bold[/b]"]

AGENDA = """\
meeting:
  title: "Kickoff {markup}"
people:
  - name: "Ana {markup}"
    role: "CFO {markup}"
    power: high
    proximity: far
items:
  - title: "Scope {markup}"
    timebox: 10m
    owner: "Ana {markup}"
    prompts:
      - "Who decides? {markup}"
  - title: "Escape \\e]0;pwned\\a\\e[2J done"
    timebox: 5m
"""


def assert_no_controls(app: EditorHost) -> str:
    text = screen_text(app)
    raw = sorted({f"U+{ord(c):04X}" for c in text if c in RAW})
    assert not raw, f"raw control characters on screen: {raw}"
    return text


@pytest.mark.parametrize("markup", MARKUPS)
async def test_hostile_text_shows_as_typed_everywhere(
    tmp_path: Path, clock: FakeClock, markup: str
) -> None:
    app = EditorHost(written(tmp_path, AGENDA.format(markup=markup)), clock)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot, clock)
        text = assert_no_controls(app)
        assert f"Scope {markup}" in text
        assert "␛]0;pwned␇␛[2J done" in text  # the escape sequence, visible and harmless
        assert "error" in text  # the checker refuses the control characters, with the line
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, ItemScreen)
        assert screen.query_one("#field-title", Input).value == f"Scope {markup}"
        assert screen.query_one("#field-prompts", TextArea).text == f"Who decides? {markup}"
        assert_no_controls(app)
        await pilot.press("escape", "m")
        assert f"Kickoff {markup}" in assert_no_controls(app)
        assert app.screen.query_one("#field-title", Input).value == f"Kickoff {markup}"
        await pilot.press("escape", "p")
        text = assert_no_controls(app)
        assert f"Ana {markup}"[:20] in text  # a long name is cut with "…" in its column
        await pilot.press("g")
        text = assert_no_controls(app)
        assert f"Ana {markup}"[:10] in text
        await pilot.press("escape", "escape", "x")
        assert f"Item removed: Scope {markup}. u brings it back." in notices(app)
        assert app.is_running  # [@click=app.quit] never ran
        text = assert_no_controls(app)


async def test_hostile_template_file_name(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "[@click=app.quit]x[/].yaml"
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "[@click=app.quit]x[/].yaml does" in screen_text(app)  # wrapped after "does"
        await pilot.press("escape")
    assert not path.exists()
