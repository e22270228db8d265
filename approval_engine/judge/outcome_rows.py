"""The rows of an outcome table: for each row naming a minimum outcome, whether it says where the
outcome is developed and how it is assessed for the award.

Which columns are which is read from the table's header (an assessment column, "Where taught",
"How it's checked"), from a key that says which values count ("● taught and assessed"), or from the
cells themselves ("Session 4; assessed in Task A"). Perception only: the ruleset's judgement rules
decide what the row facts count for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from approval_engine.judge.assessment_cells import ASSESSMENT_COLUMN
from approval_engine.judge.column_glosses import RULE_WORDS, glossed_assessed
from approval_engine.judge.outcome_keys import SAYS_NONE, keyed
from approval_engine.judge.table_cells import (ASSESSED_IN, NOT_TAUGHT, NOT_WHERE, OUTCOME_HEADER, OUTSIDE_THE_AWARD,
                                              POINTER_CELL, STEM_HEADER, answers_no, counts, denies_header, developed_only,
                                              names_no_place, names_one_side, notes_say_not_assessed, numbered_part_column,
                                              outcome_words_column, place_column)
from approval_engine.judge.text import holds, modules_in, opens_with, singular

if TYPE_CHECKING:
    from approval_engine.judge.outcome_facts import OutcomeReader

# an assessment cell that is only an aside in brackets, its dash read as a list's mark ("— (local network briefings
# each spring)", "— (professional discussion topic from 2010)"): a note on the row, no assessment named
_ASIDE_CELL = re.compile(r"^\s*\([^()]*\)\s*$")
_COMPLIANCE_HEADER = re.compile(r"\b(?:met|compl(?:y|ies|iant|iance)|yes\s*/\s*no|y\s*/\s*n|achieved|in place|confirmed|agreed|tick)\b", re.I)
_GRADED_CELL = re.compile(r"^\W*(?:graded|marked|scored)\b", re.I)
# a cell naming only higher-grade criteria ("Unit 2: M1", "D1"): where the award is graded pass, merit and distinction,
# a participant passes without them
_HIGHER_GRADE_ONLY = re.compile(r"^\W*(?:unit\s*\d{1,2}\s*[:,-]?\s*)?[MD]\d{1,2}(?:\s*(?:,|and|&|/)\s*[MD]\d{1,2})*\W*$", re.I)
_GRADES = (re.compile(r"\bmerit\b", re.I), re.compile(r"\bdistinction\b", re.I))
_YES_FIRST = re.compile(r"^\W*(?:yes|y|✓|✔|☑)\b", re.I)
_TICK = re.compile(r"^\s*(?:yes|y|✓|✔|☑|ticked|agreed|compliant|met|x)\s*\.?\s*$", re.I)
# a column that says how each outcome is checked ("How it's checked", "Checked by", "How we'll know"): where no key says
# which checks count toward the award, it is the assessment column
# a column headed by where each outcome is shown ("Shown in"), which beside one headed by its marking is not
_SHOWN_HEADER = re.compile(r"^\W*(?:shown|demonstrated|seen|exhibited|displayed)\b", re.I)
CHECKED_COLUMN = re.compile(r"\bhow (?:(?:it['’]s|it is|it will be|this is|each (?:one )?is|they are|you are) (?:checked|tested|"
                            r"marked|judged)|(?:we|tutors|markers|assessors) (?:will )?(?:check|judge|mark|assess|test)"
                            r"|(?:we|you|they|tutors)(?:['’]ll| will)? know)\b|\b(?:checked|marked) (?:by|in|through)\b"
                            # "Where it counts", "How it counts": where no key says which values count
                            r"|^\W*(?:where|how) (?:it|this|each|they) counts?(?: (?:for|towards?) (?:the |your )?(?:award|certificate|"
                            r"qualification))?\W*$", re.I)
# a column the provider heads as where each outcome is developed ("PGCert: developed in", "Where taught"): where a
# table has one, its other columns (an old course's name, a gap rating) are not where the programme develops it
# (and the programme's other ways of working on an outcome beside the taught days: "Supervision", "Tutorials")
_DEVELOP_COLUMN = re.compile(r"\b(?:develop(?:ed|s)?|taught|teach(?:es|ing)?|covered|addressed|delivered|learn(?:ed|t)|works? on|"
                             r"supervision|tutorials?|coaching|mentoring|workshops?|seminars?|placements?)\b"
                             # a place the header names by its preposition ("In your set", "On Taught Days")
                             r"|^\W*(?:in|on|at|during|through)\s(?!(?:our|your|their|its|plain)\s(?:own\s)?words\b)"
                             # ... or by where it is ("Where it sits", "Where covered")
                             r"|^\W*where\b(?!.*\b(?:counts?|assess\w*|mark\w*|judged|tested|checked|graded|scored|evidenced)\b)", re.I)
# the column that gives the outcome itself beside its code ("Ref | Outcome | ...", "Outcome | In our words | ..."): what
# the outcome is, not where it is developed
_OUTCOME_TEXT_COLUMN = re.compile(r"^\W*(?:the )?(?:national |minimum |national minimum )?(?:outcomes?|standards?|competenc(?:e|es|ies|y))"
                                  r"\W*$|^\W*in (?:our|your|their|its|plain) (?:own )?words\W*$"
                                  # ... or anything, said to be in the provider's words ("Works (in our words)")
                                  r"|^[^()]{1,40}\(in (?:our|your|their|its|plain) (?:own )?words\)\W*$"
                                  # ... or said to be the outcome ("Medicine (the outcome, in our words)")
                                  # ("Contents (outcome, our words)")
                                  r"|^[^()]{1,40}\((?:(?:the|each|an?) )?(?:outcomes?|standards?)(?:,? (?:in )?(?:our|your|their|its|plain) "
                                  r"(?:own )?words)?\)\W*$", re.I)
_TO_ROW = re.compile(r"^\W*(?:see|as (?:for|in)|same as|cf\.?)\s+(?:also\s+)?(.{1,24}?)\W*$", re.I)


def points_to_declined(cell: str, declined: set[str]) -> bool:
    """A cell that only sends the reader to an item a decision turned down ("see R11.2", where "R11.2 DEFERRED")."""
    m = _TO_ROW.match(cell)
    return bool(m and declined and m.group(1).strip() in declined)


def points_to_row(cell: str, labels: list[str]) -> bool:
    """A cell that only sends the reader to another row of its table ("See Skills 5", "As for K3"): what it points
    to opens another row's label."""
    m = _TO_ROW.match(cell)
    if not m:
        return False
    target = m.group(1).strip().lower()
    return any(opens_with(label, target) for label in labels)


