"""`kickoff serve` in headless Chromium: link to item title on screen, and memory per viewer.

Time to the title: each run opens the link in a new tab (a new `kickoff present` process) and
takes the page's own clock (performance.now(), from the navigation's start) at the first
xterm render whose buffer holds the current item's title. The xterm hook (benchmarks/
browser.py) is in place long before the first byte arrives; a run where it was not (the title
already there when the listener went in) is not counted.

Memory: VIEWERS tabs watching at once; the resident memory of the server and all its viewer
processes, less the server's alone before any tab connected, divided by VIEWERS.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.browser import (
    INSTALL_CHROMIUM,
    SCREEN_TEXT,
    ServeProcess,
    chromium_path,
    headless_chromium,
    hook_terminal,
    wait_for_screen_text,
)
from benchmarks.processes import children, rss_mib
from benchmarks.results import Figure, median, percentile, within
from benchmarks.served_session import started_session

RUNS = 10
TITLE_BUDGET_MS = 2500.0  # median; Chromium's first paint alone is ~0.3 s here
VIEWERS = 5
RSS_BUDGET_MIB = 60.0  # a viewer is one `kickoff present` (a Textual app): ~37 MiB measured
VIEWPORT = {"width": 1280, "height": 720}
TIME_TO_TITLE = f"""(title) => new Promise((resolve) => {{
    const screen = {SCREEN_TEXT};
    if (screen().includes(title)) {{ resolve(-1); return; }}
    const listener = window.__kickoffTerminal.onRender(() => {{
        if (screen().includes(title)) {{ listener.dispose(); resolve(performance.now()); }}
    }});
}})"""


def measure(work: Path) -> list[Figure]:
    if chromium_path() is None:
        why = f"Chromium is not installed: {INSTALL_CHROMIUM}"
        return [
            Figure("serve: link to item title (Chromium)", float("nan"), "ms", 0, False, why),
            Figure("serve: RSS per connected viewer", float("nan"), "MiB", 0, False, why),
        ]
    session_id, item = started_session(work / "home")
    server = ServeProcess(work / "home", session_id, "--port", "0")
    try:
        with headless_chromium() as browser:
            return [_time_to_title(browser, server.url, item), _memory(browser, server, item)]
    finally:
        server.stop()


def _time_to_title(browser: object, url: str, item: str) -> Figure:
    times: list[float] = []
    late = 0
    for _ in range(RUNS + 1):  # the first run warms Chromium up and is not counted
        page = browser.new_page(viewport=VIEWPORT)  # type: ignore[attr-defined]
        page.goto(url, wait_until="commit")
        hook_terminal(page)
        shown = page.evaluate(TIME_TO_TITLE, item)
        page.close()
        if shown < 0:
            late += 1
        else:
            times.append(shown)
    times = times[1:] if len(times) > RUNS else times
    return within(
        "serve: link opened to item title on screen (headless Chromium)",
        median(times),
        "ms",
        TITLE_BUDGET_MS,
        f"median of {len(times)} new tabs, each a new viewer process; page clock at the first "
        "xterm render holding the title",
        p95_ms=round(percentile(times, 95), 1),
        worst_ms=round(max(times), 1),
        not_counted=late,
    )


def _memory(browser: object, server: ServeProcess, item: str) -> Figure:
    pid = server.process.pid
    alone = rss_mib(pid)
    pages = []
    for _ in range(VIEWERS):
        page = browser.new_page(viewport=VIEWPORT)  # type: ignore[attr-defined]
        page.goto(server.url)
        hook_terminal(page)
        wait_for_screen_text(page, item)
        pages.append(page)
    viewers = children(pid)
    assert len(viewers) == VIEWERS, viewers
    each = [rss_mib(viewer) for viewer in viewers]
    total = rss_mib(pid) + sum(each)
    for page in pages:
        page.close()
    return within(
        "serve: RSS per connected viewer",
        (total - alone) / VIEWERS,
        "MiB",
        RSS_BUDGET_MIB,
        f"{VIEWERS} tabs at 1280x720; server + viewer processes, less the idle server",
        viewer_process_mib=round(median(each), 1),
        server_idle_mib=round(alone, 1),
        server_with_viewers_mib=round(rss_mib(pid), 1),
    )
