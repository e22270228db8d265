"""Where each passage stands: the words around it that say what it is about.

A passage's context is its headings, its label (a row's or a field's), and, for
an item of a list, the paragraph the list hangs from and the items above it
("Unit 2 ... Participants will be able to:"). A list's lead that ends in a colon,
or a colon-ended heading over the list, is kept on its own too: what it says of
its items ("... but not part of the assessment:") is theirs. A paragraph typed
after a field's label ("Qualifications") is that field's value, and a paragraph
knows the one before it under the same headings ("As a result, ..."). Perception
helpers only; nothing here decides anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from approval_engine.judge.text import holds


@dataclass
class PassageContext:
    context: dict[str, str] = field(default_factory=dict)  # passage id -> headings, label, lead and text
    before: dict[str, str] = field(default_factory=dict)  # paragraph id -> the paragraph before it, same headings
    # list item id -> the lead its list hangs from, under the same headings, or the colon-ended heading over it
    introducers: dict[str, str] = field(default_factory=dict)
    field_values: set[str] = field(default_factory=set)  # paragraphs that are a field's value


def _lead_heading(p) -> str:
    """The heading over a list item when it is typed as the list's lead ("Developed in Unit 3 but not assessed:")."""
    path = p.location.heading_path
    return path[-1] if path and path[-1].rstrip().endswith(":") else ""


def read_context(passages, skip: frozenset[str] | set[str], parents: dict, field_label) -> PassageContext:
    """The context of every passage whose kind is not in ``skip``; ``parents`` maps a list item to the items it hangs
    from, ``field_label`` finds a field's label typed as a paragraph."""
    out = PassageContext()
    previous = None
    introducer = ""  # the paragraph a list's items hang from ("Unit 2 ... Participants will be able to:")
    lead = None  # ... when it ends in a colon
    label = ""  # a field's label typed as a paragraph ("Qualifications"), its value the next paragraph
    for p in passages:
        if p.kind in skip:
            continue
        if p.kind == "list_item":
            above = parents.get(p.id, ())
            said = lead.text if lead is not None and lead.location.heading_path == p.location.heading_path else ""
            said = said or _lead_heading(p)
            if said:
                out.introducers[p.id] = said
            out.context[p.id] = " ".join((*p.location.heading_path, p.label, introducer, *above, p.text))
        else:
            if label and p.kind == "paragraph":
                out.field_values.add(p.id)
            introducer = p.text if p.kind == "paragraph" else ""
            lead = p if p.kind == "paragraph" and p.text.rstrip().endswith(":") else None
            if previous is not None and p.kind == "paragraph" and previous.location.heading_path == p.location.heading_path:
                out.before[p.id] = previous.text
            previous = p if p.kind == "paragraph" else None
            out.context[p.id] = " ".join((*p.location.heading_path, p.label, label, p.text))
        label = p.text if p.kind == "paragraph" and holds(field_label, p.text) else ""
    return out
