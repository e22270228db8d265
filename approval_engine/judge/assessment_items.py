"""The programme's assessment items named by code ("A4", "Task F1"), and which of
them are formative only.

An outcome table's assessment cell often names an item by its code alone, and the
item is described elsewhere: a row of an assessment table ("A4 | Reflective log |
Formative only: not marked"), or a cell under a column for formative work
("Practice task (formative: written feedback only, not graded)"). A cell that names
only formative items names no assessment for the award; this module tells which
cells do.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from approval_engine.judge.outcome_keys import no_check
from approval_engine.judge.text import holds
from approval_engine.judge.typed_tables import header_index

if TYPE_CHECKING:
    from approval_engine.judge.outcome_facts import OutcomeReader

_PREFIX = r"(?:(?:task|assignment|component|assessment|practice task|part)\s+)?"
ITEM_CODE = r"[A-Z]{1,3}\d{1,2}"  # an assessment item's code: "A4", "T2", "TMA00"
_ITEM_FIRST = re.compile(rf"^\s*{_PREFIX}({ITEM_CODE})\b\*?", re.I)
_ITEM_ANY = re.compile(rf"(?<![\w.]){_PREFIX}({ITEM_CODE})\b\*?", re.I)
# a table or column about assessment items (not modules, "M1 The SENCO and the law")
_ABOUT_ASSESSMENT = re.compile(r"assess|assignment|task|summative|formative|component|coursework|portfolio", re.I)
_TEACHING_UNIT = re.compile(r"module|unit|session|day|week|block|strand", re.I)
_FILLER = re.compile(r"[\s,;/&+*()]+|\band\b|\bor\b|\bonly\b", re.I)
# an item named in capitals at a sentence's start ("The Reflective Log, kept online, is formative: ... not graded")
# (the name is the subject: "The TMA03 question on ... is replaced by an activity; the activity is not assessed" says
# nothing of TMA03)
_NAMED_ITEM = re.compile(r"^\W*(?:The|Your|Each|Every|A|An)\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,3})\b"
                         r"(?!\s+(?:question|section|part|task|brief|guidance|notes?|word|deadline|topic|mark|score)s?\b)")
# ... or as a label before what it is ("3.4 Online Task Record: short tasks ... These are formative and do not count")
# (with its abbreviation in brackets: "Reflective Log (RL): kept throughout ...")
_LABELLED_ITEM = re.compile(r"^\W*(?:\d+(?:\.\d+)*\s+)?((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){1,3})(?:\s+\(([A-Z]{2,6})\))?:\s")
# ... or by its code as the subject ("TMA00 is not marked and does not count towards your result")
_CODED_ITEM = re.compile(rf"^\W*{_PREFIX}({ITEM_CODE})\s+(?:is|are)\b", re.I)
# ... or as a clause's subject, its record named after it ("..., but Tracker sign-off is not a condition of the Award")
# (or "... writes feedback on the ILP but the Review is not marked", "but" needing no comma)
_CLAUSE_ITEM = re.compile(r"(?:^|,\s*(?:but|and|while)\s+|\s(?:but|while)\s+|;\s*)\W*(?:(?:the|your)\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
                          r"(?:\s+(?:sign-?off|completion|entries|records?))?\s+(?:is|are|does|do)\s+not\b")
_SAME_ITEM = re.compile(r"^\W*(?:These|This|It|They|Both|All of them)\b")  # the next sentence goes on about it
# ... or says straight out what it is ("Formative only: not marked and does not count towards the award.")
_STATUS_NEXT = re.compile(r"^\W*(?:formative|not (?:marked|assessed|graded)|unmarked|ungraded)\b", re.I)
# an item named in a sentence, the only one named there, that the next sentence goes on about ("Decision: the Evidence
# Folder stays, but slimmer: ...", then "It is not marked and plays no part in the Award decision.")
_ITEM_IN_SENTENCE = re.compile(r"\b(?:the|The|your|Your)\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){1,3})\b")
# ... or in lower case, its verb straight after it ("The journal is not assessed.", "The profile is not an assessment")
_NAMED_ITEM_LOWER = re.compile(r"^\W*(?:The|Your|Each|Every)\s+((?:[a-z][\w’'-]*)(?:\s+[a-z][\w’'-]*){0,2})\s+(?:is|are)\b")
# an item's name in a key, quoted ("'Journal' means the Professional Learning Journal, which is formative")
_KEYED_ITEM = re.compile(r"^\W*['‘\"“]([^'’\"”]{2,40})['’\"”]\s+(?:means|is|refers to|stands for)\b")
# ... or a kind of item in the plural with no article, said to be for practice ("Friendlies are there to practise, not to
# be judged"): the plural and its singular ("Friendly only" in a map)
_PLURAL_ITEM = re.compile(r"^\W*((?:[A-Z][\w’'-]*\s)?[A-Z][\w’'-]*?(?:ies|s))\s+(?:are|is)\b")  # ("Practice Pages are")
ITEM_GLOSS_WORDS = 2
# what is done in an item, before its name ("Discussed at the Final Review", where the Final Review is not graded)
_DONE_AT = re.compile(r"^\W*(?:discussed|talked (?:through|about)|raised|looked at|reviewed) (?:at|in|during) (?:the |your |their )?", re.I)
_JOINED = re.compile(r"[,;+&]|\band\b|\bplus\b|\bwith\b", re.I)
_NAME_CELL = re.compile(r"\s*\([^)]*\)|[^\w\s’'-]", re.I)
# a kind of item named by its abbreviation, and what the text says it is ("iCMAs are practice quizzes: they ... do
# not count towards your result"), in a sentence or one part of a key ("Key: TMA = ...; iCMAs are ...")
_ABBREVIATION_SAID = re.compile(r"(?:^|[;:.]\s*)\W*([a-z]?[A-Z]{2,6})s? (?:is|are)\b")
# a bracketed mark the text says stands for formative work ("(F) marks an online task, which is formative and not
# marked"), and a cell that ends with it ("C-task 3 (F)")
_MARK_SAID = re.compile(r"(?:^|[;:.]\s*)\W*?\(([A-Za-z*†‡]{1,2})\)\s+(?:marks?|denotes?|means?|indicates?|shows?|stands? for|is|=)\s")
_MARK_END = re.compile(r"\(([A-Za-z*†‡]{1,2})\)\W*$")
# a sign or label things are marked with, and what the text says of it ("A pose marked Flow is practised on the day
# ... but is not marked")
# (a name of a few words in quotation marks: 'a class shown "Exhibition only" is done and discussed but not marked')
_MARKED_AS = re.compile(r"\b(?:marked|labelled|tagged|shown as|shown)\s+(?:[\"“‘']([A-Z][\w’'-]+(?: [\w’'-]+){0,3})[\"”’']|"
                        r"[\"“‘']?([A-Z][\w’'-]+)[\"”’']?)\s+(?:is|are)\b")
# a term the text defines ("Shared only means that the outcome is taught ... but no marked piece assesses it")
_MEANS = re.compile(r"(?:^|[;.]\s*)[\"“‘']?([A-Z][\w’'-]*(?: [\w’'-]+){0,3}?)[\"”’']? means (?:that )?|"
                    r"[\"“‘']([A-Z][\w’'-]*(?: [\w’'-]+){0,3}?)[\"”’'] means (?:that )?")  # (quoted, wherever it stands)
# a cell that names items of one kind by abbreviation and number only ("iCMA 44", "iCMAs 41-44")
_ABBREVIATION_CELL = re.compile(r"\s*([a-z]?[A-Z]{2,6})s?(?:\s*\d{1,3}(?:\s*(?:[-–,/&]|and|to)\s*\d{1,3})*)?\s*")


# a table's column of short codes for what each row names ("Code", "Abbreviation"), and a code there ("CbD", "MSF")
_CODE_COLUMN = re.compile(r"^\W*(?:code|abbrev\w*|short (?:name|form))\W*$", re.I)
_TOOL_CODE = re.compile(r"[A-Za-z]{2,6}\d?")
_TOOL_MARKS = re.compile(r"[\s*†‡()\d]+")  # "RL*": the code with a note's mark


class ItemKey:
    """Which assessment items of one application are formative only."""

    def __init__(self, reader: "OutcomeReader", key_entries: list[tuple[str, str]]):
        self.formative: set[str] = set()
        self.summative: set[str] = set()
        # assessment tools by the short codes a table of them gives ("Case-based Discussion | CbD | ... | Summative"):
        # code -> whether it counts for the award
        self.tools: dict[str, bool] = {}
        not_assessed = reader.sig["not_assessed"]
        for t in reader.tables:
            lead = header_index(t.rows)
            if len(t.rows) - lead < 2:
                continue
            header = t.rows[lead]
            self._read_tools(t, header, t.rows[lead + 1:], not_assessed)
            # a row describes an item when the table is about assessment and its first column
            # does not name modules or sessions ("Module | Credits | Assessment": M1 is a module)
            about_assessment = (bool(_ABOUT_ASSESSMENT.search(" ".join(header)))
                                and not _TEACHING_UNIT.search(header[0] if header else ""))
            for row in t.rows[lead + 1:]:
                for c, cell in enumerate(row):
                    m = _ITEM_FIRST.match(cell)
                    if not m:
                        continue
                    key = m.group(1).upper()
                    head = header[c] if c < len(header) else ""
                    if c == 0 and about_assessment:  # the row describes the item: "A4 | M0 | Reflective log. Formative only"
                        said = " ".join(row[1:])
                    elif c > 0 and len(cell.split()) > 2 and _ABOUT_ASSESSMENT.search(head):
                        said = f"{head} {cell}"  # the item described in an assessment column: "Practice task (formative ...)"
                    else:
                        continue  # the code alone: where the item is used, not what it is
                    (self.formative if holds(not_assessed, said) else self.summative).add(key)
        self.formative -= self.summative
        # items named in words, and a sentence of the text says it is not assessed for the award
        self.formative_names: set[str] = set()
        # kinds of item by abbreviation that a key or a sentence says do not count ("iCMAs are practice quizzes")
        self.formative_kinds: set[str] = set()
        self.formative_marks: set[str] = set()  # "(F)" after an item: the text says it marks formative work
        sentences = reader.p.sentences
        for i, s in enumerate(sentences):
            m = _NAMED_ITEM.match(s.text) or _KEYED_ITEM.match(s.text) or _NAMED_ITEM_LOWER.match(s.text)
            if m and holds(not_assessed, s.text):
                self.formative_names.add(m.group(1).lower())
            m = _PLURAL_ITEM.match(s.text)
            if m and holds(not_assessed, s.text):
                self.formative_names |= _and_singular(m.group(1).lower())
            for m in _CLAUSE_ITEM.finditer(s.text):
                if holds(not_assessed, s.text[m.start(1):]):  # ("...; Rough Cuts are not marked": "Rough Cut only")
                    self.formative_names |= _and_singular(m.group(1).lower())
            m = _CODED_ITEM.match(s.text)
            if m and holds(not_assessed, s.text):
                self.formative.add(m.group(1).upper())
            m = _LABELLED_ITEM.match(s.text)
            if m and (holds(not_assessed, s.text) or (
                    i + 1 < len(sentences) and sentences[i + 1].passage is s.passage
                    and (_SAME_ITEM.match(sentences[i + 1].text) or _STATUS_NEXT.match(sentences[i + 1].text))
                    and holds(not_assessed, sentences[i + 1].text))):
                self.formative_names.add(m.group(1).lower())
                if m.group(2):
                    self.formative_names.add(m.group(2).lower())
            if i and _SAME_ITEM.match(s.text) and holds(not_assessed, s.text) and sentences[i - 1].passage is s.passage:
                named = {m.group(1).lower() for m in _ITEM_IN_SENTENCE.finditer(sentences[i - 1].text)}
                if len(named) == 1:
                    self.formative_names |= named
            for m in (_MEANS.search(s.text), _MARKED_AS.search(s.text)):
                if m and holds(not_assessed, s.text[m.end():]):
                    self.formative_names.add((m.group(1) or m.group(2)).lower())
            for part in s.text.split(";"):
                m = _ABBREVIATION_SAID.search(part)
                if m and holds(not_assessed, part[m.start():]):
                    self.formative_kinds.add(m.group(1).lower())
                m = _MARK_SAID.search(part)
                if m and holds(not_assessed, part[m.end():]):
                    self.formative_marks.add(m.group(1).lower())
        # a key's value that stands for attendance, or for an item the text says is not assessed ("JV Joint Visit
        # Record", where "The Joint Visit Record is not graded")
        for value, meaning in key_entries:
            if no_check(meaning) or self.formative_only(meaning):
                self.formative_names.add(value)

    def _read_tools(self, t, header: list[str], rows: list[list[str]], not_assessed) -> None:
        """The codes of a table of assessment tools: a column headed "Code" beside the tools' names, in a table about
        assessment (by its header or the heading over it)."""
        code = next((j for j, h in enumerate(header) if _CODE_COLUMN.match(h)), None)
        if code is None or not (_ABOUT_ASSESSMENT.search(" ".join(header))
                                or any(_ABOUT_ASSESSMENT.search(h) for h in t.heading_path[-1:])):
            return
        for row in rows:
            if code < len(row) and _TOOL_CODE.fullmatch(row[code].strip()):
                self.tools[row[code].strip().upper()] = not holds(not_assessed, " ".join(row))

    def tool_column(self, header: str) -> bool | None:
        """A column headed by an assessment tool's code ("CbD", "RL*"): whether the tool counts for the award, or
        None where the header is no tool's code."""
        return self.tools.get(_TOOL_MARKS.sub("", header).upper())

    def summative_named(self, header: str) -> bool:
        """A column's header names a summative item by its code ("A1 Policy review"), or is the code of an
        assessment tool that counts for the award ("CbD")."""
        m = _ITEM_FIRST.match(header)
        return bool(m and m.group(1).upper() in self.summative) or self.tool_column(header) is True

    def formative_only(self, cell: str) -> bool:
        """The cell names assessment items by code and nothing else, each one formative only,
        or names only an item the text says is not assessed ("Reflective Log")."""
        written = _NAME_CELL.sub("", _DONE_AT.sub("", cell)).strip()
        name = written.lower()
        if name in self.formative_names or re.sub(r"\s+(?:only|\d{1,2}[a-z]?)$", "", name) in self.formative_names:
            return True  # ("Journal", "Profile only (end re-administration)", "Practice Page 3")
        if len(name.split()) in (2, 3) and name.split()[-1] in self.formative_names:
            return True  # "Learning journal", where the text says "The journal ... is not marked"
        if any(abbreviates(written, full) for full in self.formative_names):
            return True  # "PD Log" for the Professional Development Log
        mark = _MARK_END.search(cell)
        if mark and mark.group(1).lower() in self.formative_marks:
            return True  # "C-task 3 (F)"
        kind = _ABBREVIATION_CELL.fullmatch(cell)
        if kind and kind.group(1).lower() in self.formative_kinds:
            return True
        if not self.formative:
            return False
        found = [m.group(1).upper() for m in _ITEM_ANY.finditer(cell)]
        if not found or any(k not in self.formative for k in found):
            return False
        rest = _FILLER.sub(" ", _ITEM_ANY.sub("", cell)).strip(" .-–—")
        # nothing else, or one item and a word or two of what it is ("TMA00 self-review")
        return not rest or (len(found) == 1 and len(rest.split()) <= ITEM_GLOSS_WORDS and not _JOINED.search(cell))


