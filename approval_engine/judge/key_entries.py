"""A table's key, read: each (value, meaning) pair a document gives for the values in its outcome maps' cells.

A key or legend beside the table ("Key: ● = taught and assessed; ○ = taught only"), a run of definitions with no "Key"
("Fitted in: the day where the course builds it. Included: marked in the task named."), values defined in quotation
marks ('"Tacet" means the Part is not called this season'), one to a list item or a paragraph, by the column or table
they stand in ("Own time in Worked at means ...", '"Advisory only" in Schedule 2 means ...'), a key named for what it
keys with its values on the lines below ("Chart key (...)", then "G in the Signed column: given, not signed for"; "Marks
used in the Vat Record", then its list), or a two-column table of terms (a row of several values, "Rated A, Rated B,
Rated C", gives each the meaning). Perception only: what each meaning says is read by
:mod:`approval_engine.judge.outcome_keys`.
"""

from __future__ import annotations

import re
from typing import Iterable

from approval_engine.ingest.model import Passage
from approval_engine.judge.key_values import (KEY_ENTRY as _KEY_ENTRY, LISTED_VALUE as _LISTED_VALUE, ONE_NAME as _ONE_NAME,
                                              each as _each, entries as _entries, listed as _listed, sentences as _sentences)
from approval_engine.judge.outcome_keys import SEVERAL as _SEVERAL
from approval_engine.judge.text import singular

_KEY = re.compile(r"^\W*(?:key|legend)\b\s*[:.\-–—]?\s*", re.I)  # "Key. Main focus: ...; Contributes: ..."
# ... or after a passage's first sentence ("Table 2 shows where each outcome is addressed. Key: T/A taught and assessed")
_KEY_LATER = re.compile(r"(?<=[.!?])\s+(?:key|legend)\s*[:.\-–—]\s*", re.I)
# a key's title with its entries on the lines below: "Key to the last column", "Key to symbols"
_KEY_TITLE = re.compile(r"^\W*(?:key|legend)\s+(?:to|for)\b[^.:;]{0,40}[:.]?\s*$", re.I)
# ... or named for what it keys, its use in brackets: "Chart key (read the chart in Section 5 with this key)"
# ("Marks used in the Vat Record", its entries the list below)
_NAMED_KEY = re.compile(r"^\W*(?:[A-Z][\w’'-]*\s+(?:key|legend)(?:\s*\([^()]{1,80}\))?|(?:marks|symbols|codes|letters|"
                        r"abbreviations|values|entries)\s+used\s+(?:in|on)\s+[^.:;]{1,50})\s*[:.]?\s*$", re.I)
