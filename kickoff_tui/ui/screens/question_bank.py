"""QuestionBankScreen: pick a question from the bank to put to the room.

Opens filtered to the current item's topics (its `questions:` in the agenda; every topic when
it names none) and narrows as you type. One OptionList holds every line, headings included,
so a long bank costs no more widgets than a short one. Dismisses with the chosen Question,
or None on Esc. The bank is read when the screen opens: never before the first frame.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from kickoff_tui.domain.question_bank import (
    PHASE_TITLES,
    TOPIC_TITLES,
    Question,
    grouped,
    normalise,
    select,
)
from kickoff_tui.ui.screens.journaled import journaled

if TYPE_CHECKING:
    from textual.screen import Screen

    from kickoff_tui.meeting import LiveMeeting


class QuestionBankScreen(ModalScreen["Question | None"]):
    DEFAULT_CSS = """
    QuestionBankScreen {
        align: center middle;
        background: $background 60%;
    }
    QuestionBankScreen > #bank-box {
        width: 96;
        max-width: 100%;
        height: 90%;
        padding: 0 1;
        border: thick $accent;
        border-title-style: bold;
        background: $surface;
    }
    QuestionBankScreen #bank-list {
        height: 1fr;
    }
    QuestionBankScreen #bank-detail {
        padding: 0 1;
        height: auto;
        max-height: 3;
    }
    QuestionBankScreen #bank-hint {
        color: $text-muted;
        padding: 0 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close the question bank"),
        Binding("ctrl+t", "toggle_topics", "This item's topics / every topic"),
        Binding("down", "move(1)", "Next question", show=False),
        Binding("up", "move(-1)", "Previous question", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
    ]

    def __init__(
        self,
        questions: list[Question],
        topics: tuple[str, ...],
        asked: Iterable[str] = (),
        *,
        enter_does: str = "asks",
        marked: str = "asked",
    ) -> None:
        """`enter_does` and `marked` word the hint and the ✓ (the editor adds prompts)."""
        super().__init__()
        self.enter_does = enter_does
        self.marked = marked
        self.questions = questions
        self.topics = topics
        self.every_topic = not topics
        self.asked = {normalise(text) for text in asked}
        self.shown: list[Question] = []

    def compose(self) -> ComposeResult:
        box = Vertical(id="bank-box")
        box.border_title = "Question bank"
        with box:
            yield Input(placeholder="Type words to search", id="bank-search")
            yield OptionList(id="bank-list", compact=True)
            yield Static("", id="bank-detail")
            yield Static("", id="bank-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).can_focus = False  # typing always goes to the search
        self.query_one(Input).focus()
        self._fill()

    @on(Input.Changed, "#bank-search")
    def _search(self) -> None:
        self._fill()

    def _fill(self) -> None:
        search = self.query_one(Input).value
        topics = () if self.every_topic else self.topics
        self.shown = select(self.questions, topics=topics, search=search)
        self.shown = [q for _, _, group in grouped(self.shown) for q in group]  # list order
        options: list[Option] = []
        position = 0  # an option's id is its question's place in self.shown
        for phase, topic, group in grouped(self.shown):
            heading = f"{PHASE_TITLES[phase]} · {TOPIC_TITLES[topic]}"
            options.append(Option(Content.styled(heading, "bold reverse"), disabled=True))
            for question in group:
                options.append(Option(self._line(question), id=str(position)))
                position += 1
        if not options:
            wider = "" if self.every_topic else "; ctrl+t searches every topic"
            options.append(Option(Content(f"No question matches{wider}."), disabled=True))
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        option_list.highlighted = first
        self._detail(option_list.highlighted_option)
        self._hint()

    def _line(self, question: Question) -> Content:
        if normalise(question.text) in self.asked:
            return Content.assemble(question.text, (f"  ✓ {self.marked}", "$success"))
        return Content(question.text)

    @on(OptionList.OptionHighlighted, "#bank-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._detail(event.option)

    def _detail(self, option: Option | None) -> None:
        """Who to ask and why, for the highlighted question: the list stays one line each."""
        parts: list[str | tuple[str, str]] = []
        if option is not None and option.id is not None:
            question = self.shown[int(option.id)]
            if question.asked_of:
                parts += [("Ask ", "bold"), ", ".join(question.asked_of)]
            if question.why:
                parts += ["  " if parts else "", ("Why ", "bold"), question.why]
        self.query_one("#bank-detail", Static).update(Content.assemble(*parts))

    def _hint(self) -> None:
        scope = "every topic" if self.every_topic else "topics: " + ", ".join(self.topics)
        toggle = " · ctrl+t " + ("item's topics" if self.every_topic else "every topic")
        toggle = toggle if self.topics else ""
        count = f"{len(self.shown)} question{'' if len(self.shown) == 1 else 's'}"
        self.query_one("#bank-hint", Static).update(
            Content(f"{count} · {scope} · Enter {self.enter_does} · Esc closes{toggle}")
        )

    @on(Input.Submitted, "#bank-search")
    def _submitted(self) -> None:
        self._pick(self.query_one(OptionList).highlighted_option)

    @on(OptionList.OptionSelected, "#bank-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._pick(event.option)

    def _pick(self, option: Option | None) -> None:
        if option is not None and option.id is not None and not option.disabled:
            self.dismiss(self.shown[int(option.id)])

    def action_move(self, step: int) -> None:
        option_list = self.query_one(OptionList)
        (option_list.action_cursor_down if step > 0 else option_list.action_cursor_up)()

    def action_page(self, step: int) -> None:
        option_list = self.query_one(OptionList)
        if step > 0:
            option_list.action_page_down()  # type: ignore[no-untyped-call]
        else:
            option_list.action_page_up()  # type: ignore[no-untyped-call]

    def action_toggle_topics(self) -> None:
        if self.topics:
            self.every_topic = not self.every_topic
            self._fill()

    def action_cancel(self) -> None:
        self.dismiss(None)


def open_question_bank(
    screen: Screen[Any], meeting: LiveMeeting, changed: Callable[[], None]
) -> None:
    """Open the bank for the current item. A chosen question is journaled through `journaled`
    (the one path for a failed write), then `changed` repaints the screen. A bad user bank
    never stops the meeting: one line says why, and the bundled bank opens instead."""
    from kickoff_tui.storage.question_bank import load_for_meeting

    questions, warning = load_for_meeting()
    if warning:
        screen.notify(warning, severity="warning", timeout=8, markup=False)
    session = meeting.session
    index = max(0, session.current)
    asked = {q.text for q in session.asked_in_item(index)}

    def chosen(question: Question | None) -> None:
        if question is not None and journaled(screen, lambda: meeting.ask_question(question)):
            changed()

    topics = session.agenda.items[index].questions
    screen.app.push_screen(QuestionBankScreen(questions, topics, asked), chosen)