@dataclass(frozen=True)
class Columns:
    """Which columns of one outcome table say what."""

    assess: list[int]  # where each outcome is assessed
    develop: list[int]  # where it is developed
    keys: list[int]  # the columns a key's values are read in
    by_key: bool  # no assessment column: a key says which values are assessed
    combined: bool  # no assessment column: the development cells say where it is assessed too


def graded_scheme(r: "OutcomeReader") -> bool:
    """The document grades its award pass, merit and distinction (read once)."""
    if r.graded is None:
        text = " ".join(p.text for p in r.app.passages)
        r.graded = all(g.search(text) for g in _GRADES)
    return r.graded


# a sentence that makes the award rest on a kind of thing collected ("the Award is made, when every Exit stamp has
# been collected")
_AWARD_RULE = re.compile(r"\b(?:award|certificate|qualification|diploma)\b[^.;]{0,80}?\b(?:when|once|only when|only if|"
                         r"after|on condition that)\b", re.I)
# every one of a kind of thing ("every Exit stamp", "all four Outputs", "both Reviews")
_EVERY = r"(?:every|each|all(?: the| of the| of their| their)?(?: (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))?|both)"
_DONE_IN = re.compile(r"^([a-z]+?)e?d (?:in|by|at|through)$")  # "Reviewed in": what the "Reviews" do


