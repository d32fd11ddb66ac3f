"""Headless Chromium for the browser tests and the serve benchmark, through Playwright.

Playwright drives Debian's `chromium` (executable_path): it never downloads a browser of its
own. What the page shows is read from xterm's own buffer, the text of every terminal row, not
from a screenshot: textual.js keeps its xterm Terminal in a closure, so the DevTools protocol
finds it (Runtime.queryObjects on xterm's Terminal class, which the closure of the page's
resize handler holds) and leaves it on window.__kickoffTerminal for the page to read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Browser, CDPSession, Page

ROOT = Path(__file__).resolve().parent.parent
INSTALL_CHROMIUM = "apt-get install -y chromium"
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

_FIND_TERMINAL_CLASS = """function () {
    return typeof this.Terminal === "function" ? this.Terminal.prototype : undefined;
}"""
_KEEP_FIRST = "function () { window.__kickoffTerminal = this[0]; return this.length; }"
SCREEN_TEXT = """() => {
    const terminal = window.__kickoffTerminal;
    if (!terminal) return "";
    const buffer = terminal.buffer.active, rows = [];
    for (let i = 0; i < buffer.length; i++) rows.push(buffer.getLine(i).translateToString(true));
    return rows.join("\\n");
}"""


def chromium_path() -> str | None:
    return shutil.which("chromium")


@contextmanager
def headless_chromium() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise RuntimeError(f"Chromium is not installed: {INSTALL_CHROMIUM}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()


def hook_terminal(page: Page) -> None:
    """Find textual.js's xterm Terminal and leave it on window.__kickoffTerminal."""
    page.wait_for_function("() => typeof window.onresize === 'function'")
    cdp = page.context.new_cdp_session(page)
    try:
        handler = cdp.send("Runtime.evaluate", {"expression": "window.onresize"})["result"]
        for scope_value in _closure_values(cdp, handler["objectId"]):
            found = _call(cdp, scope_value, _FIND_TERMINAL_CLASS)
            if "objectId" not in found:
                continue
            instances = cdp.send("Runtime.queryObjects", {"prototypeObjectId": found["objectId"]})
            kept = _call(cdp, instances["objects"]["objectId"], _KEEP_FIRST)
            if kept.get("value"):
                return
        raise AssertionError("no xterm Terminal found in textual.js")
    finally:
        cdp.detach()


def _closure_values(cdp: CDPSession, function_id: str) -> Iterator[str]:
    """The object ids of every value in the closure scopes of a function."""
    properties = cdp.send("Runtime.getProperties", {"objectId": function_id, "ownProperties": True})
    for internal in properties.get("internalProperties", []):
        if internal["name"] != "[[Scopes]]":
            continue
        scopes = cdp.send(
            "Runtime.getProperties",
            {"objectId": internal["value"]["objectId"], "ownProperties": True},
        )
        for scope in scopes["result"]:
            if scope["value"].get("description") != "Closure":
                continue
            names = cdp.send(
                "Runtime.getProperties",
                {"objectId": scope["value"]["objectId"], "ownProperties": True},
            )
            for entry in names["result"]:
                if "objectId" in entry.get("value", {}):
                    yield entry["value"]["objectId"]


def _call(cdp: CDPSession, object_id: str, function: str) -> dict[str, Any]:
    answer = cdp.send(
        "Runtime.callFunctionOn", {"objectId": object_id, "functionDeclaration": function}
    )
    result: dict[str, Any] = answer["result"]
    return result


def screen_text(page: Page) -> str:
    text: str = page.evaluate(SCREEN_TEXT)
    return text


def wait_for_screen_text(page: Page, *texts: str, timeout_ms: float = 30_000) -> str:
    """Wait (polled by the page each frame) until every text is on the terminal."""
    condition = f"() => {{ const screen = ({SCREEN_TEXT})(); return {_all_in(texts)}; }}"
    page.wait_for_function(condition, timeout=timeout_ms, polling="raf")
    return screen_text(page)


def _all_in(texts: tuple[str, ...]) -> str:
    import json

    return " && ".join(f"screen.includes({json.dumps(text)})" for text in texts) or "true"


KICKOFF_SERVE = ("kickoff_tui", "serve")


class ServeProcess:
    """`kickoff serve` in a subprocess (or, with program=("benchmarks.serve_bare",), the same
    server running the bare Textual app); the first line it prints is the link."""

    def __init__(self, home: Path, *args: str, program: tuple[str, ...] = KICKOFF_SERVE) -> None:
        env = dict(os.environ, KICKOFF_HOME=str(home), PYTHONUNBUFFERED="1")
        self.process = subprocess.Popen(
            [sys.executable, "-m", *program, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.stop()
            raise AssertionError(f"kickoff serve printed no link: {self.url!r}")

    def stop(self, sig: int | None = None) -> tuple[int, str, str]:
        """Stop it as ctrl+c would (SIGINT); (exit code, the rest of stdout, stderr)."""
        import signal

        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT if sig is None else sig)
        code = self.process.wait(timeout=60)
        assert self.process.stdout is not None and self.process.stderr is not None
        # read(), not communicate(): the link's readline() left the rest in the text buffer
        return code, self.process.stdout.read(), self.process.stderr.read()
