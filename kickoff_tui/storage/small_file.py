"""Reading a file that should be small (a settings file, a recovery copy) without trusting it.

A path can name a FIFO (the read waits forever for a writer), a device such as /dev/zero (the
read never ends and fills memory) or a file far larger than any such file should be. This
reads only a regular file, and at most `limit` + 1 bytes, so the caller can say "too large".
Only os and stat: the settings file is read on every start.
"""

from __future__ import annotations

import os
import stat


class NotRegularFile(OSError):
    """The path names something other than a file (a FIFO, a device, a socket)."""


def read_small(path: str | os.PathLike[str], limit: int, *, follow: bool = True) -> bytes:
    """At most `limit` + 1 bytes of the regular file at `path` (more than `limit`: too large).
    Raises FileNotFoundError, NotRegularFile or another OSError; never blocks on a FIFO. With
    follow=False a symlink is refused (OSError) rather than followed."""
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow else getattr(os, "O_NOFOLLOW", 0))
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "Is a directory")
        if not stat.S_ISREG(mode):
            raise NotRegularFile(f"{os.fspath(path)} is not a regular file")
        return handle.read(limit + 1)
