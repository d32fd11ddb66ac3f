"""PasteGuard: inside a bracketed paste an ESC is text (␛), however the reads are split."""

from __future__ import annotations

from textual import events

from kickoff_tui.ui.paste_guard import PasteGuard, PasteGuardParser

START, END = "\x1b[200~", "\x1b[201~"
HOSTILE = "cap \x1b]0;pwned\x07 then \x1b[2J and \x1b[201 not the end \x1b"
STREAM = f"n\x1b[Aab{START}{HOSTILE}{END}\x1bz tail{START}second \x1b{END}\r"


def guarded(chunks: list[str]) -> str:
    guard = PasteGuard()
    return "".join(guard.filter(chunk) for chunk in chunks) + guard.flush()


def test_escs_inside_a_paste_become_visible_and_the_rest_is_untouched() -> None:
    want = STREAM.replace(HOSTILE, HOSTILE.replace("\x1b", "\u241b")).replace(
        "second \x1b", "second \u241b"
    )
    assert guarded([STREAM]) == want
    assert want.count("\x1b") == STREAM.count("\x1b") - HOSTILE.count("\x1b") - 1


def test_the_same_whichever_way_the_reads_are_split() -> None:
    whole = guarded([STREAM])
    for cut in range(1, len(STREAM)):
        assert guarded([STREAM[:cut], STREAM[cut:]]) == whole, cut
    assert guarded(list(STREAM)) == whole  # one character per read


def test_the_parser_makes_one_paste_event_holding_all_of_it() -> None:
    parser = PasteGuardParser()
    got = [*parser.feed(f"{START}{HOSTILE}{END}"), *parser.feed("x")]
    pastes = [e.text for e in got if isinstance(e, events.Paste)]
    keys = [e.key for e in got if isinstance(e, events.Key)]
    assert pastes == [HOSTILE.replace("\x1b", "\u241b")]
    assert keys == ["x"]  # nothing inside the paste became a key
