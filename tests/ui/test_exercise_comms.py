"""The communication plan screen: quadrant defaults, method key, edit, groups, escalation."""

from __future__ import annotations

from exercise_fixtures import SIZE, host_for
from exercise_host import screen_text
from exercise_sample import COMMS

from kickoff_tui.domain.exercises.comms import comms_plan


async def test_rows_start_from_the_map_with_defaults() -> None:
    app, _, _ = host_for(COMMS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = screen_text(app).splitlines()
        ben = next(line for line in lines if line.lstrip().startswith("Ben Okafor"))
        assert "interactive" in ben and "fortnightly" in ben
        assert "not agreed yet" in screen_text(app)


async def test_method_key_edit_form_and_group() -> None:
    app, meeting, _ = host_for(COMMS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("m")  # Ben: interactive -> push
        assert comms_plan(meeting.session).get("Ben Okafor").method == "push"  # type: ignore[union-attr]
        await pilot.press("enter", "ctrl+u", *"int", "tab", "ctrl+u", *"15-minute call", "enter")
        await pilot.pause()
        ben = comms_plan(meeting.session).get("Ben Okafor")
        assert ben is not None and (ben.method, ben.channel) == ("interactive", "15-minute call")
        await pilot.press("a", *"Steering group", "enter")
        await pilot.pause()
        assert "Steering group (group)" in screen_text(app)


async def test_escalation_route() -> None:
    app, meeting, _ = host_for(COMMS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("l", *"claire", "tab", *"phone, same day", "tab", *"ben", "enter")
        await pilot.pause()
        route = comms_plan(meeting.session).escalation
        assert [(s.who, s.how) for s in route] == [
            ("Claire Dubois", "phone, same day"),
            ("Ben Okafor", ""),
        ]
        assert "Escalation: Claire Dubois (phone, same day) → Ben Okafor" in screen_text(app)


async def test_remove_and_undo() -> None:
    app, meeting, _ = host_for(COMMS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("x")
        assert comms_plan(meeting.session).removed == ["Ben Okafor"]
        await pilot.press("u")
        assert comms_plan(meeting.session).removed == []
