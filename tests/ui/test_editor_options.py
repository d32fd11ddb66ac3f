"""kickoff edit: the item form edits each exercise's `options:`, and only their lines change.

Every test saves, compares the file line by line with what it was (only the option's lines
differ) and has `kickoff check --strict` accept the result.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from editor_host import SIZE, EditorHost, settle, written
from screen_text import screen_text
from textual.widgets import Select, TextArea

from kickoff_tui.cli import main
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.editor.item_form import ItemScreen
from kickoff_tui.ui.editor.option_fields import MAPPINGS_HINT, option_specs

AGENDA = """\
# options kickoff: keep this comment
meeting:
  title: Options kickoff
  length: 50m
people:
  - name: Ana Ruiz
    side: agency
items:
  - title: Scope
    timebox: 10m
    exercise: scope
    options:
      in: [Customer portal]   # from the SOW
  - title: What gives first
    timebox: 10m
    exercise: trade-offs
  - title: Who decides
    timebox: 10m
    exercise: decision-rights
    options:
      areas:
        - Budget changes
      model: raci
  - title: Dates
    timebox: 10m
    exercise: milestones
    options:
      milestones:
        - Design sign-off
        - deliverable: Go-live
          date: 2027-03-31
          after: Design sign-off
  - title: Plain dates
    timebox: 5m
    exercise: milestones
    options:
      milestones: [Kickoff notes]
  - title: Fit
    timebox: 5m
    exercise: fit-check
    options:
      dimensions: [Budget realism]
