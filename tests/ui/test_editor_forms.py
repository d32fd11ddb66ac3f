"""kickoff edit: the meeting, item and person forms, the power grid and the question bank."""

from __future__ import annotations

from pathlib import Path

from editor_host import SIZE, SMALL, EditorHost, notices, settle, written
from screen_text import screen_text
from textual.widgets import Input, Select, TextArea

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.storage.agenda_loader import check_file
from kickoff_tui.ui.editor.grid import GridScreen
from kickoff_tui.ui.editor.item_form import ItemScreen
from kickoff_tui.ui.editor.meeting_form import MeetingScreen
from kickoff_tui.ui.editor.people import PeopleScreen, PersonScreen
from kickoff_tui.ui.screens.question_bank import QuestionBankScreen


def diff_lines(before: str, after: str) -> list[tuple[str, str]]:
    return [(a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=False) if a != b]


async def test_meeting_form_writes_each_field_where_it_belongs(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.focused is app.screen.query_one("#field-title", Input)
        await pilot.press("end", *" 2026")
        app.screen.query_one("#field-start", Input).focus()
        await pilot.press(*"9:30")
        app.screen.query_one("#field-client", Input).focus()
        await pilot.press(*"Northwind")
        await pilot.press("escape", "ctrl+s")
        text = path.read_text(encoding="utf-8")
        assert "  title: Small kickoff 2026\n" in text
        assert text.startswith("# the team's kickoff: keep this comment\n")
        agenda = check_file(path).agenda
        assert agenda is not None
        assert (agenda.meeting.start, agenda.meeting.client) == ("09:30", "Northwind")
        assert "09:40" in screen_text(app)  # the items' clock times follow


async def test_a_field_that_cannot_be_written_keeps_the_text_and_says_why(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, ItemScreen)
        timebox = app.screen.query_one("#field-timebox", Input)
        timebox.focus()
        await pilot.press("ctrl+a", "ctrl+k", *"ten")  # select-all is home in an Input
        assert timebox.value == "ten"
        why = "'ten' is not a duration; write '45s', '5m', '1h30m' or minutes"
        assert why in screen_text(app)
        assert app.state.view.items[0]["timebox"] == "10m"  # the file still holds a duration
        await pilot.press("ctrl+a", "ctrl+k", *"12 min")
        await settle(app, pilot, clock)
        assert app.state.view.items[0]["timebox"] == "12m"  # as the line wrote it: 10m
        assert why not in screen_text(app)


async def test_item_form_owner_kind_exercise_prompts_and_notes(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        screen = app.screen
        assert isinstance(screen, ItemScreen) and screen.index == 1
        owner = screen.query_one("#field-owner", Select)
        assert [str(label) for label, _ in owner._options[1:]] == ["Ana Ruiz", "Ben Okafor"]
        owner.value = "Ben Okafor"
        screen.query_one("#field-kind", Select).value = "decision"
        await pilot.pause()
        screen.query_one("#field-exercise", Select).value = "fit-check"
        await pilot.pause()
        assert screen.query_one("#field-kind", Select).value == "exercise"  # follows the exercise
        assert screen.query_one("#row-option-dimensions").display
        screen.query_one("#field-option-dimensions", TextArea).load_text("Budget\nTimeline")
        screen.query_one("#field-prompts", TextArea).load_text(
            "What is out of scope?\n\nWho signs?"
        )
        screen.query_one("#field-notes", Input).value = "Keep it short"
        await pilot.pause()
        await pilot.press("ctrl+s")
        agenda = check_file(path).agenda
        assert agenda is not None, check_file(path).problems
        item = agenda.items[1]
        assert (item.owner, item.kind, item.exercise) == ("Ben Okafor", "exercise", "fit-check")
        assert item.options == {"dimensions": ["Budget", "Timeline"]}
        assert item.prompts == ("What is out of scope?", "Who signs?")
        assert item.notes == "Keep it short"
        assert "timebox: 15m   # the big one" in path.read_text(encoding="utf-8")


async def test_the_bank_adds_a_question_to_the_prompts(tmp_path: Path, clock: FakeClock) -> None:
    text = SMALL.replace(
        "    timebox: 15m   # the big one\n", "    timebox: 15m\n    questions: [scope]\n"
    )
    path = written(tmp_path, text)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter", "ctrl+b")
        bank = app.screen
        assert isinstance(bank, QuestionBankScreen)
        assert {q.topic for q in bank.shown} == {"scope"}  # the item's topics
        assert "Enter adds it to the prompts" in screen_text(app)
        first = bank.shown[0].text
        await pilot.press("enter")
        assert isinstance(app.screen, ItemScreen)
        area = app.screen.query_one("#field-prompts", TextArea)
        assert area.text == first
        await pilot.press("escape", "b", "enter")  # `b` on the list does the same
        assert app.state.view.items[1]["prompts"] == [first]  # once, not twice
        assert "Question already in item 2's prompts." in notices(app)
        await pilot.press("b", "down", "enter", "ctrl+s")
        prompts = check_file(path).agenda.items[1].prompts  # type: ignore[union-attr]
        assert prompts[0] == first and len(prompts) == 2


async def test_people_add_edit_remove_undo_and_the_grid(tmp_path: Path, clock: FakeClock) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        assert isinstance(app.screen, PeopleScreen)
        await pilot.press("a")
        assert isinstance(app.screen, PersonScreen)
        await pilot.press(*"Cara Diaz")  # the placeholder name is selected: typing replaces it
        app.screen.query_one("#field-role", Input).focus()
        await pilot.press(*"CFO")
        await pilot.press("escape")
        names = lambda: [p["name"] for p in app.state.view.people]  # noqa: E731
        assert names() == ["Ana Ruiz", "Ben Okafor", "Cara Diaz"]
        await pilot.press("g", "up", "right")  # placed in the middle, then moved
        assert isinstance(app.screen, GridScreen)
        assert "⚠ keep satisfied" in screen_text(app)
        await pilot.press("up", "right")
        person = app.state.view.people[2]
        assert (person["power"], person["proximity"]) == ("high", "far")
        assert "keep satisfied" in screen_text(app).split("Cara Diaz")[-1]
        await pilot.press("right")  # past the edge: nothing changes
        assert app.state.view.people[2]["proximity"] == "far"
        await pilot.press("escape", "up", "x")
        assert names() == ["Ana Ruiz", "Cara Diaz"]
        await pilot.press("u")
        assert names() == ["Ana Ruiz", "Ben Okafor", "Cara Diaz"]
        await pilot.press("ctrl+s")
        agenda = check_file(path).agenda
        assert agenda is not None
        cara = agenda.people[2]
        assert (cara.role, cara.power, cara.proximity) == ("CFO", "high", "far")


async def test_every_problem_opens_its_field(tmp_path: Path, clock: FakeClock) -> None:
    broken = SMALL.replace("  title: Small kickoff", "  title: ''").replace(
        "    owner: Ana Ruiz", "    owner: Nobody"
    )
    app = EditorHost(written(tmp_path, broken), clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot, clock)
        text = screen_text(app)
        assert "1 error, 1 warning" in text
        await pilot.press("f6")
        await pilot.press("enter")  # the first: the empty title
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.focused is app.screen.query_one("#field-title", Input)
        await pilot.press(*"Fixed")
        await settle(app, pilot, clock)
        assert "1 warning" in screen_text(app) and "error" not in screen_text(app).split("\n")[-3]
        await pilot.press("f6", "enter")  # now the owner who is not in people
        assert isinstance(app.screen, ItemScreen) and app.screen.index == 0
        assert app.screen.focused is app.screen.query_one("#field-owner", Select)


async def test_a_key_typed_on_opening_a_form_adds_to_the_title_never_replaces_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # the first item's form, its title focused
        assert isinstance(app.screen, ItemScreen)
        title = app.screen.query_one("#field-title", Input)
        before = title.value
        assert app.screen.focused is title and before
        await pilot.press("X")  # Textual's Input selects all on focus: X was the whole title
        assert title.value == before + "X"
