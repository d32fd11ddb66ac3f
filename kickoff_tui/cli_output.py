"""Every line the CLI writes goes through safe_text and never fails to encode.

A session title, a journal warning or a file name can hold an escape sequence (a journal copied
from elsewhere never went through the agenda check) and a terminal set to ASCII cannot show a
CJK title. For the length of one command, sys.stdout and sys.stderr are wrapped: each write is
made safe (kickoff_tui.text_safety) and characters the encoding cannot show become '?'.
Textual writes to sys.__stderr__, which is left alone, so the live app's own output is not
touched. Bytes written to `sys.stdout.buffer` (the minutes of `export --stdout`, already
escaped by the Markdown writer) pass as they are.
"""

from __future__ import annotations

import io
import os
import sys

from kickoff_tui.text_safety import safe_text

TYPE_CHECKING = False  # no typing or contextlib at run time: `kickoff check` starts sooner
if TYPE_CHECKING:
    from types import TracebackType
    from typing import TextIO


class SafeTextStream(io.TextIOWrapper):
    """A text stream over another stream's buffer that writes only safe, encodable text."""

    def write(self, text: str) -> int:
        return super().write(safe_text(text))


def _wrap(stream: TextIO | None) -> SafeTextStream | None:
    buffer = getattr(stream, "buffer", None)
    if stream is None or buffer is None:
        return None  # no stream, or an in-memory one: nothing to wrap
    try:
        stream.flush()
        return SafeTextStream(
            buffer,
            encoding=getattr(stream, "encoding", None) or "utf-8",
            errors="replace",
            line_buffering=getattr(stream, "line_buffering", False),
            write_through=True,
        )
    except (OSError, ValueError):  # a closed or odd stream: leave it as it is
        return None


class SafeOutput:
    """Wrap sys.stdout and sys.stderr (see the module docstring) until the block ends."""

    def __enter__(self) -> None:
        self.saved = sys.stdout, sys.stderr
        self.wrapped = _wrap(sys.stdout), _wrap(sys.stderr)
        sys.stdout = self.wrapped[0] or self.saved[0]
        sys.stderr = self.wrapped[1] or self.saved[1]

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        sys.stdout, sys.stderr = self.saved
        for stream in self.wrapped:
            if stream is None:
                continue
            try:
                stream.flush()
                stream.detach()  # the buffer belongs to the original stream: keep it open
            except Exception:  # a closed pipe: nothing left to say, and nothing to close
                pass


def silence_stdout() -> None:
    """Point stdout at the null device once its reader has gone, so the final flush at exit
    does not print a second BrokenPipeError (the way Python's documentation advises)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.__stdout__.fileno() if sys.__stdout__ else 1)
    except (OSError, ValueError):
        pass
