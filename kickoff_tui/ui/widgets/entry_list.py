"""The entries captured during the current item, newest last: one line each, in one widget.

A widget per entry would make typing slow once a session holds thousands of them (with 2,000
entries, a ListView of ListItems echoed a key in 92 ms at the median and 623 ms at worst; an
OptionList in 8 ms and 23 ms, Textual 8.2.8), so this is an OptionList whose options are entry
ids.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kickoff_tui.cells_text import NAME_CELLS, fit
from kickoff_tui.domain.session import Entry
from kickoff_tui.ui.textual_private import SteadyScrollView
from kickoff_tui.ui.widgets.formatting import due_text

KIND_TAGS = {
    "note": ("NOTE", "$foreground-muted"),
    "decision": ("DECISION", "bold $success"),
    "action": ("ACTION", "bold $accent"),
    "risk": ("RISK", "bold $error"),
    "question": ("QUESTION", "bold $warning"),
    "parking": ("PARKED", "bold $secondary"),
    "stakeholder": ("PERSON", "bold $primary"),
}
_TAG_WIDTH = 9
# the most of an entry's text its line shows (its whole text is in the edit bar and the
# minutes): a 10,000-character entry wrapped in full is over a hundred lines to lay out
SHOWN_CHARS = 400
_ZWJ = "\u200d"
EMPTY_HINT = "Nothing captured in this item yet."


def capture_flags(kind: str, owner: str, owner_known: bool, due: str, due_text: str) -> list[str]:
    """What is missing or doubtful about an entry, in words the room understands."""
    flags = []
    if owner and not owner_known:
        flags.append(f"@{owner} is not in this meeting")
    if due_text and not due:
        flags.append(f"due '{due_text}' not understood")
    if kind == "stakeholder" and not owner:
        flags.append("no @name: who is it about?")
    if kind == "action":
        if not owner:
            flags.append("no owner")
        if not due and not due_text:
            flags.append("no due date")
    return flags


def entry_flags(entry: Entry) -> list[str]:
    return capture_flags(entry.kind, entry.owner, entry.owner_known, entry.due, entry.due_text)


def shown_text(text: str, limit: int = SHOWN_CHARS) -> str:
    """`text`, or its first `limit` characters and "…": a long entry costs a few lines here.

    The cut never leaves a joiner, a combining mark or a variation selector without the
    character it belongs with.
    """
    if len(text) <= limit:
        return text
    cut = limit - 1
    while cut > 0 and (_clings(text[cut]) or text[cut - 1] == _ZWJ):
        cut -= 1
    return text[:cut] + "…"


def _clings(char: str) -> bool:
    """Belongs with the character before it (a mark, a joiner, a variation selector)."""
    return (
        unicodedata.category(char) in ("Mn", "Me", "Mc", "Cf", "Sk")
        or unicodedata.combining(char) > 0
    )


def entry_content(entry: Entry) -> Content:
    tag, style = KIND_TAGS.get(entry.kind, (entry.kind.upper(), "bold"))
    body = shown_text(entry.body or entry.text)
    parts: list[str | tuple[str, str]] = [(tag.ljust(_TAG_WIDTH), style), body]
    named = entry.kind == "stakeholder" and entry.owner in entry.body  # said once is enough
    owner = fit(entry.owner, NAME_CELLS)  # the body wraps; a 500-character name need not
    resolved = [owner] if entry.owner and entry.owner_known and not named else []
    if entry.due:
        resolved.append(f"due {due_text(entry.due)}")
    if resolved:
        parts.append(("  → " + " · ".join(resolved), "$text-accent"))
    flags = entry_flags(entry)
    if flags:
        parts.append(("  ⚠ " + "; ".join(flags), "bold $warning"))
    return Content.assemble(*parts)


class EntryList(SteadyScrollView, OptionList):
    """Up/down select an entry; the screen's keys edit, retype, delete and undo."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: list[Entry] | None = None  # None: nothing shown yet

    @property
    def entries(self) -> list[Entry]:
        return list(self._shown or [])

    @property
    def selected_id(self) -> str | None:
        option = self.highlighted_option
        return None if option is None or option.disabled else option.id

    def show(self, entries: Sequence[Entry], select: str | None = None) -> None:
        """Replace the lines; keep the selection on `select`, or on the entry selected before."""
        keep = select or self.selected_id
        shown, before = list(entries), self._shown
        if before is not None and shown == before and select is None:
            return
        self._shown = shown
        self.border_title = f"Captured in this item ({len(shown)})" if shown else "Captured"
        if not shown:
            self.set_options([Option(Content.styled(EMPTY_HINT, "dim italic"), disabled=True)])
            return
        if before and shown[: len(before)] == before:
            # a capture appends: lay out the new lines only, not the whole item's again
            self.add_options([Option(entry_content(e), id=e.id) for e in shown[len(before) :]])
        else:
            self.set_options([Option(entry_content(e), id=e.id) for e in shown])
        ids = [e.id for e in shown]
        self.highlighted = ids.index(keep) if keep in ids else len(ids) - 1
