"""Text is data, never code: the one place that decides how text from people is made safe to show.

Agenda files are checked when they load (control characters are refused there), but text also
arrives by other roads: a journal copied from elsewhere, a typed or pasted capture, a session
title in `kickoff sessions`. Everything shown on a terminal goes through `safe_text` (the live
app installs the same table into Textual's and Rich's text constructors), so an ESC, a C1
control or a lone surrogate shows as a visible character and never reaches the terminal as a
command. Each unsafe character becomes exactly one visible character, so lengths, cursor
positions and styled spans stay where they were.

No Textual and no Rich here: the CLI commands that never load the UI use this too.
"""

from __future__ import annotations

# C0 controls show as their U+2400 "control pictures" (ESC as ␛, BEL as ␇), DEL as ␡.
# C1 controls and lone surrogates (which no terminal encoding can write) have no picture:
# they show as the replacement character.
REPLACEMENT = "\ufffd"
_KEEP = {"\t", "\n"}  # layout, not commands: every screen and table handles them

SAFE_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
SAFE_TABLE[0x7F] = "\u2421"
SAFE_TABLE |= {code: REPLACEMENT for code in range(0x80, 0xA0)}
for _kept in _KEEP:
    del SAFE_TABLE[ord(_kept)]
_SURROGATES = "[\ud800-\udfff]"  # a regex, not 2,048 table entries built on every start


def surrogate_table() -> dict[int, str]:
    """SAFE_TABLE's companion for lone surrogates, for callers that need one table."""
    return dict.fromkeys(range(0xD800, 0xE000), REPLACEMENT)


# Unicode bidi embedding, override and isolate controls: they reorder what is shown around
# them ("Trojan Source"). People writing Arabic or Hebrew may need them, so the agenda check
# warns rather than refuses, and the screens show them as they are.
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
# the left-to-right and right-to-left marks: invisible, they too change what is shown around them
BIDI_MARKS = frozenset("\u200e\u200f")

_NAMES = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "BS",
    0x0B: "VT",
    0x0C: "FF",
    0x0D: "CR",
    0x1B: "ESC",
    0x7F: "DEL",
    0x9B: "CSI",
    0x9D: "OSC",
    0x202A: "LRE",
    0x202B: "RLE",
    0x202C: "PDF",
    0x202D: "LRO",
    0x202E: "RLO",
    0x2066: "LRI",
    0x2067: "RLI",
    0x2068: "FSI",
    0x2069: "PDI",
}


def safe_text(text: str) -> str:
    """`text` with every control character (but tab and newline) replaced by a visible one."""
    if text.isprintable():  # the common case: no copy, a few hundred ns for a title
        return text
    text = text.translate(SAFE_TABLE)
    if text.isascii():
        return text
    import re  # loaded already by anything that reads YAML or a journal

    return re.sub(_SURROGATES, REPLACEMENT, text)


def escaped_line(text: str) -> str:
    """`text` on one line for a one-line message: anything not printable as its Python escape
    (`\\x1b`, `\\n`), so a value quoted in an error can neither wrap nor command the terminal."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def is_control(char: str) -> bool:
    """A C0 or C1 control character, DEL, or a lone surrogate (tab and newline included)."""
    return ord(char) in SAFE_TABLE or char in _KEEP or 0xD800 <= ord(char) < 0xE000


def first_control(text: str, *, allowed: str = "") -> str | None:
    """The first control character in `text` that is not in `allowed`, or None."""
    if text.isprintable():
        return None
    return next((c for c in text if is_control(c) and c not in allowed), None)


def first_bidi_control(text: str) -> str | None:
    return next((c for c in text if c in BIDI_CONTROLS), None) if not text.isascii() else None


def char_name(char: str) -> str:
    """`U+001B (ESC)`: how a message names a character that cannot be shown as itself."""
    code = ord(char)
    name = _NAMES.get(code)
    return f"U+{code:04X}" + (f" ({name})" if name else "")


# ECMA-48 sequences, 7-bit (ESC ...) and 8-bit (C1) forms: CSI with its parameters; OSC, DCS,
# SOS, PM and APC strings up to their terminator (BEL or ST), or to the end of the text; other
# two-character escapes. Used where text becomes a name (a file name), not shown.
_ESCAPE_SEQUENCES = (
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)


def without_escape_sequences(text: str) -> str:
    """`text` without terminal escape sequences (parameters included); lone controls stay."""
    if text.isprintable():
        return text
    import re

    return re.sub(_ESCAPE_SEQUENCES, "", text)


def strip_escape_sequences(text: str) -> str:
    """`text` without terminal escape sequences (parameters included) or control characters:
    "Kickoff \\x1b]0;pwned\\x07 \\x1b[31mred" is "Kickoff  red"."""
    if text.isprintable():
        return text
    text = without_escape_sequences(text)
    return "".join(c for c in text if not is_control(c) or c in _KEEP)


_UNSAFE_IN_JSON = "[\x7f-\x9f\u2028\u2029\ud800-\udfff]"


def json_safe(encoded: str) -> str:
    """JSON text (from json.dumps with ensure_ascii=False) whose DEL, C1 controls, line and
    paragraph separators and lone surrogates are written as \\u escapes: the same data, but
    nothing a terminal would act on (json escapes C0 itself). These characters can only stand
    inside JSON strings, so escaping them is always valid."""
    if encoded.isascii():
        return encoded
    import re

    return re.sub(_UNSAFE_IN_JSON, lambda m: f"\\u{ord(m.group()):04x}", encoded)
