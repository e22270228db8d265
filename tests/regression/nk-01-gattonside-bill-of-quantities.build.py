"""nk-01-gattonside-bill-of-quantities: build script (writes NAME.docx next to itself).

PROVIDER (invented): The Gattonside Works, School of Mosaic and Terrazzo, Gattonside Wharf, Kelsborough: a
studio school that lays terrazzo floors, makes mosaic murals and public art, trains apprentices, and whose Schools
Department runs the National Award for SEN Coordination with the University of Kelsborough (accrediting HEI,
module EDM7104, Level 7, 60 credits) and Kelsborough City Council's Learning Support Service.

DOCUMENT KIND AND LAYOUT: the application sent as the Works' own BILL OF QUANTITIES, the way its surveyor prices a
terrazzo floor: title block, a Surveyor's Certificate in a VML text box, a contents table, "Notes on this Bill",
Bill No. 1 Preliminaries (a Ref / Clause / £ table with lettered clauses A10-A60 in the manner of the Common
Arrangement), Bill No. 2 Preambles (P1-P8, which key the columns of Bill 4 far above it), Bill No. 3 Measured Work
(the ten "Bays", i.e. study days, as a priced table with merged Bay heading rows, hours as quantities, a rate and
an amount), Bill No. 4 Schedule of Finishes (28 of the 29 outcomes in the Works' words, grouped under merged shaded rows
"Underbed", "Aggregate", "Surface", with a "Laid in" Bay column and a "Finish" column), Bill No. 5 Daywork, Bill
No. 6 Provisional and Prime Cost Sums, a Collection with merged cells, and a Form of Tender. Heading 1 styles for
the Bills only; everything else is Normal text in tables. Header and footer. Revision C with tracked changes
(author R. Hallam / H. Prentice), three Word comments, one footnote.

The "Finish" column is keyed only in Preamble P3: "Ground and polished (P1)", "(P2)", "(P3)" = assessed in that
Pour (the three marked pieces, described in P2); "Screeded" = taught in the Bay, not assessed; "Sample panel" =
tried in the Bay as a formative exercise with tutor comment, not marked; "Omitted" = not in the work.

TRAPS (requirement ids):
- Surveyor's Certificate in a text box: "every item ... measured in accordance with the national minimum outcomes
  ... nothing has been left unmeasured" - a blanket claim; it settles nothing (6.0, 1.9, 6.K4, 6.S2d).
- A34 Safeguarding: candidates' CRB checks are "the employing school's responsibility"; the Works "does not ask for
  or keep" them; only the Works' own staff are checked (wrong people). The footer claims the Works verifies every
  candidate's disclosure: a footer is not evidence (5.3 not_met).
- A36: reasonable adjustments and special examination arrangements are described for the Works' own City and
  Guilds apprentices (wrong people); for participants only level access and an equal-opportunities statement
  (3.1 partially_met; 6.S2d not_met - there is no row for it in Bill 4 at all).
- A50: the placements paragraph (Hollyfield Special School, Linthorpe Resource Base) is a tracked DELETION, with a
  comment; specialist teachers and an EP still teach in Bays 4 and 5 (5.5 partially_met).
- A20: the January start is a tracked INSERTION, so it counts (3.2 met).
- A21 Site Hut (Moodle): peer forum and materials, but "Tutors do not answer queries on the Site Hut" (3.3
  partially_met).
- A30 Setting-out Survey: needs assessment against the outcomes used only to group participants into "gangs", no
  individual plan or personalised outcomes (2.2 partially_met).
- A31: exit interviews on next steps were a pilot-year arrangement, "not continued" (past arrangement; 2.5 not_met).
- A60: stakeholders' involvement in evaluation only hoped for ("We would like", "hope to arrange"); their current
  part is teaching in Bays 4 and 5 (4.3 partially_met). 4.1 and 4.2 are met (survey; changes after the pilot).
- A33 moderation detail only in a footnote (5.8 met on the footnote, which is the provider's own text).
- Bill 5 Daywork: "There is no route to the award by assessment alone"; a comment asks whether one could be priced
  (comments do not count): 2.3 not_met.
- Bill 6: pupil-impact study only a Provisional Sum "to be spent as the Works directs once a method has been agreed"
  (plan); participants' Confidence Gauge is real (5.9 partially_met). Pour 2 is explicitly "a plan and a first
  review, not an evaluation of impact".
- P7 award rule: aggregate of 50 per cent across the Pours, compensation allowed (6.0 partially_met).
- Bill 4: "Screeded" rows 6.A3, 6.S5, 6.S7 (taught, not assessed) and "Sample panel" rows 6.A7, 6.K7 (formative
  only) are partially_met; 6.K4 "Omitted" with a referral to another University module (other provider's
  arrangement) is not_met; 6.S2d has no row (not_met). A tracked change in the Finish cell of the summative-data
  row turns "Screeded" into "Ground and polished (P1)" (6.S2b met). 1.9 partially_met accordingly.
- Bay 6 "Pupils' views": participants listen and ask questions, no practice, no Site Task (1.5 partially_met,
  6.S7 partially_met).
"""
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _nk_helpers import (Footnotes, add_del, add_ins, add_page_field, add_textbox, cell_text, col_widths, comment,
                         deleted_paragraph, inserted_paragraph, shade)

