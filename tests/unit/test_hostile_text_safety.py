"""Hostile text through the one safe-text function and the agenda loader (issue #12.1)."""

from __future__ import annotations

import pytest

from kickoff_tui.errors import AgendaError
from kickoff_tui.storage.agenda_loader import check_text, load_agenda_text
from kickoff_tui.text_safety import char_name, safe_text

# Every C0 control but tab and newline, DEL, every C1 control, and a lone surrogate.
UNSAFE = [chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0), 0xD800) if c not in (9, 10)]

HOSTILE = [
    "Kickoff \x1b]0;pwned\x07",
    "\x1b]52;c;aGVsbG8=\x07",
    "\x1b[2J\x1b[31mred",
    "\x1b]8;;https://e.example\x1b\\link\x1b]8;;\x1b\\",
    "\x9b2J \x9d0;title\x9c",
    "back\x08\x08\rover",
]


@pytest.mark.parametrize("char", UNSAFE, ids=lambda c: f"U+{ord(c):04X}")
def test_every_control_character_becomes_one_visible_character(char: str) -> None:
    shown = safe_text(f"a{char}b")
    assert len(shown) == 3 and shown[0] + shown[2] == "ab"
    assert shown[1].isprintable()


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_sequences_keep_their_length_and_lose_their_power(text: str) -> None:
    shown = safe_text(text)
    assert len(shown) == len(text)
    assert shown.isprintable()
    assert shown.encode("utf-8")  # a lone surrogate would raise here


def test_esc_and_bel_show_as_control_pictures() -> None:
    assert safe_text("Kickoff \x1b]0;pwned\x07") == "Kickoff ␛]0;pwned␇"


def test_ordinary_text_tabs_newlines_and_markup_are_unchanged() -> None:
    for text in ("Northwind kickoff", "naïve 東京 👩‍👩‍👧", "a\tb\nc", "[b]x[/b] [@click=app.quit]"):
        assert safe_text(text) == text


def test_characters_are_named_for_messages() -> None:
    assert char_name("\x1b") == "U+001B (ESC)"
    assert char_name("\u202e") == "U+202E (RLO)"
    assert char_name("\x01") == "U+0001"


AGENDA = """\
meeting:
  title: {title}
people:
  - name: Ana
items:
  - title: Welcome
    timebox: 10m
    prompts:
      - {prompt}
"""


@pytest.mark.parametrize(
    "escaped",
    [r"\e]0;pwned\a", r"\e]52;c;aGVsbG8=\a", r"\e[2J", r"\x9b2J", r"\u0085", r"\x7f", r"\r"],
)
@pytest.mark.parametrize("field", ["title", "prompt"])
def test_loader_refuses_any_escaped_control_character(escaped: str, field: str) -> None:
    fields = {"title": "Kickoff", "prompt": "Who?"} | {field: f'"x {escaped}"'}
    text = AGENDA.format(**fields)
    with pytest.raises(AgendaError) as raised:
        load_agenda_text(text, "a.yaml")
    line = 2 if field == "title" else 9
    message = str(raised.value)
    assert message.startswith(f"a.yaml:{line}:")
    assert "control character U+00" in message and "is not allowed in agenda text" in message


def test_bidi_overrides_warn_but_load() -> None:
    result = check_text(AGENDA.format(title='"abc \\u202e def"', prompt="Who?"), "a.yaml")
    assert result.agenda is not None
    assert [p.format() for p in result.problems] == [
        "a.yaml:2:10: warning: title: bidi control U+202E (RLO) changes the order text is shown "
        "in; remove it unless the text needs it"
    ]


def test_tabs_and_block_scalar_line_breaks_load() -> None:
    text = AGENDA.format(title='"a\\tb"', prompt="|\n        two\n        lines")
    result = check_text(text, "a.yaml")
    assert result.problems == []
    assert result.agenda is not None
    assert result.agenda.items[0].prompts == ("two\nlines\n",)
