"""Each kind of edit, on every bundled agenda: it does what it says, the result loads, and the
lines it did not touch stay byte-identical."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from kickoff_tui.paths import bundled_agendas_dir
from kickoff_tui.storage.agenda_document import AgendaDocument, EditError

AGENDAS = sorted(bundled_agendas_dir().glob("*.yaml"))
ids = [p.stem for p in AGENDAS]


def opened(source: Path) -> tuple[AgendaDocument, list[str]]:
    document = AgendaDocument.open(source)
    return document, document.text.splitlines(keepends=True)


def lines(document: AgendaDocument) -> list[str]:
    return document.text.splitlines(keepends=True)


def only_added(before: list[str], after: list[str]) -> list[str]:
    """The lines added, asserting that every old line is still there, in order."""
    added = Counter(after) - Counter(before)
    kept = [line for line in after if line in before or not added[line]]
    assert [line for line in before if line in kept] == before
    return [line for line in after if line not in before]


@pytest.mark.parametrize("source", AGENDAS, ids=ids)
def test_insert_an_item_adds_only_its_lines(source: Path) -> None:
    document, before = opened(source)
    count = len(document.value(("items",)))  # type: ignore[arg-type]
    new = {"title": "Coffee", "timebox": 300, "owner": "Ana Ruiz", "prompts": ["Milk?"]}
    document.insert_entry(("items",), 2, new)
    assert len(document.value(("items",))) == count + 1  # type: ignore[arg-type]
    agenda = document.agenda()
    assert agenda is not None and agenda.items[2].title == "Coffee"
    assert agenda.items[2].timebox == 300 and agenda.items[2].prompts == ("Milk?",)
    after = lines(document)
    assert Counter(after) - Counter(before) == Counter(
        ["  - title: Coffee\n", "    timebox: 5m\n", "    owner: Ana Ruiz\n", "    prompts:\n",
         "      - Milk?\n", "\n"]
    )  # fmt: skip
    assert not Counter(before) - Counter(after)


@pytest.mark.parametrize("source", AGENDAS, ids=ids)
def test_remove_an_item_removes_only_its_lines(source: Path) -> None:
    document, before = opened(source)
    titles = [item["title"] for item in document.value(("items",))]  # type: ignore[attr-defined]
    document.remove_entry(("items",), 1)
    agenda = document.agenda()
    assert agenda is not None
    assert [item.title for item in agenda.items] == titles[:1] + titles[2:]
    assert not Counter(lines(document)) - Counter(before)  # nothing added, nothing rewritten


@pytest.mark.parametrize("source", AGENDAS, ids=ids)
def test_move_an_item_keeps_every_line(source: Path) -> None:
    document, before = opened(source)
    titles = [item["title"] for item in document.value(("items",))]  # type: ignore[attr-defined]
    document.move_entry(("items",), 0, 2)
    agenda = document.agenda()
    assert agenda is not None
    assert [item.title for item in agenda.items] == [titles[1], titles[2], titles[0], *titles[3:]]
    assert Counter(lines(document)) == Counter(before)
    document.move_entry(("items",), 2, 0)
    assert lines(document) == before


@pytest.mark.parametrize("source", AGENDAS, ids=ids)
def test_duplicate_an_item_copies_its_lines(source: Path) -> None:
    document, before = opened(source)
    document.duplicate_entry(("items",), 1)
    agenda = document.agenda()
    assert agenda is not None
    assert agenda.items[1] == agenda.items[2]
    added = Counter(lines(document)) - Counter(before)
    assert not Counter(before) - Counter(lines(document))
    assert "    timebox:" in "".join(added)


@pytest.mark.parametrize("source", AGENDAS, ids=ids)
def test_add_and_remove_a_key(source: Path) -> None:
    document, before = opened(source)
    items = document.value(("items",))
    n = next(n for n, item in enumerate(items) if "notes" not in item)  # type: ignore[arg-type]
    document.set_value(("items", n, "notes"), "Private: bring the contract")
    after = lines(document)
    assert Counter(after) - Counter(before) == Counter(
        ["    notes: 'Private: bring the contract'\n"]
    )
    document.remove_key(("items", n, "notes"))
    document.remove_key(("items", n, "goal"))
    assert not Counter(lines(document)) - Counter(before)
    assert sum((Counter(before) - Counter(lines(document))).values()) >= 1
    agenda = document.agenda()
    assert agenda is not None and agenda.items[n].goal == ""


@pytest.mark.parametrize("source", AGENDAS, ids=ids)
def test_change_one_prompt_of_a_list_changes_one_line(source: Path) -> None:
    document, before = opened(source)
    item = next(
        n
        for n, entry in enumerate(document.value(("items",)))  # type: ignore[arg-type]
        if len(entry.get("prompts") or []) >= 2
    )
    prompts = list(document.value(("items", item, "prompts")))  # type: ignore[call-overload]
    document.set_value(("items", item, "prompts"), [prompts[0], "A new: prompt?", *prompts[2:]])
    assert sum((Counter(before) - Counter(lines(document))).values()) == 1
    assert sum((Counter(lines(document)) - Counter(before)).values()) == 1
    document.set_value(("items", item, "prompts"), [*prompts, "One more"])
    added = Counter(lines(document)) - Counter(before)
    assert sum(added.values()) == 1 and "One more" in next(iter(added))


def test_adding_a_key_goes_in_the_formats_order_with_the_files_indent() -> None:
    text = "meeting:\n    title: T\n    goal: G\nitems:\n-   title: A\n    timebox: 5\n"
    document = AgendaDocument.from_text(text, "x.yaml")
    document.set_value(("meeting", "length"), 600)
    document.set_value(("items", 0, "owner"), "Ana")
    document.set_value(("meeting", "start"), "09:30")
    assert document.text == (
        "meeting:\n    title: T\n    length: 10\n    goal: G\n    start: 09:30\nitems:\n"
        "-   title: A\n    timebox: 5\n    owner: Ana\n"
    )


def test_missing_mappings_and_lists_are_created() -> None:
    document = AgendaDocument.from_text("# just a comment\npurpose: x\n", "new.yaml")
    document.set_value(("meeting", "title"), "Kickoff")
    document.insert_entry(("items",), 0, {"title": "Hello", "timebox": 300})
    document.insert_entry(("people",), 0, {"name": "Ana", "power": "high"})
    assert document.text == (
        "# just a comment\npurpose: x\nmeeting:\n  title: Kickoff\npeople:\n"
        "  - name: Ana\n    power: high\nitems:\n  - title: Hello\n    timebox: 5m\n"
    )
    assert document.agenda() is not None


def test_flow_lists_are_edited_in_flow_style() -> None:
    text = (
        "meeting: {title: T}\nitems:\n  - title: A\n    timebox: 5m\n    questions: [why, risks]\n"
    )
    document = AgendaDocument.from_text(text, "x.yaml")
    document.insert_entry(("items", 0, "questions"), 1, "scope")
    document.move_entry(("items", 0, "questions"), 0, 2)
    assert document.text.endswith("    questions: [scope, risks, why]\n")
    document.set_value(("meeting", "title"), "Title, with comma")
    assert document.text.startswith("meeting: {title: 'Title, with comma'}\n")
    with pytest.raises(EditError, match=r"\{ \} style"):
        document.set_value(("meeting", "goal"), "G")


def test_edits_through_aliases_and_bad_paths_are_refused_cleanly() -> None:
    text = "meeting:\n  title: &t T\n  goal: *t\nitems:\n  - title: A\n    timebox: 5m\n"
    document = AgendaDocument.from_text(text, "x.yaml")
    document.set_value(("meeting", "goal"), "Own goal")  # the alias is replaced, not its anchor
    assert document.value(("meeting", "title")) == "T"
    assert document.value(("meeting", "goal")) == "Own goal"
    for path in [("items", 5, "title"), ("meeting", 0), ("items", "title"), ()]:
        with pytest.raises(EditError):
            document.set_value(path, "x")
    with pytest.raises(EditError):
        document.move_entry(("items",), 0, 3)
    with pytest.raises(EditError, match="only key"):
        AgendaDocument.from_text("items:\n  - title: A\n", "y.yaml").remove_key(
            ("items", 0, "title")
        )


def test_an_edit_that_does_not_read_back_as_meant_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The safety net: whatever text an edit produces, the document composes it and compares
    it with what the edit meant before taking it."""
    from kickoff_tui.storage import agenda_writer

    def wrong(value: str, **kwargs: object) -> list[tuple[str, object]]:
        return [(f"{value}\nitems: []", ("tag:yaml.org,2002:str", value))]

    monkeypatch.setattr(agenda_writer, "scalar_forms", wrong)
    text = (bundled_agendas_dir() / "quick-kickoff.yaml").read_text()
    document = AgendaDocument.from_text(text, "quick.yaml")
    with pytest.raises(EditError, match="cannot be written here"):
        document.set_value(("meeting", "title"), "Title")
    assert document.text == text and not document.can_undo