HERE = Path(__file__).parent
NAME = "nk-01-gattonside-bill-of-quantities"
RH, HP = "R. Hallam", "H. Prentice"
D1, D2 = "2008-11-06T10:12:00Z", "2008-11-10T16:40:00Z"

doc = docx.Document()
fn = Footnotes(doc)
st = doc.styles["Normal"]
st.font.name = "Arial Narrow"
st.font.size = Pt(10)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x2B, 0x2B, 0x2B)
doc.styles["Heading 1"].font.size = Pt(13)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin = sec.bottom_margin = Cm(2.0)

hp = sec.header.paragraphs[0]
hp.text = "THE GATTONSIDE WORKS  ·  Tender GW/SEN/08  ·  Bill of Quantities  ·  Revision C"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Enhanced CRB disclosures for all candidates are verified by the Works at admission (see A34).   ")
r.font.size = Pt(8)
add_page_field(fp, "Page ")


def para(text="", bold=False, italic=False, size=None, align=None, space_after=4):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def table(cols, widths, header=None, fill="D9D4C7"):
    t = doc.add_table(rows=0, cols=cols)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            cell_text(c, h, bold=True, size=9)
            shade(c, fill)
    t._nk_widths = widths
    return t


def row(t, values, bold=False, size=9):
    cells = t.add_row().cells
    for c, v in zip(cells, values):
        cell_text(c, v, bold=bold, size=size)
    return cells


def band(t, text, fill="EDE8DC"):
    cells = t.add_row().cells
    m = cells[0].merge(cells[-1])
    cell_text(m, text, bold=True, size=9)
    shade(m, fill)
    return m


def more(cell, text, size=9, bold=False, italic=False):
    p = cell.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold, r.italic = bold, italic
    return p


