"""Fit the room view's details into the rows it has, saying how many lines did not fit.

The details are blocks (an optional heading over its lines). Each line's height is measured
wrapped at the panel's width; when everything does not fit, the last row says "… and N more"
(N counts the lines left out, headings aside) and a heading is shown only with at least one of
its lines under it, so the room never reads a heading over nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content

MORE_STYLE = "dim italic"


@dataclass(frozen=True)
class Block:
    heading: Content | None
    lines: tuple[Content, ...]


def _height(line: Content, width: int) -> int:
    return max(1, len(line.wrap(max(1, width))))


def more_line(hidden: int) -> Content:
    return Content.assemble((f"… and {hidden} more", MORE_STYLE))


def fitted(blocks: list[Block], rows: int, width: int) -> Content:
    """The blocks as one Content that takes at most `rows` rows at `width` cells."""
    blocks = [block for block in blocks if block.lines]
    every = [line for block in blocks for line in (block.heading, *block.lines) if line]
    if sum(_height(line, width) for line in every) <= rows:
        return Content("\n").join(every)
    room = max(0, rows - 1)  # the last row says what is left out
    shown: list[Content] = []
    lines_shown = 0
    for block in blocks:
        head = [block.heading] if block.heading is not None else []
        need = sum(_height(line, width) for line in (*head, block.lines[0]))
        if need > room:
            break
        shown += head
        room -= need - _height(block.lines[0], width)
        full = True
        for line in block.lines:
            height = _height(line, width)
            if height > room:
                full = False
                break
            shown.append(line)
            lines_shown += 1
            room -= height
        if not full:
            break
    hidden = sum(len(block.lines) for block in blocks) - lines_shown
    return Content("\n").join([*shown, more_line(hidden)])
