"""The item screen's stylesheet, as its DEFAULT_CSS: the convention every screen follows.

Textual parses a screen's DEFAULT_CSS when the screen first mounts, so the lobby's first frame
never pays for this, without a hand-added stylesheet in the app. The rules are scoped to
ItemScreen (only its widgets carry these ids).
"""

ITEM_CSS = """
    /* kickoff: the room reads this on a shared screen, so contrast and size come first. */

    ItemScreen {
        layout: vertical;
    }

    #topbar {
        height: 1;
        background: $primary-background;
        padding: 0 1;
    }
    #meeting-title {
        width: 1fr;
        margin-right: 2; /* a long title is cut with "…" this far from "Item 2 of 4" */
        text-style: bold;
    }
    #item-count {
        width: auto;
        text-style: bold;
        color: $text-accent;
    }

    #item-title {
        height: 1;
        width: 100%;
        padding: 0 1;
        text-style: bold;
        background: $accent 30%;
    }

    #body {
        height: 1fr;
    }
    #main {
        width: 1fr;
    }
    #upper {
        height: 50%;
        min-height: 8;
    }
    #info {
        width: 1fr;
        padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    #clock {
        align: center middle;
        width: 58%;
        min-width: 26;
        max-width: 110;
        padding: 0 1;
    }
    #countdown {
        color: $success;
    }
    #countdown.-warning {
        color: $warning;
    }
    #countdown.-over {
        color: $error;
    }
    TimeBar.-warning {
        color: $warning;
    }
    TimeBar.-over {
        color: $error;
    }
    #clock-caption {
        width: 100%;
        content-align: center middle;
        text-style: bold;
    }
    #clock-caption.-warning {
        color: $warning;
    }
    #clock-caption.-over {
        color: $error;
    }

    #entries {
        height: 1fr;
        border: none;
        border-top: solid $primary;
        border-title-align: left;
        border-title-color: $text-primary;
        background: $surface;
        padding: 0;
    }
    #entries:focus {
        border-top: solid $accent;
    }

    #sidebar {
        border-left: solid $primary;
        background: $surface;
    }

    #status {
        height: 1;
        padding: 0 1;
        background: $panel;
    }

    #capture {
        height: 1;
        background: $boost;
    }
    #capture-kind {
        width: auto;
    }
    #capture-input {
        width: 1fr;
    }
    #capture-hint {
        width: auto;
        max-width: 50%;
        padding: 0 1;
    }

    /* 80 columns: the clock keeps room for two-row-tall digits; the item text wraps beside it */
    ItemScreen.-narrow #clock {
        width: 44;
    }
"""
