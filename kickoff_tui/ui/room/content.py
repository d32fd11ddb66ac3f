"""The room view's text, built from the public view only (never from the Session's private parts).

Every piece of journal text goes through `safe_text` and into Content as plain text (never
markup), so a title holding an escape sequence or "[bold]" shows as the characters typed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from textual.content import Content

from kickoff_tui.domain.public_view import ExercisePicture, PublicEntry, PublicItem, PublicView
from kickoff_tui.domain.timing import MeetingTiming
from kickoff_tui.text_safety import safe_text
from kickoff_tui.ui.room.fitting import Block
from kickoff_tui.ui.widgets.entry_list import KIND_TAGS
from kickoff_tui.ui.widgets.formatting import due_text, local_time, short_duration

Part = str | tuple[str, str] | Content
_HEAD = "bold $text-primary"


def _s(text: str) -> str:
    return safe_text(text)


def _minutes(seconds: float) -> str:
    return f"{round(seconds / 60)} min"


def lobby_content(view: PublicView, planned_start: datetime | None) -> Content:
    """Before the start: the meeting, its agenda with timeboxes, the planned finish, who comes."""
    parts: list[Part] = []
    if view.client:
        parts += [("Client  ", _HEAD), _s(view.client), "\n"]
    if view.goal:
        parts += [("Goal    ", _HEAD), _s(view.goal), "\n"]
    total = sum(item.timebox for item in view.items)
    parts += ["\n", ("Agenda", _HEAD), f"  ({_minutes(total)})", "\n"]
    for item in view.items:
        parts += [f"  {item.number:>2}. ", _s(item.title), (f"  {_minutes(item.timebox)}", "dim")]
        parts.append("\n")
    if planned_start is not None:
        finish = planned_start + timedelta(seconds=total)
        parts += [("Planned finish  ", _HEAD), local_time(finish), ("  if we start now", "dim")]
        parts.append("\n")
    if view.people:
        parts += ["\n", ("Expected", _HEAD), "\n"]
        for person in view.people:
            role = f", {_s(person.role)}" if person.role else ""
            parts += ["  • ", _s(person.name), (role, "dim")]
            if person.attendance:
                parts.append((f"  ({person.attendance})", "dim"))
            parts.append("\n")
    return Content.assemble(*parts).rstrip()


def item_blocks(item: PublicItem) -> list[Block]:
    """During an item: its goal, owner, the questions to the room and the checklist."""
    blocks: list[Block] = []
    if item.goal:
        blocks.append(Block(None, (Content.assemble(("Goal  ", _HEAD), _s(item.goal)),)))
    if item.owner:
        blocks.append(Block(None, (Content.assemble(("Owner ", _HEAD), _s(item.owner)),)))
    questions = tuple(
        Content.assemble(("  • ", "$text-primary"), _s(prompt))
        for prompt in (*item.prompts, *item.asked)
    )
    blocks.append(Block(Content.assemble(("Questions for the room", _HEAD)), questions))
    checks = tuple(
        Content.assemble(
            ("  ☑ done  ", "bold $success") if check.done else ("  ☐       ", ""), _s(check.text)
        )
        for check in item.checklist
    )
    blocks.append(Block(Content.assemble(("Checklist", _HEAD)), checks))
    return blocks


def entry_line(entry: PublicEntry) -> Content:
    tag, style = KIND_TAGS[entry.kind]
    parts: list[Part] = [(f"{tag:<9}", style), _s(entry.text)]
    if entry.owner:
        parts.append((f"  @{_s(entry.owner)}", "bold"))
    if entry.due:
        parts.append((f"  due {_s(due_text(entry.due))}", "italic"))
    return Content.assemble(*parts)


def captures_content(entries: tuple[PublicEntry, ...], rows: int) -> Content:
    """The newest captures that fit in `rows` rows, oldest first, under a heading."""
    if not entries:
        return Content.assemble(("Nothing captured in this item yet.", "dim italic"))
    shown = entries[-max(1, rows - 1) :]
    more = len(entries) - len(shown)
    heading = f"Captured ({len(entries)}{f', {more} earlier not shown' if more else ''})"
    lines = [Content.assemble((heading, _HEAD))] + [entry_line(e) for e in shown]
    return Content("\n").join(lines)


def exercise_blocks(picture: ExercisePicture) -> list[Block]:
    title = Content.assemble((picture.title, _HEAD))
    lines = tuple(Content.assemble("  ", _s(line)) for line in picture.lines)
    return [Block(title, lines)] if lines else [Block(None, (title,))]


def progress_content(view: PublicView, timing: MeetingTiming, width: int) -> Content:
    """`Item 2 of 4  ▓▓▓░░░  25 of 60 min  ·  projected end 10:32 (3 min late)`."""
    counter = f"Item {view.current + 1} of {len(view.items)}"
    spent = f"{short_duration(timing.elapsed)} of {_minutes(timing.planned_total)}"
    end = ""
    if timing.projected_end is not None:
        end = f"projected end {local_time(timing.projected_end)}"
        late = round(timing.behind / 60)
        if late:
            end += f" ({abs(late)} min {'late' if late > 0 else 'early'})"
    bar_width = max(0, min(30, width - len(counter) - len(spent) - len(end) - 12))
    fraction = 0.0 if not timing.planned_total else timing.elapsed / timing.planned_total
    filled = min(bar_width, round(bar_width * fraction))
    bar = "▓" * filled + "░" * (bar_width - filled)
    parts: list[Part] = [(counter, "bold"), "  "]
    if bar:
        parts += [(bar, "$text-primary"), "  "]
    parts += [spent]
    if end:
        parts += ["  ·  ", end]
    return Content.assemble(*parts)


def review_content(view: PublicView) -> Content:
    """After the end: the read-back of decisions and action items."""
    parts: list[Part] = [("Read-back", "bold $text-primary"), "\n\n"]
    for kind, heading in (("decision", "Decisions"), ("action", "Action items")):
        entries = view.entries_of(kind)  # type: ignore[arg-type]
        parts += [(f"{heading} ({len(entries)})", _HEAD), "\n"]
        if not entries:
            parts += [("  none recorded", "dim italic"), "\n"]
        for entry in entries:
            parts += ["  • ", _s(entry.text)]
            if entry.owner:
                parts.append((f"  @{_s(entry.owner)}", "bold"))
            if entry.due:
                parts.append((f"  due {_s(due_text(entry.due))}", "italic"))
            parts.append("\n")
        parts.append("\n")
    return Content.assemble(*parts).rstrip()


def closing_content(view: PublicView) -> Content:
    who = _s(view.facilitator) if view.facilitator else "the facilitator"
    decisions = len(view.entries_of("decision"))
    actions = len(view.entries_of("action"))
    return Content.assemble(
        ("Thank you!", "bold $text-primary"),
        "\n\n",
        f"{decisions} decision{'s' * (decisions != 1)} and "
        f"{actions} action item{'s' * (actions != 1)} recorded.",
        "\n",
        f"Minutes will be sent by {who}.",
    )
