"""The question bank: the questions a project lead asks over a project's life, as data.

Pure: the vocabulary (phases, topics, who is asked), the Question record, the rule that decides
when a user's question replaces a bundled one, and filtering. Loading and validating the YAML
files is storage/question_bank.py.
"""

from __future__ import annotations

from kickoff_tui.records import FrozenRecord

TYPE_CHECKING = False  # no typing import at run time: the agenda checker imports TOPICS
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

# In the order a project lives them; listings follow this order.
PHASES = ("sales-handover", "discovery", "kickoff", "delivery", "launch", "after-launch")
TOPICS = (
    "why", "success", "scope", "people-and-decisions", "timeline", "budget", "communication",
    "risks", "onboarding", "fit",
)  # fmt: skip
ASKED_OF = ("client", "team", "sales", "sponsor")

PHASE_TITLES = {
    "sales-handover": "Sales handover",
    "discovery": "Discovery",
    "kickoff": "Kickoff",
    "delivery": "Delivery",
    "launch": "Launch",
    "after-launch": "After launch",
}
TOPIC_TITLES = {
    "why": "Why the project exists",
    "success": "Success",
    "scope": "Scope",
    "people-and-decisions": "People and decisions",
    "timeline": "Timeline",
    "budget": "Budget",
    "communication": "Communication",
    "risks": "Risks",
    "onboarding": "Onboarding",
    "fit": "Fit",
}


class Question(FrozenRecord):
    __match_args__ = ("text", "phase", "topic", "asked_of", "why", "id", "source")
    __slots__ = __match_args__

    text: str
    phase: str
    topic: str
    asked_of: tuple[str, ...]
    why: str  # one line on why it is worth asking; "" when not given
    id: str  # "" when the entry has none
    source: str  # "bundled", or the user bank file it came from

    def __init__(
        self,
        text: str,
        phase: str,
        topic: str,
        asked_of: tuple[str, ...] = (),
        why: str = "",
        id: str = "",
        source: str = "bundled",
    ) -> None:
        self._assign(text, phase, topic, asked_of, why, id, source)


def normalise(text: str) -> str:
    """The words of a question, lowercased, without punctuation: two questions that differ
    only in case, spacing or punctuation are the same question."""
    words = "".join(c.lower() if c.isalnum() else " " for c in text).split()
    return " ".join(words)


def merge(bundled: Sequence[Question], extra: Sequence[Question]) -> list[Question]:
    """The bundled questions with the user's merged in.

    A user question overrides a bundled one (taking its place in the order) when it has the
    same `id`, or the same normalised text; anything else is added at the end.
    """
    merged = list(bundled)
    by_id = {q.id: i for i, q in enumerate(merged) if q.id}
    by_text = {normalise(q.text): i for i, q in enumerate(merged)}
    for question in extra:
        position = by_id.get(question.id) if question.id else None
        if position is None:
            position = by_text.get(normalise(question.text))
        if position is None:
            position = len(merged)
            merged.append(question)
        else:
            old = merged[position]
            by_text.pop(normalise(old.text), None)
            merged[position] = question
        if question.id:
            by_id[question.id] = position
        by_text[normalise(question.text)] = position
    return merged


def search_words(text: str) -> list[str]:
    return normalise(text).split()


def matches(
    question: Question,
    phases: Iterable[str] = (),
    topics: Iterable[str] = (),
    words: Sequence[str] = (),
) -> bool:
    """Every filter given must hold: one of the phases, one of the topics, and every word
    found in the question, its reason, or its phase, topic or audience."""
    phases, topics = tuple(phases), tuple(topics)
    if phases and question.phase not in phases:
        return False
    if topics and question.topic not in topics:
        return False
    if words:
        haystack = normalise(
            " ".join((question.text, question.why, question.phase, question.topic))
            + " "
            + " ".join(question.asked_of)
        )
        return all(word in haystack for word in words)
    return True


def select(
    questions: Iterable[Question],
    phases: Iterable[str] = (),
    topics: Iterable[str] = (),
    search: str = "",
) -> list[Question]:
    """The matching questions, ordered by phase then topic (the bank's own order within)."""
    phases, topics, words = tuple(phases), tuple(topics), search_words(search)
    found = [q for q in questions if matches(q, phases, topics, words)]
    return sorted(found, key=_order)


def grouped(questions: Iterable[Question]) -> list[tuple[str, str, list[Question]]]:
    """(phase, topic, questions) groups in phase and topic order."""
    groups: dict[tuple[str, str], list[Question]] = {}
    for question in sorted(questions, key=_order):
        groups.setdefault((question.phase, question.topic), []).append(question)
    return [(phase, topic, found) for (phase, topic), found in groups.items()]


def _order(question: Question) -> tuple[int, int]:
    return (_index(PHASES, question.phase), _index(TOPICS, question.topic))


def _index(values: tuple[str, ...], value: str) -> int:
    return values.index(value) if value in values else len(values)
