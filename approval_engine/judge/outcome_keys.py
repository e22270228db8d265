"""A table's key: what the values in an outcome matrix's cells mean.

Programme documents often fill an outcome matrix with symbols or short labels and
explain them once, in a key or legend beside the table: "Key: ● = taught and
assessed for the award; ○ = taught only; F = formative task only", or "Key. Main
focus: one of the marking criteria. Contributes: ... not one of the marking
criteria." This module reads such keys into {value: meaning}, the meaning one of
"assessed", "not_assessed" or "developed"; what a row of the matrix then shows is
the ruleset's decision over the row facts built from it.
"""

from __future__ import annotations

import re
from typing import Iterable

from approval_engine.ingest.model import Passage
from approval_engine.judge.text import holds, opens_with

_KEY = re.compile(r"^\W*(?:key|legend)\b\s*[:.\-–—]?\s*", re.I)  # "Key. Main focus: ...; Contributes: ..."
# ... or after a passage's first sentence ("Table 2 shows where each outcome is addressed. Key: T/A taught and assessed")
_KEY_LATER = re.compile(r"(?<=[.!?])\s+(?:key|legend)\s*[:.\-–—]\s*", re.I)
# a key's title with its entries on the lines below: "Key to the last column", "Key to symbols"
_KEY_TITLE = re.compile(r"^\W*(?:key|legend)\s+(?:to|for)\b[^.:;]{0,40}[:.]?\s*$", re.I)
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
# "Main focus: ...", "● = taught and assessed", "F – formative only"; a symbol or a capital letter needs no
# sign ("○ taught only", "F formative task only")
# ... or a capitalised word or code, the meaning after it ("Log Reflective Log (formative, not graded)")
_KEY_ENTRY = re.compile(r"^\s*(?:([^\w\s]{1,3})\s|([^:=.;]{1,30}?)\s*(?:[:=]|\s[–—-]\s)|([A-Z]{1,2}(?:/[A-Z]{1,2})?|"
                        r"[A-Z][\w’'-]{1,15})\s)\s*(.+)$", re.S)
# a key's value said of one kind of column ("● in a unit column", "✓ under an assignment")
_BY_COLUMN = re.compile(r"^\W*(?:in|under) (?:an?|the|each|any) [\w-]+(?: [\w-]+)? columns?\b", re.I)
_CODE_PAIR = re.compile(r"^[a-z]{1,2}/[a-z]{1,2}$")  # "T/A": one value, not two
_SUMMATIVE = re.compile(r"\b(?:summative\w*|assess(?:ed|es|ment)|marked|graded|examined|tested|judges|judged)\b", re.I)
# (a key's mark "not tested" is not assessed; in the text's prose, "tested" may be the course's own trial)
_NOT_TESTED = re.compile(r"\bnot (?:\w+ )?tested\b", re.I)
_DEVELOP = re.compile(r"develop|taught|cover|explore|introduc|address", re.I)
_NOT_DEVELOPED = re.compile(r"\bnot (?:\w+ )?(?:taught|developed|covered|addressed)\b", re.I)  # "not taught on the award"
# "Elective = optional content in E1-E3": what only some participants take is not assessed for the award
_OPTIONAL = re.compile(r"^\W*(?:optional|elective)\b", re.I)
# "Att = attendance at the session concerned": being there is no check of the outcome
ATTENDANCE = re.compile(r"^\W*(?:attendance|attending|attended|present at|register(?:ed)? at)\b", re.I)
# "SAQ = self-assessment question": what participants check for themselves is no assessment for the award
SELF_CHECK = re.compile(r"^\W*self[- ]?(?:assessment|assessed|check(?:ing|ed)?|test(?:ing)?|marked|marking)\b(?! (?:of|against) the\b)",
                        re.I)