"""


def changed(before: str, after: str) -> list[str]:
    """The lines taken out (-) and put in (+), nothing else."""
    lines = difflib.ndiff(before.splitlines(), after.splitlines())
    return [line for line in lines if line[:2] in ("- ", "+ ")]


def shown_options(screen: ItemScreen) -> list[str]:
    """The option fields the form holds (only the exercise's: no hidden widgets)."""
    keys = [spec.key for spec in option_specs()]
    return [key for key in keys if screen.query(f"#row-{key}")]


def accepted(path: Path) -> bool:
    return main(["check", "--strict", str(path)]) == 0


async def open_item(pilot: object, app: EditorHost, index: int) -> ItemScreen:
    await pilot.press(*["down"] * index, "enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]  # the form is loaded: changes count
    screen = app.screen
    assert isinstance(screen, ItemScreen) and screen.index == index
    return screen


async def test_scope_shows_its_five_sections_and_writes_only_their_lines(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, AGENDA)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_item(pilot, app, 0)
        assert shown_options(screen) == [
            "option-in",
            "option-out",
            "option-later",
            "option-assumptions",
            "option-constraints",
        ]
        area = screen.query_one("#field-option-in", TextArea)
        assert area.text == "Customer portal"
        area.focus()
        await pilot.press("ctrl+e", "enter", *"Single sign-on")  # typed, as a user would
        screen.query_one("#field-option-later", TextArea).load_text("Loyalty programme\n\n")
        await pilot.pause()
        await pilot.press("ctrl+s")
    assert changed(AGENDA, path.read_text(encoding="utf-8")) == [
        "-       in: [Customer portal]   # from the SOW",
        "+       in: [Customer portal, Single sign-on]   # from the SOW",
        "+       later:",
        "+         - Loyalty programme",
    ]
    assert accepted(path)


async def test_trade_offs_sliders_are_added_under_a_new_options_key(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, AGENDA)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_item(pilot, app, 1)
        assert shown_options(screen) == ["option-sliders"]
        screen.query_one("#field-option-sliders", TextArea).focus()
        await pilot.press(*"Budget", "enter", *"Go-live", "enter", *"Scope")
        await pilot.press("ctrl+s")
    assert changed(AGENDA, path.read_text(encoding="utf-8")) == [
        "+     options:",
        "+       sliders:",
        "+         - Budget",
        "+         - Go-live",
        "+         - Scope",
    ]
    assert accepted(path)


async def test_decision_rights_areas_and_model(tmp_path: Path, clock: FakeClock) -> None:
    path = written(tmp_path, AGENDA)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_item(pilot, app, 2)
        assert shown_options(screen) == ["option-areas", "option-model"]
        model = screen.query_one("#field-option-model", Select)
        assert model.value == "raci"
        model.value = "daci"
        screen.query_one("#field-option-areas", TextArea).load_text("Budget changes\nGo-live")
        await pilot.pause()
        await pilot.press("ctrl+s")
    assert changed(AGENDA, path.read_text(encoding="utf-8")) == [
        "+         - Go-live",
        "-       model: raci",
        "+       model: daci",
    ]
    assert accepted(path)


async def test_milestones_given_as_mappings_are_shown_read_only_and_kept(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, AGENDA)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_item(pilot, app, 3)
        assert shown_options(screen) == ["option-milestones"]
        area = screen.query_one("#field-option-milestones", TextArea)
        assert area.read_only
        assert area.text == "Design sign-off\nGo-live · date: 2027-03-31 · after: Design sign-off"
        assert MAPPINGS_HINT in screen_text(app)
        area.focus()
        await pilot.press("ctrl+a", "delete", *"lost")
        area.load_text("flattened")  # even a programmatic change is not written
        await settle(app, pilot, clock)
        await pilot.press("ctrl+s")
        assert not app.state.dirty
    assert path.read_text(encoding="utf-8") == AGENDA


async def test_milestones_as_names_are_edited_and_emptied_options_go(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, AGENDA)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_item(pilot, app, 4)
        area = screen.query_one("#field-option-milestones", TextArea)
        assert not area.read_only
        area.load_text("Kickoff notes\nDesign sign-off")
        await pilot.press("escape", "down", "enter")  # the list keeps its place: the next item
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ItemScreen) and screen.index == 5
        screen.query_one("#field-option-dimensions", TextArea).load_text("")
        await pilot.pause()
        await pilot.press("ctrl+s")
    assert changed(AGENDA, path.read_text(encoding="utf-8")) == [
        "-       milestones: [Kickoff notes]",
        "+       milestones: [Kickoff notes, Design sign-off]",
        "-     options:",  # its only key: the exercise's own dimensions apply again
        "-       dimensions: [Budget realism]",
    ]
    assert accepted(path)


async def test_a_problem_in_the_options_opens_its_field(tmp_path: Path, clock: FakeClock) -> None:
    broken = AGENDA.replace("        - Budget changes\n", "        - Budget\n        - budget\n")
    app = EditorHost(written(tmp_path, broken), clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot, clock)
        assert "areas: 'budget' is listed twice" in screen_text(app)
        await pilot.press("f6", "enter")
        screen = app.screen
        assert isinstance(screen, ItemScreen) and screen.index == 2
        assert screen.focused is screen.query_one("#field-option-areas", TextArea)


MARKUPS = ["[/]", "[@click=app.quit]x[/]", "[b]bold[/b]"]


@pytest.mark.parametrize("markup", MARKUPS)
async def test_hostile_option_text_is_shown_as_typed(
    tmp_path: Path, clock: FakeClock, markup: str
) -> None:
    text = AGENDA.replace("in: [Customer portal]", f'in: ["Portal {markup} \\e]0;pwned\\a"]')
    text = text.replace("deliverable: Go-live", f'deliverable: "Go-live {markup}"')
    app = EditorHost(written(tmp_path, text), clock)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_item(pilot, app, 0)
        area = screen.query_one("#field-option-in", TextArea)
        assert area.text == f"Portal {markup} \x1b]0;pwned\x07"  # the value, as the file has it
        shown = screen_text(app)
        assert f"Portal {markup} ␛]0;pwned␇" in shown
        assert "\x1b]0" not in shown
        await pilot.press("escape")
        screen = await open_item(pilot, app, 3)
        assert f"Go-live {markup} · date" in screen_text(app)


async def test_choosing_another_exercise_swaps_its_option_fields(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, AGENDA)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_item(pilot, app, 0)
        screen.query_one("#field-option-out", TextArea).load_text("Native app")
        await pilot.pause()
        screen.query_one("#field-exercise", Select).value = "trade-offs"
        await pilot.pause()
        assert shown_options(screen) == ["option-sliders"]
        screen.query_one("#field-option-sliders", TextArea).load_text("Budget\nGo-live")
        await pilot.pause()
        screen.query_one("#field-exercise", Select).value = "scope"
        await pilot.pause()
        assert shown_options(screen)[:2] == ["option-in", "option-out"]
        assert screen.query_one("#field-option-out", TextArea).text == "Native app"  # typed
        await settle(app, pilot, clock)
        text = app.state.document.text
        assert "      out:\n        - Native app\n" in text
        assert "      sliders:\n        - Budget\n        - Go-live\n" in text  # kept, not lost
        shown = screen_text(app)
        assert "1 error" in shown and "sliders" in shown  # the check says so
