"""The minutes as one self-contained HTML file, to email or print.

Rendered from our own Markdown minutes by markdown-it-py (CommonMark + GFM tables) with
html=False, so any HTML in captured text is shown as text, and links limited to http, https
and mailto (never javascript:). The page holds its CSS (with a print stylesheet) and its
pictures as inline SVG; it has no script, and a Content-Security-Policy that would block one,
and loads nothing from outside the file. Text kickoff writes itself goes through
html_text.escape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kickoff_tui.domain.exercises import TITLES
from kickoff_tui.domain.exercises.common import STAKEHOLDER_MAP
from kickoff_tui.domain.minutes import render
from kickoff_tui.exports import Source
from kickoff_tui.exports.html_pictures import stakeholder_grid, timing_bars
from kickoff_tui.exports.html_text import escape

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

SAFE_SCHEMES = ("http://", "https://", "mailto:")
USED_RULES = [
    *("heading", "paragraph", "list", "table", "blockquote"),  # blocks
    *("text", "newline", "escape", "entity", "emphasis", "backticks", "autolink", "link"),
]
# sections long enough to start on a new page when printed
NEW_PAGE = frozenset(("Notes", *TITLES.values()))
AGENDA_SECTION = "Agenda and timing"
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

CSS = """
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1b; background: #fff; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-bottom: .3rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; }
table { border-collapse: collapse; margin: .5rem 0; width: 100%; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f1f1; }
blockquote { border-left: 4px solid #c9a400; margin: 1rem 0; padding: .2rem 1rem;
  background: #fffbe6; }
code { background: #f3f3f3; padding: 0 .2rem; }
a { color: #0645ad; }
svg.picture { display: block; width: 100%; height: auto; margin: .5rem 0 1rem;
  font: 12px system-ui, sans-serif; }
svg .label, svg .name { fill: #1b1b1b; }
svg .value, svg .axis { fill: #555; }
svg .planned { fill: none; stroke: #777; }
svg .actual { fill: #3b7dd8; }
svg .over { fill: #d8613b; }
svg .cell { fill: #fafafa; stroke: #999; }
svg .hot { fill: #fff1e6; stroke: #999; }
/* Printing: no page size is forced, so A4 and Letter both work; margins fit either. */
@page { margin: 16mm 15mm; }
@media print {
  body { font-size: 10.5pt; max-width: none; margin: 0; padding: 0; background: #fff; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; }
  h2.new-page { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, li, svg.picture, blockquote { break-inside: avoid; }
  th, blockquote, svg .hot { background: #fff; }
}
"""


def parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # deferred: only the HTML export needs it

    # CommonMark's rules for what our minutes are made of, and no others: indented code, fences,
    # rules, link definitions and raw HTML never come out of domain/minutes.py, and skipping
    # their checks on every line halves the time for a 2,000-entry meeting.
    md = MarkdownIt("zero", {"html": False}).enable(USED_RULES)
    md.validateLink = _safe_link  # type: ignore[method-assign]
    return md


def _safe_link(url: str) -> bool:
    return url.strip().lower().startswith(SAFE_SCHEMES)


def body(source: Source) -> str:
    """The minutes' Markdown without its YAML front matter, as HTML, with the pictures."""
    # the pictures are SVG here, not Mermaid
    text = render(source.session, diagrams=False, record=source.record)
    if text.startswith("---\n"):
        text = text[4:].split("\n---\n", 1)[1]
    md = parser()
    tokens = md.parse(text)
    pictures = _pictures(source) if source.diagrams else {}
    html: str = md.renderer.render(_placed(tokens, pictures), md.options, {})
    return html


def _pictures(source: Source) -> dict[str, str]:
    record = source.record
    found = {AGENDA_SECTION: timing_bars(record), TITLES[STAKEHOLDER_MAP]: stakeholder_grid(record)}
    return {title: svg for title, svg in found.items() if svg}


def _placed(tokens: list[Token], pictures: dict[str, str]) -> list[Token]:
    """Mark the big sections for page breaks; put each picture under its section's heading."""
    from markdown_it.token import Token

    placed: list[Token] = []
    for index, token in enumerate(tokens):
        placed.append(token)
        if token.type != "heading_close" or token.tag != "h2":
            continue
        title = tokens[index - 1].content
        if title in NEW_PAGE:
            tokens[index - 2].attrSet("class", "new-page")
        if title in pictures:
            placed.append(Token("html_block", "", 0, content=pictures[title] + "\n"))
    return placed


def write(source: Source) -> str:
    title = source.record.meeting.title or "Kickoff minutes"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{escape(source.record.generator)}">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"{body(source)}</body>\n</html>\n"
    )