SAYS_NONE = re.compile(r"^\W*(?:no|not|none|nil|never)\b", re.I)  # "No taught session (see note)", "not assessed"
# a key with no "Key" before it: three or more sentences in a row, each a short label, a colon and its meaning ("Fitted
# in: the day where the course builds it. Included: marked in the task named. NI: not inspected.")
_DEFINITION = re.compile(r"^[A-Z][\w/’'-]*(?: [\w/’'-]+){0,2}:\s+\S")
_SENTENCES = re.compile(r"(?<=[.;])\s+")
MIN_DEFINITIONS = 3
_ONLY_VALUE = re.compile(r"^[A-Z][\w/’'-]*(?: [\w/’'-]+)? only:\s+\S")
_DENIES = re.compile(r"\b(?:not|no|never|none|neither)\b", re.I)
# "CONDUCTED: the course neither teaches nor signs for this feature": a value saying nothing of the course's is there
_NEITHER = re.compile(r"\bneither (?:[\w’'-]+ ){0,2}?[\w’'-]+ nor\b", re.I)
MAX_ENTRY_WORDS = 15  # a key's entry on a line of its own is short
MAX_ENTRY_LINES = 8
_SEVERAL = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|/)\s+")  # a key value naming several: "Task 1, Task 2"
MAX_VALUE_WORDS = 3  # "Task 1", "PD", "Unit 3 essay"
_PARTS = re.compile(r"\s*[;+]\s*|,\s+")  # a cell naming several values: "Task 2; Log", "Task 1, Task 3"


# no piece of the provider's, by its name, does anything to it ("... talked about on that Mile, but no Checkpoint stamps
# it"): whatever the provider's verb for marking, it is not assessed (not "a Harvest assesses it but no Inspection teaches it":
# taught nowhere, marked all the same)
_NO_PIECE_DOES = re.compile(r"\bbut no [A-Z][\w-]+(?: [A-Z][\w-]+)? (?!teaches|covers|develops|introduces|explores)[a-z]+s (?:it|them)\b"
                            # ... or in the passive ("but no card is taken on it")
                            r"|\bbut no [A-Za-z][\w-]+ (?:is|are) (?:taken|marked|given|scored|awarded|stamped|signed) (?:on|for) (?:it|them)\b")


# "taught and judged in a guest class at Ashbury Dance Centre ...; it is not part of our Class or our Award": another's
_NOT_OURS = re.compile(r"\bnot part of (?:our|the|this) (?:[\w’'-]+ or (?:our|the) )?(?:award|certificate|course|programme|"
                       r"qualification)\b", re.I)


def no_check(meaning: str) -> bool:
    """A key's meaning that is no check of an outcome: attendance, or a check participants make themselves."""
    return bool(ATTENDANCE.match(meaning) or SELF_CHECK.match(meaning))


def read_key(entries: Iterable[tuple[str, str]], sig: dict, verbs: Iterable[str] = ()) -> dict[str, str]:
    """{cell value: "assessed" | "some" | "not_assessed" | "developed" | "none"} from the document's key entries
    (:func:`key_entries`); ``verbs`` are the text's own words for marking ("heard", where "a line that is heard at a
    Hearing is marked"), so that "... but never heard" is not assessed."""
    own = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?(?:%s)\b" % "|".join(map(re.escape, sorted(verbs))), re.I) if verbs else None
    values: dict[str, str] = {}
    both: set[str] = set()  # one value given two meanings by the column it stands in ("● in a unit column =
    # taught in that unit; ● in an assignment column = assessed"): the columns say which, not the key
    by_column: set[str] = set()
    coded: dict[str, str] = {}  # the codes an assessed piece's meaning names in brackets ("CS1 to CS4"), unless keyed
    for value, meaning in entries:
        said = None
        if (_NEITHER.search(meaning) or _NOT_THERE.search(meaning) or holds(sig.get("aspiration"), meaning)
                or _NOT_OURS.search(meaning)
                or holds(sig.get("status_not_current"), meaning)):
            # (or only to come: "On order: to be added for the 2010-11 edition"; or not this time: "Held over: moved to a
            # later edition. It does not run in 2009-10", "Spiked: dropped from this edition", "the Certificate does not
            # address the line")
            said = "none"
        elif (holds(sig["not_assessed"], meaning) or _OPTIONAL.match(meaning) or no_check(meaning) or _NOT_TESTED.search(meaning)
              or _NO_PIECE_DOES.search(meaning) or (own and own.search(meaning))):
            said = "not_assessed"
        elif holds(sig.get("not_assessed_for_all"), meaning) and _SUMMATIVE.search(meaning):
            said = "some"  # "C a Choice: you are tested on only the clause you choose": assessed for some participants
        elif _SUMMATIVE.search(meaning) and not SAYS_NONE.match(meaning):
            said = "assessed"
        elif _DEVELOP.search(meaning) and not _NOT_DEVELOPED.search(meaning):
            said = "developed"
        elif SAYS_NONE.match(meaning) or _SAYS_NOT.match(meaning):
            said = "none"  # "NI: not inspected", "N = not covered": the cell says nothing is there
        if said is None:
            continue
        if _BY_COLUMN.search(meaning):
            by_column.add(value)
        if value in values and values[value] != said and value in by_column:
            both.add(value)
        values[value] = said
        for code in codes_in_brackets(meaning) if said == "assessed" else ():
            coded.setdefault(code, said)
    return {v: m for v, m in {**coded, **values}.items() if v not in both}