# ... or a sentence that ends by introducing the letters or symbols beside each row ("Read the letter beside each
# clause:"): its entries are the lines below, each maybe of a sentence or two
_KEY_INTRO = re.compile(r"\b(?:letters?|symbols?|codes?|abbreviations?)\b[^.:;]{0,60}:\s*$", re.I)
MAX_INTRODUCED_WORDS = 40
_CODE_LINE = re.compile(r"^\s*(?:[^\w\s]{1,3}|[A-Z]{1,3}(?:/[A-Z]{1,3})?)\s")  # "T a Tester's clause", "● taught"
_KEY_SPLIT = re.compile(r"(?<=[.;])\s+|,\s+(?=(?:[^\w\s]{1,3}|\w{1,2})\s*[:=]|[A-Z][A-Za-z]{1,4}\s*=\s|(?:[^\w\s]{1,3}|[A-Z]{1,2})\s)")
# a key with no "Key" before it: three or more codes and their meanings in a row, after the passage's first sentence
# or opening it ("Reproduced from the specification. B = Block, S = Section, SAQ = self-assessment question")
# (codes with their numbers too: "A1 = Assignment 1; A2 = Assignment 2; LL = learning log ... (not marked)")
_CODES_EQUAL = re.compile(r"(?:^|(?<=[.!?])\s)(?=(?:\W*[A-Z][A-Za-z0-9]{0,4}\s*=\s[^=,;]{2,60}[,;]\s*){2}[A-Z][A-Za-z0-9]{0,4}\s*=\s)")
# a key with no "Key" before it: three or more sentences in a row, each a short label, a colon and its meaning ("Fitted
# in: the day where the course builds it. Included: marked in the task named. NI: not inspected.")
_DEFINITION = re.compile(r"^[A-Z][\w/’'-]*(?: [\w/’'-]+){0,2}:\s+\S")
# (one to a list item or a paragraph, the meaning after a dash too: "Nose only - the attribute is developed at a Brew Day
# but no Cask assesses it;")
# (a label with its piece's code in brackets, several to a line: "Bottled (B1), Bottled (B2), Bottled (B3): the cask is
# marked in that Bottling")
# (or its number left open: "Curative (CWn)"; or several: "Signature Plates (SP1, SP2, SP3)")
# (or each code in brackets of its own: "Issued and checked (C1), (C2) or (C3)")
_BRACKETED = (r"(?: \([A-Z]{1,3}(?:\d{1,2}|n)?(?:,? (?:and |or )?[A-Z]{1,3}\d{1,2})*\)(?:(?:,|,? or|,? and) \([A-Z]{1,3}\d{1,2}\))*)?")
# a definition's label ends at its colon or at a spaced dash ("Issued – we teach you to use it on the Bench Day shown")
_LABEL_END = re.compile(r":|\s[–—-]\s")
_DEFINITION_LINE = re.compile(r"^\d{1,3}:\s+\S"  # (a number as the value: "86: ... off the menu this season: not marked")
                              r"|^[A-Z][\w/’'-]*" + _BRACKETED + r"(?:,? [\w/’'-]+" + _BRACKETED + r"){0,3}(?::|\s[–—-])\s+\S"
                              # (or several values, each capitalised: "Struck at AP1, Struck at AP2 or Struck at AP3: ...")
                              r"|^" + (_ONE_LABEL := r"[A-Z][\w/’'-]*(?: [\w/’'-]+){0,3}") + r"(?:(?:,| or| and),? " + _ONE_LABEL
                              + r"){1,5}:\s+\S")
_SEVERAL_LABELS = re.compile(_ONE_LABEL + r"(?:(?:,| or| and),? " + _ONE_LABEL + r"){1,5}")
_NUMBER_LEAD = re.compile(r"^\s*\d{1,2}[.)]\s+(?=[A-Z])")
_NUMBERED_QUOTED = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?[\"“‘']([A-Z][^\"“”‘’']{0,30})[\"”’']:")
_NUMBERED_PIECE = re.compile(r"^[a-z][\w’'-]*(?: [a-z][\w’'-]*)? (?:\d{1,2}[a-z]?|[ivxl]{1,6})$")  # "act vii", "day 3"
MIN_DEFINITIONS = 3
_ONLY_VALUE = re.compile(r"^[A-Z][\w/’'-]*(?: [\w/’'-]+)? only:\s+\S")
_DENIES = re.compile(r"\b(?:not|no|never|none|neither)\b", re.I)
MAX_ENTRY_WORDS = 15  # a key's entry on a line of its own is short
MAX_ENTRY_LINES = 8


# a value defined in quotation marks by what it means ('"Tacet" means the Part is not called this season.')
# several values in brackets or quotation marks that name one thing ("[Gauged: G1], [Gauged: G2] or [Gauged: G3] names
# the Gauging at which it is marked")
# (or in single quotation marks: "'Retain: SR1', 'Retain: SR2' and 'Retain: SR3' mean the Find is ... marked")
_LISTED_NAMES = re.compile(r"^\s*((?:" + _ONE_NAME + r"(?:,\s*|\s+(?:or|and)\s+))+" + _ONE_NAME + r")"
                           r"\s+(?:names|means|mean|mark|marks)\s+(\S.*)$", re.S)
# ... or codes unquoted ("IP1, IP2 or IP3 means the fitting is fixed: marked at that Inspection Point", "R1, R2 and R3 are
# the marked Submissions", after a lead that names the column: "How to read the Evaluation round column in 5.2: R1, ...")
_LISTED_CODES = re.compile(r"^(?:[^:;]{1,80}:)?\s*([A-Z]{1,4}\d{1,2}(?:(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)[A-Z]{1,4}\d{1,2})+)"
                           r"\s+(?:names|means|mean|mark|marks|are(?=\s+(?:the\s+)?(?:marked|assessed|graded)\s+(?i:submissions|assignments|tasks|pieces|assessments)\b))\s+(\S.*)$", re.S)
