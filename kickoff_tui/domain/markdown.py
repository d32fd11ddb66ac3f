"""Markdown escaping for everything a person typed: the one place it happens.

People type anything into a live meeting: pipes, asterisks, `<script>`, ANSI colour codes,
`# ` at the start of a line. Every user string that reaches the minutes goes through `clean`
and then `inline`, `cell`, `heading` or `yaml_text`, so the minutes render as the same text
in any CommonMark/GFM renderer, never as raw HTML, and never break a table or a list.
"""

from __future__ import annotations

import re

from kickoff_tui.text_safety import BIDI_CONTROLS, BIDI_MARKS, without_escape_sequences

# Unicode bidi overrides, isolates and marks can make text display differently from what it is.
_BIDI = BIDI_CONTROLS | BIDI_MARKS
# Backslash-escaped anywhere: each can start emphasis, code, links, HTML or a table cell.
# (The backslash comes first so the escapes added for the others are not escaped again.)
_ALWAYS = "\\`*_[]<|~"
# `&` only matters when it would start an entity reference (`&amp;`, `&#60;`), so "Q&A" stays.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# Block markers that only mean something at the start of a line (or of a list item's text).
_LEADING_CHARS = "#>+-="
_LEADING_MARK = re.compile(r"^([#>+\-=])")
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])")
# `Heading #` loses its trailing hashes as a closing sequence unless they are escaped.
_TRAILING_HASH = re.compile(r"(?<!\\)(#+)$")
# Web addresses become autolinks (clickable, and no "bare URL" lint finding); the characters
# allowed keep `|`, `<`, `>`, backslash and backticks out, so the link cannot break anything.
_URL = re.compile(r"https?://[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+")
_URL_TRAILING = ".,:;!?'"
# Any other `scheme://` gets its colon escaped so no renderer turns it into a bare link.
_SCHEME = re.compile(r":(?=//)")
# GFM also links `www.` and email addresses written bare (markdownlint's MD034 flags both).
# `www.` gets its dot escaped; an address becomes an autolink (clickable, like web
# addresses) when CommonMark's autolink grammar allows it, else its `@` is escaped.
_WWW = re.compile(r"(www)\.", re.IGNORECASE)
# As far as micromark reaches (what markdownlint reads with), not GFM's stricter grammar: it
# links "---@.INF", "a@-b.c" and "x@y_.z" too, so anything of that shape is matched here.
_GFM_EMAIL = re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9._-]*\.[A-Za-z0-9._-]*")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_AUTOLINK_EMAIL = re.compile(rf"[A-Za-z0-9._+-]+@{_LABEL}(?:\.{_LABEL})*")
# What markdownlint's MD026 counts as trailing punctuation in a heading.
_HEADING_TRAILING = ".,;:!。，；：！"


def _removed_characters() -> re.Pattern[str]:
    """Controls that are not whitespace, bidi controls, surrogates and non-characters."""
    planes = range(0, 0x110000, 0x10000)
    nonchars = "".join(chr(plane + low) for plane in planes for low in (0xFFFE, 0xFFFF))
    return re.compile(
        "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef"
        + "".join(sorted(_BIDI))
        + nonchars
        + "]"
    )


_REMOVED = _removed_characters()


def clean(text: str) -> str:
    """Plain text safe to put anywhere: no control characters, one line, single spaces.

    Strips terminal escape sequences whole (7- and 8-bit CSI, OSC, DCS, APC: see
    text_safety), so "\x1b[31mred" leaves "red", not "[31mred"; then every C0/C1 control
    character (ESC included), bidi controls and marks, lone surrogates and Unicode
    non-characters; every run of whitespace (newlines, tabs, U+2028 included) becomes one
    space, and the ends are trimmed.
    """
    if not text:
        return ""
    if text.isprintable():  # the common case: no control, format or unassigned characters
        return " ".join(text.split())
    text = without_escape_sequences(text)
    # str.split() treats the remaining controls (tab, newline, \x1c-\x1f, \x85) as spaces.
    return " ".join(_REMOVED.sub("", text).split())


