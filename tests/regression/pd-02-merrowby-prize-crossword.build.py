"""pd-02-merrowby-prize-crossword: build pd-02-merrowby-prize-crossword.docx next to this script.

Provider (invented): the Merrowby Word Games Trust, the education charity of the Merrowby Crossword and
Scrabble Society, with the University of Orringham (which validates and awards) and Dunmarsh County
Council's Inclusion Support Service. Application for the 2008-09 round, March 2009, to run the National
Award for SEN Coordination from October 2009.

Document kind and layout: the course sent as a special issue of the Society's monthly prize crossword
leaflet. Heading 1 and Heading 2 styles; a title block; a shaded boxed note to the panel (a one-cell
table); a Listener-style italic preamble that also keys the values of the outcome table ("L1" to
"L3", "Unch", "Unclued", a dash) several pages before it; a 13 x 13 blocked grid drawn as a table
(black squares shaded, clue numbers in the white cells; the grid is blank, as printed for solving);
Across and Down clue lists side by side in a borderless two-column table, with enumerations; then
"Notes on the clues" by the setter, one paragraph or more per clue, where the course is actually
described in the Trust's words (Solvers, Setters, Test Solvers, the Crossword Editor, Puzzle Days P1-P9,
Practice Grids, Long Entries L1-L3, the Warm-up Grid, the Personal Grid, Pre-filled lights, the Blank
Grid, the Adjudicator, the Programme Committee); a table of Setters; competition rules and an entry
coupon with blanks and a "[prize to be confirmed]" placeholder; last month's solution notes; the
Thematic Table of outcomes with three merged, shaded group rows (DIAGONAL, ACROSS, DOWN); header and
footer with a PAGE field; tracked changes (an inserted paragraph creating the Blank Grid route; a whole
deleted row of the Thematic Table); one Word comment; one footnote.

Traps (requirement ids):
- Clue surfaces read like claims ("Where Solvers go next: professional targets set at last", "Sixty
  of these at Master's level"), but a clue is not a statement of the course; the note to the panel
  says so. 2.5 is negated in the note to 17dn ("What a Solver does after the Award is a matter for
  the Solver and their head") -> 2.5 not_met.
- 6.0: the prize rules give the Award to every Solver "whose three Long Entries are received by the
  closing dates" and who attends seven Puzzle Days: receipt and attendance, not reaching the outcomes
  (not_met).
- 2.2: the Warm-up Grid is done on P1, not before the course, and "Everyone works to the same
  twenty-nine entries" (no personalised outcomes); a comment proposing otherwise does not count
  (partially_met). 2.4: same days in the same order for all, cost-effectiveness asserted as "the
  lowest in the region" (partially_met).
- 2.1: certificated credit only; "We do not accredit experience on its own" (partially_met).
- 2.3: the Blank Grid (assessment-only) route exists only as a tracked insertion, which counts (met).
- 3.1: a welcome and "large-print copies of every handout on request", nothing on disclosure,
  adjustments to assessment or the Trust's duties (partially_met).
- 3.2: one group, one start, days in order; a January start only "if enough teachers ask"
  (partially_met). 3.3: "There is no online part" (not_applicable); the email address in the
  competition rules is for crossword entries.
- 1.3: research only in general terms ("Setters bring the latest research to every Puzzle Day")
  (partially_met). 1.7: parents only as a talk and a reflective note (partially_met).
- 5.2: role and head's signature, but "we do not set an entry test" and the Warm-up Grid comes after
  entry (partially_met). 5.3 met (certificate seen, number and date recorded, renewal, reference,
  List 99).
- Last month's solution notes describe the Society's old Level 6 certificate, closed in 2008: a past
  arrangement, not this course.
- Thematic Table (entries coded D1-D6, A1-A9 and N1-N12: the A codes are knowledge and collide with the
  specification's attribute codes 6.A1-6.A7): "Unch" (taught on a Puzzle Day, never marked) for 6.A2, 6.A6, 6.K8, 6.S2c, 6.S4,
  6.S8; "Unclued" (marked in L1, taught on no day) for 6.K3, which the 2dn note confirms; the access
  arrangements row (6.S2d) is a deleted tracked row; keeping up to date (6.A7) and reviewing provision
  with staff for self-evaluation (6.S6) are absent.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Mm

from _pd_helpers import (a4, cell_write, cell_para, col_widths, delete_row, footnotes, insert_paragraph_whole,
                         page_field, run, shade_cell, table_borders, row_height, cell_valign, repeat_header)

OUT = HERE / "pd-02-merrowby-prize-crossword.docx"
ED = "Hilary Fenwick-Bright"
DATE = "2009-03-09T11:05:00Z"
NAVY = "1B2A49"

doc = docx.Document()
a4(doc.sections[0])
st = doc.styles
st["Normal"].font.name = "Times New Roman"
st["Normal"].font.size = Pt(10.5)
for h, sz in (("Heading 1", 14), ("Heading 2", 11.5)):
    st[h].font.name = "Times New Roman"
    st[h].font.size = Pt(sz)
    st[h].font.color.rgb = RGBColor.from_string(NAVY)


def para(text="", italic=False, bold=False, size=None, after=4):
    p = doc.add_paragraph()
    if text:
        run(p, text, italic=italic, bold=bold, size=size)
    p.paragraph_format.space_after = Pt(after)
    return p


def note(ref, answer, parse, *body):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(3)
    run(p, ref + "  ", bold=True)
    run(p, answer, bold=True)
    run(p, "  " + parse, italic=True, size=9.5)
    out = [p]
    for b in body:
        out.append(para(b))
    return out


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "MERROWBY WORD GAMES TRUST   \u00b7   Prize Crossword No. 213   \u00b7   Special issue", size=8)
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
run(fp, "Merrowby Crossword and Scrabble Society, Corn Exchange, Merrowby. Solution to No. 213 in the May "
        "leaflet.   ", size=7.5)
page_field(fp, "")

# ------------------------------------------------------------------ title
t = doc.add_paragraph(style="Title")
t.add_run("The Merrowby Prize Crossword")
tb = doc.add_table(rows=2, cols=3)
table_borders(tb, 8, NAVY)
cell_write(tb.cell(0, 0), "No. 213", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
cell_write(tb.cell(0, 1), "\u201cTHE AWARD\u201d", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
cell_write(tb.cell(0, 2), "by Quiller", italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
m = tb.cell(1, 0).merge(tb.cell(1, 2))
cell_write(m, "Special issue, March 2009: the Trust's application to the TDA to run the National Award for SEN "
              "Coordination", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
for c in (tb.cell(0, 0), tb.cell(0, 1), tb.cell(0, 2)):
    shade_cell(c, "DCE3EF")
para()

box = doc.add_table(rows=1, cols=1)
table_borders(box, 12, NAVY)
bc = box.cell(0, 0)
shade_cell(bc, "FFF6D5")
cell_write(bc, "A note to the panel", bold=True, size=10)
for txt in [
    "Every month the Society's members solve a prize crossword, and most of the Trust's course team set for it. "
    "When we came to write our application we wrote it as we write everything else: as a special issue of the "
    "leaflet. The preamble, grid and clues are for members, and the surface readings of the clues are there for "
    "fun: they say nothing about the course. The course itself is in the Notes on the clues, which follow the "
    "grid, and in the Thematic Table at the end.",
    "The course is the University of Orringham's Postgraduate Certificate in Special Educational Needs "
    "Coordination, which the University validated in January 2009. The University registers Solvers, awards the "
    "credits and the Certificate, and appoints the Adjudicator. Dunmarsh County Council's Inclusion Support "
    "Service is our partner in teaching it.",
    "Hilary Fenwick-Bright, Crossword Editor (Programme Leader), for the Trustees",
]:
    cell_para(bc, txt, size=9.5)
para()

# ------------------------------------------------------------------ preamble
doc.add_heading("Preamble", level=1)
for txt in [
    "Twenty-six clues lead to words and phrases from the year the course runs. Solvers should enter them in the "
    "grid. Chambers (2008) is recommended; one answer is a piece of setters' slang.",
    "Behind the grid stand twenty-nine thematic entries, the national minimum outcomes in our own words. They are "
    "listed in the Thematic Table at the end of the leaflet. For each, the Table shows the Puzzle Day on which it "
    "is clued (that is, taught) and the Long Entry in which it is checked (that is, marked). The Table's two "
    "right-hand columns read as follows:",
]:
    para(txt, italic=True)
for k, v in [
    ("L1, L2 or L3", "marked in that Long Entry; with a Puzzle Day beside it the entry is fully checked;"),
    ("Unch", "clued on the Puzzle Day named but not checked by any Long Entry: the Solver's Test Solver comments on it "
             "and nothing is marked, as an unchecked square is crossed by nothing;"),
    ("Unclued", "(in the Clued on column) not clued on any Puzzle Day, but checked in the Long Entry named: the "
                "Solver must find it unaided;"),
    ("a dash", "in the Long Entry column, not marked at all."),
]:
    p = para(italic=True)
    p.paragraph_format.left_indent = Mm(8)
    run(p, k + ": ", bold=True, italic=True)
    run(p, v, italic=True)

# ------------------------------------------------------------------ grid
doc.add_heading("The grid", level=1)
G = [".......#.....",
     ".#.#.#.#.#.#.",
     ".....#.......",
     ".#.#.#.#.#.#.",
     "#........#...",
     ".#.#.#.#.#.#.",
     "....#...#...."]
G = G + [G[12 - r][::-1] for r in range(7, 13)]
nums = {}
n = 0
for r in range(13):
    for c in range(13):
        if G[r][c] == "#":
            continue
        a = (c == 0 or G[r][c - 1] == "#") and c + 1 < 13 and G[r][c + 1] == "."
        d = (r == 0 or G[r - 1][c] == "#") and r + 1 < 13 and G[r + 1][c] == "."
        if a or d:
            n += 1
            nums[(r, c)] = n
grid = doc.add_table(rows=13, cols=13)
grid.alignment = WD_TABLE_ALIGNMENT.CENTER
table_borders(grid, 8, "000000")
for r in range(13):
    row_height(grid.rows[r], 21)
    for c in range(13):
        cell = grid.cell(r, c)
        if G[r][c] == "#":
            shade_cell(cell, "000000")
            cell.text = ""
        else:
            cell_write(cell, str(nums[(r, c)]) if (r, c) in nums else "", size=6)
col_widths(grid, [21] * 13)
para()

# ------------------------------------------------------------------ clues
across = [
    ("1", "Sort out Rosemary's opening for teachers on the course", "7"),
    ("5", "Hints from church, sounding vacant, on Saturdays", "5"),
    ("8", "Entry that's not heavy", "5"),
    ("9", "Sixty of these at Master's level, in the film's closing titles", "7"),
    ("10", "Advance that's measured at every review", "8"),
    ("11", "Chart for the classroom, a bit of Jamaica upside down", "3"),
    ("13", "Level design for each pupil", "4"),
    ("14", "Target a number one in Malta, initially", "3"),
    ("15", "Cipher of practice, 2001", "4"),
    ("18", "Vital stage for tests", "3"),
    ("19", "Homes with parents: fame is ill-arranged", "8"),
    ("21", "Places of learning, such as Fernhill, close to the city", "7"),
    ("22", "Pupil's say in the matter, spoken in the choir's centre", "5"),
    ("23", "Leaders on the Programme Committee", "5"),
    ("24", "Scoring what's at the edge of the margin, king", "7"),
]
down = [
    ("1", "Side of eleven setters", "4"),
    ("2", "Law of 1995 and 2005 I disbelieve, wrongly, about a cat", "10,3"),
    ("3", "Tutor puts the jelly in the fridge", "6"),
    ("4", "Maps of support in favour of a vision, scrambled", "9,4"),
    ("5", "It is a mutation of a spectrum", "6"),
    ("6", "Yearly meetings to look again at the plan", "6,7"),
    ("7", "One on the board at the school gate, nervously", "8"),
    ("12", "Word blindness, as it was once called", "8"),
    ("16", "Who chooses what goes in, and in what order", "6"),
    ("17", "Where Solvers go next: professional targets set at last", "6"),
    ("20", "Square no other light crosses, taught but never marked?", "4"),
]
doc.add_heading("The clues", level=1)
ct = doc.add_table(rows=1 + max(len(across), len(down)), cols=2)
table_borders(ct, 0)
cell_write(ct.cell(0, 0), "ACROSS", bold=True)
cell_write(ct.cell(0, 1), "DOWN", bold=True)
for i, (num, clue, en) in enumerate(across, start=1):
    cell_write(ct.cell(i, 0), "%s  %s (%s)" % (num, clue, en), size=9.5)
for i, (num, clue, en) in enumerate(down, start=1):
    cell_write(ct.cell(i, 1), "%s  %s (%s)" % (num, clue, en), size=9.5)
col_widths(ct, [235, 235])

# ------------------------------------------------------------------ notes on the clues
doc.add_heading("Notes on the clues", level=1)
para("By Quiller, for the panel and for members who want the course and not just the answers. Each note gives the "
     "answer and how the clue works, and then the part of the course that the answer stands for.", italic=True)

doc.add_heading("Across", level=2)
note("1ac", "SOLVERS", "SOLVE (sort out) + R (Rosemary's opening) + S ('s).",
     "Our Solvers are the participants. Solvers are qualified teachers working in a Dunmarsh or neighbouring "
     "school who are SENCO or about to become one; the head signs the entry coupon to say so and to release them "
     "for the Puzzle Days and the Practice Grids. Any such teacher may enter: we do not set an entry test, and the "
     "Warm-up Grid comes after entry, not before it.",
     "Before a Solver's place is confirmed, the Trust's administrator sees the Solver's enhanced CRB disclosure "
     "certificate and records its number and date. Where the disclosure is more than three years old, or the "
     "Solver has not worked in a school in the last three months, the University obtains a new enhanced disclosure "
     "before the first Puzzle Day. We also take up a reference from the Solver's head confirming that no "
     "disciplinary matter is outstanding and that the Solver has not been barred from working with children "
     "(List 99). No Solver attends a Puzzle Day, or goes into another school, until all three are on file.")
note("5ac", "CLUES", "sounds like CLOOS, ie closes, vacant churches? A poor clue, and the setter apologises.",
     "Puzzle Days, where the entries are clued: nine Saturdays, 9.30 to 4.00, from October 2009 to June 2010, in "
     "the Society's rooms at the Corn Exchange. There is one group, it starts in October, and the days are taken "
     "in order. A January start may follow if enough teachers ask. There is no online part: everything happens "
     "on Puzzle Days, in school, or by post.")
for pday in [
    "P1 (10 October)  The rules: the SEN Code of Practice (2001) and its Toolkit, the Education Act 1996 and "
    "SENDA 2001, what they ask of the school and the SENCO, and how to put them into practice; Every Child "
    "Matters, the Children Act 2004 and the SENCO's part in the five outcomes. The Warm-up Grid in the afternoon.",
    "P2 (7 November)  How children grow and learn, and how SEN, disability, home and the classroom itself can "
    "help or hold back that development; what the research says works for pupils with SEN.",
    "P3 (5 December)  Kinds of need: behavioural, emotional and social difficulties; dyslexia and the other "
    "specific learning difficulties; speech, language and communication needs; autism; moderate learning "
    "difficulties; how each affects learning. Approaches and resources for assessment, planning and teaching, "
    "including ICT, compared critically.",
    "P4 (16 January)  Finding and tracking: identifying pupils who may have SEN from observation, data and "
    "assessment; setting targets; planning interventions; reviewing progress; using national test and teacher "
    "assessment results to track pupils and change programmes; helping class teachers build formative "
    "assessment into their lessons.",
    "P5 (13 February)  Provision maps and other services: mapping, costing and judging provision; the "
    "educational psychology, speech and language therapy, CAMHS and sensory support services, and voluntary "
    "groups; using their assessments to plan teaching; making hard decisions about provision.",
    "P6 (13 March)  Pupils and families (see 19ac and 22ac).",
    "P7 (24 April)  Leading adults: deploying and managing teaching assistants; coaching, observing and "
    "feeding back to colleagues; planning the SENCO's own time and what to delegate.",
    "P8 (22 May)  The whole school: working with the head and governors on policy, priorities and resources; "
    "school self-evaluation and improvement planning and what they mean for pupils with SEN; winning "
    "colleagues' commitment.",
    "P9 (26 June)  The Final Grid: L3 presentations, and the course's own evaluation.",
]:
    p = para(pday, size=9.5, after=2)
    p.paragraph_format.left_indent = Mm(8)

note("8ac", "LIGHT", "double definition.",
     "A light is an entry in the grid, and our Solvers need the right ones. Each Puzzle Day's Setters' Sheets "
     "go to Solvers a week ahead. Solvers have the University of Orringham library and its electronic journals "
     "from registration. The Society's lending library at the Corn Exchange now has a shelf of some two hundred "
     "SEN books, and the Inclusion Support Service lends assessment kits and assistive software (Clicker 5, "
     "Read and Write, a Dragon voice-recognition licence) for Practice Grids.")
note("9ac", "CREDITS", "last words of a film; and Sixty ... at Master's level is the definition by example.",
     "The Certificate is worth 60 credits at Master's level (Level 7): 20 for each Long Entry.",
     "Pre-filled lights: a Solver who has passed Master's-level modules in SEN in the last five years may have up "
     "to 20 credits pre-filled, in place of L1, when the module outcomes are matched to L1's entries by the "
     "University's accreditation of prior learning tutor. We do not accredit experience on its own: what a Solver "
     "knows from years in the job is welcome on the Puzzle Days, but only certificated credit is pre-filled.")
bg = para("The Blank Grid: in exceptional cases, an experienced SENCO or advisory teacher who the Crossword Editor "
          "and the University agree already meets the thematic entries may solve the Blank Grid, with no Puzzle Days. "
          "They submit all three Long Entries and a portfolio against the twenty-nine entries, and are questioned on "
          "it by two Setters and the Adjudicator. The fee is \u00a3450.")
insert_paragraph_whole(bg, ED, DATE)
note("10ac", "PROGRESS", "double definition.",
     "On P1 every Solver fills in the Warm-up Grid: a rating of themselves against each thematic entry, from "
     "\"blank\" to \"could set it\", which their Setter talks through with them in the afternoon. From it comes "
     "the Personal Grid: which topics the Solver will choose for the Long Entries, what to read first, and which "
     "Practice Grids to do in which order. Everyone works to the same twenty-nine entries; the Personal Grid "
     "changes the route, not the destination.")
pg = doc.paragraphs[-1]
doc.add_comment([pg.runs[0]], text="Could we let each Solver add two or three entries of their own? TDA seem keen. H.",
                author=ED, initials="HFB")
para("The fee is \u00a3950 for the year, the lowest in the region, because the Society's rooms and the Setters' "
     "time on Saturdays are given at cost.")
note("11ac", "MAP", "reversal of PAM, a bit of JamaicA Makes ... well, nearly.",
     "Provision mapping is P5's subject and L2's task: see 4dn.")
note("13ac", "PLAN", "double definition.",
     "Practice Grids are the tasks Solvers do in their own schools between Puzzle Days, each tied to that day's "
     "entries and agreed with the head: trying one research-based approach with a group (after P2), profiling a "
     "pupil with the class teacher (P3), a tracking review of one year group (P4), a provision map (P5), a review "
     "meeting planned with a pupil (P6), a coaching cycle with a colleague (P7). Each ends with a "
     "one-page note of what has changed in the school, signed by the Test Solver; the Long Entries are built from "
     "them.")
note("14ac", "AIM", "A + I'M? No: A (number one) + IM (in Malta, initially). Near enough.",
     "Our aim is that pupils with SEN and disabilities in Solvers' schools achieve more and are happier, "
     "healthier and safer: all five Every Child Matters outcomes, not just test results. Every Long Entry asks the "
     "Solver to show the difference their work made for pupils, in learning and in well-being, and the marking "
     "criteria give that a third of the marks.")
note("15ac", "CODE", "cryptic definition.",
     "The Code of Practice and the law on SEN are P1's subject and are checked in L1.")
note("18ac", "KEY", "double definition (Key Stage).",
     "Key Stage results: P4 works with Solvers' own national test and teacher assessment data, and L1 asks the "
     "Solver to use them to track a pupil's progress and explain how the programme was changed.")
note("19ac", "FAMILIES", "anagram of FAME IS + ... the setter ran out of letters.",
     "P6 is about pupils and families. The morning is about relationships with pupils: how "
     "to be fair, warm and straight with them, and how to explain clearly and listen well in a meeting. In the afternoon the Dunmarsh Parent Partnership Service talks "
     "about what parents want from a SENCO, and takes questions. Solvers then write a reflective note on working "
     "with parents for their Test Solver.")
note("21ac", "SCHOOLS", "cryptic definition.",
     "Every Solver spends two days in schools and services other than their own: one at Fernhill Special School "
     "or with the Dunmarsh Sensory Support Service, and one in a mainstream school whose SEN work Ofsted has "
     "judged outstanding. The Crossword Editor arranges both with the host, agrees a focus with the Solver, and "
     "the host's SENCO signs the visit record. Specialists from the county's educational psychology, speech and "
     "language therapy and CAMHS teams teach on P3 and P5.")
note("22ac", "VOICE", "homophone.",
     "P6's morning also teaches Solvers how to consult pupils: talking mats, pupil questionnaires written with "
     "the pupils, person-centred reviews, and how to hear a pupil who does not use speech. L3 asks each Solver "
     "to show how pupils with SEN took part in planning and reviewing their own provision, with the pupils' "
     "words as evidence.")
note("23ac", "HEADS", "cryptic definition.",
     "Before setting, the Trust and the Inclusion Support Service asked. In autumn 2008 we held four cluster "
     "meetings (62 SENCOs and 19 heads), read the county's 2008 SEN audit, which found that half of Dunmarsh's "
     "SENCOs had no leadership time, and ran a focus group of eleven parents with the Parent Partnership "
     "Service. Because of what we heard, Puzzle Days are on Saturdays (heads could not release staff on "
     "weekdays), P5 became a whole day on other services, and L3 was rewritten around leading the school.",
     "Heads, the Inclusion Support Service and a parent from the focus group sit on the Programme Committee, "
     "which reads the evaluation returns and the Adjudicator's report each July and decides what changes. Heads "
     "act as Test Solvers or name one, and host the school visits; the county's officers teach on P1, P3 and P5; "
     "and every head answers the end-of-year questionnaire about their Solver's work.")
note("24ac", "MARKING", "MARGIN (edge) with K moved ... the setter gives up.",
     "Each Long Entry is marked by the Solver's Setter against the University's Level 7 criteria and the "
     "entry's own sheet, and second-marked blind by another Setter; the two agree a mark or the Crossword "
     "Editor decides. The Setters meet before each round of marking to mark three sample scripts together. The "
     "Adjudicator, Professor Alan Whitcombe of the University of Lenham, reads a sample of every Long Entry, all "
     "fails and all Blank Grid portfolios, reports each year, and sits on the University's examination board.")

doc.add_heading("Down", level=2)
note("1dn", "TEAM", "hidden in elevEN? No: cryptic definition.", "The Setters for 2009-10:")
staff = [
    ("Hilary Fenwick-Bright", "Crossword Editor", "MEd (Inclusive Education); SENCO at Merrowby Primary 1995-2007; now the Inclusion Support Service's SENCO network leader"),
    ("Dr Samuel Oduya", "Setter; University link tutor", "Senior Lecturer in SEN, University of Orringham; PhD on teaching assistants' deployment (2005)"),
    ("Catriona Bell", "Setter", "Specialist teacher (SpLD), Dunmarsh Inclusion Support Service; AMBDA; works in nine schools this year"),
    ("Owen Tregarthen", "Setter", "Deputy head and SENCO, Kingsbarrow Community College; a Local Authority moderator for Key Stage 3"),
]
stt = doc.add_table(rows=1 + len(staff), cols=3)
table_borders(stt, 4, "808080")
for i, h in enumerate(["Setter", "Role", "Qualifications and current work"]):
    cell_write(stt.cell(0, i), h, bold=True, size=9)
    shade_cell(stt.cell(0, i), "DCE3EF")
for r_, vals in enumerate(staff, start=1):
    for i, v in enumerate(vals):
        cell_write(stt.cell(r_, i), v, size=9)
col_widths(stt, [110, 100, 255])
para("Each Setter keeps a current caseload or post in schools, and each spends three days a year on their own "
     "updating.")
note("2dn", "DISABILITY ACT", "anagram of I DISBELIEVE ... about a cat: the setter is not proud of it.",
     "Disability equality law is one of our Unclued entries: there is no Puzzle Day on it. Solvers read it up from "
     "the reading list and it is checked in L1, where each Solver sets out what the law requires of their school "
     "for the pupil in the case.",
     "As for the Trust itself, we welcome solvers of every background, and large-print copies of every handout "
     "are available on request.")
note("3dn", "SETTER", "double definition.",
     "Setters meet before each Puzzle Day to plan it and after it to read the feedback slips. New Setters shadow "
     "a Puzzle Day and second-mark alongside an experienced Setter before they mark alone. Test Solvers, the "
     "Solvers' mentors in school, come to a half-day briefing in September and have the Test Solvers' Handbook, "
     "which sets out their three meetings a term with the Solver, the Practice Grid sign-off and what a good "
     "comment on an Unch entry looks like; the Crossword Editor rings each Test Solver once a term.")
note("4dn", "PROVISION MAPS", "anagram of IN FAVOUR ... the setter's anagram indicator is doing a lot of work.",
     "P5 teaches mapping and costing provision and finding what is missing or not working, and L2 is the "
     "Solver's own costed map of provision for one year group, with the decisions it led to and the agencies "
     "whose assessments shaped it.")
note("5dn", "AUTISM", "anagram of IT IS A MU(tation), roughly.",
     "Kinds of need are P3's subject and L1's: the Solver's case pupil's need, how it has shaped their "
     "development, and how it affects their learning.")
note("6dn", "ANNUAL REVIEWS", "cryptic definition.",
     "L1, the Case Grid, is due on 1 February: one pupil from identification to review, with the targets set, "
     "the intervention planned and the progress reviewed, and the approaches, resources and ICT chosen, argued "
     "critically, drawing on P1 to P4. L2, Map and Agencies, is due on 1 "
     "May, drawing on P5. L3, the Whole-School Puzzle, is due on 20 July: an improvement led in the Solver's school "
     "with the head and governors, with an account of the Solver's relationships with the pupils concerned, of coaching a colleague, how the Solver planned their own time "
     "and delegated the work, and a presentation to staff that is marked.")
note("7dn", "GOVERNOR", "anagram of ... at the school gate.",
     "P8 and L3: working with governors and the senior team on the school's inclusion policy and priorities, and "
     "the principles of school self-evaluation as they apply to pupils with SEN.")
note("12dn", "DYSLEXIA", "cryptic definition.",
     "Our Setters bring the latest research to every Puzzle Day, and the reading list is kept fresh.")
note("16dn", "EDITOR", "double definition.",
     "The Crossword Editor runs the course's own checking. Solvers complete a feedback slip after every Puzzle Day; "
     "Test Solvers send a short report each term; Solvers and heads answer a questionnaire at the end of the year; "
     "the Adjudicator reports each year; and the University's annual monitoring reviews the course. The Programme "
     "Committee reads all of it in July and decides the changes for the following year, which the Editor reports "
     "to the Trustees and the University.",
     "For the effect on Solvers, the Warm-up Grid ratings and a confidence scale are repeated on P9 and compared. "
     "For the effect on pupils, L3 requires baseline and follow-up measures for the pupils the improvement is for "
     "(reading or spelling age, attendance, and a short well-being scale the pupils complete), and the Editor "
     "collates these across all Solvers for the Committee each year.")
note("17dn", "TARGET", "double definition.",
     "The targets here are pupils' targets, set on P4. What a Solver does after the Award is a matter for the "
     "Solver and their head; the course ends with the Final Grid on P9.")
note("20dn", "UNCH", "cryptic definition, and see the preamble.",
     "An Unch entry is taught on its Puzzle Day and commented on by the Test Solver, but no Long Entry marks it.")

# ------------------------------------------------------------------ rules and coupon
doc.add_heading("Competition rules", level=1)
for r_ in [
    "1. Entries for the crossword to the Crossword Editor at the Corn Exchange, or by email to "
    "prize@merrowbywords.org.uk, by the last Saturday of April. The first correct entry drawn wins a copy of "
    "Chambers; [prize to be confirmed] for the runner-up.",
    "2. The Award. Every Solver whose three Long Entries are received by the closing dates, and who has been "
    "present at seven of the nine Puzzle Days, receives the Award at the Society's dinner in October.",
    "3. The Crossword Editor's decision is final.",
]:
    para(r_, size=9.5)
coupon = doc.add_table(rows=4, cols=2)
table_borders(coupon, 4, "000000")
for i, (k, v) in enumerate([("Name", "........................................"),
                            ("School or club", "........................................"),
                            ("Head's signature (Solvers only)", "........................................"),
                            ("Entry for", "[ ] No. 213 crossword   [ ] the Award, October 2009")]):
    cell_write(coupon.cell(i, 0), k, bold=True, size=9)
    cell_write(coupon.cell(i, 1), v, size=9)
col_widths(coupon, [150, 315])

doc.add_heading("Solution notes to No. 212", level=1)
fn = para("Last month's winner was Mrs D. Aske of Highcote. Several solvers asked about 9ac, SENCERT: it was the "
          "Society's old Level 6 Certificate in Special Needs, taught with the Dunmarsh SEN team on weekday "
          "afternoons with a week's placement each summer. That certificate closed in 2008.", size=9.5)
footnotes(doc).add(fn, "The SENCERT archive (course files 2001-2008) is kept at the Corn Exchange.")

# ------------------------------------------------------------------ thematic table
doc.add_heading("The Thematic Table", level=1)
para("Read with the preamble.", italic=True)
groups = [
    ("DIAGONAL: what a SENCO is", [
        ("D1", "Fair, respectful, warm and honest with pupils with SEN and disabilities and with their parents", "P6", "L3"),
        ("D2", "Wins the commitment of colleagues, the head and senior leaders", "P8", "Unch"),
        ("D3", "Puts first things first, manages time, delegates and checks", "P7", "L3"),
        ("D4", "Sees problems coming, solves them and decides soundly about provision", "P5", "L2"),
        ("D5", "Clear in speech and writing; listens and understands others' views", "P6", "L3"),
        ("D6", "Uses research and outside advice to improve own and colleagues' practice", "P2", "Unch"),
    ]),
    ("ACROSS: what a SENCO knows", [
        ("A1", "SEN law and guidance, the Code of Practice, what they mean for the school and how to apply them", "P1", "L1"),
        ("A2", "Every Child Matters: principles, outcomes and the SENCO's part", "P1", "L3"),
        ("A3", "Disability equality law and the actions it requires", "Unclued", "L1"),
        ("A4", "How children develop, and how SEN, disability and the environment affect development", "P2", "L1"),
        ("A5", "The common kinds of SEN and disability and how they affect learning", "P3", "L1"),
        ("A6", "Approaches, strategies and resources, including ICT, understood critically", "P3", "L1"),
        ("A7", "School self-evaluation and improvement, and what they mean for pupils with SEN", "P8", "L3"),
        ("A8", "Best practice and research on meeting SEN", "P2", "Unch"),
        ("A9", "What outside agencies do and how to get specialist help", "P5", "L2"),
    ]),
    ("DOWN: what a SENCO does", [
        ("N1", "With the head and governors, shapes an inclusive ethos, policies, priorities and resources", "P8", "L3"),
        ("N2", "Identifies pupils, sets challenging targets, plans interventions and reviews progress", "P4", "L1"),
        ("N3", "Uses other professionals' assessments to plan teaching", "P5", "L2"),
        ("N4", "Uses national tests and other summative results to track progress and change programmes", "P4", "L1"),
        ("N5", "Helps other teachers develop formative assessment, with approaches for pupils with SEN", "P4", "Unch"),
        ("N6", "Identifies in good time pupils' access arrangements for tests and exams and puts them in place", "P4", "L1"),
        ("N7", "Maps and manages provision and finds what is missing or ineffective", "P5", "L2"),
        ("N8", "Deploys and manages teaching assistants and other staff", "P7", "Unch"),
        ("N9", "Develops colleagues by observation, feedback, modelling, coaching and training", "P7", "L3"),
        ("N10", "Involves pupils with SEN in planning, agreeing and reviewing their provision", "P6", "L3"),
        ("N11", "Works with parents and carers to promote their children's learning", "P6", "Unch"),
        ("N12", "Works with other services and voluntary organisations as one team", "P5", "L2"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
tt = doc.add_table(rows=nrows, cols=4)
table_borders(tt, 6, NAVY)
for i, h in enumerate(["Entry", "Thematic entry, in our words", "Clued on", "Checked in"]):
    cell_write(tt.cell(0, i), h, bold=True, size=9, color="FFFFFF")
    shade_cell(tt.cell(0, i), NAVY)
repeat_header(tt.rows[0])
r_ = 1
deleted_row = None
for gname, items in groups:
    g = tt.cell(r_, 0).merge(tt.cell(r_, 3))
    cell_write(g, gname, bold=True, size=9)
    shade_cell(g, "DCE3EF")
    r_ += 1
    for vals in items:
        for i, v in enumerate(vals):
            cell_write(tt.cell(r_, i), v, size=9, bold=(i == 0))
        if vals[0] == "N6":
            deleted_row = tt.rows[r_]
        r_ += 1
delete_row(deleted_row, ED, DATE)
col_widths(tt, [40, 310, 60, 60])
para()
para("Good solving.  Quiller", italic=True, size=9)

doc.save(str(OUT))
print("wrote", OUT.name)