# Layouts a round-trip dumper (ruamel.yaml, one indent setting per file) rewrites whole.
LAYOUTS = {
    "4-space indent": "meeting:\n    title: T\nitems:\n    - title: A\n      timebox: 5m\n",
    "indentless list": "meeting:\n  title: T\nitems:\n- title: A\n  timebox: 5m\n",
    "mixed list indents": "meeting:\n  title: T\nitems:\n  - title: A\n    timebox: 5m\n"
    "    prompts:\n    - a\n    - b\n",
    "crlf": "meeting:\r\n  title: T\r\nitems:\r\n  - title: A\r\n    timebox: 5m\r\n",
    "document start": "---\nmeeting:\n  title: T\nitems:\n  - title: A\n    timebox: 5m\n",
    "aligned comments": "meeting:\n  title: T      # shown big\n  length: 5m   # total\n"
    "items:\n  - title: A\n    timebox: 5m\n",
    "no final newline": "meeting:\n  title: T\nitems:\n  - title: A\n    timebox: 5m",
}


@pytest.mark.parametrize("text", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_any_layout_keeps_every_line_but_the_edited_one(text: str) -> None:
    document = AgendaDocument.from_text(text, "x.yaml")
    document.set_value(("meeting", "title"), "New: title")
    assert document.text == text.replace("title: T", "title: 'New: title'", 1)
    document.set_value(("items", 0, "timebox"), 600)
    assert document.text == text.replace("title: T", "title: 'New: title'", 1).replace(
        "timebox: 5m", "timebox: 10m"
    )
    document.insert_entry(("items",), 1, {"title": "B", "timebox": 60})
    document.move_entry(("items",), 1, 0)
    agenda = document.agenda()
    assert agenda is not None and [i.title for i in agenda.items] == ["B", "A"]
    assert document.text.count("\r\n") in (0, document.text.count("\n"))


def test_a_file_with_a_second_document_is_still_edited_in_place() -> None:
    text = "meeting:\n  title: T\nitems:\n  - title: A\n    timebox: 5m\n---\nnotes: x\n"
    document = AgendaDocument.from_text(text, "x.yaml")
    document.set_value(("meeting", "title"), "U")
    assert document.text == text.replace("title: T", "title: U")
    assert any("second YAML document" in p.message for p in document.problems())


def test_typing_into_an_empty_list_entry_writes_it() -> None:
    text = "meeting:\n  title: T\nitems:\n  - title: A\n    timebox: 5m\n    prompts:\n      -\n"
    text += "      - b\n"
    document = AgendaDocument.from_text(text, "x.yaml")
    document.set_value(("items", 0, "prompts"), ["a", "b"])
    assert document.text.endswith("    prompts:\n      - a\n      - b\n")
