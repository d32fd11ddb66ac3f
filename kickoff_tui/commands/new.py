"""`kickoff new PATH --template NAME [--force]`: a copy of a bundled agenda, ready to edit.

The copy is byte for byte, so the template's comments (how to use it, what each part is for)
reach the user. Choices a user may wonder about:
- PATH may be an existing folder, or end with a slash: the file keeps the template's name there.
- Missing parent folders are created, and the output says so: the user named the path
  explicitly, and a half-done command helps nobody.
- An existing file is never replaced without --force; the write is atomic either way.
"""

from __future__ import annotations

import argparse
import os
import shlex
from pathlib import Path

from kickoff_tui.domain.durations import format_duration
from kickoff_tui.errors import KickoffError
from kickoff_tui.storage.files import atomic_write
from kickoff_tui.storage.templates import resolve_template, summarise


def run(args: argparse.Namespace) -> int:
    source = resolve_template(args.template)
    target, shown = target_path(args.path, source.name)
    if target.exists() and not args.force:
        raise KickoffError(f"{shown} already exists; add --force to overwrite it")
    text = _read_template(source)
    created = _make_parents(target.parent)
    replacing = target.exists()
    try:
        atomic_write(target, text, overwrite=args.force)
    except FileExistsError:
        raise KickoffError(f"{shown} already exists; add --force to overwrite it") from None
    except OSError as exc:
        raise KickoffError(f"cannot write {shown}: {exc.strerror or exc}") from None

    summary = summarise(source.stem, source)
    details = [f"{summary.items} items"] if summary.items is not None else []
    details += [format_duration(summary.length)] if summary.length else []
    verb = "Overwrote" if replacing else "Wrote"
    if created:
        print(f"Created folder {created}")
    print(f"{verb} {shown} from the {source.stem} template ({', '.join(details)}).")
    quoted = shlex.quote(shown)
    print("Next: replace the example people, client and project with yours, then")
    print(f"  kickoff check {quoted}")
    print(f"  kickoff run {quoted}")
    return 0


def target_path(typed: str, template_file: str) -> tuple[Path, str]:
    """The file to write and how to show it (relative as the user typed it)."""
    if not typed.strip():
        raise KickoffError("give a file name to write, e.g. kickoff new my-kickoff.yaml")
    path = Path(typed).expanduser()
    if path.is_dir() or typed.endswith(("/", os.sep)):
        path = path / template_file
        return path, os.path.join(typed, template_file)
    return path, typed


def _read_template(source: Path) -> str:
    try:
        return source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KickoffError(f"cannot read the bundled template {source}: {exc}") from None


def _make_parents(folder: Path) -> str:
    """Create the missing folders; return the folder created ("" when it already existed)."""
    if folder.is_dir():
        return ""
    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise KickoffError(f"cannot create folder {folder}: {blocking} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KickoffError(f"cannot create folder {folder}: {exc.strerror or exc}") from None
    return str(folder)
