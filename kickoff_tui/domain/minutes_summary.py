"""The head of the minutes: YAML front matter, the title and the summary, from the record."""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.minutes_context import MinutesContext, item_seconds, wall_seconds
from kickoff_tui.domain.record import GENERATOR, MeetingInfo, MeetingRecord, meeting_status

__all__ = ["GENERATOR", "front_matter", "meeting_status", "summary", "title"]

ATTENDED = ("present", "late")


def _attendee_names(record: MeetingRecord) -> list[str]:
    return [md.yaml_text(p.name) for p in record.people if p.attendance in ATTENDED]


def front_matter(ctx: MinutesContext) -> list[str]:
    """YAML between `---` lines. The dumper quotes whatever needs quoting, so any typed
    value stays valid YAML. The title key is `meeting`: with a `title` key markdownlint
    (MD025) counts the front matter as a second top-level heading."""
    record = ctx.record
    meeting = record.meeting
    seconds = meeting.actual_seconds
    data: dict[str, Any] = {
        "meeting": md.yaml_text(meeting.title),
        "client": md.yaml_text(meeting.client),
        "project": md.yaml_text(meeting.project),
        "date": None if meeting.date is None else date.fromisoformat(meeting.date),
        "start": meeting.start,
        "end": meeting.end,
        "duration": None if seconds is None else format_duration(seconds),
        "status": meeting.status,
        "facilitator": md.yaml_text(meeting.facilitator),
        "note-taker": md.yaml_text(meeting.note_taker),
        "attendees": _attendee_names(record),
        "agenda-source": md.yaml_text(record.source),
        "session": md.yaml_text(record.session_id),
        "generator": record.generator,
    }
    dumped = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1 << 30
    )
    return ["---", *dumped.rstrip("\n").split("\n"), "---"]


def title(ctx: MinutesContext) -> list[str]:
    return [f"# {md.heading(ctx.record.meeting.title) or 'Kickoff minutes'}"]


def _hm(stamp: str) -> str:
    """'09:05' of an ISO stamp the record wrote at the facilitator's offset."""
    return stamp[11:16]


def _zone_note(meeting: MeetingInfo) -> str:
    """Which clock the times are on, stated once, next to the meeting's times."""
    if meeting.utc_offset is None:
        return "times are UTC; the session did not record a local time zone"
    return f"times are UTC{meeting.utc_offset}"


def _when(meeting: MeetingInfo) -> str:
    shown = meeting.date or "an unknown date"
    if meeting.start is None or meeting.end is None:
        return f"Kickoff meeting planned for {shown}; it was never started."
    times = f"{_hm(meeting.start)}–{_hm(meeting.end)}"
    return f"Kickoff meeting on {shown}, {times} ({_zone_note(meeting)})."


def _plural(count: int, word: str, many: str = "") -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def _time_line(ctx: MinutesContext) -> str:
    planned = ctx.record.meeting.planned_seconds
    seconds = ctx.record.meeting.actual_seconds
    if seconds is None:
        return f"- **Time:** {format_duration(planned)} planned; not started"
    line = f"- **Time:** {format_duration(seconds)} against {format_duration(planned)} planned"
    delta = seconds - planned
    if delta:
        line += f" ({format_duration(abs(delta))} {'over' if delta > 0 else 'under'})"
    # the pause is the meeting's clock less each item's unrounded time (minutes_context)
    paused = round(wall_seconds(ctx) - sum(item_seconds(ctx)))
    if paused > 0:
        line += f"; paused {format_duration(paused)}"
    return line


def summary(ctx: MinutesContext) -> list[str]:
    record = ctx.record
    meeting = record.meeting
    lines = [_when(meeting), ""]
    if record.charter.next_meeting:  # as the minutes show it, worked out once for the charter
        lines += [f"**Next meeting:** {md.inline(record.charter.next_meeting)}", ""]
    if meeting.status == "draft" and meeting.end is not None:
        lines += [
            "> **Draft:** the meeting was not ended. Times run to the last recorded "
            f"event ({_hm(meeting.end)}).",
            "",
        ]
    for label, value in (
        ("Goal", meeting.goal),
        ("Client", meeting.client),
        ("Project", meeting.project),
        ("Facilitator", meeting.facilitator),
        ("Note-taker", meeting.note_taker),
    ):
        if md.inline(value):
            lines.append(f"- **{label}:** {md.inline(value)}")
    lines.append(_time_line(ctx))
    counts = [
        _plural(len(record.entries_of("decision")), "decision"),
        _plural(len(record.entries_of("action")), "action item"),
        _plural(len(record.entries_of("risk")), "risk"),
        _plural(len(record.entries_of("question")), "open question"),
    ]
    lines.append(f"- **Captured:** {', '.join(counts)}")
    return lines
