"""Safe file writes: atomic, and never overwriting unless asked. (Minimal; hardening to come.)"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, text: str, *, overwrite: bool = False) -> Path:
    """Write text to path via a temp file in the same folder, fsync, then rename.

    Raises FileExistsError when path exists and overwrite is False.
    """
    if path.exists() and not overwrite:
        raise FileExistsError(str(path))
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temp, path)
        else:
            os.link(temp, path)  # fails if path appeared meanwhile: never clobbers
            os.unlink(temp)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    return path
