"""The review screen's stylesheet, as its DEFAULT_CSS (the convention item_css.py states)."""

REVIEW_CSS = """
    ReviewScreen #review-head {
        height: auto;
        padding: 0 1;
        background: $boost;
    }
    ReviewScreen #review-title {
        width: 100%;  /* one line, cut with "…" */
        text-style: bold;
        color: $accent;
    }
    ReviewScreen #review-next-meeting {
        width: 100%;  /* one line, cut with "…" */
    }
    ReviewScreen #review-flags {
        text-style: bold;
        color: $success;
    }
    ReviewScreen #review-flags.-flagged {
        color: $warning;
    }
    ReviewScreen #review-body {
        layout: vertical;
        height: 1fr;
    }
    ReviewScreen.-wide #review-body {
        layout: horizontal;
    }
    ReviewScreen .pane {
        padding: 0 1;
    }
    /* narrow: the read-back takes the room it needs (up to 40% of the height), timing the rest */
    ReviewScreen #read-back-pane {
        height: auto;
    }
    ReviewScreen #read-back {
        max-height: 40vh;
    }
    ReviewScreen #timing-pane {
        height: 1fr;
        margin-top: 1;
    }
    ReviewScreen.-wide .pane {
        height: 100%;
        margin-top: 0;
    }
    ReviewScreen.-wide #read-back {
        max-height: 1fr;
    }
    ReviewScreen.-wide #timing-pane {
        margin-top: 0;
    }
    ReviewScreen.-wide #read-back-pane {
        width: 3fr;
    }
    ReviewScreen.-wide #timing-pane {
        width: 2fr;
    }
    ReviewScreen .pane-title {
        text-style: bold;
        background: $primary 30%;
        padding: 0 1;
    }
    ReviewScreen DataTable {
        height: auto;
        max-height: 1fr;
    }
    ReviewScreen #read-back-empty {
        color: $text-muted;
        padding: 0 1;
    }
    ReviewScreen #edit-bar {
        height: auto;
        display: none;
        border-top: solid $accent;
    }
    ReviewScreen #edit-bar.-editing {
        display: block;
    }
    ReviewScreen #edit-input {
        background: $boost;
        text-style: bold;
    }
    ReviewScreen #edit-hint {
        color: $text-muted;
        padding: 0 1;
    }
    """
