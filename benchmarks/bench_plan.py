"""`kickoff plan` of a 300-item agenda against `kickoff check` of the same file (#14).

Both read, compose and check the whole agenda; plan also parses its arguments (argparse) and
renders the Markdown timetable. The budget keeps plan a check plus a little, not a second app.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.bench_cli import alternate, kickoff_program
from benchmarks.results import Figure, median, within

RUNS = 15
ITEMS = 300


def big_agenda(folder: Path) -> Path:
    """300 one-minute items (5 hours: a length stays within 8 hours), each with an owner,
    a goal and two prompts, so the timetable has every column to fill."""
    lines = ["meeting:", "  title: Big agenda", f"  length: {ITEMS}m", "people:"]
    lines += ["  - name: Ana Ruiz", "  - name: Ben Okafor", "items:"]
    for n in range(ITEMS):
        lines += [f"  - title: Item {n}", "    timebox: 1 min", f"    goal: Goal number {n}"]
        lines += [f"    owner: {'Ana Ruiz' if n % 2 else 'Ben Okafor'}"]
        lines += ["    prompts: [What first?, Who decides?]"]
    path = folder / "big.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def measure(work: Path) -> Figure:
    agenda = big_agenda(work)
    program = kickoff_program()
    plan = [*program, "plan", str(agenda), "--start", "09:00"]  # stdout not a tty: Markdown
    check = [*program, "check", str(agenda)]
    ours, base = alternate(plan, check, RUNS)
    ratio = median(ours) / median(base)
    return within(
        f"kickoff plan / check ({ITEMS} items)",
        ratio,
        "x",
        1.5,
        f"median of {RUNS} alternating runs",
        plan_ms=round(median(ours) * 1000, 1),
        check_ms=round(median(base) * 1000, 1),
    )