def _and_singular(name: str) -> set[str]:
    """A name, and its singular where it is a plural ("practice pages", "practice page")."""
    if name.endswith("ies"):
        return {name, name[:-3] + "y"}
    if name.endswith(("ches", "shes", "sses", "xes")):
        return {name, name[:-2]}  # ("sketches", "boxes")
    return {name, name[:-1]} if name.endswith("s") and not name.endswith("ss") else {name}


def abbreviates(short: str, full: str) -> bool:
    """``short`` names ``full`` with some of its words by their initials ("PD Log" for "professional development
    log"): each capitalised token of two to four letters stands for as many words of ``full``, in order, that start
    with its letters; every other token is the word itself."""
    words, tokens = full.lower().split(), short.split()
    if not any(t.isupper() and 2 <= len(t) <= 4 for t in tokens):
        return False
    i = 0
    for t in tokens:
        if t.isupper() and 2 <= len(t) <= 4:
            span = words[i:i + len(t)]
            if len(span) < len(t) or any(w[0] != c for w, c in zip(span, t.lower())):
                return False
            i += len(t)
        elif i < len(words) and words[i] == t.lower():
            i += 1
        else:
            return False
    return i == len(words)


# a piece of assessed work described under an assessment heading by its own name and number, with its length or credit
# ("Avodah 1, The child and the provision (4,000 words, 20 credits, due 1 February 2010)"); the name may be two words
# ("Practice Task 1, Policy and Practice Review.")
_OWN_PIECE = re.compile(r"^\W*((?:[A-Z][\w’'-]{2,20}\s+)?([A-Z][\w’'-]{2,20}))\s+(?:\d{1,2}|[IVX]{1,3})\b\s*[,:.(–—-]")
_LENGTH = re.compile(r"\b\d[\d,]*\s*(?:-\s*)?words?\b|\b\d{1,3}\s*(?:M-level |masters |level 7 )?credits?\b", re.I)
# ... or without its length, where the application says that every piece of that kind is marked ("Each Task is marked
# against the University's level 7 criteria", "All Practice Tasks are double-marked")
_KIND_MARKED = re.compile(r"\b(?:[Ee]ach|[Ee]very|[Aa]ll(?: (?:three|four|five))?|[Tt]he|[Bb]oth)\s+(?:[A-Z][\w’'-]{2,20}\s+)?"
                          r"([A-Z][\w’'-]{2,20}?)s?\s+(?:is|are)\s+(?:(?:double|second|first)-)?(?:marked|graded)\b")


