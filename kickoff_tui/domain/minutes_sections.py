"""The body sections of the minutes written from the record (domain/record.py): attendees,
agenda and timing, decisions, action items, the plain kind lists and notes."""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.follow_up_minutes import carried_actions
from kickoff_tui.domain.mermaid import timing_chart
from kickoff_tui.domain.minutes_context import MinutesContext, SectionBody, difference
from kickoff_tui.domain.payloads import EntryKind
from kickoff_tui.domain.record import NOT_RECORDED, EntryRecord, ItemRecord

__all__ = [
    "NOT_RECORDED",
    "action_items",
    "agenda_timing",
    "attendees",
    "decisions",
    "kind_list",
    "notes",
]

ATTENDANCE_ORDER = ("present", "late", "absent")


def _text(entry: EntryRecord) -> str:
    return md.inline(entry.body) or "(no text)"


def _owner_due(entry: EntryRecord) -> str:
    """The due date as written in an action line: present, absent or unreadable, visibly."""
    if entry.due:
        return f"due {entry.due}"
    if entry.due_invalid:
        return f"due “{md.inline(entry.due_text)}” is not a date"
    return "no due date"


def _where(ctx: MinutesContext, entry: EntryRecord) -> str:
    """The item an entry was captured in, escaped: "item 3: Scope" (ctx.item_refs)."""
    if entry.item is None:
        return "before the first item"
    if entry.item > len(ctx.item_refs):
        return "unknown item"
    return ctx.item_refs[entry.item - 1]


def _entry_line(ctx: MinutesContext, entry: EntryRecord, prefix: str = "") -> str:
    details = [_where(ctx, entry)]
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
    people = ctx.record.people
    if not people:
        return []
    ranked = sorted(enumerate(people), key=lambda pair: (_status_rank(pair[1].attendance), pair[0]))
    lines = [
        "| Name | Attendance | Role | Side | Stakeholder type |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [
        md.table_row([md.cell(c) for c in (p.name, p.attendance, p.role, p.side, p.type)])
        for _, p in ranked
    ]
    return lines


def _status_rank(status: str) -> int:
    return ATTENDANCE_ORDER.index(status) if status in ATTENDANCE_ORDER else len(ATTENDANCE_ORDER)


def agenda_timing(ctx: MinutesContext) -> list[str]:
    items = ctx.record.items
    if not items:
        return []
    lines = [
        "| # | Item | Owner | Planned | Actual | Difference |",
        "| ---: | --- | --- | ---: | ---: | --- |",
    ]
    lines += [_timing_row(item) for item in items]
    total_planned = sum(item.planned_seconds for item in items)
    total_actual = sum(item.actual_seconds for item in items)
    total = [format_duration(total_planned), format_duration(total_actual)]
    lines.append(
        md.table_row(["", "**Total**", "", *total, difference(total_actual, total_planned)])
    )
    if ctx.diagrams and any(item.covered for item in items):
        chart = timing_chart(
            [item.title for item in items],
            [item.timebox_seconds for item in items],
            [item.actual_seconds for item in items],
        )
        return [*chart, "", *lines]
    return lines


def _timing_row(item: ItemRecord) -> str:
    shown_plan = format_duration(item.planned_seconds)
    if item.timebox_seconds != item.planned_seconds:
        shown_plan += f" → {format_duration(item.timebox_seconds)}"
    if item.covered:
        cells = [
            format_duration(item.actual_seconds),
            difference(item.actual_seconds, item.planned_seconds),
        ]
    else:
        cells = ["—", "not covered"]
    return md.table_row(
        [str(item.number), md.cell(item.title), md.cell(item.owner), shown_plan, *cells]
    )


def decisions(ctx: MinutesContext) -> list[str]:
    return [
        _entry_line(ctx, entry, prefix=f"**D{number}** — ")
        for number, entry in enumerate(ctx.record.entries_of("decision"), start=1)
    ]


def _action_order(pair: tuple[int, EntryRecord]) -> tuple[int, str, int]:
    position, entry = pair
    if entry.due:
        return (0, entry.due, position)
    return (1 if entry.due_invalid else 2, "", position)


def action_items(ctx: MinutesContext) -> list[str]:
    """A GFM task list sorted by due date; dateless and unreadable dates go last, visibly."""
    lines = []
    for _, entry in sorted(enumerate(ctx.record.entries_of("action")), key=_action_order):
        owner = md.inline(entry.owner)
        who = f"**{owner}**" if owner else "**No owner**"
        if owner and not entry.owner_known:
            who += " (not an attendee)"
        lines.append(f"- [ ] {who} — {_text(entry)} ({_owner_due(entry)})")
    return lines + carried_actions(ctx)


def kind_list(kind: EntryKind) -> SectionBody:
    def body(ctx: MinutesContext) -> list[str]:
        return [_entry_line(ctx, entry) for entry in ctx.record.entries_of(kind)]

    return body


def notes(ctx: MinutesContext) -> list[str]:
    """Notes under one `###` heading per agenda item, in agenda order."""
    groups: dict[int, list[EntryRecord]] = {}
    for entry in ctx.record.entries_of("note"):
        groups.setdefault(0 if entry.item is None else entry.item, []).append(entry)
    lines: list[str] = []
    for number in sorted(groups):
        if lines:
            lines.append("")
        lines += [f"### {_group_heading(ctx, number)}", ""]
        lines += [f"- {_text(entry)}" for entry in groups[number]]
    return lines


def _group_heading(ctx: MinutesContext, number: int) -> str:
    items = ctx.record.items
    if number < 1:
        return "Before the first item"
    if number > len(items):
        return f"Unknown item {number}"
    title = md.heading(items[number - 1].title)
    return f"{number}. {title}" if title else f"Item {number}"
