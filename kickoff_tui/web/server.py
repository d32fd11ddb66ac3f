"""The aiohttp application behind `kickoff serve`: a token in the path, a cap on viewers.

Every route sits under /TOKEN/. A request whose first path segment is not the token gets a
plain 404 before any handler runs, so it can start no process. A websocket under the token
starts one `kickoff present` (the fixed argv given here; nothing from the request reaches it
but the terminal size, as numbers, in the environment) while fewer than `max_viewers` run;
past that the page and the websocket say the room view is full, and no process starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from aiohttp import WSCloseCode, WSMsgType, web

from kickoff_tui.web.address import valid_host_header
from kickoff_tui.web.page import full_page, full_terminal_text, load_static_files, room_page
from kickoff_tui.web.viewer import Viewer

MAX_VIEWERS = 20
HEARTBEAT_SECONDS = 15.0  # a tab that vanished without closing is noticed within two of these
MAX_MESSAGE_BYTES = 64 * 1024  # keys and resizes are small; a bigger message closes the socket
COLUMNS = (10, 500)  # the terminal size a browser may ask for, clamped
ROWS = (5, 200)
SECURITY_HEADERS = {
    # the page may load only what this server sends, and talk only to it
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "font-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",  # the token is in the URL: never pass it on
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class RoomServer:
    """The room view's web app: one `argv` process per tab, at most `max_viewers` at once."""

    argv: Sequence[str]
    token: str
    meeting_title: str = ""
    max_viewers: int = MAX_VIEWERS
    viewers: set[Viewer] = field(default_factory=set)
    sockets: set[web.WebSocketResponse] = field(default_factory=set)
    connected: int = 0  # websockets holding a viewer slot (counted before any await)
    closing: bool = False  # set by close_all: from then on no tab starts a process

    def app(self) -> web.Application:
        self.static = load_static_files()
        app = web.Application(middlewares=[self._guard])
        app.add_routes(
            [
                web.get("/{token}", self._add_slash),
                web.get("/{token}/", self._index),
                web.get("/{token}/ws", self._websocket),
                web.get("/{token}/static/{name}", self._static),
            ]
        )
        app.on_shutdown.append(self._on_shutdown)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """The token check in front of every handler, then the headers on every answer."""
        given = request.match_info.get("token", "")
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            response: web.StreamResponse = web.Response(status=404, text="Not found")
        else:
            response = await handler(request)
        if not response.prepared:  # a websocket's headers are sent already
            response.headers.update(SECURITY_HEADERS)
        return response

    async def _add_slash(self, request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(f"/{self.token}/")

    async def _index(self, request: web.Request) -> web.StreamResponse:
        if self.connected >= self.max_viewers:
            return web.Response(
                status=503,
                text=full_page(self.max_viewers),
                content_type="text/html",
                headers={"Retry-After": "30"},
            )
        if not valid_host_header(request.host):
            return web.Response(status=400, text="Bad Host header")
        websocket_url = f"ws://{request.host}/{self.token}/ws"
        page = room_page(self.meeting_title, websocket_url)
        return web.Response(text=page, content_type="text/html")

    async def _static(self, request: web.Request) -> web.StreamResponse:
        found = self.static.get(request.match_info["name"])
        if found is None:
            return web.Response(status=404, text="Not found")
        body, content_type = found
        return web.Response(body=body, content_type=content_type)

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        origin = request.headers.get("Origin")
        if origin is not None and origin.split("://", 1)[-1] != request.host:
            return web.Response(status=403, text="Cross-origin websocket refused")
        if self.closing:
            return web.Response(status=503, text="The room view is stopping")
        socket = web.WebSocketResponse(heartbeat=HEARTBEAT_SECONDS, max_msg_size=MAX_MESSAGE_BYTES)
        if self.connected >= self.max_viewers:
            await socket.prepare(request)
            await socket.send_bytes(full_terminal_text(self.max_viewers))
            await socket.close(code=WSCloseCode.TRY_AGAIN_LATER, message=b"room view full")
            return socket
        self.connected += 1
        try:
            await socket.prepare(request)
            self.sockets.add(socket)
            await self._serve_viewer(socket, _terminal_size(request))
        finally:
            self.sockets.discard(socket)
            self.connected -= 1
        return socket

    async def _serve_viewer(self, socket: web.WebSocketResponse, size: tuple[int, int]) -> None:
        viewer = Viewer(
            self.argv, write_bytes=socket.send_bytes, write_str=socket.send_str, close=socket.close
        )
        self.viewers.add(viewer)
        try:
            await viewer.start(*size)
            await _relay(socket, viewer)
        finally:
            await viewer.stop()  # shielded: it finishes even when the server is stopping
            self.viewers.discard(viewer)

    async def _on_shutdown(self, app: web.Application) -> None:
        await self.close_all()

    async def close_all(self) -> None:
        """Stop every viewer and close every tab's connection, all at once."""
        self.closing = True
        await asyncio.gather(*(viewer.stop() for viewer in list(self.viewers)))
        await asyncio.gather(
            *(s.close(code=WSCloseCode.GOING_AWAY, message=b"server stopped") for s in self.sockets)
        )


def _terminal_size(request: web.Request) -> tuple[int, int]:
    return (
        _clamped(request.query.get("width"), COLUMNS, 80),
        _clamped(request.query.get("height"), ROWS, 24),
    )


def _clamped(value: object, bounds: tuple[int, int], default: int) -> int:
    if isinstance(value, bool):
        return default
    try:
        number = int(value) if isinstance(value, (int, str)) else default
    except ValueError:
        number = default
    return max(bounds[0], min(bounds[1], number))


async def _relay(socket: web.WebSocketResponse, viewer: Viewer) -> None:
    """The browser's side of textual-serve's protocol; anything malformed is ignored."""
    async for message in socket:
        if message.type != WSMsgType.TEXT:
            continue
        try:
            envelope = json.loads(message.data)
        except ValueError:
            continue
        if not isinstance(envelope, list) or not envelope:
            continue
        kind, payload = envelope[0], envelope[1] if len(envelope) > 1 else None
        if kind == "stdin" and isinstance(payload, str):
            await viewer.send_bytes(payload.encode("utf-8", "replace"))
        elif kind == "resize" and isinstance(payload, dict):
            width = _clamped(payload.get("width"), COLUMNS, 80)
            height = _clamped(payload.get("height"), ROWS, 24)
            await viewer.set_terminal_size(width, height)
        elif kind == "ping" and isinstance(payload, str):
            with contextlib.suppress(ConnectionError):
                await socket.send_json(["pong", payload[:32]])
        elif kind == "focus":
            await viewer.focus()
        elif kind == "blur":
            await viewer.blur()
