"""`s`, then `@name …`: a stakeholder note from any item, attached to the person it is about."""

from __future__ import annotations

from live_app import BellCountingApp, event_types, item_screen, live_meeting, screen_text
from textual.app import App

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.exercises.common import STAKEHOLDER_MAP
from kickoff_tui.exercise_actions import ExerciseActions
from kickoff_tui.ui.widgets.kind_picker import KindPicker

SIZE = (100, 30)


def warned(app: App[None], message: str) -> bool:
    return any(n.message == message and n.severity == "warning" for n in app._notifications)


async def test_s_captures_a_note_about_a_person_in_the_current_item() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right")  # any item, not only a stakeholder-map one
        await pilot.press("s")
        assert "Stakeholder note ›" in screen_text(app)
        await pilot.press(*"@ben wants one-page updates", "enter")
        (entry,) = meeting.session.live_entries()
        assert (entry.kind, entry.item, entry.owner, entry.owner_known) == (
            "stakeholder",
            1,
            "Ben Okafor",
            True,
        )
        assert entry.body == "Ben Okafor wants one-page updates"
        assert "PERSON" in screen_text(app)
        assert event_types(journal)[-1] == ev.ENTRY_ADDED
        assert not item_screen(app).capture_bar.active


async def test_a_note_that_names_nobody_is_refused_and_keeps_the_text() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        before = len(journal.events)
        await pilot.press("s", *"wants weekly calls", "enter")
        await pilot.pause()
        bar = item_screen(app).capture_bar
        assert meeting.session.live_entries() == []
        assert set(event_types(journal)[before:]) == {ev.DRAFT}  # kept safe, but no entry
        assert journal.events[-1].data["text"] == "wants weekly calls"
        assert (bar.active, bar.kind, bar.input.value) == (
            True,
            "stakeholder",
            "wants weekly calls",
        )
        assert warned(app, "Stakeholder note: say who the note is about with @name.")
        # the facilitator adds the name and Enter saves it
        await pilot.press("home", *"@claire ", "enter")
        (entry,) = meeting.session.live_entries()
        assert (entry.kind, entry.owner) == ("stakeholder", "Claire Dubois")


async def test_someone_added_on_the_map_can_be_named_and_completed() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    ExerciseActions(meeting).add_stakeholder(0, "Olga Brandt", "CFO", "client")
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", *"@olg", "tab", *"wants a monthly cost report", "enter")
        (entry,) = meeting.session.live_entries()
        assert (entry.owner, entry.owner_known) == ("Olga Brandt", True)
        assert entry.body == "Olga Brandt wants a monthly cost report"
        assert meeting.session.exercise_events[-1].data["exercise"] == STAKEHOLDER_MAP


async def test_editing_or_retyping_keeps_a_stakeholder_note_about_someone() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", *"Prefers short calls", "enter")
        note_id = meeting.session.live_entries()[0].id
        await pilot.press("k")
        assert isinstance(app.screen, KindPicker)
        await pilot.press("s")  # a note that names nobody cannot become a stakeholder note
        await pilot.pause()
        assert meeting.session.entries[note_id].kind == "note"
        assert warned(app, "Stakeholder note: say who the note is about with @name.")

        await pilot.press("s", *"@ben prefers email", "enter")
        person_id = meeting.session.live_entries()[-1].id
        await pilot.press("enter")  # edit it: dropping the name is refused, the edit stays open
        bar = item_screen(app).capture_bar
        await pilot.press(*("backspace" for _ in range(len(bar.input.value))), *"email", "enter")
        assert meeting.session.entries[person_id].text == "@ben prefers email"
        assert (bar.editing, bar.input.value) == (person_id, "email")


async def test_s_no_longer_toggles_the_sidebar_and_ctrl_z_is_not_undo() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE):
        bindings = item_screen(app)._bindings.key_to_bindings
        bound = {key: [b.action for b in found] for key, found in bindings.items()}
        assert bound["s"] == ["capture('stakeholder')"]
        assert bound["b"] == ["toggle_sidebar"]
        assert "ctrl+z" not in bound  # the app suspends to the shell on ctrl+z
        assert bound["u"] == ["undo_delete"]


async def test_the_bar_asks_who_while_typing_and_the_list_says_the_name_once() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        bar = item_screen(app).capture_bar
        await pilot.press("s")
        assert bar.input.placeholder == "@name, then what matters to them"
        await pilot.press(*"wants weekly calls")
        assert bar.hint == "⚠ no @name: who is it about?"
        await pilot.press("home", *"@ben ")
        assert bar.hint == "→ Ben Okafor"
        await pilot.press("enter", "s", *"Signs off budget @claire", "enter")
        shown = screen_text(app)
        assert "PERSON   Ben Okafor wants weekly calls" in shown
        assert "→ Ben Okafor" not in shown  # the text already says who
        assert "PERSON   Signs off budget  → Claire Dubois" in shown


async def test_a_note_hint_shows_no_due_date_as_the_note_keeps_none() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        bar = item_screen(app).capture_bar
        await pilot.press("n", *"Demo is on friday")
        assert bar.hint == ""
        await pilot.press("escape", "a", *"Prepare the demo friday")
        assert "due Fri 27 Nov" in bar.hint
