"""The question bank in the meeting: `/` opens it for the current item's topics, typing
narrows it, Enter puts the question to the room; journaled, on the item screen, in the minutes."""

from __future__ import annotations

from pathlib import Path

from live_app import (
    BellCountingApp,
    event_types,
    item_screen,
    live_meeting,
    panel_lines,
    screen_text,
)
from textual.widgets import Input, OptionList

from kickoff_tui.domain import events as ev
from kickoff_tui.domain.agenda import Agenda, Item
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.domain.minutes import render
from kickoff_tui.domain.session import session_from_events
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.paths import user_questions_file
from kickoff_tui.ui.screens.help import collect_help
from kickoff_tui.ui.screens.question_bank import QuestionBankScreen
from kickoff_tui.ui.widgets.item_panel import ItemPanel

SIZE = (100, 30)
QUESTION = "Who has the final say on scope, budget and design?"


def with_topics(meeting: LiveMeeting, index: int, *topics: str) -> None:
    """Give an item of the test agenda its `questions:` topics."""
    agenda = meeting.session.agenda
    items = list(agenda.items)
    old = items[index]
    items[index] = Item(old.title, old.timebox, owner=old.owner, questions=topics)
    meeting.session.agenda = Agenda(agenda.meeting, tuple(items), agenda.people, agenda.purpose)


def bank(app: BellCountingApp) -> QuestionBankScreen:
    assert isinstance(app.screen, QuestionBankScreen), app.screen
    return app.screen


async def test_slash_asks_a_question_that_is_journaled_shown_and_in_the_minutes() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    with_topics(meeting, 0, "people-and-decisions")
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        screen = bank(app)
        assert {q.topic for q in screen.shown} == {"people-and-decisions"}
        assert "topics: people-and-decisions" in screen_text(app)
        await pilot.press(*"final say")
        assert [q.text for q in screen.shown] == [QUESTION]
        assert "Ask client" in screen_text(app)  # who to ask, for the highlighted question
        await pilot.press("enter")
        assert not isinstance(app.screen, QuestionBankScreen)

        assert event_types(journal)[-1] == ev.QUESTION_ASKED
        assert journal.events[-1].data == {
            "item": 0,
            "text": QUESTION,
            "phase": "kickoff",
            "topic": "people-and-decisions",
            "question_id": "kickoff-11",
        }
        assert f"+ {QUESTION}" in panel_lines(app)
        assert "+ Who has the final say" in screen_text(app)

        # the same question again in the same item: marked as asked, and journaled once
        await pilot.press("slash", *"final say")
        assert "✓ asked" in screen_text(app)
        await pilot.press("enter")
        assert event_types(journal).count(ev.QUESTION_ASKED) == 1

    replayed = session_from_events(journal.events)
    minutes = render(replayed)
    asked = f"## Questions asked\n\n- {QUESTION} (item 1: Welcome and introductions)\n"
    assert asked in minutes


async def test_ctrl_t_widens_to_every_topic_and_esc_asks_nothing() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    with_topics(meeting, 0, "fit")
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"roll back")
        screen = bank(app)
        assert screen.shown == []
        assert "No question matches; ctrl+t searches every topic." in screen_text(app)
        await pilot.press("ctrl+t")
        assert [q.topic for q in screen.shown] == ["risks"]
        await pilot.press("escape")
        assert not isinstance(app.screen, QuestionBankScreen)
    assert ev.QUESTION_ASKED not in event_types(journal)


async def test_arrows_move_through_questions_and_skip_the_headings() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)  # item 0 names no topics: the whole bank opens
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        screen = bank(app)
        assert len({q.topic for q in screen.shown}) == 10
        options = screen.query_one(OptionList)
        assert options.highlighted == 1  # 0 is the first group's heading
        await pilot.press("down", "down", "up", "down")
        await pilot.press("enter")
    asked = journal.events[-1]
    assert asked.type == ev.QUESTION_ASKED
    assert asked.data["text"] == screen.shown[2].text


async def test_the_key_is_in_help_and_the_palette_and_runs_from_the_palette() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        lines = [
            (line.keys, line.description)
            for section in collect_help(app.screen)
            for group in section.groups.values()
            for line in group
        ]
        assert (["/"], "Pick a question from the question bank to ask the room") in lines
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        command = commands["Pick a question from the question bank to ask the room"]
        assert command.help == "key: /"
        await command.callback()
        await pilot.pause()
        assert isinstance(app.screen, QuestionBankScreen)
        await pilot.press("escape")
        # once the meeting has ended, the key asks nothing
        meeting.end()
        await pilot.press("slash")
        assert not isinstance(app.screen, QuestionBankScreen)
    assert ev.QUESTION_ASKED not in event_types(journal)


async def test_a_bad_user_bank_warns_in_one_line_and_the_bundled_bank_still_opens() -> None:
    path: Path = user_questions_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("questions:\n  - question: '[bold]x'\n    phase: nope\n", encoding="utf-8")
    clock = FakeClock()
    meeting, _journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        screen = bank(app)
        assert len(screen.shown) > 120
        warning = "Your question bank was not loaded: "
        assert any(n.message.startswith(warning + str(path)) for n in app._notifications)


async def test_a_user_question_with_markup_is_shown_as_typed() -> None:
    path = user_questions_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    hostile = "Is [bold red]this[/] $x @click=app.quit() ours?"
    quoted = hostile.replace("'", "''")
    path.write_text(
        f"questions:\n  - question: '{quoted}'\n    phase: kickoff\n    topic: fit\n",
        encoding="utf-8",
    )
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.press("slash", *"click")
        assert hostile in screen_text(app)
        assert app.screen.query_one(Input).value == "click"
        await pilot.press("enter")
        assert f"+ {hostile}" in panel_lines(app)
        assert "+ Is [bold red]this[/]" in screen_text(app)
    assert journal.events[-1].data["text"] == hostile


async def test_a_failed_journal_write_asks_nothing_and_says_so() -> None:
    clock = FakeClock()
    meeting, journal = live_meeting(clock)
    app = BellCountingApp(meeting)
    async with app.run_test(size=SIZE) as pilot:
        journal.broken = True
        await pilot.press("slash", *"final say", "enter")
        await pilot.pause()
        assert meeting.session.asked == []
        assert "+ " not in item_screen(app).query_one(ItemPanel).plain
        assert any(n.message.startswith("Not saved: disk full") for n in app._notifications)
    assert ev.QUESTION_ASKED not in event_types(journal)
