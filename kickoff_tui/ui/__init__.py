"""The console app. Importing any part of it makes every text it shows safe: see safe_render."""

from kickoff_tui.ui.safe_render import install_safe_text

install_safe_text()
