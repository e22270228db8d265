"""What an application says of each module's assessment (``module_note`` facts), and
how many minimum outcomes it names as assessed itself: perception only, the rules
decide what follows (``module_assessed``, ``assessment_named_outcome_by_outcome``)."""

from __future__ import annotations

import re

from approval_engine.judge.assessment_cells import ASSESSED_LIST_COLUMN
from approval_engine.judge.text import holds, modules_in, split_sentences

_ASSESS_HEADER = re.compile(r"assess|assignment|task", re.I)


def module_notes(reader, facts: list[dict]) -> None:
    """Assert a ``module_note`` for each thing the application says of a module's
    assessment: a module table's assessment cell, or a sentence naming the module
    that says it is (or is not) assessed, whether hoped for, detailed there, or
    marked against the module's own list of outcomes."""
    n = 0
    for t in reader.tables:
        if not t.rows:
            continue
        acols = [j for j, h in enumerate(t.rows[0]) if j > 0 and _ASSESS_HEADER.search(h)]
        if not acols:
            continue
        # a column listing what each module's task assesses details it: an outcome the module teaches
        # is assessed only where that list names it
        detailed = "yes" if any(ASSESSED_LIST_COLUMN.search(h) for h in t.rows[0]) else "no"
        for row in t.rows[1:]:
            mods = modules_in(" ".join(c for j, c in enumerate(row) if j not in acols))
            acell = " ".join(row[j] for j in acols if j < len(row))
            says = "assessed" if reader.present(acell) and not holds(reader.sig["not_assessed"], acell) else "not_assessed"
            for mod in sorted(mods):
                n += 1
                facts.append({"id": f"module_note:{n}", "kind": "module_note", "module": mod, "source": "table",
                              "says": says, "hope": "no", "detailed": detailed, "against_outcomes": "no"})
    for s in reader.p.sentences:
        mods = modules_in(s.text)
        if not mods:
            continue
        if holds(reader.sig["not_assessed"], s.text):
            says = "not_assessed"
        elif holds(reader.sig["assessed"], s.text):
            says = "assessed"
        else:
            continue
        hope = "yes" if holds(reader.sig["aspiration"], s.text) else "no"
        detailed = "yes" if says == "assessed" and _details_assessment(s) else "no"
        against = "yes" if says == "assessed" and holds(reader.sig.get("assessed_against_outcomes"), s.passage.text) else "no"
        for mod in sorted(mods):
            n += 1
            facts.append({"id": f"module_note:{n}", "kind": "module_note", "module": mod, "source": "text",
                          "says": says, "hope": hope, "detailed": detailed, "against_outcomes": against})


def _details_assessment(s) -> bool:
    """The module's assessment is described in detail where it is named: the passage
    opens with it and goes on, sentence after sentence, to say what it asks."""
    return s.index == 0 and len(split_sentences(s.passage.text)) > 2


def named_as_assessed(facts: list[dict]) -> set[str]:
    """The outcomes the application itself names as assessed: by an outcome table's
    assessment cell, by the provider's code in an assessment's list, or in a sentence
    that says how it is assessed (and not that it is not)."""
    named = set()
    for f in facts:
        kind = f["kind"]
        if kind == "row" and f.get("assessment_column") == "yes" and f.get("assessment_cell") == "present":
            named.add(f["outcome"])
        elif kind == "coded" and f.get("role") == "assessed" and f.get("says") == "so":
            named.add(f["outcome"])
        elif (kind == "match" and f.get("role") == "outcome" and f.get("assessed_cue") == "yes"
              and f.get("not_assessed_cue") == "no" and f.get("blanket") == "no"):
            named.add(f["outcome"])
    return named

