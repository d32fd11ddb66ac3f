"""The Textual floor for typing: Header, Static, a compact Input with a label, Footer.

It mirrors kickoff's capture bar (a `Note › ` label, then the input); Enter clears the input
the way committing an entry does, so both apps can be typed into in the same pattern.
"""

from textual import on
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Input, Label, Static


class BareInputApp(App[None]):
    CSS = "Horizontal { height: 1; } Label { width: auto; }"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Bare Textual app ready", id="body")
        with Horizontal():
            yield Label(" Note › ")
            yield Input(compact=True, id="typing")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _clear(self, event: Input.Submitted) -> None:
        event.input.value = ""


if __name__ == "__main__":
    BareInputApp().run()
