"""The head of the minutes: YAML front matter, the title and the summary."""

from __future__ import annotations

from typing import Any

import yaml

from kickoff_tui import __version__
from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.minutes_context import (
    MinutesContext,
    item_seconds,
    local_hm,
    local_stamp,
    meeting_day,
    meeting_seconds,
    wall_seconds,
    zone_note,
)
from kickoff_tui.domain.session import Session

GENERATOR = "kickoff-tui"


def _attendee_names(session: Session) -> list[str]:
    names = [p.name for p in session.people]
    names += [n for n in session.attendance if n not in names]
    return [md.yaml_text(n) for n in names if session.attendance.get(n) in ("present", "late")]


def front_matter(ctx: MinutesContext) -> list[str]:
    """YAML between `---` lines. The dumper quotes whatever needs quoting, so any typed
    value stays valid YAML. The title key is `meeting`: with a `title` key markdownlint
    (MD025) counts the front matter as a second top-level heading."""
    s = ctx.session
    meeting = s.agenda.meeting
    seconds = meeting_seconds(ctx)
    data: dict[str, Any] = {
        "meeting": md.yaml_text(meeting.title),
        "client": md.yaml_text(meeting.client),
        "project": md.yaml_text(meeting.project),
        "date": meeting_day(s),
        "start": local_stamp(ctx, ctx.start),
        "end": local_stamp(ctx, ctx.end),
        "duration": None if seconds is None else format_duration(seconds),
        "status": meeting_status(ctx),
        "facilitator": md.yaml_text(meeting.facilitator),
        "note-taker": md.yaml_text(meeting.note_taker),
        "attendees": _attendee_names(s),
        "agenda-source": md.yaml_text(s.source),
        "session": md.yaml_text(s.session_id),
        "generator": f"{GENERATOR} {__version__}",
    }
    dumped = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=1 << 30
    )
    return ["---", *dumped.rstrip("\n").split("\n"), "---"]


def meeting_status(ctx: MinutesContext) -> str:
    """not started, draft (never ended), ended, or final (the review was finished)."""
    if ctx.start is None:
        return "not started"
    if ctx.draft:
        return "draft"
    return "final" if ctx.session.finished else "ended"


def title(ctx: MinutesContext) -> list[str]:
    return [f"# {md.heading(ctx.session.agenda.meeting.title) or 'Kickoff minutes'}"]


def _when(ctx: MinutesContext) -> str:
    day = meeting_day(ctx.session)
    shown = day.isoformat() if day else "an unknown date"
    if ctx.start is None or ctx.end is None:
        return f"Kickoff meeting planned for {shown}; it was never started."
    times = f"{local_hm(ctx, ctx.start)}–{local_hm(ctx, ctx.end)}"
    return f"Kickoff meeting on {shown}, {times} ({zone_note(ctx.session)})."


def _plural(count: int, word: str, many: str = "") -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def _time_line(ctx: MinutesContext) -> str:
    planned = ctx.session.agenda.planned_seconds
    seconds = meeting_seconds(ctx)
    if seconds is None:
        return f"- **Time:** {format_duration(planned)} planned; not started"
    line = f"- **Time:** {format_duration(seconds)} against {format_duration(planned)} planned"
    delta = seconds - planned
    if delta:
        line += f" ({format_duration(abs(delta))} {'over' if delta > 0 else 'under'})"
    paused = round(wall_seconds(ctx) - sum(item_seconds(ctx)))
    if paused > 0:
        line += f"; paused {format_duration(paused)}"
    return line


def summary(ctx: MinutesContext) -> list[str]:
    s = ctx.session
    meeting = s.agenda.meeting
    lines = [_when(ctx), ""]
    if s.next_meeting is not None:
        shown = s.next_meeting.label(s.meeting_date)
        lines += [f"**Next meeting:** {md.inline(shown)}", ""]
    if ctx.draft and ctx.end is not None:
        lines += [
            "> **Draft:** the meeting was not ended. Times run to the last recorded "
            f"event ({local_hm(ctx, ctx.end)}).",
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
        _plural(len(s.entries_of("decision")), "decision"),
        _plural(len(s.entries_of("action")), "action item"),
        _plural(len(s.entries_of("risk")), "risk"),
        _plural(len(s.entries_of("question")), "open question"),
    ]
    lines.append(f"- **Captured:** {', '.join(counts)}")
    return lines
