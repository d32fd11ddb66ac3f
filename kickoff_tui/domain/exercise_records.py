"""The newer exercises' results as plain data for domain/record.py's `exercises`.

One function per exercise, None when it never ran, so the record (and every export and the
charter built on it) reads the same folds the minutes and the screens do.
"""

from __future__ import annotations

from typing import Any

from kickoff_tui.domain.exercises.common import SCOPE, ran
from kickoff_tui.domain.exercises.scope import scope
from kickoff_tui.domain.exercises.trade_offs import ran_items, trade_offs
from kickoff_tui.domain.session import Session


def scope_record(session: Session) -> dict[str, Any] | None:
    """{"lines": [...]}: each line's section (in, out, later, assumptions, constraints), text,
    the client's verdict and note, whether the agenda pre-filled it, and its flags."""
    if not ran(session, SCOPE):
        return None
    return {
        "lines": [
            {
                "id": line.id,
                "section": line.section,
                "text": line.text,
                "verdict": line.verdict,
                "note": line.note,
                "prefilled": line.prefilled,
                "flags": line.flags,
            }
            for line in scope(session).lines
        ]
    }


def trade_offs_record(session: Session) -> list[dict[str, Any]] | None:
    """One entry per trade-offs item that ran: its sliders and the rules they break."""
    found = [trade_offs(session, index) for index in ran_items(session)]
    if not found:
        return None
    return [
        {
            "item": state.item + 1,
            "sliders": [
                {"name": s.name, "setting": s.setting, "note": s.note} for s in state.sliders
            ],
            "broken": state.broken,
        }
        for state in found
    ]
