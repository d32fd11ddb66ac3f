"""Property: any text written into any field of a bundled agenda reads back exactly, the saved
file passes `kickoff check`, and every line the edit did not touch is byte-identical."""

from __future__ import annotations

import difflib
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kickoff_tui.cli import main
from kickoff_tui.paths import bundled_agendas_dir
from kickoff_tui.storage.agenda_document import AgendaDocument, EditError
from kickoff_tui.storage.agenda_loader import check_file
from kickoff_tui.text_safety import is_control

AGENDAS = {p.stem: p.read_text(encoding="utf-8") for p in bundled_agendas_dir().glob("*.yaml")}
YAML_SPECIAL = [
    "- ", "* ", "&a ", "!tag ", "!!python/object ", "#", " #", ": ", ":", "'", '"', "{}", "[",
    "]", ",", "|", ">", "%", "@", "`", "?", "\n", "\n\n", " ", "  ", "\t", "---", "...", "yes",
    "no", "null", "~", "10:30", "0x1F", "1e3", "<<", "\\", "\\n", "🎉", "é", "\u202e", "\u00a0",
    "\u2028", "\ufeff",
]  # fmt: skip
LETTERS = st.characters(
    exclude_categories=("Cs",), exclude_characters="\r", max_codepoint=0x1F9FF
).filter(lambda c: c in "\t\n" or not is_control(c))
TEXT = st.lists(
    st.one_of(st.sampled_from(YAML_SPECIAL), st.text(LETTERS, max_size=6)), max_size=10
).map("".join)
CONTROLS = st.sampled_from(["\x1b", "\x07", "\x00", "\x9b", "\r", "\x7f", "\x85"])


def text_fields(text: str) -> list[tuple[str | int, ...]]:
    """Every free-text field of an agenda, present or not yet (an absent one is added)."""
    data = yaml.safe_load(text)
    fields: list[tuple[str | int, ...]] = [("purpose",)]
    fields += [("meeting", key) for key in ("title", "client", "project", "goal", "facilitator")]
    for n in range(len(data.get("people") or [])):
        fields += [("people", n, key) for key in ("role", "type", "notes")]
    for n, item in enumerate(data["items"]):
        fields += [("items", n, key) for key in ("title", "goal", "notes", "owner")]
        for key in ("prompts", "checklist"):
            fields += [("items", n, key, m) for m in range(len(item.get(key) or []))]
    return fields


def touched_lines(text: str, path: tuple[str | int, ...]) -> range | None:
    """The lines the old value (with its key) spans; None when the field is absent."""
    node = yaml.compose(text)
    start = None
    for step in path:
        if isinstance(step, int):
            node = node.value[step]
            start = node.start_mark.line if start is None else start
        else:
            found = [(k, v) for k, v in node.value if k.value == step]
            if not found:
                return None
            key, node = found[0]
            start = key.start_mark.line
    assert start is not None
    return range(start, node.end_mark.line + 1)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(AGENDAS)), st.data(), TEXT)
def test_any_text_in_any_field_round_trips(name: str, data: st.DataObject, value: str) -> None:
    assume(value.strip())
    before = AGENDAS[name]
    path = data.draw(st.sampled_from(text_fields(before)))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"{name}.yaml"
        target.write_text(before, encoding="utf-8")
        document = AgendaDocument.open(target)
        document.set_value(path, value)
        document.save()
        result = check_file(target)
        assert not result.errors, [p.format() for p in result.errors]
        assert AgendaDocument.open(target).value(path) == value
        after = target.read_text(encoding="utf-8")
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    allowed = touched_lines(before, path)
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if allowed is None:  # an added key: lines only go in
            assert tag == "insert"
        else:
            assert i1 >= allowed.start and i2 <= allowed.stop, (tag, i1, i2, allowed)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(AGENDAS)), st.data(), st.lists(TEXT, min_size=1, max_size=5))
def test_any_list_of_prompts_round_trips(name: str, data: st.DataObject, values: list[str]) -> None:
    assume(all(value.strip() for value in values))
    item = data.draw(st.integers(0, len(yaml.safe_load(AGENDAS[name])["items"]) - 1))
    document = AgendaDocument.from_text(AGENDAS[name], f"{name}.yaml")
    document.set_value(("items", item, "prompts"), values)
    agenda = document.agenda()
    assert agenda is not None, [p.format() for p in document.problems()]
    assert list(agenda.items[item].prompts) == values
    assert document.value(("items", item, "prompts")) == values


@given(TEXT, CONTROLS, TEXT)
def test_control_characters_are_refused_and_change_nothing(
    head: str, control: str, tail: str
) -> None:
    document = AgendaDocument.from_text(AGENDAS["quick-kickoff"], "quick.yaml")
    with pytest.raises(EditError):
        document.set_value(("meeting", "title"), head + control + tail)
    assert document.text == AGENDAS["quick-kickoff"] and not document.can_undo


def test_kickoff_check_accepts_a_saved_file_with_hostile_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "hostile.yaml"
    target.write_text(AGENDAS["quick-kickoff"], encoding="utf-8")
    document = AgendaDocument.open(target)
    document.set_value(("meeting", "title"), "- *a &b !c {d} [e] | > # f: g\n'h' \"i\" 🎉")
    document.set_value(("items", 0, "prompts"), ["a: b", "#c", "- d", "e\nf"])
    document.save()
    assert main(["check", str(target)]) == 0


OPS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "remove", "move", "duplicate", "title", "timebox"]),
        st.integers(0, 40),
        st.integers(0, 40),
        TEXT,
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(AGENDAS)), OPS)
def test_any_sequence_of_item_edits_matches_a_plain_list(
    name: str, ops: list[tuple[str, int, int, str]]
) -> None:
    """Items added, removed, moved, copied and renamed in any order: the file always reads as
    the same list edited in Python, and undo walks all the way back to the original bytes."""
    document = AgendaDocument.from_text(AGENDAS[name], f"{name}.yaml")
    model = [item["title"] for item in yaml.safe_load(AGENDAS[name])["items"]]
    steps = 0
    for op, a, b, text in ops:
        title = text if text.strip() else "Untitled"
        i, j = a % len(model), b % len(model)
        before = document.text
        if op == "insert":
            document.insert_entry(("items",), a % (len(model) + 1), {"title": title, "timebox": 60})
            model.insert(a % (len(model) + 1), title)
        elif op == "remove" and len(model) > 1:
            document.remove_entry(("items",), i)
            del model[i]
        elif op == "move":
            document.move_entry(("items",), i, j)
            model.insert(j, model.pop(i))
        elif op == "duplicate":
            document.duplicate_entry(("items",), i)
            model.insert(i + 1, model[i])
        elif op == "title":
            document.set_value(("items", i, "title"), title)
            model[i] = title
        elif op == "timebox":
            document.set_value(("items", i, "timebox"), 60 * (1 + b))
            assert document.value(("items", i, "timebox")) in (
                str(1 + b),
                f"{1 + b}m",
                f"{1 + b} min",
            )
        steps += document.text != before
        agenda = document.agenda()
        assert agenda is not None, [p.format() for p in document.problems()]
        assert [item.title for item in agenda.items] == model
    while document.undo():
        steps -= 1
    assert steps == 0 and document.text == AGENDAS[name]
