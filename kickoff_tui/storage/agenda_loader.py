"""Load an agenda YAML file into an Agenda. (Minimal version; full validation to come.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.durations import parse_duration
from kickoff_tui.errors import AgendaError, Problem


def load_agenda(path: str | Path) -> Agenda:
    """Load and validate; raises AgendaError carrying every problem found."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise AgendaError([Problem(shown, 0, 0, exc.strerror or str(exc))]) from None
    return load_agenda_text(text, shown)


def load_agenda_text(text: str, shown: str) -> Agenda:
    raw: Any = yaml.safe_load(text)
    meeting = raw["meeting"]
    return Agenda(
        meeting=Meeting(
            title=meeting["title"],
            client=meeting.get("client", ""),
            project=meeting.get("project", ""),
            length=parse_duration(str(meeting.get("length", "0"))) if meeting.get("length") else 0,
            facilitator=meeting.get("facilitator", ""),
            note_taker=meeting.get("note_taker", ""),
            goal=meeting.get("goal", ""),
        ),
        people=tuple(Person(**p) for p in raw.get("people", [])),
        items=tuple(
            Item(
                **{
                    **i,
                    "timebox": parse_duration(str(i["timebox"])),
                    "prompts": tuple(i.get("prompts", [])),
                    "checklist": tuple(i.get("checklist", [])),
                }
            )
            for i in raw["items"]
        ),
        purpose=str(raw.get("purpose", "")),
    )


def check_paths(paths: list[str]) -> list[Problem]:
    """Every problem in every agenda file under the given files and folders."""
    raise NotImplementedError
