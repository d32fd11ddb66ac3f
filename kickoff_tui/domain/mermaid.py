"""Mermaid pictures for the Markdown minutes: the stakeholder map as a quadrantChart and the
planned-against-actual time per item as an xychart-beta. GitHub, GitLab, Obsidian and Notion
draw them; the tables stay underneath for every other reader.

Mermaid has no escape that every renderer honours inside a label, so `label` is the one
escaping rule here: it keeps letters, digits, spaces and plain punctuation that no Mermaid
grammar gives a meaning to, and turns everything else into a space. A name can never close a
string, start a comment (%%), a new statement (newline, ;) or the Markdown fence (```).
"""

from __future__ import annotations

from collections.abc import Sequence

from kickoff_tui.domain import markdown as md
from kickoff_tui.text_cells import cut

LABEL_CHARS = 30  # terminal cells: a wide (CJK, emoji) character counts two
_KEPT = frozenset(" .,!?()'-/+*_@")
POWER_AT = {"low": 0.15, "medium": 0.4, "high": 0.85}  # medium counts as less powerful
PROXIMITY_AT = {"far": 0.2, "near": 0.6, "core": 0.85}  # near and core count as near
_SPREAD = 0.05  # how far apart people in the same place are drawn


def label(text: str, limit: int = LABEL_CHARS) -> str:
    """Text safe anywhere in a Mermaid diagram: one line, no syntax characters, short."""
    kept = "".join(
        c if c.isalnum() or c in _KEPT else " " for c in md.clean(text).replace("&", " and ")
    )
    return cut(" ".join(kept.split()), limit)  # by cells, never inside a grapheme


def fenced(lines: list[str]) -> list[str]:
    return ["```mermaid", *lines, "```"]


def timing_chart(titles: Sequence[str], planned: Sequence[int], actual: Sequence[int]) -> list[str]:
    """Bars for each item's timebox, a line for the time it took, in minutes."""
    names = ", ".join(f'"{label(t) or str(n)}"' for n, t in enumerate(titles, start=1))
    top = max([*planned, *actual, 60]) / 60
    return fenced(
        [
            "xychart-beta",
            '    title "Planned (bars) and actual (line) minutes per item"',
            f"    x-axis [{names}]",
            f'    y-axis "Minutes" 0 --> {_minutes(round(top * 60))}',
            f"    bar [{', '.join(_minutes(s) for s in planned)}]",
            f"    line [{', '.join(_minutes(s) for s in actual)}]",
        ]
    )


def _minutes(seconds: int) -> str:
    return f"{seconds / 60:.1f}".removesuffix(".0")


def stakeholder_quadrant(people: Sequence[tuple[str, str, str]]) -> list[str]:
    """(name, power, proximity) for each placed stakeholder, as points on the power × proximity
    map; people in the same place are spread a little so that every name shows."""
    lines = [
        "quadrantChart",
        "    title Stakeholder map",
        "    x-axis Far from the project --> Close to the project",
        "    y-axis Less powerful --> Powerful",
        "    quadrant-1 Manage closely",
        "    quadrant-2 Keep satisfied",
        "    quadrant-3 Monitor",
        "    quadrant-4 Keep informed",
    ]
    seen: dict[tuple[str, str], int] = {}
    for name, power, proximity in people:
        place = (power, proximity)
        count = seen.get(place, 0)
        seen[place] = count + 1
        x = PROXIMITY_AT[proximity] + (count % 3 - 1) * _SPREAD
        y = POWER_AT[power] - (count // 3) * _SPREAD
        lines.append(f'    "{label(name) or "unnamed"}": [{_unit(x)}, {_unit(y)}]')
    return fenced(lines)


def _unit(value: float) -> str:
    return f"{min(0.98, max(0.02, value)):.2f}"
