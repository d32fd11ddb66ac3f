"""The room view at 80x24 says how many lines of the details or picture did not fit.

The client-kickoff agenda's scope item (item 4) has 13 scope lines, four prompts and a
four-line checklist: too many for the details' rows at 80x24, all of them at 160x45. The
last visible line then reads "… and N more", N counted from the lines not on screen, and no
heading is left standing over nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from room_journal import WrittenMeeting
from test_room_view import _refresh, room

from kickoff_tui.domain.public_view import public_view
from kickoff_tui.scope_actions import ScopeActions
from kickoff_tui.storage.agenda_loader import load_agenda

AGENDA = Path(__file__).resolve().parents[2] / "agendas" / "client-kickoff.yaml"
SCOPE = 3
MORE = re.compile(r"… and (\d+) more")


def _in_scope_item(folder: Path) -> WrittenMeeting:
    written = WrittenMeeting(folder, load_agenda(AGENDA))
    written.meeting.start()
    written.meeting.go_to(SCOPE)
    return written


def _hidden(text: str, lines: list[str]) -> int:
    """How many of `lines` (stripped) appear on no screen row."""
    rows = {row.strip() for row in text.splitlines()}
    return sum(1 for line in lines if line.strip() not in rows)


def _more(text: str) -> int | None:
    found = MORE.findall(text)
    assert len(found) <= 1, text
    return int(found[0]) if found else None


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_the_scope_picture_says_how_many_lines_are_not_shown(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    written = _in_scope_item(tmp_path)
    ScopeActions(written.meeting).set_line_verdict(SCOPE, "p4-1", "agree")
    picture = public_view(written.meeting.session).exercise
    assert picture is not None and len(picture.lines) >= 13
    app = room(written)
    async with app.run_test(size=size) as pilot:
        text = await _refresh(app, pilot)
    hidden = _hidden(text, list(picture.lines))
    assert picture.title in text
    if size == (80, 24):
        assert hidden > 0 and _more(text) == hidden, text
    else:
        assert hidden == 0 and _more(text) is None, text


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_the_item_details_never_show_a_heading_without_its_lines(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    written = _in_scope_item(tmp_path)
    item = public_view(written.meeting.session).items[SCOPE]
    app = room(written)
    async with app.run_test(size=size) as pilot:
        text = await _refresh(app, pilot)
    rows = [row.strip() for row in text.splitlines()]
    checks = [check.text for check in item.checklist]
    shown_checks = [row for row in rows if row.startswith("☐") or row.startswith("☑")]
    assert ("Checklist" in rows) == bool(shown_checks), text
    lines = [*item.prompts, *checks]
    hidden = sum(1 for line in lines if not any(row.endswith(line) for row in rows))
    if size == (80, 24):
        assert hidden > 0 and _more(text) == hidden, text
    else:
        assert hidden == 0 and _more(text) is None and "Checklist" in rows, text
