"""Parse what the facilitator types: an `@owner` and a due date inside an entry's text.

Owner: the first word that starts with ``@`` (``@ben``, ``@okafor``, ``@Ben_Okafor``,
``@ben.okafor``) anywhere in the text. It is matched against the people in the meeting,
ignoring case and accents: an exact full name wins, then a name with that exact word in it
(``@ben`` picks "Ben Okafor" over "Benedict Cole"), then a unique prefix of the full name or of
any word of it. Unknown or ambiguous: the name is kept as typed (underscores read as spaces)
and ``owner_known`` is False so the screen and the minutes flag it. Only the first ``@name``
is the owner; any later ``@name`` stays in the body as written ("sync with @ana").

Due date: see due_dates.py for the forms. Where they count:

- symbolic forms (``2026-12-01``, ``+3d``, ``eom``, ``eow``) anywhere;
- any form after ``due`` / ``due:`` / ``by`` (the keyword is removed with it), wherever the
  ``@owner`` is ("Send the SOW @dana by fri", "@dana to send SOW by friday");
- word forms (``fri``, ``tomorrow``, ``next week``, ``this fri``, ``end of week``) also as the
  last words of the text, where an action item puts its deadline ("@ben send deck fri"), but
  not mid-sentence and not before a ``?`` ("Demo on Friday went well" and "Ship Friday?" keep
  their words). An ``on`` just before such a closing date goes with it ("launch on fri").

The first date found is the due date; later ones stay in the body. A date that is clearly
meant but cannot be used (``2026-02-30``, ``due someday``, ``due 1/12``) gives ``due`` "" and
``due_text`` the words typed, so it is flagged rather than dropped.

The body is the text without the owner and due words, punctuation tidied, whitespace collapsed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kickoff_tui.domain.due_dates import (
    WORD_FORMS,
    is_day_month,
    is_symbolic,
    looks_like_date,
    looks_like_iso,
    resolve_due,
)


@dataclass(frozen=True)
class Capture:
    text: str  # as typed
    body: str  # without the owner and due tokens
    owner: str = ""
    owner_known: bool = True
    due: str = ""  # ISO date or ""
    due_text: str = ""  # the due token as typed ("" when none)


@dataclass(frozen=True)
class _Word:
    lead: str  # opening punctuation: ( [ "
    core: str
    trail: str  # closing punctuation: . , ; : ! ? ) ] "


_WORD = re.compile(r"^([(\[\"'“‘]*)(.*?)([.,;:!?)\]\"'”’]*)$", re.DOTALL)
_OWNER = re.compile(r"@(\w[\w.'\-]*)")
_CLOSERS = ")]"
_PUNCT = ".,;:!?"


def parse_capture(
    text: str, people: Sequence[str], meeting_date: date, *, action: bool = True
) -> Capture:
    """Owner and due date of an action item; for other kinds, only the mentioned person.

    Only action items have due dates: a note that ends in "Friday" is about Friday. Outside
    action items an `@name` within the sentence stays in the body, written out as the person's
    full name; one that closes the text only names the owner.
    """
    words = [_split(raw) for raw in text.split()]
    removed: set[int] = set()
    owner, owner_known = "", True
    owner_at = next((i for i, w in enumerate(words) if _OWNER.fullmatch(w.core)), None)
    if owner_at is not None:
        typed = words[owner_at].core[1:]
        owner, owner_known = _match_owner(typed, people)
        # "Dirty data @claire": a mention closing the text names an owner, like an action's;
        # anywhere else it is part of the sentence ("@ben prefers email")
        closing = owner_at == len(words) - 1 and owner_at > 0
        if action or closing:
            removed.add(owner_at)
        elif owner_known:
            word = words[owner_at]
            words[owner_at] = _Word(word.lead, owner, word.trail)
    due, due_text = "", ""
    if action:
        candidates = [
            i for i, w in enumerate(words) if i not in removed and any(c.isalnum() for c in w.core)
        ]
        due, due_text, due_span = _find_due(words, candidates, meeting_date)
        removed.update(due_span)
    body = _assemble(words, removed)
    return Capture(text, body, owner, owner_known, due, due_text)


def complete_owner(prefix: str, people: Sequence[str]) -> list[str]:
    """People whose full name, or any word of it, starts with prefix (ignoring case and accents).

    Those whose full name matches come first; an empty prefix gives everyone.
    """
    wanted = _normalise(prefix.removeprefix("@"))
    unique = list(dict.fromkeys(people))
    by_full = [p for p in unique if _normalise(p).startswith(wanted)]
    by_word = [
        p for p in unique if p not in by_full and any(w.startswith(wanted) for w in _name_words(p))
    ]
    return by_full + by_word


# ----- owner -------------------------------------------------------------------------------


def _normalise(name: str) -> str:
    """Lower case, accents and apostrophes dropped, `_`, `.` and `-` read as spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold().replace("'", "").replace("’", "")
    return " ".join(re.sub(r"[_.\-]", " ", plain).split())


def _name_words(name: str) -> list[str]:
    return _normalise(name).split()


