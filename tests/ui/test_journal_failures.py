"""A full disk reads the same on every screen: one notice from the app, nothing changed, and
whatever was typed is still there to try again.

Each test runs the real KickoffApp (so the app's one JournalFailed handler is what shows the
notice) on a meeting whose journal starts refusing writes once the screen is up.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from exercise_fixtures import DiskFull
from exercise_sample import COMMS, FIT, MAP, RISKS, SUCCESS, new_meeting
from screens_harness import ended_meeting, make_meeting
from textual.pilot import Pilot
from textual.widgets import Input, Static

from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.ui.app import KickoffApp
from kickoff_tui.ui.screens.exercises.base import FORM_NOT_SAVED
from kickoff_tui.ui.screens.exercises.form import FormScreen
from kickoff_tui.ui.screens.item import ItemScreen
from kickoff_tui.ui.screens.lobby import LobbyScreen
from kickoff_tui.ui.screens.person_form import PersonFormScreen
from kickoff_tui.ui.screens.review import ReviewScreen

SIZE = (100, 30)
NOTICE = "Not saved: cannot write the journal: disk full"


class NoticeApp(KickoffApp):
    """The real app, keeping each notification's words and options for the test."""

    def __init__(self, meeting: LiveMeeting) -> None:
        super().__init__(meeting, bell=False)
        self.notices: list[tuple[str, dict[str, Any]]] = []

    def notify(self, message: str, **options: Any) -> None:
        self.notices.append((message, options))
        super().notify(message, **options)


Scenario = Callable[[Pilot[int], NoticeApp], Awaitable[None]]


async def run_with_full_disk(
    meeting: LiveMeeting, scenario: Scenario, failures: int, *, opens: str = ""
) -> None:
    """Show the meeting's screen (then press `opens`), fill the disk, run the scenario, and check
    that each of its `failures` refused changes gave the one notice and changed nothing."""
    disk = DiskFull(list(meeting.journal.events))  # type: ignore[attr-defined]
    meeting.journal = disk
    app = NoticeApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        if opens:
            await pilot.press(opens)
            await pilot.pause()
        written = len(disk.events)
        app.notices.clear()
        disk.failing = True
        await scenario(pilot, app)
        await pilot.pause()
        assert len(disk.events) == written  # nothing reached the journal...
        reported = [(m, o) for m, o in app.notices if m.startswith("Not saved")]
        assert len(reported) == failures
        for message, options in reported:  # ...and every screen says so the same way
            assert message == NOTICE
            assert options == {
                "title": "Journal",
                "severity": "error",
                "timeout": 10,
                "markup": False,
            }
        disk.failing = False


def exercise_meeting(item: int) -> LiveMeeting:
    meeting, _, _ = new_meeting()
    meeting.start()
    meeting.go_to(item)
    return meeting


def form_keeps(app: NoticeApp, field: str, typed: str) -> None:
    form = app.screen
    assert isinstance(form, FormScreen)
    assert form.query_one(f"#field-{field}", Input).value == typed
    assert str(form.query_one("#form-error", Static).render()) == FORM_NOT_SAVED


# ----- lobby and the person form -------------------------------------------------------------
async def test_lobby_roll_call_and_start() -> None:
    meeting, _, _ = make_meeting()

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        assert isinstance(app.screen, LobbyScreen)
        await pilot.press("p", "space")
        await pilot.pause()
        assert meeting.session.attendance == {} and not meeting.session.started
        assert isinstance(app.screen, LobbyScreen)

    await run_with_full_disk(meeting, scenario, 2)


async def test_person_form_reopens_with_what_was_typed() -> None:
    meeting, _, _ = make_meeting()

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        await pilot.press("n", *"Sam Lee", "tab", *"Designer", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PersonFormScreen)
        assert app.screen.query_one("#person-name", Input).value == "Sam Lee"
        assert app.screen.query_one("#person-role", Input).value == "Designer"

    await run_with_full_disk(meeting, scenario, 1)


# ----- item screen ---------------------------------------------------------------------------
async def test_item_screen_capture_keeps_the_typing_and_delete_keeps_the_entry() -> None:
    meeting, _, _ = make_meeting()
    meeting.start()
    meeting.capture("note", "Already said")

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        screen = app.screen
        assert isinstance(screen, ItemScreen)
        await pilot.press("x")  # the selected entry
        await pilot.press("d", *"Ship in March", "enter")
        await pilot.pause()
        assert screen.capture_bar.input.value == "Ship in March"
        assert [e.text for e in meeting.session.live_entries()] == ["Already said"]

    await run_with_full_disk(meeting, scenario, 2)


# ----- review --------------------------------------------------------------------------------
async def test_review_edit_keeps_the_typing_and_finish_waits() -> None:
    meeting, _, _ = ended_meeting()

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("e", *" now", "enter")
        await pilot.pause()
        assert screen.query_one("#edit-input", Input).value.endswith(" now")
        await pilot.press("escape", "x", "f", "y")
        await pilot.pause()
        assert not meeting.session.finished
        assert all(not e.deleted for e in meeting.session.entries.values())

    await run_with_full_disk(meeting, scenario, 3)


# ----- each exercise -------------------------------------------------------------------------
async def test_stakeholder_map_move_and_add_form() -> None:
    meeting = exercise_meeting(MAP)

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        await pilot.press("left")  # Marcus Hale, selected first, stays where he is
        await pilot.press("a", *"Priya Shah", "enter")
        await pilot.pause()
        form_keeps(app, "name", "Priya Shah")

    await run_with_full_disk(meeting, scenario, 2, opens="o")


async def test_fit_check_score() -> None:
    meeting = exercise_meeting(FIT)

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        await pilot.press("4", "n", *"budget fits", "enter")
        await pilot.pause()
        form_keeps(app, "note", "budget fits")

    await run_with_full_disk(meeting, scenario, 2, opens="o")


async def test_success_criteria_form_keeps_the_typing() -> None:
    meeting = exercise_meeting(SUCCESS)

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        await pilot.press("a", *"Calls answered", "enter")
        await pilot.pause()
        form_keeps(app, "measure", "Calls answered")

    await run_with_full_disk(meeting, scenario, 1, opens="o")


async def test_comms_plan_method_and_add_group() -> None:
    meeting = exercise_meeting(COMMS)

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        await pilot.press("m", "a", *"Steering group", "enter")
        await pilot.pause()
        form_keeps(app, "name", "Steering group")

    await run_with_full_disk(meeting, scenario, 2, opens="o")


async def test_risks_quick_entry_keeps_the_typing() -> None:
    meeting = exercise_meeting(RISKS)

    async def scenario(pilot: Pilot[int], app: NoticeApp) -> None:
        await pilot.press(*"Vendor goes bust", "enter")
        await pilot.pause()
        assert app.screen.query_one("#risk-input", Input).value == "Vendor goes bust"

    await run_with_full_disk(meeting, scenario, 1, opens="o")


async def test_the_error_is_shown_as_text_never_markup() -> None:
    meeting, _, _ = make_meeting()
    markup = "[bold red]disk[/] full"

    def refuse(event: object) -> None:
        raise OSError(28, markup)

    meeting.journal.append = refuse  # type: ignore[method-assign]
    app = NoticeApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        [(message, options)] = [n for n in app.notices if n[0].startswith("Not saved")]
        assert message == f"Not saved: [Errno 28] {markup}" and options["markup"] is False
