"""Where each passage stands: the words around it that say what it is about.

A passage's context is its headings, its label (a row's or a field's), and, for
an item of a list, the paragraph the list hangs from and the items above it
("Unit 2 ... Participants will be able to:"). A list's lead that ends in a colon,
or a colon-ended heading over the list, is kept on its own too: what it says of
its items ("... but not part of the assessment:") is theirs; so is the lead of
paragraphs lettered as a regulation's are ("To gain the Award a participant
shall -", then "(a) pass each of Tasks 1, 2 and 3", "(b) ..."). A paragraph typed
after a field's label ("Qualifications") is that field's value, and a paragraph
knows the one before it under the same headings ("As a result, ..."). Perception
helpers only; nothing here decides anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from approval_engine.judge.text import holds, split_sentences

LEAD_WORDS = 20  # a lead that speaks for each item is short: "Assessed in this assignment:", "a participant shall -"
_LEAD_END = re.compile(r"(?::|\s[-–—])\s*$")  # "... shall -", "... the following:"
# a lead whose items finish its sentence ("To gain the Award a participant shall -", "Each participant must:"): the
# words of the lead are each item's own
_OPEN_CLAUSE = re.compile(r"\b(?:shall|must|will|should|may|can|is required to|are required to|has to|have to)\W*$", re.I)
_LETTERED = re.compile(r"^\s*\((?:[a-z]|[ivx]{1,4})\)\s")  # "(a) pass each of ...", "(ii) ..."


@dataclass
class PassageContext:
    context: dict[str, str] = field(default_factory=dict)  # passage id -> headings, label, lead and text
    before: dict[str, str] = field(default_factory=dict)  # paragraph id -> the paragraph before it, same headings
    after: dict[str, str] = field(default_factory=dict)  # ... and the paragraph after it
    # list item id -> the lead its list hangs from, under the same headings, or the colon-ended heading over it
    introducers: dict[str, str] = field(default_factory=dict)
    field_values: set[str] = field(default_factory=set)  # paragraphs that are a field's value
    short_leads: dict[str, str] = field(default_factory=dict)  # item id -> its lead's last sentence, when short
    # item id -> the heading over it, when the list comes straight under its heading with nothing between them
    heading_leads: dict[str, str] = field(default_factory=dict)
    clause_leads: dict[str, str] = field(default_factory=dict)  # ... when the items finish its sentence
    options: set[str] = field(default_factory=set)  # the lettered choices offered under a question ("A) ...", "B) ...")


def _short(lead: str) -> str:
    """A lead's own words just before its colon or dash, when they are few (a unit's long description that
    ends by introducing a list says nothing of each item)."""
    last = (split_sentences(lead) or [""])[-1]
    return last if 0 < len(last.split()) <= LEAD_WORDS else ""


def _lead_heading(p) -> str:
    """The heading over a list item when it is typed as the list's lead ("Developed in Unit 3 but not assessed:")."""
    path = p.location.heading_path
    return path[-1] if path and path[-1].rstrip().endswith(":") else ""


