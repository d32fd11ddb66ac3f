"""Markdown minutes: a pure function of the Session. The same journal always gives the same bytes.

Only the session's own times are used (never "now"). Times are the facilitator's wall-clock
times, at the UTC offset journaled when the session was created; a journal written before that
was recorded gives UTC, and the minutes say which. The offset comes from the Session only: this
module never reads the machine's time zone. Every user string goes through
kickoff_tui.domain.markdown.
The format is documented in docs/minutes-format.md.

Extension point: SECTIONS is the ordered list of body sections. A later feature (the kickoff
exercises) adds its own with `add_section(Section(...), before="notes")`; a section whose
`always` is False is left out when it has nothing to say.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any

import yaml

from kickoff_tui import __version__
from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.session import Entry, Session
from kickoff_tui.domain.timing import item_elapsed

GENERATOR = "kickoff-tui"
NOTHING = "None recorded."
NOT_RECORDED = "not recorded"
ATTENDANCE_ORDER = ("present", "late", "absent")


@dataclass(frozen=True)
class MinutesContext:
    """What every section renderer needs, computed once."""

    session: Session
    start: datetime | None
    end: datetime | None  # the end, or the last recorded event of a meeting never ended
    draft: bool  # started but never ended (a crash, or exported while live)
    item_refs: tuple[str, ...]  # "item 3: Scope" per agenda item, escaped once
    zone: tzinfo  # the facilitator's offset, or UTC when the journal recorded none


SectionBody = Callable[[MinutesContext], list[str]]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    body: SectionBody  # Markdown lines; "" separates blocks; [] means nothing to say
    always: bool = True  # True: shown with "None recorded." when empty; False: left out


def context_for(session: Session) -> MinutesContext:
    start = session.started_at
    end = session.ended_at
    draft = start is not None and end is None
    if draft:
        end = session.last_event_at or start
    refs = tuple(_item_ref(session, index) for index in range(len(session.agenda.items)))
    return MinutesContext(session, start, end, draft, refs, meeting_zone(session))


def render(session: Session) -> str:
    """The whole minutes document: YAML front matter, title, summary, then SECTIONS."""
    ctx = context_for(session)
    blocks: list[list[str]] = [front_matter(ctx), _title(ctx), _summary(ctx)]
    for section in SECTIONS:
        lines = section.body(ctx)
        if not lines and not section.always:
            continue
        blocks.append([f"## {section.title}", "", *(lines or [NOTHING])])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


# ----- small formatting helpers -----------------------------------------------------------


def meeting_zone(session: Session) -> tzinfo:
    """The fixed offset the facilitator was at when the session was created, else UTC."""
    if session.utc_offset_minutes is None:
        return UTC
    return timezone(timedelta(minutes=session.utc_offset_minutes))


def offset_label(utc_offset_minutes: int) -> str:
    """UTC+01:00, UTC-05:00, UTC+05:30, UTC+00:00."""
    sign = "-" if utc_offset_minutes < 0 else "+"
    hours, minutes = divmod(abs(utc_offset_minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def _zone_note(session: Session) -> str:
    """Which clock the times are on, stated once, next to the meeting's times."""
    if session.utc_offset_minutes is None:
        return "times are UTC; the session did not record a local time zone"
    return f"times are {offset_label(session.utc_offset_minutes)}"


def _stamp(ctx: MinutesContext, when: datetime | None) -> str | None:
    """ISO 8601 local time with its offset; `Z` (UTC) when no offset was recorded."""
    if when is None:
        return None
    offset = ctx.session.utc_offset_minutes
    local = when.astimezone(ctx.zone).strftime("%Y-%m-%dT%H:%M:%S")
    return local + ("Z" if offset is None else offset_label(offset)[3:])


def _hm(ctx: MinutesContext, when: datetime) -> str:
    return when.astimezone(ctx.zone).strftime("%H:%M")


def _plural(count: int, word: str, many: str = "") -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


def _meeting_date(session: Session) -> date | None:
    if session.meeting_date is not None:
        return session.meeting_date
    when = session.started_at or session.created_at
    return None if when is None else when.astimezone(meeting_zone(session)).date()


def _seconds(ctx: MinutesContext) -> int | None:
    if ctx.start is None or ctx.end is None:
        return None
    return round(_wall_seconds(ctx))


def _difference(actual: int, planned: int) -> str:
    delta = actual - planned
    if delta == 0:
        return "on time"
    return ("+" if delta > 0 else "") + format_duration(delta)


def _item_ref(session: Session, index: int) -> str:
    """Where an entry was captured, escaped: "item 3: Scope"."""
    if index < 0:
        return "before the first item"
    if index >= len(session.agenda.items):
        return "unknown item"
    title = md.inline(session.agenda.items[index].title)
    return f"item {index + 1}: {title}" if title else f"item {index + 1}"


