"""The key footer of the live screen: one widget that repaints a line when the keys change.

Textual's Footer rebuilds a widget per key whenever the bindings may have changed, and focus
moving between the entry list and the capture input publishes that two to four times. On the
item screen each rebuild cost 30-170 ms, so the first letters typed after `n` (or after
Enter) waited for the footer. This footer works out the same keys from `screen.active_bindings`
and repaints one line, and only when that line differs.

When the keys do not all fit (80 columns), the least important are left out first: a screen
names its keys from most to least important (`importance`), `?` help always stays, and the
command palette hint goes first (ctrl+p still works, and help lists every key).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from rich.cells import cell_len
from textual import events
from textual.binding import ActiveBinding, Binding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

KEY_STYLE = "bold $footer-key-foreground"
DESCRIPTION_STYLE = "$footer-description-foreground"


@dataclass(frozen=True)
class FooterChunk:
    """A run of the line: a key to press (or a group label) and what the mouse may do with it."""

    text: str
    style: str
    key: str = ""  # pressed on a click; "" for the words of a group
    tooltip: str = ""
    enabled: bool = True


HELP_ACTION = "help"  # the app's `?`: never left out
HELP_RANK = -1  # lower ranks matter more
PALETTE_RANK = 1_000_000  # the palette hint is the first to go


@dataclass(frozen=True)
class FooterEntry:
    """One thing the footer shows: a key and its description, or a group of keys and a label."""

    chunks: tuple[FooterChunk, ...]
    rank: int = 0  # how much it matters here: lower stays longer when the line is short

    @property
    def width(self) -> int:
        return sum(cell_len(chunk.text) for chunk in self.chunks)


def _key_chunk(binding: Binding, display: str, enabled: bool, tooltip: str) -> FooterChunk:
    style = KEY_STYLE if enabled else f"{KEY_STYLE} dim"
    return FooterChunk(display, style, binding.key, tooltip or binding.description, enabled)


def action_rank(action: str, importance: Sequence[str], position: int) -> int:
    """Help first, then the screen's keys in `importance` order, then the rest as shown."""
    name = action.split("(", 1)[0].rsplit(".", 1)[-1]  # "capture('note')", "app.help"
    if name == HELP_ACTION:
        return HELP_RANK
    if name in importance:
        return importance.index(name)
    return len(importance) + position


def footer_entries(
    shown: list[tuple[Binding, bool, str]],
    key_display: dict[str, str],
    importance: Sequence[str] = (),
) -> list[FooterEntry]:
    """The entries, in binding order, the way Textual's compact Footer groups them.

    `shown` is (binding, enabled, tooltip) for every binding with show=True; an action bound
    to several keys shows its first key; a Binding.Group of several actions shows its keys
    run together, then the group's description. Each entry is ranked by `importance`
    (action names, most important first; see action_rank).
    """
    by_action: defaultdict[str, list[tuple[Binding, bool, str]]] = defaultdict(list)
    for binding, enabled, tooltip in shown:
        by_action[binding.action].append((binding, enabled, tooltip))
    entries: list[FooterEntry] = []
    for group, actions_iter in groupby(by_action.values(), lambda bound: bound[0][0].group):
        actions = list(actions_iter)
        if group is not None and len(actions) > 1:
            chunks: list[FooterChunk] = []
            for b, on, tip in (a[0] for a in actions):
                if chunks and not group.compact:  # "p a l Mark"; a compact group: "ndarqps"
                    chunks.append(FooterChunk(" ", ""))
                chunks.append(_key_chunk(b, key_display[b.key], on, tip))
            chunks.append(FooterChunk(" " + group.description, DESCRIPTION_STYLE))
            rank = min(action_rank(a[0][0].action, importance, len(entries)) for a in actions)
            entries.append(FooterEntry(tuple(chunks), rank))
            continue
        for binding, enabled, tooltip in (a[0] for a in actions):
            key = _key_chunk(binding, key_display[binding.key], enabled, tooltip)
            words = FooterChunk(
                " " + binding.description,
                DESCRIPTION_STYLE if enabled else f"{DESCRIPTION_STYLE} dim",
                binding.key,
                key.tooltip,
                enabled,
            )
            rank = action_rank(binding.action, importance, len(entries))
            shown_chunks = (key, words) if binding.description else (key,)
            entries.append(FooterEntry(shown_chunks, rank))
    return entries


