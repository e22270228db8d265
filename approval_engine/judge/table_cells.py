"""What an outcome table's cells and columns say of themselves: a score, a pointer
elsewhere, a note that the row is not taught or not part of the programme, a
column that measures or records its rows rather than naming where an outcome is
developed, a first column that only numbers the rows. Perception only: the
outcome reader (``outcome_facts``) asks these questions of each table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from approval_engine.judge.text import holds

# a national outcome's own id standing alone in a cell ("K3", "6.S2d", "S2(d)")
BARE_ID = re.compile(r"^\s*(?:6\.)?[AKS]\d{1,2}(?:[a-d]|\([a-d]\))?\s*$")
# an outcome's code anywhere in a text ("K3", "6.S2d", "S2(d)"), the code without "6." in group 1
OUTCOME_CODE = re.compile(r"(?<![\w.])(?:6\.)?([AKS]\d{1,2}(?:[a-d]|\([a-d]\))?)(?![\w.])")
# a score or a share ("3.6", "72%"): data, not where an outcome is taught (a whole number may be a session's)
FIGURE_CELL = re.compile(r"^\s*[-+]?(?:\d{1,2}[.,]\d+\s*%?|\d+\s*%)\s*$")
# a cell that names the assessment for the award an outcome is assessed in ("Session 4; assessed in Task A")
ASSESSED_IN = re.compile(r"\b(?:assessed|marked|evidenced) (?:in|by|through|via|for) (?:the |a |an )?(?:(?:summative |final |marked )?"
                         r"(?:tasks?|assignments?|portfolio|essay|case study|presentation|project|viva|report|audit)\b"
                         r"|[A-Z]{1,2}\d{1,2}\b)", re.I)
# a cell that only points elsewhere ("see Q8", "see Procedure AS-5", "see section 4 above"): it names no place
POINTER_CELL = re.compile(r"^\W*(?:please )?(?:see|refer to|cf\.?)\s+(?:also\s+)?(?:our\s+|the\s+)?(?:answers?|responses?|"
                          r"Q\s?\d|questions?|procedures?|sections?|para(?:graph)?s?|parts?|appendix|annex|above|below|page"
                          # a paragraph's number alone ("See 12.30")
                          r"|\d{1,3}(?:\.\d{1,3})+[a-z]?)\b[^;,]{0,40}"
                          # ... and its title ("See Part 8, 'Access in your own assessment'")
                          r"(?:,\s*['‘\"“][^'’\"”]{1,60}['’\"”])?\W*$", re.I)
# a row noted as not taught ("Child development (not taught: assumed from initial teacher training)")
# "Self-directed (guidance in handouts)": left to the participant; "Assumed at entry (initial teacher training)",
# "Assumed: covered in ITT": brought from before; "(independent reading)": left to the participant too; "To be added
# in the 2010 revision": not yet (a cell that opens "Not in 2009-10 ..." says so already: outcome_keys.SAYS_NONE)
NOT_TAUGHT = re.compile(r"\bnot (?:taught|covered|developed)\b(?!\s+(?:only|just|separately|again|here))"
                        r"|^\W*self-directed\b|^\W*assumed\b|^\W*to be (?:added|included|developed|written|introduced|woven in|built in)\b"
                        # left to the participant ("Left to each participant")
                        r"|^\W*left to (?:each|the|every) (?:participant|candidate|SENCO|teacher)\b"
                        # left to the participant's own reading ("(independent reading)", "Independent study only")
                        r"|^\W*\(?(?:(?:the|each|a)\s)?(?:[\w-]+['’]s?\s)?(?:independent|private|own) (?:reading|study)\b"
                        # ... or to what the participant brings ("Brought from your own practice", "From own experience")
                        r"|^\W*(?:brought |drawn )?from (?:your|their|his or her|the participant['’]s|own) (?:own )?(?:practice|experience)\b"
                        # ... or from training before the course ("(brought from initial training)", "From ITT")
                        r"|^\W*(?:brought |drawn |carried )?from (?:your |their |the participant['’]s )?(?:initial|previous|prior|"
                        r"earlier) (?:teacher )?(?:training|education|study|qualifications?)\b|^\W*(?:brought )?from ITT\b"
                        # ... or to reading alone ("Recommended reading only (Reading List, Section B)")
                        r"|^\W*\(?(?:recommended |background |suggested |set |further )?reading only\b", re.I)
# a cell that says its content is outside the programme ("Council briefing (optional; not part of the programme)",
# "Dropped")
NOT_IN_PROGRAMME = re.compile(r"\bnot (?:part of|included in|offered|provided|covered|taught|repeated|continued|run)\b"
                              r"|\bnot in (?:the |this |our )?(?:award|programme|course|certificate)\b"  # "..., not in the award"
                              # "Outside the Award: see Exclusions", "Authority CAF training (outside the Award)"
                              r"|\boutside (?:the |this |our )?(?:validated |accredited )?(?:award|programme|course|certificate|qualification)\b"
                              r"|\boptional\b|^\W*(?:dropped|withdrawn|discontinued|removed)\b"
                              r"|^\W*not included\W*$"  # "Not included"
                              # another course of the provider's ("See the Centre's separate Leading Support Staff course")
                              r"|\bseparate (?:[\w’'-]+ ){0,4}(?:course|programme|training|module)\b", re.I)
# a cell that opens by putting its row's outcome outside the award, or on the participant alone ("Not part of the
# Certificate: handled in member schools by the Examinations Officer", "Your own responsibility after the Award"):
# nothing in that row is where the programme develops it
# (or in the clause after who does it instead: "Led by the Parent Support Advisers; not part of the Award")
OUTSIDE_THE_AWARD = re.compile(r"^(?:[^;]{0,120};\s*)?\W*(?:(?:not (?:part of|in|covered (?:in|by))|excluded from) (?:the |this |our )?"
                               r"(?:award|certificate|course|programme|qualification|contract|scope)\b|outside (?:the )?(?:scope|remit) of\b|"
                               r"outside (?:the |this |our )(?:[\w’'-]+ )?(?:brief|plan|award|course|programme|contract|project|"
                               r"specification|scheme)\b|"
                               r"(?:absent|missing) (?:from|in) (?:this|the|our)\b|(?:your|the participant['’]s|their|participants['’]) own "
                               r"responsibility\b)", re.I)
# a column header that says its rows are outcomes ("National outcome", "Standard", "Competence")
OUTCOME_HEADER = re.compile(r"outcome|standard|competenc", re.I)
_NUMBER_CELL = re.compile(r"^\s*(?:\d{1,3}(?:-\d{1,3})?[a-z]?|[ivxlc]{1,5}|[a-z])[.)]?\s*$", re.I)  # (or in parts: "1-01")
# the provider's own reference for a row ("PA1", "KU5", "LO-3", "WL/01", "R12", "Att 1", "Sk 2b"): it numbers the row,
# the words follow (not a day, week or session of a timetable, "Day 1", "Wk 3")
REF_CELL = re.compile(r"^\s*(?:(?:[A-Z]{1,4}|(?!(?:Day|Wk|Yr|No|Pt|Mod|Ref|Row|Sec|Ch|Qu|Vol|Pg|Fig|Tab|Rm|Wks|Mth|Sem)\b)[A-Z][a-z]{1,2})"
                      r"[-\s/]?\d{1,3}(?:\.\d{1,2})?[a-z]?|[a-z]{1,3}\d{1,3}[a-z]?)[.)]?\s*$")  # (or in lower case: "a01", "s2a")
# a column that records a row's progress or ownership, not where an outcome is developed
NOT_WHERE = re.compile(r"^[^\w%]*(?:[\w-]+['’]s?\s+|[\w-]{2,8}\s+(?=ref(?:erence)?\b))?(?:status|state|RAG|notes?|comments?|progress|owner|lead|agreed|date|deadline|priority|"
                       r"ref(?:erence)?|risk|"
                       # whether the row counts toward the award, or how it is checked: not where it is taught
                       r"counts?|how (?:it|this|each|they) (?:is|are) checked|checked|"
                       # a measure of the row, not a place ("Mean score", "Returns", "% of respondents")
                       r"mean|average|median|scores?|ratings?|rated|returns|responses|respondents|replies|"
                       r"number of|count|n|%|per ?cent|percentage|total|frequency"
                       # a level or depth the row is held at ("Level", "Depth"): a scale, not a place
                       r"|(?:levels?|depth)\W*$"
                       # a column where a tick says the outcome is not in the course ("None", "Not covered")
                       r"|(?:none|not (?:covered|included|taught|offered|addressed|in (?:the|this) (?:course|programme|award)))\W*$)"
                       r"(?:\b|(?<=%))", re.I)
_COUNT_CELL = re.compile(r"^\s*[-+]?\d+(?:[.,]\d+)?\s*%?\s*$")
_WORD = re.compile(r"[^\W\d_]")  # a letter
_DIGITS = re.compile(r"\d+")
_PLACE_HEADER = re.compile(r"\b(?:sessions?|units?|modules?|days?|weeks?|blocks?|workshops?|terms?|tasks?|assignments?)\b"
                           # "Taught in", "Covered on": the column names where, whatever the cells are numbered
                           r"|\b(?:taught|covered|developed|delivered|introduced|addressed) (?:in|on|at|during)\b"
                           # a header of the provider's own verb and where ("Installed at", "Fitted in", "Played on")
                           r"|^\W*[a-z]{2,20}(?:ed|en|wn|t) (?:in|on|at|during)\W*$", re.I)


_WHERE_WORDS = re.compile(r"\b(?:where|when|in|on|through|by|via|assessed|evidenced|covered)\b", re.I)


def rating_scale(cell: str) -> bool:
    """A scale to circle or tick ("1 2 3 4", "☐1 ☐2 ☐3 ☐4", "0 - 1 - 2 - 3"): three or more
    numbers counting up by one and nothing else but spaces, marks and boxes."""
    if _WORD.search(cell):
        return False
    numbers = [int(n) for n in _DIGITS.findall(cell)]
    return len(numbers) >= 3 and numbers[0] <= 1 and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def names_no_place(cell: str, header: str = "") -> bool:
    """A filled cell that still says nowhere the outcome is developed: a score, a pointer
    elsewhere, content outside the programme. (Under a header that names places, "Taught on
    day" or "Session", a figure such as "1.1" or "2.3" is a place: day 1.1, session 2.3.)"""
    figure = FIGURE_CELL.match(cell) and not _PLACE_HEADER.search(header)
    return bool(figure or NOT_IN_PROGRAMME.search(cell) or POINTER_CELL.match(cell))


def place_column(header: str) -> bool:
    """A column headed as where or when ("Where developed", "Module", "Taught on")."""
    return bool(_PLACE_HEADER.search(header) or _WHERE_WORDS.search(header))


# a header that opens the sentence each cell below finishes ("The Ensemble member ...", "The SENCO…"): the outcome's words
STEM_HEADER = re.compile(r"^\W*(?:the|a|an|each|every)\s[\w’'-]+(?:\s[\w’'-]+){0,3}\s*(?:\.{3}|…)\s*$", re.I)


def outcome_words_column(header: str) -> bool:
    """A column headed as the outcome itself ("Outcome (our wording)", "National standard", "The Ensemble member
    ..."): its cells name the row's outcome, not where it is developed ("Outcome developed in" names places)."""
    return bool(STEM_HEADER.match(header)) or (
        bool(OUTCOME_HEADER.search(header)) and not _PLACE_HEADER.search(header) and not _WHERE_WORDS.search(header))


def counts(grid: list[list[str]], j: int, header: str) -> bool:
    """A column of figures ("SENCOs (n = 58)": 62, 48, 41): it counts or rates its rows, and names no
    place where an outcome is developed (a "Session" column of numbers does)."""
    cells = [row[j].strip() for row in grid[1:] if j < len(row) and row[j].strip()]
    return bool(cells) and not _PLACE_HEADER.search(header) and all(_COUNT_CELL.match(c) for c in cells)


# a part of the course by the document's own name and its number ("Trick 2", "Bout 3"): not a rating's scale
_NUMBERED_PART = re.compile(r"\b([A-Za-z][A-Za-z’'-]{2,20})\s(\d{1,2})\b")
_NOT_A_PART = re.compile(r"^(?:levels?|stages?|years?|grades?|bands?|scores?|ratings?|pages?|parts?|sections?|phases?|points?|"
                         r"marks?|tiers?|steps?|figures?|tables?|annex(?:es)?|appendix|appendices|chapters?|paragraphs?|rows?|"
                         r"columns?|lines?|credits?|hours?|minutes?|percent|per|of|and|or|the|to|by|in|on|at|for)$", re.I)
MIN_NUMBERED_PARTS = 2


def numbered_parts(texts) -> dict[str, set[str]]:
    """What the texts number as parts, by their own name: "trick" -> {"1", "2", ...} from "Trick 1", "Trick 2"."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for m in _NUMBERED_PART.finditer(text):
            if not _NOT_A_PART.match(m.group(1)):
                out.setdefault(m.group(1).casefold(), set()).add(str(int(m.group(2))))
    return {k: v for k, v in out.items() if len(v) >= MIN_NUMBERED_PARTS}


def numbered_part_column(grid: list[list[str]], j: int, header: str, parts: dict[str, set[str]]) -> bool:
    """A column of numbers headed by the name the document gives its numbered parts ("Trick": 2, 3, 9, where the
    document has "Trick 2", "Trick 3", ... "Trick 10"): each cell names a part, as under "Session"."""
    name = header.strip(" \t:.-–—()").casefold()
    numbers = parts.get(name) or parts.get(name[:-1] if name.endswith("s") else name)
    cells = [row[j].strip() for row in grid[1:] if j < len(row) and row[j].strip()]
    return bool(numbers and cells) and all(c.isdigit() and str(int(c)) in numbers for c in cells)


OWN_SCHEME_ROWS = 3
# the header of a column of the programme's days or sessions ("Study Day", "Session", "Week", "Centre day no.")
# (a day by the provider's own name for it, too: "Field Day", "Studio Day", "Hub Day")
SESSION_HEADER = re.compile(r"^\W*(?:[a-z’'-]{2,15}\s)?(?:days?|sessions?|weeks?|twilights?|workshops?|seminars?|lectures?|units?|modules?|blocks?)"
                            r"(?:\s(?:no\.?|number|#))?\W*$", re.I)


_NUMBERS_HEADER = re.compile(r"^\W*(?:no|nos|number|ref|reference)\W*$", re.I)
DOTTED_CELL = re.compile(r"^\s*\d{1,2}\.\d{1,2}[a-z]?\s*$")
MIN_HEADED_ROWS = 2
ITEM_HEADER = re.compile(r"^\W*items?\W*$", re.I)
_PLAIN_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s*$")


def numbering_column(grid: list[list[str]], min_rows: int) -> bool:
    """The first column only numbers the rows ("1", "2.", "iv"): the text is in the next."""
    body = [row for row in grid[1:] if len(row) > 2 and len({c.strip() for c in row}) > 1]
    headed = bool(grid[0] and _NUMBERS_HEADER.match(grid[0][0]))  # the header says the column numbers the rows: "No."
    if len(body) < (min(min_rows, MIN_HEADED_ROWS) if headed else min_rows):
        return False  # (fewer rows where the header says so)

    # the provider's own scheme of references ("P1".."P7", "K1".."K9", "L1".."L11"): some of them a national outcome's
    # id by chance, the rest not; the whole column is its numbering
    # (not a programme's days or sessions, "Day | Content | Outcomes covered" over "A1", "B2": read as a timetable)
    own = not SESSION_HEADER.match(grid[0][0]) and sum(
        1 for row in body if REF_CELL.match(row[0]) and not BARE_ID.match(row[0])) >= OWN_SCHEME_ROWS

    def numbers(cell: str) -> bool:  # a number, or the provider's reference that is not a national outcome's id
        return bool(_NUMBER_CELL.match(cell) or (REF_CELL.match(cell) and (own or not BARE_ID.match(cell)))
                    or (headed and DOTTED_CELL.match(cell)))  # (a number in parts, "5.1", only under "No.", "Ref.")

    numbered = [row for row in body if numbers(row[0])]
    if len(numbered) < 0.8 * len(body):
        return False
    if all(len(row[1].split()) > 2 for row in numbered):
        return True
    # under a header that says the column numbers the rows ("Item", "No."), plain numbers before a name of two words or
    # more ("1 | Fair, respectful relationships ...", "7 | Disability law"), not a programme's sessions ("No. | Session")
    if (headed or ITEM_HEADER.match(grid[0][0])) and not (
            len(grid[0]) > 1 and SESSION_HEADER.match(grid[0][1])) and all(
            _PLAIN_NUMBER.match(row[0]) and len(row[1].split()) >= 2 for row in numbered if row[1].strip()):
        return True
    # the national outcome's id in the next column, its words after ("Q1 | 6.A1 | Builds fair relationships ..."): the
    # provider's numbering first, the outcome's own id next
    if all(len(row) > 3 and BARE_ID.match(row[1]) and len(row[2].split()) > 2 for row in numbered):
        return True
    # under a header naming the outcomes ("Code | National outcome (our wording) | ..."), a short name
    # ("Child development") in the next column is still the row's words, where it is more than a code
    header = grid[0][1] if len(grid[0]) > 1 else ""
    return bool(OUTCOME_HEADER.search(header)) and all(
        len(row[1].split()) >= 2 and not numbers(row[1]) for row in numbered)


NOTE_WORDS = 12  # a row's weighting or status note ("0% (formative; not graded)"), not its criteria


# a column that says whether the row's work counts for the award ("Counts to award", "Graded?", "Summative (Y/N)")
COUNTS_COLUMN = re.compile(r"^\W*(?:counts?|graded|marked|summative|assessed)\b.{0,30}$|\bcounts? (?:to|towards?|for) (?:the )?"
                           r"(?:award|qualification|final mark)\b", re.I)
_NO_CELL = re.compile(r"^\W*(?:n|no|✗|✘|x)\W*$", re.I)


def answers_no(header: list[str], row: list[str]) -> bool:
    """A column that says whether the row's work counts for the award answers "N" or "No" in this row."""
    return any(j < len(row) and COUNTS_COLUMN.search(h) and _NO_CELL.match(row[j]) for j, h in enumerate(header) if j > 0)


_OPENING = re.compile(r"\s*[:;]\s")  # where a note's opening clause ends ("Not evidenced: ...")


def notes_say_not_assessed(cells: Iterable[str], not_assessed, opening: bool = False) -> bool:
    """A short note among a row's cells says its work is not assessed for the award
    ("0% (formative; not graded)", "Conversation only – not scored"); a longer cell is
    criteria, which may name formative assessment as a topic. With ``opening``, a longer note counts
    by its opening clause (a reviewer's "Not evidenced: taught in EDM701, but no task assesses it")."""
    return any((len(x.split()) <= NOTE_WORDS and holds(not_assessed, x))
               or (opening and holds(not_assessed, _OPENING.split(x, 1)[0])) for x in cells)


def names_one_side(cells: list[str], parts: list[re.Pattern] | None) -> bool:
    """Cells that name some sides of a two-sided outcome and not the others ("Assignment 2 (the pupil's views)"
    for relationships with pupils and their parents)."""
    if not parts:
        return False
    named = [any(p.search(x) for x in cells) for p in parts]
    return any(named) and not all(named)


def cell_passages(t, r: int, c: int) -> list[str]:
    """The ids of the passages read from a table's cell (none for a table typed as text)."""
    return list(t.cell_blocks[r][c]) if t.cell_blocks and r < len(t.cell_blocks) and c < len(t.cell_blocks[r]) else []


def row_passages(t, r: int) -> list[str]:
    return [bid for c in range(len(t.rows[r])) for bid in cell_passages(t, r, c)]


def cell_anchor(app, t, r: int, c: int):
    """The first passage of a table's cell: where a quote of its row is found."""
    for bid in cell_passages(t, r, c):
        try:
            return app.passage(bid)
        except KeyError:
            continue
    return None


def column_names(header: list[str], row: list[str]) -> str:
    """The headers over a quoted row's filled cells, in the quote's order ("Outcome | Taught at | Assessed at"), so a
    reviewer reads each value with the column that gives it its meaning; "" for a table without headers."""
    names = [" ".join(header[j].split())[:60] if j < len(header) else "" for j, x in enumerate(row) if x.strip()]
    # a group row merged across the top ("Professional attributes") names no column
    if not any(names) or len(set(names)) == 1 < len(names) or [" ".join(x.split())[:60] for x in row if x.strip()] == names:
        return ""
    return " | ".join(n or "–" for n in names)


def denies_header(header: str, cell: str) -> bool:
    """The cell says its row is not what the column's own verb says ("Harvested in": "Green manure – dug in, not
    harvested")."""
    verb = header.split(maxsplit=1)[0].lower() if header.strip() else ""
    return len(verb) > 3 and verb.endswith(("ed", "en", "wn")) and bool(
        re.search(rf"\b(?:not|never|no longer)\s+(?:yet\s+|formally\s+|separately\s+)?{re.escape(verb)}\b", cell, re.I))


def developed_only(header: list[str], develop: list[int], cell: str) -> bool:
    """An assessment cell that says its row is only what the development column's own word says ("Read at | Proved
    at": "Read only")."""
    words = {header[j].split(maxsplit=1)[0].lower() for j in develop if j < len(header) and header[j].strip()}
    m = re.match(r"^\W*([\w’'-]+)\s+only\b", cell)
    return bool(m) and m.group(1).lower() in words
