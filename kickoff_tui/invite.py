"""`kickoff plan --ics`: the meeting as an iCalendar invite (RFC 5545), one VEVENT.

The start is a floating local time (no time zone): the invite opens at 09:30 wherever the
reader's calendar is, as the agenda meant it. Attendees are names only (the agenda holds no
e-mail addresses), so each is an ATTENDEE with a CN and the "invalid:nomail" address calendar
apps use for that, and the description lists them too for apps that hide such attendees.
Escaping and line folding are the minutes export's (kickoff_tui/exports/calendar.py).
Deterministic: the same agenda, date and start give the same bytes.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta

from kickoff_tui.domain.agenda import Agenda
from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.markdown import clean
from kickoff_tui.domain.timetable import clock_text, needs_seconds, rows, total_line
from kickoff_tui.exports.calendar import fold, text

PRODID = "-//kickoff-tui//kickoff plan//EN"


def invite(agenda: Agenda, day: date, start: int) -> str:
    """The VCALENDAR text, CRLF line ends, for the meeting on `day` from `start` (seconds)."""
    meeting = agenda.meeting
    begin = datetime(day.year, day.month, day.day) + timedelta(seconds=start)
    end = begin + timedelta(seconds=agenda.planned_seconds)
    title = clean(meeting.title) or "Kickoff"
    uid = hashlib.sha256(f"{title}|{begin.isoformat()}".encode()).hexdigest()[:32]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}@kickoff-tui",
        f"DTSTAMP:{day.strftime('%Y%m%d')}T000000Z",
        f"DTSTART:{begin.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND:{end.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{text(title)}",
        f"DESCRIPTION:{text(description(agenda, start))}",
    ]
    lines += [attendee(person.name) for person in agenda.people if clean(person.name)]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) for line in lines)


def description(agenda: Agenda, start: int) -> str:
    """Goal, timetable (one line per item: proportional fonts break columns) and who is invited."""
    meeting = agenda.meeting
    parts = [clean(meeting.goal)] if clean(meeting.goal) else []
    table = rows(agenda, start)
    seconds = needs_seconds(table)
    timetable = []
    for row in table:
        owner = clean(row.item.owner)
        detail = format_duration(row.item.timebox) + (f", {owner}" if owner else "")
        span = f"{clock_text(row.start, with_seconds=seconds)}-"
        span += clock_text(row.end, with_seconds=seconds)
        timetable.append(f"{span} {row.number}. {clean(row.item.title)} ({detail})")
    parts.append("Timetable:\n" + "\n".join(timetable) + "\n" + total_line(agenda))
    names = [clean(person.name) for person in agenda.people if clean(person.name)]
    if names:
        parts.append("Invited: " + ", ".join(names))
    return "\n\n".join(parts)


def attendee(name: str) -> str:
    """An ATTENDEE by name only. CN is a quoted parameter: no TEXT escapes there; a double
    quote and a caret are written as RFC 6868 says (^' and ^^), controls are gone (clean)."""
    shown = clean(name).replace("^", "^^").replace('"', "^'")
    return f'ATTENDEE;CN="{shown}";ROLE=REQ-PARTICIPANT:invalid:nomail'
