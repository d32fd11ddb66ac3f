"""The help of every exercise is headed with the exercise's name as its screen header shows it
("Trade-offs", "Success criteria"), never the screen class's name ("TradeOffs", "CommsPlan")."""

from __future__ import annotations

from pathlib import Path

import pytest
from exercise_fixtures import SIZE
from exercise_host import ExerciseHost, screen_text
from exercise_sample import new_meeting

from kickoff_tui.domain.exercises import TITLES
from kickoff_tui.storage.agenda_loader import load_agenda
from kickoff_tui.ui.screens.exercises import SCREENS
from kickoff_tui.ui.screens.exercises.base import ExerciseScreen
from kickoff_tui.ui.screens.help import HelpScreen, collect_help

AGENDAS = Path(__file__).resolve().parents[2] / "agendas"


@pytest.mark.parametrize("exercise", sorted(SCREENS))
async def test_the_help_is_headed_with_the_exercise_name(exercise: str) -> None:
    name = "internal-kickoff" if exercise == "fit-check" else "client-kickoff"
    agenda = load_agenda(AGENDAS / f"{name}.yaml")
    meeting, _, _ = new_meeting(agenda)
    meeting.start()
    index = next(i for i, item in enumerate(agenda.items) if item.exercise == exercise)
    meeting.go_to(index)
    app = ExerciseHost(meeting, index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ExerciseScreen)
        assert collect_help(app.screen)[0].title == TITLES[exercise]
        app.push_screen(HelpScreen(app.screen))  # as `?` does in the meeting app
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = screen_text(app).splitlines()
        top = next(i for i, line in enumerate(lines) if "▀ Keys ▀" in line)
        assert TITLES[exercise] in lines[top + 1]  # the first heading in the box
