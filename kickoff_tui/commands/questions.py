"""`kickoff questions`: the question bank, filtered, as text, Markdown or YAML prompts.

Exit 0 with the matches, 1 with one line on stderr when nothing matches, 2 for a bad bank
file or an unknown phase or topic. A user's bank is untrusted text: control characters are
refused when it loads, every text line printed still goes through safe_text, and the Markdown
and YAML forms are escaped for their format.
"""

from __future__ import annotations

import argparse
import json
import sys

from kickoff_tui.domain import markdown as md
from kickoff_tui.domain.question_bank import (
    PHASE_TITLES,
    PHASES,
    TOPIC_TITLES,
    TOPICS,
    Question,
    grouped,
    select,
)
from kickoff_tui.errors import KickoffError
from kickoff_tui.storage.node_reader import suggest
from kickoff_tui.storage.question_bank import load_questions
from kickoff_tui.text_safety import safe_text

FORMATS = ("text", "md", "yaml")


def run(args: argparse.Namespace) -> int:
    phases = _known(args.phase or [], PHASES, "phase")
    topics = _known(args.topic or [], TOPICS, "topic")
    search = " ".join(args.search or [])
    found = select(load_questions(args.questions), phases, topics, search)
    if not found:
        print(f"kickoff: no questions match {_filters(phases, topics, search)}", file=sys.stderr)
        return 1
    render = {"text": render_text, "md": render_markdown, "yaml": render_yaml}[args.format]
    print(render(found), end="")
    return 0


def _known(values: list[str], allowed: tuple[str, ...], what: str) -> list[str]:
    words: list[str] = []
    for value in values:
        word = value.strip().lower()
        if word not in allowed:
            hint = suggest(word, allowed) or f"; choose from: {', '.join(allowed)}"
            raise KickoffError(f"unknown {what} '{safe_text(value)}'{hint}")
        words.append(word)
    return words


def _filters(phases: list[str], topics: list[str], search: str) -> str:
    parts = [f"phase {' or '.join(phases)}"] if phases else []
    parts += [f"topic {' or '.join(topics)}"] if topics else []
    parts += [f"the words '{safe_text(search)}'"] if search.strip() else []
    return " and ".join(parts) if parts else "(the bank is empty)"


def _who(question: Question) -> str:
    return ", ".join(question.asked_of)


def render_text(questions: list[Question]) -> str:
    """Grouped under `Phase · Topic` lines; each question, then who to ask and why."""
    lines: list[str] = []
    for phase, topic, group in grouped(questions):
        if lines:
            lines.append("")
        lines.append(f"{PHASE_TITLES[phase]} · {TOPIC_TITLES[topic]}")
        for question in group:
            lines.append(f"  - {safe_text(question.text)}")
            details = [f"ask: {_who(question)}"] if question.asked_of else []
            details += [f"id: {safe_text(question.id)}"] if question.id else []
            details += (
                [f"from {safe_text(question.source)}"] if question.source != "bundled" else []
            )
            if details:
                lines.append(f"    ({'; '.join(details)})")
            if question.why:
                lines.append(f"    why: {safe_text(question.why)}")
    return "\n".join(lines) + "\n"


def render_markdown(questions: list[Question]) -> str:
    """`##` per phase, `###` per phase and topic (unique, as markdownlint's MD024 wants)."""
    lines = ["# Question bank"]
    current_phase = ""
    for phase, topic, group in grouped(questions):
        if phase != current_phase:
            current_phase = phase
            lines += ["", f"## {PHASE_TITLES[phase]}"]
        lines += ["", f"### {PHASE_TITLES[phase]} · {TOPIC_TITLES[topic]}", ""]
        for question in group:
            line = f"- {md.inline(question.text)}"
            if question.asked_of:
                line += f" *(ask: {_who(question)})*"
            if question.why:
                line += f" — {md.inline(question.why)}"
            lines.append(line)
    return "\n".join(lines) + "\n"


def render_yaml(questions: list[Question]) -> str:
    """Ready to paste under an agenda item: `prompts:` with one quoted question a line.

    A JSON string is a valid YAML double-quoted string, with every control character and
    quote escaped; comments name each group and are ignored by the loader.
    """
    lines = ["prompts:"]
    for phase, topic, group in grouped(questions):
        lines.append(f"  # {phase} · {topic}")
        lines += [f"  - {json.dumps(md.clean(q.text), ensure_ascii=False)}" for q in group]
    return "\n".join(lines) + "\n"