def _text(entry: Entry) -> str:
    return md.inline(entry.body) or "(no text)"


def _owner_due(entry: Entry) -> str:
    """The due date as written in an action line: present, absent or unreadable, visibly."""
    if entry.due:
        return f"due {entry.due}"
    if entry.due_invalid:
        return f"due “{md.inline(entry.due_text)}” is not a date"
    return "no due date"


def _entry_line(ctx: MinutesContext, entry: Entry, prefix: str = "") -> str:
    in_agenda = 0 <= entry.item < len(ctx.item_refs)
    details = [ctx.item_refs[entry.item] if in_agenda else _item_ref(ctx.session, entry.item)]
    owner = md.inline(entry.owner)
    if owner:
        details.append(f"owner: {owner}" + ("" if entry.owner_known else " (not an attendee)"))
    if entry.due or entry.due_invalid:
        details.append(_owner_due(entry))
    return f"- {prefix}{_text(entry)} ({'; '.join(details)})"


# ----- front matter, title and summary ----------------------------------------------------


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
    seconds = _seconds(ctx)
    data: dict[str, Any] = {
        "meeting": md.yaml_text(meeting.title),
        "client": md.yaml_text(meeting.client),
        "project": md.yaml_text(meeting.project),
        "date": _meeting_date(s),
        "start": _stamp(ctx, ctx.start),
        "end": _stamp(ctx, ctx.end),
        "duration": None if seconds is None else format_duration(seconds),
        "status": _status(ctx),
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


def _status(ctx: MinutesContext) -> str:
    if ctx.start is None:
        return "not started"
    if ctx.draft:
        return "draft"
    return "final" if ctx.session.finished else "ended"


def _title(ctx: MinutesContext) -> list[str]:
    return [f"# {md.heading(ctx.session.agenda.meeting.title) or 'Kickoff minutes'}"]


def _when(ctx: MinutesContext) -> str:
    day = _meeting_date(ctx.session)
    shown = day.isoformat() if day else "an unknown date"
    if ctx.start is None or ctx.end is None:
        return f"Kickoff meeting planned for {shown}; it was never started."
    times = f"{_hm(ctx, ctx.start)}–{_hm(ctx, ctx.end)}"
    return f"Kickoff meeting on {shown}, {times} ({_zone_note(ctx.session)})."


def _time_line(ctx: MinutesContext) -> str:
    planned = ctx.session.agenda.planned_seconds
    seconds = _seconds(ctx)
    if seconds is None:
        return f"- **Time:** {format_duration(planned)} planned; not started"
    line = f"- **Time:** {format_duration(seconds)} against {format_duration(planned)} planned"
    delta = seconds - planned
    if delta:
        line += f" ({format_duration(abs(delta))} {'over' if delta > 0 else 'under'})"
    paused = round(_wall_seconds(ctx) - sum(_elapsed(ctx)))
    if paused > 0:
        line += f"; paused {format_duration(paused)}"
    return line


def _wall_seconds(ctx: MinutesContext) -> float:
    if ctx.start is None or ctx.end is None:
        return 0.0
    return max(0.0, (ctx.end - ctx.start).total_seconds())


def _elapsed(ctx: MinutesContext) -> list[float]:
    """Seconds spent on each item, up to the end (or the last event of a draft)."""
    end = ctx.end
    if end is None:
        return [0.0] * len(ctx.session.agenda.items)
    return [item_elapsed(ctx.session, i, end) for i in range(len(ctx.session.agenda.items))]


def _summary(ctx: MinutesContext) -> list[str]:
    s = ctx.session
    meeting = s.agenda.meeting
    lines = [_when(ctx), ""]
    if ctx.draft and ctx.end is not None:
        lines += [
            "> **Draft:** the meeting was not ended. Times run to the last recorded "
            f"event ({_hm(ctx, ctx.end)}).",
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


# ----- sections ---------------------------------------------------------------------------


def attendees(ctx: MinutesContext) -> list[str]:
    """Present, then late, then absent, then people with no attendance mark."""
    s = ctx.session
    rows: list[tuple[int, int, list[str]]] = []
    known = {p.name for p in s.people}
    for position, person in enumerate(s.people):
        status = s.attendance.get(person.name, NOT_RECORDED)
        cells = [person.name, status, person.role, person.side, person.type]
        rows.append((_status_rank(status), position, cells))
    for position, name in enumerate(n for n in s.attendance if n not in known):
        status = s.attendance[name]
        rows.append((_status_rank(status), len(s.people) + position, [name, status, "", "", ""]))
    if not rows:
        return []
    rows.sort(key=lambda row: (row[0], row[1]))
    lines = [
        "| Name | Attendance | Role | Side | Stakeholder type |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += ["| " + " | ".join(md.cell(c) for c in cells) + " |" for _, _, cells in rows]
    return lines


def _status_rank(status: str) -> int:
    return ATTENDANCE_ORDER.index(status) if status in ATTENDANCE_ORDER else len(ATTENDANCE_ORDER)


def agenda_timing(ctx: MinutesContext) -> list[str]:
    s = ctx.session
    if not s.agenda.items:
        return []
    lines = [
        "| # | Item | Owner | Planned | Actual | Difference |",
        "| ---: | --- | --- | ---: | ---: | --- |",
    ]
    total_planned = total_actual = 0
    elapsed = _elapsed(ctx)
    for index, item in enumerate(s.agenda.items):
        planned = item.timebox
        total_planned += planned
        shown_plan = format_duration(planned)
        if s.timebox(index) != planned:
            shown_plan += f" → {format_duration(s.timebox(index))}"
        actual = round(elapsed[index])
        total_actual += actual
        if index in s.visited or actual:
            cells = [format_duration(actual), _difference(actual, planned)]
        else:
            cells = ["—", "not covered"]
        row = [str(index + 1), md.cell(item.title), md.cell(item.owner), shown_plan, *cells]
        lines.append("| " + " | ".join(row) + " |")
    total = [format_duration(total_planned), format_duration(total_actual)]
    lines.append(
        f"|  | **Total** |  | {total[0]} | {total[1]} | "
        f"{_difference(total_actual, total_planned)} |"
    )
    return lines


def decisions(ctx: MinutesContext) -> list[str]:
    return [
        _entry_line(ctx, entry, prefix=f"**D{number}** — ")
        for number, entry in enumerate(ctx.session.entries_of("decision"), start=1)
    ]


def _action_order(pair: tuple[int, Entry]) -> tuple[int, str, int]:
    position, entry = pair
    if entry.due:
        return (0, entry.due, position)
    return (1 if entry.due_invalid else 2, "", position)


def action_items(ctx: MinutesContext) -> list[str]:
    """A GFM task list sorted by due date; dateless and unreadable dates go last, visibly."""
    lines = []
    for _, entry in sorted(enumerate(ctx.session.entries_of("action")), key=_action_order):
        owner = md.inline(entry.owner)
        who = f"**{owner}**" if owner else "**No owner**"
        if owner and not entry.owner_known:
            who += " (not an attendee)"
        lines.append(f"- [ ] {who} — {_text(entry)} ({_owner_due(entry)})")
    return lines


def _kind_list(kind: str) -> SectionBody:
    def body(ctx: MinutesContext) -> list[str]:
        return [_entry_line(ctx, entry) for entry in ctx.session.entries_of(kind)]

    return body


def notes(ctx: MinutesContext) -> list[str]:
    """Notes under one `###` heading per agenda item, in agenda order."""
    s = ctx.session
    groups: dict[int, list[Entry]] = {}
    for entry in s.entries_of("note"):
        groups.setdefault(entry.item, []).append(entry)
    lines: list[str] = []
    for index in sorted(groups):
        if lines:
            lines.append("")
        lines += [f"### {_group_heading(s, index)}", ""]
        lines += [f"- {_text(entry)}" for entry in groups[index]]
    return lines


def _group_heading(session: Session, index: int) -> str:
    if index < 0:
        return "Before the first item"
    if index >= len(session.agenda.items):
        return f"Unknown item {index + 1}"
    title = md.heading(session.agenda.items[index].title)
    return f"{index + 1}. {title}" if title else f"Item {index + 1}"


SECTIONS: list[Section] = [
    Section("attendees", "Attendees", attendees),
    Section("agenda", "Agenda and timing", agenda_timing),
    Section("decisions", "Decisions", decisions),
    Section("actions", "Action items", action_items),
    Section("risks", "Risks", _kind_list("risk")),
    Section("questions", "Open questions", _kind_list("question")),
    Section("parking", "Parking lot", _kind_list("parking")),
    Section("notes", "Notes", notes),
    Section("stakeholders", "Stakeholder notes", _kind_list("stakeholder")),
]


def add_section(section: Section, *, before: str | None = None) -> None:
    """Insert a section before the one keyed `before` (at the end when None); idempotent."""
    SECTIONS[:] = [s for s in SECTIONS if s.key != section.key]
    keys = [s.key for s in SECTIONS]
    position = keys.index(before) if before in keys else len(SECTIONS)
    SECTIONS.insert(position, section)


# The kickoff exercises add their sections through add_section (domain/exercise_minutes.py).
from kickoff_tui.domain import exercise_minutes as _exercise_minutes  # noqa: E402,F401
