"""`kickoff rehearse` (#14): a whole agenda at ten times speed on a fake clock, REHEARSAL on
every screen, and nothing left behind for `kickoff sessions` or `resume`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from live_app import START, agenda, item_screen, screen_text

from kickoff_tui.cli import main
from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.meeting import LiveMeeting
from kickoff_tui.rehearsal import BANNER, SpeedClock, throwaway_home
from kickoff_tui.storage.session_store import new_session
from kickoff_tui.ui.app import KickoffApp
from kickoff_tui.ui.rehearsal_banner import RehearsalBanner
from kickoff_tui.ui.screens.confirm import ConfirmScreen
from kickoff_tui.ui.screens.lobby import LobbyScreen
from kickoff_tui.ui.screens.review import ReviewScreen
from kickoff_tui.ui.widgets.countdown import Countdown


def test_the_speed_clock_runs_both_readings_faster() -> None:
    source = FakeClock(START)
    clock = SpeedClock(source, 10)
    assert clock.now() == START
    source.advance(30)
    assert (clock.now() - START).total_seconds() == 300
    assert clock.monotonic() == 300
    source.step(3600)  # a wall step of the machine is not time passing in the rehearsal
    assert (clock.now() - START).total_seconds() == 300


def banner_shown(app: KickoffApp) -> bool:
    return [b.text for b in app.screen.query(RehearsalBanner)] == [BANNER] and BANNER in (
        screen_text(app)
    )


async def test_a_whole_agenda_at_speed_10_says_rehearsal_throughout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_home = tmp_path / "home"
    monkeypatch.setenv("KICKOFF_HOME", str(real_home))
    source = FakeClock(START)
    clock = SpeedClock(source, 10)
    with throwaway_home() as folder:
        handle = new_session(agenda(), "t", clock)
        meeting = LiveMeeting(handle.session, handle.journal, clock)
        app = KickoffApp(meeting, bell=False, banner=BANNER)
        async with app.run_test(size=(120, 36)) as pilot:
            assert isinstance(app.screen, LobbyScreen)
            assert banner_shown(app)
            await pilot.press("space")
            await pilot.pause()
            for number, item in enumerate(agenda().items):
                screen = item_screen(app)
                assert banner_shown(app)
                source.advance(item.timebox / 10)  # a tenth of the timebox in real time
                screen.refresh_timing()
                assert screen.query_one(Countdown).text == "00:00", number
                if number < len(agenda().items) - 1:
                    await pilot.press("right")
            assert "Elapsed 1:00:00  ·  Left 0:00" in screen_text(app)  # an hour, in six minutes
            await pilot.press("e")
            assert isinstance(app.screen, ConfirmScreen)
            assert banner_shown(app)
            await pilot.press("y")
            await pilot.pause()
            assert isinstance(app.screen, ReviewScreen)
            assert banner_shown(app)
        handle.close()
        assert meeting.session.ended
        assert Path(folder, "sessions").is_dir()  # the session lived in the throwaway home
    assert not Path(folder).exists()
    assert not real_home.exists()
    assert main(["sessions"]) == 0
    assert "t" not in capsys.readouterr().out.split()


@pytest.mark.parametrize("speed", ["0", "0.5", "601", "nan"])
def test_a_speed_out_of_range_is_one_line_and_exit_2(
    speed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rehearse", "quick-kickoff", "--speed", speed]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "give a number from 1 to 600" in err


def test_minutes_from_a_read_only_folder_go_to_the_real_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_home = tmp_path / "home"
    monkeypatch.setenv("KICKOFF_HOME", str(real_home))
    monkeypatch.delenv("KICKOFF_MINUTES_DIR", raising=False)
    monkeypatch.setattr(os, "access", lambda *_args: False)  # (tests may run as root)
    with throwaway_home() as folder:
        assert os.environ["KICKOFF_HOME"] == folder
        assert os.environ["KICKOFF_MINUTES_DIR"] == str(real_home / "minutes")
    assert os.environ["KICKOFF_HOME"] == str(real_home)
    assert "KICKOFF_MINUTES_DIR" not in os.environ