def _match_owner(typed: str, people: Sequence[str]) -> tuple[str, bool]:
    wanted = _normalise(typed)
    exact, word, prefix = [], [], []
    for person in dict.fromkeys(people):
        full, parts = _normalise(person), _name_words(person)
        if full == wanted:
            exact.append(person)
        if wanted in parts:
            word.append(person)
        if full.startswith(wanted) or any(w.startswith(wanted) for w in parts):
            prefix.append(person)
    for hits in (exact, word, prefix):
        if len(hits) == 1:
            return hits[0], True
        if hits:  # several at this level: a looser rule cannot make it unique
            break
    return typed.replace("_", " "), False


# ----- due date ----------------------------------------------------------------------------


def _find_due(
    words: list[_Word], order: list[int], meeting_date: date
) -> tuple[str, str, list[int]]:
    """(due ISO, due as typed, indexes of the words to remove) for the first due date found."""
    cores = [words[i].core.lower() for i in order]
    last = len(order) - 1

    def phrase_at(j: int, word_forms: bool) -> tuple[str, int] | None:
        """(ISO date, words used) for a date phrase starting at j; ISO "" when it is clearly a
        date but not a real one ("30 feb", "thu 4 dec" when the 4th is a Friday)."""
        if j > last:
            return None
        for length in (5, 4, 3, 2):  # "the end of the week", "fri 4 dec 2026", "next week"
            end = j + length - 1
            if end <= last and (word_forms or _ends_statement(end)):
                phrase = " ".join(cores[j : end + 1])
                found = resolve_due(phrase, meeting_date)
                if found or is_day_month(phrase):
                    return (found.isoformat() if found else ""), length
        if not (
            word_forms or is_symbolic(cores[j]) or (cores[j] in WORD_FORMS and _ends_statement(j))
        ):
            return None
        found = resolve_due(cores[j], meeting_date)
        return (found.isoformat(), 1) if found else None

    def _ends_statement(j: int) -> bool:
        """Last word, and not a question: "Ship Friday?" asks about a date; it sets none."""
        return j == last and "?" not in words[order[j]].trail

    def typed(j: int, count: int) -> str:
        return " ".join(words[order[k]].core for k in range(j, j + count))

    def span(start: int, count: int) -> list[int]:
        return [order[k] for k in range(start, start + count)]

    for k, core in enumerate(cores):
        explicit = core == "due" and words[order[k]].trail.startswith(":")
        if core.startswith("due:") and len(core) > 4:  # "due:fri" typed as one word
            found = resolve_due(core[4:], meeting_date)
            text = words[order[k]].core[4:]
            return (found.isoformat() if found else ""), text, span(k, 1)
        if core in ("due", "by"):
            start = k + 1
            if core == "due" and start < last and cores[start] in ("by", "on"):
                start += 1  # "due by fri", "due on 2026-12-01"
            hit = phrase_at(start, word_forms=True)
            if hit:
                return hit[0], typed(start, hit[1]), span(k, start - k + hit[1])
            if start <= last and _meant_as_date(core, cores[start], explicit, start - k, last - k):
                return "", typed(start, 1), span(k, start - k + 1)
            continue
        hit = phrase_at(k, word_forms=False)
        if hit:
            # "launch on fri": a closing date takes its "on", or the body would end "launch on"
            closing = k + hit[1] - 1 == last
            lead = int(closing and k > 0 and cores[k - 1] == "on" and not words[order[k - 1]].trail)
            return hit[0], typed(k, hit[1]), span(k - lead, hit[1] + lead)
        if looks_like_iso(core) or is_symbolic(core):  # 2026-02-30, or an offset past year 9999
            return "", typed(k, 1), span(k, 1)
    return "", "", []


def _meant_as_date(keyword: str, word: str, explicit: bool, gap: int, to_end: int) -> bool:
    """After a keyword, is an unreadable word still clearly a due date (so flag, not ignore)?

    Numeric shapes always are. After a plain `due` (no "by"/"on" between), a word with a digit,
    a `due:` with a colon, or a last word ("send deck due someday") are too; "due to delays"
    and "payment due on delivery" are ordinary prose.
    """
    if looks_like_date(word):
        return True
    if keyword != "due":
        return False
    if any(c.isdigit() for c in word):
        return True
    return gap == 1 and (explicit or gap == to_end)


# ----- body --------------------------------------------------------------------------------


def _split(raw: str) -> _Word:
    match = _WORD.match(raw)
    assert match is not None  # the pattern matches any string
    lead, core, trail = match.groups()
    return _Word(lead, core, trail)


def _assemble(words: list[_Word], removed: set[int]) -> str:
    """Join the kept words; punctuation around removed words is kept where it still reads."""
    pieces: list[str] = []
    carried_lead = ""
    i = 0
    while i < len(words):
        if i not in removed:
            word = words[i]
            pieces.append(carried_lead + word.lead + word.core + word.trail)
            carried_lead = ""
            i += 1
            continue
        end = i
        while end + 1 < len(words) and end + 1 in removed:
            end += 1
        lead, trail = words[i].lead, words[end].trail
        if lead and trail and trail[0] in _CLOSERS:  # "(@ben)" or "(fri)." leaves nothing
            lead, trail = "", trail[1:]
        if lead:
            carried_lead += lead
        trail = trail.lstrip(":") if words[i].core.lower().startswith("due") else trail
        if trail and pieces:
            pieces[-1] = pieces[-1].rstrip(_PUNCT) + trail
        i = end + 1
    return " ".join(p for p in pieces if p)
