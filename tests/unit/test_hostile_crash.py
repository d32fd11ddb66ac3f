"""Crash logs keep the traceback's frames and exception types, never meeting text (#12.4)."""

from __future__ import annotations

from pathlib import Path

from textual.markup import MarkupError, to_content

from kickoff_tui.crash import write_crash_log

SECRET = "[/] Acme will lay off the support team"


def _render_capture(text: str) -> None:
    to_content(text)  # Textual quotes the markup it could not parse in its MarkupError


def _save_capture(text: str) -> None:
    try:
        _render_capture(text)
    except MarkupError as error:
        raise RuntimeError(f"could not show {text!r}") from error


def test_the_log_keeps_frames_and_types_of_the_whole_chain_but_no_message(
    kickoff_home: Path,
) -> None:
    try:
        try:
            _save_capture(SECRET)
        except RuntimeError:
            raise KeyError(SECRET)  # noqa: B904 - a context, not a cause, on purpose
    except KeyError as error:
        log = write_crash_log(error, session_id="20261125-090000-abcd")
    assert log is not None
    text = log.read_text(encoding="utf-8")
    assert "lay off" not in text and "[/]" not in text
    for frame in ("_render_capture", "_save_capture", "test_the_log_keeps_frames"):
        assert frame in text
    for kind in ("textual.markup.MarkupError: ", "RuntimeError: ", "KeyError: "):
        assert kind in text
    assert "The above exception was the direct cause of the following exception" in text
    assert "During handling of the above exception, another exception occurred" in text
    assert text.index("MarkupError") < text.index("RuntimeError") < text.index("KeyError")
    assert "(message left out: it can quote meeting text)" in text
