"""Capture text: the @owner and the due date are found, resolved, and taken out of the body."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kickoff_tui.domain.capture import Capture, complete_owner, parse_capture

WEDNESDAY = date(2026, 11, 25)
PEOPLE = ["Ben Okafor", "Benedict Cole", "Ana Silva", "José Núñez", "Mary-Jane O'Brien"]


def parse(text: str) -> Capture:
    return parse_capture(text, PEOPLE, WEDNESDAY)


# ----- owner ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "owner"),
    [
        ("@ben", "Ben Okafor"),  # exact word beats Benedict's prefix
        ("@Ben", "Ben Okafor"),
        ("@okafor", "Ben Okafor"),
        ("@oka", "Ben Okafor"),
        ("@bene", "Benedict Cole"),
        ("@cole", "Benedict Cole"),
        ("@Ben_Okafor", "Ben Okafor"),
        ("@ben.okafor", "Ben Okafor"),
        ("@ben_o", "Ben Okafor"),
        ("@ana", "Ana Silva"),
        ("@jose", "José Núñez"),  # accents need not be typed
        ("@nunez", "José Núñez"),
        ("@obrien", "Mary-Jane O'Brien"),
        ("@mary-jane", "Mary-Jane O'Brien"),
        ("@jane", "Mary-Jane O'Brien"),
        ("@mary_jane_obrien", "Mary-Jane O'Brien"),
    ],
)
def test_owner_matches_a_person_by_name_word_or_prefix(typed: str, owner: str) -> None:
    capture = parse(f"{typed} send the deck")
    assert (capture.owner, capture.owner_known, capture.body) == (owner, True, "send the deck")


def test_exact_full_name_wins_over_a_longer_name_it_prefixes() -> None:
    people = ["Ann Lee", "Ann Leeds"]
    assert parse_capture("@ann_lee call", people, WEDNESDAY).owner == "Ann Lee"
    assert parse_capture("@ann_lee call", people, WEDNESDAY).owner_known


def test_ambiguous_owner_is_kept_as_typed_and_flagged() -> None:
    capture = parse("@b send the deck")  # Ben or Benedict
    assert (capture.owner, capture.owner_known) == ("b", False)
    twins = parse_capture("@ben go", ["Ben Okafor", "Ben Smith"], WEDNESDAY)
    assert (twins.owner, twins.owner_known) == ("ben", False)


def test_unknown_owner_is_accepted_and_flagged_with_underscores_read_as_spaces() -> None:
    capture = parse("@Zed_Park book the room")
    assert (capture.owner, capture.owner_known, capture.body) == (
        "Zed Park",
        False,
        "book the room",
    )


def test_no_owner_means_known_and_empty() -> None:
    capture = parse("Budget is fixed")
    assert (capture.owner, capture.owner_known, capture.body) == ("", True, "Budget is fixed")


def test_owner_anywhere_and_only_the_first_at_name_is_the_owner() -> None:
    capture = parse("Sync budget with finance @ana @ben")
    assert capture.owner == "Ana Silva"
    assert capture.body == "Sync budget with finance @ben"
    first = parse("@ana sync with @ben")
    assert (first.owner, first.body) == ("Ana Silva", "sync with @ben")


def test_email_addresses_and_a_lone_at_are_not_owners() -> None:
    capture = parse("mail ben@acme.com @ the end")
    assert (capture.owner, capture.body) == ("", "mail ben@acme.com @ the end")


def test_punctuation_around_the_owner_is_tidied() -> None:
    assert parse("@ana: send the deck").body == "send the deck"
    assert parse("Send the deck (@ana).").body == "Send the deck."
    assert parse("Send the deck @okafor, then rest").body == "Send the deck, then rest"


def test_no_people_means_every_owner_is_unknown() -> None:
    capture = parse_capture("@ben go", [], WEDNESDAY)
    assert (capture.owner, capture.owner_known) == ("ben", False)


def test_complete_owner() -> None:
    assert complete_owner("b", PEOPLE) == ["Ben Okafor", "Benedict Cole"]
    assert complete_owner("@BEN", PEOPLE) == ["Ben Okafor", "Benedict Cole"]
    assert complete_owner("o", PEOPLE) == ["Ben Okafor", "Mary-Jane O'Brien"]
    assert complete_owner("cole", PEOPLE) == ["Benedict Cole"]
    assert complete_owner("x", PEOPLE) == []
    assert complete_owner("", PEOPLE) == PEOPLE
    # full-name matches come before word matches
    assert complete_owner("a", ["Sam Adams", "Ana Silva"]) == ["Ana Silva", "Sam Adams"]


# ----- due dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "due", "due_text"),
    [
        ("@ben send deck fri", "send deck", "2026-11-27", "fri"),
        ("Send deck @okafor by Friday.", "Send deck.", "2026-11-27", "Friday"),
        ("@ben draft SOW due 2026-12-01", "draft SOW", "2026-12-01", "2026-12-01"),
        ("2026-12-01 draft SOW", "draft SOW", "2026-12-01", "2026-12-01"),
        ("draft +3d SOW", "draft SOW", "2026-11-28", "+3d"),
        ("review +1w", "review", "2026-12-02", "+1w"),
        ("invoice eom please", "invoice please", "2026-11-30", "eom"),
        ("report eow", "report", "2026-11-27", "eow"),
        ("call legal tomorrow @ana", "call legal", "2026-11-26", "tomorrow"),
        ("check next week", "check", "2026-12-04", "next week"),
        ("send deck due: fri", "send deck", "2026-11-27", "fri"),
        ("due:fri send", "send", "2026-11-27", "fri"),
        ("send deck due by mon", "send deck", "2026-11-30", "mon"),
        ("send it due 12-01", "send it", "2026-12-01", "12-01"),
        ("send it by Fri 4 Dec", "send it", "2026-12-04", "Fri 4 Dec"),
        ("send it 4 dec", "send it", "2026-12-04", "4 dec"),
        ("Send deck (fri).", "Send deck.", "2026-11-27", "fri"),
        ("Send deck, fri.", "Send deck.", "2026-11-27", "fri"),
    ],
)
def test_due_dates_are_resolved_and_removed(text: str, body: str, due: str, due_text: str) -> None:
    capture = parse(text)
    assert (capture.body, capture.due, capture.due_text) == (body, due, due_text)
    assert capture.text == text


@pytest.mark.parametrize(
    ("text", "body", "due_text"),
    [
        ("book room 2026-02-30", "book room", "2026-02-30"),
        ("book room 2026-13-01", "book room", "2026-13-01"),
        ("pay invoice due someday", "pay invoice", "someday"),
        ("pay invoice due: later today-ish", "pay invoice today-ish", "later"),
        ("support due 1/12", "support", "1/12"),
        ("support by 31/12", "support", "31/12"),
        ("due thu 4 dec", "", "thu 4 dec"),
        ("send 30 feb", "send", "30 feb"),
        ("hand over due +2m", "hand over", "+2m"),
        ("plan +999999mo", "plan", "+999999mo"),
    ],
)
def test_unreadable_dates_are_flagged_not_dropped(text: str, body: str, due_text: str) -> None:
    capture = parse(text)
    assert (capture.body, capture.due, capture.due_text) == (body, "", due_text)


@pytest.mark.parametrize(
    "text",
    [
        "Demo on Friday went well",
        "Friday's demo went well",
        "Ship Friday?",
        "Payment due to delays",
        "Payment due on delivery",
        "The report is due",
        "decided by the client",
        "10-12 people attend",
        "24/7 support",
        "extend the demo +2m",
        "Workshop on 4 Dec went well",
        "We may review it",
        "next steps agreed",
    ],
)
def test_ordinary_words_are_not_swallowed(text: str) -> None:
    capture = parse(text)
    assert (capture.body, capture.due, capture.due_text) == (text, "", "")


def test_the_first_date_wins_and_later_ones_stay_in_the_body() -> None:
    capture = parse("move review from 2026-12-01 to 2026-12-08")
    assert capture.due == "2026-12-01"
    assert capture.body == "move review from to 2026-12-08"


def test_a_bad_iso_date_after_a_good_one_stays_in_the_body() -> None:
    capture = parse("ship fri 2026-02-30")
    assert capture.due == ""  # the first date found is the bad one, and it is flagged
    assert capture.due_text == "2026-02-30"
    assert capture.body == "ship fri"


def test_owner_and_due_together_with_the_due_keyword_around_the_owner() -> None:
    capture = parse("due @ben fri: send the SOW")
    assert (capture.owner, capture.due, capture.body) == (
        "Ben Okafor",
        "2026-11-27",
        "send the SOW",
    )
    capture = parse("@ben send the SOW due fri")
    assert (capture.owner, capture.due, capture.body) == (
        "Ben Okafor",
        "2026-11-27",
        "send the SOW",
    )


@pytest.mark.parametrize(
    ("text", "body", "due", "due_text"),
    [
        # the @owner mid-sentence, before or after the due words
        ("Send the SOW @ben by fri", "Send the SOW", "2026-11-27", "fri"),
        ("@ben to send SOW by friday", "to send SOW", "2026-11-27", "friday"),
        ("Send the SOW @ben by Friday, please", "Send the SOW, please", "2026-11-27", "Friday"),
        ("ask @ana by fri about the budget", "ask about the budget", "2026-11-27", "fri"),
        ("Send the SOW by fri @ben", "Send the SOW", "2026-11-27", "fri"),
        ("Send the SOW to @ben due by mon", "Send the SOW to", "2026-11-30", "mon"),
        ("Send the SOW @ben by next week", "Send the SOW", "2026-12-04", "next week"),
        ("Send the SOW @ben by 4 dec", "Send the SOW", "2026-12-04", "4 dec"),
        # the phrases people say around a deadline
        ("Send the SOW @ben by this fri", "Send the SOW", "2026-11-27", "this fri"),
        ("Send the SOW @ben this Friday", "Send the SOW", "2026-11-27", "this Friday"),
        ("@ben send SOW by end of week", "send SOW", "2026-11-27", "end of week"),
        ("@ben send SOW by the end of the week.", "send SOW.", "2026-11-27", "the end of the week"),
        ("@ana invoice end of month", "invoice", "2026-11-30", "end of month"),
        ("Launch the portal on fri @ben", "Launch the portal", "2026-11-27", "fri"),
        ("Launch on Friday.", "Launch.", "2026-11-27", "Friday"),
    ],
)
def test_due_phrases_are_read_wherever_the_owner_is(
    text: str, body: str, due: str, due_text: str
) -> None:
    capture = parse(text)
    assert (capture.body, capture.due, capture.due_text) == (body, due, due_text)
    expected_owner = ("Ben Okafor", True) if "@ben" in text else ("Ana Silva", True)
    assert (capture.owner, capture.owner_known) == (expected_owner if "@" in text else ("", True))


@pytest.mark.parametrize(
    "text",
    [
        "Send the SOW @ben by fri",
        "@ben to send SOW by friday",
        "Send SOW @ben by end of week",
        "Launch on fri",
    ],
)
def test_only_action_items_take_due_dates(text: str) -> None:
    capture = parse_capture(text, PEOPLE, WEDNESDAY, action=False)
    assert (capture.due, capture.due_text) == ("", "")
    assert capture.body == text.replace("@ben", "Ben Okafor")


def test_on_stays_when_the_date_does_not_close_the_text() -> None:
    capture = parse("comment on eom report")  # "on" belongs to "comment", not to the date
    assert (capture.body, capture.due) == ("comment on report", "2026-11-30")
    assert parse("Ship on Friday?").due == ""  # a question sets no date


# ----- properties ----------------------------------------------------------------------------

_filler = st.lists(
    st.sampled_from(["send", "the", "SOW", "draft", "to", "legal", "review", "with", "budget"]),
    min_size=1,
    max_size=6,
)
_keyed_due = st.sampled_from(
    [
        ("by fri", "2026-11-27"),
        ("by Friday", "2026-11-27"),
        ("by this fri", "2026-11-27"),
        ("by tomorrow", "2026-11-26"),
        ("by next week", "2026-12-04"),
        ("by end of week", "2026-11-27"),
        ("by the end of the month", "2026-11-30"),
        ("by 4 dec", "2026-12-04"),
        ("due fri", "2026-11-27"),
        ("due by mon", "2026-11-30"),
        ("by 2026-12-01", "2026-12-01"),
        ("by +3d", "2026-11-28"),
    ]
)
_owners = st.sampled_from([("@ben", "Ben Okafor"), ("@Ben_Okafor", "Ben Okafor"), ("@zed", "zed")])


@given(_filler, _owners, _keyed_due, st.data())
def test_a_keyed_due_date_is_read_wherever_the_owner_and_the_date_sit(
    filler: list[str], owner: tuple[str, str], keyed: tuple[str, str], data: st.DataObject
) -> None:
    words = list(filler)
    words.insert(data.draw(st.integers(0, len(words)), label="owner at"), owner[0])
    words.insert(data.draw(st.integers(0, len(words)), label="due at"), keyed[0])
    text = " ".join(words)
    capture = parse(text)
    assert (capture.owner, capture.due) == (owner[1], keyed[1])
    assert capture.body == " ".join(filler)
    note = parse_capture(text, PEOPLE, WEDNESDAY, action=False)
    assert (note.due, note.due_text) == ("", "")


_words = st.sampled_from(
    ["@ben", "@zed", "@", "fri", "due", "due:", "by", "next", "week", "4", "dec", "eom", "+3d",
     "2026-02-30", "2026-12-01", "(", ")", ",", ".", "?", "send", "deck", "Friday's", "+2m", "1/12"]
)  # fmt: skip


@given(st.one_of(st.text(max_size=60), st.lists(_words, max_size=10).map(" ".join)))
def test_parse_never_raises_and_keeps_its_promises(text: str) -> None:
    capture = parse(text)
    assert capture.text == text
    assert capture.body == capture.body.strip()
    assert "  " not in capture.body
    if capture.due:
        assert date.fromisoformat(capture.due)
        assert capture.due_text
    if capture.owner_known and capture.owner:
        assert capture.owner in PEOPLE
    if capture.owner:
        assert "@" in text
    if not capture.owner and not capture.due_text:
        assert capture.body == " ".join(text.split())  # nothing found: nothing removed


@given(st.text(max_size=40))
def test_complete_owner_never_raises(prefix: str) -> None:
    assert set(complete_owner(prefix, PEOPLE)) <= set(PEOPLE)


@pytest.mark.parametrize(
    ("text", "body", "owner"),
    [
        ("Dirty data @ana", "Dirty data", "Ana Silva"),  # a closing mention names the owner
        ("Dirty data @ana.", "Dirty data.", "Ana Silva"),
        ("@ben prefers email", "Ben Okafor prefers email", "Ben Okafor"),  # part of the sentence
        ("Ask @ana about SSO", "Ask Ana Silva about SSO", "Ana Silva"),
        ("@ana", "Ana Silva", "Ana Silva"),  # nothing else said: the name is the text
        ("Vendor late @zed", "Vendor late", "zed"),  # unknown, still the owner, flagged elsewhere
    ],
)
def test_outside_actions_a_mention_reads_in_the_sentence_unless_it_closes_it(
    text: str, body: str, owner: str
) -> None:
    parsed = parse_capture(text, PEOPLE, date(2026, 11, 25), action=False)
    assert (parsed.body, parsed.owner, parsed.due) == (body, owner, "")
