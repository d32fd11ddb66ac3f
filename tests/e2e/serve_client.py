"""What the serve tests need besides a browser: a tab as a raw websocket, and waiting.

A tab is textual-serve's protocol spoken directly with aiohttp (the server's own dependency):
connect to /TOKEN/ws with a size, read the terminal bytes the viewer process writes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import aiohttp

DEADLINE = 30.0


def environment(pid: int) -> bytes:
    return Path(f"/proc/{pid}/environ").read_bytes()


async def wait_until(condition: Callable[[], bool], deadline: float = DEADLINE) -> None:
    """Poll a condition every 20 ms until it holds; fail after the deadline."""
    loop = asyncio.get_running_loop()
    end = loop.time() + deadline
    while not condition():
        assert loop.time() < end, "condition not met before the deadline"
        await asyncio.sleep(0.02)


def settle(condition: Callable[[], bool], deadline: float = DEADLINE) -> None:
    """wait_until for synchronous tests (the browser test's Playwright is synchronous)."""
    end = time.monotonic() + deadline
    while not condition():
        assert time.monotonic() < end, "condition not met before the deadline"
        time.sleep(0.02)


class Tab:
    """One browser tab's websocket: what the terminal received so far."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket
        self.received = b""

    async def read_until(self, text: str, deadline: float = DEADLINE) -> None:
        wanted = text.encode()
        async with asyncio.timeout(deadline):
            while wanted not in self.received:
                message = await self.socket.receive()
                if message.type == aiohttp.WSMsgType.BINARY:
                    self.received += message.data
                elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                    raise AssertionError(f"closed before {text!r}: {self.received[-300:]!r}")

    async def read_to_close(self, deadline: float = DEADLINE) -> None:
        async with asyncio.timeout(deadline):
            async for message in self.socket:
                if message.type == aiohttp.WSMsgType.BINARY:
                    self.received += message.data

    async def close(self) -> None:
        await self.socket.close()


async def open_tab(http: aiohttp.ClientSession, url: str, width: int = 100) -> Tab:
    """Connect as textual.js does: /TOKEN/ws?width=&height=, the page's own Origin."""
    origin = url.split("/", 3)
    socket = await http.ws_connect(
        f"{url}ws?width={width}&height=30", origin=f"{origin[0]}//{origin[2]}"
    )
    return Tab(socket)
