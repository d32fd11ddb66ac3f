"""`kickoff edit FILE` refuses what it cannot open in one line, exit 2, before any screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from kickoff_tui.cli import main


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.mkdir(), "is a folder, not an agenda file"),
        (lambda p: p.write_bytes(b"\xff\xfe\x00bad"), "agenda.yaml"),
        (lambda p: p.write_text("items: [unclosed\n"), "agenda.yaml:"),
    ],
)
def test_a_file_that_cannot_be_edited_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: object, message: str
) -> None:
    path = tmp_path / "agenda.yaml"
    setup(path)  # type: ignore[operator]
    assert main(["edit", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kickoff: ") and message in err and err.count("\n") == 1


def test_a_new_file_in_a_missing_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["edit", str(tmp_path / "nowhere" / "agenda.yaml")]) == 2
    assert "does not exist" in capsys.readouterr().err
