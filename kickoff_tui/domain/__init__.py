"""The pure domain: agenda, session fold, timing, minutes. Never imports Textual."""
