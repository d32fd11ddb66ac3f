"""A paste is text: an ESC inside a bracketed paste never starts a key or a command.

Textual's input parser reads an ESC inside a bracketed paste as the start of an escape
sequence, as it would outside one. Pasted text holding one (`\\e]0;title\\a` copied from a
terminal log) had its sequence turned into keypresses (`^]0;…` typed, the letters run as
commands) and lost the text around it. PasteGuard sits in front of the parser: between the
paste's start and end markers, every ESC that does not begin the end marker becomes ␛, the
same visible character text_safety shows an ESC as. Nothing else changes, outside a paste
included. The driver builds its parser from a module-level name (textual's private
`_xterm_parser`, reached through ui/textual_private.py and pinned with textual's exact
version): tests/ui/test_textual_private.py and tests/e2e/test_capture_text_pty.py fail if
that moves.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.drivers import linux_driver
from textual.message import Message

from kickoff_tui.ui.textual_private import XTermParser, use_linux_parser

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
ESC = "\x1b"
VISIBLE_ESC = "\u241b"  # ␛, as kickoff_tui.text_safety shows an ESC


class PasteGuard:
    """Rewrites the ESCs inside bracketed pastes, across reads split anywhere."""

    def __init__(self) -> None:
        self._in_paste = False
        self._held = ""  # the start of a possible end marker, waiting for the next read
        self._tail = ""  # the end of the last read outside a paste: a start marker's beginning?

    def filter(self, data: str) -> str:
        """What to hand the parser for `data` (some of it may be held for the next read)."""
        text, self._held = self._held + data, ""
        out: list[str] = []
        position = 0
        while position < len(text):
            if not self._in_paste:
                position = self._pass_outside(text, position, out)
            else:
                position = self._pass_inside(text, position, out)
        return "".join(out)

    def flush(self) -> str:
        """Whatever is held back, at the end of input."""
        held, self._held = self._held, ""
        return held.replace(ESC, VISIBLE_ESC)

    def _pass_outside(self, text: str, position: int, out: list[str]) -> int:
        seen = self._tail + text[position:]
        found = seen.find(PASTE_START)
        if found < 0:
            out.append(text[position:])
            self._tail = _prefix_tail(seen, PASTE_START)
            return len(text)
        end = found + len(PASTE_START) - len(self._tail) + position  # in `text`
        out.append(text[position:end])
        self._tail = ""
        self._in_paste = True
        return end

    def _pass_inside(self, text: str, position: int, out: list[str]) -> int:
        found = text.find(PASTE_END, position)
        if found >= 0:
            out.append(text[position:found].replace(ESC, VISIBLE_ESC) + PASTE_END)
            self._in_paste = False
            return found + len(PASTE_END)
        held = _prefix_tail(text[position:], PASTE_END)
        self._held = held
        out.append(text[position : len(text) - len(held)].replace(ESC, VISIBLE_ESC))
        return len(text)


def _prefix_tail(text: str, marker: str) -> str:
    """The longest end of `text` that could be the start of `marker` (never all of it)."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if marker.startswith(text[-size:]):
            return text[-size:]
    return ""


class PasteGuardParser(XTermParser):
    """Textual's parser, fed through a PasteGuard."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._guard = PasteGuard()

    def feed(self, data: str) -> Iterable[Message]:
        if not data:  # the end of input
            held = self._guard.flush()
            if held:
                yield from super().feed(held)
            yield from super().feed(data)
            return
        passed = self._guard.filter(data)
        if passed:  # an empty feed would mean the end of input
            yield from super().feed(passed)


class PasteGuardDriver(linux_driver.LinuxDriver):
    """The Linux driver with a PasteGuardParser in front of its input."""

    def run_input_thread(self) -> None:
        # LinuxDriver.run_input_thread builds its parser from its module's XTermParser name
        use_linux_parser(PasteGuardParser)
        super().run_input_thread()
