"""`kickoff plan` as Markdown: the timetable, and the pre-read sent to attendees beforehand.

The pre-read is for everyone invited, so it holds only what they may read: the meeting's
title, date, time and goal; each person's name, role and side; each item's timing, goal and
prompts. What it leaves out is domain/privacy.py's decision (the one the room view follows):
the private fields, and power, proximity and checklists, which are not sent beforehand.
Every piece of agenda text goes through domain/markdown.py, the minutes' escaper.
"""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain import privacy
from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.timetable import (
    Row,
    clock_text,
    finish_line,
    needs_seconds,
    rows,
    total_line,
)

# what the pre-read shows of each person, as table columns
_PERSON_COLUMNS = privacy.shown("person", ("name", "role", "side"), "pre-read")


def markdown_timetable(agenda: Agenda, start: int = 0, *, relative: bool = True) -> str:
    """The timetable on its own, as a Markdown document."""
    lines = [f"# {md.heading(agenda.meeting.title) or 'Agenda'}: timetable", ""]
    lines += _timetable_lines(agenda, start, relative=relative)
    return "\n".join(lines).rstrip("\n") + "\n"


def pre_read(agenda: Agenda, start: int = 0, *, relative: bool = True) -> str:
    meeting = agenda.meeting
    lines = [f"# {md.heading(meeting.title) or 'Kickoff'}", ""]
    facts = _facts(agenda, start, relative=relative)
    if facts:
        lines += [*facts, ""]
    if agenda.people:
        lines += ["## Who is invited", ""]
        lines.append(md.table_row([column.title() for column in _PERSON_COLUMNS]))
        lines.append(md.table_row(["---"] * len(_PERSON_COLUMNS)))
        for person in agenda.people:
            lines.append(md.table_row([md.cell(getattr(person, c)) for c in _PERSON_COLUMNS]))
        lines.append("")
    lines += ["## Timetable", ""]
    lines += _timetable_lines(agenda, start, relative=relative)
    lines += ["## Items", ""]
    for row in rows(agenda, start):
        lines += _item_lines(row)
    return "\n".join(lines).rstrip("\n") + "\n"


def _facts(agenda: Agenda, start: int, *, relative: bool) -> list[str]:
    meeting = agenda.meeting
    facts = []
    when = md.inline(meeting.date)
    if not relative:
        table = rows(agenda, start)
        seconds = needs_seconds(table)
        span = f"{clock_text(start, with_seconds=seconds)} to "
        span += clock_text(table[-1].end if table else start, with_seconds=seconds)
        when = f"{when}, {span}" if when else span
    if when:
        facts.append(f"- When: {when} ({format_duration(agenda.planned_seconds)})")
    for label, value in (
        ("Client", meeting.client),
        ("Project", meeting.project),
        ("Facilitator", meeting.facilitator),
        ("Goal", meeting.goal),
    ):
        if md.inline(value):
            facts.append(f"- {label}: {md.inline(value)}")
    return facts


def _timetable_lines(agenda: Agenda, start: int, *, relative: bool) -> list[str]:
    table = rows(agenda, start)
    seconds = needs_seconds(table)
    lines = []
    if relative:
        lines += ["Times count from the start of the meeting (00:00).", ""]
    lines += [
        "| # | Start | End | Timebox | Item | Owner | Exercise |",
        "| ---: | --- | --- | --- | --- | --- | --- |",
    ]
    for row in table:
        cells = [
            str(row.number),
            clock_text(row.start, with_seconds=seconds),
            clock_text(row.end, with_seconds=seconds),
            format_duration(row.item.timebox),
            md.cell(row.item.title),
            md.cell(row.item.owner),
            md.cell(row.item.exercise),
        ]
        lines.append(md.table_row(cells))
    lines += ["", md.inline(total_line(agenda)), "", md.inline(_finish(table, relative)), ""]
    return lines


def _finish(table: list[Row], relative: bool) -> str:
    return finish_line(table, relative=relative).replace(" (no start time given; use --start)", "")


def _item_lines(row: Row) -> list[str]:
    item = row.item
    title = md.heading(item.title) or "Item"
    lines = [f"### {row.number}. {title} ({format_duration(item.timebox)})", ""]
    owner = md.inline(item.owner)
    if owner:
        lines += [f"Led by {owner}.", ""]
    goal = md.inline(item.goal)
    if goal:
        lines += [f"Goal: {goal}", ""]
    prompts = [md.inline(prompt) for prompt in item.prompts]
    prompts = [prompt for prompt in prompts if prompt]
    if prompts:
        lines += ["To think about beforehand:", ""]
        lines += [f"- {prompt}" for prompt in prompts]
        lines.append("")
    return lines
