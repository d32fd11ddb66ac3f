"""The stakeholder map screen: grid at 80x24, keyboard moves journaled, add, note, remove/undo."""

from __future__ import annotations

from exercise_fixtures import SIZE, DiskFull, host_for, steps
from exercise_host import screen_text
from exercise_sample import MAP

from kickoff_tui.domain.exercises.stakeholders import register
from kickoff_tui.ui.screens.exercises.stakeholder_map import StakeholderMapScreen


async def test_the_grid_shows_everyone_in_their_cell_and_calls_out_powerful_and_far() -> None:
    app, _, _ = host_for(MAP)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StakeholderMapScreen)
        text = screen_text(app)
        lines = text.splitlines()
        high = next(i for i, line in enumerate(lines) if line.startswith("│ high"))
        assert "⚠ keep satisfied" in lines[high]
        assert "Ben Okafor" in lines[high + 1] and lines[high + 1].index("Ben") > 55  # far column
        assert "Not placed yet" in text and "Lena Fischer" in text
        assert "Powerful and far: Ben Okafor" in text
        assert "sceptic" not in text  # attitude stays private until i
        await pilot.press("i")
        assert "sceptic" in screen_text(app)


async def test_arrow_keys_move_the_selected_person_and_journal_each_move() -> None:
    app, meeting, journal = host_for(MAP)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # reading order: Marcus (high, near) first, then Ben (high, far)
        await pilot.press("right")  # Marcus: near -> far
        await pilot.press("right")  # already furthest: nothing journaled
        await pilot.press("down")  # less power
        marcus = register(meeting.session).get("Marcus Hale")
        assert marcus is not None and (marcus.power, marcus.proximity) == ("medium", "far")
        assert steps(journal) == [
            (
                "stakeholder-map",
                "move",
                {"name": "Marcus Hale", "power": "high", "proximity": "far"},
            ),
            (
                "stakeholder-map",
                "move",
                {"name": "Marcus Hale", "power": "medium", "proximity": "far"},
            ),
        ]
        assert "▶ Marcus Hale" in screen_text(app)


async def test_add_someone_then_note_about_them() -> None:
    app, meeting, _ = host_for(MAP)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a", *"Olga Brandt", "tab", *"CFO", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StakeholderMapScreen)
        assert "▶ Olga Brandt (not here)" in screen_text(app)
        await pilot.press("up")  # not placed yet: lands in the middle
        await pilot.press("s", *"wants costs monthly", "enter")
        await pilot.pause()
        olga = register(meeting.session).get("Olga Brandt")
        assert olga is not None and (olga.role, olga.power, olga.proximity) == (
            "CFO",
            "medium",
            "near",
        )
        notes = meeting.session.entries_of("stakeholder")
        assert [(n.owner, n.body) for n in notes] == [
            ("Olga Brandt", "Olga Brandt wants costs monthly")
        ]


async def test_a_bad_side_keeps_the_form_open_with_the_text() -> None:
    app, meeting, _ = host_for(MAP)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a", *"Olga", "tab", "tab", "ctrl+u", *"moon", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "side: 'moon': choose one of agency, client, partner, other" in text
        assert "Olga" in text
        assert register(meeting.session).get("Olga") is None


async def test_remove_and_undo() -> None:
    app, meeting, _ = host_for(MAP)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("tab", "x")  # Ben, the second in reading order
        assert "Ben Okafor" not in register(meeting.session).names
        assert "Ben Okafor" not in screen_text(app)
        await pilot.press("u")
        assert "Ben Okafor" in register(meeting.session).names


async def test_a_journal_failure_is_one_line_and_changes_nothing() -> None:
    app, meeting, journal = host_for(MAP)
    broken = DiskFull(journal.events)
    meeting.journal = broken
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        broken.failing = True
        await pilot.press("left")
        await pilot.pause()
        marcus = register(meeting.session).get("Marcus Hale")
        assert marcus is not None and marcus.proximity == "near"
        assert app.failures == ["cannot write the journal: disk full"]


async def test_escape_goes_back() -> None:
    app, _, _ = host_for(MAP)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        assert not isinstance(app.screen, StakeholderMapScreen)
