"""The meetings the snapshot tests photograph, each on a FakeClock that never moves by itself.

Every app is the real KickoffApp (bell off), so a snapshot shows the screen as the room sees it:
header, footer and all. What happens before the picture is taken is done with keys, as a
facilitator would, then the screen's own repaint is run and Textual is let to settle.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

from exercise_sample import run_exercises
from live_app import live_meeting
from screens_harness import ended_meeting
from textual.pilot import Pilot
from textual.widgets import Input

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.settings import ThemeChoice
from kickoff_tui.storage.journal import MemoryJournal
from kickoff_tui.ui.app import KickoffApp
from kickoff_tui.ui.screens.item import ItemScreen

# the exercise items of exercise_sample's agenda, by the name each screen is known by
EXERCISE_ITEMS = {
    "stakeholder-map": 1,
    "fit-check": 2,
    "success-criteria": 3,
    "comms-plan": 4,
    "risks": 5,
}


def lobby_app() -> KickoffApp:
    meeting, _ = live_meeting(FakeClock(), started=False)
    meeting.set_attendance("Ana Ruiz", "present")
    meeting.set_attendance("Claire Dubois", "late")
    return KickoffApp(meeting, bell=False)


def item_app(minutes_in: float = 2, theme: str = "default") -> KickoffApp:
    """Item 1 (5 minutes, with a checklist and private notes), `minutes_in` after the start."""
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    meeting.capture("decision", "We build on Shopify")
    meeting.capture("action", "Send the research deck @ben 2026-12-01")
    meeting.capture("risk", "Budget is tight")
    meeting.toggle_check(0, 0)
    clock.advance(minutes_in * 60)
    return KickoffApp(meeting, bell=False, theme=ThemeChoice(theme))


def review_app() -> KickoffApp:
    meeting, _, _ = ended_meeting()
    return KickoffApp(meeting, bell=False)


def exercise_app(exercise: str) -> KickoffApp:
    """exercise_sample's meeting stopped three minutes into this exercise's item, filled in."""
    _, journal = run_exercises()
    return stopped_on(journal, EXERCISE_ITEMS[exercise], exercise)


def stopped_on(journal: MemoryJournal, item: int, exercise: str) -> KickoffApp:
    """The journal's meeting stopped three minutes into `item`, an `exercise` item."""
    events: list[ev.Event] = []
    on_the_item = False
    for event in journal.events:
        if on_the_item and event.type in (ev.ITEM_STARTED, ev.MEETING_ENDED):
            break  # the meeting moved on: stop while this item is running
        events.append(event)
        on_the_item |= event.type == ev.ITEM_STARTED and event.data["index"] == item
    replayed = MemoryJournal()
    for event in events:
        replayed.append(event)
    clock = FakeClock(events[-1].at + timedelta(minutes=3))
    meeting = LiveMeeting(session_from_events(events), replayed, clock)
    assert meeting.session.current == item
    assert meeting.session.agenda.items[item].exercise == exercise
    return KickoffApp(meeting, bell=False)


async def settle(pilot: Pilot[int]) -> None:
    """Run the item screen's own repaint, stop every cursor blinking, and let Textual settle."""
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False  # a blink half-way through would change the picture
    for screen in pilot.app.screen_stack:
        if isinstance(screen, ItemScreen):
            screen.refresh_timing()
    await pilot.pause()


def pressing(*keys: str) -> Callable[[Pilot[int]], Awaitable[None]]:
    """A run_before for snap_compare: press the keys, then settle."""

    async def run_before(pilot: Pilot[int]) -> None:
        await pilot.pause()
        await pilot.press(*keys)
        await settle(pilot)

    return run_before
