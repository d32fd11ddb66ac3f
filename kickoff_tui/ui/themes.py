"""kickoff's themes: the default look, and three for rooms (projector, light, high-contrast).

They are Textual themes, registered on the console and the room view in place of Textual's own
(so the command palette's theme switch offers these four). settings.THEMES names them for the
commands that validate a name before Textual is imported; a test checks the two agree.

- projector: black background (a projector's black is its darkest, whatever the room does),
  white text, and fully saturated status colours, which keep their hue when a washed-out
  projector lifts every dark colour to grey; body text is bold (THEME_CSS).
- light: dark text on white, for bright rooms; status colours dark enough to read on white.
- high-contrast: WCAG AAA, at least 7:1 for the text and the countdown in every state against
  what they sit on (tests/ui/test_theme_contrast.py computes it from these colours, and
  tests/ui/test_theme_cells.py from every cell each screen draws).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from rich.terminal_theme import TerminalTheme
from textual.app import App
from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme

from kickoff_tui.settings import DEFAULT_THEME
from kickoff_tui.text_safety import escaped_line

# Opaque text, not Textual's "auto 87%": what the contrast test computes is what is drawn.
_WHITE_TEXT = {"text": "#FFFFFF", "text-muted": "#D0D0D0", "text-disabled": "#A0A0A0"}

THEME_CSS = """
/* projector: the item's title band solid, and the text the room reads in bold */
.-theme-projector #item-title { background: $primary; color: $text; }
.-theme-projector #info, .-theme-projector #status, .-theme-projector #room-top,
.-theme-projector #room-details, .-theme-projector #room-captures,
.-theme-projector #room-progress { text-style: bold; }
"""


def _palette(*colours: str) -> TerminalTheme:
    """A TerminalTheme from background, foreground, then the 8 ANSI colours black..white."""
    rgb = [Color.parse(colour).rgb for colour in colours]
    return TerminalTheme(rgb[0], rgb[1], rgb[2:], rgb[2:])


# black, red, green, yellow, blue, magenta, cyan, white: red, green and yellow are the theme's
# error, success and warning; blue, magenta and cyan light enough (dark on light) to read.
# Built when a theme needs one (the default start builds none).
@cache
def ansi_palettes() -> dict[str, TerminalTheme]:
    return {
        "projector": _palette(
            "#000000", "#FFFFFF",
            "#000000", "#FF3030", "#00E000", "#FFE600", "#8AB4FF", "#FF6BFF", "#00D7FF", "#FFFFFF",
        ),
        "light": _palette(
            "#FFFFFF", "#1A1A1A",
            "#1A1A1A", "#C4141F", "#17762F", "#9A5B00", "#0A4A8F", "#8B1A8B", "#006B75", "#1A1A1A",
        ),
        "high-contrast": _palette(
            "#000000", "#FFFFFF",
            "#000000", "#FF8C8C", "#3DFF6E", "#FFD700", "#A8C8FF", "#FF9BFF", "#7FFFFF", "#FFFFFF",
        ),
    }  # fmt: skip


def kickoff_themes() -> list[Theme]:
    return [
        replace(BUILTIN_THEMES["textual-dark"], name=DEFAULT_THEME),  # the look kickoff had
        Theme(
            name="projector",
            primary="#0033CC",
            secondary="#0033CC",
            accent="#00D7FF",
            warning="#FFE600",
            error="#FF3030",
            success="#00E000",
            foreground="#FFFFFF",
            background="#000000",
            surface="#0A0A0A",
            panel="#1A1A1A",
            dark=True,
            variables={**_WHITE_TEXT, "text-disabled": "#E0E0E0", "text-primary": "#8AB4FF"},
        ),
        Theme(
            name="light",
            primary="#0A4A8F",
            secondary="#3A5F8A",
            accent="#6A1FD0",
            warning="#9A5B00",
            error="#C4141F",
            success="#17762F",
            foreground="#1A1A1A",
            background="#FFFFFF",
            surface="#F2F2F2",
            panel="#EBEBEB",
            dark=False,  # text stays Textual's "auto": black on the light colours, white on blue
            variables={
                "primary-background": "#D3E3F5",  # the top bar: light, dark text on it
                "text-disabled": "#5E5E5E",  # hints and unavailable keys: 4.5:1 on the panel
            },
        ),
        Theme(
            name="high-contrast",
            primary="#002E99",
            secondary="#002E99",
            accent="#FFFF00",
            warning="#FFD700",
            error="#FF8C8C",
            success="#3DFF6E",
            foreground="#FFFFFF",
            background="#000000",
            surface="#000000",
            panel="#141414",
            dark=True,
            variables={
                **_WHITE_TEXT,
                "text-muted": "#C8C8C8",
                "text-disabled": "#FFFFFF",  # widgets dim it again: 7:1 still
                "text-primary": "#A8C8FF",
                # the selected row: a dark band, underlined, so every colour on it keeps 7:1
                "block-cursor-background": "#1A1A1A",
                "block-cursor-foreground": "#FFFFFF",
                "block-cursor-text-style": "bold underline",
                "block-cursor-blurred-background": "#1A1A1A",
                "block-cursor-blurred-text-style": "underline",
            },
        ),
    ]


def use_kickoff_themes(app: App[Any], name: str) -> None:
    """Offer kickoff's themes only and start in `name`; called from the app's __init__.

    The name is set without the theme's watcher: nothing is styled yet, and the watcher would
    restyle the whole app a second time right after its first frame. What the watcher would do
    is done here instead: the stylesheet's colours (App.__init__ took them from the theme it
    started in), the classes (`-theme-NAME`, which kickoff's CSS uses) and the ANSI palette.
    """
    started_in = app.theme  # Textual's own start: textual-dark unless TEXTUAL_THEME says
    for builtin in list(app.available_themes):
        app.unregister_theme(builtin)
    for theme in kickoff_themes():
        app.register_theme(theme)
    app.set_reactive(App.theme, name)
    if not (name == DEFAULT_THEME and started_in == "textual-dark"):  # else the same colours
        app.stylesheet.set_variables(app.get_css_variables())
    dark = app.current_theme.dark
    app.set_class(True, f"-theme-{name}", update=False)
    app.set_class(dark, "-dark-mode", update=False)
    app.set_class(not dark, "-light-mode", update=False)
    if name != DEFAULT_THEME:  # the default keeps Textual's, which the app starts with
        use_ansi_palette(app, name)


def use_ansi_palette(app: App[Any], name: str) -> None:
    """ANSI colour names ("bold red" in the exercise tables) drawn in the theme's own colours.

    Textual maps them through one palette per kind of theme (dark, light); each kickoff theme
    has its own, so red is the theme's error colour and keeps its contrast. Set without the
    palette's watcher (it would restyle the app once more): a theme change restyles anyway.
    """
    from kickoff_tui.ui.textual_private import refresh_ansi_colours, textual_ansi_palettes

    dark = app.current_theme.dark
    palette = ansi_palettes().get(name) or textual_ansi_palettes()[0 if dark else 1]
    if palette is not (app.ansi_theme_dark if dark else app.ansi_theme_light):
        app.set_reactive(App.ansi_theme_dark if dark else App.ansi_theme_light, palette)
        refresh_ansi_colours(app)


def save_theme_choice(app: App[Any], file: Path | None, name: str) -> None:
    """Save the theme picked in the command palette; a failure is one toast, never a crash."""
    if file is None:
        return
    from kickoff_tui.settings import SettingsError, save_theme

    try:
        save_theme(file, name)
    except SettingsError as error:
        reason = str(error)
    except OSError as error:
        reason = f"{escaped_line(str(file))}: {error.strerror or error}"
    else:
        return
    app.notify(f"Theme {name} is on for now, not saved: {reason}", severity="error", markup=False)
