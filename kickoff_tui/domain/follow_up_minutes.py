"""The minutes' "Follow-up of earlier actions" section, and the still-open actions carried into
this meeting's action items (see domain/follow_up.py)."""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.follow_up import FollowUp, MarkStatus, OpenAction, follow_up_of
from kickoff_tui.domain.minutes_context import MinutesContext, Section
from kickoff_tui.domain.session import Session


def follow_ups(session: Session) -> list[tuple[int, FollowUp]]:
    """(item index, follow-up) for every follow-up item on the agenda."""
    found = []
    for index, item in enumerate(session.agenda.items):
        follow_up = follow_up_of(item)
        if follow_up is not None:
            found.append((index, follow_up))
    return found


def status_of(session: Session, index: int, number: int) -> tuple[MarkStatus, OpenAction]:
    """An earlier action's status and the action as it now stands: what `f` said last, else
    done when its checklist line is ticked, else still open."""
    follow_up = follow_up_of(session.agenda.items[index])
    assert follow_up is not None
    action = follow_up.actions[number]
    mark = session.follow_up_marks.get((index, number))
    if mark is None:
        return ("done" if (index, number) in session.checks else "open"), action
    if mark.status == "open":
        action = OpenAction(action.text, mark.owner or action.owner, mark.due or action.due)
    return mark.status, action


def _line(action: OpenAction, done: bool) -> str:
    owner = md.inline(action.owner)
    who = f"**{owner}**" if owner else "**No owner**"
    due = f"due {action.due}" if action.due else "no due date"
    return f"- [{'x' if done else ' '}] {who} — {md.inline(action.text) or '(no text)'} ({due})"


def _origin(follow_up: FollowUp) -> str:
    return f"from the meeting of {follow_up.date}" if follow_up.date else "from the last meeting"


def follow_up_section(ctx: MinutesContext) -> list[str]:
    s = ctx.session
    lines: list[str] = []
    for index, follow_up in follow_ups(s):
        source = md.inline(follow_up.source) or "the last meeting"
        states = [status_of(s, index, n) for n in range(len(follow_up.actions))]
        counts = {k: sum(1 for st, _ in states if st == k) for k in ("done", "open", "dropped")}
        if lines:
            lines.append("")
        lines += [
            f"Open actions {_origin(follow_up)} ({source}): {counts['done']} done, "
            f"{counts['open']} still open (carried into the action items), "
            f"{counts['dropped']} dropped.",
            "",
        ]
        lines += [_line(a, st == "done") for st, a in states if st != "dropped"]
        dropped = [a for st, a in states if st == "dropped"]
        if dropped:
            lines += ["", "Dropped in this meeting:", ""]
            lines += [f"- {_line(a, False)[6:]}" for a in dropped]
        if not follow_up.actions:
            lines.append("No open actions were found.")
    return lines


def carried_actions(ctx: MinutesContext) -> list[str]:
    """The still-open earlier actions, as lines for this meeting's action items."""
    s = ctx.session
    lines = []
    for index, follow_up in follow_ups(s):
        for number in range(len(follow_up.actions)):
            status, action = status_of(s, index, number)
            if status == "open":
                lines.append(f"{_line(action, False)[:-1]}, still open {_origin(follow_up)})")
    return lines


SECTION = Section("follow-up", "Follow-up of earlier actions", follow_up_section, always=False)
