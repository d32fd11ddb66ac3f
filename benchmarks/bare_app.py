"""The Textual floor: a bare app with Header, Static and Footer, measured beside kickoff."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Bare Textual app ready")
        yield Footer()


if __name__ == "__main__":
    BareApp().run()