# the codes a meaning gives its pieces, alone in brackets ("A marked assignment (CS1 to CS4)", "(FP1, FP2, FP3)")
_BRACKETED_CODES = re.compile(r"\(\s*([A-Z]{1,3}\d{1,2}(?:\s*(?:,|and|or|to|-|–)\s*(?:[A-Z]{1,3})?\d{1,2})*)\s*\)")
_RANGE = re.compile(r"^([A-Z]{1,3})(\d{1,2})\s*(?:to|-|–)\s*(?:\1)?(\d{1,2})$")
MAX_RANGE = 12
_RANGE_IN_WORDS = re.compile(r"\b([A-Z]{1,3})(\d{1,2}) (?:to|-|–) \1(\d{1,2})\b")


def codes_in_brackets(meaning: str) -> list[str]:
    """The codes named alone in brackets in a key's meaning, a range given by its ends ("CS1 to CS4": cs1 ... cs4), or a
    range named in its words ("There are three, D1 to D3")."""
    out: list[str] = []
    for m in _RANGE_IN_WORDS.finditer(meaning):
        lo, hi = int(m.group(2)), int(m.group(3))
        if 0 <= hi - lo <= MAX_RANGE:
            out += [f"{m.group(1).lower()}{n}" for n in range(lo, hi + 1)]
    for m in _BRACKETED_CODES.finditer(meaning):
        for part in re.split(r"\s*(?:,|\band\b|\bor\b)\s*", m.group(1)):
            if rng := _RANGE.match(part.strip()):
                lo, hi = int(rng.group(2)), int(rng.group(3))
                if 0 <= hi - lo <= MAX_RANGE:
                    out += [f"{rng.group(1).lower()}{n}" for n in range(lo, hi + 1)]
            elif re.fullmatch(r"[A-Z]{1,3}\d{1,2}", part.strip()):
                out.append(part.strip().lower())
    return list(dict.fromkeys(out))


# a value defined in quotation marks by what it means ('"Tacet" means the Part is not called this season.')
# several values in brackets or quotation marks that name one thing ("[Gauged: G1], [Gauged: G2] or [Gauged: G3] names
# the Gauging at which it is marked")
# (or in single quotation marks: "'Retain: SR1', 'Retain: SR2' and 'Retain: SR3' mean the Find is ... marked")
_ONE_NAME = r"(?:[\[“\"][^\[\]“”\"]{1,30}[\]”\"]|[‘'][^‘’'\[\]“”\"]{1,30}[’'])"
_LISTED_NAMES = re.compile(r"^\s*((?:" + _ONE_NAME + r"(?:,\s*|\s+(?:or|and)\s+))+" + _ONE_NAME + r")"
                           r"\s+(?:names|means|mean|mark|marks)\s+(\S.*)$", re.S)
