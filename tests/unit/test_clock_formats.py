"""The clock texts are one format_clock with two presets; their output is unchanged (#11.5)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kickoff_tui.domain.durations import format_clock
from kickoff_tui.ui.widgets.formatting import clock_text, short_duration


def old_format_clock(seconds: float) -> str:
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    sign = "-" if seconds < 0 and whole else ""
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def old_clock_text(seconds: float) -> str:
    total = int(max(0.0, seconds))
    minutes, secs = divmod(total, 60)
    if minutes >= 100:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def old_short_duration(seconds: float) -> str:
    total = int(abs(seconds))
    minutes, secs = divmod(total, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


seconds = st.floats(min_value=-30 * 3600, max_value=30 * 3600) | st.sampled_from(
    [0, 0.5, -0.5, 59.9, 60, 3599, 3600, 5999, 6000, -1, -3600]
)


@given(seconds)
def test_every_clock_text_is_what_it_was(value: float) -> None:
    assert format_clock(value) == old_format_clock(value)
    assert clock_text(value) == old_clock_text(value)
    assert short_duration(value) == old_short_duration(value)


def test_the_presets_read_as_before() -> None:
    assert [format_clock(3725), clock_text(3725), short_duration(3725)] == [
        "1:02:05",
        "62:05",
        "1:02:05",
    ]
    assert [format_clock(-65), clock_text(-65), short_duration(-65)] == ["-01:05", "00:00", "1:05"]
