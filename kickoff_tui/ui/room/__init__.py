"""The read-only room view: `kickoff present` (its own app and screen, reusing the console's
countdown and entry tags). See docs/room-view.md."""
