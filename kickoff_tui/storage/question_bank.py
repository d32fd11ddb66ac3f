"""Load question bank files: the bundled one, the user's own, or one named with --questions.

The same machinery as agendas (compose with marks, then read each value with a NodeReader),
so a bad entry is reported as PATH:LINE:COL: message, every problem in one run, never a
traceback. A bank's text is untrusted: control characters are refused here, and what is
shown later goes through the usual escaping for its output.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.domain.question_bank import ASKED_OF, PHASES, TOPICS, Question, merge, normalise
from kickoff_tui.errors import KickoffError, Problem
from kickoff_tui.paths import bundled_questions_file, user_questions_file
from kickoff_tui.storage.agenda_loader import one_line
from kickoff_tui.storage.node_reader import Field, NodeReader, clip, describe
from kickoff_tui.storage.yaml_marks import compose, read_source
from kickoff_tui.text_safety import char_name, first_bidi_control, first_control

TOP_KEYS = ("questions",)
ENTRY_KEYS = ("id", "question", "phase", "topic", "asked_of", "why")
MAX_TEXT = 240  # a question or its reason is one spoken sentence, not a paragraph
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$")


class QuestionBankError(KickoffError):
    """A question bank file could not be loaded; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if not p.warning] or problems
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(one_line(errors[0].format()) + more)


def check_bank_file(
    path: str | os.PathLike[str], shown: str | None = None, *, source: str = ""
) -> tuple[list[Question] | None, list[Problem]]:
    """(questions, problems) of one bank file; questions is None when it has an error."""
    shown = str(path) if shown is None else shown
    text, problems = read_source(path, shown)
    if text is None:
        return None, problems
    return check_bank_text(text, shown, source=source or shown)


def check_bank_text(
    text: str, shown: str, *, source: str = ""
) -> tuple[list[Question] | None, list[Problem]]:
    composed = compose(text, shown)
    if composed.node is None:
        # an empty file (or one of only comments) is an empty bank, not a mistake
        if all(
            p.line == 0 and p.message.startswith(("is empty", "holds only"))
            for p in composed.problems
        ):
            return [], []
        return None, _tidy(composed.problems)
    reader = NodeReader(shown)
    questions = _bank(reader, composed.node, source or shown)
    problems = _tidy([*composed.problems, *reader.problems])
    if any(not p.warning for p in problems):
        return None, problems
    return questions, problems


def load_bank_file(
    path: str | os.PathLike[str], shown: str | None = None, *, source: str = ""
) -> list[Question]:
    questions, problems = check_bank_file(path, shown, source=source)
    if questions is None:
        raise QuestionBankError(problems)
    return questions


def load_questions(extra: str | None = None) -> list[Question]:
    """The bundled bank, then the user's own (when the file exists), then `extra` (a file
    named on the command line), each overriding what came before. Raises QuestionBankError."""
    questions = load_bank_file(bundled_questions_file(), source="bundled")
    user = user_questions_file()
    if user.is_file():
        questions = merge(questions, load_bank_file(user))
    if extra is not None:
        if not Path(extra).exists():
            raise KickoffError(f"{extra}: no such question bank file")
        questions = merge(questions, load_bank_file(extra))
    return questions


def load_for_meeting() -> tuple[list[Question], str]:
    """For the live meeting, which must never stop for a bad file: the questions, and a
    one-line warning ("" when none) when the user's bank could not be used."""
    try:
        return load_questions(), ""
    except KickoffError as error:
        warning = f"Your question bank was not loaded: {error}"
    try:
        bundled = load_bank_file(bundled_questions_file(), source="bundled")
    except KickoffError:
        return [], warning
    return bundled, warning


def _tidy(problems: list[Problem]) -> list[Problem]:
    unique = dict.fromkeys(p.with_message(one_line(p.message)) for p in problems)
    return sorted(unique, key=lambda p: (p.line, p.col))


# ----- the schema ----------------------------------------------------------------------------


def _bank(reader: NodeReader, root: Node, source: str) -> list[Question]:
    reader.refuse_unsafe_tags(root)
    if isinstance(root, SequenceNode):
        reader.error(root, "the top level is a list; start the file with 'questions:' above it")
        return []
    fields = reader.mapping(root, "the question bank", TOP_KEYS)
    if fields is None:
        return []
    if "questions" not in fields:
        reader.missing(root, "the question bank", "questions", "questions: with a list under it")
        return []
    node = fields["questions"][1]
    if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
        return []
    if not isinstance(node, SequenceNode):
        reader.error(
            node,
            f"questions must be a list, found {describe(node)}; "
            "start each entry with '- question: ...'",
        )
        return []
    found: list[Question] = []
    ids: dict[str, Node] = {}
    texts: dict[str, Node] = {}
    for position, entry in enumerate(node.value, start=1):
        read = _entry(reader, entry, position, source)
        if read is None:
            continue
        question, fields = read
        if question.id and _repeated(reader, ids, question.id, fields["id"][1], "id"):
            continue
        if _repeated(reader, texts, normalise(question.text), fields["question"][1], "question"):
            continue
        found.append(question)
    return found


