"""Property test: the `## Charter` of minutes full of hostile text reads back as the same text.

The meetings are test_minutes_properties' (hostile agenda, entries, success criteria and scope
lines); the section is parsed with a real CommonMark parser and every block compared with what
the charter should say, text cleaned as the minutes clean it.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from test_minutes_properties import PARSER, _blocks, _section, sessions

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.agenda import SCOPE_SECTIONS, Agenda
from kickoff_tui.domain.charter import SCOPE_LABELS
from kickoff_tui.domain.minutes import render

SHOWN = {"agree": "agreed", "concerns": "concerns", "block": "blocked", "": "no verdict"}
SCOPE_TITLES = ("In", "Out", "Later", "Assumptions", "Constraints")
NOT_AGREED = "not agreed by the client"


def _one_line(text: str) -> str:
    """As every exercise payload is read: on one line, single spaces."""
    return " ".join(text.split())


def _but(text: str, suffix: str) -> str:
    return f"{text}{suffix}" if suffix else text


def _source(agenda: Agenda, exercise: str) -> str:
    title = _one_line(agenda.items[0].title)
    return md.clean(f"{exercise}, item 1: {title}" if title else f"{exercise}, item 1")


def _open(subject: str, status: str, note: str, source: str) -> tuple[str, str]:
    kept = md.clean(note)
    return (
        "li",
        f"{md.clean(subject) or '(no text)'} — {status}{f': {kept}' if kept else ''} ({source})",
    )


def _criteria(facts: dict[str, Any], found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    criteria = [c for c in facts["criteria"] if _one_line(c[0])]  # a blank one is skipped
    if criteria:
        found.append(("p", "Success criteria:"))
    open_ = []
    for raw in criteria:
        measure, target, owner, verdict, note = (_one_line(v) for v in raw)
        line = _but(
            md.clean(measure) or "(no text)", f" — {md.clean(target)}" if md.clean(target) else ""
        )
        line = _but(line, f" (owner {md.clean(owner)})" if md.clean(owner) else "")
        found.append(("li", f"{line}: {SHOWN[verdict]}"))
        if verdict != "agree":
            kept = note if verdict in ("concerns", "block") else ""
            open_.append(
                _open(measure, SHOWN[verdict], kept, _source(facts["agenda"], "Success criteria"))
            )
    return open_


def _scope(facts: dict[str, Any], found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    lines = [(s, _one_line(t), v, _one_line(n)) for s, t, v, n in facts["scope"] if _one_line(t)]
    if lines:
        found.append(("p", "Scope:"))
    open_ = []
    for section, title in zip(SCOPE_SECTIONS, SCOPE_TITLES, strict=True):
        texts = [(t, v, n) for s, t, v, n in lines if s == section]
        if texts:
            found.append(
                ("li", f"{title}: {'; '.join(md.clean(t) or '(no text)' for t, _, _ in texts)}")
            )
        for text, verdict, note in texts:
            flagged = verdict == "block" or (section == "in" and verdict != "agree")
            if flagged or verdict == "concerns":
                status = SHOWN[verdict] if verdict else NOT_AGREED
                kept = note if verdict in ("concerns", "block") else ""
                subject = f"{SCOPE_LABELS[section]}: {text}"
                open_.append(_open(subject, status, kept, _source(facts["agenda"], "Scope")))
    return open_


def expected_charter(facts: dict[str, Any]) -> list[tuple[str, str]]:
    """The charter's blocks as a reader sees them: goal, criteria, scope, risks, not aligned."""
    agenda: Agenda = facts["agenda"]
    found: list[tuple[str, str]] = []
    if md.clean(agenda.meeting.goal):
        found.append(("p", f"Goal: {md.clean(agenda.meeting.goal)}"))
    open_ = _criteria(facts, found)
    open_ += _scope(facts, found)
    risks = [e for e in facts["entries"] if e[0] == "risk"][:3]
    if risks:
        found.append(("p", "Top risks:"))
    for _, _, body, owner, _ in risks:
        line = f"{md.clean(body) or '(no text)'} — not rated"
        found.append(("li", _but(line, f" (owner {md.clean(owner)})" if md.clean(owner) else "")))
    if open_:
        found += [("p", f"Not yet aligned ({len(open_)}):"), *open_]
    return found


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_hostile_charter_renders_as_the_same_text(case: tuple[Any, dict[str, Any]]) -> None:
    session, facts = case
    blocks = _blocks(PARSER.parse(render(session).split("\n---\n", 1)[1]))
    expected = expected_charter(facts)
    if not expected:
        assert ("h2", "Charter") not in blocks
        return
    assert _section(blocks, "Charter") == expected
