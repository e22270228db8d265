"""A table's key: what the values in an outcome matrix's cells mean.

Programme documents often fill an outcome matrix with symbols or short labels and
explain them once, in a key or legend beside the table: "Key: ● = taught and
assessed for the award; ○ = taught only; F = formative task only", or "Key. Main
focus: one of the marking criteria. Contributes: ... not one of the marking
criteria." This module reads what each of a key's entries says into {value: meaning}, the
meaning one of "assessed", "not_assessed", "some", "developed" or "none" (the entries
themselves are found by :mod:`approval_engine.judge.key_entries`); what a row of the
matrix then shows is the ruleset's decision over the row facts built from it.
"""

from __future__ import annotations

import re
from typing import Iterable

from approval_engine.judge.text import holds, opens_with

# a key's value said of one kind of column ("● in a unit column", "✓ under an assignment")
_BY_COLUMN = re.compile(r"^\W*(?:in|under) (?:an?|the|each|any) [\w-]+(?: [\w-]+)? columns?\b", re.I)
_SUMMATIVE = re.compile(r"\b(?:summative\w*|assess(?:ed|es|ment)|marked|graded|examined|tested|judges|judged)\b", re.I)
# (a key's mark "not tested" is not assessed; in the text's prose, "tested" may be the course's own trial)
# ("no test is made"; "is not heard for a mark"; "no one marks it" is _NO_PIECE_DOES's)
_NOT_TESTED = re.compile(r"\bnot (?:\w+ )?tested\b|\bno (?:test|check|mark)s? (?:is|are) (?:made|set|taken|done|given)\b"
                         r"|\bnot (?:\w+ ){1,2}for (?:a |any )?marks?\b", re.I)
_DEVELOP = re.compile(r"\b(?:develop|taught|cover|explore|introduc|address)", re.I)  # (not "Nothing recovered")
_NOT_DEVELOPED = re.compile(r"\bnot (?:\w+ )?(?:taught|developed|covered|addressed)\b", re.I)  # "not taught on the award"
# "Elective = optional content in E1-E3": what only some participants take is not assessed for the award
_OPTIONAL = re.compile(r"^\W*(?:optional|elective)\b", re.I)
# "Att = attendance at the session concerned": being there is no check of the outcome
ATTENDANCE = re.compile(r"^\W*(?:attendance|attending|attended|present at|register(?:ed)? at)\b", re.I)
# "SAQ = self-assessment question": what participants check for themselves is no assessment for the award
SELF_CHECK = re.compile(r"^\W*self[- ]?(?:assessment|assessed|check(?:ing|ed)?|test(?:ing)?|marked|marking)\b(?! (?:of|against) the\b)",
                        re.I)
SAYS_NONE = re.compile(r"^\W*(?:no|not|none|nil|never)\b", re.I)  # "No taught session (see note)", "not assessed"
# "CONDUCTED: the course neither teaches nor signs for this feature": a value saying nothing of the course's is there
_NEITHER = re.compile(r"\bneither (?:[\w’'-]+ ){0,2}?[\w’'-]+ nor\b"
                      # ... or "not served and not marked", "not taught or assessed": neither, in other words
                      r"|\bnot [a-z]+(?:ed|en|wn|t) (?:and|or) (?:not )?(?:marked|assessed|graded|judged|examined|scored)\b", re.I)
_PARTS = re.compile(r"\s*[;+]\s*|,\s+")  # a cell naming several values: "Task 2; Log", "Task 1, Task 3"


