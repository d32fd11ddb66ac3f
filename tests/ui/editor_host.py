"""An EditorApp over a copy of an agenda in a temporary folder, on a FakeClock.

`settle` runs what the app's timers would: the clock moves past the check's debounce, the
check runs in its worker, and the screen shows its verdict. Rehearsals are recorded, not run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.pilot import Pilot

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.paths import bundled_agendas_dir
from kickoff_tui.storage.agenda_document import AgendaDocument
from kickoff_tui.ui.editor.app import EditorApp
from kickoff_tui.ui.editor.state import DEBOUNCE, EditorState

SIZE = (100, 30)


class EditorHost(EditorApp):
    """The editor, with the rehearsals it would start kept in a list."""

    def __init__(self, path: Path, clock: FakeClock, *, recovered: str | None = None) -> None:
        state = EditorState(AgendaDocument.open(path), clock) if path.exists() else None
        self.rehearsed: list[str] = []
        super().__init__(
            path,
            state,
            clock=clock,
            recovered=recovered,
            rehearse=lambda _app, text: self.rehearsed.append(text),
        )


def bundled_copy(folder: Path, name: str = "client-kickoff") -> Path:
    path = folder / "agenda.yaml"
    shutil.copyfile(bundled_agendas_dir() / f"{name}.yaml", path)
    return path


def written(folder: Path, text: str) -> Path:
    path = folder / "agenda.yaml"
    path.write_text(text, encoding="utf-8")
    return path


async def settle(app: EditorApp, pilot: Pilot[int], clock: FakeClock) -> None:
    """Let typing pause: what was typed is written, then checked, and the verdict shown."""
    for _ in range(2):  # the write is due DEBOUNCE after the last key, the check after that
        clock.advance(DEBOUNCE + 0.01)
        app.tick()
        await app.workers.wait_for_complete()
        await pilot.pause()


SMALL = """\
# the team's kickoff: keep this comment
meeting:
  title: Small kickoff
  length: 30m
people:
  - name: Ana Ruiz
    side: agency
  - name: Ben Okafor
    side: client
items:
  - title: Welcome
    timebox: 10m
    owner: Ana Ruiz
  - title: Scope
    timebox: 15m   # the big one
  - title: Next steps
    timebox: 5m
"""


def notices(app: EditorApp) -> list[str]:
    """Every notification the app has shown (toasts time out; this list keeps them)."""
    return [str(notification.message) for notification in app._notifications]
