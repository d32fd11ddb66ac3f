"""The pictures of the HTML minutes, drawn as inline SVG by kickoff (no JavaScript, nothing
loaded): the planned-against-actual bars per item and the stakeholder map.

Every label goes through html_text.escape. Sizes are in user units; the SVG scales to the
page width (viewBox), so it prints the same on A4 and Letter.
"""

from __future__ import annotations

from kickoff_tui.domain.durations import format_duration
from kickoff_tui.domain.record import MeetingRecord, StakeholderRecord, one_line
from kickoff_tui.exports.html_text import escape

WIDTH = 680
ROW = 26
LABEL = 230  # the item titles' column
LABEL_CHARS = 34
POWERS = ("high", "medium", "low")  # top to bottom
PROXIMITIES = ("far", "near", "core")  # left to right: the project's centre on the right
NAMES_PER_CELL = 4


def _short(text: str, limit: int) -> str:
    return one_line(text, limit)


def timing_bars(record: MeetingRecord) -> str:
    """One row per item: a hollow bar for the timebox, a filled one for the time spent."""
    items = record.items
    if not any(item.covered for item in items):
        return ""
    longest = max(max(i.timebox_seconds, i.actual_seconds) for i in items) or 1
    scale = (WIDTH - LABEL - 90) / longest
    height = ROW * len(items) + 30
    parts = [
        f'<svg class="picture" viewBox="0 0 {WIDTH} {height}" role="img" '
        'aria-labelledby="timing-title" xmlns="http://www.w3.org/2000/svg">',
        '<title id="timing-title">Planned against actual time per agenda item</title>',
    ]
    for row, item in enumerate(items):
        y = 10 + row * ROW
        planned = item.timebox_seconds * scale
        actual = item.actual_seconds * scale
        over = item.actual_seconds > item.timebox_seconds
        label = f"{item.number}. {_short(item.title, LABEL_CHARS)}"
        spent = format_duration(item.actual_seconds) if item.covered else "not covered"
        parts += [
            f'<text x="0" y="{y + 14}" class="label">{escape(label)}</text>',
            f'<rect x="{LABEL}" y="{y + 2}" width="{planned:.1f}" height="16" class="planned"/>',
            f'<rect x="{LABEL}" y="{y + 6}" width="{actual:.1f}" height="8" '
            f'class="{"over" if over else "actual"}"/>',
            f'<text x="{LABEL + max(planned, actual) + 6:.1f}" y="{y + 14}" class="value">'
            f"{escape(spent)} / {escape(format_duration(item.timebox_seconds))}</text>",
        ]
    legend_y = height - 6
    parts += [
        f'<rect x="{LABEL}" y="{legend_y - 10}" width="14" height="10" class="planned"/>',
        f'<text x="{LABEL + 18}" y="{legend_y}" class="value">timebox</text>',
        f'<rect x="{LABEL + 90}" y="{legend_y - 8}" width="14" height="6" class="actual"/>',
        f'<text x="{LABEL + 108}" y="{legend_y}" class="value">time spent</text>',
        f'<rect x="{LABEL + 190}" y="{legend_y - 8}" width="14" height="6" class="over"/>',
        f'<text x="{LABEL + 208}" y="{legend_y}" class="value">over the timebox</text>',
        "</svg>",
    ]
    return "\n".join(parts)


def stakeholder_grid(record: MeetingRecord) -> str:
    """Power (rows, high at the top) by proximity (columns, core on the right), names inside."""
    placed = [s for s in record.stakeholder_map or () if s.power and s.proximity]
    if not placed:
        return ""
    left, top, cell_w, cell_h = 70, 10, 200, 100
    height = top + 3 * cell_h + 40
    parts = [
        f'<svg class="picture" viewBox="0 0 {left + 3 * cell_w + 10} {height}" role="img" '
        'aria-labelledby="map-title" xmlns="http://www.w3.org/2000/svg">',
        '<title id="map-title">Stakeholder map: power by proximity to the project</title>',
    ]
    for row, power in enumerate(POWERS):
        y = top + row * cell_h
        parts.append(
            f'<text x="{left - 8}" y="{y + cell_h / 2:.0f}" class="axis" '
            f'text-anchor="end">{power}</text>'
        )
        for column, proximity in enumerate(PROXIMITIES):
            x = left + column * cell_w
            shade = "hot" if power == "high" and proximity != "far" else "cell"
            parts.append(
                f'<rect x="{x}" y="{y}" width="{cell_w}" height="{cell_h}" class="{shade}"/>'
            )
            here = [s for s in placed if s.power == power and s.proximity == proximity]
            parts += _names(here, x + 8, y + 20)
    for column, proximity in enumerate(PROXIMITIES):
        middle = left + column * cell_w + cell_w // 2
        parts.append(
            f'<text x="{middle}" y="{top + 3 * cell_h + 18}" class="axis" '
            f'text-anchor="middle">{proximity}</text>'
        )
    parts += [
        f'<text x="{left}" y="{height - 4}" class="value">rows: power; columns: proximity '
        "to the project</text>",
        "</svg>",
    ]
    return "\n".join(parts)


def _names(people: list[StakeholderRecord], x: int, y: int) -> list[str]:
    shown = people[:NAMES_PER_CELL]
    lines = [
        f'<text x="{x}" y="{y + 18 * n}" class="name">{escape(_short(s.name, 26))}</text>'
        for n, s in enumerate(shown)
    ]
    if len(people) > len(shown):
        more = f"and {len(people) - len(shown)} more"
        lines.append(f'<text x="{x}" y="{y + 18 * len(shown)}" class="value">{more}</text>')
    return lines
