"""One folder sync for the journal and for atomic writes (#11.5)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kickoff_tui.storage import durable, files, journal


def test_the_journal_and_atomic_writes_sync_folders_the_same_way() -> None:
    assert journal.sync_folder is durable.sync_folder
    assert files.sync_folder is durable.sync_folder


def test_creating_a_journal_and_writing_a_file_sync_their_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(os.fstat(fd).st_ino)
        real_fsync(fd)

    monkeypatch.setattr(durable.os, "fsync", spy)
    folder_ino = tmp_path.stat().st_ino
    journal.Journal(tmp_path / "journal.jsonl").close()
    assert synced.count(folder_ino) == 1
    files.atomic_write(tmp_path / "minutes.md", "text")
    assert synced.count(folder_ino) == 2


def test_a_folder_that_cannot_be_opened_is_not_an_error(tmp_path: Path) -> None:
    durable.sync_folder(tmp_path / "missing")