# no piece of the provider's, by its name, does anything to it ("... talked about on that Mile, but no Checkpoint stamps
# it"): whatever the provider's verb for marking, it is not assessed (not "a Harvest assesses it but no Inspection teaches it":
# taught nowhere, marked all the same)
_NO_PIECE_DOES = re.compile(r"\bbut no [A-Z][\w-]+(?: [A-Z][\w-]+)? (?!teaches|covers|develops|introduces|explores)[a-z]+s (?:it|them)\b"
                            # ... or in the passive ("but no card is taken on it")
                            r"|\bbut no [A-Za-z][\w-]+ (?:is|are) (?:taken|marked|given|scored|awarded|stamped|signed) (?:on|for) (?:it|them)\b"
                            # ... or it is found in none of them ("worked on at Practice Nights but appears in no Test Touch")
                            r"|\bbut (?:it )?(?:appears?|features?|comes? up|is|are) in no [A-Z][\w-]+\b"
                            # ... or no one marks it ("hung and paddled on its Run, but it has no judge. Nobody marks it.")
                            r"|\b(?:[Nn]obody|[Nn]o one|[Nn]o-one) (?:marks|judges|assesses|grades|scores|examines|checks) (?:it|them|the [\w-]+)\b"
                            r"|\bbut (?:it |they )?(?:has|have) no (?:judge|marker|examiner|assessor)s?\b")


# "worked on in a Learning Day but not part of any marked task": in none of the pieces that are marked
_IN_NO_MARKED = re.compile(r"\bnot (?:part of|in|included in|counted in) any (?:marked|assessed|graded|summative)\b", re.I)


# "taught and judged in a guest class at Ashbury Dance Centre ...; it is not part of our Class or our Award": another's
_NOT_OURS = re.compile(r"\bnot part of (?:our|the|this) (?:[\w’'-]+ or (?:our|the) )?(?:award|certificate|course|programme|"
                       r"qualification)\b", re.I)


def no_check(meaning: str) -> bool:
    """A key's meaning that is no check of an outcome: attendance, or a check participants make themselves."""
    return bool(ATTENDANCE.match(meaning) or SELF_CHECK.match(meaning))


_FULL_STOP = re.compile(r"(?<=\.)\s+(?=[A-Z])")


def kinds_apart(value: str, meaning: str) -> list[tuple[str, str]]:
    """A meaning whose later sentences are about one kind of the value, by its own name ("split: A piece of assessment.
    Splits 1 to 4 are marked ... The Practice split (P) is read by one measurer ...; it is not marked"): the value with
    the sentences about it as a whole, then each kind (and its code in brackets) with the sentence about it."""
    kind = re.compile(r"^\W*(?:the |an? )?((?!(?:the|an?|each|every|all|any|no|one|%s)\b)[A-Za-z][\w’'-]*\s%ss?)\b"
                      r"(?:\s*\(([A-Za-z0-9]{1,4})\))?" % (re.escape(value), re.escape(value)), re.I)
    own: list[str] = []
    kinds: list[tuple[str, str]] = []
    for sentence in _FULL_STOP.split(meaning):
        m = kind.match(sentence)
        if m is None:
            own.append(sentence)
            continue
        kinds.append((m.group(1).lower(), sentence))
        if m.group(2):
            kinds.append((m.group(2).lower(), sentence))
    return [(value, " ".join(own)), *kinds] if own and kinds else [(value, meaning)]


