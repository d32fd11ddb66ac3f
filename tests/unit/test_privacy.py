"""domain/privacy.py: the one declaration of what is private, and both audiences following it."""

from __future__ import annotations

from dataclasses import fields

import pytest

from kickoff_tui.domain import privacy
from kickoff_tui.domain.agenda import Agenda, Item, Meeting, Person
from kickoff_tui.domain.pre_read import markdown_timetable, pre_read
from kickoff_tui.domain.public_view import PublicItem, PublicPerson


def test_the_room_sees_quadrants_but_the_pre_read_withholds_power_and_proximity() -> None:
    assert privacy.withheld("person", "room") == {"attitude", "notes"}
    assert privacy.withheld("person", "pre-read") == {"attitude", "notes", "power", "proximity"}
    assert privacy.withheld("item", "room") == {"notes"}
    assert privacy.withheld("item", "pre-read") == {"notes", "checklist"}
    assert "stakeholder" not in privacy.public_kinds() and "note" in privacy.public_kinds()


def test_showing_a_withheld_field_is_refused() -> None:
    with pytest.raises(ValueError, match="pre-read may not show the person fields power"):
        privacy.shown("person", ("name", "power"), "pre-read")
    assert privacy.shown("item", ("checklist",), "room") == ("checklist",)


def test_the_room_records_carry_no_private_field() -> None:
    assert not privacy.withheld("item", "room") & {f.name for f in fields(PublicItem)}
    assert not privacy.withheld("person", "room") & {f.name for f in fields(PublicPerson)}


def test_no_field_the_pre_read_withholds_reaches_it() -> None:
    person = Person(
        "Ana", **{name: f"SECRET-{name}" for name in privacy.withheld("person", "pre-read")}
    )
    item_values = {name: f"SECRET-{name}" for name in privacy.withheld("item", "pre-read")}
    item = Item("Intro", 300, **item_values | {"checklist": ("SECRET-check",)})
    agenda = Agenda(Meeting(title="Kickoff"), (item,), people=(person,))
    text = pre_read(agenda) + markdown_timetable(agenda)
    assert "Ana" in text and "Intro" in text
    assert "SECRET" not in text


def test_the_pre_read_path_loads_neither_typing_nor_the_payload_declarations() -> None:
    # `kickoff plan` writes a Markdown timetable through pre_read; like `kickoff check`, it
    # starts without typing (~10 ms) and the payload TypedDicts (bench_plan: plan / check)
    import subprocess
    import sys

    code = (
        "import sys, kickoff_tui.commands.plan, kickoff_tui.domain.pre_read;"
        "print(sorted(m for m in ('typing', 'kickoff_tui.domain.payloads') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
