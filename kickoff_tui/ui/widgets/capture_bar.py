"""The one-line capture input: a kind, the text, and what the text resolves to as it is typed.

It also edits an existing entry (edit mode). Uncommitted typing is handed to `save_draft` at
most once a second so a crash loses at most a second of it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.suggester import Suggester
from textual.timer import Timer
from textual.widgets import Input

from kickoff_tui.domain.capture import Capture, complete_owner, parse_capture
from kickoff_tui.domain.events import ENTRY_LABELS
from kickoff_tui.domain.payloads import MAX_ENTRY_CHARS
from kickoff_tui.text_safety import safe_text
from kickoff_tui.ui.textual_private import KeysFirstInput, own_bindings, shown_suggestion
from kickoff_tui.ui.widgets.entry_list import KIND_TAGS, capture_flags
from kickoff_tui.ui.widgets.formatting import due_text
from kickoff_tui.ui.widgets.text_label import TextLabel

DRAFT_INTERVAL = 1.0  # seconds: the most often a draft is journaled
# fits beside the idle " Capture " label at 80 columns
IDLE_PLACEHOLDER = "n note  d decision  a action  r risk  q question  p parking  s person"

FULL_HINT = f"⚠ full: {MAX_ENTRY_CHARS:,} characters is the most one entry holds"
PASTE_LINE_JOIN = " / "  # an entry is one line; a pasted line break shows as this

KIND_PLACEHOLDERS = {
    "action": "@owner and a due date (fri, +3d, 2026-12-01)",
    "stakeholder": "@name, then what matters to them",
}


class OwnerSuggester(Suggester):
    """Completes the `@name` being typed at the end of the text to a name that resolves uniquely."""

    def __init__(self, people: Callable[[], Sequence[str]], meeting_date: date) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self._people = people
        self._date = meeting_date

    async def get_suggestion(self, value: str) -> str | None:
        return self.complete(value)

    def complete(self, value: str) -> str | None:
        return owner_completion(value, self._people(), self._date)


def owner_completion(value: str, people: Sequence[str], meeting_date: date) -> str | None:
    """The text with the `@name` being typed at its end completed, or None.

    Completes the name word being typed (`@oka` gives `@Okafor`) when that word alone resolves
    to the person, else the whole name joined with `_`, so the parser picks the same person.
    """
    head, _, last = value.rpartition(" ")
    typed = last[1:]
    if not last.startswith("@") or not typed:
        return None
    hits = complete_owner(typed, people)
    if len(hits) != 1:
        return None
    person = hits[0]
    words = [w for w in person.split() if w.casefold().startswith(typed.casefold())]
    token = words[0] if words else person.replace(" ", "_")
    resolved = parse_capture("@" + token, people, meeting_date)
    if not (resolved.owner_known and resolved.owner == person):
        token = person.replace(" ", "_")
    if not token.casefold().startswith(typed.casefold()) or len(token) <= len(typed):
        return None  # nothing to add to what was typed
    return f"{head} @{token}" if head else f"@{token}"


def resolution_content(kind: str, parsed: Capture) -> Content:
    """`→ Ben Okafor · due Fri 4 Dec`, with a warning for what could not be resolved."""
    resolved = []
    if parsed.owner and parsed.owner_known:
        resolved.append(parsed.owner)
    if parsed.due:
        resolved.append(f"due {due_text(parsed.due)}")
    parts: list[str | tuple[str, str]] = []
    if resolved:
        parts.append(("→ " + " · ".join(resolved), "bold $text-accent"))
    flags = capture_flags(kind, parsed.owner, parsed.owner_known, parsed.due, parsed.due_text)
    if flags:
        parts.append(((" " if parts else "") + "⚠ " + "; ".join(flags), "bold $warning"))
    return Content.assemble(*parts)


def pasted_line(text: str) -> str:
    """A paste as capture text: one line, nothing dropped, nothing that acts.

    The lines of a multi-line paste are joined with PASTE_LINE_JOIN (blank lines and the
    spaces around each line left out), a tab becomes a space, and control characters show as
    visible ones (ESC as ␛). A one-line paste keeps its own spaces.
    """
    lines = text.splitlines()
    if len(lines) > 1:
        text = PASTE_LINE_JOIN.join(line.strip() for line in lines if line.strip())
    else:
        text = lines[0] if lines else ""
    return safe_text(text.replace("\t", " "))


def is_format_character(character: str | None) -> bool:
    """A single invisible format character (Unicode Cf: ZWJ, ZWNJ, ZWSP, word joiner, BOM, bidi
    marks and overrides) that belongs in the text as typed."""
    return character is not None and len(character) == 1 and unicodedata.category(character) == "Cf"


class CaptureInput(KeysFirstInput):
    """The input: Tab completes an @name; Enter and Esc commit and cancel.

    Keys arrive one at a time, each after the last was handled (ui/key_order.py), so Enter
    sees every letter typed before it and the key after it meets the closed bar.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # shown in the footer and the palette; the key itself is handled in take_key
        Binding("enter", "screen.commit_capture", "Save", tooltip="Save the entry being typed"),
        Binding("tab", "complete", "Complete @name", show=False),
    ]

    # The input's size is fixed by CSS (one row, the rest of the bar); only its virtual size
    # follows the text, and the input scrolls itself from that. Textual's default lays out
    # the whole screen whenever the virtual size changes, so on every key, which with a big
    # entry list cost several ms a key; a repaint is all a change of text needs.
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    async def take_key(self, event: events.Key) -> None:
        if event.key in ("enter", "escape"):
            event.stop()
            event.prevent_default()
            action = "commit_capture" if event.key == "enter" else "cancel_capture"
            await self.run_action(f"screen.{action}")
            return
        if is_format_character(event.character):
            # Textual's Input types only what str.isprintable() accepts, which leaves out the
            # joiners of an emoji family and the ZWNJ of Persian spelling; a paste keeps them
            event.stop()
            event.prevent_default()
            self.type_text(event.character or "")
            return
        own = own_bindings(self).key_to_bindings.get(event.key)
        if own and not event.is_printable:
            # editing keys (Tab, backspace, arrows) run here rather than as app-level bindings
            event.stop()
            event.prevent_default()
            await self.run_action(own[0].action)
            return
        await self.input_key(event)

    def take_paste(self, event: events.Paste) -> None:
        # a paste is text, all of it: Input's own handler keeps only the first line
        event.stop()
        event.prevent_default()  # instead of Input's own paste handler
        text = pasted_line(event.text)
        room = MAX_ENTRY_CHARS - len(self.value) + len(self.selected_text)
        if len(text) > room:
            self.notify(
                f"Paste cut: one entry holds {MAX_ENTRY_CHARS:,} characters, "
                f"so the last {len(text) - room:,} pasted were left out.",
                severity="warning",
                timeout=8,
                markup=False,
            )
            text = text[: max(0, room)]
        self.type_text(text)

    def restricted(self) -> None:
        """A key refused at the length cap: the bar's hint says why (no terminal bell)."""

    def type_text(self, text: str) -> None:
        """Put `text` where the cursor is, over the selection if there is one."""
        selection = self.selection
        if selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *selection)

    def action_complete(self) -> None:
        """Accept the @name completion; Tab never moves focus out of a capture."""
        if not self.cursor_at_end:
            return
        # the suggester runs in a worker; a fast Tab may come before it answers
        completed = shown_suggestion(self) or self._complete_now(self.value)
        if completed:
            self.value = completed + " "
            self.cursor_position = len(self.value)

    def _complete_now(self, value: str) -> str | None:
        suggester = self.suggester
        return suggester.complete(value) if isinstance(suggester, OwnerSuggester) else None