def read_key(entries: Iterable[tuple[str, str]], sig: dict, verbs: Iterable[str] = ()) -> dict[str, str]:
    """{cell value: "assessed" | "some" | "not_assessed" | "developed" | "none"} from the document's key entries
    (:func:`key_entries`); ``verbs`` are the text's own words for marking ("heard", where "a line that is heard at a
    Hearing is marked"), so that "... but never heard" is not assessed."""
    own = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?(?:%s)\b" % "|".join(map(re.escape, sorted(verbs))), re.I) if verbs else None
    # (and where it is said, not denied, the value is marked: "Plated: the quarry is fired in the Tracery Piece named")
    marks = re.compile(r"(?<!not )(?<!never )\b(?:%s)\b" % "|".join(map(re.escape, sorted(verbs))), re.I) if verbs else None
    values: dict[str, str] = {}
    both: set[str] = set()  # one value given two meanings by the column it stands in ("● in a unit column =
    # taught in that unit; ● in an assignment column = assessed"): the columns say which, not the key
    by_column: set[str] = set()
    coded: dict[str, str] = {}  # the codes an assessed piece's meaning names in brackets ("CS1 to CS4"), unless keyed
    unsaid: list[tuple[str, str]] = []  # values whose meanings say nothing the words above read
    for value, meaning in (apart for entry in entries for apart in kinds_apart(*entry)):
        said = None
        if (_NEITHER.search(meaning) or _NOT_THERE.search(meaning) or holds(sig.get("aspiration"), meaning)
                or _NOT_OURS.search(meaning)
                or holds(sig.get("status_not_current"), meaning)):
            # (or only to come: "On order: to be added for the 2010-11 edition"; or not this time: "Held over: moved to a
            # later edition. It does not run in 2009-10", "Spiked: dropped from this edition", "the Certificate does not
            # address the line")
            said = "none"
        elif (holds(sig["not_assessed"], meaning) or _OPTIONAL.match(meaning) or no_check(meaning) or _NOT_TESTED.search(meaning)
              or _NO_PIECE_DOES.search(meaning) or _IN_NO_MARKED.search(meaning) or (own and own.search(meaning))):
            said = "not_assessed"
        elif holds(sig.get("not_assessed_for_all"), meaning) and _SUMMATIVE.search(meaning):
            said = "some"  # "C a Choice: you are tested on only the clause you choose": assessed for some participants
        elif (_SUMMATIVE.search(meaning) or (marks and marks.search(meaning))) and not SAYS_NONE.match(meaning):
            said = "assessed"
        elif _DEVELOP.search(meaning) and not _NOT_DEVELOPED.search(meaning):
            said = "developed"
        elif SAYS_NONE.match(meaning) or _SAYS_NOT.match(meaning) or _NOT_IN_ANY.search(meaning):
            said = "none"  # "NI: not inspected", "N = not covered": the cell says nothing is there
        if said is None:
            unsaid.append((value, meaning))
            continue
        if _BY_COLUMN.search(meaning):
            by_column.add(value)
        if value in values and values[value] != said and value in by_column:
            both.add(value)
        values[value] = said
        for code in [*codes_in_brackets(meaning), *pieces_counted_out(meaning)] if said == "assessed" else ():
            coded.setdefault(code, said)
    values.update((v, said) for v, said in _by_marked_pieces(unsaid, values) if v not in values)
    return {v: m for v, m in {**coded, **values}.items() if v not in both}


_DENIED = re.compile(r"\b(?:not|no|never|none|neither|nothing)\b", re.I)


def _by_marked_pieces(unsaid: list[tuple[str, str]], values: dict[str, str]) -> Iterable[tuple[str, str]]:
    """What the key's other values mean by the marked pieces it names ("Capital Item: one of the three marked pieces of
    work"): a value that makes the outcome part of one is assessed ('"Claimed (CW1)": the Feature is part of the
    Specification of that Capital Item'); one that says it is part of none is not ('"Inspected only": ... it is not
    part of any Capital Item')."""
    # (a state named by the piece it is done in, whatever that piece's name: "timed at a split that counts" where a
    # Split is marked; "timed only at the Practice split", where the Practice split is not)
    counted = [v for v, said in values.items() if said == "assessed" and len(v) >= 3 and v[0].isalpha()]
    uncounted = [v for v, said in values.items() if said == "not_assessed" and len(v) >= 3 and v[0].isalpha()]
    counts = (re.compile(r"\b(?:%s)s?\s(?:that|which) counts?\b" % "|".join(map(re.escape, counted)), re.I)
              if counted else None)
    only_in = (re.compile(r"\bonly (?:at|in|on|by|through) (?:the |a |an )?(?:%s)s?\b" % "|".join(map(re.escape, uncounted)), re.I)
               if uncounted else None)
    for value, meaning in unsaid:
        if only_in and only_in.search(meaning):
            yield value, "not_assessed"
        elif counts and counts.search(meaning):
            yield value, "assessed"
    pieces = [v for v, said in values.items() if said == "assessed" and len(v) >= 4 and re.search(r"[a-z][ -][a-z]", v)]
    if not pieces:
        return
    named = r"(?:%s)s?\b" % "|".join(re.escape(p) for p in sorted(pieces, key=len, reverse=True))
    none_of = re.compile(r"\b(?:not|never|no|none of the)\b(?:\s+[\w’'-]+){0,4}?\s+" + named, re.I)
    # (or said to be done in one: "caught on a Beat and weighed in that Weigh-in, which the Keeper marks")
    part_of = re.compile(r"\b(?:(?:part|one) of (?:the |that |this |each |a |an )?(?:[\w’'-]+ ){0,4}?|(?:in|at) (?:that|the|each|its) )"
                         + named, re.I)
    for value, meaning in unsaid:
        if none_of.search(meaning):
            yield value, "not_assessed"
        elif part_of.search(meaning) and not _DENIED.search(meaning):
            yield value, "assessed"


