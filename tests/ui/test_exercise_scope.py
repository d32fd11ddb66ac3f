"""The scope screen: lines pre-filled from the agenda, verdict keys, add, move, remove, undo."""

from __future__ import annotations

from exercise_fixtures import steps
from exercise_host import screen_text
from exercise_sample import new_meeting
from scope_fixtures import SCOPE, SIZE, scope_host
from scope_sample import scope_agenda
from test_journal_failures import NoticeApp, form_keeps, run_with_full_disk
from textual.pilot import Pilot

from kickoff_tui.domain.exercises.scope import scope
from kickoff_tui.ui.screens.exercises import open_exercise
from kickoff_tui.ui.screens.exercises.form import FormScreen
from kickoff_tui.ui.screens.exercises.scope import ScopeScreen


def _verdicts(meeting) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(line.id, line.section, line.verdict) for line in scope(meeting.session).lines]


async def test_the_room_confirms_the_statement_of_work_line_by_line() -> None:
    app, meeting, journal = scope_host(SCOPE)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ScopeScreen)
        text = screen_text(app)
        assert "Customer portal with order tracking" in text and "Native mobile app" in text
        assert "2 in · 1 out · 1 later · 1 assumptions · 1 constraints · ⚑ 2 flagged" in text
        assert "⚑ in scope, not agreed by the client" in text  # the line under the cursor
        await pilot.press("y")  # line 1: agreed
        await pilot.press("down", "c", "enter")  # a concern needs its note: the form stays
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert "a concerns verdict needs a note" in screen_text(app)
        await pilot.press(*"needs IT", "enter")
        await pilot.press(*["down"] * 4, "b", "enter")  # the last line, a constraint: blocked
        await pilot.pause()
        assert _verdicts(meeting)[:2] == [("p2-1", "in", "agree"), ("p2-2", "in", "concerns")]
        assert _verdicts(meeting)[-1] == ("p2-6", "constraints", "block")
        text = screen_text(app)
        assert "⚑ blocked" in text and "⚑ 2 flagged" in text
        await pilot.press("up")  # the status follows the cursor
        await pilot.pause()
        assert "⚑ blocked" not in screen_text(app)
    assert [action for _, action, _ in steps(journal)] == ["verdict"] * 3


async def test_add_a_line_then_move_it_remove_it_and_undo() -> None:
    app, meeting, _ = scope_host(SCOPE)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a", "tab", *"Monthly sales report", "enter")  # section: the row's, in
        await pilot.pause()
        line = scope(meeting.session).get("s1")
        assert line is not None and (line.section, line.text) == ("in", "Monthly sales report")
        assert isinstance(app.screen, ScopeScreen)
        assert app.screen.selected() == line  # the cursor is on the new line
        await pilot.press("s")  # in -> out; the cursor stays with it
        await pilot.pause()
        assert scope(meeting.session).get("s1").section == "out"  # type: ignore[union-attr]
        assert app.screen.selected().id == "s1"  # type: ignore[union-attr]
        await pilot.press("x")
        await pilot.pause()
        assert scope(meeting.session).get("s1") is None
        await pilot.press("u")
        await pilot.pause()
        assert scope(meeting.session).get("s1") is not None
        assert app.screen.selected().id == "s1"  # type: ignore[union-attr]
        await pilot.press("enter", "ctrl+u", *"later", "tab", "ctrl+u", *"Archive", "enter")
        await pilot.pause()
        line = scope(meeting.session).get("s1")
        assert line is not None and (line.section, line.text) == ("later", "Archive")


async def test_a_bad_section_or_an_empty_line_keeps_the_form_open() -> None:
    app, _, journal = scope_host(SCOPE)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        before = len(journal.events)
        await pilot.press("a", "ctrl+u", *"sideways", "tab", *"x", "enter")
        await pilot.pause()
        assert "section: 'sideways': choose one of in, out" in screen_text(app)
        await pilot.press("shift+tab", "ctrl+u", "tab", "ctrl+u", "enter")
        await pilot.pause()
        assert "a scope line needs its text" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ScopeScreen)
        assert len(journal.events) == before


async def test_without_options_the_screen_starts_empty_and_says_what_to_do() -> None:
    app, _, _ = scope_host(SCOPE, scope_agenda({}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "No lines yet: press a to add the first one." in screen_text(app)
        await pilot.press("y", "x", "s")  # row keys do nothing on an empty table
        await pilot.pause()
        assert isinstance(app.screen, ScopeScreen)


async def test_a_full_disk_keeps_the_form_and_changes_nothing() -> None:
    meeting, _, _ = new_meeting(scope_agenda())
    meeting.start()
    meeting.go_to(SCOPE)

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        await pilot.press("y", "s")
        await pilot.press("a", "tab", *"Chat support", "enter")
        await pilot.pause()
        form_keeps(app, "text", "Chat support")

    await run_with_full_disk(meeting, scenario, 3, opens="o")
    assert _verdicts(meeting)[0] == ("p2-1", "in", "")


async def test_a_removal_can_be_undone_after_leaving_and_reopening_the_exercise() -> None:
    app, meeting, _ = scope_host(SCOPE)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "x", "escape")  # Single sign-on removed, then back out
        await pilot.pause()
        assert not isinstance(app.screen, ScopeScreen)
        assert scope(meeting.session).get("p2-2") is None
        open_exercise(app, meeting, SCOPE)
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert scope(meeting.session).get("p2-2") is not None
        assert app.screen.selected().id == "p2-2"  # type: ignore[attr-defined]
