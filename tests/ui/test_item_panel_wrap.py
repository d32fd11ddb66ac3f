"""A prompt or checklist line too long for the item panel wraps under its own text, not back
under its bullet or checkbox: at 80 columns the room reads each question as one block."""

from __future__ import annotations

from live_app import START, BellCountingApp

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.storage.journal import MemoryJournal
from kickoff_tui.ui.widgets.item_panel import ItemPanel

PROMPT = "Who gives feedback on each deliverable, and who consolidates it into one answer?"
CHECK = "Review time agreed, and a single feedback owner named for the client side"
HOSTILE = "[bold]x[/bold] \x1b[31mred\x1b[0m [@click=app.quit]quit[/] and a long tail of words"


def _meeting() -> LiveMeeting:
    clock = FakeClock()
    clock.set(START)
    agenda = Agenda(
        meeting=Meeting(title="Northwind portal kickoff"),
        items=(Item("Timeline", 8 * 60, prompts=(PROMPT, HOSTILE), checklist=(CHECK,)),),
        people=(Person("Ana Ruiz", "Project lead", "agency"),),
    )
    data = {"session_id": "t", "agenda": agenda.to_dict(), "source": "t"}
    created = ev.Event(ev.SESSION_CREATED, START, {**data, "meeting_date": "2026-11-25"})
    journal = MemoryJournal()
    journal.append(created)
    meeting = LiveMeeting(session_from_events([created]), journal, clock)
    meeting.start()
    return meeting


def _block(lines: list[str], first: str, indent: int) -> list[str]:
    """The line starting with `first` and the lines that carry it on, `indent` cells in."""
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    block = [lines[start]]
    for line in lines[start + 1 :]:
        if not line.startswith(" " * indent) or not line.strip():
            break
        block.append(line)
    return block


def _joined(block: list[str], head: int) -> str:
    """The block's text: the first line past its `head` cells, then each carried-on line."""
    return " ".join([block[0][head:], *(line.strip() for line in block[1:])])


async def test_long_prompts_and_checklist_lines_hang_under_their_text() -> None:
    app = BellCountingApp(_meeting())
    async with app.run_test(size=(80, 24)) as pilot:
        for size in ((80, 24), (160, 45)):  # each width wraps anew
            await pilot.resize_terminal(*size)
            await pilot.pause()
            panel = app.screen.query_one(ItemPanel)
            lines = panel.plain.splitlines()
            assert all(len(line) <= panel.content_size.width for line in lines)
            prompt = _block(lines, "  • Who gives", 4)
            assert len(prompt) > 1  # it wraps at this width, under its own text
            assert _joined(prompt, 4) == PROMPT
            check = _block(lines, "  1 ☐ Review", 6)
            assert len(check) > 1 and _joined(check, 6) == CHECK
            hostile = _block(lines, "  • [bold]", 4)
            assert len(hostile) > 1 and "\x1b" not in panel.plain  # text stays text
            assert "[@click=app.quit]quit[/]" in panel.plain
