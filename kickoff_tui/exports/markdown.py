"""Markdown minutes: the format everything else starts from (domain/minutes.py)."""

from __future__ import annotations

from kickoff_tui.domain.minutes import render
from kickoff_tui.exports import Source


def write(source: Source) -> str:
    return render(source.session, diagrams=source.diagrams, record=source.record)
