"""WCAG contrast of each theme, computed from the colours the app is styled with.

The pairs are what kickoff's stylesheets put on what (item_css.py, the room screen, the status
line, the footer): the countdown in each state on the screen's background, text on every
background it sits on. high-contrast must reach WCAG AAA (7:1) for all of them; the projector
and light themes at least AA (4.5:1), and 7:1 for the projector's text.
"""

from __future__ import annotations

import pytest
from live_app import live_meeting
from textual.color import Color

from kickoff_tui.domain.clock import FakeClock
from kickoff_tui.settings import ThemeChoice
from kickoff_tui.ui.app import KickoffApp

COUNTDOWN = [  # the big clock and its caption: normal, warning, overtime; PAUSED is reversed
    ("success", "background"),
    ("warning", "background"),
    ("error", "background"),
    ("background", "warning"),
]
TEXT = [
    ("text", "background"),
    ("text", "surface"),  # the entries, the sidebar
    ("text", "panel"),  # the status line, the room's top line
    ("text", "boost"),  # the capture bar
    ("text", "primary-background"),  # the top bar
    ("text-accent", "primary-background"),  # "Item 2 of 7"
    ("text", "primary"),  # the room view's title band
    ("text", "accent 30%"),  # the console's item title band
    ("text-muted", "background"),
    ("text-muted", "surface"),
    ("text-primary", "surface"),  # the entries' "Captured" title
    ("error", "panel"),  # "Past plan by", "3:00 behind"
    ("success", "panel"),  # "on time", "ahead"
    ("footer-key-foreground", "footer-background"),
    ("footer-description-foreground", "footer-background"),
]
MINIMUM = {  # (countdown, text)
    "high-contrast": (7.0, 7.0),
    "projector": (4.5, 4.5),
    "light": (4.5, 4.5),
}


def luminance(colour: Color) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)


def contrast(one: Color, other: Color) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_gives_the_known_ratios() -> None:
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(Color(0x77, 0x77, 0x77), white) == pytest.approx(4.48, abs=0.01)
    assert contrast(Color(255, 0, 0), black) == pytest.approx(5.25, abs=0.01)


def theme_colours(name: str) -> dict[str, str]:
    """The CSS variables the app is styled with in this theme (the app's own computation)."""
    meeting, _ = live_meeting(FakeClock())
    return KickoffApp(meeting, bell=False, theme=ThemeChoice(name)).get_css_variables()


def resolve(variables: dict[str, str], spec: str, under: Color) -> Color:
    """A variable (or "name N%") as drawn over `under`: alphas blended, "auto" resolved."""
    name, _, percent = spec.partition(" ")
    value = variables[name]
    if value.startswith("auto"):  # Textual's contrast text: white or black at an alpha
        alpha = float(value.split()[1].rstrip("%")) / 100 if " " in value else 1.0
        return under + under.get_contrast_text(alpha)
    colour = Color.parse(value)
    if percent:
        colour = colour.multiply_alpha(float(percent.rstrip("%")) / 100)
    return under + colour if colour.a < 1 else colour


def ratios(name: str, pairs: list[tuple[str, str]]) -> dict[str, float]:
    variables = theme_colours(name)
    background = Color.parse(variables["background"])
    found = {}
    for fore, back in pairs:
        behind = resolve(variables, back, background)
        found[f"{fore} on {back}"] = contrast(resolve(variables, fore, behind), behind)
    return found


@pytest.mark.parametrize("name", list(MINIMUM))
def test_the_countdown_in_every_state_and_the_text_reach_the_themes_contrast(name: str) -> None:
    countdown, text = MINIMUM[name]
    low = {pair: round(r, 2) for pair, r in ratios(name, COUNTDOWN).items() if r < countdown}
    low |= {pair: round(r, 2) for pair, r in ratios(name, TEXT).items() if r < text}
    assert low == {}


def test_high_contrast_is_wcag_aaa_with_room_to_spare_for_the_countdown() -> None:
    assert min(ratios("high-contrast", COUNTDOWN).values()) >= 8.0


def test_the_projectors_text_is_aaa_its_status_colours_stay_saturated() -> None:
    texts = ratios("projector", [pair for pair in TEXT if pair[0].startswith("text")])
    assert min(texts.values()) >= 7.0


def test_the_default_look_is_not_what_passes() -> None:
    """The check can fail: Textual's dark theme (kickoff's default) has a 3.4:1 red."""
    assert ratios("default", [("error", "background")])["error on background"] < 4.5
