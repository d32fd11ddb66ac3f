"""unsaved.py: what the capture bar holds that is not on disk, and where it is kept (#12.6)."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting
from kickoff_tui.domain.session import Session
from kickoff_tui.unsaved import (
    Unsaved,
    capture_unsaved,
    collect,
    file_text,
    terminal_lines,
    write_unsaved,
)

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def session() -> Session:
    s = Session(agenda=Agenda(meeting=Meeting(title="t"), items=(Item("Intro", 300),)))
    s.apply(ev.Event(ev.ENTRY_ADDED, AT, {"id": "e1", "kind": "note", "text": "as saved"}))
    return s


def test_an_idle_or_blank_bar_holds_nothing() -> None:
    assert capture_unsaved(session(), "", "left over", None) == []
    assert capture_unsaved(session(), "decision", "   ", None) == []


def test_typing_saved_as_the_draft_is_safe_and_typing_refused_is_not() -> None:
    s = session()
    s.apply(ev.Event(ev.DRAFT, AT, {"kind": "decision", "text": "we ship"}))
    assert capture_unsaved(s, "decision", "we ship", None) == []
    assert capture_unsaved(s, "decision", "we ship in March", None) == [
        Unsaved("Decision being typed", "we ship in March")
    ]
    assert capture_unsaved(s, "action", "we ship", None) == [
        Unsaved("Action being typed", "we ship")
    ]


def test_an_edit_is_unsaved_only_when_it_changed_the_entry() -> None:
    assert capture_unsaved(session(), "note", "as saved", "e1") == []
    assert capture_unsaved(session(), "note", "as changed", "e1") == [
        Unsaved("Edit of entry e1", "as changed")
    ]


def test_collect_asks_every_screen_and_survives_one_that_fails() -> None:
    class Holds:
        def unsaved(self) -> list[Unsaved]:
            return [Unsaved("Note being typed", "x")]

    class Broken:
        def unsaved(self) -> list[Unsaved]:
            raise RuntimeError("torn down")

    assert collect([object(), Broken(), Holds()]) == [Unsaved("Note being typed", "x")]


def test_the_copy_goes_to_the_first_folder_that_takes_it(tmp_path: Path) -> None:
    blocked = tmp_path / "logs"
    blocked.write_text("a file where the folder should be")
    temp = tmp_path / "temp"
    items = [Unsaved("Decision being typed", "we ship in March\nsecond line")]
    path = write_unsaved(items, "20261125-090000-abcd", folders=[blocked, temp])
    assert path is not None and path.parent == temp
    assert path.read_text(encoding="utf-8") == file_text(items, "20261125-090000-abcd")
    assert "we ship in March\nsecond line" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # meeting text: the owner's only
    assert write_unsaved(items, "s", folders=[blocked]) is None


def test_terminal_lines_show_every_word_safely_and_say_where_the_copy_is(tmp_path: Path) -> None:
    items = [Unsaved("Decision being typed", "ship \x1b]0;pwned\x07 now\nand then")]
    lines = terminal_lines(items, tmp_path / "copy.txt", "S1")
    shown = "\n".join(lines)
    assert "\x1b" not in shown and "\x07" not in shown
    assert "ship ␛]0;pwned␇ now\n    and then" in shown
    assert str(tmp_path / "copy.txt") in shown and "kickoff resume S1" in shown
    assert "no copy could be written" in "\n".join(terminal_lines(items, None, "S1"))
