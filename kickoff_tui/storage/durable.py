"""Making a file's name durable: after creating or renaming a file, sync its folder.

Shared by the journal (a new session's journal.jsonl) and atomic writes (the rename into
place). Kept apart from both so neither pulls the other's imports in.
"""

from __future__ import annotations

import os
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """fsync a folder so an entry created or renamed in it survives a crash.

    Best effort: not every platform lets a folder be opened or synced, and the file's own data
    is synced separately either way.
    """
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
