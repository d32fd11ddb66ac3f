"""One small writer per export format, each over the same record of the meeting.

A writer module has `write(source: Source) -> str`. Each owns the one escaping function of
its format (Markdown in domain/markdown.py, HTML, CSV cells, shell words, iCalendar TEXT).
Writers are imported only when their format is asked for: the HTML one loads markdown-it-py.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cached_property

from kickoff_tui.domain.record import MeetingRecord, build_record
from kickoff_tui.domain.session import Session


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str  # the file name's ending
    label: str  # what the output line calls it: "<label> written to PATH"
    module: str  # kickoff_tui.exports.<module>


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("md", ".md", "Minutes", "markdown"),
        Format("html", ".html", "HTML minutes", "html"),
        Format("json", ".json", "JSON record", "json_record"),
        Format("csv", ".csv", "CSV of action items and decisions", "csv_rows"),
        Format("gh", ".gh.sh", "gh issue script", "gh_script"),
        Format("ics", ".ics", "Calendar file", "calendar"),
    )
}
DEFAULT_FORMAT = "md"


class Source:
    """What a writer reads: the session, its record (built once, on first use), options."""

    def __init__(self, session: Session, *, diagrams: bool = True) -> None:
        self.session = session
        self.diagrams = diagrams

    @cached_property
    def record(self) -> MeetingRecord:
        return build_record(self.session)


def write(name: str, source: Source) -> str:
    """The text of one format; KeyError for a name that is not in FORMATS."""
    module = importlib.import_module(f"kickoff_tui.exports.{FORMATS[name].module}")
    text: str = module.write(source)
    return text
