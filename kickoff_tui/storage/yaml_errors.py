"""Turn PyYAML's syntax errors into one line a person can act on, at the place that matters.

PyYAML reports a `context` (the construct it was reading, with where it started) and a
`problem` (what went wrong, with where). For a construct that is never closed, such as a
quoted string, the start is what the user must fix, so that is the line we report.
"""

from __future__ import annotations

import re

import yaml
from yaml.error import Mark

from kickoff_tui.errors import Problem

_CANNOT_START = re.compile(r"found character '(.+)' that cannot start any token")
_FOUND = re.compile(r"expected <block end>, but found '(.+)'")
_FLOW_EXPECTED = re.compile(r"expected '(.)' or '(.)', but got '(.+)'")


def _at(mark: Mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def _where(mark: Mark) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}"


def syntax_problem(exc: yaml.MarkedYAMLError, text: str, shown: str) -> Problem:
    context, problem = exc.context or "", exc.problem or ""
    cmark, pmark = exc.context_mark, exc.problem_mark
    mark, message = _explain(context, problem, cmark, pmark, text)
    if mark is None:
        return Problem(shown, 0, 0, f"YAML error: {message}")
    line, col = _at(mark)
    return Problem(shown, line, col, message)


def _explain(
    context: str, problem: str, cmark: Mark | None, pmark: Mark | None, text: str
) -> tuple[Mark | None, str]:
    """(where to point, what to say) for one PyYAML error."""
    cannot_start = _CANNOT_START.search(problem)
    if cannot_start and pmark is not None:
        char = cannot_start.group(1)
        if char == "\\t":
            return pmark, "a tab character here; YAML indents with spaces only, so use spaces"
        return pmark, f"a value cannot start with '{char}'; put the whole value in quotes"

    if context.startswith("while scanning a quoted scalar") and cmark is not None:
        quote = text_at(text, cmark) or '"'
        if "end of stream" in problem:
            return cmark, f"this quoted text is never closed: add the closing {quote}"
        if "escape" in problem and pmark is not None:
            return pmark, (
                "unknown escape ('\\' sequence) in double quotes; "
                "use single quotes, or write '\\\\' for a backslash"
            )
        return cmark, f"this quoted text is not closed properly: {problem}"

    if problem == "mapping values are not allowed here" and pmark is not None:
        return pmark, (
            "unexpected ': ' here; put the whole value in quotes if it contains ': ', "
            "otherwise check this line's indentation"
        )

    if context.startswith(("while parsing a block mapping", "while parsing a block collection")):
        found = _FOUND.search(problem)
        if found and pmark is not None:
            return pmark, _misaligned(found.group(1), cmark)

    if context.startswith(("while parsing a flow sequence", "while parsing a flow mapping")):
        flow = _FLOW_EXPECTED.search(problem)
        if flow and pmark is not None and flow.group(3) == "?":
            # PyYAML ends unquoted text at '?' inside brackets: questions need quotes there
            return pmark, (
                "a '?' inside [ ] or { } ends the text here; "
                'put entries with a question mark in quotes: ["Who decides?"]'
            )
        if flow and cmark is not None and pmark is not None:
            closer = flow.group(2)
            opener = "[" if closer == "]" else "{"
            return cmark, (
                f"this '{opener}' is not closed with '{closer}' "
                f"(found '{flow.group(3)}' at {_where(pmark)}); "
                "close it, or quote entries that contain , : ? [ ] { }"
            )

    if context.startswith("while scanning an alias") and cmark is not None:
        return (
            cmark,
            "'*' starts an alias (a reference to an '&anchor'); quote text starting with '*'",
        )
    if context.startswith("while scanning an anchor") and cmark is not None:
        return cmark, "'&' starts an anchor; quote text that starts with '&'"
    if problem.startswith("found undefined alias") and pmark is not None:
        return pmark, f"{problem.removeprefix('found ')}: no '&anchor' of that name comes before it"
    if context.startswith("found duplicate anchor") and pmark is not None and cmark is not None:
        name = context.split("'")[1] if "'" in context else "?"
        return pmark, f"anchor '&{name}' is already defined at {_where(cmark)}"

    return _generic(context, problem, cmark, pmark)


def _misaligned(found: str, block: Mark | None) -> str:
    started = f" (the block that starts at line {block.line + 1})" if block is not None else ""
    if found == "-":
        return f"a list item ('- ') where keys were expected; check the indentation{started}"
    if found == "<scalar>":
        return (
            "unexpected text here; if a value starts with a quote, quote the whole value, "
            f"otherwise check the indentation{started}"
        )
    return f"this line is not lined up with the lines above{started}; check its indentation"


def _generic(
    context: str, problem: str, cmark: Mark | None, pmark: Mark | None
) -> tuple[Mark | None, str]:
    if cmark is not None:
        detail = f"{context}: {problem}" if problem else context
        if pmark is not None and (pmark.line, pmark.column) != (cmark.line, cmark.column):
            detail += f" (at {_where(pmark)})"
        return cmark, f"YAML syntax error {detail}"
    return pmark, f"YAML syntax error: {problem or context}"


def text_at(text: str, mark: Mark) -> str:
    """The character at a mark, or '' when the mark is past the text."""
    lines = text.splitlines()
    if mark.line < len(lines) and mark.column < len(lines[mark.line]):
        return lines[mark.line][mark.column]
    return ""


def reader_problem(exc: yaml.reader.ReaderError, text: str, shown: str) -> Problem:
    """PyYAML's reader refuses control characters; it reports an offset, not a line."""
    position = exc.position
    before = text[:position]
    line = before.count("\n") + 1
    col = position - (before.rfind("\n") + 1) + 1
    char = exc.character
    code = char if isinstance(char, int) else ord(char) if char else 0
    message = f"control character U+{code:04X} is not allowed in YAML; remove it"
    return Problem(shown, line, col, message)