# the codes a meaning gives its pieces, alone in brackets ("A marked assignment (CS1 to CS4)", "(FP1, FP2, FP3)")
_BRACKETED_CODES = re.compile(r"\(\s*([A-Z]{1,3}\d{1,2}(?:\s*(?:,|and|or|to|-|–)\s*(?:[A-Z]{1,3})?\d{1,2})*)\s*\)")
# ... or listed at the meaning's end after what they are ("one of the three marked pieces of work, A1, A2 and A3")
_LISTED_AT_END = re.compile(r"(?:,|:)\s*([A-Z]{1,3}\d{1,2}(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z]{1,3}\d{1,2})+)\s*\.?\s*$")
# a range of codes by its ends ("CS1 to CS4", "R1 … R4")
# ... or listed after the pieces' name, wherever it stands ("The three marked pieces of work, Tracery Pieces A1, A2 and B1,
# which sit above the lights")
_LISTED_AFTER_NAME = re.compile(r"\b[A-Za-z][\w’'-]*s\s+([A-Z]{1,3}\d{1,2}(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z]{1,3}\d{1,2})+)\b")
_RANGE = re.compile(r"^([A-Z]{1,3})(\d{1,2})\s*(?:to|-|–|…|\.\.\.)\s*(?:\1)?(\d{1,2})$", re.I)
MAX_RANGE = 12


def code_range(text: str) -> list[str]:
    """The codes a range names by its ends ("CS1 to CS4": cs1 ... cs4; "R1 … R4"), lower-cased, or none."""
    rng = _RANGE.match(text.strip())
    if rng is None or not 0 <= int(rng.group(3)) - int(rng.group(2)) <= MAX_RANGE:
        return []
    return [f"{rng.group(1).lower()}{n}" for n in range(int(rng.group(2)), int(rng.group(3)) + 1)]
_RANGE_IN_WORDS = re.compile(r"\b([A-Z]{1,3})(\d{1,2}) (?:to|-|–) \1(\d{1,2})\b")


# the pieces a meaning counts out by name ("a marked piece of assessment. There are three: Mat A, Mat B and the Finish Mat")
_COUNTED_OUT = re.compile(r"\bthere (?:are|is) (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?: of them)?\s*[:–—]\s*"
                          r"([^.;]{3,120})", re.I)


def pieces_counted_out(meaning: str) -> list[str]:
    """Each piece a key's meaning names after counting them ("There are three: Mat A, Mat B and the Finish Mat":
    mat a, mat b, finish mat), each a few words."""
    out: list[str] = []
    for m in _COUNTED_OUT.finditer(meaning):
        for part in re.split(r"\s*(?:,|\band\b|\bor\b)\s*", m.group(1)):
            name = re.sub(r"^(?:the|a|an)\s+", "", part.strip(), flags=re.I).lower()
            if name and len(name.split()) <= 4:
                out.append(" ".join(name.split()))
    return out