_LISTED_VALUE = re.compile(r"[\[“\"]([^\[\]“”\"]{1,30})[\]”\"]|[‘']([^‘’'\[\]“”\"]{1,30})[’']")
# a value with its piece's code after a colon ("gauged: g3"): the value is the words before it
_VALUE_CODE = re.compile(r"^([a-z][a-z ’'-]{2,30}?):\s*[a-z]{1,3}\d{1,2}$")
# a quoted value that ends in its piece's code, the others it stands for in brackets ('"Logged OB1" (or OB2, OB3)')
_OR_CODES = re.compile(r"^\s*[\"“‘']([^\"“”‘’']{1,30})[\"”’']\s*\(or ((?:[A-Za-z]{1,3}\d{1,2})(?:(?:,\s*(?:or\s+)?|\s+or\s+)"
                       r"[A-Za-z]{1,3}\d{1,2})*)\)")
# (or a tag in square brackets, as the text gives it after each outcome: "[Not gauged] means ...")
_QUOTED_MEANS = re.compile(r"^\s*(?:[\"“‘'\[]([^\"“”‘’'\[\]]{1,30})[\"”’'\]]|(?:An? )?([A-Z][\w’'-]*(?: [\w’'-]+){0,2}))"
                           r"(?:\s*\([^()]{1,40}\))?"  # (its expansion in brackets: "GUR (ground under repair)")
                           # (its column: "Grazing in the Culmination column", "Blanked off in both columns")
                           r"(?:\s+(?:in|under)\s+(?:the\s+[\w’' -]{1,30}?\s+column|(?:both|either|any|all)\s+columns?"
                           r"|(?:that|this|the same)\s+column"  # ('"Familiarisation only" in that column means')
                           r"|[A-Z][\w’'-]*(?:\s[a-z0-9][\w’'-]*){0,3}))?"  # (or by the column's name: "Own time in Worked at
                           # means", or the table's: '"Advisory only" in Schedule 2 means')
                           r"\s+means\s+"
                           r"(?:that\s+)?(\S.*)$", re.S)  # (or unquoted, a value of a few words: "Postponed means ...")
# ... or by what a row or cell showing it is ("Where "Scored in" reads Practice only, the Mark is sailed ... but is not
# scored", "A line shown as Slack in the High Water column is taught ... but is not marked in any piece")
_VALUE = r"[\"“‘']?([^\"“”‘’',.;:]{1,30}?)[\"”’']?"
_WHERE_READS = re.compile(r"^\s*(?:where|when|if)\s+(?:(?:the|a|an|any|each)\s+)?(?:[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+)?"
                          r"(?:(?:[\w’'-]+\s+){0,3}?(?:column|cell|row|line|entry|box)\s+|it\s+|[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+)"
                          r"(?:reads|says|shows|contains|has|gives)\s+" + _VALUE
                          # (the meaning after a comma, or straight after the value: "where a cell reads PRP only the Lot is")
                          + r"(?:,\s+|\s+(?=(?:the|it|this|that|its|no)\s))(\S.*)$", re.S | re.I)
_SHOWN_AS = re.compile(r"^\s*(?:an?|any|each|every)\s+(?:line|row|outcome|cell|entry|item)\s+(?:shown|marked|given|listed|"
                       r"recorded|entered)\s+as\s+" + _VALUE + r"(?:\s+in\s+the\s+[^,.;]{1,40}?\s+column)?\s+(?:is|means)\s+"
                       r"(?:one\s+(?:where|in\s+which)\s+|that\s+)?(\S.*)$", re.S | re.I)
# (after the table it speaks of: "4. In the Sale Summary, "Shown only" means ...")
_IN_THE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:in\s+(?:the|this|each|our)\s+[^,.;:]{1,40},\s+)?", re.I)
# two values in one sentence ("..., and "Not forward" means the outcome is not offered")
_AND_NEXT = re.compile(r",?\s+and\s+(?=[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+means\s|where\s)")


# a table of terms and what they mean ("Term | What it means in this forecast")
_MEANING_HEADER = re.compile(r"\b(?:means?|meaning|definition|explanation|stands for)\b", re.I)
_TERM_HEADER = re.compile(r"^\W*(?:(?:our|plan|key|the|scheme|course|house)\s)?(?:terms?|words?|codes?|symbols?|abbreviations?|labels?|"
                          r"entry|entries)\W*$", re.I)  # ("Plan term | In the Kettlesike Award")