def award_rests_on(r: "OutcomeReader", header: str) -> bool:
    """The text makes the award rest on every one of what the column's header names ("Exit stamp", where "the Award is
    made when every Exit stamp has been collected"; "Reviewed in", where it follows "passed both Reviews"): the column
    says how each outcome is assessed for the award."""
    name = " ".join(header.lower().split())
    if not name or len(name.split()) > RULE_WORDS or not name[0].isalpha() or OUTCOME_HEADER.search(name):
        return False  # (not the outcome itself: "evidence against each outcome")
    if r.award_rule is None:
        r.award_rule = " ".join(s.text.lower() for s in r.p.sentences if _AWARD_RULE.search(s.text))
    # (or the thing by the verb the header makes of it: "Reviewed in", where the award follows "passing both Reviews")
    names = [name, *((m.group(1), m.group(1) + "e") if (m := _DONE_IN.match(name)) else ())]
    # (not being there: "attendance at every Round is recorded" rests the award on attending, not on a check; nor "when
    # they have come to all ten Trick Days")
    return any(re.search(rf"(?<!attendance at )(?<!attendance in )(?<!attended )(?<!attends )(?<!attending )(?<!present at )"
                         rf"(?<!attend )(?<!come to )(?<!comes to )(?<!came to )(?<!coming to )(?<!been to )(?<!been at )"
                         rf"\b{_EVERY} {re.escape(n)}s?\b", r.award_rule) for n in names)


# a cell that names the course's taught days or sessions ("Days 5 and 6", "Session 3", "Study Day 2")
_DAYS_CELL = re.compile(r"^\W*(?:(?:study|taught|training|resource|contact|course) )?(?:days?|sessions?|weeks?|workshops?|twilights?)"
                        r"\s*\d", re.I)


# a sentence that makes the award rest on passing named pieces ("A participant who passes Task A, Task B and Task C is
# awarded the Postgraduate Certificate")
_PASS_RULE = re.compile(r"\bpass(?:es|ed|ing)?\b[^.;]{0,200}?\b(?:award|certificate|qualification|diploma)|"
                        r"\b(?:award|certificate|qualification|diploma)\b[^.;]{0,80}?\bpass(?:es|ed|ing)?\b", re.I)
_TAUGHT_PART = re.compile(r"^(?:modules?|units?|blocks?|sessions?|days?|courses?|strands?|parts?|stages?|elements?|components?|"
                          r"terms?|weeks?|workshops?)\b", re.I)
_PIECE = re.compile(r"^\W*([a-z][\w’'-]*(?: [a-z][\w’'-]*)?\s[a-z0-9]{1,2})\b", re.I)  # "Task A", "Piece 2", "Big Move 1"


# a kind of piece the text says is judged against criteria, whatever its verb ("Each Harvest is weighed by the Bed Tutor
# who taught the Bed against the weighing criteria"): a piece assessed for the award
_JUDGED_AGAINST = re.compile(r"\b(?:[Ee]ach|[Ee]very|[Aa]ll|[Tt]he)\s+([A-Za-z][\w’'-]+(?: [A-Za-z][\w’'-]+)?)\s+(?:is|are)\s+"
                             r"(?:[\w’'-]+\s+){0,2}?[a-z]+(?:ed|en|wn)\b[^.;]{0,80}?\bagainst\s+(?:[\w’'-]+\s+){0,4}?"
                             r"(?:criteria|standards|rubrics?|mark schemes?)\b")


# ... or a term the text defines as a marked piece ("A Culmination is a marked assessment")
_DEFINED_MARKED = re.compile(r"^\W*(?:An?|Each|Every)\s+([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s+is\s+(?:an?|the)\s+(?:[\w’'-]+\s+)?"
                             r"(?:marked|summative|graded|assessed)\s+(?:assessment|assignment|piece|task|test)\b")


