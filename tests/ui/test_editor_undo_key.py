"""kickoff edit: ctrl+z in a prompts or checklist box undoes the typing there (Textual's
TextArea undo). The app's ctrl+z took every key first (priority) and suspended the editor to
the shell instead; outside a text box, ctrl+z still suspends."""

from __future__ import annotations

from pathlib import Path

import pytest
from editor_host import SIZE, EditorHost, bundled_copy
from textual.widgets import TextArea

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.editor.item_form import ItemScreen


@pytest.mark.parametrize("field", ["prompts", "checklist"])
async def test_ctrl_z_in_a_text_box_undoes_the_typing(
    tmp_path: Path, clock: FakeClock, field: str
) -> None:
    app = EditorHost(bundled_copy(tmp_path), clock)
    suspended: list[bool] = []
    app.action_suspend_process = lambda: suspended.append(True)  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        screen = app.screen
        assert isinstance(screen, ItemScreen)
        area = screen.query_one(f"#field-{field}", TextArea)
        before = area.text
        area.focus()
        await pilot.press(*"extra ")
        assert area.text == "extra " + before
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert area.text == before and not suspended
        screen.query_one("#field-title").focus()  # an Input has no undo: there it suspends
        await pilot.press("ctrl+z")
        assert suspended == [True]
