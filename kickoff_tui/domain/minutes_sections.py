"""The body sections of the minutes built from captured entries and the agenda: attendees,
agenda and timing, decisions, action items, the plain kind lists and notes."""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.follow_up_minutes import carried_actions
from kickoff_tui.domain.mermaid import timing_chart
from kickoff_tui.domain.minutes_context import (
    MinutesContext,
    SectionBody,
    difference,
    item_ref,
    item_seconds,
)
from kickoff_tui.domain.payloads import EntryKind
from kickoff_tui.domain.session import Entry, Session

NOT_RECORDED = "not recorded"
ATTENDANCE_ORDER = ("present", "late", "absent")


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
    details = [ctx.item_refs[entry.item] if in_agenda else item_ref(ctx.session, entry.item)]
    owner = md.inline(entry.owner)
    # a stakeholder note is about its @name, who needs no second mention when the text has it
    about = entry.kind == "stakeholder"
    if owner and not (about and entry.owner in entry.body):
        label = "about" if about else "owner"
        details.append(f"{label}: {owner}" + ("" if entry.owner_known else " (not an attendee)"))
    if entry.due or entry.due_invalid:
        details.append(_owner_due(entry))
    return f"- {prefix}{_text(entry)} ({'; '.join(details)})"


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
    lines += [md.table_row([md.cell(c) for c in cells]) for _, _, cells in rows]
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
    elapsed = item_seconds(ctx)
    for index, item in enumerate(s.agenda.items):
        planned = item.timebox
        total_planned += planned
        shown_plan = format_duration(planned)
        if s.timebox(index) != planned:
            shown_plan += f" → {format_duration(s.timebox(index))}"
        actual = round(elapsed[index])
        total_actual += actual
        if index in s.visited or actual:
            cells = [format_duration(actual), difference(actual, planned)]
        else:
            cells = ["—", "not covered"]
        row = [str(index + 1), md.cell(item.title), md.cell(item.owner), shown_plan, *cells]
        lines.append(md.table_row(row))
    total = [format_duration(total_planned), format_duration(total_actual)]
    lines.append(
        md.table_row(["", "**Total**", "", *total, difference(total_actual, total_planned)])
    )
    if ctx.diagrams and (s.visited or any(elapsed)):
        titles = [item.title for item in s.agenda.items]
        timeboxes = [s.timebox(index) for index in range(len(titles))]
        chart = timing_chart(titles, timeboxes, [round(e) for e in elapsed])
        return [*chart, "", *lines]
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
    return lines + carried_actions(ctx)


def kind_list(kind: EntryKind) -> SectionBody:
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