class OwnPieces:
    """The application's own names for its pieces of assessed work, learned where it describes them (under a heading
    about assessment, each with its length or credits, or of a kind it says is marked)."""

    def __init__(self, names: set[str]):
        named = rf"^\W*(?:{'|'.join(sorted(names))})\s+(?:\d{{1,2}}|[IVX]{{1,3}})\b"  # "Avodah 1", "Practice Task II"
        # a sentence that opens with one and a colon or a bracket ("Avodah 1: the pupil's provision is judged against
        # ...", "Avodah 3 (portfolio): ...") says what that piece assesses
        self.label = re.compile(rf"{named}(?:\s*\([^)]{{0,60}}\))?\s*:")
        # a passage that opens by naming one ("Practice Task 2, Pupil Focus Study.") describes that piece: what it
        # goes on to say the participant does is what the piece assesses
        self.opening = re.compile(rf"{named}\s*[,:.(–—-]")

    def match(self, text: str):
        return self.label.match(text)


def own_piece_openings(passages, sentences=()) -> OwnPieces | None:
    """The application's own names for its pieces of assessed work (:class:`OwnPieces`), or None when it names none.
    ``sentences`` are read for the kinds of piece the application says are marked."""
    marked = {m.group(1) for s in sentences for m in _KIND_MARKED.finditer(s.text)} - {"Module", "Unit", "Session"}
    names: set[str] = set()
    for p in passages:
        if p.kind not in ("paragraph", "list_item") or not p.location.heading_path:
            continue
        m = _OWN_PIECE.match(p.text)
        if m and _ABOUT_ASSESSMENT.search(p.location.heading_path[-1]) \
                and (_LENGTH.search(p.text) or m.group(2).rstrip("s") in marked) \
                and not _TEACHING_UNIT.fullmatch(m.group(2).rstrip("s")):  # ("Module 2", "Sessions 3-4": teaching)
            names.add(re.escape(m.group(1)))
    if not names:
        return None
    return OwnPieces(names)
