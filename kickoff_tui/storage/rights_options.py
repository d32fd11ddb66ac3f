"""Checks of `options:` for decision rights and milestones (see storage/exercise_options.py).

decision-rights: `areas` (a list of decision areas, each once) and `model` (raci or daci).
milestones: `milestones`, a list whose entries are a deliverable's name or a mapping of
`deliverable` (required), `date` (YYYY-MM-DD), `approver` and `after` (another listed
deliverable it depends on). Every problem is a PATH:LINE:COL line like the rest of the check.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kickoff_tui.storage.node_reader import NodeReader, clip, describe

RIGHTS_MODELS = ("raci", "daci")  # domain/exercises/decision_rights.py MODELS, without importing it
MILESTONE_KEYS = ("deliverable", "date", "approver", "after")


def decision_rights_options(reader: NodeReader, node: MappingNode) -> None:
    fields = reader.mapping(node, "decision-rights options", ("areas", "model"))
    if not fields:
        return
    if "model" in fields:
        reader.choice(fields["model"][1], "model", RIGHTS_MODELS)
    if "areas" in fields:
        value = fields["areas"][1]
        areas = reader.text_list(value, "areas")
        if areas is not None and not areas:
            reader.error(value, "areas: list at least one decision area")
        # letters are kept by area name, so two with one name would share them
        from kickoff_tui.storage.exercise_options import repeated  # it imports this module

        for entry, name in repeated(value, areas):
            reader.error(entry, f"areas: '{clip(name)}' is listed twice")


def milestones_options(reader: NodeReader, node: MappingNode) -> None:
    fields = reader.mapping(node, "milestones options", ("milestones",))
    if not fields or "milestones" not in fields:
        return
    value = fields["milestones"][1]
    if isinstance(value, ScalarNode) and value.tag.endswith(":null"):
        return
    if not isinstance(value, SequenceNode):
        reader.error(value, f"milestones: expected a list, found {describe(value)}")
        return
    names: dict[str, str] = {}
    afters: list[tuple[Node, str]] = []
    for position, entry in enumerate(value.value, start=1):
        what = f"milestones: entry {position}"
        if isinstance(entry, MappingNode):
            found = reader.mapping(entry, what, MILESTONE_KEYS) or {}
            name = reader.required_text(found, entry, what, "deliverable", "Design sign-off")
            if "date" in found:
                reader.iso_date(found["date"][1], "date")
            if "approver" in found:
                reader.text(found["approver"][1], "approver")
            if "after" in found:
                after = reader.text(found["after"][1], "after")
                if after and after.strip():
                    afters.append((found["after"][1], after))
        else:
            name = reader.text(entry, what)
            if name is not None and not name.strip():
                reader.error(entry, f"{what} is empty")
                name = None
        if name:
            folded = " ".join(name.split()).casefold()
            if folded in names:
                reader.error(entry, f"milestones: '{clip(name)}' is listed twice")
            names[folded] = name
    for at, after in afters:
        if " ".join(after.split()).casefold() not in names:
            reader.error(at, f"after: '{clip(after)}' is not a deliverable in this list")
