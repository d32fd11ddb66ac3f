"""The live item screen driven with Pilot: capture, entries, timer controls, overtime, views."""

from __future__ import annotations

from live_app import BellCountingApp, event_types, item_screen, live_meeting, screen_text

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.widgets.capture_bar import CaptureBar
from kickoff_tui.ui.widgets.countdown import Countdown
from kickoff_tui.ui.widgets.item_panel import ItemPanel
from kickoff_tui.ui.widgets.kind_picker import KindPicker
from kickoff_tui.ui.widgets.sidebar import AgendaSidebar

SIZE = (100, 30)


async def test_every_capture_kind_lands_in_the_current_item_and_on_screen() -> None:
    clock = FakeClock()
    meeting, _journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        typed = {
            "n": "Intro round done",
            "d": "We build on Shopify",
            "a": "Send the deck @ben 2026-12-01",
            "r": "Budget is tight",
            "q": "Who signs off on design?",
            "p": "Mobile app later",
        }
        for key, text in typed.items():
            await pilot.press(key, *text, "enter")
        session = meeting.session
        kinds = [(e.kind, e.item) for e in session.live_entries()]
        assert kinds == [
            ("note", 0),
            ("decision", 0),
            ("action", 0),
            ("risk", 0),
            ("question", 0),
            ("parking", 0),
        ]
        action = session.entries_of("action")[0]
        assert (action.owner, action.owner_known, action.due) == ("Ben Okafor", True, "2026-12-01")
        shown = screen_text(app)
        for label in ("NOTE", "DECISION", "ACTION", "RISK", "QUESTION", "PARKED"):
            assert label in shown
        assert "Send the deck  → Ben Okafor · due Tue 1 Dec" in shown
        assert "Captured in this item (6)" in shown
        # newest last, and the bar is idle again with the list focused
        screen = item_screen(app)
        assert screen.entry_list.entries[-1].kind == "parking"
        assert not screen.capture_bar.active
        assert app.focused is screen.entry_list


async def test_the_capture_bar_shows_owner_and_due_while_typing_and_flags_what_it_cannot_use() -> (
    None
):
    clock = FakeClock()
    meeting, _journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        bar = app.screen.query_one(CaptureBar)
        await pilot.press("a", *"Book the workshop @cla 2026-12-04")
        assert bar.hint == "→ Claire Dubois · due Fri 4 Dec"
        assert "Action ›" in screen_text(app)
        await pilot.press("escape")
        assert not bar.active and bar.input.value == ""
        assert meeting.session.live_entries() == []

        await pilot.press("a", *"Chase legal @zed")
        assert "@zed is not in this meeting" in bar.hint
        assert "no due date" in bar.hint
        await pilot.press("enter")
        entry = meeting.session.live_entries()[0]
        assert (entry.owner, entry.owner_known) == ("zed", False)
        assert "⚠ @zed is not in this meeting; no due date" in screen_text(app)


async def test_tab_completes_an_owner_from_the_people_in_the_meeting() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *"ask @be", "tab", *"about budget", "enter")
        entry = meeting.session.live_entries()[0]
        assert entry.text == "ask @Ben about budget"
        assert entry.owner == "Ben Okafor"


async def test_letters_type_text_while_capturing_and_act_as_keys_otherwise() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        # every letter and key below is also a command on the item screen
        await pilot.press("n", *"e g s i k x u", "space", "1", "plus", "right")
        bar = item_screen(app).capture_bar
        assert bar.input.value == "e g s i k x u 1+"
        assert meeting.session.current == 0  # right moved the cursor, not the meeting
        assert ev.CHECK_TOGGLED not in event_types(journal)
        assert ev.TIMEBOX_ADJUSTED not in event_types(journal)
        assert not meeting.session.paused


