"""The decision-rights screen: arrows move between cells, a letter key sets it, space clears
(u brings it back), n adds an area, x takes one off; flags in the status line; the model's
own letters only; wide matrices keep the area column and cut names in the header."""

from __future__ import annotations

from exercise_fixtures import SIZE, DiskFull, steps
from exercise_host import screen_text
from rights_fixtures import rights_host
from rights_sample import DACI_RIGHTS, RIGHTS

from kickoff_tui.domain.exercises.decision_rights import decision_rights
from kickoff_tui.ui.screens.exercises.decision_rights import DecisionRightsScreen
from kickoff_tui.ui.screens.exercises.form import FormScreen
from kickoff_tui.ui.screens.help import collect_help


def letters(meeting: object, area: str, item: int = RIGHTS) -> dict[str, str]:
    found = decision_rights(meeting.session, item).get(area)  # type: ignore[attr-defined]
    assert found is not None
    return dict(found.letters)


async def test_arrows_and_letter_keys_fill_the_matrix_and_flags_follow() -> None:
    app, meeting, journal = rights_host(RIGHTS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DecisionRightsScreen)
        text = screen_text(app)
        assert "Visual design sign-off" in text and "4 to settle" in text
        assert "No Accountable for Visual design sign-off." in text
        # the cursor starts on the first person; right moves to the next one
        await pilot.press("r", "right", "a", "down", "a", "down", "right", "c")
        await pilot.pause()
        assert letters(meeting, "Visual design sign-off") == {"Ana Ruiz": "R", "Ben Okafor": "A"}
        assert letters(meeting, "Go-live") == {"Ben Okafor": "A"}
        assert letters(meeting, "Budget changes") == {"Claire Dubois": "C"}
        text = screen_text(app)
        assert "Budget changes × Claire Dubois: C Consulted" in text
        assert "2 to settle" not in text  # two without an A, and Ben far away twice
        assert [s[1] for s in steps(journal)] == ["assign"] * 4
        await pilot.press("up", "left")  # Go-live × Ben Okafor
        await pilot.pause()
        assert "far from the project on the map" in screen_text(app)


async def test_space_clears_a_cell_and_u_brings_the_letter_back() -> None:
    app, meeting, _ = rights_host(RIGHTS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("i", "space")
        await pilot.pause()
        assert letters(meeting, "Visual design sign-off") == {}
        assert "no letter" in screen_text(app)
        await pilot.press("space")  # nothing left to clear: nothing journaled
        await pilot.press("u")
        await pilot.pause()
        assert letters(meeting, "Visual design sign-off") == {"Ana Ruiz": "I"}


async def test_n_adds_an_area_x_removes_it_and_u_restores_it() -> None:
    app, meeting, _ = rights_host(RIGHTS)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n", *"Content tone", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DecisionRightsScreen)
        assert "Content tone" in [a.name for a in decision_rights(meeting.session, RIGHTS).areas]
        await pilot.press("a")  # the cursor went to the new row
        await pilot.pause()
        assert letters(meeting, "Content tone") == {"Ana Ruiz": "A"}
        await pilot.press("n", *"go-live", "enter")  # already there: the form says so
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert "Go-live is already a decision area" in screen_text(app)
        await pilot.press("escape", "x")
        await pilot.pause()
        assert "Content tone" not in [
            a.name for a in decision_rights(meeting.session, RIGHTS).areas
        ]
        await pilot.press("u")
        await pilot.pause()
        assert letters(meeting, "Content tone") == {"Ana Ruiz": "A"}


async def test_daci_takes_d_not_r_and_the_footer_and_help_name_its_roles() -> None:
    app, meeting, journal = rights_host(DACI_RIGHTS)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("r")  # RACI's letter: not bound here
        await pilot.pause()
        assert steps(journal) == []
        await pilot.press("d", "right", "a")
        await pilot.pause()
        assert letters(meeting, "Content sign-off", DACI_RIGHTS) == {
            "Ana Ruiz": "D",
            "Ben Okafor": "A",
        }
        footer = screen_text(app).splitlines()[-1]
        assert "Driver" in footer and "Approver" in footer and "Responsible" not in footer
        help_lines = [
            (line.keys, line.description)
            for section in collect_help(app.screen)
            for lines in section.groups.values()
            for line in lines
        ]
        for wanted in ("Driver", "Approver", "Contributor", "Informed", "Clear", "New area"):
            assert any(description == wanted for _, description in help_lines), wanted
        assert not any(d in ("Responsible", "Accountable") for _, d in help_lines)


async def test_many_people_at_80_columns_scroll_and_cut_names_by_cells() -> None:
    app, meeting, _ = rights_host(RIGHTS)
    for n in range(12):
        meeting.add_person(f"Person number {n} with a very long name 長い名前", "Guest", "client")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Person nu…" not in screen_text(app)  # further right, out of sight
        for _ in range(16):  # to the seventeenth person: the last one added
            await pilot.press("right")
        await pilot.press("i")
        await pilot.pause()
        text = screen_text(app)
        assert max(len(line) for line in text.splitlines()) <= 80
        assert "Person nu…" in text  # names cut to ten cells in the header
        assert "Visual design sign-off" in text  # the area column stays while it scrolls
        status = " ".join(text.split())  # the full name wraps the status line
        assert "Person number 11 with a very long name 長い名前: I Informed" in status
        assert letters(meeting, "Visual design sign-off") == {
            "Person number 11 with a very long name 長い名前": "I"
        }


async def test_a_full_disk_changes_nothing_and_the_screen_stays() -> None:
    app, meeting, journal = rights_host(RIGHTS)
    disk = DiskFull(list(journal.events))
    meeting.journal = disk
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        disk.failing = True
        await pilot.press("a")
        await pilot.pause()
        assert letters(meeting, "Visual design sign-off") == {}
        assert app.failures == ["cannot write the journal: disk full"]
        assert isinstance(app.screen, DecisionRightsScreen)


async def test_undo_outlives_the_screen_and_the_help_states_the_rule() -> None:
    from test_undo_key import undo_lines

    from kickoff_tui.ui.app import KickoffApp

    _, meeting, _ = rights_host(RIGHTS)
    app = KickoffApp(meeting, bell=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, DecisionRightsScreen)
        assert undo_lines(app) == [(["u"], False)]
        await pilot.press("x")
        await pilot.pause()
        assert undo_lines(app) == [(["u"], True)]
        await pilot.press("escape", "o")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        areas = [a.name for a in decision_rights(meeting.session, RIGHTS).areas]
        assert areas[0] == "Visual design sign-off" and len(areas) == 4
        assert undo_lines(app) == [(["u"], False)]
