"""An iCalendar file (RFC 5545): each dated action item as an all-day VEVENT titled with its
owner, for calendars that ignore VTODO.

Written as text here rather than with the icalendar library: that library costs ~120 ms to
import and brings python-dateutil and tzdata, for a file of a few fixed properties. The tests
read every file back with icalendar. `text` is the one escaping function (RFC 5545 3.3.11
TEXT: backslash, semicolon, comma and newline escaped; control characters made visible as on
the screens); `fold` keeps lines within 75 octets without splitting a UTF-8 character.
Deterministic: DTSTAMP is the meeting's own end (or start), never "now".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from kickoff_tui.domain.record import EntryRecord, MeetingRecord
from kickoff_tui.exports import Source
from kickoff_tui.text_safety import safe_text

LINE_OCTETS = 75
PRODID = "-//kickoff-tui//kickoff export//EN"


def text(value: str) -> str:
    """A TEXT value: controls visible (a CR as ␍, as the screens and the gh script show it),
    then RFC 5545's escapes."""
    value = safe_text(value)
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(raw, escaped)
    return value


def fold(line: str) -> str:
    """One content line folded at 75 octets: CRLF then a space before each continuation."""
    if len(line) <= LINE_OCTETS // 4 or len(line.encode("utf-8")) <= LINE_OCTETS:
        return line + "\r\n"
    if line.isascii():  # one octet per character: cut by slicing
        rest = [line[i : i + LINE_OCTETS - 1] for i in range(LINE_OCTETS, len(line), 74)]
        return "\r\n ".join([line[:LINE_OCTETS], *rest]) + "\r\n"
    pieces, current, size = [], "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > LINE_OCTETS:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += octets
    pieces.append(current)
    return "\r\n".join(pieces) + "\r\n"


def _stamp(record: MeetingRecord) -> str:
    meeting = record.meeting
    when = meeting.end or meeting.start
    if when is not None:
        moment = datetime.fromisoformat(when).astimezone(UTC)
    elif meeting.date is not None:
        moment = datetime.fromisoformat(meeting.date).replace(tzinfo=UTC)
    else:
        moment = datetime(1970, 1, 1, tzinfo=UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def action_event(record: MeetingRecord, entry: EntryRecord, day: date, stamp: str) -> list[str]:
    owner = entry.owner or "No owner"
    description = f"{entry.body}\n\nFrom the meeting {record.meeting.label}, {entry.item_label}."
    return [
        "BEGIN:VEVENT",
        f"UID:{text(f'{record.session_id}-{entry.id}@kickoff-tui')}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{text(f'{owner}: {entry.summary}')}",
        f"DESCRIPTION:{text(description)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def next_meeting_events(record: MeetingRecord, stamp: str) -> list[str]:
    """The next meeting captured with `m`: at its time (in UTC when the journal recorded the
    facilitator's offset, else a floating local time) or all day when no time was given. No
    end is invented: a timed event without one lasts no time, as RFC 5545 reads it."""
    found = record.next_meeting
    if found is None:
        return []
    day = date.fromisoformat(found.date)
    if found.time:
        local = datetime.fromisoformat(f"{found.date}T{found.time}")
        offset = record.meeting.utc_offset
        if offset is None:
            when = [f"DTSTART:{local.strftime('%Y%m%dT%H%M%S')}"]
        else:
            moment = datetime.fromisoformat(f"{found.date}T{found.time}{offset}").astimezone(UTC)
            when = [f"DTSTART:{moment.strftime('%Y%m%dT%H%M%SZ')}"]
    else:
        end = day + timedelta(days=1)
        when = [f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}"]
        when.append(f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}")
    lines = [
        "BEGIN:VEVENT",
        f"UID:{text(f'{record.session_id}-next-meeting@kickoff-tui')}",
        f"DTSTAMP:{stamp}",
        *when,
        f"SUMMARY:{text(f'Next meeting: {record.meeting.label}')}",
    ]
    if found.place:
        lines.append(f"LOCATION:{text(found.place)}")
    lines += [f"DESCRIPTION:{text(f'Follow-up of {record.meeting.label}.')}", "END:VEVENT"]
    return lines


def write(source: Source) -> str:
    record = source.record
    stamp = _stamp(record)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{text(record.meeting.label + ': action items')}",
        *next_meeting_events(record, stamp),
    ]
    for entry in record.entries_of("action"):
        if entry.due:
            lines += action_event(record, entry, date.fromisoformat(entry.due), stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)
