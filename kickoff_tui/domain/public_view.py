"""What the room may see of a session: decided once, here, for every shared screen.

The room view shows only these values. What is private to the facilitator (domain/privacy.py,
the one declaration the pre-read follows too) never gets into them, so no screen size, phase
or key can show it: an item's `notes`, a person's `attitude` and `notes`, and the stakeholder
notes captured about people (entries of kind "stakeholder").
Drafts (typing not yet committed) are not in it either: the room sees captures as committed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

from kickoff_tui.domain import privacy
from kickoff_tui.domain.agenda import Item
from kickoff_tui.domain.exercises import TITLES, common
from kickoff_tui.domain.payloads import EntryKind
from kickoff_tui.domain.session import Session

RoomPhase = Literal["lobby", "item", "paused", "review", "closed"]
PUBLIC_KINDS = privacy.public_kinds()  # every capture kind but "stakeholder"


@dataclass(frozen=True)
class PublicCheck:
    text: str
    done: bool


@dataclass(frozen=True)
class PublicItem:
    number: int  # 1-based, as "Item 2 of 4" says it
    title: str
    timebox: int  # seconds, with the +/- adjustments made in the meeting
    kind: str
    owner: str
    goal: str
    prompts: tuple[str, ...]
    asked: tuple[str, ...]  # questions from the bank put to the room in this item
    checklist: tuple[PublicCheck, ...]
    exercise: str


@dataclass(frozen=True)
class PublicEntry:
    kind: EntryKind
    text: str  # without the @owner and due words, which have their own fields
    owner: str
    due: str  # ISO date, or the words typed when they are not a date; "" when none
    item: int


@dataclass(frozen=True)
class PublicPerson:
    name: str
    role: str
    side: str
    attendance: str  # "present", "absent", "late" or "" (not taken yet)


@dataclass(frozen=True)
class ExercisePicture:
    """An exercise's shared picture as lines of plain text (a grid, scores, verdicts)."""

    title: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class PublicView:
    title: str
    client: str
    project: str
    goal: str
    facilitator: str
    phase: RoomPhase
    current: int  # index of the current item, -1 before the start
    items: tuple[PublicItem, ...]
    people: tuple[PublicPerson, ...]
    entries: tuple[PublicEntry, ...]  # every public capture, in capture order
    exercise: ExercisePicture | None  # the current item's exercise, once it has steps

    def entries_for(self, index: int) -> tuple[PublicEntry, ...]:
        return tuple(e for e in self.entries if e.item == index)

    def entries_of(self, kind: EntryKind) -> tuple[PublicEntry, ...]:
        return tuple(e for e in self.entries if e.kind == kind)


# the room sees these records only: checked against the privacy rules when this module loads
privacy.shown("item", tuple(f.name for f in fields(PublicItem)), "room")
privacy.shown("person", tuple(f.name for f in fields(PublicPerson)), "room")


def room_phase(session: Session) -> RoomPhase:
    if session.finished:
        return "closed"
    if session.ended:
        return "review"
    if not session.started:
        return "lobby"
    # quit for later (session_left) looks like a pause to the room until it is resumed
    return "paused" if session.paused or session.left_at is not None else "item"


def public_view(session: Session) -> PublicView:
    meeting = session.agenda.meeting
    return PublicView(
        title=meeting.title,
        client=meeting.client,
        project=meeting.project,
        goal=meeting.goal,
        facilitator=meeting.facilitator,
        phase=room_phase(session),
        current=session.current,
        items=tuple(_item(session, i, item) for i, item in enumerate(session.agenda.items)),
        people=tuple(
            PublicPerson(p.name, p.role, p.side, session.attendance.get(p.name, ""))
            for p in session.people
        ),
        entries=tuple(
            PublicEntry(e.kind, e.body, e.owner, e.due or e.due_text, e.item)
            for e in session.entries.values()
            if not e.deleted and e.kind in PUBLIC_KINDS
        ),
        exercise=exercise_picture(session),
    )


def _item(session: Session, index: int, item: Item) -> PublicItem:
    return PublicItem(
        number=index + 1,
        title=item.title,
        timebox=session.timebox(index),
        kind=item.kind,
        owner=item.owner,
        goal=item.goal,
        prompts=item.prompts,
        asked=tuple(q.text for q in session.asked_in_item(index)),
        checklist=tuple(
            PublicCheck(text, (index, n) in session.checks) for n, text in enumerate(item.checklist)
        ),
        exercise=item.exercise,
    )


# ----- exercises ---------------------------------------------------------------------------
# There is no journaled "exercise opened" event: the picture shows for the current item when
# that item has an exercise and at least one step of it was recorded (for that item, when the
# exercise is one per item). The pictures are domain/public_pictures.py's.


def exercise_picture(session: Session) -> ExercisePicture | None:
    if not session.started or session.ended or not 0 <= session.current < len(session.agenda.items):
        return None
    index = session.current
    name = session.agenda.items[index].exercise
    if not name or next(common.steps(session, name, None), None) is None:
        return None  # nothing of it recorded yet: the pictures' folds need not even load
    # imported on the first picture: the nine exercise folds cost `kickoff present` ~10 ms of
    # its first frame (1.42x the bare app against a 1.4x budget with them at start-up)
    from kickoff_tui.domain.public_pictures import PICTURES

    if name not in PICTURES:
        return None
    picture, per_item = PICTURES[name]
    if next(common.steps(session, name, index if per_item else None), None) is None:
        return None
    return ExercisePicture(TITLES[name], tuple(picture(session, index)))
