"""The one escaping module: each rule, checked against a real CommonMark + GFM renderer."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from kickoff_tui.domain import markdown as md

RENDERER = MarkdownIt("commonmark").enable("table")


def _plain(source: str) -> str:
    """The text a reader sees: every inline text/link child, formatting ignored."""
    parts = []
    for token in RENDERER.parse(source):
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
    return "".join(parts)


def _types(source: str) -> set[str]:
    types = set()
    for token in RENDERER.parse(source):
        types.add(token.type)
        types.update(child.type for child in token.children or [])
    return types


@pytest.mark.parametrize(
    "typed",
    [
        "# not a heading",
        "> not a quote",
        "- not a list",
        "+ not a list",
        "* not a list",
        "1. not a list",
        "2026) not a list",
        "*not emphasis* and _not either_",
        "`not code`",
        "[not](a link) ![not](an image)",
        "<script>alert(1)</script>",
        "<b>bold</b> &amp; &#60; &copy;",
        "a | b | c",
        "~~not struck~~",
        "trailing hashes ##",
        "back\\slash at the end\\",
        "---",
        "===",
        "[ ] not a task",
    ],
)
def test_markdown_syntax_comes_back_as_the_same_text(typed: str) -> None:
    source = "- " + md.inline(typed)
    assert _plain(source) == typed
    assert not {
        "html_inline",
        "html_block",
        "link_open",
        "image",
        "em_open",
        "code_inline",
        "heading_open",
        "blockquote_open",
        "ordered_list_open",
        "s_open",
    } & _types(source)


def test_escape_character_and_ansi_sequences_are_stripped() -> None:
    assert md.clean("\x1b[31mred\x1b[0m and \x1b]0;title\x07plain") == "red and plain"
    assert md.clean("bell\x07 nul\x00 del\x7f c1\x9b") == "bell nul del c1"


def test_newlines_and_tabs_collapse_to_one_line() -> None:
    assert md.clean("  one\n\ntwo\r\n\tthree\u2028four  ") == "one two three four"


def test_bidi_overrides_and_lone_surrogates_are_removed() -> None:
    assert md.clean("evil\u202egnp.exe \ud800x") == "evilgnp.exe x"


def test_plain_words_and_unicode_stay_readable() -> None:
    assert md.inline("Q&A with Zoë — 30% faster: ok!") == "Q&A with Zoë — 30% faster: ok!"


def test_web_addresses_become_autolinks_without_the_sentence_punctuation() -> None:
    escaped = md.inline("see https://example.com/a_b?x=1&y=2.")
    assert escaped == "see <https://example.com/a_b?x=1&y=2>."
    assert _plain("- " + escaped) == "see https://example.com/a_b?x=1&y=2."


def test_other_schemes_cannot_become_bare_links() -> None:
    assert md.inline("ftp://files.example.com") == "ftp\\://files.example.com"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("mail ana.ruiz@example.co.uk today", "mail <ana.ruiz@example.co.uk> today"),
        ("ana_ruiz+kickoff@example.com.", "<ana_ruiz+kickoff@example.com>."),
        ("ops@host_name.example", "ops\\@host\\_name.example"),  # no CommonMark autolink
        ("see www.example.com or WWW.X.IO", "see www\\.example.com or WWW\\.X.IO"),
        ("@ben and ana@localhost", "@ben and ana@localhost"),  # GFM links neither
        # micromark (markdownlint's parser) links these too, though GFM's grammar would not
        ("---@.INF", "\\---\\@.INF"),  # and its dashes are not a list item
        ("a-b@.c and x@-y.z", "a-b\\@.c and x\\@-y.z"),
        ("write to ana@northwind.example.", "write to <ana@northwind.example>."),
        ("a@b. and a@b", "a@b. and a@b"),
    ],
)
def test_bare_emails_and_www_addresses_are_never_bare_links(typed: str, written: str) -> None:
    """GFM links them on its own; markdownlint flags that (MD034). The text reads the same."""
    assert md.inline(typed) == written
    assert _plain("- " + written) == typed


def test_pipes_in_table_cells_keep_the_column_count() -> None:
    row = "| " + md.cell("a | b \\| c") + " | " + md.cell("") + " |"
    tokens = RENDERER.parse("| x | y |\n| --- | --- |\n" + row + "\n")
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2
    assert md.cell("") == "—"


def test_a_table_row_pads_each_cell_with_one_space_and_an_empty_one_is_a_single_space() -> None:
    row = md.table_row(["", md.cell("a | b"), "", "x"])
    assert row == "| | a \\| b | | x |"  # markdownlint MD060 (compact) flags `|  |`
    tokens = RENDERER.parse("| 1 | 2 | 3 | 4 |\n| --- | --- | --- | --- |\n" + row + "\n")
    assert [t.content for t in tokens if t.type == "inline"][4:] == ["", "a | b", "", "x"]


def test_headings_drop_trailing_sentence_punctuation_only() -> None:
    assert md.heading_text("Wrap up.") == "Wrap up"
    assert md.heading_text("Why now?") == "Why now?"
    assert md.heading("Scope: in/out!!") == "Scope: in/out"


def test_yaml_text_is_cleaned_but_not_escaped() -> None:
    assert md.yaml_text("a: *b*\n# c") == "a: *b* # c"


def test_angle_brackets_in_headings_render_as_text() -> None:
    escaped = md.heading("a << b \\<c")
    assert _plain("# " + escaped) == "a << b \\<c"
    assert "html_inline" not in _types("# " + escaped)


def test_an_address_after_a_backslash_in_a_heading_stays_a_link() -> None:
    # heading() once wrote `<` as `&lt;` after a backslash, which turned `\\<https://#>` into
    # the literal text `&lt;https://#>` (found by the minutes property test)
    escaped = md.heading("\\https://#")
    assert _plain("# " + escaped) == "\\https://#"
