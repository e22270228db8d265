"""The provider's own names for the course's people, and for the national outcomes.

Applications written in a provider's own idiom name the course's tutors and
mentors as the provider does: "County Recorders are the course tutors",
"Voluntary Wardens ... act as their mentors", "a section keeper (a senior
colleague who will mentor them)", "school-based mentors (Pathfinders)". From
then on the document says "Wardens attend a half-day briefing", never
"mentors attend ...", and a requirement about preparing mentors reads nothing.

Perception reads each such definition once, as a fact about the document (the
term and the role it names), and gives every later sentence that uses the
term a second reading with the role's own word in its place. The rules'
patterns are run over that reading only where the sentence's own words do
not match; a match found there is mapped back onto the sentence's own words,
so the quote, its place and every cue read around the match are the
provider's. A term the document defines as the national outcomes ("Lines |
... our wording of the national minimum outcomes") is read the same way, with
"outcomes" in its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from approval_engine.judge.text import plural, singular

# the course's people a term may name, as their own word (singular) -> how they are named in a definition
ROLES = ("tutor", "mentor", "marker", "assessor", "participant")
_ROLE_WORDS = r"(?:link |course |personal |associate |school[- ]based |workplace |second |visiting )?"
_ROLE = r"(?:" + _ROLE_WORDS + "(" + "|".join(ROLES[:-1]) + r")s?)"
# ... and in a table of terms, whose rows define each term and nothing else, the course's participants too
_ROLE_OR_PARTICIPANT = r"(?:" + _ROLE_WORDS + "(" + "|".join(ROLES) + r")s?)"
_DET = r"(?:the|our|a|an|their|each participant's|every participant's|each|every|one of (?:the|our|its|their)(?: [A-Z][\w’'-]*['’]s)?)"
# a term the provider coined: one to three capitalised words (not a sentence's opening pronoun or determiner), in any
# Latin letters ("Répétiteur", "Maître")
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ’'-"
_TERM = rf"((?:[{_UPPER}][{_LOWER}]+|[A-Z]{{2,6}})(?: [{_UPPER}][{_LOWER}]+){{0,2}})"
# words between the determiner and the role that describe the person, not what the person belongs to or does
_BETWEEN = r"(?: (?!of\b|for\b|to\b|with\b|in\b|on\b|by\b|from\b|and\b|or\b|at\b)[\w’'-]+)"
# a term as a definition in brackets follows it: capitalised, or a noun after a determiner ("a section keeper (...)")
_NAMED = r"(?:" + _TERM + r"|\b(?:the|a|an|each|every|their|our|his|her) ((?:[a-z][a-z’'-]+ )?[a-z][a-z’'-]+))"
# (a capitalised run after "of" or "from" is the end of a longer name: "the School of Education is ...")
_NOT_AFTER = r"(?<!of )(?<!from )(?<!at )(?<!in )(?<!for )(?<!by )(?<!with )(?<!to )"
_NOT_TERMS = frozenset(
    "This These Those That It They There Here Who What Which Each Every All Our The Their Its Your You We Some Most "
    "Both One Two Three Any No Participants Participant Tutors Tutor Mentors Mentor Markers Marker Assessors Assessor "
    "Teachers Teacher Headteachers Headteacher SENCOs SENCO Schools School Staff University College Course Award "
    "Programme Module Unit Dr Mr Mrs Ms Miss Professor Signed Signature Name Date Appendix Annex Section Recommendation "
    "Note".split())

_QUOTE, _UNQUOTE = r"[“\"‘']?", r"[”\"’']?"

_DEFINITIONS = (
    # "County Recorders are the course tutors", "Voluntary Wardens are the senior colleagues ... who act as their mentors"
    # (the term in quotation marks, as a list of definitions gives it: '(b) a "Valuer" is a tutor of the course')
    # (or as a contract defines its terms: '"Officers" means the tutors who teach ...')
    re.compile(_NOT_AFTER + _QUOTE + _TERM + _UNQUOTE + r" (?:is|are|will be|serve as|serves as|act as|acts as|means?) " + _DET
               + _BETWEEN + r"{0,4}? " + _ROLE + r"\b(?![’']s)"),
    # (or with no determiner: "Attending Keepers are experienced SENCos ... who act as school-based mentors")
    re.compile(_QUOTE + _TERM + _UNQUOTE + r" (?:is|are)(?: " + _DET + r")?(?:,? [\w’'-]+){1,14}?,? who (?:will )?acts? as(?: "
               + _DET + r")?" + _BETWEEN + r"{0,2}? " + _ROLE + r"\b(?![’']s)"),
    # '"Purser" means the experienced SENCO assigned to each Passenger as mentor'
    re.compile(_QUOTE + _TERM + _UNQUOTE + r" (?:is|are|means?) (?:the|an?)(?: [\w’'-]+){0,3}? (?:SENCO|teacher|colleague|practitioner)s?"
               r"(?: [\w’'-]+){0,2}? (?:assigned|allocated|appointed|attached) to (?:each|every|a|an|the) [\w’'-]+ as "
               r"(?:their |his or her |a |an |the )?(mentor|tutor)s?\b"),
    # "the Curators (the three tutors who teach and mark)", "a section keeper (a senior colleague who will mentor them)"
    re.compile(_NAMED + r" \((?:the|a|an|our|their|each|every)(?: [\w’'-]+){0,4}? " + _ROLE
               + r"\b(?![’']s)(?=\)| who\b| that\b| in\b| at\b| from\b| for\b)"),
    re.compile(_NAMED + r" \((?:the|a|an|our|their)(?: [\w’'-]+){1,6}? who (?:will )?(mentor|tutor)s? "
               r"(?:them|him|her|each|every|the)\b"),
    # "Route Conductor: the mentor in the Trainee's own school", "Dancer: a participant, a teacher who ..." (a glossary's
    # line, which defines the course's participants too)
    re.compile(r"^\W*" + _TERM + r"\s*[:=–—]\s*(?:the|a|an|our|their|each participant's|every participant's|one of (?:the|our)"
               r"(?: programme's| course's)?)" + _BETWEEN
               + r"{0,3}? " + _ROLE_OR_PARTICIPANT + r"\b(?![’']s)(?=\s*(?:$|[.;,(]| in\b| at\b| from\b| for\b| who\b| of\b))"),
    # ... or by what the person does ("Home Authority Officer: the experienced colleague in the delegate's own school ...
    # who mentors the delegate")
    re.compile(r"^\W*" + _TERM + r"\s*[:=–—]\s*(?:the|an?)(?: (?!which\b|where\b|when\b|whom\b|tutors?\b|mentors?\b)"
               r"[\w’'()-]+){1,20}? who (?:will )?(mentor|tutor)s? (?:the|a|an|each|every|their|them|him|her)\b"),
    # "Helms. The tutors who teach the Spring Days and mark ...": a glossary's line with a full stop, the role defined
    # (numbered, the role alone or with a comma before "who": "2. Head Bakers. The tutors, who lead the Mixes",
    # "Section Leader. a tutor.")
    re.compile(r"^\W*(?:\d{1,2}[.)]\s+)?" + _TERM + r"\.\s+(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir)" + _BETWEEN + r"{0,3}? " + _ROLE
               + r"\b(?![’']s)(?=,?\s+who\b|\s*(?:[.;]|$))"),
    # the role first, then the term the text gives it ("the tutors are Supervisors", "our mentors are called Stewards",
    # "the Trust's tutors are Lengthsmen, the school-based mentors are Lock Keepers and each study day is a Stoppage")
    re.compile(r"(?<!of )\b(?:[Tt]he|[Oo]ur)(?: [A-Z][\w’'-]*['’]s)? " + _ROLE + r" (?:are|is) (?:called |known as )?" + _QUOTE
               + _TERM + _UNQUOTE + r"(?=\s*(?:[;,.]|$|\s\()|\s(?:and|or)\s)"),
    # "a Pilot (mentor)", "Mate (tutor)": the role alone in brackets after the term
    re.compile(_NOT_AFTER + r"(?<!for the )(?<!For the )" + _TERM + r" \(" + _ROLE + r"\)"),
    # "school-based mentors (Pathfinders)", "mentors, whom we call Pathfinders", "tutors, known as Guides"
    re.compile(_ROLE + r"(?:(?<=s) \((?=[^)]*\))| ?, (?:whom|who) we call | ?,? (?:known as|called) )[“\"‘']?" + _TERM
               + r"[”\"’']?(?![\w ])"),
)


# the course's participants, as a glossary's line defines them ("Correspondents: the teachers taking the course")
_PARTICIPANTS = re.compile(r"(?:^\W*|[;:]\s+)(?:\([a-z]\)\s*)?(?:(?:a|an|the|our)\s)?" + _QUOTE + _TERM + _UNQUOTE
                           + r"\s*(?:[:=–—]|\s(?:is|are|means))\s*(?:the|a|an|our)\s(?:[\w’'-]+\s)?(?:teachers?|SENCOs?|people|persons?|"
                           r"candidates?|students?|learners?)\s(?:(?:who\s(?:are\s)?)?(?:taking|take|doing|following|"
                           r"admitted to|enrolled on|registered on|accepted on(?:to)?|studying)\s|on\s)(?:the|this|our)\s(?:course|programme|award|"
                           r"certificate|[A-Z][\w’'-]+)\b")


# a mentor, described and not named as one: an experienced colleague from another school each participant is given
# ("Each participant has a Warden: an experienced SENCO in a neighbouring school, ...", "Each participant has a
# Companion, an experienced SENCO from a nearby school")
_EXPERIENCED_COLLEAGUE = re.compile(
    r"(?:\b(?:[Ee]ach|[Ee]very) (?!(?:school|pupil|child|class|family|parent)\b)[\w’'-]+ (?:has|is given|is paired with|is assigned|will have) "
    r"(?:a|an|one) " + _TERM + r"\s*[:,(–—-]\s*"
    # ... or the participant's own one, as the text speaks to the participant ("Your Border Guide is an experienced
    # colleague, usually a deputy head or a SENCO in a neighbouring school")
    r"|(?:^\W*|[.;]\s+)(?:Your|Each participant's|Every participant's) " + _TERM + r" (?:is|will be) )"
    r"(?:an?|one) (?:experienced|senior|serving|trained|practising) (?:[\w’'-]+ )?(?:SENCO|teacher|colleague|"
    r"practitioner|headteacher|head)\b")


def _role_of(m: re.Match) -> tuple[str, str] | None:
    groups = [g for g in m.groups() if g]
    term = next((g for g in groups if g[0].isupper() or " " in g or g not in ROLES), None)
    role = next((g for g in reversed(groups) if g in ROLES), None)
    if term is None or role is None:
        return None
    term = re.sub(r"^(?:The|Our|Their|A|An|Each|Every) ", "", term)
    if m.re.pattern.endswith(r"\)") and (singular(term) == term) != (m.group(0)[-2] != "s"):
        return None  # "a Pilot (mentor)", "Mates (tutors)"; not a budget line's "Travel (tutors)"
    if role == "participant" and (singular(term) == term) != (not m.group(0).rstrip().endswith("s")):
        return None  # "Dancer: a participant", "Members: the participants"; not "Scope: the participants (our users)"
    if term.isupper() and term.rstrip("s")[-1:] != role[0].upper():
        return None  # an abbreviation names the role it abbreviates ("link tutors (LTs)"), not a process ("(APEL)")
    return term, role


# a term ending in one of these names a body, not a person ("Soarbrook SEN Support Service (associate tutor)")
_BODIES = frozenset("Service Services School College University Trust Council Authority Department Office Centre Center Team Group "
                    "Board Committee Unit Project Partnership Network Agency Federation Academy".split())


def _acceptable(term: str, role: str = "") -> bool:
    words = term.split()
    if words[0] in _NOT_TERMS or words[-1] in _NOT_TERMS or words[-1] in _BODIES:
        return False
    low = term.lower()
    # (the course's "Members" are its participants; a tutor called a "member" is a member of something else)
    member = "" if role == "participant" else "member|person|"
    # (a leader or head by the course's own word for what they lead is a coined term: "Section Leader", "Head Baker";
    # a leader or head alone, or a school's, is not)
    if re.fullmatch(r"(?:(?:team|group|year|phase|key stage|subject|deputy) )?(?:leader|head)s?", low):
        return False
    return len(term) >= 4 and not re.search(r"\b(?:tutor|mentor|marker|assessor|participant|teacher|headteacher|senco|school|course|"
                                            r"colleague|" + member + r"deputy|people)s?\b", low)


_SENTENCE_STARTS = re.compile(r"(?<=[.;])\s+(?=[A-Z])")


def read_aliases(texts) -> dict[str, str]:
    """The terms the texts define as naming a tutor, mentor, marker or assessor: term -> role.
    A term defined as two roles names neither."""
    found: dict[str, set[str]] = {}
    for text in texts:
        # (a glossary run on in one paragraph defines a term at each sentence's start: "Glossary. Traveller: a teacher
        # on the course. Driver: a tutor. Guard: the mentor in the Traveller's own school.")
        pieces = [text, *_SENTENCE_STARTS.split(text)[1:]]
        for m in (m for piece in pieces for m in _PARTICIPANTS.finditer(piece)):
            if _acceptable(m.group(1), "participant"):
                found.setdefault(singular(m.group(1)), set()).add("participant")
        for m in _EXPERIENCED_COLLEAGUE.finditer(text):
            term = m.group(1) or m.group(2)
            if _acceptable(term, "mentor"):
                found.setdefault(singular(term), set()).add("mentor")
        for piece in pieces:
            m = _TERM_IS.match(piece)
            if m and _COLLEAGUE_IN_SCHOOL.match(piece[m.end():]) and _acceptable(m.group(1), "mentor"):
                found.setdefault(singular(m.group(1)), set()).add("mentor")
        if not any(w in text for w in ROLES):
            continue
        for rx, piece in ((rx, piece) for rx in _DEFINITIONS for piece in (pieces if rx.pattern.startswith("^") else pieces[:1])):
            for m in rx.finditer(piece):
                got = _role_of(m)
                if got is None:
                    continue
                term, role = got
                if _acceptable(term, role):
                    found.setdefault(singular(term), set()).add(role)
    return {term: next(iter(roles)) for term, roles in found.items() if len(roles) == 1}


# a table of terms whose meaning opens with the role ("Desk editor | A tutor. Each Page has a lead desk editor ...")
_MEANS_ROLE = re.compile(r"^\W*(?:[Oo]ne of )?(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ee]ach participant's) )?(?:[\w’'-]+ ){0,3}?" + _ROLE_OR_PARTICIPANT
                         + r"\b(?![’']s)(?=\s*(?:$|[.;:,(]| in\b| at\b| from\b| for\b| who\b| of\b| on\b"
                         # ("A tutor employed by the Service or by the University")
                         r"| (?:employed|appointed|based|engaged|seconded|contracted)\b))")


_ACTS_AS_ROLE = re.compile(r"^\W*(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir) (?:[\w’'-]+ ){1,10}?who (?:(?:acts?|serves?) as (?:a |an |the |their |his or "
                           r"her )?" + _ROLE + r"\b(?![’']s)|(?:will )?(mentor|tutor)s? (?:a|an|the|each|every|one|their|them|him|her)\b)")


# a participant, as a table of terms defines one ("a teacher admitted to the course", "A SENCO enrolled on the Award")
_ADMITTED = re.compile(r"^\W*(?:(?:a|an|the|each|every|any)\s)?(?:teacher|SENCO|person|student|candidate|learner)s?\s(?:[\w’'-]+\s){0,2}?"
                       r"(?:admitted|enrolled|registered|accepted|studying|taking part|"
                       # ("A teacher taking the course", "A teacher following the programme")
                       r"(?:on|taking|following|doing|attending) (?:the|this|our) (?:programme|course|award)\b)"
                       r"\b", re.I)


# a mentor, as a table of terms describes one: an experienced colleague in the participant's own school ("Tenter | An
# experienced colleague in the Weaver's own school, named by the headteacher, who meets the Weaver ...")
# (or "or senior teacher, in or near the Hedger's school"; or in another school, who meets the participant there: "An
# experienced SENCO in another Partnership school who meets the Dancer in her school")
_COLLEAGUE_IN_SCHOOL = re.compile(
    r"^\W*(?:an?|the)\s(?:experienced\s|senior\s|serving\s)?(colleague|SENCO|teacher|member of staff)"
    r"(?:\s(?:or|and)\s(?:an?\s)?(?:experienced\s|senior\s)?(?:colleague|SENCO|teacher|leader))?,?\s"
    r"(?:(?:in|from|at)(?:\sor\snear)?\s(?:the|their|his or her|each)\s[\w’'-]+['’]s\s(?:own\s)?school\b"
    r"|(?:in|from|at)\s(?:another|a\s(?:neighbouring|nearby|partner|different))\s(?:[\w’'-]+\s)?school\b[^.;]{0,40}?\bwho\s"
    r"(?:meets|visits|supports|mentors|coaches|works\swith)\b)", re.I)
# a term the text defines as such a colleague ('"Mate" is an experienced SENCO or senior teacher, in or near the
# Hedger's school, named ...')
# (numbered, as a list of customs or definitions numbers them: 'Custom 3. "Mate" is ...', '4. "Mate" is ...')
_TERM_IS = re.compile(r"^\W*(?:(?:[A-Z][a-z]+\s)?\d{1,2}[.:)]\s+)?" + _QUOTE + _TERM + _UNQUOTE + r"\s(?:is|are|means)\s")


def table_aliases(pairs) -> dict[str, str]:
    """The terms a table of terms defines as a tutor, mentor, marker or assessor: term -> role (``pairs``: each
    (term, meaning) row of such a table, the term as written)."""
    found: dict[str, set[str]] = {}
    for term, meaning in pairs:
        m = _MEANS_ROLE.match(meaning) or _ACTS_AS_ROLE.match(meaning) or _ADMITTED.match(meaning)
        term = re.sub(r"^(?:The|Our) (?=[A-Z])", "", term.strip())  # ("The Band | The tutors. ...")
        role = next((g for g in m.groups() if g), "participant") if m else ""
        if not m and (m := _COLLEAGUE_IN_SCHOOL.match(meaning)):
            role = "mentor"
        if m and 1 <= len(term.split()) <= 3 and _acceptable(term, role):
            found.setdefault(singular(term), set()).add(role)
    return {term: next(iter(roles)) for term, roles in found.items() if len(roles) == 1}


# the course's own name for the national outcomes ("Lines | ... our wording of the national minimum outcomes", "The
# Middot are the national outcomes in our own words", "the Conventions (the national outcomes)"), read as "outcomes"
_NATIONAL = r"(?i:(?:the |its |our )?(?:\d{2} |twenty-\w+ )?(?:(?:TDA['’]s|national|minimum|Annex 3) ){1,3}outcomes)\b"
_MEANS_OUTCOMES = re.compile(r"^\W*(?:one of |each of )?" + _NATIONAL + r"|\bour (?:own )?(?:wording|words|names?|version|statements?) (?:of|for) "
                             + _NATIONAL, re.I)
_OUTCOMES_ARE = (
    re.compile(r"(?:^\W*|[.;:]\s+)(?:The |Our )?" + _QUOTE + _TERM + _UNQUOTE + r" (?:is|are|means?) (?:one of |each of )?" + _NATIONAL),
    re.compile(_NOT_AFTER + _QUOTE + _TERM + _UNQUOTE + r" \((?:the |our )?(?:(?:national|minimum) ){1,2}outcomes\)"),
)


def outcome_names(texts, pairs) -> dict[str, str]:
    """The terms the texts, or a table of terms (``pairs``: each row's term and meaning), define as the national
    outcomes: term -> "outcome"."""
    found = set()
    for term, meaning in pairs:
        term = re.sub(r"^(?:The|Our) (?=[A-Z])", "", term.strip())
        if _MEANS_OUTCOMES.search(meaning) and re.fullmatch(_TERM, term):
            found.add(term)
    for text in texts:
        for rx in _OUTCOMES_ARE:
            found.update(m.group(1) for m in rx.finditer(text) if m.group(1)[:1].isupper())
    return {singular(t): "outcome" for t in found if _acceptable(singular(t)) and "outcome" not in t.lower()}


class AliasReading:
    """Sentences read again with the course's people named by their roles."""

    def __init__(self, aliases: dict[str, str]):
        self.aliases = aliases
        forms: dict[str, str] = {}
        for term, role in aliases.items():
            # as defined, in either number; a term defined in lower case also opening a sentence
            # (a term of ordinary words, "Desk editor" in a table of terms, also as the text writes it: "desk editors")
            common = " " in term and all(not w[:1].isupper() for w in term.split()[1:])  # (not one word: "guide")
            for t in {term, term[0].upper() + term[1:], *((term[0].lower() + term[1:],) if common else ())}:
                forms[t] = role
                forms[plural(t)] = plural(role)
        self.forms = forms
        self.pattern = (re.compile(r"\b(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")
                        if forms else None)

    def read(self, text: str) -> "Reading | None":
        """``text`` with each term in its role's word, and where each change is; None when it names none."""
        if self.pattern is None or any(rx.search(text) for rx in _DEFINITIONS):
            return None  # (a definition says what the term means: it is no arrangement of the role's)
        parts, spans, at, shift = [], [], 0, 0
        for m in self.pattern.finditer(text):
            role = self.forms[m.group(1)]
            parts.append(text[at:m.start()])
            spans.append((m.start() + shift, m.start() + shift + len(role), m.start(), m.end()))
            parts.append(role)
            shift += len(role) - (m.end() - m.start())
            at = m.end()
        if not spans:
            return None
        parts.append(text[at:])
        return Reading("".join(parts), tuple(spans))


@dataclass(frozen=True)
class Reading:
    text: str  # the sentence with its terms in their roles' words
    spans: tuple[tuple[int, int, int, int], ...]  # (start, end) in the reading, (start, end) in the sentence

    def original(self, i: int, end: bool = False) -> int:
        """The place in the sentence of place ``i`` in the reading."""
        shift = 0
        for a, b, s, e in self.spans:
            if i < a or (end and i == a):
                break
            if i < b or (end and i == b):
                return e if end else s
            shift = e - b
        return i + shift

    def at(self, i: int) -> int:
        """The place in the reading of place ``i`` in the sentence."""
        shift = 0
        for a, b, s, e in self.spans:
            if i < s:
                break
            if i < e:
                return a
            shift = b - e
        return i + shift


class AliasMatch:
    """A match in a sentence's second reading, as a match on the sentence's own words."""

    def __init__(self, m: re.Match, reading: Reading, text: str):
        self.re = m.re
        self.string = text
        self._span = (reading.original(m.start()), reading.original(m.end(), end=True))
        self.lastgroup = m.lastgroup

    def start(self, group: int = 0) -> int:
        return self._span[0]

    def end(self, group: int = 0) -> int:
        return self._span[1]

    def span(self, group: int = 0) -> tuple[int, int]:
        return self._span

    def group(self, group: int = 0) -> str:
        return self.string[self._span[0]:self._span[1]]
