"""Keys as a terminal delivers them: posted to the app all at once, named as Textual's parser
names them (Pilot's press cannot send a character such as ZWJ with its text)."""

from __future__ import annotations

from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot

from kickoff_tui.ui.app import KickoffApp

CONTROL_KEYS = {"\r": "enter", "\t": "tab", "\x7f": "backspace", "\x1b": "escape"}


def queue_keys(app: KickoffApp, burst: str) -> None:
    """Post every key of `burst` to the app at once, as one terminal read of all of it would."""
    for char in burst:
        name = CONTROL_KEYS.get(char) or (char if char.isalnum() else _character_to_key(char))
        app.post_message(events.Key(name, char))


async def handled(pilot: Pilot[int]) -> None:
    """Wait until every queued key has been handled (the app takes one per turn of its queue)."""
    app = pilot.app
    assert isinstance(app, KickoffApp)
    await pilot.pause()
    for _ in range(5000):
        if not app.input_pending:
            break
        await pilot.pause()
    assert not app.input_pending
    await pilot.pause()