def _repeated(reader: NodeReader, seen: dict[str, Node], key: str, node: Node, what: str) -> bool:
    """True (after an error) when an earlier entry in this file has the same id or text."""
    earlier = seen.get(key)
    if earlier is None:
        seen[key] = node
        return False
    line = earlier.start_mark.line + 1 if earlier.start_mark is not None else 0
    if what == "id":
        reader.error(node, f"id: '{clip(key)}' is already used at line {line}; ids are unique")
    else:
        reader.error(node, f"question: the same question as at line {line}; keep one of them")
    return True


def _entry(
    reader: NodeReader, node: Node, position: int, source: str
) -> tuple[Question, dict[str, Field]] | None:
    what = f"question {position}"
    if not isinstance(node, MappingNode):
        hint = "; write its keys as lines like 'question: ...'" if node.tag.endswith(":str") else ""
        reader.error(node, f"{what} must be a mapping of keys, found {describe(node)}{hint}")
        return None
    errors_before = len(reader.problems)
    fields = reader.mapping(node, what, ENTRY_KEYS)
    if fields is None:
        return None
    text = _line(reader, fields, node, what, "question", required=True)
    why = _line(reader, fields, node, what, "why", required=False)
    phase = _word(reader, fields, node, what, "phase", PHASES)
    topic = _word(reader, fields, node, what, "topic", TOPICS)
    asked_of = _asked_of(reader, fields)
    entry_id = ""
    if "id" in fields:
        entry_id = (reader.text(fields["id"][1], "id") or "").strip()
        if entry_id and not _ID.match(entry_id):
            reader.error(
                fields["id"][1],
                f"id: '{clip(entry_id)}' must be letters, digits, '-', '_' or '.' "
                "(at most 60), e.g. 'kickoff-03'",
            )
    if len(reader.problems) > errors_before or not (text and phase and topic):
        return None
    return Question(text, phase, topic, asked_of, why or "", entry_id, source), fields


def _line(
    reader: NodeReader, fields: dict[str, Field], node: Node, what: str, key: str, *, required: bool
) -> str | None:
    """One line of plain text: runs of whitespace become one space; control characters and
    overlong text are refused."""
    if key not in fields:
        if required:
            reader.missing(node, what, key, "Who has the final say on scope?")
        return None
    value_node = fields[key][1]
    raw = reader.text(value_node, key)
    if raw is None:
        return None
    control = first_control(raw, allowed="\t\n")  # layout: folded into single spaces below
    if control is not None:
        reader.error(value_node, f"{key}: control character {char_name(control)} is not allowed")
        return None
    bidi = first_bidi_control(raw)
    if bidi is not None:
        reader.warn(
            value_node,
            f"{key}: bidi control {char_name(bidi)} changes the order text is shown in; "
            "remove it unless the text needs it",
        )
    text = " ".join(raw.split())
    if required and not text:
        reader.error(value_node, f"{key} is empty; write the question as you would ask it")
        return None
    if len(text) > MAX_TEXT:
        reader.error(
            value_node,
            f"{key}: {len(text)} characters; keep it to one sentence ({MAX_TEXT} at most)",
        )
        return None
    return text


def _word(
    reader: NodeReader,
    fields: dict[str, Field],
    node: Node,
    what: str,
    key: str,
    allowed: tuple[str, ...],
) -> str | None:
    if key not in fields:
        reader.missing(node, what, key, allowed[0])
        return None
    value = reader.choice(fields[key][1], key, allowed)
    if value == "":
        reader.error(fields[key][1], f"{key} is empty; write one of: {', '.join(allowed)}")
        return None
    return value


def _asked_of(reader: NodeReader, fields: dict[str, Field]) -> tuple[str, ...]:
    """`asked_of: client` or `asked_of: [client, sponsor]`."""
    if "asked_of" not in fields:
        return ()
    node = fields["asked_of"][1]
    entries = node.value if isinstance(node, SequenceNode) else [node]
    words: list[str] = []
    for entry in entries:
        word = reader.choice(entry, "asked_of", ASKED_OF)
        if word and word not in words:
            words.append(word)
    return tuple(words)
