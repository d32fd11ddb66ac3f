"""Saving an edited agenda never loses the edit and never clobbers someone else's change."""

from __future__ import annotations

import errno
import os
import shutil
import stat
from pathlib import Path

import pytest

from kickoff_tui.paths import bundled_agendas_dir
from kickoff_tui.storage import files
from kickoff_tui.storage.agenda_document import AgendaDocument
from kickoff_tui.storage.agenda_save import (
    ExternalChange,
    SaveError,
    discard_recovery,
    read_recovery,
    recovery_path,
    write_recovery,
)


@pytest.fixture
def agenda(tmp_path: Path) -> Path:
    target = tmp_path / "kickoff.yaml"
    shutil.copyfile(bundled_agendas_dir() / "quick-kickoff.yaml", target)
    return target


def edited(path: Path) -> AgendaDocument:
    document = AgendaDocument.open(path)
    document.set_value(("meeting", "title"), "Edited title")
    return document


def test_save_replaces_the_file_atomically_and_keeps_its_permissions(agenda: Path) -> None:
    agenda.chmod(0o640)
    inode = agenda.stat().st_ino
    document = edited(agenda)
    document.save()
    assert "  title: Edited title\n" in agenda.read_text()
    assert stat.S_IMODE(agenda.stat().st_mode) == 0o640
    assert agenda.stat().st_ino != inode  # a new file renamed into place, not rewritten
    assert [p.name for p in agenda.parent.iterdir()] == ["kickoff.yaml"]  # no temp left


def test_save_through_a_symlink_writes_the_target_and_keeps_the_link(agenda: Path) -> None:
    link = agenda.with_name("link.yaml")
    link.symlink_to(agenda.name)
    edited(link).save()
    assert link.is_symlink()
    assert "Edited title" in agenda.read_text()


def test_a_byte_order_mark_and_crlf_line_ends_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "windows.yaml"
    target.write_bytes(
        b"\xef\xbb\xbfmeeting:\r\n  title: Old\r\nitems:\r\n  - title: A\r\n    timebox: 5m\r\n"
    )
    document = AgendaDocument.open(target)
    document.set_value(("meeting", "title"), "New")
    document.insert_entry(("items",), 1, {"title": "B", "timebox": 600})
    document.save()
    assert target.read_bytes() == (
        b"\xef\xbb\xbfmeeting:\r\n  title: New\r\nitems:\r\n  - title: A\r\n    timebox: 5m\r\n"
        b"  - title: B\r\n    timebox: 10m\r\n"
    )


def test_a_file_changed_on_disk_is_not_overwritten_unless_forced(agenda: Path) -> None:
    document = edited(agenda)
    theirs = agenda.read_text().replace("Northwind", "Southwind")
    agenda.write_text(theirs)
    assert document.changed_on_disk()
    with pytest.raises(ExternalChange, match="changed on disk since it was opened"):
        document.save()
    assert agenda.read_text() == theirs
    assert document.dirty and "Edited title" in document.text
    document.save(force=True)
    assert "Edited title" in agenda.read_text() and not document.dirty
    assert not document.changed_on_disk()


def test_a_file_only_touched_is_not_a_change(agenda: Path) -> None:
    document = edited(agenda)
    os.utime(agenda, ns=(1, 1))
    assert not document.changed_on_disk()
    document.save()


def test_a_new_file_is_created_but_one_that_appeared_meanwhile_is_kept(tmp_path: Path) -> None:
    text = (bundled_agendas_dir() / "quick-kickoff.yaml").read_text()
    target = tmp_path / "new.yaml"
    document = AgendaDocument.from_text(text, target)
    assert document.dirty
    target.write_text("someone else's\n")
    with pytest.raises(ExternalChange, match="created by someone else"):
        document.save()
    assert target.read_text() == "someone else's\n"
    target.unlink()
    document.save()
    assert target.read_text() == text


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_full_disk_loses_nothing(
    agenda: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    before = agenda.read_bytes()
    document = edited(agenda)

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, failing, no_space)
    with pytest.raises(SaveError) as caught:
        document.save()
    message = str(caught.value)
    assert "\n" not in message and "No space left on device" in message
    assert "your edits are kept" in message
    assert agenda.read_bytes() == before
    assert document.dirty and "Edited title" in document.text
    assert sorted(p.name for p in agenda.parent.iterdir()) == ["kickoff.yaml"]
    monkeypatch.undo()
    document.save()
    assert "Edited title" in agenda.read_text()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_one_line_and_the_edit_stays(agenda: Path) -> None:
    document = edited(agenda)
    agenda.parent.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="Permission denied"):
            document.save()
    finally:
        agenda.parent.chmod(0o700)
    assert document.dirty


def test_a_read_only_file_system_is_one_line_and_the_edit_stays(
    agenda: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = edited(agenda)

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(files.tempfile, "mkstemp", read_only)
    with pytest.raises(SaveError, match="Read-only file system; your edits are kept"):
        document.save()
    assert document.dirty


def test_recovery_is_written_read_back_and_discarded(agenda: Path) -> None:
    document = edited(agenda)
    assert read_recovery(agenda) is None
    write_recovery(agenda, document.text)
    kept = recovery_path(agenda)
    assert kept.name == ".kickoff.yaml.kickoff-recovery" and kept.parent == agenda.parent
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600  # private notes stay private
    # a new editor after a crash or kill -9: the unsaved text is offered back
    recovered = read_recovery(agenda)
    assert recovered == document.text
    again = AgendaDocument.from_text(recovered, agenda)
    assert again.dirty
    write_recovery(agenda, agenda.read_text())
    assert read_recovery(agenda) is None  # same text as the file: nothing to offer
    again.save()
    assert not kept.exists()  # a successful save discards it
    discard_recovery(agenda)  # nothing there: fine


def test_a_recovery_that_cannot_be_written_is_one_line(agenda: Path) -> None:
    recovery_path(agenda).mkdir()  # a folder in the way
    with pytest.raises(SaveError, match="cannot keep a recovery copy"):
        write_recovery(agenda, "text")


def test_edit_refuses_a_fifo_in_one_line_instead_of_waiting_forever(tmp_path: Path) -> None:
    from kickoff_tui.storage.agenda_document import DocumentError

    path = tmp_path / "agenda.yaml"
    os.mkfifo(path)  # opening it to read would wait for a writer that never comes
    with pytest.raises(DocumentError, match="is not a regular file"):
        AgendaDocument.open(path)
