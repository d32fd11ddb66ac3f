"""The room view's web app in this process (aiohttp's test server): no real viewer needed."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from kickoff_tui.web.server import SECURITY_HEADERS, RoomServer

TOKEN = "T" * 32


@pytest.fixture
def room() -> RoomServer:
    # a viewer that would fail loudly if it ever ran: these tests must start none
    return RoomServer([sys.executable, "-c", "raise SystemExit('started')"], TOKEN, "Title")


@pytest.fixture
async def client(room: RoomServer) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(room.app())) as test_client:
        yield test_client


async def test_every_answer_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", f"/{TOKEN}/", f"/{TOKEN}/static/xterm.css", f"/{TOKEN}/static/nope"):
        response = await client.get(path)
        for name, value in SECURITY_HEADERS.items():
            assert response.headers[name] == value, (path, name)


async def test_a_bare_token_path_goes_to_the_page(client: TestClient) -> None:
    response = await client.get(f"/{TOKEN}", allow_redirects=False)
    assert response.status == 302 and response.headers["Location"] == f"/{TOKEN}/"


async def test_a_cross_site_websocket_is_refused(client: TestClient, room: RoomServer) -> None:
    with pytest.raises(aiohttp.WSServerHandshakeError) as refusal:
        await client.ws_connect(f"/{TOKEN}/ws", origin="http://evil.test")
    assert refusal.value.status == 403
    assert room.viewers == set()


async def test_once_stopping_no_tab_starts_a_process(client: TestClient, room: RoomServer) -> None:
    await room.close_all()
    with pytest.raises(aiohttp.WSServerHandshakeError) as refusal:
        await client.ws_connect(f"/{TOKEN}/ws")
    assert refusal.value.status == 503
    assert room.viewers == set()
