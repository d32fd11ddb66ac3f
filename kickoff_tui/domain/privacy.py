"""What is private in a session, declared once: the room view and the pre-read both follow it.

Rule 1, private to the facilitator (nobody else sees it, before, during or after the meeting):
an item's `notes`, a person's `attitude` and `notes`, and the stakeholder notes captured about
people (entries of kind "stakeholder").

Rule 2, not sent before the meeting: a person's `power` and `proximity`, and an item's
`checklist`. In the room they are shown only facilitated: power and proximity as the
stakeholder map's quadrants, the checklist as it gets ticked.

Modules that show agenda fields to others name the fields they show through `shown`, which
refuses (when the module loads, so any test run catches it) a field their audience may not see.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: `kickoff plan` is a CLI
if TYPE_CHECKING:  # path that starts without typing and the payload declarations
    from typing import Literal

    from kickoff_tui.domain.payloads import EntryKind

    Audience = Literal["room", "pre-read"]
    Record = Literal["item", "person"]

PRIVATE_FIELDS: dict[Record, frozenset[str]] = {
    "item": frozenset({"notes"}),
    "person": frozenset({"attitude", "notes"}),
}
PRIVATE_ENTRY_KINDS: frozenset[EntryKind] = frozenset({"stakeholder"})
NOT_BEFOREHAND: dict[Record, frozenset[str]] = {
    "item": frozenset({"checklist"}),
    "person": frozenset({"power", "proximity"}),
}


def public_kinds() -> tuple[EntryKind, ...]:
    """Every capture kind but the private ones, in the order EntryKind lists them."""
    from typing import get_args

    from kickoff_tui.domain.payloads import EntryKind

    return tuple(kind for kind in get_args(EntryKind) if kind not in PRIVATE_ENTRY_KINDS)


def withheld(record: Record, audience: Audience) -> frozenset[str]:
    """The fields of an item or a person that `audience` may not see."""
    if audience == "room":
        return PRIVATE_FIELDS[record]
    return PRIVATE_FIELDS[record] | NOT_BEFOREHAND[record]


def shown(record: Record, fields: tuple[str, ...], audience: Audience) -> tuple[str, ...]:
    """`fields`, after checking that `audience` may see every one of them."""
    refused = sorted(withheld(record, audience).intersection(fields))
    if refused:
        raise ValueError(f"{audience} may not show the {record} fields {', '.join(refused)}")
    return fields
