"""The serve pieces without a server: what a viewer relays, what the pages say."""

from __future__ import annotations

import asyncio
import json
import signal
from pathlib import Path

import pytest

from kickoff_tui.web.page import full_page, room_page
from kickoff_tui.web.server import COLUMNS, _clamped
from kickoff_tui.web.viewer import Viewer


class Browser:
    """Stands in for the tab's websocket: records what the viewer sends it."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.closed = 0

    async def write_bytes(self, data: bytes) -> None:
        raise AssertionError("no terminal bytes expected")

    async def write_str(self, text: str) -> None:
        self.texts.append(text)

    async def close(self) -> bool:
        self.closed += 1
        return True


def _viewer(browser: Browser) -> Viewer:
    return Viewer(
        ["true"], write_bytes=browser.write_bytes, write_str=browser.write_str, close=browser.close
    )


@pytest.mark.parametrize(
    "meta",
    [
        {"type": "open_url", "url": "https://evil.test/", "new_tab": True},
        {"type": "deliver_file_start", "key": "k", "path": "/etc/passwd", "open_method": "browser"},
        {"type": "something new"},
    ],
)
async def test_a_viewer_makes_the_browser_open_nothing(meta: dict[str, object]) -> None:
    browser = Browser()
    await _viewer(browser).on_meta(json.dumps(meta).encode())
    assert browser.texts == [] and browser.closed == 0


async def test_the_app_closing_closes_the_tab_and_garbage_is_ignored() -> None:
    browser = Browser()
    viewer = _viewer(browser)
    for garbage in (b"not json", b"[1, 2]", b'"exit"'):
        await viewer.on_meta(garbage)
    assert browser.closed == 0
    await viewer.on_meta(b'{"type": "exit"}')
    assert browser.closed == 1


def test_the_page_escapes_the_title_and_the_address() -> None:
    page = room_page('</title><script>alert("x")</script>\x1b[2J', 'ws://h/t/ws"><img src=x>')
    assert "<script>alert" not in page and "&lt;/title&gt;&lt;script&gt;" in page
    assert '"><img' not in page and "&quot;&gt;&lt;img" in page
    assert "\x1b" not in page and "␛[2J" in page  # an escape shows, never acts


def test_the_full_page_says_how_many() -> None:
    assert "20 browser tabs are watching it already" in full_page(20)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("120", 120), ("5", COLUMNS[0]), ("99999", COLUMNS[1]), ("1; rm -rf /", 80), (None, 80),
     (True, 80), (7.5, 80), (300, 300)],
)  # fmt: skip
def test_terminal_sizes_are_numbers_within_bounds(value: object, expected: int) -> None:
    assert _clamped(value, COLUMNS, 80) == expected


async def test_a_viewer_that_ignores_quit_and_sigterm_is_killed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from kickoff_tui.web import viewer as viewer_module

    monkeypatch.setattr(viewer_module, "QUIT_GRACE", 0.2)
    monkeypatch.setattr(viewer_module, "TERM_GRACE", 0.2)
    stubborn = (
        "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN);"
        "print('ready', flush=True); time.sleep(600)"
    )
    browser = Browser()
    viewer = Viewer(
        [sys.executable, "-c", stubborn],
        write_bytes=browser.write_bytes,
        write_str=browser.write_str,
        close=browser.close,
    )
    await viewer.start(80, 24)
    process = viewer._process
    assert process is not None
    async with asyncio.timeout(30):  # wait until its handler is in place: no race with it
        while not _ignores_sigterm(process.pid):
            await asyncio.sleep(0.01)
    await viewer.stop()
    assert process.returncode == -9  # SIGKILL, after the quit request and SIGTERM went unheard
    await viewer.stop()  # a second stop (the tab and the server both asking) is a no-op


def _ignores_sigterm(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status").read_text()
    (line,) = [line for line in status.splitlines() if line.startswith("SigIgn:")]
    ignored = int(line.split()[1], 16)
    return bool(ignored & (1 << (signal.SIGTERM - 1)))