# ... or a kind of piece named with a capital that each one of is marked ("Each Performance is marked by two Fight
# Instructors"; not "every PLO is assessed", an outcome)
_EACH_MARKED = re.compile(r"\b(?:[Ee]ach|[Ee]very)\s+([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s+(?:is|are)\s+(?:then\s+)?"
                          r"(?:marked|graded|examined|scored)\b")


def _judged_kinds(r: "OutcomeReader") -> set[str]:
    if r.judged_kinds is None:
        r.judged_kinds = {singular(m.group(1).lower()) for s in r.p.sentences
                          for rx in (_JUDGED_AGAINST, _DEFINED_MARKED, _EACH_MARKED) for m in rx.finditer(s.text)}
    return r.judged_kinds


# a header saying what was done to the outcome, and where ("Validated at", "Ride-checked in")
_DONE_WHERE = re.compile(r"^\W*([a-z][\w-]+?)e?d\s+(?:at|in|by|through|on)\W*$", re.I)


def _keyed_verb(r: "OutcomeReader", header: str) -> bool:
    """The header's verb is the provider's own name for its marked pieces, which its key says are assessed ("Validated
    at", where "Validation: a marked assignment"; "Ride-checked in", where "Ride check: a marked piece")."""
    m = _DONE_WHERE.match(header)
    if not m:
        return False
    stem = m.group(1).lower().replace("-", " ")
    # (or the kind of piece the text says each one of is marked: "Performed in", where "Each Performance is marked")
    return len(stem) >= 4 and (any(meaning == "assessed" and value.replace("-", " ").startswith(stem)
                                   for value, meaning in r.key_values.items())
                               or any(kind.replace("-", " ").startswith(stem) for kind in _judged_kinds(r)))


def _pieces_column(r: "OutcomeReader", rows: list, j: int) -> bool:
    """Most of the column's filled cells open with a piece the award rule says must be passed ("Task A" where "a
    participant who passes Task A, Task B and Task C is awarded the Certificate"): the column says where each outcome
    is assessed for the award."""
    if r.pass_rule is None:
        r.pass_rule = " ".join(s.text.lower() for s in r.p.sentences if _PASS_RULE.search(s.text))
    cells = _filled(rows, j)
    named = [m.group(1).lower() for c in cells if (m := _PIECE.match(c))]
    # (each by its name, or all of its kind: "Output 2", where the rule says "passes all four Outputs"; not a kind of
    # taught part, "Module 2" where "both Modules are passed": where it is taught as well)
    # (or of a kind the text says is judged against criteria: "Harvest 2", where "Each Harvest is weighed ... against
    # the weighing criteria")
    judged = _judged_kinds(r)
    hits = sum(1 for n in named if re.search(rf"\b{re.escape(n)}\b", r.pass_rule) or (
        not _TAUGHT_PART.match(n) and (re.search(rf"\b{_EVERY} {re.escape(n.rsplit(' ', 1)[0])}s?\b", r.pass_rule)
                                       or n.rsplit(' ', 1)[0] in judged)))
    return len(cells) >= 3 and hits * 2 > len(cells)


def _filled(rows: list, j: int) -> list[str]:
    """The column's filled cells, a dash alone aside."""
    return [row[j].strip() for _, row, _, _ in rows if j < len(row) and row[j].strip() not in ("", "-", "–", "—")]


_WORDED = re.compile(r"[a-z]{3}")


def _keyed_marks(r: "OutcomeReader", rows: list, j: int) -> bool:
    """Every filled cell of the column is a value the key says is or is not assessed, one at least assessed, and its
    assessed values stand in no other column (a piece's name, "CS3", not a matrix's mark, "●", "T/A")."""
    cells = _filled(rows, j)
    said = [keyed(r.key_values, c) for c in cells]
    if "assessed" not in said or not all(x in ("assessed", "not_assessed", "some", "none") for x in said):
        return False
    # (as written: "A1", a marked piece, is not "a1", the first taught day, in the column beside)
    marks = {c.strip() for c, x in zip(cells, said) if x == "assessed"}
    return not any(row[k].strip() in marks for _, row, _, _ in rows for k in range(1, len(row)) if k != j)


