"""The minutes' "Questions asked" section: the bank questions put to the room, each with the
item it was asked in. Left out when none were asked, so minutes without them do not change."""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.minutes_context import MinutesContext, Section, item_ref


def questions_asked(ctx: MinutesContext) -> list[str]:
    """One line per question, in agenda order, then in the order asked, like the other lists.

    Not a `###` heading per item as under Notes: the same item heading in two sections is a
    duplicate heading to markdownlint (MD024), and "(item 3: Scope)" reads as in Risks.
    """
    asked = sorted(ctx.session.asked, key=lambda question: question.item)  # stable
    return [
        f"- {md.inline(question.text) or '(no text)'} ({item_ref(ctx.session, question.item)})"
        for question in asked
    ]


SECTION = Section("asked", "Questions asked", questions_asked, always=False)