async def test_edit_retype_delete_and_undo_an_entry() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d", *"Go with Shopify", "enter", "n", *"Coffee is good", "enter")
        screen = item_screen(app)
        first, second = (e.id for e in meeting.session.live_entries())
        assert screen.entry_list.selected_id == second

        await pilot.press("up")  # select the decision, then edit it in the capture bar
        assert screen.entry_list.selected_id == first
        await pilot.press("enter")
        bar = screen.capture_bar
        assert (bar.editing, bar.input.value) == (first, "Go with Shopify")
        assert "Edit Decision ›" in screen_text(app)
        await pilot.press(*" Plus", "enter")
        assert meeting.session.entries[first].text == "Go with Shopify Plus"
        assert len(meeting.session.live_entries()) == 2  # edited in place, not added
        assert "DECISION Go with Shopify Plus" in screen_text(app)

        await pilot.press("k")  # change kind: a chooser that takes the capture letters
        assert isinstance(app.screen, KindPicker)
        await pilot.press("r")
        assert meeting.session.entries[first].kind == "risk"
        assert "RISK     Go with Shopify Plus" in screen_text(app)

        await pilot.press("x")
        assert meeting.session.entries[first].deleted
        assert "Go with Shopify Plus" not in screen_text(app)
        await pilot.press("u")
        assert not meeting.session.entries[first].deleted
        assert "Go with Shopify Plus" in screen_text(app)
        assert event_types(journal)[-4:] == [
            ev.ENTRY_EDITED,
            ev.ENTRY_RETYPED,
            ev.ENTRY_DELETED,
            ev.ENTRY_RESTORED,
        ]


async def test_warning_then_overtime_counts_up_and_rings_the_bell_once() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE):
        screen = item_screen(app)
        countdown = screen.query_one(Countdown)
        assert countdown.text == "05:00"
        assert not countdown.has_class("-warning")

        clock.advance(4 * 60 + 30)  # 30 s left of 5 min: within the last 20 %
        screen.refresh_timing()
        assert countdown.text == "00:30"
        assert countdown.has_class("-warning") and not countdown.has_class("-over")
        assert "▲ WARNING 00:30 left of 05:00" in screen_text(app)  # in words, not colour alone
        assert app.bells == 0

        clock.advance(30 + 3 * 60 + 12)
        screen.refresh_timing()
        assert countdown.text == "+03:12"
        assert countdown.has_class("-over") and not countdown.has_class("-warning")
        assert "■ OVERTIME +03:12 · timebox 05:00" in screen_text(app)
        assert "WARNING" not in screen_text(app)
        assert app.bells == 1
        clock.advance(60)
        screen.refresh_timing()
        screen.refresh_timing()
        assert app.bells == 1
        assert meeting.session.current == 0  # never moves on by itself
        assert "3:12 behind" not in screen_text(app)
        assert "4:12 behind" in screen_text(app)


async def test_no_bell_when_turned_off() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting, bell=False)
    async with app.run_test(size=SIZE):
        screen = item_screen(app)
        screen.refresh_timing()
        clock.advance(6 * 60)
        screen.refresh_timing()
        assert screen.query_one(Countdown).has_class("-over")
        assert app.bells == 0


async def test_pause_stops_the_item_clock_and_resume_carries_on() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        screen = item_screen(app)
        clock.advance(60)
        await pilot.press("space")
        assert meeting.session.paused
        clock.advance(10 * 60)
        screen.refresh_timing()
        assert screen.query_one(Countdown).text == "04:00"
        text = screen_text(app)
        assert "PAUSED" in text and "Resume" in text.splitlines()[-1]
        await pilot.press("space")
        assert not meeting.session.paused
        clock.advance(30)
        screen.refresh_timing()
        assert screen.query_one(Countdown).text == "03:30"


async def test_plus_and_minus_change_the_timebox_by_a_minute() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus", "plus", "minus")
        assert meeting.session.timebox(0) == 6 * 60
        assert "06:00 left of 06:00" in screen_text(app)
        for _ in range(10):  # never below one minute
            await pilot.press("minus")
        assert meeting.session.timebox(0) == 60


async def test_next_previous_pagedown_and_go_to_an_item() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right")
        assert meeting.session.current == 1
        assert "2. What success looks like" in screen_text(app)
        assert "Item 2 of 4" in screen_text(app)
        await pilot.press("left")
        assert meeting.session.current == 0
        await pilot.press("pagedown", "pagedown")
        assert meeting.session.current == 2
        await pilot.press("pageup")
        assert meeting.session.current == 1
        await pilot.press("g", "4", "enter")
        assert meeting.session.current == 3
        await pilot.press("right")  # already the last item
        assert meeting.session.current == 3