def codes_in_brackets(meaning: str) -> list[str]:
    """The codes named alone in brackets in a key's meaning (or listed at its end: "..., A1, A2 and A3", or after the
    pieces' name: "Tracery Pieces A1, A2 and B1"), a range given
    by its ends ("CS1 to CS4": cs1 ... cs4), or a range named in its words ("There are three, D1 to D3")."""
    out: list[str] = []
    for m in _RANGE_IN_WORDS.finditer(meaning):
        lo, hi = int(m.group(2)), int(m.group(3))
        if 0 <= hi - lo <= MAX_RANGE:
            out += [f"{m.group(1).lower()}{n}" for n in range(lo, hi + 1)]
    for m in [*_BRACKETED_CODES.finditer(meaning), *_LISTED_AT_END.finditer(meaning), *_LISTED_AFTER_NAME.finditer(meaning)]:
        for part in re.split(r"\s*(?:,|\band\b|\bor\b)\s*", m.group(1)):
            if _RANGE.match(part.strip()):
                out += code_range(part)
            elif re.fullmatch(r"[A-Z]{1,3}\d{1,2}", part.strip()):
                out.append(part.strip().lower())
    return list(dict.fromkeys(out))


_NOT_THERE = re.compile(r"\b(?:does|do|will) not (?:address|cover|teach|include|run|happen|take place|take|offer|record)\b|"
                        r"\bwill not be [a-z]+(?:ed|n|t) (?:until|before)\b|"
                        r"\b(?:is|are) not [a-z]+(?:ed|en) at all\b|"  # "is not carried at all"
                        # "listed for completeness but is not exhibited in this edition": not in the course this time
                        r"\bbut (?:is|are) not [a-z]+(?:ed|en|wn|t) (?:in|on) this (?:edition|year|course|programme|cohort|"
                        r"version|issue|session)\b|"
                        # "no Transit teaches it and no Plate marks it": neither taught nor marked
                        r"\bno [A-Z][\w-]+ (?:teaches|covers|develops) (?:it|them),? (?:and|or|nor) no [A-Z][\w-]+ (?:marks|assesses|tests|grades) (?:it|them)\b|"
                        r"\bnot in (?:the|this|our) (?:course|programme|award|certificate|scheme)\b|"  # ("not in the course this year")
                        # ("Blank: not fished for this season")
                        r"(?:^\W*|[:.]\s+)not [a-z]+(?:ed|en|wn|t) (?:for|in|during) (?:this|the) (?:season|year|edition|issue|round|cycle|term|course)\b|"
                        r"\b(?:is|are) not dealt with (?:under|in|by) (?:this|the|our)\b|"  # ("not dealt with under this application")
                        r"\bnot (?:in|on) (?:this|the|our) (?:season|year|term|edition|cohort)['’]s\b|"  # ("not in this season's Making",
                        # "A storyline not on this season's card")
                        r"\bnot in (?:this|the current) (?:issue|edition|version|season|year|cohort|run|box|set|series|release)\b|"  # ("not in this issue of the scale", "It is not in this box")
                        # ("An item promised for a later series")
                        r"\bpromised for (?:a |the )?(?:later|next|future|coming|second) (?:series|edition|season|year|cohort|release|issue|run)\b|"
                        # ("a line that was rung in the pilot year and is not rung in 2008-09")
                        r"\b(?:is|are) not [a-z]+ (?:in|during) (?:19|20)\d\d(?:[-–/](?:\d\d){1,2})?\b|"
                        r"^\W*(?:dropped|removed|cut|omitted|deleted)(?: from\b|\s*[.;:]|\s*$)|"  # ("omitted. The reason is ...")
                        r"\b(?:has|have) been (?:taken off|removed|withdrawn|dropped|cut)\b|"
                        r"\b(?:moved|moves|put back|postponed|deferred) to (?:a later|the next|the (?:19|20)\d\d)\b", re.I)
