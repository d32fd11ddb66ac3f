"""`kickoff serve` in a real browser: headless Chromium shows the meeting, read from xterm's buffer.

Debian's `chromium` driven by Playwright (no browser download). Without it the test is skipped
with the command that installs it; CI's .ci/run installs it, so CI always runs this.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage
from serve_client import settle

from benchmarks.browser import (
    INSTALL_CHROMIUM,
    ServeProcess,
    chromium_path,
    headless_chromium,
    hook_terminal,
    wait_for_screen_text,
)
from benchmarks.processes import children
from benchmarks.served_session import MEETING_TITLE, started_session

pytestmark = pytest.mark.e2e


def test_chromium_shows_the_meeting_and_the_current_item_and_refuses_the_bare_address(
    kickoff_home: Path,
) -> None:
    if chromium_path() is None:
        pytest.skip(f"Chromium is not installed: {INSTALL_CHROMIUM}")
    session_id, item = started_session(kickoff_home)
    server = ServeProcess(kickoff_home, session_id, "--port", "0")
    origin = "/".join(server.url.split("/")[:3])
    try:
        with headless_chromium() as browser:
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            requested: list[str] = []
            complaints: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            page.on(
                "console",
                lambda message: (
                    complaints.append(message.text) if message.type == "error" else None
                ),
            )
            assert page.goto(server.url).status == 200  # type: ignore[union-attr]
            hook_terminal(page)
            screen = wait_for_screen_text(page, MEETING_TITLE, item)
            assert "Item 1 of" in screen and "Room view: read-only" in screen
            assert requested and all(url.startswith(f"{origin}/") for url in requested), requested
            assert complaints == []  # no resource refused, no Content-Security-Policy violation

            page.close()  # the tab goes: so does its process
            server_pid = server.process.pid
            settle(lambda: not children(server_pid))

            bare = browser.new_page()
            response = bare.goto(f"{origin}/")
            assert response is not None and response.status == 404
            assert MEETING_TITLE not in bare.content()
            assert children(server_pid) == set()
    finally:
        code, _, err = server.stop()
    assert code == 0 and "Traceback" not in err


def _keep_errors(line: ConsoleMessage, complaints: list[str]) -> None:
    if line.type == "error":
        complaints.append(line.text)