def _days_column(rows: list, j: int) -> bool:
    """Most of the column's filled cells (a dash alone aside) name taught days or sessions."""
    cells = _filled(rows, j)
    return bool(cells) and sum(1 for c in cells if _DAYS_CELL.match(c)) * 2 > len(cells)


def columns(r: "OutcomeReader", t, rows: list) -> Columns:
    """The columns of outcome table ``t`` (its rows naming outcomes: ``rows``)."""
    header = r.grid(t)[0]
    # a column for an assessment: its header says so, or names an assignment ("A2 Case study")
    assess = [j for j, h in enumerate(header) if j > 0 and (
        ASSESSMENT_COLUMN.search(h) or r.items.summative_named(h) or award_rests_on(r, h) or glossed_assessed(r, t, h)
        or singular(" ".join(h.lower().split())) in _judged_kinds(r)  # "Regulatory sample", where every one is marked
        or _keyed_verb(r, h)  # "Validated at", where the key says a Validation is marked
        # the header itself a term the key says is where each outcome is marked ("Fired in: the marked Post-blast Report in
        # which the Hole is assessed")
        or r.key_values.get(" ".join(h.lower().split())) == "assessed"
        or (t.index in r.grids.transposed and holds(r.sig["assessed"], h)))]
    # a column of what the pilot or the earlier course did ("Pilot 2007-08 (for reference only)") is not
    # the programme's: neither where an outcome is developed nor how it is assessed
    before = {j for j, h in enumerate(header) if holds(r.sig.get("superseded_column"), h)}
    if t.index in r.grids.labelled:
        # (the rows' labels in the provider's own names, "Gull Rock", now beside the outcome: no place; all of them where
        # several stood before it, "No. | Stop | Pitch")
        before.update(range(1, r.grids.moved[t.index] - r.grids.numbered.get(t.index, 0) + 1))
    assess = [j for j in assess if j not in before]
    if len(assess) > 1:  # "Evidence created at | Assessed record": the one whose cells name the days is where it is developed
        assess = [j for j in assess if not _days_column(rows, j)] or assess
    if len(assess) > 1:  # "Shown in | Graded at": where it is shown, beside where it is graded, is where it is developed
        assess = [j for j in assess if not _SHOWN_HEADER.match(header[j])] or assess
    if t.index in r.grids.marking:
        # "National outcomes evidenced": each row is what a piece of assessed work is marked for
        assess = [j for j in range(1, len(header)) if j not in before]
    grid = r.grid(t)
    develop = [j for j, h in enumerate(header)
               if j > 0 and j not in assess and j not in before and not NOT_WHERE.match(h)
               and not (counts(grid, j, h) and not numbered_part_column(grid, j, h, r.numbered_parts))
               and r.items.tool_column(h) is None
               and not _OUTCOME_TEXT_COLUMN.match(h) and not STEM_HEADER.match(h)]
    develop = [j for j in develop if _DEVELOP_COLUMN.search(header[j])] or develop
    # no assessment column, but a key says which values in the cells are assessed for the
    # award ("● taught and assessed; ○ taught only; F formative task only")
    # (in the columns where an outcome is developed, or in a column of its own: "Counts? | ✔")
    keys = [j for j in range(1, len(header)) if j not in before]
    by_key = not assess and any(keyed(r.key_values, row[j]) == "assessed" for _, row, _, _ in rows for j in keys if j < len(row))
    if by_key:
        # a column whose every value the key gives as a marked piece or not ("CS3", "Sketch only") beside another where
        # it is taught: the assessment column, not a place it is taught
        marked = [j for j in develop if _keyed_marks(r, rows, j)]
        if marked and len(marked) < len(develop):
            assess, develop, by_key = marked, [j for j in develop if j not in marked], False
    if not assess and not by_key:
        # "How it's checked": the assessment column, where no key says which checks count; or a column whose cells
        # name the pieces the award rule says must be passed
        assess = [j for j, h in enumerate(header) if j > 0 and j not in before and CHECKED_COLUMN.search(h)] or [
            j for j in range(1, len(header)) if j not in before and _pieces_column(r, rows, j)]
        develop = [j for j in develop if j not in assess] or develop
    # no assessment column, but the cells say where each outcome is assessed as well as taught
    # ("Sessions 6 and 7; assessed in Task B (review meeting)")
    combined = not assess and not by_key and any(
        assessed_in(r, row[j]) for _, row, _, _ in rows for j in develop if j < len(row))
    return Columns(assess, develop, keys, by_key, combined)