# a value with its piece's code after a colon ("gauged: g3"): the value is the words before it
_VALUE_CODE = re.compile(r"^([a-z][a-z ’'-]{2,30}?):\s*[a-z]{1,3}\d{1,2}$")
# a quoted value that ends in its piece's code, the others it stands for in brackets ('"Logged OB1" (or OB2, OB3)')
_OR_CODES = re.compile(r"^\s*[\"“‘']([^\"“”‘’']{1,30})[\"”’']\s*\(or ((?:[A-Za-z]{1,3}\d{1,2})(?:(?:,\s*(?:or\s+)?|\s+or\s+)"
                       r"[A-Za-z]{1,3}\d{1,2})*)\)")
# (or a tag in square brackets, as the text gives it after each outcome: "[Not gauged] means ...")
_QUOTED_MEANS = re.compile(r"^\s*(?:[\"“‘'\[]([^\"“”‘’'\[\]]{1,30})[\"”’'\]]|(?:An? )?([A-Z][\w’'-]*(?: [\w’'-]+){0,2}))"
                           # (its expansion in brackets: "GUR (ground under repair)"; or its pieces' codes, each in brackets of
                           # its own: "Ground and polished (P1), (P2) or (P3) means the item is assessed in that Pour")
                           r"(?:\s*\([^()]{1,40}\)(?:(?:,|,?\s+or|,?\s+and)\s+\([^()]{1,12}\))*)?"
                           # (its column: "Grazing in the Culmination column", "Blanked off in both columns")
                           r"(?:\s+(?:in|under)\s+(?:the\s+[\w’' -]{1,30}?\s+column|(?:both|either|any|all)\s+columns?"
                           r"|(?:that|this|the same)\s+column"  # ('"Familiarisation only" in that column means')
                           r"|[\"“‘'][^\"“”‘’']{1,30}[\"”’'](?:\s+column)?"  # ('"Clown entrée" under "Judged at" means')
                           r"|[A-Z][\w’'-]*(?:\s[a-z0-9][\w’'-]*){0,3}))?"  # (or by the column's name: "Own time in Worked at
                           # means", or the table's: '"Advisory only" in Schedule 2 means')
                           r"\s+means\s+"
                           r"(?:that\s+)?(\S.*)$", re.S)  # (or unquoted, a value of a few words: "Postponed means ...")
# ... or by what a row or cell showing it is ("Where "Scored in" reads Practice only, the Mark is sailed ... but is not
# scored", "A line shown as Slack in the High Water column is taught ... but is not marked in any piece")
_VALUE = r"[\"“‘']?([^\"“”‘’',.;:]{1,30}?)[\"”’']?"
_WHERE_READS = re.compile(r"^\s*(?:where|when|if)\s+(?:(?:the|a|an|any|each)\s+)?(?:[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+)?"
                          # (or the map by its name: "Where the Outcome Map (Attachment B) says Off court, the line is not
                          # taught")
                          r"(?:(?:[\w’'-]+\s+){0,3}?(?:column|cell|row|line|entry|box|map|chart|grid|matrix)(?:\s+\([^()]{1,30}\))?\s+"
                          r"|it\s+|[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+"
                          # (or the column by its name alone, capitalised: "Where Called at says Plain course, the line is
                          # practised ... but it is not marked")
                          r"|(?-i:[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})\s+(?=(?:says|reads|shows)\s))"
                          r"(?:reads|says|shows|contains|has|gives)\s+" + _VALUE
                          # (the meaning after a comma, or straight after the value: "where a cell reads PRP only the Lot is")
                          + r"(?:,\s+|\s+(?=(?:the|it|this|that|its|no)\s))(\S.*)$", re.S | re.I)
_SHOWN_AS = re.compile(r"^\s*(?:an?|any|each|every)\s+(?:line|row|outcome|cell|entry|item)\s+(?:shown|marked|given|listed|"
                       r"recorded|entered)\s+as\s+" + _VALUE + r"(?:\s+in\s+the\s+[^,.;]{1,40}?\s+column)?\s+(?:is|means)\s+"
                       r"(?:one\s+(?:where|in\s+which)\s+|that\s+)?(\S.*)$", re.S | re.I)
# (after the table it speaks of: "4. In the Sale Summary, "Shown only" means ...")
# (or on it: 'On the Grading Card (section 6), "Grading 1", "Grading 2" or "Grading 3" means ...')
_IN_THE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:in|on|under)\s+(?:the|this|each|our)\s+[^,.;:]{1,40},\s+)?", re.I)
# two values in one sentence ("..., and "Not forward" means the outcome is not offered")
_AND_NEXT = re.compile(r",?\s+and\s+(?=[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+means\s|where\s)")


