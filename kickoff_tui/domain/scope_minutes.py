"""Minutes sections for the `scope` and `trade-offs` exercises.

Listed in domain/exercise_minutes.py's SECTIONS with the other exercises: left out when the
exercise never ran, one line when it ran with nothing recorded. Every user string goes
through kickoff_tui.domain.markdown.
"""

from __future__ import annotations

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.exercises.common import SCOPE, ran
from kickoff_tui.domain.exercises.scope import IN, Line, scope
from kickoff_tui.domain.exercises.success import BLOCK, CONCERNS
from kickoff_tui.domain.exercises.trade_offs import TradeOffs, ran_items, trade_offs
from kickoff_tui.domain.minutes_context import MinutesContext, per_item

RULE = "at most one fixed, at least one flexible"


# ----- scope --------------------------------------------------------------------------------


def _why(line: Line) -> str:
    """Why the line is not yet aligned, as the bullet under the table says it."""
    note = md.inline(line.note)
    if line.verdict == BLOCK:
        return "blocked" + (f": {note}" if note else "")
    if line.verdict == CONCERNS:
        return "concerns" + (f": {note}" if note else "")
    return "in scope without the client's agreement"


def scope_section(ctx: MinutesContext) -> list[str]:
    session = ctx.session
    if not ran(session, SCOPE):
        return []
    state = scope(session)
    if not state.lines:
        return ["No scope lines recorded."]
    lines = [
        "| # | Section | Line | Verdict | Note |",
        "| ---: | --- | --- | --- | --- |",
    ]
    for number, line in enumerate(state.lines, start=1):
        section = f"**{line.section}**" if line.section == IN else line.section
        verdict = line.verdict or "no verdict"
        cells = [str(number), section, md.cell(line.text), verdict, md.cell(line.note)]
        lines.append(md.table_row(cells))
    open_lines = [
        (number, line)
        for number, line in enumerate(state.lines, start=1)
        if line.flags or line.open_concern
    ]
    if not open_lines:
        return [*lines, "", "**Every in-scope line was agreed; nothing is blocked.**"]
    lines += ["", f"**Not yet aligned ({len(open_lines)} of {len(state.lines)}):**", ""]
    lines += [
        f"- **{number}. {md.inline(line.text) or '(no text)'}** ({line.section}) — {_why(line)}"
        for number, line in open_lines
    ]
    return lines


# ----- trade-offs ---------------------------------------------------------------------------


def trade_offs_section(ctx: MinutesContext) -> list[str]:
    session = ctx.session
    return per_item(session, ran_items(session), lambda i: _sliders(trade_offs(session, i)))


def _sliders(state: TradeOffs) -> list[str]:
    lines = ["| Constraint | Setting | Note |", "| --- | --- | --- |"]
    for slider in state.sliders:
        cells = [md.cell(slider.name), slider.setting or "not set", md.cell(slider.note)]
        lines.append(md.table_row(cells))
    lines.append("")
    if state.broken:
        lines.append(f"**Rule broken** ({RULE}): {'; '.join(state.broken)}.")
    elif state.unset:
        unset = ", ".join(md.inline(s.name) for s in state.unset)
        lines.append(f"**Not set:** {unset}.")
    else:
        lines.append(f"**The rule holds:** {RULE}.")
    return lines
