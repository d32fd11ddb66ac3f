"""Run a program in a real pseudo-terminal and read its screen through pyte."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import struct
import termios
import time
from collections.abc import Callable, Sequence

import pyte


class PtySession:
    def __init__(
        self,
        argv: Sequence[str],
        *,
        cols: int = 80,
        rows: int = 24,
        env: dict[str, str] | None = None,
        cwd: str | None = None,
    ) -> None:
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # child
            if cwd:
                os.chdir(cwd)
            os.execvpe(argv[0], list(argv), {**os.environ, "TERM": "xterm-256color", **(env or {})})
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.exit_status: int | None = None

    def pump(self, timeout: float = 0.05) -> bool:
        """Read whatever the program wrote; True if anything arrived."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.stream.feed(data)
        # answer cursor-position and device-attribute queries so apps do not stall
        if b"\x1b[6n" in data:
            os.write(self.fd, b"\x1b[1;1R")
        return True

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, predicate: Callable[[str], bool], deadline: float = 15.0) -> float:
        """Pump until predicate(screen text) holds; returns seconds since spawn."""
        end = time.perf_counter() + deadline
        while time.perf_counter() < end:
            self.pump(0.01)
            if predicate(self.text()):
                return time.perf_counter() - self.started
        raise TimeoutError(f"screen never matched; last screen:\n{self.text()}")

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    def kill(self, sig: int = signal.SIGKILL) -> int:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, sig)
        return self.wait()

    def wait(self, timeout: float = 10.0) -> int:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.exit_status = os.waitstatus_to_exitcode(status)
                self.close_fd()
                return self.exit_status
            self.pump(0.02)
        os.kill(self.pid, signal.SIGKILL)
        _, status = os.waitpid(self.pid, 0)
        self.close_fd()
        self.exit_status = os.waitstatus_to_exitcode(status)
        return self.exit_status

    def close_fd(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)

    def peak_rss_kib(self) -> int:
        with open(f"/proc/{self.pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0


def first_frame(
    argv: Sequence[str], marker: str, env: dict[str, str], cwd: str, deadline: float = 15.0
) -> float:
    """Seconds from spawning `argv` on a pty until `marker` shows; the program is then killed."""
    session = PtySession(argv, env=env, cwd=cwd)
    try:
        return session.wait_for(lambda screen: marker in screen, deadline)
    finally:
        session.kill()
