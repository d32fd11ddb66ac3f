"""kickoff edit never loses an edit: the check off the key path, saving (warnings, errors, a
file changed on disk, a full disk), the recovery file, quitting, rehearsing, new files."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from editor_host import SIZE, SMALL, EditorHost, notices, settle, written
from screen_text import screen_text

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.storage import files
from kickoff_tui.storage.agenda_save import read_recovery, recovery_path
from kickoff_tui.ui.editor.items import ItemsScreen
from kickoff_tui.ui.editor.state import DEBOUNCE, RECOVERY_SECONDS
from kickoff_tui.ui.editor.templates import TemplateScreen
from kickoff_tui.ui.screens.confirm import ConfirmScreen


async def test_typing_never_waits_for_the_check(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(written(tmp_path, SMALL), clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot, clock)
        await pilot.press("m", "ctrl+a", "ctrl+k")  # the title emptied: an error, once checked
        assert app.state.view.meeting["title"] == "Small kickoff"  # not written per key
        assert "modified, not saved" in screen_text(app)  # but counted as unsaved at once
        clock.advance(DEBOUNCE + 0.01)
        app.tick()  # typing paused: written
        assert app.state.view.meeting["title"] == ""
        assert app.state.problems == []  # not checked yet: the keys did not run it
        await pilot.pause()
        assert "checking the latest edit" in screen_text(app)
        await settle(app, pilot, clock)
        assert [p.field for p in app.state.errors] == [("meeting", "title")]
        assert "✗ 1 error" in screen_text(app)


async def test_save_with_warnings_saves(tmp_path: Path, clock: FakeClock) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus", "ctrl+s")  # 31m against 30m planned: a warning
        assert not isinstance(app.screen, ConfirmScreen)
        assert "    timebox: 11m\n" in path.read_text(encoding="utf-8")
        assert not app.state.dirty
        assert "1 warning" in screen_text(app)


async def test_save_with_errors_asks_first(tmp_path: Path, clock: FakeClock) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m", "ctrl+a", "ctrl+k", "ctrl+s")
        assert isinstance(app.screen, ConfirmScreen)
        assert "Save with 1 error?" in screen_text(app)
        await pilot.press("n")
        assert path.read_text(encoding="utf-8") == SMALL and app.state.dirty
        await pilot.press("ctrl+s", "y")
        saved = path.read_text(encoding="utf-8")
        assert "Small kickoff" not in saved and saved.count("\n") == SMALL.count("\n")
        assert not app.state.dirty


async def test_a_file_changed_on_disk_is_not_overwritten_without_asking(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus")
        theirs = SMALL.replace("Small kickoff", "Their kickoff")
        path.write_text(theirs, encoding="utf-8")  # someone saved it in another editor
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, ConfirmScreen)
        assert "changed on disk since it was opened" in screen_text(app)
        await pilot.press("n")
        assert path.read_text(encoding="utf-8") == theirs  # kept
        assert app.state.dirty
        await pilot.press("ctrl+s", "y")
        assert "    timebox: 11m\n" in path.read_text(encoding="utf-8")  # overwritten, asked
        assert not app.state.dirty


async def test_a_failed_save_is_one_line_and_keeps_the_edits(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = written(tmp_path, SMALL)

    def full_disk(*_: object, **__: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "atomic_write", full_disk)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus", "ctrl+s")
        (notice,) = [n for n in notices(app) if "No space left" in n]
        assert "\n" not in notice and "your edits are kept" in notice
        assert app.state.dirty and "modified, not saved" in screen_text(app)
        assert path.read_text(encoding="utf-8") == SMALL


async def test_recovery_is_written_every_few_seconds_and_offered_back(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()  # the items screen up before the first key (a loaded machine)
        app.tick()
        assert not recovery_path(path).exists()  # nothing unsaved, nothing kept
        await pilot.press("plus")
        await pilot.pause()
        assert app.state.dirty
        clock.advance(RECOVERY_SECONDS - 1)
        app.tick()
        assert not recovery_path(path).exists()  # not yet
        clock.advance(1)
        app.tick()
        kept = read_recovery(path)
        assert kept is not None and "    timebox: 11m\n" in kept
    # the editor stopped without saving (as after a kill -9): the next one offers it back
    app = EditorHost(path, clock, recovered=read_recovery(path))
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(20):  # the question is pushed once the items screen is up
            if isinstance(app.screen, ConfirmScreen):
                break
            await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Bring back the unsaved edits?" in screen_text(app)
        await pilot.press("y")
        assert app.state.dirty and app.state.view.items[0]["timebox"] == "11m"
        await pilot.press("ctrl+s")
        assert "    timebox: 11m\n" in path.read_text(encoding="utf-8")
        assert not recovery_path(path).exists()  # saved: the copy goes


async def test_a_declined_recovery_is_thrown_away(tmp_path: Path, clock: FakeClock) -> None:
    path = written(tmp_path, SMALL)
    recovery_path(path).write_text(SMALL.replace("10m", "11m"), encoding="utf-8")
    app = EditorHost(path, clock, recovered=read_recovery(path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert not recovery_path(path).exists() and not app.state.dirty


async def test_quit_asks_when_unsaved(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(written(tmp_path, SMALL), clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus", "ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        assert "Quit without saving?" in screen_text(app)
        await pilot.press("enter")  # Enter keeps editing: only y quits
        assert isinstance(app.screen, ItemsScreen) and app.is_running
        await pilot.press("ctrl+q", "y")
        assert app.return_code == 0
    assert not app.is_running


async def test_rehearse_runs_the_text_on_screen(tmp_path: Path, clock: FakeClock) -> None:
    app = EditorHost(written(tmp_path, SMALL), clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("plus", "ctrl+r")
        (text,) = app.rehearsed
        assert "    timebox: 11m\n" in text  # unsaved, rehearsed all the same
        await pilot.press("m", "ctrl+a", "ctrl+k", "ctrl+r")
        assert len(app.rehearsed) == 1
        assert any(n.startswith("Fix the errors first") for n in notices(app))


async def test_a_new_file_starts_from_a_bundled_agenda(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "ours.yaml"
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TemplateScreen)
        text = screen_text(app)
        assert "ours.yaml does not exist yet" in text
        assert "client-kickoff" in text and "quick-kickoff" in text
        names = [s.name for s in app.screen.summaries]
        await pilot.press(*["down"] * names.index("quick-kickoff"), "enter")
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        from kickoff_tui.paths import bundled_agendas_dir

        bundled = (bundled_agendas_dir() / "quick-kickoff.yaml").read_text(encoding="utf-8")
        assert path.read_text(encoding="utf-8") == bundled
        assert app.screen.table.cursor_row == 0 and not app.state.dirty


async def test_leaving_the_template_list_writes_nothing(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "ours.yaml"
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape")
    assert not path.exists()


async def test_typing_is_saved_and_kept_without_waiting(tmp_path: Path, clock: FakeClock) -> None:
    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m", "end", *" two")
        assert app.state.dirty  # not written yet, but unsaved all the same
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)  # quitting now would lose it: asked
        await pilot.press("n", "ctrl+s")  # saved at once, typing pause or not
        assert "  title: Small kickoff two\n" in path.read_text(encoding="utf-8")
        await pilot.press(*" three")
        clock.advance(RECOVERY_SECONDS)
        app.tick()  # the recovery copy has the typing too
        assert "Small kickoff two three" in (read_recovery(path) or "")


async def test_a_crash_keeps_the_edits_and_is_one_line(tmp_path: Path, clock: FakeClock) -> None:
    from kickoff_tui.ui.editor.guard import EditorGuard

    path = written(tmp_path, SMALL)
    app = EditorHost(path, clock)
    guard = EditorGuard(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m", "end", *" secret")  # typed, not yet written
        guard.on_exception(ValueError("Small kickoff secret"))  # stops the app
    assert "  title: Small kickoff secret\n" in (read_recovery(path) or "")
    assert guard.crash_log is not None
    log = guard.crash_log.read_text(encoding="utf-8")
    assert "ValueError" in log and "secret" not in log  # frames and types, never the text
    line = guard.message()
    assert "\n" not in line and str(recovery_path(path)) in line
    assert path.read_text(encoding="utf-8") == SMALL
