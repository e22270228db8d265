"""Table cells that say what they hold is assessed for the award.

Two shapes of table, neither of them an outcome map:

- an assessment table with a column listing, in the provider's words, what each task
  assesses ("Task | Form | What is assessed", "What the markers look for"): an outcome
  named in that column is assessed by the row's task, unless the row says it is not
  assessed ("Not assessed | - | The placement journal");
- a teaching schedule with an assessment column ("Week | Session | What participants
  do | Assessment"): what a row teaches is assessed where the same row names a graded
  task, not where it says formative, nothing, or only "Tutors give feedback on the day".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from approval_engine.judge.assessment_items import ITEM_CODE
from approval_engine.judge.outcome_keys import SAYS_NONE
from approval_engine.judge.table_cells import notes_say_not_assessed
from approval_engine.judge.text import holds
from approval_engine.judge.typed_tables import header_index

if TYPE_CHECKING:
    from approval_engine.judge.outcome_facts import OutcomeReader

# a column for an assessment: "Assessed by", "Where evidenced", "Acceptance test", "How we will know", "Where it's marked",
# "Verified by", "Proven by"
# (not the result of testing the row: an audit's "Test result" column)
ASSESSMENT_COLUMN = re.compile(r"assess|evidenc|summative|examin|\btest(?:s|ed)?\b(?!\s+(?:results?|findings?|outcomes?)\b)"
                               r"|\bhow (?:we|you|tutors) (?:will )?know\b"
                               # "Assignment", "Counts for the Award in", "Counts in", "Shown in" beside where it is developed
                               r"|^\W*(?:assignments?|tasks?|assessed tasks?)\W*$|^\W*(?:asg|asgt|assgt|assgn|assign)\.?\s*\d{1,2}\W*$|^\W*how (?:(?:it|each|this) is |they are )?(?:judged|assessed|marked|evidenced)\W*$|\bcounts? (?:for|towards?) (?:the )?(?:award|qualification)\s+(?:in|through|by)\b"
                               r"|^\W*counts? in\W*$"
                               # "Component" beside "Session": the assessment component each outcome counts in
                               r"|^\W*(?:assessment |assessed )?components?\W*$"
                               r"|^\W*(?:shown|demonstrated) (?:in|through|by|at)\b"
                               # "Where it's marked", "Marked in", "Graded by", "Judged in", "Final (scored at)"
                               r"|\b(?:marked|graded|judged)\b|\bscored (?:at|in|by|through)\b|^\W*(?:where )?scored\W*$"
                               # "Checked at", "Checked in" (not "Checked by", a person: see outcome_rows.CHECKED_COLUMN)
                               r"|^\W*checked (?:at|in|through)\b"
                               # an outcome map's "Evaluated by", "Evaluated in": each outcome's evaluation, not the course's
                               r"|^\W*evaluated (?:by|in|through|at)\W*$"
                               # a statement of needs' third part beside "Provision": how each objective is monitored
                               r"|^\W*monitoring\W*$"
                               # a traceability matrix's "Verified by", "Verification"
                               r"|\bverifi(?:ed|cation) (?:by|in|through|method|at)\b|^\W*verification\W*$"
                               # a capability register's "Proven by", "How it is proved"; an outcome map's "How it is shown",
                               # "How shown", "Where you show it"
                               r"|\bprove[nd]? (?:by|in|through)\b"
                               # a competence framework's "Signed off in", "Sign-off"
                               r"|\bsigned[ -]off (?:by|in|through|at)\b|^\W*sign[ -]?off\W*$"
                               r"|\b(?:how|where) (?:(?:it|each|this) is |they are |it's )?(?:proved|shown|demonstrated)\b"
                               r"|^\W*(?:how|where) (?:you|participants|candidates|they)(?: will|['’]ll)? (?:show|demonstrate|prove)\b"
                               # a column headed by the word alone, beside where each outcome is developed ("Formed | Shown")
                               r"|^\W*(?:shown|demonstrated|proved|proven|evidenced)\W*$"
                               # "How it is recognised for the Award", "Credited towards the award by" (not "Not counted
                               # toward the award")
                               r"|(?<!\bnot )(?<!n't )\b(?:recogni[sz]ed|credited|counted) (?:for|towards?|in) (?:the )?(?:award|certificate|qualification)\b",
                               re.I)
# a column of an assessment table that lists what each task assesses: "Outcomes assessed", "Outcomes evidenced",
# "Outcomes the marking criteria address", "Outcomes sampled" (by a practical examination's station), "Assessed
# against", "What is assessed", "What the task assesses", "What the markers look for", "Assessment focus"
ASSESSED_LIST_COLUMN = re.compile(
    r"\b(?:outcomes?|criteria|skills|knowledge)\b.{0,30}\b(?:assess\w*|mark\w*|address\w*|tested|evidenced|sampled)\b"
    r"|\b(?:assess\w*|mark\w*) (?:against|on)\b|\b(?:assess\w*|mark\w*) for\W*$|\bmarking criteria\b"
    r"|\bwhat (?:is|are|gets|will be) (?:assess|mark|examin)\w*|\bwhat (?:the |each )?(?:task|assignment|assessment)s? (?:assess|test|examin)\w*"
    r"|\b(?:markers?|assessors?|examiners?) (?:will )?(?:looks?|are looking) for\b|\b(?:assessment|marking) focus\b",
    re.I)
# what a schedule's assessment cell must name to be an assessment for the award ("Task 2 section 2 (graded)",
# "Assignment 1, Part B; marked"), not "Talked through with the tutor" or "Tutors give feedback on the day"
_NAMES_ASSESSMENT = re.compile(r"\b(?:task|assignment|portfolio|project|essay|case study|presentation|report|viva|"
                               r"examination|exam|graded|marked|assessed|assessment)\b", re.I)
_ASSESSMENT_FIRST = re.compile(r"^\W*(?:task|assignment|portfolio|project|essay|case study|presentation|component|viva)\b", re.I)
# "Formative: data exercise", "Optional: C2 where the inquiry allows", "Elective", "Attendance at W1": no assessment
# for the award (not for every participant)
# (a practice run, "Practice task", "Practice quiz": not a "Practice Portfolio", a portfolio of the participant's practice)
_FORMATIVE_FIRST = re.compile(r"^\W*(?:formative|diagnostic|optional|elective|attendance|practice(?=\s+(?:tasks?|assignments?|"
                              r"essays?|quiz(?:zes)?|questions?|runs?|exercises?|papers?|tests?|pieces?)\b|\s*[:(–—-]))\b", re.I)
_CODE_FIRST = re.compile(rf"^\W*{ITEM_CODE}\b")  # a cell opened by an assessment item's code ("PT2", "PT3 (a plan)")
MAX_ITEM_WORDS = 40  # a schedule's assessment cell names its task in fewer words; more is a description
BARE_ITEM_WORDS = 4  # "Assignment 1", "Task 2 (graded)": an item named and no more
SEVERAL = 3  # outcomes taught in one row
KEYED_COLUMNS = 3  # a table of labelled rows: a label and its value (and perhaps a note)


class AssessmentCells:
    """Reads, for a sentence in a table cell, whether its table says it is assessed."""

    def __init__(self, reader: "OutcomeReader"):
        self.r = reader
        self._headers: dict[int, tuple[int, list[str], list[list[str]]]] | None = None
        self._counts: dict[str, int] = {}

    def _table_of(self, s) -> tuple[list[str], list[str]] | None:
        """For a sentence in a table's body cell: the table's header row and the cell's row."""
        loc = s.passage.location
        if s.passage.kind != "cell" or loc.table is None or loc.column is None or loc.row is None:
            return None
        head, header, rows = self._tables().get(loc.table, (None, [], []))
        if head is None or loc.row - 1 <= head or loc.column > len(header) or loc.row > len(rows):
            return None
        return header, rows[loc.row - 1]

    def _outcomes_in(self, cell: str) -> int:
        """How many minimum outcomes a cell names."""
        n = self._counts.get(cell)
        if n is None:
            n = self._counts[cell] = sum(1 for named in self.r._named.values() if named(cell))
        return n

    def for_award(self, cell: str) -> bool:
        """An assessment cell that does not say its work is formative, optional or ungraded ("Formative: data
        exercise", "Optional: ...", "The Reflective Log ... is formative ... not graded")."""
        return (not _FORMATIVE_FIRST.match(cell) and not holds(self.r.sig["not_assessed"], cell)
                and not self.r.items.formative_only(cell))

    def listed(self, s) -> bool:
        """The sentence sits in an assessment table's column that lists what each task
        assesses ("Outcomes the marking criteria address"), below that column's header."""
        if self._keyed(s):
            return True
        found = self._table_of(s)
        if found is None:
            return False
        header, row = found
        # a row that says it is not assessed ("Not assessed | – | The placement journal", "Not in the programme
        # at present | — | ...") or whose short note says so ("Learning journal | No (formative; not marked) |
        # ...") assesses nothing
        label = row[0] if row else ""
        head = header[s.passage.location.column - 1]
        # a column headed by the task itself ("Assignment 2: A pupil study (4,000 words) asks you to show that
        # you"): its cells are what the task asks for
        return bool(ASSESSED_LIST_COLUMN.search(head) or (_ASSESSMENT_FIRST.match(head) and self.for_award(head))) \
            and not holds(self.r.sig["not_assessed"], label) and not SAYS_NONE.match(label) \
            and not notes_say_not_assessed(row, self.r.sig["not_assessed"])

    def _keyed(self, s) -> bool:
        """The sentence is the value of a labelled row that says what a piece of assessment assesses, in a table of
        labelled rows describing that piece ("STATION 1 | Outcomes sampled | Building a relationship with a parent;
        ... | Examiner checklist | ... | Scoring | ..."), and no row of the table says the piece is not assessed
        ("Scoring | Practice station: feedback only, not scored")."""
        loc = s.passage.location
        if s.passage.kind != "cell" or loc.table is None or loc.row is None or (loc.column or 0) < 2:
            return False
        table = self._tables().get(loc.table, (None, [], []))[2]
        if not table or loc.row > len(table) or len(table[loc.row - 1]) > KEYED_COLUMNS:
            return False
        label = table[loc.row - 1][0]
        not_assessed = self.r.sig["not_assessed"]
        return bool(ASSESSED_LIST_COLUMN.search(label)) and not holds(not_assessed, label) \
            and not any(holds(not_assessed, cell) for row in table for cell in row[1:])

    def _tables(self) -> dict[int, tuple[int, list[str], list[list[str]]]]:
        """Each document table's header row's index, that row and its rows, found once."""
        if self._headers is None:
            self._headers = {}
            for t in self.r.app.tables:
                if t.rows:
                    head = header_index(t.rows)
                    self._headers[t.index] = (head, t.rows[head], t.rows)
        return self._headers

    def in_its_row(self, s) -> bool:
        """The sentence is a cell of a teaching schedule whose assessment column, in the same
        row, names an assessment for the award ("Common needs | Dyslexia, autism ... | Task 2
        section 2 (graded)"); a formative, ungraded or empty cell there assesses nothing. Where
        the assessment cell itself lists what it assesses ("Markers look for: ..."), an outcome
        is assessed only where that list names it."""
        found = self._table_of(s)
        if found is None:
            return False
        header, row = found
        if any(ASSESSED_LIST_COLUMN.search(h) for h in header):
            return False  # the table lists what each task assesses: read there (listed)
        not_assessed = self.r.sig["not_assessed"]
        if notes_say_not_assessed(row, not_assessed):
            return False  # a short note in the row says it is not graded ("0% (formative; not graded)")
        column = s.passage.location.column - 1
        task_row = bool(row and _ASSESSMENT_FIRST.match(row[0]))  # the row is a task's: what it says is assessed
        for j, h in enumerate(header):
            if j == column or j >= len(row) or not ASSESSMENT_COLUMN.search(h):
                continue
            cell = row[j]
            if ASSESSED_LIST_COLUMN.search(cell) or len(cell.split()) > MAX_ITEM_WORDS:
                return False
            # the cell, or the row's own label ("Task 1: Policy review | 30% | ... | K1, K3"), names an assessment
            # (or an item by its code alone under the column's header: "Assessed through | PT2", "PT3 (a work plan)")
            named = _NAMES_ASSESSMENT.search(cell) or task_row or _CODE_FIRST.match(cell)
            # a row teaching several outcomes, its assessment cell saying which part is assessed ("Portfolio
            # (record of a meeting with parents)"): which outcome it assesses is not for the row to say
            if not task_row and len(cell.split()) > BARE_ITEM_WORDS and self._outcomes_in(row[column]) >= SEVERAL:
                return False
            if self.r.present(cell) and named and not SAYS_NONE.match(cell) and self.for_award(cell):
                return True
        return False