def fit_line(
    entries: list[FooterEntry], width: int, right: FooterEntry | None
) -> list[FooterChunk]:
    """Whole entries a space apart, in their order, `right` at the right edge, within width.

    When they do not all fit, the least important (highest rank; of equal ranks, the one
    further right) is left out, then the next, until the rest fit. Help is never left out;
    if it alone is too wide, what fits of the line from the left is shown.
    """
    candidates = [*entries, *([right] if right else [])]
    kept = set(range(len(candidates)))
    droppable = [i for i, entry in enumerate(candidates) if entry.rank > HELP_RANK]
    droppable.sort(key=lambda i: (candidates[i].rank, i), reverse=True)

    def line_width() -> int:
        return sum(candidates[i].width for i in kept) + max(0, len(kept) - 1)

    for index in droppable:
        if line_width() <= width:
            break
        kept.discard(index)
    shown = [entry for i, entry in enumerate(entries) if i in kept]
    line: list[FooterChunk] = []
    used = 0
    for entry in shown:
        gap = 1 if line else 0
        if used + gap + entry.width > width:
            break
        if gap:
            line.append(FooterChunk(" ", ""))
        line.extend(entry.chunks)
        used += gap + entry.width
    if right is not None and len(entries) in kept and used + right.width < width:
        line.append(FooterChunk(" " * (width - used - right.width), ""))
        line.extend(right.chunks)
    return line


class KeyFooter(Widget, can_focus=False):
    """The keys that work now, on one line at the bottom of the screen; click one to press it."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    """

    def __init__(self, *, importance: Sequence[str] = (), id: str | None = None) -> None:
        """`importance`: the screen's actions, most important first (see action_rank)."""
        super().__init__(id=id)
        self.importance = tuple(importance)
        self._entries: list[FooterEntry] = []
        self._palette: FooterEntry | None = None
        self._chunks: list[FooterChunk] = []
        self._pending = False

    @property
    def text(self) -> str:
        """The line as shown at the current width."""
        return "".join(chunk.text for chunk in self._chunks)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        # the screen's other widgets mount after this one: look at the keys once they have
        self._pending = True
        self.call_after_refresh(self.update_keys)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        # a focus change publishes this several times; work the keys out once, right after
        # the change and before the next frame, so the new line shows in the same frame
        if not self._pending and screen is self.screen:
            self._pending = True
            self.call_next(self.update_keys)

    def update_keys(self) -> None:
        """Work out the keys that apply now; repaint when the line changes."""
        self._pending = False
        if self.screen is not self.app.screen:
            # Only the top screen's keys work. A screen below another (the lobby under the
            # item screen, any screen under a dialog) keeps its line: asked now, it would
            # answer for the top screen (help is off while a dialog's input has focus), maybe
            # before that screen composed. Focus coming back when it is on top again asks anew.
            return
        active = self.screen.active_bindings
        shown = [(b, on, tip) for (_, b, on, tip) in active.values() if b.show]
        display = {b.key: self.app.get_key_display(b) for b, _, _ in shown}
        entries = footer_entries(shown, display, self.importance)
        palette = self._palette_entry(active)
        if entries != self._entries or palette != self._palette:
            self._entries, self._palette = entries, palette
            self.refresh()

    def _palette_entry(self, active: dict[str, ActiveBinding]) -> FooterEntry | None:
        app = self.app
        bound = active.get(app.COMMAND_PALETTE_BINDING) if app.ENABLE_COMMAND_PALETTE else None
        if bound is None:
            return None
        binding = bound.binding
        key = _key_chunk(binding, app.get_key_display(binding), bound.enabled, bound.tooltip)
        words = FooterChunk(" " + binding.description, DESCRIPTION_STYLE, binding.key, key.tooltip)
        return FooterEntry((FooterChunk("▏", "dim"), key, words), PALETTE_RANK)

    def render(self) -> Content:
        self._chunks = fit_line(self._entries, self.content_size.width, self._palette)
        return Content.assemble(*((chunk.text, chunk.style) for chunk in self._chunks))

    def _chunk_at(self, x: int) -> FooterChunk | None:
        start = 0
        for chunk in self._chunks:
            width = cell_len(chunk.text)
            if start <= x < start + width:
                return chunk if chunk.key else None
            start += width
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        chunk = self._chunk_at(event.x)
        self.tooltip = chunk.tooltip if chunk else None

    def on_click(self, event: events.Click) -> None:
        chunk = self._chunk_at(event.x)
        if chunk is None:
            return
        if chunk.enabled:
            self.app.simulate_key(chunk.key)
        else:
            self.app.bell()
