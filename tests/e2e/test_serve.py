"""`kickoff serve` as a real process: the token, the fixed argv, the page, the cap, no orphans,
and ctrl+c. Tabs are websockets spoken with aiohttp (textual-serve's protocol); the browser
itself is in test_serve_browser.py."""

from __future__ import annotations

import re
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from serve_client import Tab, environment, open_tab, wait_until

from benchmarks.browser import ServeProcess
from benchmarks.processes import alive, children, cmdline
from benchmarks.served_session import MEETING_TITLE, started_session

pytestmark = pytest.mark.e2e

ITEM = "Hello and roles"


@pytest.fixture
def served(kickoff_home: Path) -> Iterator[tuple[ServeProcess, str]]:
    session_id, item = started_session(kickoff_home)
    assert item == ITEM
    server = ServeProcess(kickoff_home, session_id, "--port", "0")
    try:
        yield server, session_id
    finally:
        server.stop(signal.SIGKILL if server.process.poll() is None else None)


def _token(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


async def test_without_the_token_every_request_is_refused_and_starts_nothing(
    served: tuple[ServeProcess, str],
) -> None:
    server, _ = served
    url, token = server.url, _token(server.url)
    base = url[: -len(token) - 1]
    assert url.startswith("http://127.0.0.1:")  # loopback unless --host
    assert len(token) >= 22  # 22 URL-safe base64 characters carry 128 bits
    wrong = token[:-1] + ("A" if token[-1] != "A" else "B")
    refused = [
        base,
        f"{base}ws",
        f"{base}static/textual.js",
        f"{base}{wrong}/",
        f"{base}{wrong}/ws",
        f"{base}{token[:-1]}/",
        f"{base}{token}x/",
        f"{base}?token={token}",
        f"{base}favicon.ico",
        f"{base}{wrong}/static/textual.js",
    ]
    async with aiohttp.ClientSession() as http:
        for address in refused:
            async with http.get(address, allow_redirects=False) as response:
                assert response.status in (403, 404), address
                assert token not in await response.text()
        for address in (f"{base}ws", f"{base}{wrong}/ws"):
            with pytest.raises(aiohttp.WSServerHandshakeError) as refusal:
                await http.ws_connect(address)
            assert refusal.value.status in (403, 404)
        assert children(server.process.pid) == set()
        async with http.get(url) as response:  # the real link works: the refusals meant it
            assert response.status == 200


async def test_the_page_loads_nothing_from_another_machine(
    served: tuple[ServeProcess, str],
) -> None:
    server, _ = served
    host = server.url.split("/")[2]
    async with aiohttp.ClientSession() as http:
        async with http.get(server.url) as response:
            page = await response.text()
            policy = response.headers["Content-Security-Policy"]
            assert response.headers["Referrer-Policy"] == "no-referrer"
        addresses = re.findall(r"""[a-z][a-z0-9+.-]*://[^\s"'<>)]+""", page, flags=re.I)
        assert addresses, "the page names its websocket: the check must see it"
        assert all(address.split("/")[2] == host for address in addresses), addresses
        assert all(a.startswith(("ws://", "http://")) for a in addresses)
        linked = re.findall(r"""(?:src|href)\s*=\s*["']([^"']*)["']""", page)
        assert "static/textual.js" in linked and "static/roboto-mono.ttf" in linked
        assert all("//" not in link and not link.startswith("/") for link in linked), linked
        assert "fonts.googleapis" not in page and "@import" not in page
        assert "default-src 'none'" in policy and "connect-src 'self'" in policy
        for name in ("textual.js", "xterm.css", "roboto-mono.ttf"):
            async with http.get(f"{server.url}static/{name}") as response:
                assert response.status == 200, name
                if name == "xterm.css":
                    assert not re.search(r"url\(\s*['\"]?(https?:)?//", await response.text())


async def test_a_hostile_meeting_title_is_text_in_the_page(kickoff_home: Path) -> None:
    agenda = kickoff_home.parent / "hostile.yaml"
    source = (Path(__file__).parents[2] / "agendas" / "quick-kickoff.yaml").read_text()
    hostile = """'</title><script src="http://evil.test/x.js"></script> & "quotes"'"""
    agenda.write_text(source.replace("title: Northwind FAQ search kickoff", f"title: {hostile}"))
    session_id, _ = started_session(kickoff_home, agenda)
    server = ServeProcess(kickoff_home, session_id, "--port", "0")
    try:
        async with aiohttp.ClientSession() as http, http.get(server.url) as response:
            page = await response.text()
        assert "&lt;/title&gt;&lt;script" in page
        assert '<script src="http' not in page and 'evil.test/x.js"></script>' not in page
    finally:
        server.stop()


async def test_each_tab_runs_kickoff_present_of_that_session_and_nothing_from_the_request(
    served: tuple[ServeProcess, str],
) -> None:
    server, session_id = served
    token = _token(server.url)
    async with aiohttp.ClientSession() as http:
        origin = "/".join(server.url.split("/")[:3])
        socket = await http.ws_connect(
            f"{server.url}ws?width=80;touch%20/tmp/pwned&height=$(id)&cmd=sh", origin=origin
        )
        tab = Tab(socket)
        await socket.send_str('["resize", {"width": "1; rm -rf /", "height": 30}]')
        await socket.send_str('["stdin", "not json at all')  # malformed: ignored, no crash
        await tab.read_until(ITEM)
        (viewer,) = children(server.process.pid)  # no shell between the server and it
        assert cmdline(viewer) == [
            sys.executable, "-P", "-m", "kickoff_tui", "present", "--theme=default", "--",
            session_id,
        ]  # fmt: skip
        env = environment(viewer)
        assert b"\0COLUMNS=80\0" in env and b"\0ROWS=24\0" in env  # the bad size: defaults
        assert token.encode() not in env
        assert not Path("/tmp/pwned").exists()
        await tab.close()
        await wait_until(lambda: not alive(viewer))


@pytest.mark.slow
async def test_twenty_tabs_at_most_and_no_orphans_after_fifty_open_close_cycles(
    served: tuple[ServeProcess, str],
) -> None:
    server, session_id = served
    pid, seen = server.process.pid, set()
    async with aiohttp.ClientSession() as http:
        # 20 + 20 tabs that wait for the room view, then 10 closed as soon as they connect
        for count, wait_for_the_view in ((20, True), (20, True), (10, False)):
            tabs = [await open_tab(http, server.url) for _ in range(count)]
            if wait_for_the_view:
                for tab in tabs:
                    await tab.read_until(ITEM)
                seen |= children(pid)
                assert len(children(pid)) == 20
                await _the_twenty_first_tab_gets_a_clear_page(http, server.url, pid)
            for tab in tabs:
                await tab.close()
            await wait_until(lambda: not children(pid))
    assert len(seen) == 40
    assert not [p for p in seen if alive(p)]
    assert not _processes_presenting(session_id)  # none left anywhere, re-parented or not


async def _the_twenty_first_tab_gets_a_clear_page(
    http: aiohttp.ClientSession, url: str, pid: int
) -> None:
    async with http.get(url) as response:
        assert response.status == 503
        assert "This room view is full" in await response.text()
    extra = await open_tab(http, url)
    await extra.read_to_close()
    assert b"This room view is full: 20 browser tabs" in extra.received
    assert len(children(pid)) == 20  # no 21st process


def _processes_presenting(session_id: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and alive(int(entry.name)):
            try:
                words = cmdline(int(entry.name))
            except OSError:
                continue
            if "present" in words and session_id in words:
                found.append(int(entry.name))
    return found


async def test_ctrl_c_stops_the_server_and_every_viewer_without_a_traceback(
    served: tuple[ServeProcess, str],
) -> None:
    server, session_id = served
    async with aiohttp.ClientSession() as http:
        tabs = [await open_tab(http, server.url) for _ in range(2)]
        for tab in tabs:
            await tab.read_until(ITEM)
        viewers = children(server.process.pid)
        assert len(viewers) == 2
        code, out, err = server.stop()  # SIGINT, as ctrl+c in its terminal sends
        for tab in tabs:
            await tab.read_to_close()
    assert code == 0
    assert "Traceback" not in out + err
    assert out.splitlines() == [
        f"Serving the room view of {MEETING_TITLE} ({session_id}).",
        "Open the link above in a browser, at most 20 tabs at once; ctrl+c stops.",
        "Stopped; 2 viewers closed.",
    ]
    assert err == ""
    assert _token(server.url) not in out + err  # the link's first line is its only place
    assert not [pid for pid in viewers if alive(pid)]


def test_tokens_are_random_and_long() -> None:
    from kickoff_tui.web.run import TOKEN_BYTES, new_token

    assert TOKEN_BYTES * 8 >= 128
    tokens = {new_token() for _ in range(100)}
    assert len(tokens) == 100 and min(map(len, tokens)) >= 22


def test_a_non_loopback_address_gets_one_warning_line_after_the_link(kickoff_home: Path) -> None:
    from kickoff_tui.web.address import exposure_warning

    session_id, _ = started_session(kickoff_home)
    server = ServeProcess(kickoff_home, session_id, "--port", "0", "--host", "0.0.0.0")
    code, out, err = server.stop()
    assert code == 0
    assert not server.url.startswith("http://0.0.0.0:")  # a link another machine can open
    assert err.splitlines() == [exposure_warning("0.0.0.0")]
    assert out.splitlines()[0].startswith("Serving the room view of")


async def test_a_server_killed_outright_leaves_no_viewer_behind(
    served: tuple[ServeProcess, str],
) -> None:
    server, _ = served
    async with aiohttp.ClientSession() as http:
        tab = await open_tab(http, server.url)
        await tab.read_until(ITEM)
        (viewer,) = children(server.process.pid)
        server.process.kill()  # SIGKILL: no chance to stop its viewers itself
        server.process.wait()
        await wait_until(lambda: not alive(viewer))  # it noticed it was orphaned, and quit


async def test_the_server_process_never_imports_textual(
    kickoff_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the `kickoff present` processes load Textual; the server, start to stop with a
    tab served, imports neither textual nor rich (-X importtime, through the environment)."""
    session_id, _ = started_session(kickoff_home)
    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")
    server = ServeProcess(kickoff_home, session_id, "--port", "0")
    async with aiohttp.ClientSession() as http:
        tab = await open_tab(http, server.url)
        await tab.read_until(ITEM)
        await tab.close()
    code, _, err = server.stop()
    assert code == 0
    imported = re.findall(r"^import time:.*\|\s*(\S+)\s*$", err, flags=re.MULTILINE)
    assert "aiohttp.web" in imported and "textual_serve.app_service" in imported
    assert [name for name in imported if name.split(".")[0] in ("textual", "rich")] == []


async def test_every_tab_runs_in_the_theme_serve_was_given(kickoff_home: Path) -> None:
    session_id, _ = started_session(kickoff_home)
    server = ServeProcess(kickoff_home, session_id, "--port", "0", "--theme", "projector")
    try:
        async with aiohttp.ClientSession() as http:
            tab = await open_tab(http, server.url)
            await tab.read_until(ITEM)
            (viewer,) = children(server.process.pid)
            assert cmdline(viewer)[-3:] == ["--theme=projector", "--", session_id]
            await tab.close()
    finally:
        assert server.stop()[0] == 0
