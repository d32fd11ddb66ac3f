"""Parse what the facilitator types: `@owner` and a due date inside an entry's text.

(Minimal version: owner by exact/prefix match, ISO dates only. Full parsing to come.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

_OWNER = re.compile(r"@(\S+)")
_ISO = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True)
class Capture:
    text: str  # as typed
    body: str  # without the owner and due tokens
    owner: str = ""
    owner_known: bool = True
    due: str = ""  # ISO date or ""
    due_text: str = ""  # the due token as typed ("" when none)


def parse_capture(text: str, people: Sequence[str], meeting_date: date) -> Capture:
    body = text
    owner, known = "", True
    match = _OWNER.search(text)
    if match:
        typed = match.group(1)
        hits = [p for p in people if p.lower().startswith(typed.lower())]
        owner, known = (hits[0], True) if len(hits) == 1 else (typed, False)
        body = body.replace(match.group(0), "")
    due, due_text = "", ""
    found = _ISO.search(text)
    if found:
        due_text = due = found.group(1)
        body = body.replace(found.group(0), "")
    return Capture(text, " ".join(body.split()), owner, known, due, due_text)


def complete_owner(prefix: str, people: Sequence[str]) -> list[str]:
    """People whose name starts with prefix, case-insensitively."""
    return [p for p in people if p.lower().startswith(prefix.lower())]
