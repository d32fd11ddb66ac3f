"""Real names and titles at 80x24, 160x45 and 200x60: cut by terminal cells with "…", never lost.

The hostile agenda has a 500-letter title without a space, a 42-character CJK title, a
500-character person name and emoji ZWJ sequences (#12 item 15).
"""

from __future__ import annotations

import re

import pytest
from live_app import START, BellCountingApp, screen_text
from rich.cells import cell_len
from textual.pilot import Pilot

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal

LONG = "A" * 500
CJK = "会議の目的と成功基準について全員で合意し次のステップを決める長いタイトルです追加の文"
NAME = "Bartholomew " + "x" * 488
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
EMOJI = f"{FAMILY} Family café naïve"
MEETING_TITLE = "Northwind customer portal kickoff with a title far longer than any screen " * 4
SIZES = [(80, 24), (160, 45), (200, 60)]


def hostile_agenda(*, stakeholder_map: bool = False) -> Agenda:
    assert len(CJK) == 42
    first = {"kind": "exercise", "exercise": "stakeholder-map"} if stakeholder_map else {}
    return Agenda(
        meeting=Meeting(title=MEETING_TITLE, client="Northwind", facilitator=NAME),
        items=(
            Item(
                LONG,
                10 * 60,
                owner=NAME,
                goal="Everyone knows who is who.",
                checklist=(LONG,),
                **first,
            ),
            Item(CJK, 10 * 60, owner=EMOJI),
            Item(f"Short {EMOJI}", 10 * 60, kind="exercise", exercise="risks"),
            Item("Dates and approvals", 10 * 60),
        ),
        people=(Person(NAME, "Project lead", "agency"), Person(EMOJI, "助けて " * 30, "client")),
    )


def hostile_meeting(
    *, started: bool = True, current: int = 0, stakeholder_map: bool = False
) -> LiveMeeting:
    clock = FakeClock()
    clock.set(START)
    created = ev.Event(
        ev.SESSION_CREATED,
        START,
        {
            "session_id": "t",
            "agenda": hostile_agenda(stakeholder_map=stakeholder_map).to_dict(),
            "source": "t",
            "meeting_date": "2026-11-25",
        },
    )
    journal = MemoryJournal()
    journal.append(created)
    meeting = LiveMeeting(session_from_events([created]), journal, clock)
    if started:
        meeting.start()
        for _ in range(current):
            meeting.next_item()
    return meeting


async def resize(pilot: Pilot[int], width: int, height: int) -> None:
    """Resize and wait until the screen has been laid out for it.

    Textual hands a resize to the screen from a short timer, which a loaded machine may not
    have run by the next pause; the focus comes back after a refresh.
    """
    await pilot.resize_terminal(width, height)
    for _ in range(100):
        await pilot.pause()
        if tuple(pilot.app.screen.size) == (width, height):
            break
        await pilot.pause(0.01)
    await pilot.pause()


def lines_of(app: BellCountingApp) -> list[str]:
    return screen_text(app).splitlines()


def fits(line: str, width: int) -> bool:
    return cell_len(line) <= width


@pytest.mark.parametrize("size", SIZES)
async def test_item_header_cuts_the_meeting_title_and_keeps_item_n_of_m(
    size: tuple[int, int],
) -> None:
    app = BellCountingApp(hostile_meeting(current=1))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        top = lines_of(app)[0]
        assert top.rstrip().endswith("Item 2 of 4")
        assert top.startswith(" Northwind customer portal kickoff")
        assert "…  " in top  # cut with an ellipsis, a gap before the right side
        assert fits(top, size[0])


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("current", "title"), [(0, LONG), (1, CJK), (2, f"Short {EMOJI}")])
async def test_the_item_title_shows_its_start_and_an_ellipsis(
    size: tuple[int, int], current: int, title: str
) -> None:
    app = BellCountingApp(hostile_meeting(current=current))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        line = lines_of(app)[1].strip()
        shown = f"{current + 1}. {title}"
        if cell_len(shown) + 2 <= size[0]:
            assert line == shown
        else:
            assert line.endswith("…")
            assert shown.startswith(line[:-1])
            assert cell_len(line) >= size[0] - 4  # as much as fits, not a stub


@pytest.mark.parametrize("size", [(160, 45), (163, 45), (200, 60)])
async def test_sidebar_titles_end_in_an_ellipsis_and_figures_line_up(size: tuple[int, int]) -> None:
    app = BellCountingApp(hostile_meeting(current=1))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        rows = [line.split("│")[-1] for line in lines_of(app) if "│" in line][:4]
        assert "1. AAAA" in rows[0] and "… " in rows[0]
        assert "2. 会議の目的" in rows[1] and "… " in rows[1]
        assert " …" not in rows[1]  # no half-cell gap left where a wide character was cut
        assert rows[3].rstrip().endswith("10:00")
        ends = {cell_len(row.rstrip()) for row in rows}
        assert len(ends) == 1, rows  # every figure ends in the same column