_NOT_THERE = re.compile(r"\b(?:does|do|will) not (?:address|cover|teach|include|run|happen|take place|take|offer|record)\b|"
                        r"\bwill not be [a-z]+(?:ed|n|t) (?:until|before)\b|"
                        r"\b(?:is|are) not [a-z]+(?:ed|en) at all\b|"  # "is not carried at all"
                        # "listed for completeness but is not exhibited in this edition": not in the course this time
                        r"\bbut (?:is|are) not [a-z]+(?:ed|en|wn|t) (?:in|on) this (?:edition|year|course|programme|cohort|"
                        r"version|issue|session)\b|"
                        # "no Transit teaches it and no Plate marks it": neither taught nor marked
                        r"\bno [A-Z][\w-]+ (?:teaches|covers|develops) (?:it|them),? (?:and|or|nor) no [A-Z][\w-]+ (?:marks|assesses|tests|grades) (?:it|them)\b|"
                        r"^\W*(?:dropped|removed|cut|omitted|deleted) from\b|"
                        r"\b(?:has|have) been (?:taken off|removed|withdrawn|dropped|cut)\b|"
                        r"\b(?:moved|moves|put back|postponed|deferred) to (?:a later|the next|the (?:19|20)\d\d)\b", re.I)
# a meaning whose own clause is negated ("the Part is not called this season"): nothing of the course's is there
_SAYS_NOT = re.compile(r"^\W*(?:the|this|that|an?|its|their) (?:[\w’'-]+ ){0,3}(?:is|are) not\b", re.I)


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
    for sentence in _SENTENCES.split(text):
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


def _lone_means_runs(passages: list[Passage]) -> Iterable[tuple[str, str]]:
    """The values defined one to a line, unquoted, in two or more lines in a row of a list ("Full out means the
    correction is ... graded there." then "Marked means ... nothing is graded."): a key written as a glossary's items."""
    run: list[tuple[str, str]] = []
    for p in [*passages, None]:
        said, unquoted = _means(p.text) if p is not None and p.kind == "list_item" else ([], [])
        if not said and len(unquoted) == 1:
            run.append(unquoted[0])
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
        if p is not None and p.kind in ("list_item", "paragraph") and _DEFINITION.match(p.text):
            run.append(p.text)
            continue
        if len(run) >= MIN_DEFINITIONS:
            yield from ((v, m) for v, m in _entries(run) if _DENIES.search(m))
        run = []


def term_tables(passages: list[Passage], lower: bool = True) -> Iterable[tuple[str, str]]:
    """Each (term, meaning) row of a two-column table of terms and what they mean."""
    cells: dict[int, dict[int, dict[int, str]]] = {}
    for p in passages:
        loc = p.location
        if loc.table is not None and loc.row is not None and loc.column is not None:
            cells.setdefault(loc.table, {}).setdefault(loc.row, {})[loc.column] = p.text
    for rows in cells.values():
        first = rows.get(min(rows), {})
        # (or titled across its width: 'Key to "Condition survey"' over its rows of values and meanings)
        titled = len(first) == 1 and bool(_KEY_TITLE.match(first.get(1, "")))
        if not titled and (len(first) != 2 or not (_MEANING_HEADER.search(first.get(2, ""))
                                                   or _TERM_HEADER.match(first.get(1, "")))):
            continue
        for n, row in rows.items():
            if n != min(rows) and row.get(1) and row.get(2) and len(row[1].split()) <= 4:
                yield (row[1].strip().lower() if lower else row[1].strip()), row[2]


def key_entries(passages: list[Passage]) -> Iterable[tuple[str, str]]:
    """Each (value, meaning) of every key in the document: a passage that opens with "Key" or
    "Legend", with its entries in it or, where it is a label or a title alone ("Key to the last
    column"), in the short passages that follow it; a run of values defined in quotation marks
    ('"Tacet" means ...'); a table of terms and what they mean."""
    yield from term_tables(passages)
    yield from _lone_means_runs(passages)
    yield from _listed_definitions(passages)
    for i, p in enumerate(passages):
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


