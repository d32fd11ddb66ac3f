"""Keys queued before any is handled (a burst) act in order, each on the state the last left."""

from __future__ import annotations

from live_app import BellCountingApp, item_screen, live_meeting
from textual import events
from typing_keys import handled, queue_keys

from kickoff_tui.domain.clock import FakeClock


async def test_twelve_captures_queued_at_once_are_twelve_entries() -> None:
    meeting, _journal = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        keys = "dar"
        queue_keys(app, "".join(f"{keys[i % 3]}point {i} for the record\r" for i in range(12)))
        await handled(pilot)
        got = [(e.kind, e.text) for e in meeting.session.live_entries()]
        kinds = ("decision", "action", "risk")
        assert got == [(kinds[i % 3], f"point {i} for the record") for i in range(12)]
        assert not meeting.session.checks  # no digit ticked the checklist
        assert not item_screen(app).capture_bar.active


async def test_keys_after_a_go_to_land_on_the_chosen_item() -> None:
    meeting, _journal = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        queue_keys(app, "g3\rdOut of scope: mobile\rg2\rnfewer tickets\r")
        await handled(pilot)
        got = [(e.kind, e.text, e.item) for e in meeting.session.live_entries()]
        assert got == [("decision", "Out of scope: mobile", 2), ("note", "fewer tickets", 1)]
        assert meeting.session.current == 1
        assert item_screen(app).capture_bar.input.value == ""


async def test_a_paste_between_keys_lands_in_the_entry_it_was_pasted_into() -> None:
    meeting, _journal = live_meeting(FakeClock())
    app = BellCountingApp(meeting)
    async with app.run_test(size=(100, 30)) as pilot:
        queue_keys(app, "nbefore ")
        app.post_message(events.Paste("pasted"))
        queue_keys(app, " after\rdnext\r")
        await handled(pilot)
        got = [(e.kind, e.text) for e in meeting.session.live_entries()]
        assert got == [("note", "before pasted after"), ("decision", "next")]