@pytest.mark.parametrize("size", SIZES)
async def test_lobby_keeps_the_agenda_beside_a_500_character_name(size: tuple[int, int]) -> None:
    app = BellCountingApp(hostile_meeting(started=False))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = lines_of(app)
        assert all(fits(line, size[0]) for line in text)
        assert text[0].strip().startswith("Northwind customer portal kickoff")
        assert text[0].rstrip().endswith("…")  # the title is one line, cut
        agenda = next(line for line in text if "1 " in line and "10m" in line)
        left_of_roll = agenda.split("· not yet")[0]
        assert "AAAA" in left_of_roll and "…" in left_of_roll  # the agenda is still there
        assert any("会議の目的" in line for line in text)
        assert any("Dates and approvals" in line for line in text)
        name_line = next(line for line in text if "Bartholomew" in line and "not yet" in line)
        assert "Bartholomew xxx" in name_line and "x…" in name_line
        if size[0] >= 110:  # wide: owners and roles too, each cut, the side column kept
            assert "助けて" in next(line for line in text if FAMILY in line and "client" in line)
            assert "agency" in name_line


@pytest.mark.parametrize("size", SIZES)
async def test_a_500_character_owner_is_one_cut_line_and_the_checklist_still_shows(
    size: tuple[int, int],
) -> None:
    app = BellCountingApp(hostile_meeting())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = lines_of(app)
        owner = [line for line in text if "Bartholomew" in line]
        assert len(owner) == 1 and "x…" in owner[0]
        assert not any(line.strip().startswith("xxxx") for line in text)
        assert any("Checklist" in line for line in text)
        await resize(pilot, size[0] + 7, size[1])  # the cut follows the width
        owner_now = next(line for line in lines_of(app) if "Bartholomew" in line)
        assert owner_now.count("x") > owner[0].count("x")


async def test_an_action_owned_by_a_500_character_name_shows_the_name_cut() -> None:
    meeting = hostile_meeting()
    app = BellCountingApp(meeting)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", *"Ship it @Bart", "enter")
        await pilot.pause()
        assert meeting.session.entries_of("action")[0].owner == NAME
        text = lines_of(app)
        action = next(line for line in text if "Ship it" in line)
        assert "→ Bartholomew x" in action and "x… · " not in action
        assert not any(line.strip().startswith("xxxx") for line in text)  # no wrapped name


@pytest.mark.parametrize("size", [(80, 24), (81, 24), (160, 45)])
async def test_go_to_cuts_titles_with_an_ellipsis_right_after_the_text(
    size: tuple[int, int],
) -> None:
    app = BellCountingApp(hostile_meeting())
    async with app.run_test(size=size) as pilot:
        await pilot.press("g")
        await pilot.pause()
        text = lines_of(app)
        cjk = next(line for line in text if "会議の目的" in line and "upcoming" in line)
        assert re.search("[^ ]… +upcoming", cjk)  # no gap left before the "…"
        assert re.search("A… +▶ now", next(line for line in text if "▶ now" in line))


@pytest.mark.parametrize("size", SIZES)
async def test_review_tables_keep_their_figures_beside_long_titles_and_names(
    size: tuple[int, int],
) -> None:
    meeting = hostile_meeting()
    app = BellCountingApp(meeting)
    async with app.run_test(size=size) as pilot:
        await pilot.press("a", *"Ship it @Bart fri", "enter", "e", "y")
        await pilot.pause()
        text = lines_of(app)
        action = next(line for line in text if "Ship it" in line)
        assert "Bartholomew x" in action and "x…" in action and "Fri" in action
        assert text[0].startswith(" Review · Northwind") and text[0].endswith("…")
        assert text[1].strip().startswith("Items ran")  # the title is one line
        first = next(line for line in text if "  1  AAAA" in line)
        assert "…" in first and "10:00" in first  # the plan column is still there
        cjk = next(line for line in text if "会議の目的" in line)
        assert "10:00" in cjk and "skipped" in cjk


@pytest.mark.parametrize("size", [(60, 16), (80, 24)])
async def test_the_status_line_keeps_behind_and_paused_when_it_is_narrow(
    size: tuple[int, int],
) -> None:
    meeting = hostile_meeting()
    app = BellCountingApp(meeting)
    async with app.run_test(size=size) as pilot:
        meeting.clock.source.advance(95 * 60)
        await pilot.press("space")  # pause
        await pilot.pause()
        status = next(line for line in lines_of(app) if "Elapsed" in line or "Past plan" in line)
        assert "PAUSED" in status and "1:25:00 behind" in status and "Past plan by 55:00" in status
        assert fits(status, size[0])


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_an_exercise_header_cuts_its_title_and_names_are_cut_on_the_map(
    size: tuple[int, int],
) -> None:
    app = BellCountingApp(hostile_meeting(current=2))
    async with app.run_test(size=size) as pilot:
        await pilot.press("o")
        await pilot.pause()
        top = lines_of(app)[0]
        assert top.startswith(" Risk register · 3. Short") and "left" in top
    app = BellCountingApp(hostile_meeting(current=0, stakeholder_map=True))
    async with app.run_test(size=size) as pilot:
        await pilot.press("o")
        await pilot.pause()
        text = lines_of(app)
        assert text[0].startswith(" Stakeholder map · 1. AAAA") and "… " in text[0]
        assert text[0].rstrip().endswith("left")
        assert not any(line.strip().startswith("xxxx") for line in text)
        assert any("Bartholomew x" in line and "x…" in line for line in text)
