"""The item form's `options:` fields: which option keys each exercise reads, and how each shows.

Textual-free. One small table says each exercise's option keys (storage/exercise_options.py
checks them; docs/agenda-format.md documents them); every key is a field of the item form
named `option-<key>`, written at ("items", i, "options", key). An emptied list removes its
key, so the exercise's defaults apply again. A value the form could not write back as it is
(a milestone given as a mapping, a number in a list) is shown read-only: the form never
flattens or drops what the file holds.
"""

from __future__ import annotations

from collections.abc import Mapping

from kickoff_tui.domain.agenda import SCOPE_SECTIONS
from kickoff_tui.storage.rights_options import MILESTONE_KEYS, RIGHTS_MODELS
from kickoff_tui.ui.editor.fields import CHOICE, LINES, FieldSpec

PREFIX = "option-"  # a form key; an option key alone could be an item key (a widget id too)
MAPPINGS_HINT = "read-only: edit mappings in the file"
OTHER_HINT = "read-only: not a list of lines; edit it in the file"


def _lines(key: str, label: str) -> FieldSpec:
    return FieldSpec(PREFIX + key, label, LINES, blank_removes=True)


# exercise -> its options' fields, in the order the exercise uses them
EXERCISE_OPTIONS: dict[str, tuple[FieldSpec, ...]] = {
    "fit-check": (_lines("dimensions", "Dimensions"),),
    "scope": tuple(_lines(key, key.capitalize()) for key in SCOPE_SECTIONS),
    "trade-offs": (_lines("sliders", "Sliders"),),
    "decision-rights": (
        _lines("areas", "Decision areas"),
        FieldSpec(PREFIX + "model", "Model", CHOICE, RIGHTS_MODELS),
    ),
    "milestones": (_lines("milestones", "Milestones"),),
}


def option_specs() -> tuple[FieldSpec, ...]:
    """Every exercise's option fields once (two exercises reading one key share its field)."""
    specs = (spec for specs in EXERCISE_OPTIONS.values() for spec in specs)
    return tuple({spec.key: spec for spec in specs}.values())


def option_key(form_key: str) -> str | None:
    """The key under `options:` a form field writes; None for an item's own field."""
    return form_key.removeprefix(PREFIX) if form_key.startswith(PREFIX) else None


def exercise_specs(exercise: str) -> tuple[FieldSpec, ...]:
    """The exercise's option fields (none for an exercise without settings)."""
    return EXERCISE_OPTIONS.get(exercise, ())


def raw_option(item: Mapping[str, object], form_key: str) -> object:
    options = item.get("options")
    key = option_key(form_key)
    return options.get(key) if isinstance(options, Mapping) and key is not None else None


def locked_hint(spec: FieldSpec, raw: object) -> str:
    """Why the field only shows the file's value ("" when the form can write it back as is)."""
    if raw is None:
        return ""
    if spec.kind != LINES:
        return "" if isinstance(raw, str) else OTHER_HINT
    if isinstance(raw, list) and all(isinstance(entry, str) for entry in raw):
        return ""
    if isinstance(raw, list) and any(isinstance(entry, Mapping) for entry in raw):
        return MAPPINGS_HINT
    return OTHER_HINT


def locked_text(raw: object) -> str:
    """A value the form cannot write back, one entry a line, nothing left out."""
    entries = raw if isinstance(raw, list) else [raw]
    return "\n".join(_entry_line(entry) for entry in entries)


def _entry_line(entry: object) -> str:
    if isinstance(entry, Mapping):
        known = [str(entry[key]) for key in MILESTONE_KEYS[:1] if key in entry]
        rest = [f"{key}: {value}" for key, value in entry.items() if key not in MILESTONE_KEYS[:1]]
        return " · ".join(known + rest)
    return str(entry)
