"""What reaches an entry from the keyboard and from a paste: all of it, as text."""

from __future__ import annotations

from live_app import BellCountingApp, item_screen, live_meeting
from textual import events
from typing_keys import handled, queue_keys

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.ui.widgets.capture_bar import pasted_line

SIZE = (100, 30)
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl
PERSIAN = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # mi-khaham, with a ZWNJ
FORMATS = "a\u200bb\u2060c\ufeffd \u202eRLO\u202c \u200eLRM"  # ZWSP, WJ, BOM, RLO..PDF, LRM


async def test_typed_format_characters_are_kept_as_a_paste_keeps_them() -> None:
    meeting, _journal = live_meeting(FakeClock())
    async with BellCountingApp(meeting).run_test(size=SIZE) as pilot:
        text = f"{FAMILY} {PERSIAN} {FORMATS}"
        queue_keys(pilot.app, f"n{text}\rn")
        pilot.app.post_message(events.Paste(text))
        queue_keys(pilot.app, "\r")
        await handled(pilot)
        typed, pasted = (e.text for e in meeting.session.live_entries())
        assert typed == text
        assert pasted == typed
        assert not item_screen(pilot.app).capture_bar.active


async def test_a_paste_is_text_its_controls_shown_as_visible_characters() -> None:
    meeting, _journal = live_meeting(FakeClock())
    async with BellCountingApp(meeting).run_test(size=SIZE) as pilot:
        queue_keys(pilot.app, "nsee ")
        pilot.app.post_message(events.Paste("\x1b]0;pwned\x07 [b]x[/b] \x9b2J"))
        queue_keys(pilot.app, "\r")
        await handled(pilot)
        (entry,) = meeting.session.live_entries()
        assert entry.text == "see \u241b]0;pwned\u2407 [b]x[/b] \ufffd2J"


async def test_a_multi_line_paste_keeps_every_line_joined_with_a_slash() -> None:
    meeting, _journal = live_meeting(FakeClock())
    async with BellCountingApp(meeting).run_test(size=SIZE) as pilot:
        queue_keys(pilot.app, "dAgreed: ")
        pilot.app.post_message(events.Paste("ship the FAQ\r\n\n  - search first\n\tthen chat\r"))
        queue_keys(pilot.app, " (Ana)\r")
        await handled(pilot)
        (entry,) = meeting.session.live_entries()
        assert entry.text == "Agreed: ship the FAQ / - search first / then chat (Ana)"
        assert entry.kind == "decision"


def test_pasted_line_keeps_a_single_line_as_it_is() -> None:
    assert pasted_line("  two  spaces\t") == "  two  spaces "
    assert pasted_line("one line\n") == "one line"
    assert pasted_line("") == pasted_line("\n") == ""
