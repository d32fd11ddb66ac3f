"""What the room is discussing: the item's goal, owner, prompts and checklist.

The agenda's private `notes` appear only when the facilitator asks for them.
"""

from __future__ import annotations

from textual.content import Content
from textual.events import Resize
from textual.widgets import Static

from kickoff_tui.cells_text import fit
from kickoff_tui.domain.agenda import Item
from kickoff_tui.text_safety import safe_text

MAX_CHECK_KEYS = 9  # digits 1-9 tick the checklist
MIN_HANGING = 12  # narrower than this beside its bullet, a line just wraps under the bullet

Part = str | tuple[str, str] | Content


def hanging(head: list[Part], body: list[Part], width: int) -> list[Part]:
    """`head` (a bullet, a checkbox) then `body` wrapped to `width` with every further line
    indented under the body's first, so a long prompt does not run back under its bullet."""
    lead = Content.assemble(*head)
    room = width - lead.cell_length
    if room < MIN_HANGING:  # no width yet (before layout), or too narrow to be worth it
        return [*head, *body]
    lines = Content.assemble(*body).wrap(room)
    indent = "\n" + " " * lead.cell_length
    parts: list[Part] = [*head, lines[0]]
    for line in lines[1:]:
        parts += [indent, line]
    return parts


def item_content(
    item: Item,
    index: int,
    checks: set[tuple[int, int]],
    show_notes: bool,
    asked: tuple[str, ...] = (),
    width: int = 0,
    marks: tuple[str, ...] = (),
) -> Content:
    """The panel's text; with a `width`, the owner's name is cut to one line of it. `marks`
    are the follow-up item's notes per checklist line (follow_up_record.status_notes): a done
    one is ticked, a dropped one crossed out, each note shown after its line."""
    parts: list[Part] = []
    if item.goal:
        parts += [("Goal  ", "bold $text-primary"), item.goal, "\n"]
    if item.owner:
        owner = fit(item.owner, width - len("Owner ")) if width else item.owner
        parts += [("Owner ", "bold $text-primary"), owner, "\n"]
    if item.prompts:
        parts += ["\n", ("Ask", "bold $text-primary"), "\n"]
        for prompt in item.prompts:
            parts += [*hanging([("  • ", "$text-primary")], [prompt], width), "\n"]
    if asked:  # questions picked from the bank during the meeting (`/`)
        if not item.prompts:
            parts += ["\n", ("Ask", "bold $text-primary"), "\n"]
        for question in asked:
            parts += [*hanging([("  + ", "$text-primary")], [question], width), "\n"]
    if item.checklist:
        parts += ["\n", ("Checklist", "bold $text-primary"), ("  (1-9 to tick)", "dim"), "\n"]
        for number, line in enumerate(item.checklist, start=1):
            mark = marks[number - 1] if number <= len(marks) else ""
            # what f said last wins over the tick, as in the minutes
            done = mark == "done" or (not mark and (index, number - 1) in checks)
            dropped = mark.startswith("dropped")
            key = f"{number} " if number <= MAX_CHECK_KEYS else "  "
            box = "☑ " if done else "☒ " if dropped else "☐ "
            head: list[Part] = [(f"  {key}", "dim"), (box, "bold $success" if done else "")]
            body: list[Part] = [(line, "dim strike") if done or dropped else line]
            if mark and mark != "done":
                body.append((f"  ({safe_text(mark)})", "italic $text-secondary"))
            parts += [*hanging(head, body, width), "\n"]
    if item.notes and show_notes:
        parts += ["\n", (" Private notes ", "bold reverse $warning"), ("  (i hides)", "dim"), "\n"]
        parts += [(item.notes, "italic $text-warning"), "\n"]
    if not parts:
        parts.append(("No goal, prompts or checklist for this item.", "dim italic"))
    return Content.assemble(*parts).rstrip()


class ItemPanel(Static):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self._key: tuple[object, ...] = ()
        self._shown: (
            tuple[Item, int, set[tuple[int, int]], bool, tuple[str, ...], tuple[str, ...]] | None
        ) = None
        self._plain = ""

    @property
    def plain(self) -> str:
        return self._plain

    def show(
        self,
        item: Item,
        index: int,
        checks: set[tuple[int, int]],
        show_notes: bool,
        asked: tuple[str, ...] = (),
        marks: tuple[str, ...] = (),
    ) -> None:
        key = (index, frozenset(c for c in checks if c[0] == index), show_notes, asked, marks)
        if key != self._key:
            self._key = key
            self._shown = (item, index, checks, show_notes, asked, marks)
            self._fill()

    def on_resize(self, event: Resize) -> None:
        self._fill()  # the owner's line is cut to the width, and long lines wrap under their text

    def _fill(self) -> None:
        if self._shown is None:
            return
        item, index, checks, show_notes, asked, marks = self._shown
        content = item_content(
            item, index, checks, show_notes, asked, width=self.content_size.width, marks=marks
        )
        if content.plain != self._plain:
            self._plain = content.plain
            self.update(content)
