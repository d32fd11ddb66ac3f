"""Run the room view's web server until ctrl+c, then stop every viewer before leaving.

The link with its token is the first line printed, and the only place the token appears: the
access log is off (it would write each request's path, token included), and aiohttp's own
loggers are silenced (their messages can quote a request).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from aiohttp import web

from kickoff_tui.errors import KickoffError
from kickoff_tui.web.address import exposure_warning, is_loopback, link_host
from kickoff_tui.web.server import MAX_VIEWERS, RoomServer

TOKEN_BYTES = 24  # 192 bits from secrets: no one guesses the link


@dataclass(frozen=True)
class ServeOptions:
    argv: Sequence[str]  # the one command every tab runs: `kickoff present SESSION`
    session_id: str
    meeting_title: str
    host: str
    port: int
    max_viewers: int = MAX_VIEWERS


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def serve(options: ServeOptions) -> int:
    _silence_aiohttp_logs()
    return asyncio.run(_serve(options, new_token()))


async def _serve(options: ServeOptions, token: str) -> int:
    server = RoomServer(options.argv, token, options.meeting_title, options.max_viewers)
    runner = web.AppRunner(server.app(), access_log=None, handle_signals=False)
    await runner.setup()
    with _stop_signals() as stopped:  # before the link: a ctrl+c from then on stops cleanly
        try:
            port = await _listen(runner, options)
            print(f"http://{link_host(options.host)}:{port}/{token}/", flush=True)
            if not is_loopback(options.host):
                print(exposure_warning(options.host), file=sys.stderr, flush=True)
            print(
                f"Serving the room view of {options.meeting_title or 'the meeting'} "
                f"({options.session_id}).\nOpen the link above in a browser, at most "
                f"{options.max_viewers} tabs at once; ctrl+c stops.",
                flush=True,
            )
            await stopped.wait()
            viewers = len(server.viewers)
            await server.close_all()
        finally:
            await runner.cleanup()
    print(f"Stopped; {viewers} viewer{'s' if viewers != 1 else ''} closed.", flush=True)
    return 0


async def _listen(runner: web.AppRunner, options: ServeOptions) -> int:
    """Bind, or one line on what to do instead; the port really bound (0 picks a free one)."""
    site = web.TCPSite(runner, options.host or None, options.port)
    try:
        await site.start()
    except OSError as error:
        raise KickoffError(
            f"cannot listen on {options.host}:{options.port} ({error.strerror or error}); "
            "choose another with --port N (--port 0 picks a free one)"
        ) from None
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    return options.port


@contextmanager
def _stop_signals() -> Iterator[asyncio.Event]:
    """An event set by SIGINT (ctrl+c) or SIGTERM, instead of a KeyboardInterrupt traceback."""
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, stopped.set)
    try:
        yield stopped
    finally:
        for number in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(number)


def _silence_aiohttp_logs() -> None:
    for name in ("aiohttp", "textual-serve"):
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False