def _escape_plain(text: str) -> str:
    for char in _ALWAYS:  # str.replace is several times faster than translate or re here
        if char in text:
            text = text.replace(char, "\\" + char)
    if "&" in text:
        text = _ENTITY.sub(r"\\&", text)
    if "://" in text:
        text = _SCHEME.sub(r"\\:", text)
    if "." in text:
        text = _WWW.sub(r"\1\\.", text)
    return text


def _escape_text(text: str) -> str:
    """Plain text escaped, with any email address made an autolink or its `@` escaped."""
    if "@" not in text:
        return _escape_plain(text)
    parts: list[str] = []
    position = 0
    for match in _GFM_EMAIL.finditer(text):
        address = match.group(0).rstrip(".")  # a sentence's full stop is not the address's
        if "." not in address.partition("@")[2]:
            continue  # "a@b." links nowhere: left as text
        parts.append(_escape_plain(text[position : match.start()]))
        if _AUTOLINK_EMAIL.fullmatch(address):
            parts.append(f"<{address}>")
        else:
            parts.append(_escape_plain(address).replace("@", "\\@"))
        position = match.start() + len(address)
    parts.append(_escape_plain(text[position:]))
    return "".join(parts)


def _trim_url(url: str) -> str:
    """Drop trailing punctuation that belongs to the sentence, not the address."""
    end = len(url)
    while end > 0:
        char = url[end - 1]
        unbalanced = char == ")" and url.count("(", 0, end) < url.count(")", 0, end)
        if char in _URL_TRAILING or unbalanced:
            end -= 1
        else:
            break
    return url[:end]


def inline(text: str) -> str:
    """Escape cleaned text for use in a paragraph, a list item or a table cell."""
    text = clean(text)
    if not text:
        return ""
    parts: list[str] = []  # plain and link pieces alternate, starting and ending with plain
    position = 0
    if "://" in text:
        for match in _URL.finditer(text):
            url = _trim_url(match.group(0))
            if len(url) <= url.index("://") + 3:
                continue  # "https://" with nothing after it is not an address
            parts.append(_escape_text(text[position : match.start()]))
            parts.append(f"<{url}>")
            position = match.start() + len(url)
    parts.append(_escape_text(text[position:]))
    first = parts[0]
    if first and (first[0] in _LEADING_CHARS or first[0].isdigit()):
        parts[0] = _LEADING_NUMBER.sub(r"\1\\\2", _LEADING_MARK.sub(r"\\\1", first))
    if parts[-1].endswith("#"):
        parts[-1] = _TRAILING_HASH.sub(lambda m: "\\#" * len(m.group(1)), parts[-1])
    return "".join(parts)


def cell(text: str, empty: str = "—") -> str:
    """A GFM table cell: escaped like inline text (pipes included); `empty` when blank."""
    escaped = inline(text)
    return escaped if escaped else empty


def table_row(cells: list[str]) -> str:
    """One GFM table row from cells already escaped (see `cell`).

    Every cell is padded with exactly one space each side, and an empty one is a single space
    (`| |`): markdownlint's MD060 reads a table as "compact" style and flags `|  |`.
    """
    return "|" + "|".join(f" {text} " if text else " " for text in cells) + "|"


def heading_text(text: str) -> str:
    """The visible text of a heading, with trailing sentence punctuation dropped.

    Headings are labels: "Wrap up." reads as "Wrap up", and markdownlint (MD026) flags it.
    The exact text still appears elsewhere in the minutes (front matter, agenda table).
    """
    return clean(text).rstrip(_HEADING_TRAILING + " ")


def heading(text: str) -> str:
    """Escaped heading text (see heading_text), escaped exactly like inline text."""
    return inline(heading_text(text))


def yaml_text(text: str) -> str:
    """Cleaned text for a front-matter value; quoting is left to the YAML dumper."""
    return clean(text)
