"""Typing into a field patches the composed tree instead of composing the file again: the
patched tree must be exactly the tree a fresh compose gives, marks included."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.paths import bundled_agendas_dir
from kickoff_tui.storage.agenda_document import AgendaDocument
from kickoff_tui.storage.yaml_marks import compose
from tests.unit.test_agenda_document_properties import TEXT

QUICK = (bundled_agendas_dir() / "quick-kickoff.yaml").read_text(encoding="utf-8")
FIELDS = [
    ("meeting", "title"), ("meeting", "goal"), ("purpose",), ("items", 0, "title"),
    ("items", 1, "prompts", 1), ("items", 5, "checklist", 0), ("people", 2, "role"),
    ("items", 3, "timebox"), ("meeting", "length"),
]  # fmt: skip


def shape(node: Node) -> list[object]:
    """Everything the loader and the editor read from a tree, in order."""
    found: list[object] = []
    stack = [node]
    while stack:
        node = stack.pop()
        marks = [(m.index, m.line, m.column) for m in (node.start_mark, node.end_mark)]
        if isinstance(node, ScalarNode):
            found.append((node.tag, node.value, node.style or None, marks))
        else:
            found.append((type(node).__name__, marks))
        if isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                stack += [value, key]
    return found


def test_typing_a_title_patches_the_tree_without_composing(parser: str) -> None:
    """With libyaml's parser and with PyYAML's pure one (their marks are different objects)."""
    document = AgendaDocument.from_text(QUICK, "quick.yaml")
    composed = document._composed
    for typed in ("N", "No", "Nor", "Nort", "Northwind FAQ: search", "Nörthwind 🎉"):
        document.set_value(("meeting", "title"), typed)
        assert document._composed is composed  # patched, not composed again
        assert shape(document._root) == shape(compose(document.text, "x").node)
    assert document.agenda().meeting.title == "Nörthwind 🎉"  # type: ignore[union-attr]
    assert "Nörthwind 🎉" in document.text
    prompts = list(document.value(("items", 1, "prompts")))  # type: ignore[call-overload]
    for typed in ("W", "Wh", "Why?"):  # one line of a prompts box typed into
        document.set_value(("items", 1, "prompts"), [prompts[0], typed, *prompts[2:]])
        assert document._composed is composed
        assert shape(document._root) == shape(compose(document.text, "x").node)
    assert f'      - "Why?"\n      - "{prompts[2]}"\n' in document.text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FIELDS), TEXT), min_size=1, max_size=8))
def test_a_patched_tree_is_the_tree_a_fresh_compose_gives(
    edits: list[tuple[tuple[str | int, ...], str]],
) -> None:
    document = AgendaDocument.from_text(QUICK, "quick.yaml")
    for path, typed in edits:
        assume(typed.strip())
        if path[-1] in ("timebox", "length"):
            document.set_value(path, 60 * (1 + len(typed) % 30))
        else:
            document.set_value(path, typed)
        assert shape(document._root) == shape(compose(document.text, "x").node)
        assert document.value(path) is not None
    fresh = AgendaDocument.from_text(document.text, "quick.yaml")
    assert [p.format() for p in document.problems()] == [p.format() for p in fresh.problems()]
