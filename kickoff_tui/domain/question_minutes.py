"""The minutes' "Questions asked" section: the bank questions put to the room, under the item
they were asked in. Left out when none were asked, so minutes without them do not change."""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.minutes_context import MinutesContext, Section
from kickoff_tui.domain.session import AskedQuestion, Session


def questions_asked(ctx: MinutesContext) -> list[str]:
    """One `###` heading per item, in agenda order; the questions in the order asked."""
    groups: dict[int, list[AskedQuestion]] = {}
    for asked in ctx.session.asked:
        groups.setdefault(asked.item, []).append(asked)
    lines: list[str] = []
    for index in sorted(groups):
        if lines:
            lines.append("")
        lines += [f"### {_heading(ctx.session, index)}", ""]
        lines += [f"- {md.inline(asked.text) or '(no text)'}" for asked in groups[index]]
    return lines


def _heading(session: Session, index: int) -> str:
    title = md.heading(session.agenda.items[index].title)  # the fold keeps indexes in range
    return f"{index + 1}. {title}" if title else f"Item {index + 1}"


SECTION = Section("asked", "Questions asked", questions_asked, always=False)