def developed_cells(r: "OutcomeReader", header: list[str], row: list[str], filled: list[int], rid: str = "",
                    places: int = 1, placed: bool = False) -> list[str]:
    """The row's cells that name where its outcome is developed (``placed``: the row's outcome is the one its place
    in the map says, so the words in its second cell, beside its code, are its own name for the outcome)."""
    if any(NOT_TAUGHT.search(x) or OUTSIDE_THE_AWARD.match(x) for x in row):  # "Child development (not taught: assumed
        return []  # from ITT)", "Not part of the Certificate: handled in schools"
    if places > 1 and rid and all(j < len(header) and not place_column(header[j]) and (r.names(rid, row[j]) or (placed and j == 1))
                                  and not modules_in(row[j]) for j in filled):
        # only the row's outcome in words beside its code ("K7 | School self-evaluation and SEN | — | —"), the table's
        # column for where it is developed empty: its name, not its place
        return []
    # a tick in a compliance column ("Met?") or the outcome's own wording given back
    # says nowhere the outcome is developed (a tick under a module's column does)
    return [row[j] for j in filled
             if not (_TICK.match(row[j]) and _COMPLIANCE_HEADER.search(header[j]))
             and not SAYS_NONE.match(row[j]) and not names_no_place(row[j], header[j])
             and not (j < len(header) and outcome_words_column(header[j]))
             and not r.p.restates_spec(row[j], anywhere=True)
             and not holds(r.sig.get("status_not_current"), row[j])
             and not holds(r.sig.get("deferral"), row[j])
             and not holds(r.sig.get("other_provider"), row[j])  # another body's briefings
             and row[j].strip().lower() not in r.untaught  # ("Own time": no session works on it)
             and keyed(r.key_values, row[j]) != "none"]  # ("86": off the menu this season, not served and not marked)


