"""The composer in yaml_marks: PyYAML's nodes, marks and errors, under both parsers."""

from __future__ import annotations

from kickoff_tui.storage.agenda_loader import check_text, load_agenda_text
from kickoff_tui.storage.yaml_marks import MAX_DEPTH, compose


def problems(text: str) -> list[str]:
    return [p.format() for p in compose(text, "c.yaml").problems]


def test_the_same_text_quoted_and_plain_gets_its_own_tag(parser: str) -> None:
    """Tags are resolved once per (text, quoting): a quoted "no" stays text, a plain no is false."""
    for meeting in ('  title: "no"\n  bell: no\n', '  bell: no\n  title: "no"\n'):
        text = f"meeting:\n{meeting}items:\n  - title: A\n    timebox: 5m\n"
        agenda = load_agenda_text(text, "q.yaml")
        assert (agenda.meeting.title, agenda.meeting.bell) == ("no", False)
    text = "meeting:\n  title: T\n  bell: no\nitems:\n  - title: no\n    timebox: 5m\n"
    assert [p.format() for p in check_text(text, "q.yaml").problems] == [
        "q.yaml:5:12: title: 'no' is read by YAML as false, not as text; put it in quotes: \"no\""
    ]


def test_nodes_keep_start_and_end_marks(parser: str) -> None:
    node = compose("a: [x, {b: 1}]\n", "c.yaml").node
    assert node is not None
    key, value = node.value[0]
    assert (key.start_mark.line, key.start_mark.column) == (0, 0)
    assert (value.start_mark.column, value.end_mark.column) == (3, 14)
    assert [child.tag.rsplit(":", 1)[1] for child in value.value] == ["str", "map"]


def test_a_duplicate_anchor_points_at_its_second_use(parser: str) -> None:
    assert problems("a: &x 1\nb: &x [2]\n") == [
        "c.yaml:2:4: anchor '&x' is already defined at line 1, column 4"
    ]


def test_nesting_is_counted_for_scalars_collections_and_aliases(parser: str) -> None:
    deepest = "[" * (MAX_DEPTH - 1) + "x" + "]" * (MAX_DEPTH - 1)
    assert problems(deepest) == []
    too_deep = "[" * MAX_DEPTH + "x" + "]" * MAX_DEPTH
    assert problems(too_deep)[0].startswith(f"c.yaml:1:{MAX_DEPTH + 1}: nested more than")
    shared = "[" * 40 + "]" * 40
    fits = f"a: &d {shared}\nb: {'[' * 9}*d{']' * 9}\n"
    assert problems(fits) == []
    through_alias = f"a: &d {shared}\nb: {'[' * 10}*d{']' * 10}\n"
    assert problems(through_alias)[0].startswith("c.yaml:2:14: nested more than")


def test_an_alias_inside_its_own_anchor_is_refused(parser: str) -> None:
    assert problems("a: &x [1, *x]\n") == [
        "c.yaml:1:11: this alias refers to the node that contains it; "
        "an agenda cannot contain itself"
    ]