def _lines_below(passages: list[Passage], i: int, words: int, shape: re.Pattern | None = None) -> list[str]:
    """The lines below passage ``i`` that are a key's entries ("T a Tester's clause ..."), each at most ``words`` long
    (and of the ``shape`` given)."""
    entries = []
    for q in passages[i + 1:i + 1 + MAX_ENTRY_LINES]:
        if len(q.text.split()) > words or not _KEY_ENTRY.match(q.text) or (shape and not shape.match(q.text)):
            break
        entries.append(q.text)
    return entries


def _definitions(text: str) -> list[str]:
    """The sentences of a passage's longest run of at least three definitions ("Label: meaning."), or none."""
    best: list[str] = []
    run: list[str] = []
    only: list[str] = []  # a value "... only" defined by itself ("PRN only: covered when the group asks; no Case
    # Presentation checks it"): what a map's cell says where an outcome is not assessed, however few the definitions
    for part in _SENTENCES.split(text):
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


def _entries(parts: Iterable[str]) -> Iterable[tuple[str, str]]:
    """Each (value, meaning) of a key's parts. A part with no value of its own goes on the meaning
    before it ("Log = your learning log; not graded."); a value that lists several ("Task 1, Task 2,
    Task 3 = graded") gives each of them that meaning."""
    got: list[list[str]] = []
    for part in parts:
        m = _KEY_ENTRY.match(part)
        if m:
            got.append([(m.group(1) or m.group(2) or m.group(3)).strip().lower(), m.group(4)])
        elif got:
            got[-1][1] += " " + part
    for value, meaning in got:
        several = [v.strip() for v in _SEVERAL.split(value)]
        if len(several) > 1 and not _CODE_PAIR.match(value) and all(0 < len(v.split()) <= MAX_VALUE_WORDS for v in several):
            yield from ((v, meaning) for v in several)
        else:
            yield value, meaning


# a value the key says no taught piece covers ("Belayed only in Rove through means no Muster teaches the line", "Own
# time ... means that no Passage or Landfall works on the Station"): where it stands, nothing develops the outcome
_UNTAUGHT = re.compile(r"\b(?:not|never) (?:\w+ )?(?:taught|covered|developed|worked on)\b|\bno [A-Z][\w-]+(?: or [A-Z][\w-]+)? "
                       r"(?:teaches|covers|develops|works on)\b", re.I)


def untaught_values(entries: Iterable[tuple[str, str]]) -> set[str]:
    """The key's values whose meaning says nothing in the course teaches the outcome."""
    return {value for value, meaning in entries if _UNTAUGHT.search(meaning)}


def keyed(values: dict[str, str], cell: str) -> str | None:
    """What the key says a cell's value means: the value itself, one led by a symbol ("● M1"), one
    led by a worded value and a note ("Task 3 (presentation)"); of a cell naming several ("Log;
    Task 2"), "assessed" if any of them is."""
    cell = cell.strip().lower()
    if cell in values:
        return values[cell]
    head = cell.split(maxsplit=1)[0] if cell else ""
    if head and not head[0].isalnum():
        return values.get(head)
    meant = [_led_by(values, part) for part in _PARTS.split(cell) if part]
    return "assessed" if "assessed" in meant else next((m for m in meant if m), None)


def keyed_none(values: dict[str, str], cell: str) -> bool:
    """Every value the cell names is one the key says means nothing of the course's is there ("NI", "CONDUCTED:
    the school's examinations officer": the value, then who does it instead)."""
    parts = [x for x in _PARTS.split(cell.strip().lower()) if x]
    return bool(parts) and "none" in values.values() and all(
        values.get(x) == "none" or _led_by(values, x) == "none" for x in parts)


def _led_by(values: dict[str, str], part: str) -> str | None:
    """The meaning of the longest worded key value that opens ``part`` and ends at a word's end."""
    best = None
    for value, meaning in values.items():
        # (a code in the plural: "SAQs in Block 4" for the key's "SAQ"; a code with its number run on: "CCP4" for "CCP")
        if value[:1].isalnum() and (opens_with(part, value) or opens_with(part, value + "s")
                                    or (len(value) <= 4 and " " not in value and re.match(re.escape(value) + r"\d{1,2}[a-z]?$", part))) \
                and (best is None or len(value) > len(best[0])):
            best = (value, meaning)
    return best[1] if best else None