def assessment_cell(r: "OutcomeReader", header: list[str], row: list[str], rid: str, cols: Columns,
                    dev_cells: list[str]) -> str:
    """What the row says of its outcome's assessment: present, some (one side, or some participants),
    not_assessed, empty, or none (the table has no assessment column)."""
    if cols.by_key:  # (a reviewer's note in another column may say the key's "assessed" is not borne out)
        meant = [keyed(r.key_values, row[j]) for j in cols.keys if j < len(row) and r.present(row[j])]
        if notes_say_not_assessed((x for x in row[1:] if keyed(r.key_values, x) is None and SAYS_NONE.match(x)),
                                  r.sig["not_assessed"], opening=True):
            meant = [m for m in meant if m != "assessed"]
        if "assessed" not in meant and "some" in meant:
            return "some"  # (assessed for some participants only: one of a choice)
        return "present" if "assessed" in meant else ("not_assessed" if dev_cells or any(meant) else "empty")
    if cols.combined:
        return "present" if any(assessed_in(r, x) for x in dev_cells) else "empty"
    if not cols.assess:
        return "none"
    cells = [row[j] for j in cols.assess if j < len(row) and r.present(row[j])
             and not POINTER_CELL.match(row[j]) and not _ASIDE_CELL.match(row[j])
             # a column that asks ("Assessed?") is answered yes, not with a record's name ("Log")
             and not (header[j].rstrip().endswith("?") and not _YES_FIRST.match(row[j]))
             and not SAYS_NONE.match(row[j]) and not OUTSIDE_THE_AWARD.match(row[j])  # "Not part of this Service"
             and not holds(r.sig.get("other_provider"), row[j])
             and not holds(r.sig.get("status_not_current"), row[j])  # "Withdrawn for 2009-10"
             # (one that opens by leaving it to someone else: "Left to the school: the Provost and the head see to it")
             and not holds(r.sig.get("deferral"), re.split(r"[:;]", row[j], maxsplit=1)[0])
             and not denies_header(header[j], row[j])  # "Harvested in": "Green manure – dug in, not harvested"
             and not developed_only(header, cols.develop, row[j])]  # "Read at | Proved at": "Read only"
    if not cells and any(denies_header(header[j], row[j]) or developed_only(header, cols.develop, row[j])
                         for j in cols.assess if j < len(row)):
        return "not_assessed"  # (said in so many words)
    # a cell of another column that says the work there is graded ("Visits | Graded (PR6)")
    cells += [row[j] for j in cols.develop if j < len(row) and _GRADED_CELL.match(row[j])]
    # a short note elsewhere in the row that it does not count ("Counts toward the Award? |
    # Conversation only – not scored") outweighs what the assessors ask about; so does one in another assessment
    # column ("Task | How judged": "Next steps plan | Talked through at tutorial - not marked")
    said_not = notes_say_not_assessed((x for j, x in enumerate(row) if j > 0 and (j not in cols.assess or len(cols.assess) > 1)),
                                      r.sig["not_assessed"]) or answers_no(header, row)
    # a column of states the key names, one of them the assessed one ("Timed: ... marked in the run under Timed in"):
    # a row in a state the key gives no such meaning ("Spotter's check: seen and initialled ...; no time recorded") is
    # not marked for the award (a state it reads otherwise, "Capped only: a Harvest assesses the outcome but no
    # Inspection teaches it", is left to what it means)
    states = [x.strip().lower() for j, x in enumerate(row) if j > 0 and j not in cols.assess and j not in cols.develop
              and x.strip().lower() in r.key_states]
    said_not = said_not or bool(states and "assessed" in r.key_values.values()
                                and not any(x in r.key_values for x in states))
    # ... or a state the key says is not marked ("Status: Probable": "taught ... but it is not marked"), in words (not a
    # dash, which the key may give for another column)
    # (in a column read as where it is taught too: "Worked on | Finish | Checked at": "BD2 | Dry-laid | TC1", the key's
    # "Dry-laid" tried at the Check but carrying no mark)
    states += [x.strip().lower() for j, x in enumerate(row) if j > 0 and j in cols.develop and j not in cols.assess
               and x.strip().lower() in r.key_states]
    said_not = said_not or any(r.key_values.get(x) == "not_assessed" for x in states if _WORDED.search(x))
    marked = [] if said_not else [
        x for x in cells if r.cells.for_award(x)
        and not holds(r.sig.get("aspiration"), x)  # "We plan to add a task in 2010-11"
        # a value the key says is not marked, only taught or not there, alone or leading the cell ("Checkpoint C4",
        # "Request stop": "taught ... for Passengers who ask")
        and keyed(r.key_values, x) not in ("not_assessed", "developed", "none")]
    some = [x for x in marked if holds(r.sig.get("not_assessed_for_all"), x) or keyed(r.key_values, x) == "some"
            or (_HIGHER_GRADE_ONLY.match(x) and graded_scheme(r))]
    if len(some) < len(marked) and names_one_side(marked, r.parts.get(rid)):
        return "some"  # "Assignment 2 (the relationship with the pupil)": one side of the outcome
    if len(some) < len(marked):
        return "present"
    if some:
        return "some"  # "T3, where the project allows": assessed for some participants only
    return "not_assessed" if cells else "empty"


def assessed_in(r: "OutcomeReader", cell: str) -> bool:
    """A cell that names the assessment for the award an outcome is assessed in ("Session 4;
    assessed in Task A"), not a formative one."""
    return bool(ASSESSED_IN.search(cell)) and not holds(r.sig["not_assessed"], cell) and not r.items.formative_only(cell)
