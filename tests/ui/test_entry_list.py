"""EntryList: a capture appends a line; any other change rebuilds the list; selection is kept."""

from __future__ import annotations

from datetime import UTC, datetime

from textual.app import App, ComposeResult

from kickoff_tui.domain.session import Entry
from kickoff_tui.ui.widgets.entry_list import SHOWN_CHARS, EntryList, shown_text

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def entry(n: int, kind: str = "note") -> Entry:
    return Entry(f"e{n}", kind, 0, f"Entry {n}", f"Entry {n}", AT)


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield EntryList(id="entries")


def prompts(entries: EntryList) -> list[str]:
    return [str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)]


async def test_an_appended_entry_adds_one_line_and_is_selected() -> None:
    async with ListApp().run_test() as pilot:
        entries = pilot.app.query_one(EntryList)
        entries.show([entry(1), entry(2)])
        first = entries.get_option_at_index(0)
        entries.show([entry(1), entry(2), entry(3)], select="e3")
        await pilot.pause()
        assert entries.get_option_at_index(0) is first  # kept, not rebuilt
        assert [e.id for e in entries.entries] == ["e1", "e2", "e3"]
        assert prompts(entries)[-1].endswith("Entry 3")
        assert entries.selected_id == "e3"
        assert entries.border_title == "Captured in this item (3)"


async def test_a_changed_or_removed_entry_rebuilds_and_keeps_the_selection() -> None:
    async with ListApp().run_test() as pilot:
        entries = pilot.app.query_one(EntryList)
        entries.show([entry(1), entry(2), entry(3)], select="e2")
        entries.show([entry(1), entry(2, "decision"), entry(3)])
        assert prompts(entries)[1].startswith("DECISION")
        assert entries.selected_id == "e2"
        entries.show([entry(1), entry(3)])
        assert [e.id for e in entries.entries] == ["e1", "e3"]
        assert entries.option_count == 2
        entries.show([])
        assert entries.selected_id is None
        entries.show([entry(4)])  # from the empty hint to a first entry: no hint left over
        shown = prompts(entries)
        assert len(shown) == 1 and shown[0].endswith("Entry 4")


async def test_a_long_entry_shows_its_start_and_an_ellipsis_in_a_few_lines() -> None:
    text = "the client " * 900  # 9,900 characters, under the entry cap
    long = Entry("e1", "note", 0, text, text, AT)
    async with ListApp().run_test(size=(80, 24)) as pilot:
        entries = pilot.app.query_one(EntryList)
        entries.show([long, entry(2)])
        await pilot.pause()
        (shown, _second) = prompts(entries)
        assert shown.endswith("…") and shown[9:-1] == text[: SHOWN_CHARS - 1].rstrip()
        # laid out, the entry is a handful of lines, not the 125 its whole text would wrap to
        assert entries.virtual_size.height <= SHOWN_CHARS // 70 + 3


def test_the_cut_never_strands_a_joiner_or_a_mark() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    text = "ab" + family + "cd"
    assert shown_text(text, 5) == "ab…"  # not "ab👨\u200d…"
    assert shown_text("abcde\u0301fg", 6) == "abcd…"  # e and its accent go together
    assert shown_text("short", 5) == "short"