async def test_reopening_a_past_item_accumulates_its_time() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(120, 30)) as pilot:
        clock.advance(4 * 60)
        await pilot.press("right")
        clock.advance(60)
        await pilot.press("left")
        clock.advance(2 * 60)
        screen = item_screen(app)
        screen.refresh_timing()
        assert screen.query_one(Countdown).text == "+01:00"
        rows = screen.query_one(AgendaSidebar).rows
        assert (rows[0].mark, rows[0].figure) == ("▶", "6:00/5:00")
        assert (rows[1].mark, rows[1].figure) == ("✓", "1:00/20:00")


async def test_checklist_lines_are_ticked_with_digits() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        assert meeting.session.checks == {(0, 1)}
        assert "2 ☑ Parking lot explained" in screen_text(app)
        await pilot.press("2", "9")  # 9: no such line, nothing happens
        assert meeting.session.checks == set()
        assert "2 ☐ Parking lot explained" in screen_text(app)


async def test_private_notes_are_hidden_until_the_facilitator_asks() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        secret = "Ben is sceptical about the timeline."
        panel = app.screen.query_one(ItemPanel)
        assert secret not in panel.plain
        count = len(journal.events)
        await pilot.press("i")
        assert secret in panel.plain
        await pilot.press("i")
        assert secret not in panel.plain
        assert len(journal.events) == count  # a view toggle, not a meeting change


async def test_sidebar_hides_itself_when_narrow_and_toggles_with_b() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(80, 24)) as pilot:
        sidebar = app.screen.query_one(AgendaSidebar)
        assert not sidebar.display
        await pilot.press("b")
        assert sidebar.display
        assert "Scope in and out" in screen_text(app)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(160, 45)) as pilot:
        sidebar = app.screen.query_one(AgendaSidebar)
        assert sidebar.display
        await pilot.press("b")
        assert not sidebar.display


async def test_a_journal_failure_keeps_the_typed_text_and_says_so() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        journal.broken = True
        await pilot.press("d", *"Ship in March", "enter")
        await pilot.pause()
        bar = item_screen(app).capture_bar
        assert bar.active and bar.input.value == "Ship in March"
        assert meeting.session.live_entries() == []
        assert any("Not saved: disk full" in str(n.message) for n in app._notifications)
        journal.broken = False
        await pilot.press("enter")
        assert [e.text for e in meeting.session.live_entries()] == ["Ship in March"]


async def test_typing_is_journaled_as_a_draft_and_restored_on_resume() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r", *"Vendor lock-in")
        item_screen(app).flush_draft()
        drafts = [e for e in journal.events if e.type == ev.DRAFT]
        assert (drafts[-1].data["kind"], drafts[-1].data["text"]) == ("risk", "Vendor lock-in")
        assert len(drafts) < len("Vendor lock-in")  # debounced, not one per key
        item_screen(app).flush_draft()  # nothing new typed: nothing journaled
        assert [e for e in journal.events if e.type == ev.DRAFT] == drafts

    again = BellCountingApp(meeting)  # the same session, as `kickoff resume` rebuilds it
    async with again.run_test(size=SIZE) as pilot:
        bar = item_screen(again).capture_bar
        assert (bar.kind, bar.input.value) == ("risk", "Vendor lock-in")
        await pilot.press("enter")
        assert [e.text for e in meeting.session.entries_of("risk")] == ["Vendor lock-in"]
        assert meeting.session.draft_text == ""


async def test_the_layout_keeps_the_essentials_at_80x24_and_grows_at_200x60() -> None:
    clock = FakeClock()
    meeting, _ = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        text = screen_text(app).splitlines()
        assert "Northwind portal kickoff" in text[0] and "Item 1 of 4" in text[0]
        assert "1. Welcome and introductions" in text[1]
        assert "05:00 left of 05:00" in "\n".join(text)
        assert "Note ›" in text[-2]
        assert "Save" in text[-1] and "Cancel" in text[-1]
        small = app.screen.query_one(Countdown).size.height
    app = BellCountingApp(meeting)
    async with app.run_test(size=(200, 60)):
        assert app.screen.query_one(Countdown).size.height >= 2 * small