# a meaning whose own clause is negated ("the Part is not called this season"): nothing of the course's is there
_SAYS_NOT = re.compile(r"^\W*(?:the|this|that|an?|its|their|it|they) (?:[\w’'-]+ ){0,3}(?:is|are) not\b", re.I)
# ... or, in the column it stands in, done in none of the course's parts, by the text's own verb ("In the Main column: not
# strung in any Frame"), or brought by the participant ("we take it that customers arrive with it")
_NOT_IN_ANY = re.compile(r"\bnot [a-z]+(?:ed|en|ung|wn|t) (?:in|on|at|by) any [A-Z][\w’'-]+|\b(?:arrive|arrives|come|comes|join|joins|"
                         r"start|starts) (?:already )?(?:with|knowing) (?:it|this|them)\b"
                         # ... or only mentioned ("A storyline mentioned in a segment but given no time of its own")
                         r"|\b(?:given|gets?|has) no (?:time|session|teaching) of its own\b", re.I)


# a value the key says no taught piece covers ("Belayed only in Rove through means no Muster teaches the line", "Own
# time ... means that no Passage or Landfall works on the Station"): where it stands, nothing develops the outcome
# (or not done at any of the course's named pieces, in its own verb: "The medicine is not given at any Round")
_UNTAUGHT = re.compile(r"\b(?:not|never) (?:\w+ )?(?:taught|covered|developed|worked on)\b|"
                       r"\bnot (?!(?:assessed|marked|graded|examined|tested|signed|scored|judged|checked)\b)[a-z]+(?:ed|en) "
                       r"(?:at|in|on) any [A-Z][\w-]+\b|\bno [A-Z][\w-]+(?: or [A-Z][\w-]+)? "
                       r"(?:teaches|covers|develops|works on)\b", re.I)


def untaught_values(entries: Iterable[tuple[str, str]]) -> set[str]:
    """The key's values whose meaning says nothing in the course teaches the outcome."""
    return {value for value, meaning in entries if _UNTAUGHT.search(meaning)}


_NUMBERED = re.compile(r"\s+\d{1,2}[a-z]?$")
_BRACKETED_SEVERAL = re.compile(r"(.+?)\s*\(([^()]+)\)")
SEVERAL = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|/)\s+")  # a key value naming several: "Task 1, Task 2"


# a number left open at a value's end: "Dn", "Tn", "n" ("Task n"), not a word ("in", "on", "an")
_OPEN_NUMBER = re.compile(r"(?:^|(?<=\s))(?!(?:in|on|an|un)$)([a-z]{0,2})n$")


def keyed(values: dict[str, str], cell: str) -> str | None:
    """What the key says a cell's value means: the value itself, one led by a symbol ("● M1"), one
    led by a worded value and a note ("Task 3 (presentation)"); of a cell naming several ("Log;
    Task 2"), "assessed" if any of them is."""
    cell = cell.strip().lower()
    if cell in values:
        return values[cell]
    # a kind of value the key names by its number ("A Task number in the last column means ...": "Task 2")
    if (numbered := _NUMBERED.sub(" number", cell)) != cell and numbered in values:
        return values[numbered]
    # a value the key gives with its number left open ('"ACTIONED at Dn" means ... marked at Debrief Dn': "ACTIONED at D3")
    for value, meaning in values.items():
        if (m := _OPEN_NUMBER.search(value)) and re.fullmatch(re.escape(value[:m.start()]) + m.group(1) + r"\s?\d{1,2}[a-z]?", cell):
            return meaning
    # a value the key gives one piece at a time, the cell naming several in its brackets ("Bottled (B1 and B3)" for the
    # key's "Bottled (B1)", "Bottled (B3)")
    if (m := _BRACKETED_SEVERAL.fullmatch(cell)) and len(several := [x for x in SEVERAL.split(m.group(2)) if x]) > 1:
        meant = [values.get(f"{m.group(1)} ({x})") for x in several]
        if any(meant):
            return "assessed" if "assessed" in meant else next(x for x in meant if x)
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
