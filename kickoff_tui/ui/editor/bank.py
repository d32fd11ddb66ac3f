"""The question bank in the editor: a chosen question joins the item's prompts (#17).

The same bank and picker as the live meeting's (storage/question_bank.py,
ui/screens/question_bank.py), filtered by the item's `questions:` topics; prompts it already
has are ticked. A bad user bank never stops the editor: one line, and the bundled bank opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kickoff_tui.domain.question_bank import TOPICS, Question
from kickoff_tui.ui.editor import item_edits

if TYPE_CHECKING:
    from kickoff_tui.ui.editor.app import EditorApp


def open_bank(app: EditorApp, index: int, added: Callable[[list[str]], None] | None) -> None:
    from kickoff_tui.storage.question_bank import load_for_meeting
    from kickoff_tui.ui.screens.question_bank import QuestionBankScreen

    items = app.state.view.items
    if not 0 <= index < len(items):
        return
    questions, warning = load_for_meeting()
    if warning:
        app.notify(warning, severity="warning", timeout=8, markup=False)
    raw_topics = items[index].get("questions")
    topics = raw_topics if isinstance(raw_topics, list) else [raw_topics]
    known = tuple(t for t in topics if t in TOPICS)

    def chosen(question: Question | None) -> None:
        if question is None:
            return
        if added is not None:
            added([question.text])
            return
        count = item_edits.add_prompts(app.state, index, [question.text])
        app.repaint()
        what = "added to" if count else "already in"
        app.notify(f"Question {what} item {index + 1}'s prompts.", timeout=3, markup=False)

    screen = QuestionBankScreen(
        questions,
        known,
        item_edits.prompts_of(app.state, index),
        enter_does="adds it to the prompts",
        marked="in prompts",
    )
    app.push_screen(screen, chosen)