class CaptureBar(Horizontal):
    class Committed(Message):
        def __init__(self, kind: str, text: str, entry_id: str | None) -> None:
            super().__init__()
            self.kind, self.text, self.entry_id = kind, text, entry_id

    def __init__(
        self,
        people: Callable[[], Sequence[str]],
        meeting_date: date,
        save_draft: Callable[[str, str], bool],
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._people = people
        self._date = meeting_date
        self._save_draft = save_draft
        self.kind = ""
        self.editing: str | None = None  # id of the entry being edited, None for a new one
        self._draft_timer: Timer | None = None
        self._draft_dirty = False
        self._hint = ""

    def compose(self) -> ComposeResult:
        yield TextLabel(self._kind_label(), id="capture-kind")
        yield CaptureInput(
            placeholder=IDLE_PLACEHOLDER,
            suggester=OwnerSuggester(self._people, self._date),
            id="capture-input",
            compact=True,
            select_on_focus=False,
            max_length=MAX_ENTRY_CHARS,
        )
        yield TextLabel("", id="capture-hint")

    @property
    def input(self) -> CaptureInput:
        return self.query_one(CaptureInput)

    @property
    def active(self) -> bool:
        return bool(self.kind)

    @property
    def hint(self) -> str:
        """The resolution line as plain text (what the room reads next to the input)."""
        return self._hint

    def _kind_label(self) -> Content:
        if not self.kind:
            return Content.styled(" Capture ", "dim")
        tag, style = KIND_TAGS.get(self.kind, (self.kind.upper(), "bold"))
        label = ENTRY_LABELS.get(self.kind, tag)
        prefix = "Edit " if self.editing else ""
        return Content.styled(f" {prefix}{label} › ", f"{style} reverse")

    def open(self, kind: str, text: str | None = None, entry_id: str | None = None) -> None:
        """Start capturing `kind` (or editing entry_id); typed text in progress is kept."""
        if self.editing and entry_id is None:
            kind = self.kind  # a kind key while editing returns to the edit
        self.kind, self.editing = kind, entry_id if entry_id else self.editing
        self.query_one("#capture-kind", TextLabel).show(self._kind_label())
        field = self.input
        if text is not None:
            field.value = text
        field.placeholder = KIND_PLACEHOLDERS.get(kind, "")
        field.cursor_position = len(field.value)
        # focus now, not on the next idle: keys typed right after the kind key must land here
        self.screen.set_focus(field)
        self._show_resolution()

    def close(self) -> None:
        """Back to idle: the text is cleared and no draft is pending."""
        self._cancel_timer()
        self._draft_dirty = False
        self.kind, self.editing = "", None
        self.query_one("#capture-kind", TextLabel).show(self._kind_label())
        field = self.input
        field.value = ""
        field.placeholder = IDLE_PLACEHOLDER
        self._hint = ""
        self.query_one("#capture-hint", TextLabel).show("")

    @on(Input.Changed, "#capture-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        # Changed arrives after the fact: judge by the input as it is now, not by the event
        if not self.active and self.input.value and self.screen.focused is self.input:
            self.open("note")  # typing after a mouse click into the idle bar
        self._show_resolution()
        if self.active and not self.editing:
            self._draft_dirty = True
            if self._draft_timer is None:
                self._draft_timer = self.set_timer(DRAFT_INTERVAL, self.flush_draft)

    @on(Input.Submitted, "#capture-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.active:
            self.post_message(self.Committed(self.kind, event.value, self.editing))

    def _show_resolution(self) -> None:
        text = self.input.value
        hint = Content("")
        if self.active and text.strip():
            # parsed as the entry will be: only an action item takes a due date
            parsed = parse_capture(text, self._people(), self._date, action=self.kind == "action")
            hint = resolution_content(self.kind, parsed)
        if len(text) >= MAX_ENTRY_CHARS:
            hint = Content.styled(FULL_HINT, "bold $warning")
        self._hint = hint.plain
        self.query_one("#capture-hint", TextLabel).show(hint)

    def flush_draft(self) -> None:
        """Journal the text being typed now, if it changed since the last save."""
        self._cancel_timer()
        pending = self._draft_dirty and self.active and not self.editing
        if pending and self._save_draft(self.kind, self.input.value):
            self._draft_dirty = False

    def _cancel_timer(self) -> None:
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