def read_context(passages, skip: frozenset[str] | set[str], parents: dict, field_label) -> PassageContext:
    """The context of every passage whose kind is not in ``skip``; ``parents`` maps a list item to the items it hangs
    from, ``field_label`` finds a field's label typed as a paragraph."""
    out = PassageContext()
    # each table's first header cell ("Session", "Day"): with a row's label it says what the row is ("Session 9")
    first_header = {p.location.table: p.text.strip() for p in passages
                    if p.location.table is not None and p.location.row == 1 and p.location.column == 1}
    previous = None
    listed: list[str] = []  # the items of a list since that paragraph, under its headings ("All of this goes into ...")
    introducer = ""  # the paragraph a list's items hang from ("Unit 2 ... Participants will be able to:")
    lead = None  # ... when it ends in a colon
    label = ""  # a field's label typed as a paragraph ("Qualifications"), its value the next paragraph
    typed = None  # the lead of lettered paragraphs ("(1) To gain the Award a participant shall -")
    prose_under: set[tuple[str, ...]] = set()  # the heading paths with something other than a list item under them
    for p in passages:
        if p.kind in skip:
            continue
        path = p.location.heading_path
        if p.kind != "list_item":
            prose_under.add(path)
        elif path and path not in prose_under:
            out.heading_leads[p.id] = path[-1]
        if p.kind == "paragraph" and typed is not None and typed.location.heading_path == p.location.heading_path \
                and _LETTERED.match(p.text):
            out.introducers[p.id] = typed.text
        elif p.kind != "list_item":
            typed = p if p.kind == "paragraph" and _LEAD_END.search(p.text) else None
        if p.kind == "list_item":
            above = parents.get(p.id, ())
            said = lead.text if lead is not None and lead.location.heading_path == p.location.heading_path else ""
            said = said or _lead_heading(p)
            if said:
                out.introducers[p.id] = said
            out.context[p.id] = " ".join((*p.location.heading_path, p.label, introducer, *above, p.text))
            if previous is not None and previous.location.heading_path == p.location.heading_path:
                listed.append(p.text)
        else:
            if label and p.kind == "paragraph":
                out.field_values.add(p.id)
            introducer = p.text if p.kind == "paragraph" else ""
            lead = p if p.kind == "paragraph" and p.text.rstrip().endswith(":") else None
            if previous is not None and p.kind == "paragraph" and previous.location.heading_path == p.location.heading_path:
                out.before[p.id] = " ".join((previous.text, *listed))  # (and the list between them, when there is one)
                out.after[previous.id] = p.text
            previous = p if p.kind == "paragraph" else None
            listed = []
            row_name = first_header.get(p.location.table, "") if p.location.table is not None and p.label else ""
            out.context[p.id] = " ".join((*p.location.heading_path, row_name, p.label, label, p.text))
        label = p.text if p.kind == "paragraph" and holds(field_label, p.text) else ""
    out.options = choice_options([p for p in passages if p.kind not in skip])
    for item, lead in out.introducers.items():
        if short := _short(lead):
            out.short_leads[item] = short
            if _OPEN_CLAUSE.search(short):
                out.clause_leads[item] = short
    return out


_OPTION = re.compile(r"^\s*\(?([A-Ea-e])[.)]\s+\S")
# the key given after them ("ANSWER: C", "Correct answer - B"): that choice is stated as so
_ANSWER = re.compile(r"^\W*(?:the\s+)?(?:correct\s+|right\s+)?(?:answer|key)\s*(?:is\s*)?[:\-–—]?\s*\(?([A-Ea-e])\b", re.I)
_NEGATIVE_QUESTION = re.compile(r"\b(?:not|never|isn['’]t|doesn['’]t|won['’]t|except)\b", re.I)
MIN_OPTIONS = 3  # a question's choices: A, B, C at least


def choice_options(passages) -> set[str]:
    """The passages that are a question's lettered choices ("Q5. What did you have to do before we offered you a
    place?" then "A) Nothing: first come, first served", "B) ...", "C) ..."): choices offered to the reader, none of
    them a statement of the programme, except the one a key given right after them says is the answer ("ANSWER: C")."""
    out: set[str] = set()
    run: list = []
    asked = ""  # the passage before the run: a question when it ends in "?"
    for p in [*passages, None]:  # (None: the end, after which no key follows)
        m = _OPTION.match(p.text) if p is not None else None
        if m and ord(m.group(1).upper()) - ord("A") == len(run):
            run.append(p)
            continue
        if asked.rstrip().endswith("?") and len(run) >= MIN_OPTIONS:
            # (not the answer to "Which of these is NOT in the Portfolio?": that one is the one the programme lacks)
            key = None if p is None or _NEGATIVE_QUESTION.search(asked) else _ANSWER.match(p.text)
            out.update(x.id for i, x in enumerate(run) if not (key and ord(key.group(1).upper()) - ord("A") == i))
        # (a new run that starts right after another has no question of its own)
        run, asked = ([p], "") if m and m.group(1).upper() == "A" else ([], p.text if p is not None else "")
    return out

