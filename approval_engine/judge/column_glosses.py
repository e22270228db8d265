"""What the text says an outcome map's columns are: a column whose header the prose glosses or defines as where each
outcome is assessed ("where it is tasted (judged)", '"Harvested" gives the Harvest in which it is marked', "the column
Gauged in shows where it is marked"). Perception only: ``outcome_rows.columns`` asks it of each header.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from approval_engine.judge.outcome_facts import OutcomeReader

RULE_WORDS = 4  # a column's header this short can be what the award rule names

# the text over a map glosses its columns' own verbs ("where it is cooked (taught) and where it is tasted (judged)",
# "where it is rehearsed and where it is performed (assessed)"): the verb glossed as assessed heads the assessment column
_GLOSSED_ASSESSED = re.compile(r"\b([a-z]{3,20}(?:ed|en|wn|t))\s*(?:\((?:that is,?\s*|i\.\s?e\.,?\s*)?(?:summatively\s+)?"
                               r"(?:assessed|marked|judged|graded|examined|tested|scored)\b[^()]{0,40}\)"
                               # (or between commas: "it is checked, that is marked, in the Tool Check named")
                               r"|,\s*that is,?\s*(?:assessed|marked|judged|graded|examined|scored)\b)", re.I)
# ... or defines its header in quotation marks ('"Performed in" is the marked Performance where it is judged', '"Made
# and Taken in" is the marked piece that assesses it', a participle alone: '"Harvested" gives the Harvest in which it is
# marked'): the whole header is glossed
_QUOTED_ASSESSED = re.compile(r"[\"“‘']\s*((?:[a-z]{2,20}\s){0,3}[a-z]{2,20} (?:in|on|at|by|through|where)|[a-z]{2,20}(?:ed|en|wn))"
                              r"\s*[\"”’']\s+"
                              r"(?:is|are|means|names|shows|gives|says|tells|records|lists|indicates)\b(?![^.;\"“”]{0,80}\bnot\b)"
                              # (not across the next term quoted: "'Rung on' names the Day where a line is taught, and
                              # 'Scored in' the Peal where it is marked")
                              r"(?:(?!\s[‘'])[^.;\"“”]){0,80}?\b(?:assess(?:ed|es)|mark(?:ed|s)|judge[sd]|grade[sd]|examine[sd]|score[sd])\b", re.I)
# ... or in a run of definitions, unquoted ("Commissioned at: the Test in which it is tested and marked.")
_DEFINED_ASSESSED = re.compile(r"(?:^|(?<=[.;])\s)((?:[a-z]{2,20}\s){0,3}[a-z]{2,20} (?:in|on|at|by|through|where)):\s+"
                               r"(?![^.;]{0,80}\bnot\b)[^.;]{0,80}?\b(?:assess(?:ed|es)|mark(?:ed|s)|judged|graded|examined|"
                               r"scored|tested)\b", re.I)
# ... or anywhere in the text, by the column's name ("where it is marked is shown in the column Gauged in", "the column
# 'Scored at' names the Piece in which it is marked")
_COLUMN_NAMED = re.compile(r"\bwhere (?:it|an? [\w-]+|each [\w-]+) is (?:marked|assessed|judged|graded|tested|examined|scored) is "
                           r"(?:shown|given|recorded|set out|named) (?:in|under) the column [\"“‘']?((?:[a-z]{2,20}\s){0,3}[a-z]{2,20})"
                           # (or "Its column "Lashed at" names the Lashing Check where it is marked")
                           r"|\b(?:the|its) column [\"“‘']?((?:[a-z]{2,20}\s){0,3}[a-z]{2,20})[\"”’']? (?:shows|gives|names|records|says) "
                           # (or how: 'The column "Characteristic" says how the Light is marked')
                           r"(?:(?:where|how|the (?:[\w-]+ ){1,3}?(?:in which|where|at which)) (?:it|each [\w-]+|an? [\w-]+|the [\w-]+) is "
                           r"(?:marked|assessed|judged|graded|tested|examined|scored)\b"
                           # ("The column Boarding Card checked at gives the Boarding Card that assesses it")
                           r"|the (?:[\w-]+ ){1,3}?(?:that|which) (?:assesses|marks|grades|tests|examines|scores|judges)\b)"
                           # ... or "In the "Measured by" column, a Test Certificate number means that the line is assessed in
                           # that Test Certificate"
                           # (or unquoted, capitalised: "a Signature Plate in the On the bill column means that line is
                           # marked in that Plate")
                           r"|\bin the (?:[\"“‘']((?:[a-z]{2,20}\s){0,3}[a-z]{2,20})[\"”’']|((?-i:[A-Z])[a-z]{1,19}(?:\s[a-z]{2,20}){0,3}))"
                           r" column\b(?![^.;]{0,100}\bnot\b)[^.;]{0,100}?"
                           r"\b(?:is|are) (?:marked|assessed|judged|graded|tested|examined|scored)\b"
                           # ... or its values named under it ('ST1 to ST4 under "Heard in" name the Set Test in which the piece is
                           # adjudicated and marked')
                           r"|\bunder [\"“‘']((?:[A-Za-z]{2,20}\s){0,3}[A-Za-z]{2,20})[\"”’'] (?:names?|gives?|shows?|says?) "
                           r"(?![^.;]{0,80}\bnot\b)[^.;]{0,80}?\b(?:marked|assessed|judged|graded|tested|examined|scored)\b"
                           # ... or the codes under it named for the marked pieces ('Under "Played in", M, S, R and P stand for
                           # The March, ... the four Tunes the Bench judges, so an Embellishment with a letter there is
                           # marked', 'Under "Played for the judges", C1, C2 and C3 are the Contests, and a tune is judged
                           # only where a Contest is named')
                           r"|\bunder [\"“‘']((?:[A-Za-z]{2,20}\s){0,3}[A-Za-z]{2,20})[\"”’'],?\s+"
                           r"(?:(?-i:[A-Z]{1,3}\d{0,2})(?:,\s*|\s+(?:and|or)\s+))*(?-i:[A-Z]{1,3}\d{0,2})\s+"
                           r"(?:stand for|stands for|are|mean|means|name)\b(?![^.;]{0,80}\bnot\b)[^;]{0,160}?"
                           r"\b(?:marked|assessed|judged|graded|tested|examined|scored)\b"
                           # ... or "The Specimen column names where a Line is marked"
                           # (or two kinds of piece: 'the "Lit at" column names the Lamp Check or the Procession where it is marked')
                           r"|\bthe [\"“‘']?((?:[A-Za-z]{2,20}\s){0,2}[A-Za-z]{2,20})[\"”’']? column (?:names|shows|gives|says|records) "
                           r"(?:where|how|the (?:[\w-]+ ){1,6}?(?:in which|where|at which)) (?:it|each [\w-]+|an? [\w-]+|the [\w-]+) is "
                           r"(?:marked|assessed|judged|graded|tested|examined|scored)\b"
                           # ... or a key's "worked on in the session under Run in and marked in the run under Timed in"
                           r"|\b(?:marked|assessed|judged|graded|scored) (?:in|at|by) (?:the|a|an) [\w-]+ under [\"“‘']?"
                           r"((?:[a-z]{2,20}\s){0,3}?[a-z]{2,20})[\"”’']?(?=\s*(?:[;.,)]|$|\scolumn\b))"
                           # ... or unquoted, capitalised, its values after a comma ("Under Fixed in, Cartoon, Mural or Crit
                           # names the marked piece in which the panel is assessed")
                           r"|\bunder ((?-i:[A-Z])[a-z]{1,19}(?:\s[a-z]{2,20}){0,2}),\s+[^.;]{1,60}?\s(?:names?|stands? for|means?|gives?)\s"
                           r"(?![^.;]{0,80}\bnot\b)[^.;]{0,80}?\b(?:marked|assessed|judged|graded|tested|examined|scored)\b"
                           # ... or the chart said to give it under the column ("Under Manzil it gives the hearing at which
                           # the Para is marked")
                           r"|\bunder ((?-i:[A-Z])[a-z]{1,19}(?:\s[a-z]{2,20}){0,2}),? (?:it|this|the (?:chart|table|map|list|grid|register))"
                           r" (?:gives|names|shows|says|lists|records)\s(?![^.;]{0,80}\bnot\b)[^.;]{0,80}?"
                           r"\b(?:marked|assessed|judged|graded|tested|examined|scored)\b", re.I)
# ... or by its name opening a sentence of the text over the map ("Kick-off gives the Press Day where the Fixture is
# played; Result gives the marked piece where the score is kept", "Sampled at names the Soil Sample in which the Field is
# marked")
# ("Swallowed at says where the Pill is marked", in notes under a heading of their own after the map)
# (or in capitals, its expansion in brackets: "SHOTS gives the Shot or Shots in which it is marked", "GP (games played)
# gives ...")
_GIVES_ASSESSED = re.compile(r"(?:^|(?<=[.;:])\s)([A-Z][a-z-]{1,20}(?:\s[a-z-]{2,20}){0,2}|[A-Z]{2,12})(?:\s\([^()]{1,30}\))?\s+"
                             r"(?:gives|names|shows|lists|records|says)\s+"
                             r"(?:the\s|a\s|an\s)?(?:[\w-]+\s){0,8}?(?:marked|assessed|graded|judged|examined|scored)\b"
                             # ... or the header quoted, and the markers named doing it ('“Summit” names the Stage Finish
                             # where the Commissaires mark it')
                             r"|(?:^|(?<=[.;:,])\s)[“\"‘']([A-Z][a-z-]{1,20}(?:\s[a-z-]{2,20}){0,2})[”\"’']\s+(?:gives|names|shows|lists|records|says)\s+"
                             r"(?:the\s|a\s|an\s)?(?:[\w-]+\s){0,8}?(?:marked|assessed|graded|judged|examined|scored"
                             r"|(?:mark|marks|assess|assesses|judge|judges|grade|grades) (?:it|them|each)\b)")
# ... or a definition says what being so treated at a piece means ("A line that is heard at a Hearing is marked against
# the criteria"): the verb marks, and a header that opens with it ("Heard at") is the assessment column
_MARKED_WHEN = re.compile(r"\b(?:that|which) (?:is|are) ([a-z]{3,20}) (?:at|in|on|by|through|during) "
                          r"(?:a|an|the|each|one of the) [\w-]+(?: [\w-]+)? (?:is|are) (?:then |also )?"
                          r"(?:marked|assessed|graded|judged|scored|examined)\b", re.I)
# ... or the column named for it, whose values the key says are marked ('In the "Tolled at" column, T1, T2, T3 or T4
# means the item is marked in that Toll'): "tolled" is the text's word for marked
_COLUMN_MARKED = re.compile(r"\bin the [\"“‘']([a-z]{3,20}(?:ed|en|wn|t)) (?:at|in|on|by)[\"”’'] column,? [^.;]{0,60}?\bmeans? "
                            r"(?:that )?(?:the |each |an? )?[\w-]+ (?:is|was) (?:marked|assessed|graded|judged|scored|examined)\b",
                            re.I)
_PARTICIPLE_HEADER = re.compile(r"^\W*([a-z]{3,20})\s+(?:in|on|by|at|through|for|where)\b", re.I)


def glossed_assessed(r: "OutcomeReader", t, header: str) -> bool:
    """The prose under the map's own heading glosses the verb its column's header opens with as assessment ("Tasted
    in", under "where it is tasted (judged)"), or defines the header itself so: the column says how each outcome is
    assessed."""
    if len(header.split()) > RULE_WORDS + 1:
        return False
    glossed = r.glossed.get(t.heading_path)
    if glossed is None:
        glossed = r.glossed[t.heading_path] = {
            " ".join(next(x for x in g.groups() if x).lower().split()) for p in r.app.passages
            if p.kind in ("paragraph", "list_item") and p.location.heading_path == t.heading_path
            for rx in (_GLOSSED_ASSESSED, _QUOTED_ASSESSED, _DEFINED_ASSESSED, _GIVES_ASSESSED) for g in rx.finditer(p.text)}
    if r.named_columns is None:  # (the columns the text names anywhere as where each outcome is marked, read once)
        # (a header defined in quotation marks is named wherever the definition stands: terms set out below the map,
        # '1.4 "Fitted" gives where a Component is marked'; and one whose name opens such a sentence, in notes on the map
        # under a heading of their own)
        r.named_columns = {" ".join(next(x for x in g.groups() if x).lower().split()) for p in r.app.passages
                           if p.kind in ("paragraph", "list_item", "cell")
                           for rx in (_COLUMN_NAMED, _QUOTED_ASSESSED, _GIVES_ASSESSED) for g in rx.finditer(p.text)}
    m = _PARTICIPLE_HEADER.match(header)
    name = " ".join(re.sub(r"[^\w\s'’-]", " ", header.lower()).split())
    return name in glossed or name in r.named_columns or bool(m and m.group(1).lower() in glossed | marking_verbs(r))


def marking_verbs(r: "OutcomeReader") -> set[str]:
    """The verbs the text anywhere glosses or defines as marking ("Each Checkpoint is ... stamped (marked) against the
    criteria", "A line that is heard at a Hearing is marked"), read once."""
    if r.marking_verbs is None:
        # (in a key's table too: "Original | The quarry is worked at the Panel named and fired (marked) in the Tracery Piece")
        r.marking_verbs = {g.group(1).lower() for p in r.app.passages if p.kind in ("paragraph", "list_item", "cell")
                           for rx in (_GLOSSED_ASSESSED, _MARKED_WHEN, _COLUMN_MARKED) for g in rx.finditer(p.text)}
    return r.marking_verbs