# a table of terms and what they mean ("Term | What it means in this forecast")
# ... or a glossary's title just above the table ("PART 2 DEFINITIONS", "Glossary", "Words we use")
# (or numbered, and the body's own words: "A1 THE SHOP'S WORDS", "Our own terms")
_TERMS_TITLE = re.compile(r"^\W*(?:(?:part|section)\s+[\w.]+\W+|[A-Z]{0,2}\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:definitions|glossary|"
                          r"(?:the\s)?(?:terms|words)\s(?:we\s)?used?\b[^.:;]{0,30}|"
                          r"(?:the\s)?(?:[\w’'-]+['’]s\s|our\s|its\s)(?:own\s)?(?:terms|words|vocabulary))"
                          r"\W*$", re.I)
_MEANING_HEADER = re.compile(r"\b(?:means?|meaning|definition|explanation|stands for)\b", re.I)
_TERM_HEADER = re.compile(r"^\W*(?:(?:our|plan|key|the|scheme|course|house)\s)?(?:terms?|words?|codes?|symbols?|abbreviations?|labels?|"
                          r"entry|entries)\W*$", re.I)  # ("Plan term | In the Kettlesike Award")


def _quoted_means(text: str) -> list[tuple[str, str]]:
    """The (value, meaning) pairs of a passage's sentences defining a map's values: one or more in quotation marks
    ('"Tacet" means the Part is not called this season.'), by what a row or cell showing the value is ("Where it reads
    Feedback only, ...", "A line shown as Slack ... is ..."), or a run of two or more unquoted ("Postponed means it
    moves to the 2010 season.")."""
    said, unquoted = _means(text)
    # (a lone unquoted one only of a value "... only", as a map's cells give it: "Pledged only means ...")
    only = [(v, m) for v, m in unquoted if v.endswith(" only")]
    return said + unquoted if len(said) + len(unquoted) >= 2 or not unquoted else said + only


