"""The minutes' "Follow-up of earlier actions" section, and the still-open actions carried into
this meeting's action items; both read the record's follow-up (domain/follow_up_record.py)."""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.follow_up_record import EarlierActionRecord, FollowUpRecord
from kickoff_tui.domain.minutes_context import MinutesContext, Section


def _records(ctx: MinutesContext) -> tuple[FollowUpRecord, ...]:
    return ctx.record.follow_up


def _who_what(action: EarlierActionRecord) -> str:
    owner = md.inline(action.owner)
    who = f"**{owner}**" if owner else "**No owner**"
    return f"{who} — {md.inline(action.text) or '(no text)'}"


def _due(action: EarlierActionRecord) -> str:
    return f"due {action.due}" if action.due else "no due date"


def _dropped(action: EarlierActionRecord) -> str:
    by = md.inline(action.dropped_by)
    who = f"dropped by {by}" if by else "dropped; nobody was named"
    return f"- {_who_what(action)} ({_due(action)}; {who})"


def follow_up_section(ctx: MinutesContext) -> list[str]:
    lines: list[str] = []
    for record in _records(ctx):
        source = md.inline(record.source) or "the last meeting"
        if lines:
            lines.append("")
        lines += [
            f"Open actions {record.origin} ({source}): {record.count('done')} done, "
            f"{record.count('open')} still open (carried into the action items), "
            f"{record.count('dropped')} dropped.",
            "",
        ]
        lines += [
            f"- [{'x' if a.status == 'done' else ' '}] {_who_what(a)} ({_due(a)})"
            for a in record.actions
            if a.status != "dropped"
        ]
        dropped = [_dropped(a) for a in record.actions if a.status == "dropped"]
        if dropped:
            lines += ["", "Dropped in this meeting:", "", *dropped]
        if not record.actions:
            lines.append("No open actions were found.")
    return lines


def carried_actions(ctx: MinutesContext) -> list[str]:
    """The still-open earlier actions, as lines for this meeting's action items."""
    return [
        f"- [ ] {_who_what(action)} ({_due(action)}, still open {record.origin})"
        for record in _records(ctx)
        for action in record.actions
        if action.status == "open"
    ]


SECTION = Section("follow-up", "Follow-up of earlier actions", follow_up_section, always=False)
