"""Markdown minutes: a pure function of the Session. The same journal always gives the same bytes.

Only the session's own times are used (never "now"). Times are the facilitator's wall-clock
times, at the UTC offset journaled when the session was created; a journal written before that
was recorded gives UTC, and the minutes say which. The offset comes from the Session only: the
minutes never read the machine's time zone. Every user string goes through
kickoff_tui.domain.markdown. The format is documented in docs/minutes-format.md.

The minutes are a writer over the meeting's record (domain/record.py), like every export: the
record decides who attended, each item's time, which entries there are and their status, and
the follow-up of earlier actions; the sections write it out as Markdown. The parts live next
to this module: minutes_context (the shared context with its `record`, Section and the
meeting's clock), minutes_summary (front matter, title, summary), minutes_sections (the body
sections built from the record's people, items and entries) and follow_up_minutes. The
exercise sections read the same exercise folds the record's results are built from. This
module puts them in order.

SECTIONS is the ordered list of body sections, written out in full: the charter
(domain/charter_minutes.py) right after the summary, the core ones, the kickoff exercises'
(domain/exercise_minutes.py, domain/rights_minutes.py) and the questions asked
(domain/question_minutes.py) before Notes. A new section goes into the list; one whose `always`
is False is left out when it has nothing to say.
"""

from __future__ import annotations

from collections.abc import Sequence

from kickoff_tui.domain.charter_minutes import SECTION as CHARTER
from kickoff_tui.domain.exercise_minutes import SECTIONS as EXERCISE_SECTIONS
from kickoff_tui.domain.follow_up_minutes import SECTION as FOLLOW_UP
from kickoff_tui.domain.minutes_context import (
    NOTHING,
    MinutesContext,
    Section,
    SectionBody,
    context_for,
    offset_label,
)
from kickoff_tui.domain.minutes_sections import (
    action_items,
    agenda_timing,
    attendees,
    decisions,
    kind_list,
    notes,
)
from kickoff_tui.domain.minutes_summary import GENERATOR, front_matter, summary, title
from kickoff_tui.domain.question_minutes import SECTION as QUESTIONS_ASKED
from kickoff_tui.domain.record import MeetingRecord
from kickoff_tui.domain.session import Session

__all__ = [
    "GENERATOR",
    "NOTHING",
    "SECTIONS",
    "MinutesContext",
    "Section",
    "SectionBody",
    "context_for",
    "offset_label",
    "render",
]


SECTIONS: tuple[Section, ...] = (
    CHARTER,
    Section("attendees", "Attendees", attendees),
    Section("agenda", "Agenda and timing", agenda_timing),
    FOLLOW_UP,
    Section("decisions", "Decisions", decisions),
    Section("actions", "Action items", action_items),
    Section("risks", "Risks", kind_list("risk")),
    Section("questions", "Open questions", kind_list("question")),
    Section("parking", "Parking lot", kind_list("parking")),
    *EXERCISE_SECTIONS,
    QUESTIONS_ASKED,
    Section("notes", "Notes", notes),
    Section("stakeholders", "Stakeholder notes", kind_list("stakeholder")),
)


def render(
    session: Session,
    sections: Sequence[Section] = SECTIONS,
    *,
    diagrams: bool = True,
    record: MeetingRecord | None = None,
) -> str:
    """The whole minutes document: YAML front matter, title, summary, then the sections.
    `diagrams` adds the Mermaid pictures (domain/mermaid.py) above the tables they draw.
    The sections write out the session's record (domain/record.py): `record` when the caller
    has it already, else the one built from the session."""
    ctx = context_for(session, diagrams=diagrams, record=record)
    blocks: list[list[str]] = [front_matter(ctx), title(ctx), summary(ctx)]
    for section in sections:
        lines = section.body(ctx)
        if not lines and not section.always:
            continue
        blocks.append([f"## {section.title}", "", *(lines or [NOTHING])])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