# ---------------------------------------------------------------- title block
para("THE GATTONSIDE WORKS", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("School of Mosaic and Terrazzo  ·  Floors  ·  Murals  ·  Public Art", italic=True, size=11,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Gattonside Wharf, Canal Street, Kelsborough KB4 2TW", size=9, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=14)
para("NATIONAL AWARD FOR SEN COORDINATION 2008–09", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("BILL OF QUANTITIES", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
para("for the supply of nationally accredited training for teachers new to the SENCO role, submitted to the "
     "Training and Development Agency for Schools as the Works' application for approval as a provider",
     align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
para("Tender GW/SEN/08  ·  Revision C, 10 November 2008  ·  changes since Revision B are shown tracked",
     italic=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
para("Prepared by Hal Prentice MRICS, Works Surveyor, with Ruth Hallam, Head of the Schools Department and "
     "programme leader. Accrediting partner: University of Kelsborough, School of Education. Local authority "
     "partner: Kelsborough City Council, Children's Services (Learning Support Service).",
     size=9, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
bp = para(align=WD_ALIGN_PARAGRAPH.CENTER)
add_textbox(bp, [
    ("SURVEYOR'S CERTIFICATE", True),
    ("I certify that every item in the Schedule of Finishes (Bill No. 4) has been measured in accordance with the "
     "national minimum outcomes and that nothing has been left unmeasured. All quantities are net, as fixed.", False),
    ("H. Prentice MRICS, Works Surveyor, 10 November 2008", False),
], width_pt=400, height_pt=92)

para("CONTENTS", bold=True, space_after=2)
t = table(2, [3.0, 14.0])
for a, b in [("Notes", "Notes on this Bill"), ("Bill No. 1", "Preliminaries"),
             ("Bill No. 2", "Preambles (including the Pours and the key to the Finish column)"),
             ("Bill No. 3", "Measured Work: the ten Bays"), ("Bill No. 4", "Schedule of Finishes"),
             ("Bill No. 5", "Daywork"), ("Bill No. 6", "Provisional and Prime Cost Sums"),
             ("Summary", "Collection and General Summary; Form of Tender")]:
    row(t, [a, b])
col_widths(t, t._nk_widths)

# ---------------------------------------------------------------- notes on this bill
doc.add_heading("NOTES ON THIS BILL", level=1)
para("The Works has priced floors this way since 1961, and the Schools Department has kept to the house style for "
     "this application because it is the clearest way we know of showing what is included, what is not, and what "
     "it costs. A terrazzo floor is laid in bays, one bay at a time, between brass divider strips; each bay is "
     "screeded, the marble aggregate is seeded into it, and when it has cured it is ground and polished. Our "
     "course is laid the same way: ten Bays (study days at the Works, 09.30 to 16.00), with work in the "
     "participant's own school between them, and three Pours (the marked pieces of work) which show whether the "
     "surface will take the wear.")
para("Quantities in Bill No. 3 are contact hours per participant. Rates are per hour per participant and include "
     "the tutor, the room, refreshments and the Bay notes. Amounts are carried to the Collection. Where an item "
     "is in a participant's own school it is called a Site Task. The participant is called the Layer; the school "
     "colleague who supports the Layer in school is called the Foreman.")

# ---------------------------------------------------------------- bill 1
doc.add_heading("BILL No. 1 — PRELIMINARIES", level=1)
t = table(3, [1.6, 13.4, 2.0], header=["Ref", "Clause", "£"])

c = row(t, ["A10", "THE WORKS AND THE PARTIES", ""])
more(c[1], "Employer: the Training and Development Agency for Schools, for the Department for Children, Schools and "
     "Families. Provider: the Gattonside Works (Schools Department). The course is the University of Kelsborough "
     "module EDM7104 Leading SEN Coordination, validated by the University's Faculty Validation Panel on "
     "2 October 2008 at Level 7 (masters level) and carrying 60 credits at M level. The University awards the credits; the Works teaches the module "
     "under the University's partnership agreement and its assessment regulations.")

c = row(t, ["A13", "DESCRIPTION OF THE WORK", ""])
more(c[1], "The main purpose of the work is to raise the achievement and improve the well-being of children and "
     "young people with SEN and/or disabilities in the Layers' schools. By achievement we mean all five Every Child "
     "Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and "
     "achieving economic well-being), not test results alone. Each Bay's objectives are written to that purpose, "
     "and the criteria for all three Pours ask the Layer to show what difference the work makes, or is planned to "
     "make, for pupils' learning and well-being.")
more(c[1], "The work is rooted in schools. Between Bays every Layer carries out a Site Task in their own school, "
     "tied to the items of Bill No. 4 (for example mapping provision, reviewing how teaching assistants are "
     "deployed, leading a review meeting with parents); the Foreman signs the Site Task sheet. What the Layer learns "
     "is put into practice in the school as it goes, and Pour 1 and Pour 2 are both built on changes the Layer has "
     "led in their own school.")

c = row(t, ["A20", "PROGRAMME AND DATES", ""])
more(c[1], "The main cohort starts in September. Bays are on Thursdays, roughly one a month, from September to June, "
     "with Pour 1 due in January, Pour 2 in April and Pour 3 taken at Bay 10 in June.")
inserted_paragraph(c[1], "A second start is offered in January. The January group lays Bays 6 to 10 first, from "
                   "January to June, and Bays 1 to 5 in the following autumn, so the two halves of the course can be "
                   "taken in either order; the Pours follow the Bays they rest on.", RH, D1, size=9)
more(c[1], "All Bays are taught face to face at the Works. Bay notes, slides and readings are also on the Site Hut "
     "(A21), so the course is blended rather than wholly taught.")

c = row(t, ["A21", "THE SITE HUT (ONLINE)", ""])
more(c[1], "The Site Hut is the course area on the University's Moodle. It holds the Bay notes and slides, the "
     "readings, the Pour briefs and the Site Task sheets, and has a forum for Layers, where they post Site Task "
     "findings and answer one another between Bays. Pours are handed in through the Site Hut. Tutors do not answer "
     "queries on the Site Hut; questions are kept for the next Bay.")

c = row(t, ["A30", "RECRUITMENT, ENTRY AND PRIOR LEARNING", "40.00"])
more(c[1], "Candidates must be qualified teachers who are the SENCO of a school, or are to become SENCO within "
     "twelve months, nominated in writing by their headteacher. The nomination form asks the headteacher to "
     "confirm the candidate's role and the time the school will give for the course.")
more(c[1], "Setting-out Survey. Before Bay 1 each candidate completes the Setting-out Survey, a self-rating against "
     "every item of Bill No. 4 with a short written task on provision mapping, and has a half-hour admission "
     "conversation with the programme leader. A candidate whose survey and conversation show too little grounding "
     "to reach the outcomes within the year is offered a place on the Council's Foundation in SEN twilight course "
     "instead; the programme leader writes to the headteacher to agree what the candidate should do first, and "
     "the candidate is offered a place in the next cohort. For those admitted, the tutors use the surveys to set "
     "out the cohort: Layers are grouped into three gangs for the workshop parts of the Bays, according to their "
     "survey scores.")
more(c[1], "Prior learning. A candidate with certificated study in SEN at M level (up to 30 credits, within the last "
     "five years) may apply to the University's APL panel for exemption from Pour 1. A candidate may also claim "
     "credit for prior experiential learning (APEL) by a portfolio mapped against the items of Bill No. 4, "
     "assessed by the programme leader and confirmed by the University's APL panel; credit is then given for the "
     "items the portfolio shows, and the Layer's Pours are set to cover the rest.")

c = row(t, ["A31", "COMPLETION", ""])
more(c[1], "In the pilot year (2007–08, when the course was the Works' non-accredited SENCO Foundations course) each "
     "completing participant had an exit interview with the programme leader on next steps and further study. "
     "The exit interviews were not continued when the course became a University module. Completing Layers "
     "receive their University transcript and the Works' certificate.")

c = row(t, ["A33", "QUALITY STANDARDS AND CONTROL", ""])
more(c[1], "Internal: a Bay evaluation sheet from every Layer at every Bay; each tutor observes one Bay taught by "
     "another tutor each term; Pour results are analysed item by item to show which items the cohort found hard; "
     "the Confidence Gauge (below). External: the University's external examiner reports on the module each "
     "year, and the module goes through the University's annual monitoring and five-yearly review. All three Pours "
     "are marked by the Bay tutors against the published Pour criteria and moderated.")
fn.add(c[1].paragraphs[-1], "Moderation: every failed Pour and a 25 per cent sample of the rest are second-marked "
       "blind by a tutor who did not teach the Layer; the tutors hold a standardising session on anonymised Pour 1 "
       "scripts before each marking round; the University's moderator samples every cohort, and the external "
       "examiner sees all fails and borderline Pours before the University's exam board.")
more(c[1], "How the evidence is used: each July the Works holds its Snagging Meeting (the programme leader, the "
     "tutors and the University link tutor), which goes through the Bay evaluations, the item analysis, the "
     "Confidence Gauge and the external examiner's report and agrees changes; the changes are written into the "
     "next year's Bay notes and Site Book, and reported to the University.")
more(c[1], "Competence and confidence: every Layer rates their confidence against each item of Bill No. 4 on the "
     "Confidence Gauge at the Setting-out Survey and again at Bay 10; the shift for the cohort, set beside the "
     "Pour marks, is reported to the Snagging Meeting. Pupils' achievement: see the Provisional Sum in Bill No. 6.")

c = row(t, ["A34", "SECURITY, SAFETY AND PROTECTION", ""])
more(c[1], "Safeguarding. Layers are serving teachers employed by their schools, and the checks on their suitability "
     "to work with children (the enhanced CRB disclosure, List 99 and references) are the employing school's "
     "responsibility under its safer recruitment duties. The Works does not ask for or keep disclosure details for "
     "Layers. The Works' own staff and visiting tutors all hold enhanced CRB disclosures, renewed every three years.")

c = row(t, ["A36", "FACILITIES AND ACCESS", ""])
more(c[1], "The Pattern Loft (the teaching room) and the Works' yard are on the ground floor, with level access, an "
     "accessible toilet and a hearing loop. The Works is an equal opportunities organisation and welcomes "
     "applicants regardless of disability, race, gender, religion or belief, or sexual orientation.")
more(c[1], "Reasonable adjustments are made under the Works' Examinations Policy for apprentices taking City and "
     "Guilds practical tests: extra time, a reader, rest breaks, arranged by the Works' Examinations Officer in "
     "good time before each test.")
more(c[1], "Resources: the Pattern Loft has an interactive whiteboard and sixteen laptops loaded with Clicker 5, "
     "Widgit Communicate: in Print, Inspiration and a text-to-speech reader; the Schools Department's lending "
     "library holds about 400 books and journals on SEN and disability; assessment materials (for example the "
     "British Picture Vocabulary Scale and a dyslexia screening kit) are lent by the Learning Support Service for "
     "Bays 3 and 4; Layers have University library and e-journal access for the year.")

c = row(t, ["A40", "MANAGEMENT AND STAFF", "",])
for s in [
    "Ruth Hallam, Head of the Schools Department and programme leader: MA (Special and Inclusive Education), "
    "NPQH; SENCO for eleven years at Moss Lane High School and a Council SEN adviser until 2005; leads the Works' "
    "mural projects in special schools; member of NASEN.",
    "Dr Owen Pryce, Senior Lecturer in Inclusive Education, University of Kelsborough, link tutor: PhD on provision "
    "mapping in secondary schools (2006); teaches Bays 3 and 9.",
    "Marian Tolley, specialist teacher (specific learning difficulties), Learning Support Service: AMBDA, "
    "Postgraduate Diploma in SpLD; teaches Bay 4.",
    "Dev Chauhan, Senior Educational Psychologist, Kelsborough: teaches Bay 5.",
    "Keeping current: each tutor spends at least five days a year working in schools, and attends the NASEN "
    "annual conference or the Council's SENCO conference; Dr Pryce's research group reviews the Bay 4 readings "
    "each summer.",
]:
    more(c[1], s)
more(c[1], "Roles: the Site Book sets out the duties of tutors, the University link tutor and Foremen. Tutors meet "
     "for a half-day briefing before each Bay and a marking day before each Pour. Each Foreman (a senior colleague "
     "named by the headteacher) comes to a two-hour Foremen's briefing at the Works in September, is given the "
     "Foreman's Card (what to sign, what to look for, when to ring the tutor) and is rung by the tutor after each "
     "Pour.")

c = row(t, ["A50", "WORK BY OTHERS", ""])
more(c[1], "Specialists from the Council's Learning Support Service teach in Bay 4 (specific learning difficulties, "
     "speech and language, the autism outreach team) and the educational psychology service teaches in Bay 5, "
     "with the Council's CAF coordinator.")
dp = deleted_paragraph(c[1], "Each Layer will also spend one day on placement at Hollyfield Special School or the "
                       "Linthorpe Resource Base, arranged by the Works, with a structured observation schedule "
                       "linked to Bay 5.", HP, D2, size=9)
comment(doc, [more(c[1], "(Placements: under review for Revision D.)", italic=True).runs[0]],
        "Hollyfield cannot take us this year and Linthorpe has not replied. Take the placement out until we have "
        "somewhere confirmed? HP", "Hal Prentice", "HP")

c = row(t, ["A60", "CONSULTATION WITH THE EMPLOYER AND OTHERS", ""])
more(c[1], "Needs: in spring 2008 the Council's SEN team surveyed all 71 Kelsborough schools on what new SENCOs most "
     "need; 46 replied. Most asked for provision mapping, for help managing teaching assistants and for the new "
     "SENCO Regulations; these have the most hours (Bays 1, 3 and 6).")
more(c[1], "Influence: the draft course was read by the 2007–08 pilot group (fourteen teachers) and by the "
     "Kelsborough Headteachers' Forum. As a result the provision-mapping Bay was moved from Bay 7 to Bay 3, a Bay on "
     "parents and carers was added (Bay 7), and Pour 1 was shortened from 6,000 to 4,000 words.")
more(c[1], "Evaluation: we would like headteachers and the Council's SEN team to take part in the evaluation of the "
     "course and hope to arrange this from its second year.")
col_widths(t, t._nk_widths)

# ---------------------------------------------------------------- bill 2
doc.add_heading("BILL No. 2 — PREAMBLES", level=1)
para("The Preambles govern the whole of Bills 3 to 6 and are to be read with them.", italic=True)
pre = [
    ("P1  Generally.", " Each item in Bill No. 3 is taught in the Bay shown. Each item in Bill No. 4 is an outcome "
     "of the course; every Layer must reach it unless the Finish column says otherwise."),
    ("P2  Pours.", " A Pour is a piece of assessed work, marked against published criteria. There are three. "
     "Pour 1, Site Survey (4,000 words, January): an audit of SEN provision in the Layer's school, with a provision "
     "map, an analysis of data on pupils with SEN, a review of how support staff are deployed, a record of a review "
     "meeting the Layer led with colleagues, and recommendations agreed with the headteacher. Pour 2, Working "
     "Drawing (5,000 words, April): the plan and first review of an intervention the Layer leads for a small group "
     "of pupils, using assessments by other professionals, setting targets, working with the pupils' parents and "
     "with at least one outside agency, and drawing on published research; Pour 2 is a plan and a first review, "
     "not an evaluation of impact, because the year is too short to measure pupils' progress. Pour 3, Unveiling "
     "(June): a twenty-minute presentation to the Layer's headteacher or a governor and the tutor, proposing a "
     "development in the school's SEN policy or provision, followed by questions, with a 1,500-word reflective "
     "commentary on the Layer's own development as a leader."),
    ("P3  Finishes.", " In Bill No. 4 the Finish column says how each item is finished. Ground and polished (P1), "
     "(P2) or (P3) means the item is assessed in that Pour. Screeded means the item is laid in the Bay named but is "
     "not assessed in any Pour. Sample panel means the item is tried in the Bay as an exercise on which the tutor "
     "writes comments; it is not marked. Omitted means the item is not in this year's work."),
    ("P4  Laid in.", " The Laid in column names the Bay or Bays in which the item is taught."),
    ("P5  Site Tasks.", " Each Site Task is done in the Layer's own school between Bays and signed by the Foreman. "
     "Site Tasks are not marked; they are the raw material of the Pours."),
    ("P6  Tutorials.", " Each Layer has three tutorials with their tutor, one after each Pour, to go through the "
     "feedback and agree what to work on in the next Bays and in school."),
    ("P7  The award.", " The University awards the 60 credits and the Works' certificate to a Layer whose three Pours "
     "together reach an aggregate mark of 50 per cent, with no Pour below 40 per cent. A failed Pour may be "
     "resubmitted once."),
    ("P8  Rates.", " The rate per hour is the same for every Bay. The Council pays £650 of the all-in price for each "
     "Layer from a Kelsborough school, from its Standards Fund allocation, so the price to a Kelsborough school is "
     "£500 for the year."),
]
for head, body in pre:
    p = para()
    p.add_run(head).bold = True
    p.add_run(body)

# ---------------------------------------------------------------- bill 3
doc.add_heading("BILL No. 3 — MEASURED WORK: THE TEN BAYS", level=1)
t = table(6, [1.3, 10.6, 1.1, 1.0, 1.4, 1.6], header=["Item", "Description", "Qty", "Unit", "Rate £", "Amount £"])
bays = [
    ("BAY 1 — SETTING OUT: the SENCO's role, the law and the Code", [
        ("1A", "The role of the SENCO under the Special Educational Needs Code of Practice (2001), chapters 5 and 6, "
         "and the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, which from "
         "1 September 2008 require the SENCO to be a qualified teacher; the SENCO as part of the school's leadership.",
         2),
        ("1B", "Law and policy: Part IV of the Education Act 1996; the Special Educational Needs and Disability Act "
         "2001; the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty, the school's "
         "Disability Equality Scheme and accessibility plan; Removing Barriers to Achievement (2004) and current "
         "government initiatives including the Inclusion Development Programme. What each requires of the school, "
         "the SENCO and the governors, and how a SENCO puts it into practice.", 3),
        ("1C", "Site Task 1 briefing: read the school's SEN policy and Disability Equality Scheme against the Code "
         "and the 2008 Regulations and bring three gaps to Bay 2.", 1),
    ]),
    ("BAY 2 — AGGREGATE: Every Child Matters and the common needs", [
        ("2A", "Every Child Matters: the five outcomes, the Children Act 2004, and what the SENCO does towards each "
         "outcome for pupils with SEN and/or disabilities.", 2),
        ("2B", "The common types of need: behavioural, emotional and social difficulties; specific learning "
         "difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; "
         "moderate learning difficulties; how each can affect learning.", 3),
        ("2C", "Site Task 2 briefing: shadow one pupil with SEN for half a day and note the barriers met.", 1),
    ]),
    ("BAY 3 — SETTING THE BAYS: identifying, tracking and mapping", [
        ("3A", "Identifying pupils who may have SEN from classroom observation, teacher assessment and data; setting "
         "challenging targets; planning interventions that remove barriers; reviewing progress.", 2),
        ("3B", "Using assessments by educational psychologists, speech and language therapists and specialist "
         "teachers to shape classroom teaching.", 1),
        ("3C", "Summative data: national curriculum tests, teacher assessment, P scales, RAISEonline; tracking the "
         "progress of pupils with SEN and changing programmes that are not working.", 1.5),
        ("3D", "Provision mapping and management: costing provision and finding provision that is missing or not "
         "working, using the Works' bay-plan layout for a provision map.", 1.5),
    ]),
    ("BAY 4 — SPECIALIST BAY: what works (with the Learning Support Service)", [
        ("4A", "Approaches, strategies and resources for assessment, planning and teaching: precision teaching, "
         "structured phonics, visual timetables and symbols, social stories, nurture groups; ICT such as Clicker 5, "
         "Widgit symbols, text-to-speech and recording devices; a critical look at the evidence for each.", 3),
        ("4B", "Research and inspection evidence: Ofsted, Inclusion: does it matter where pupils are taught? (2006); "
         "the Bercow Review of services for children with speech, language and communication needs (2008); Brooks, "
         "What works for pupils with literacy difficulties? (2007); judging research and using it with colleagues.",
         2),
        ("4C", "Specialist clinic: the Learning Support Service's specialist teachers take Layers' own cases.", 1),
    ]),
    ("BAY 5 — WORKING WITH OTHERS: agencies and services", [
        ("5A", "The scope and role of external agencies (educational psychology, speech and language therapy, CAMHS, "
         "sensory support, social care, school nursing), the Common Assessment Framework and the team around the "
         "child, and how to get specialist support and resources for pupils.", 3),
        ("5B", "Voluntary organisations: Kelsborough Parent Partnership Service, the local branch of the National "
         "Autistic Society, Mencap, the young carers' project; building a working partnership.", 1.5),
        ("5C", "Site Task 5 briefing: meet an outside professional who works with a pupil at your school and agree "
         "a joint plan; visit the SENCO of another school in your cluster to compare arrangements and agree one "
         "thing to do together.", 1.5),
    ]),
    ("BAY 6 — GANGING UP: support staff and pupils' views", [
        ("6A", "Deploying and managing teaching assistants and other support staff: timetabling support, job "
         "descriptions, the HLTA role, performance management, planning time with teachers.", 3),
        ("6B", "Pupils' views: how schools gather the views of pupils with SEN. The Schools Department shows how "
         "children's drawings and votes shaped its school murals, and members of a special school council talk "
         "about their annual reviews. Layers listen and ask questions; there is no Site Task on this item.", 2),
        ("6C", "Site Task 6 briefing: review how support staff are deployed in one year group and propose a change "
         "to the headteacher.", 1),
    ]),
    ("BAY 7 — PARENTS AND CARERS", [
        ("7A", "Fair, respectful and constructive relationships with pupils and their families; listening to parents; "
         "annual reviews and the parents' part in them.", 2),
        ("7B", "Advising, supporting and working in partnership with parents and carers; the Parent Partnership "
         "Service; a role-play of a difficult meeting, with feedback from a parent governor.", 3),
        ("7C", "Site Task 7 briefing: lead a review meeting with a pupil's parents and write a short account for "
         "the Foreman.", 1),
    ]),
    ("BAY 8 — LEADING COLLEAGUES", [
        ("8A", "Advising and supporting class and subject teachers; encouraging colleagues to develop formative "
         "assessment for all pupils, with approaches for pupils with SEN.", 2),
        ("8B", "Working with the headteacher, senior leaders and governors on an inclusive ethos, the SEN policy, "
         "the school development plan and the use of resources; gaining colleagues' commitment.", 2),
        ("8C", "Coaching and mentoring, observation and feedback, leading staff training: the Works' master and "
         "apprentice model explained and tried in pairs.", 1),
        ("8D", "Speaking to staff: presenting clearly to a staff meeting; listening to views you disagree with.", 1),
    ]),
    ("BAY 9 — REVIEW: self-evaluation and judgement", [
        ("9A", "School self-evaluation: the Ofsted self-evaluation form and what it asks about pupils with SEN and/or "
         "disabilities; Layers draft the SEN section of their own school's SEF in the Bay.", 2),
        ("9B", "Reviewing provision with colleagues: running a provision review meeting and using what it finds in "
         "improvement planning.", 2),
        ("9C", "Problem-solving and judgement: cases from Layers' schools; making well-founded decisions on "
         "provision.", 1),
        ("9D", "Managing the SENCO's time: prioritising, delegating to colleagues and support staff, the SENCO's year "
         "planner.", 1),
    ]),
    ("BAY 10 — UNVEILING", [
        ("10A", "Pour 3 presentations in groups of four, each with the Layer's headteacher or a governor present.", 4),
        ("10B", "Keeping up to date: Layers bring the reading log they have kept through the year for the tutor to "
         "look over.", 1),
        ("10C", "Bay evaluation and the second Confidence Gauge.", 1),
    ]),
]
total_hours = 0
for title, items in bays:
    band(t, title)
    for ref, desc, hrs in items:
        total_hours += hrs
        row(t, [ref, desc, f"{hrs:g}", "hr", "14.00", f"{hrs * 14:.2f}"])
cells = t.add_row().cells
m = cells[0].merge(cells[4])
cell_text(m, "Total of Bill No. 3 carried to Collection (per Layer)", bold=True, size=9)
cell_text(cells[5], f"{total_hours * 14:.2f}", bold=True, size=9)
col_widths(t, t._nk_widths)

# ---------------------------------------------------------------- bill 4
doc.add_heading("BILL No. 4 — SCHEDULE OF FINISHES", level=1)
para("Read with Preambles P1 to P4.", italic=True)
t = table(4, [1.4, 9.8, 2.4, 3.4], header=["Item", "What the Layer must show", "Laid in", "Finish"])
groups = [
    ("UNDERBED — what the SENCO brings to the job", [
        ("U.01", "Fair, respectful and constructive relationships with pupils with SEN and/or disabilities and with "
         "their parents or carers", "Bay 7", "Ground and polished (P2)"),
        ("U.02", "Winning the commitment of colleagues, the headteacher and senior leaders to better outcomes for "
         "pupils with SEN", "Bay 8", "Ground and polished (P3)"),
        ("U.03", "Prioritising, managing time and delegating, and making sure delegated tasks are done", "Bay 9",
         "Screeded"),
        ("U.04", "Seeing problems coming and resolving them; well-founded decisions and sound judgement on provision",
         "Bay 9", "Ground and polished (P1)"),
        ("U.05", "Saying and writing things clearly; listening to and understanding other people's views", "Bays 8, 10",
         "Ground and polished (P3)"),
        ("U.06", "Drawing on research and outside advice to improve their own and colleagues' practice", "Bays 4, 5",
         "Ground and polished (P2)"),
        ("U.07", "Keeping up to date and taking charge of their own professional development in SEN and disability",
         "Bay 10", "Sample panel"),
    ]),
    ("AGGREGATE — what the SENCO knows", [
        ("A.01", "The law and guidance on SEN, including the SEN Code of Practice, what they mean for the school and "
         "the SENCO, and how to put them into practice", "Bay 1", "Ground and polished (P1)"),
        ("A.02", "The principles and outcomes of Every Child Matters and the SENCO's part in them", "Bay 2",
         "Ground and polished (P1)"),
        ("A.03", "The law on disability equality and what it requires the school to do for disabled pupils", "Bay 1",
         "Ground and polished (P1)"),
        ("A.04", "How children develop, and how SEN, disability and the setting affect development", "—",
         "Omitted (Layers are referred to the University's module EDM7002 Child Development and Learning)"),
        ("A.05", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
         "they affect learning", "Bays 2, 4", "Ground and polished (P2)"),
        ("A.06", "A critical grasp of approaches, strategies and resources for assessment, planning and teaching, "
         "including ICT, to remove barriers and personalise provision", "Bay 4", "Ground and polished (P2)"),
        ("A.07", "The principles of school self-evaluation and improvement as they bear on outcomes for pupils with "
         "SEN", "Bay 9", "Sample panel"),
        ("A.08", "Best practice and the findings of research in meeting SEN", "Bay 4", "Ground and polished (P2)"),
        ("A.09", "What external agencies do and how to get specialist support and resources", "Bay 5",
         "Ground and polished (P2)"),
    ]),
    ("SURFACE — what the SENCO does", [
        ("S.01", "With senior colleagues and governors, shaping an inclusive ethos, policies, priorities and the use "
         "of resources", "Bay 8", "Ground and polished (P3)"),
        ("S.02", "Identifying pupils who may have SEN, setting challenging targets, planning interventions and "
         "reviewing progress", "Bay 3", "Ground and polished (P2)"),
        ("S.03", "Using other professionals' assessments to develop teaching for pupils with SEN", "Bays 3, 5",
         "Ground and polished (P2)"),
        ("S.04", "Using summative assessment, including national tests, to track progress and change programmes",
         "Bay 3", None),
        ("S.05", "Encouraging colleagues to develop formative assessment, with approaches for pupils with SEN", "Bay 8",
         "Ground and polished (P3)"),
        ("S.06", "Using provision mapping and management, and finding provision that is ineffective or missing",
         "Bay 3", "Ground and polished (P1)"),
        ("S.07", "Deploying and managing support staff", "Bay 6", "Ground and polished (P1)"),
        ("S.08", "Supporting colleagues' professional development by observation and feedback, modelling, coaching, "
         "mentoring and training", "Bay 8", "Screeded"),
        ("S.09", "Reviewing the effectiveness of provision with other staff, to feed the school's self-evaluation",
         "Bay 9", "Ground and polished (P1)"),
        ("S.10", "Making sure pupils with SEN take part in planning, agreeing and reviewing their provision", "Bay 6",
         "Screeded"),
        ("S.11", "Liaising with parents and carers to promote their children's learning and development", "Bay 7",
         "Ground and polished (P2)"),
        ("S.12", "Working in partnership with other services and agencies, including voluntary organisations",
         "Bay 5", "Ground and polished (P2)"),
    ]),
]
for title, items in groups:
    band(t, title)
    for ref, desc, laid, finish in items:
        cells = row(t, [ref, desc, laid, finish or ""])
        if finish is None:
            p = cells[3].paragraphs[0]
            add_del(p, "Screeded", HP, D2)
            add_ins(p, "Ground and polished (P1)", HP, D2)
col_widths(t, t._nk_widths)

# ---------------------------------------------------------------- bill 5
doc.add_heading("BILL No. 5 — DAYWORK", level=1)
p = para("No work is to be done on Daywork. There is no route to the award by assessment alone: every Layer lays "
         "all ten Bays and takes all three Pours, however experienced. Daywork rates are therefore not priced.")
comment(doc, [p.runs[0]], "Two of the Council's advisory teachers have asked for an assessment-only route. Could we "
        "price one as Daywork (Pours only, no Bays) for Revision D? RH", "Ruth Hallam", "RH")

# ---------------------------------------------------------------- bill 6
doc.add_heading("BILL No. 6 — PROVISIONAL AND PRIME COST SUMS", level=1)
t = table(3, [1.6, 13.4, 2.0], header=["Ref", "Description", "£ per Layer"])
c = row(t, ["6/1", "Provide the Provisional Sum of £2,400 for a study of the course's effect on the achievement of "
            "Layers' pupils, to be spent as the Works directs once a method has been agreed with the University "
            "(£120 per Layer on a cohort of twenty).", "120.00"])
comment(doc, [c[1].paragraphs[0].runs[0]], "Can we firm this up before we send it? A provisional sum looks like "
        "we have not decided. OP", "Owen Pryce", "OP")
row(t, ["6/2", "Prime Cost Sum payable to the University of Kelsborough for registration, marking oversight, "
        "moderation, the external examiner and the exam board.", "150.00"])
col_widths(t, t._nk_widths)

# ---------------------------------------------------------------- collection
doc.add_heading("COLLECTION AND GENERAL SUMMARY", level=1)
t = table(3, [3.0, 10.0, 4.0], header=["Bill", "", "£ per Layer"])
for a, b, cc in [("No. 1", "Preliminaries (clause A30: Setting-out Survey and admission)", "40.00"),
                 ("No. 3", f"Measured Work: ten Bays, {total_hours:g} hours at £14.00", f"{total_hours * 14:.2f}"),
                 ("No. 4", "Schedule of Finishes (not priced: see the Pours in Preamble P2)", "—"),
                 ("No. 5", "Daywork", "nil"),
                 ("No. 6", "Provisional and Prime Cost Sums", "270.00")]:
    row(t, [a, b, cc])
cells = t.add_row().cells
m = cells[0].merge(cells[1])
cell_text(m, "ALL-IN PRICE PER LAYER, carried to Form of Tender", bold=True, size=9)
cell_text(cells[2], "1,150.00", bold=True, size=9)
shade(m, "EDE8DC")
shade(cells[2], "EDE8DC")
cells = t.add_row().cells
m = cells[0].merge(cells[2])
cell_text(m, "Less Council contribution for a Kelsborough school (Preamble P8): £650.00. Price to a Kelsborough "
          "school: £500.00. Cohort of twenty: £23,000.00 all in.", size=9)
col_widths(t, t._nk_widths)

doc.add_heading("FORM OF TENDER", level=1)
para("To the Training and Development Agency for Schools. We, the Gattonside Works, offer to provide the National "
     "Award for SEN Coordination described in Bills 1 to 6 above, with the University of Kelsborough, for the "
     "all-in price of £1,150.00 per Layer, for a period of five years from approval, the price to be reviewed each "
     "August in line with the University's fees.")
para("Signed: Ruth Hallam, Head of the Schools Department, for and on behalf of the Gattonside Works", space_after=2)
para("Countersigned: Colm Rafferty, Master Terrazzo Maker and Director", space_after=2)
para("Date: 10 November 2008")

fn.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
