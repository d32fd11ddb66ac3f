"""Figures, their budgets, and the table `make bench` prints."""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    budget: float
    pass_: bool
    how: str = ""
    baseline: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["pass"] = data.pop("pass_")
        if math.isnan(self.value):  # a suite that failed to run: JSON has no NaN
            data["value"] = None
        return data


def within(name: str, value: float, unit: str, budget: float, how: str, **baseline: Any) -> Figure:
    return Figure(name, round(value, 3), unit, budget, value <= budget, how, baseline)


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[rank]


def table(figures: list[Figure]) -> str:
    lines = ["| figure | value | budget | pass | how |", "| --- | --- | --- | --- | --- |"]
    for f in figures:
        mark = "yes" if f.pass_ else "**NO**"
        value, budget = f"{f.value:g} {f.unit}", f"{f.budget:g} {f.unit}"
        lines.append(f"| {f.name} | {value} | {budget} | {mark} | {f.how} |")
    return "\n".join(lines)


def write(figures: list[Figure], path: Path) -> None:
    path.write_text(json.dumps([f.as_json() for f in figures], indent=2) + "\n", encoding="utf-8")