def _means(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(the values a passage defines in quotation marks or as a row or cell showing them, those it defines unquoted)."""
    said, unquoted = [], []
    last: list | None = None  # the list the last definition went to
    for sentence in _sentences(text):
        if last and last[-1][1].endswith(";") and not (_WHERE_READS.match(sentence) or _SHOWN_AS.match(sentence)
                                                        or _QUOTED_MEANS.match(sentence)):
            # the meaning goes on after a semicolon ("... whose SENCO course Dancers may visit; it is not part of our Award.")
            last[-1] = (last[-1][0], last[-1][1] + " " + sentence)
            continue
        for part in _AND_NEXT.split(sentence[_IN_THE.match(sentence).end():]):
            if m := (_WHERE_READS.match(part) or _SHOWN_AS.match(part)):
                # (without its expansion in brackets: "NR (not recorded)")
                said.append((re.sub(r"\s*\([^()]*\)$", "", m.group(1).strip()).lower(), m.group(2)))
                last = said
            elif m := _LISTED_NAMES.match(part):
                last = said
                for v in _LISTED_VALUE.findall(m.group(1)):
                    said += _defined(v[0] or v[1], m.group(2))
            elif m := _LISTED_CODES.match(part):
                last = said
                for v in _SEVERAL.split(m.group(1)):
                    said += _defined(v, m.group(2))
            elif m := _QUOTED_MEANS.match(part):
                last = said if m.group(1) else unquoted
                last += _defined(m.group(1) or m.group(2), m.group(3))
                if alt := _OR_CODES.match(part):  # '"Logged OB1" (or OB2, OB3) means': "Logged OB2", "Logged OB3" too
                    for code in re.split(r",\s*(?:or\s+)?|\s+or\s+", alt.group(2)):
                        last += _defined(re.sub(r"\S+$", code, m.group(1)), m.group(3))
    return said, unquoted


def _defined(value: str, meaning: str) -> list[tuple[str, str]]:
    """(value, meaning), and the value's words alone where its piece's code follows them ("[Gauged: G3] names the
    Gauging at which it is marked": any "Gauged: Gn")."""
    value = value.strip().lower()
    head = _VALUE_CODE.match(value)
    return [(value, meaning), *([(head.group(1), meaning)] if head else [])]


_TERM_IS = re.compile(r"^[A-Z][\w’'-]*(?:\s[\w’'-]+){0,4}\s(?:is|are)\s")


# a kind of work named in passing and defined after a colon ("Sessions also have solo drills: exercises practised in the
# session with a tutor's feedback, never marked")
_HAS_TERM = re.compile(r"\b(?:also\s+)?(?:have|has|include|includes|use|uses)\s+([a-z][\w’'-]*(?:\s[a-z][\w’'-]*){0,2}):\s+(\S.*)$")


def _terms_in_passing(passages: list[Passage]) -> Iterable[tuple[str, str]]:
    """A term the text names in passing and defines after a colon, where the definition says it is not marked or not
    there: (the term, singular, and its definition)."""
    for p in passages:
        for sentence in _sentences(p.text):
            if (m := _HAS_TERM.search(sentence)) and _DENIES.search(m.group(2)):
                yield singular(m.group(1)), m.group(2)


def _lone_means_runs(passages: list[Passage]) -> Iterable[tuple[str, str]]:
    """The values defined one to a line, unquoted, in two or more lines in a row of a list ("Full out means the
    correction is ... graded there." then "Marked means ... nothing is graded."): a key written as a glossary's items."""
    run: list[tuple[str, str]] = []
    for p in [*passages, None]:
        # (or numbered paragraphs, a glossary's: "8. Bathroom scale means a check ... never recorded against the Award",
        # among others that say what a term is: "7. Scale is a piece of assessed work")
        numbered = p is not None and p.kind == "paragraph" and _NUMBER_LEAD.match(p.text) is not None
        text = _NUMBER_LEAD.sub("", p.text) if numbered else p.text if p is not None else ""
        said, unquoted = _means(text) if p is not None and (p.kind == "list_item" or numbered) else ([], [])
        if not said and len(unquoted) == 1:
            value, meaning = unquoted[0]
            # (a numbered paragraph's every sentence after the definition is the term's: "... with feedback from a coach.
            # A bathroom scale reading is never recorded against the Award.")
            run.append((value, text.split(" means ", 1)[1].strip() if numbered and " means " in text else meaning))
            continue
        if numbered and _TERM_IS.match(text):
            continue
        if len(run) >= 2:
            yield from run
        run = []


def _listed_definitions(passages: list[Passage]) -> Iterable[tuple[str, str]]:
    """Of a run of list items or paragraphs that each define a short label ("Iso: the Light is exhibited at the Watch shown ... but it is
    not marked in any Night Log.", "Q: ... not counted towards the Award.", "Extinguished: ... not exhibited in this
    edition."), what says a value is not there or not marked: a key written as a list, one value to an item."""
    run: list[str] = []
    for p in [*passages, None]:
        # (or paragraphs, one definition to each: "Confirmed: the Line is taught ... and marked", "Probable: ... not marked")
        # (numbered, the label in quotation marks: '1. "Signed off": the evidence is marked ...')
        # (or numbered, the label bare: "8. Training gate: the gate is judged on a training run only")
        text = _NUMBER_LEAD.sub("", _NUMBERED_QUOTED.sub(r"\1:", p.text)) if p is not None else ""
        if p is not None and p.kind in ("list_item", "paragraph") and _DEFINITION_LINE.match(text):
            run.append(text)
            continue
        if len(run) >= MIN_DEFINITIONS:
            # (not a programme's numbered pieces, each described: "Act VII: The Company. Advising ...; working with other
            # schools ... is not part of this season's show")
            got = [(v, m) for v, m in _run_entries(run) if not _NUMBERED_PIECE.match(v)]
            # (the whole run where it reads as a key, one value at least saying it is not marked or not there:
            # "Inspected: the element is marked ... Visual only: ... it is not marked")
            yield from got if any(_DENIES.search(m) for _, m in got) else ()
        run = []


def _run_entries(run: list[str]) -> Iterable[tuple[str, str]]:
    """A run of definitions' (value, meaning) pairs, as any key's entries, except that a label naming its pieces' codes
    in brackets, or several values, is read whole ("Bottled (B1), Bottled (B2): the cask is marked ..." defines "bottled
    (b1)" and "bottled (b2)"; "Struck at AP1 or Struck at AP2: ..." defines both)."""
    plain: list[str] = []
    for part in run:
        end = _LABEL_END.search(part)
        label, meaning = (part[:end.start()], part[end.end():]) if end else (part, "")
        # (a label giving each code in brackets of its own, "Issued and checked (C1), (C2) or (C3) – ...", defines the
        # label's words with each code)
        if meaning and (re.fullmatch(r"[^():]*(?:\([A-Z]{1,3}\d{0,2}(?:,? (?:and |or )?[A-Z]{1,3}\d{1,2})*\)[^():]*)+", label)
                        or _SEVERAL_LABELS.fullmatch(label)):
            yield from _entries(plain)
            plain = []
            yield from _each(label.strip().lower(), meaning.strip())
        else:
            plain.append(part)
    yield from _entries(plain)


def term_tables(passages: list[Passage], lower: bool = True) -> Iterable[tuple[str, str]]:
    """Each (term, meaning) row of a two-column table of terms and what they mean."""
    cells: dict[int, dict[int, dict[int, str]]] = {}
    before: list[str] = []  # the last passages outside tables
    titled_above: set[int] = set()
    for p in passages:
        loc = p.location
        if loc.table is not None and loc.row is not None and loc.column is not None:
            if loc.table not in cells and any(_KEY_TITLE.match(t) or _TERMS_TITLE.match(t) for t in before[-2:]):
                titled_above.add(loc.table)
            cells.setdefault(loc.table, {}).setdefault(loc.row, {})[loc.column] = p.text
        else:
            before.append(p.text)
    for table, rows in cells.items():
        first = rows.get(min(rows), {})
        # (or titled across its width: 'Key to "Condition survey"' over its rows of values and meanings)
        titled = len(first) == 1 and bool(_KEY_TITLE.match(first.get(1, "")))
        # (or titled just above it, its rows values and meanings from the first: "Key to the restoration chart", a line
        # on what the states tell, then "Original | The quarry is worked ...")
        above = table in titled_above and all(len(row) == 2 for row in rows.values())
        if not titled and not above and (len(first) != 2 or not (_MEANING_HEADER.search(first.get(2, ""))
                                                                 or _TERM_HEADER.match(first.get(1, "")))):
            continue
        for n, row in rows.items():
            # (a term of a few words, or several short ones: "Rated A, Rated B, Rated C")
            if (n != min(rows) or above) and row.get(1) and row.get(2) and (len(row[1].split()) <= 4 or (lower and _listed(row[1]))):
                meaning = _own_meaning(row[2])
                if lower:  # (a row naming several: "A1, A2, A3 | The three Assays: marked assignments")
                    yield from _each(row[1].strip().lower(), meaning)
                else:
                    yield row[1].strip(), meaning


# a sentence that defines another value in quotation marks ("'Greased only' means the point is worked on ...")
_ANOTHER_VALUE = re.compile(r"^\s*[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+means\b")


def _own_meaning(meaning: str) -> str:
    """A term's meaning up to the first sentence that defines another value, which is that value's, not the term's
    ("In the Servicing Schedule: the marked piece of work in which a point is examined ... 'Not fitted to this model'
    means the point is not part of this Build")."""
    parts = _sentences(meaning)
    cut = next((i for i, part in enumerate(parts) if i and _ANOTHER_VALUE.match(part)), len(parts))
    return " ".join(parts[:cut])


def key_entries(passages: list[Passage]) -> Iterable[tuple[str, str]]:
    """Each (value, meaning) of every key in the document: a passage that opens with "Key" or
    "Legend", with its entries in it or, where it is a label or a title alone ("Key to the last
    column"), in the short passages that follow it; a run of values defined in quotation marks
    ('"Tacet" means ...'); a table of terms and what they mean; a key named for what it keys ("Chart key (...)",
    "Marks used in the Vat Record"), its entries on the lines below it."""
    yield from term_tables(passages)
    yield from _lone_means_runs(passages)
    yield from _listed_definitions(passages)
    yield from _terms_in_passing(passages)
    for i, p in enumerate(passages):
        if labelled := _quoted_label_run(p.text):
            yield from labelled
            continue
        quoted = _quoted_means(p.text)
        if quoted:
            yield from quoted
            continue
        head = _KEY.match(p.text)
        later = None if head else (_KEY_LATER.search(p.text) or _CODES_EQUAL.search(p.text))
        if head is None and later is None and _KEY_INTRO.search(p.text):
            yield from _entries(_lines_below(passages, i, MAX_INTRODUCED_WORDS, _CODE_LINE))
            continue
        if head is None and later is None:  # (of a run of definitions, only what says a value is not there or not marked)
            yield from ((v, m) for v, m in _entries(_definitions(p.text)) if _DENIES.search(m))
            continue
        text = p.text[(later or head).end():]
        entries = [] if _KEY_TITLE.match(p.text) else [e for e in _KEY_SPLIT.split(text) if e.strip()]
        if not entries:  # "Key:" alone: its entries are the short lines below it
            entries = _lines_below(passages, i, MAX_ENTRY_WORDS)
        yield from _entries(entries)
    for i, p in enumerate(passages):
        if _NAMED_KEY.match(p.text):  # its entries are the lines below, each maybe of a sentence or two (in its cell)
            yield from _entries(_lines_below(passages, i, MAX_INTRODUCED_WORDS, within=p))


def _lines_below(passages: list[Passage], i: int, words: int, shape: re.Pattern | None = None,
                 within: Passage | None = None) -> list[str]:
    """The lines below passage ``i`` that are a key's entries ("T a Tester's clause ..."), each at most ``words`` long
    (and of the ``shape`` given; and in the table cell ``within`` stands in, where it stands in one)."""
    entries = []
    for q in passages[i + 1:i + 1 + MAX_ENTRY_LINES]:
        if len(q.text.split()) > words or not _KEY_ENTRY.match(q.text) or (shape and not shape.match(q.text)):
            break
        if within is not None and within.location.table is not None and _cell(q) != _cell(within):
            break
        if within is not None and (q.kind == "heading" or q.kind != passages[i + 1].kind):
            break  # (the key's lines are alike: list items, or paragraphs, to the next heading)
        entries.append(q.text)
    return entries


def _cell(p: Passage) -> tuple:
    """Where a passage stands in the document's tables: (table, row, column), all None outside them."""
    return p.location.table, p.location.row, p.location.column


# values in quotation marks, one or several, each sentence's label ('"Claimed (CW1)", "Claimed (CW2)" or "Claimed (CW3)": the
# Feature is part of ... that Capital Item. "Inspected only": ... it is not part of any Capital Item.')
_QUOTED_LABELS = re.compile(r"^\s*((?:" + _ONE_NAME + r"(?:,\s*|\s+(?:or|and)\s+))*" + _ONE_NAME + r")\s*:\s+(\S.*)$", re.S)


def _quoted_label_run(text: str) -> list[tuple[str, str]]:
    """Of a passage whose sentences define values named in quotation marks (at least three, one saying a value is not
    there or not marked: a key written into a cell or a paragraph), each (value, meaning); or none."""
    got: list[tuple[list[str], str]] = []
    for part in _sentences(text):
        if m := _QUOTED_LABELS.match(part):
            got.append(([a or b for a, b in _LISTED_VALUE.findall(m.group(1))], m.group(2)))
        elif got:
            got[-1] = (got[-1][0], got[-1][1] + " " + part)
        else:
            return []  # (a passage that opens as prose, not as a key)
    if len(got) < MIN_DEFINITIONS or not any(_DENIES.search(meaning) for _, meaning in got):
        return []
    return [(" ".join(v.lower().split()), meaning) for values, meaning in got for v in values]


def _definitions(text: str) -> list[str]:
    """The sentences of a passage's longest run of at least three definitions ("Label: meaning."), or none."""
    best: list[str] = []
    run: list[str] = []
    only: list[str] = []  # a value "... only" defined by itself ("PRN only: covered when the group asks; no Case
    # Presentation checks it"): what a map's cell says where an outcome is not assessed, however few the definitions
    for part in _sentences(text):
        if _DEFINITION.match(part):
            run = run + [part]
        elif run and run[-1].endswith(";"):  # the meaning goes on after a semicolon ("...notes it; it is not marked.")
            run = run[:-1] + [run[-1] + " " + part]
        else:
            run = []
        best = run if len(run) > len(best) or (run and best and run[0] is best[0]) else best
        if run and _ONLY_VALUE.match(run[-1]):
            only = only[:-1] if only and run[-1].startswith(only[-1]) else only
            only.append(run[-1])
    return best if len(best) >= MIN_DEFINITIONS else only
