"""One browser tab's `kickoff present` process: textual-serve's AppService, without a shell.

textual-serve starts its command with `asyncio.create_subprocess_shell`. Here the process is
started from a fixed argv with `create_subprocess_exec`, so no shell ever parses anything, and
in a session of its own, so a ctrl+c in the server's terminal reaches only the server, which
then stops every viewer itself. The process may ask the browser to open a URL or download a
file (textual-serve relays both); the room view does neither, so neither is relayed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from asyncio.subprocess import PIPE, Process
from collections.abc import Awaitable, Callable, Sequence

from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

QUIT_GRACE = 3.0  # seconds a viewer has to quit when asked, before SIGTERM
TERM_GRACE = 2.0  # and after SIGTERM, before SIGKILL


class Viewer(AppService):
    """A `kickoff present` process behind one websocket."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        write_bytes: Callable[[bytes], Awaitable[None]],
        write_str: Callable[[str], Awaitable[None]],
        close: Callable[[], Awaitable[object]],
    ) -> None:
        super().__init__(
            " ".join(argv),  # shown nowhere; the process is started from argv below
            write_bytes=write_bytes,
            write_str=write_str,
            close=close,  # type: ignore[arg-type]  # aiohttp's close returns a bool
            download_manager=DownloadManager(),
        )
        self.argv = tuple(argv)
        self._stopping: asyncio.Future[None] | None = None

    @property
    def pid(self) -> int | None:
        return None if self._process is None else self._process.pid

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Process:
        environment = self._build_environment(width=width, height=height)
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=PIPE,
            stdout=PIPE,
            stderr=PIPE,
            env=environment,
            start_new_session=True,
        )
        self._stdin = process.stdin
        return process

    async def run(self) -> None:
        """Relay the process's output; when it ends (q, or the journal went), close the tab's
        connection so the page says so."""
        await super().run()
        with contextlib.suppress(Exception):
            await self.remote_close()

    async def on_meta(self, data: bytes) -> None:
        try:
            closing = json.loads(data).get("type") == "exit"
        except (ValueError, AttributeError):
            return
        if closing:
            with contextlib.suppress(Exception):
                await self.remote_close()

    async def stop(self) -> None:
        """Ask the process to quit, then insist; return once it is gone and reaped. Callers
        at the same time (the tab closing, the server stopping) wait for the same stop."""
        if self._stopping is None:
            self._stopping = asyncio.ensure_future(self._stop())
        await asyncio.shield(self._stopping)

    async def _stop(self) -> None:
        task, process = self._task, self._process
        if task is None or process is None:
            return
        await self.send_meta({"type": "quit"})
        if not await _exited(process, QUIT_GRACE):
            with contextlib.suppress(ProcessLookupError):
                process.terminate()
            if not await _exited(process, TERM_GRACE):
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()
        try:
            await asyncio.wait_for(task, TERM_GRACE)  # its output ends with the process
        except TimeoutError:
            task.cancel()


async def _exited(process: Process, seconds: float) -> bool:
    try:
        await asyncio.wait_for(process.wait(), seconds)
    except TimeoutError:
        return False
    return True
