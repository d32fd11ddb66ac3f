"""Writing minutes: safe names, atomic no-clobber writes, and the export folder rules."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from minutes_sample import sample_session

from kickoff_tui.domain.minutes import render
from kickoff_tui.errors import ExportError
from kickoff_tui.storage import export, files


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Northwind portal kickoff: phase 1!", "2026-11-25-northwind-portal-kickoff-phase-1.md"),
        ("../../etc/passwd", "2026-11-25-etc-passwd.md"),
        ("a\\b/c\x00d\x1be", "2026-11-25-a-b-c-d-e.md"),
        ("Zoë's Café — Köln", "2026-11-25-zoë-s-café-köln.md"),
        ("", "2026-11-25-minutes.md"),
    ],
)
def test_minutes_filename_is_date_and_sanitised_title(title: str, expected: str) -> None:
    assert files.minutes_filename(date(2026, 11, 25), title) == expected


@pytest.mark.parametrize("title", ["CON", "nul", "Com1", "LPT9", "...", ".hidden", " . . "])
def test_safe_name_never_reserved_hidden_or_dotted(title: str) -> None:
    name = files.safe_name(title)
    assert name.upper() not in {"CON", "NUL", "COM1", "LPT9"}
    assert not name.startswith(".") and ".." not in name and "/" not in name


def test_long_titles_stay_within_255_bytes_on_a_character_boundary() -> None:
    name = files.minutes_filename(date(2026, 11, 25), "ü" * 400)
    assert len(name.encode("utf-8")) <= 255 - 4
    assert name.endswith(".md") and "\ufffd" not in name


def test_write_new_picks_a_free_name_and_says_so(tmp_path: Path) -> None:
    first = files.write_new(tmp_path, "m.md", "one")
    second = files.write_new(tmp_path, "m.md", "two")
    third = files.write_new(tmp_path, "m.md", "three")
    assert (first.path.name, first.renamed) == ("m.md", False)
    assert (second.path.name, second.renamed) == ("m-2.md", True)
    assert third.path.name == "m-3.md"
    assert (tmp_path / "m.md").read_text() == "one"


def test_write_new_with_force_replaces(tmp_path: Path) -> None:
    files.write_new(tmp_path, "m.md", "one")
    result = files.write_new(tmp_path, "m.md", "two", force=True)
    assert (result.path.name, result.renamed) == ("m.md", False)
    assert result.path.read_text() == "two"


@pytest.mark.parametrize("name", ["../x.md", "a/b.md", ".x.md", "..", ""])
def test_write_new_refuses_names_that_leave_the_folder(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError):
        files.write_new(tmp_path / "in", name, "x")
    assert not (tmp_path / "x.md").exists()


def test_a_failed_write_leaves_no_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError):
        files.write_new(tmp_path, "m.md", "text")
    assert list(tmp_path.iterdir()) == []


def test_written_files_follow_the_umask_not_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = files.write_new(tmp_path, "m.md", "x").path
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_export_to_a_folder_uses_the_default_name(tmp_path: Path) -> None:
    session = sample_session()
    result = export.export_minutes(session, tmp_path)
    assert result.path == tmp_path / "2026-11-25-northwind-portal-kickoff-phase-1.md"
    assert result.path.read_text(encoding="utf-8") == render(session)


def test_export_to_a_file_path_creates_its_folder(tmp_path: Path) -> None:
    result = export.export_minutes(sample_session(), tmp_path / "new" / "minutes.md")
    assert result.path == tmp_path / "new" / "minutes.md" and result.path.is_file()


def test_export_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "minutes.md"
    target.write_text("keep me")
    result = export.export_minutes(sample_session(), target)
    assert result.renamed and result.path.name == "minutes-2.md" and result.wanted == target
    assert target.read_text() == "keep me"
    forced = export.export_minutes(sample_session(), target, force=True)
    assert forced.path == target and not forced.renamed and target.read_text() != "keep me"


def test_default_folder_env_then_cwd_then_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kickoff_home: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(export.ENV_MINUTES_DIR, raising=False)
    assert export.default_folder() == tmp_path
    monkeypatch.setenv(export.ENV_MINUTES_DIR, str(tmp_path / "configured"))
    assert export.default_folder() == tmp_path / "configured"
    monkeypatch.delenv(export.ENV_MINUTES_DIR)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    assert export.default_folder() == kickoff_home / "minutes"
    assert (kickoff_home / "minutes").is_dir()


def test_unwritable_folder_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ExportError, match="cannot write minutes"):
        export.export_minutes(sample_session(), blocker / "sub" / "m.md")
