"""Build cp-01-stowmere-costed-plan.docx (invented provider, written blind).

Provider: Stowmere Diocesan Board of Education (Church of England), Church
House, Minster Yard, Stowmere. It serves the diocese's church schools and has
run a NON-accredited "Diocesan Certificate in SEN Coordination" since 2003.
The new programme is a Postgraduate Certificate in Leading SEN Provision,
validated and awarded by the University College of St Oswin, Stowmere (a
church foundation with taught degree awarding powers). Stowmere County Council
and Fennick Borough Council contribute specialist staff in kind; the Stowmere
Parent Partnership Service co-leads one day. Dated 20 March 2009, 2008-era
vocabulary (CRB, List 99, DDA, SEN Code of Practice 2001, ECM, SEF,
RAISEonline, IDP, the 2008 SENCO Regulations).

Voice: formal, third person ("the Board"), a finance officer's precision
mixed with the diocese's mission language.

Layout: a COSTED DELIVERY PLAN, the Board's usual format for service
proposals to its Board of Finance.
- Cover field table (label / value).
- Section 1 "Purpose of this plan": vision (value statements) and the
  programme's aims and objectives.
- Section 2: a small income and expenditure summary table.
- Section 3: the budget by cost centre: one table, columns Line / Item /
  Basis of cost / 2007-08 actual (the old Certificate) / 2009-10 /
  2010-11 / Note. Cost-centre group rows are merged across all columns and
  shaded. Some lines are "in kind", some "£0" (not approved expenditure),
  one is struck through with strikethrough FORMATTING (not a tracked change)
  and marked "Withdrawn", one is asterisked "approved in principle only".
- Section 4: "Notes to the budget", Note 1 to Note 26, each a run-in bold
  title followed by the prose in the same paragraph; many long paragraphs.
  The programme is described here, line by line, not by criterion.
- Schedule C: a table of the twelve taught days (day, theme and content,
  led by, gap task).
- Schedule D: assessment and the award (prose plus a table of the three
  assessed pieces and what each is marked against, in ordinary words).
- A Finance approval box (one-cell bordered table) that makes line E4
  conditional and says £0 lines are not approved.
- Header (plan reference) and footer (the Board's strapline "Every child
  known, loved and achieving", which mentions Every Child Matters in
  passing: never evidence).

Traps (requirement ids affected):
- 1.1 partially_met: the aims are attainment in reading, writing and
  mathematics and "progress"; well-being appears only in the vision's value
  statements and the footer strapline; ECM is content on Day 2 only.
- 1.3 partially_met: inspection evidence (Ofsted 2004, 2006) is used on Day
  9, but the reading list is the old Certificate's 2005 list and "is being
  revised" (Note 18): recent research only intended.
- 1.5 not_met, 6.S7 not_met: pupil voice exists only as line E5, £0, "to be
  considered for 2010-11" (Note 25), explicitly "not part of the 2009-10
  programme"; nothing else on consulting pupils or involving them.
- 1.9 partially_met, 6.0 partially_met: the award is on passing three
  modules with COMPENSATION of a narrowly failed module (Schedule D), plus a
  blanket claim that the three pieces "address all of the national minimum
  outcomes" although several outcomes are never assessed.
- 2.2 partially_met: pre-course self-review against the outcomes and an
  Individual Learning Plan before Day 1, but "The Board does not set
  individual outcomes" (Note 12): no personalised set of outcomes.
- 2.3 not_met: line B5 "Assessment-only candidates" is struck through and
  marked Withdrawn; Note 10 says the Board does not offer the route, and
  mentions Fennick BC's advisory teachers using ANOTHER provider's route
  (University of Lanchester).
- 3.2 partially_met: one September intake, fixed order; only choice of
  Tuesday/Thursday group and venue, and suspension to the next cohort.
- 3.3 not_applicable: line D3 online platform £0, Note 19: no teaching or
  study online; Moodle used for library access only.
- 4.3 partially_met: stakeholders deliver (LA specialists, Parent
  Partnership Service, headteachers at presentations) but their part in
  evaluation is line E2, £0, only "would like in due course" (Note 22).
- 5.5 partially_met: specialist expertise is there (Note 3) but placements
  are line C6, £0, "no placement days are costed" (Note 16); a half-day group
  visit during Day 7 only.
- 5.7 partially_met: tutors trained (Note 5); mentor training was paid for
  in 2007-08 (past) and is £0 now; the mentor guide "is being revised and
  will be sent ... when it is ready" (Note 6).
- 5.9 partially_met: participants' competence and confidence by repeated
  self-review (Note 23); pupil impact only in a study "approved in principle
  only, subject to" a grant (E4, Note 24, Finance approval box) and in the
  Certificate's discontinued pupil progress returns (line E6, past).
- 6.S2d not_met (wrong context): "access arrangements" appear only as the
  PARTICIPANTS' own arrangements for their assessed work (Note 14).
- 6.S2c not_met, 6.A4 not_met: absent.
- Outcomes taught but not assessed (partially_met): 6.K2 (Day 2), 6.S2b
  (Day 6), 6.S5 and 6.A3 (Day 10 and the unmarked learning journal), 6.A7
  (Day 12, journal). Assessed but not taught (partially_met): 6.K4 (a marking
  point of the pupil study; no day covers child development).
- Footer strapline mentions "Every Child Matters": not evidence (1.1).
- Met in plain or unusual places: E.1 and E.2 (Note 7), 2.1 (Note 9),
  3.1 (Notes 11 and 14), 4.1 and 4.2 (Note 21), 5.2 (Note 12), 5.3 (Note 13:
  the Board verifies the disclosure, List 99, a reference), 5.4 (Notes 1, 2),
  5.6 (Note 20), 5.8 (Note 8), 5.1 (Note 23), 1.6 (deanery triads and
  Day 10), 2.5 (Day 12 and Note 4), 2.4 (Notes 4, 15). Line A3 "in kind"
  (LA-funded) is still the programme's own arrangement.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

NAME = "cp-01-stowmere-costed-plan"
OUT = Path(__file__).with_name(f"{NAME}.docx")

doc = Document()
doc.core_properties.author = "Rosalind Tervit"
doc.core_properties.title = "Costed Delivery Plan SEN/09/02"
normal = doc.styles["Normal"]
normal.font.name = "Garamond"
normal.font.size = Pt(11)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False, strike=False, size=None, italic=False):
    cell.text = ""
    para = cell.paragraphs[0]
    r = para.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.strike = strike
    if size:
        r.font.size = Pt(size)
    return para


def para(text="", bold=False, italic=False, align=None, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def note(num, title, *paras):
    """A run-in note: bold 'Note N  Title.' then prose in the same paragraph."""
    p = doc.add_paragraph()
    r = p.add_run(f"Note {num}\u2003{title}. ")
    r.bold = True
    p.add_run(paras[0])
    p.paragraph_format.space_before = Pt(6)
    for extra in paras[1:]:
        doc.add_paragraph(extra)


def borders(table):
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        '<w:top w:val="single" w:sz="4" w:color="808080"/>'
        '<w:left w:val="single" w:sz="4" w:color="808080"/>'
        '<w:bottom w:val="single" w:sz="4" w:color="808080"/>'
        '<w:right w:val="single" w:sz="4" w:color="808080"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="808080"/>'
        '<w:insideV w:val="single" w:sz="4" w:color="808080"/>'
        '</w:tblBorders>'))


# ------------------------------------------------------------ header / footer
sec0 = doc.sections[0]
sec0.left_margin = sec0.right_margin = Cm(2.2)
hp = sec0.header.paragraphs[0]
hp.text = ("Stowmere Diocesan Board of Education \u00b7 Costed Delivery Plan SEN/09/02 \u00b7 "
           "National Award for SEN Coordination \u00b7 version for the TDA panel")
hp.runs[0].font.size = Pt(8)
fp = sec0.footer.paragraphs[0]
fr = fp.add_run("Every child known, loved and achieving \u2013 the Board\u2019s vision for church "
                "schools, in step with Every Child Matters  |  page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------ cover
para("STOWMERE DIOCESAN BOARD OF EDUCATION", bold=True, align="c", size=15)
para("Costed Delivery Plan", bold=True, align="c", size=20)
para("Application to the Training and Development Agency for Schools for approval to provide "
     "the National Award for Special Educational Needs Coordination", italic=True, align="c")
para("")

cover = [
    ("Provider", "Stowmere Diocesan Board of Education (the Board), Church House, Minster Yard, "
                 "Stowmere ST1 2DE"),
    ("Contact", "Mrs Rosalind Tervit, Diocesan Adviser for Inclusion and Programme Leader; "
                "telephone 01796 552 140"),
    ("Award and awarding body", "Postgraduate Certificate in Leading SEN Provision, awarded by the "
                                "University College of St Oswin, Stowmere"),
    ("Partners", "Stowmere County Council Children\u2019s Services; Fennick Borough Council Learning "
                 "and Inclusion Service; Stowmere Parent Partnership Service"),
    ("First intake", "September 2009 (taught days from 22 September 2009 to 13 July 2010)"),
    ("Places", "36 a year, in two teaching groups of 18 (Tuesday group at Church House, Stowmere; "
               "Thursday group at Fennick Teachers\u2019 Centre)"),
    ("Fee to schools", "\u00a31,250 per participant for the whole programme"),
    ("Plan reference", "SEN/09/02, approved by the Board on 11 March 2009 (see Finance approval at "
                       "the end of this plan)"),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in cover:
    row = t.add_row().cells
    set_cell(row[0], k, bold=True)
    shade(row[0], "E8E3D3")
    set_cell(row[1], v)
for row in t.rows:
    row.cells[0].width = Cm(4.5)
    row.cells[1].width = Cm(12.0)

# ------------------------------------------------------------ Section 1
doc.add_heading("1. Purpose of this plan", level=1)
para("The Stowmere Diocesan Board of Education asks the Training and Development Agency for Schools "
     "to approve it as a provider of the National Award for Special Educational Needs Coordination. "
     "The Board has served the 162 Church of England schools of the diocese since 1947, and since "
     "2003 it has run a Diocesan Certificate in SEN Coordination, a ten-day course without academic "
     "credit that 71 teachers have completed. This plan replaces the Certificate with a programme "
     "leading to the Postgraduate Certificate in Leading SEN Provision of the University College of "
     "St Oswin. Places are open to teachers in community schools as well as church schools.")
para("The Board presents its proposals here as it presents every service proposal to the Diocesan "
     "Board of Finance: as a costed plan. Section 3 sets out the budget line by line and every line "
     "carries a note. The notes in Section 4 are where the programme is described; Schedule C sets "
     "out the twelve taught days and Schedule D the assessment and the award. Where a line shows "
     "\u00a30 the Board has not approved expenditure on it for 2009-10 and the note explains why. The "
     "column headed 2007-08 shows what the Certificate actually cost in its last full year, for "
     "comparison only.")
para("Our vision is that every child in a church school should be known, loved and able to "
     "flourish, and we hold that no child\u2019s needs should be an afterthought in the life of a "
     "school. Children with special educational needs and disabilities are, in the words of our "
     "schools\u2019 own mission statements, at the heart of the community, and their well-being "
     "matters to us as much as their learning.")
para("The programme\u2019s aim is narrower and more measurable. It is to raise the attainment and "
     "accelerate the progress of pupils with special educational needs and/or disabilities, "
     "particularly in reading, writing and mathematics, by giving the teachers who coordinate their "
     "provision the knowledge, understanding and skills to lead it. Its objectives are that each "
     "participant will: (a) understand the legal and policy framework for special educational needs "
     "and disability and apply it in his or her school; (b) identify and assess pupils\u2019 needs "
     "accurately and plan and review interventions that raise attainment; (c) lead and manage "
     "provision, staff and change; and (d) evaluate the effect of provision on pupils\u2019 progress "
     "using the school\u2019s assessment data.")

# ------------------------------------------------------------ Section 2
doc.add_heading("2. Summary of income and expenditure, 2009-10", level=1)

# ------------------------------------------------------------ budget data
IK = "in kind"
lines = [
    ("A", "Teaching and tutoring"),
    ("A1", "Programme leader", "0.4 FTE Diocesan Adviser for Inclusion", 9800, 16800, 17300, "1"),
    ("A2", "Associate tutors", "24 taught days plus preparation, \u00a3350 a day (2 tutors per day)",
     6300, 12600, 12600, "2"),
    ("A3", "Specialist contributors", "Educational psychology, speech and language therapy, autism "
     "outreach, sensory support; provided by the two local authorities", IK, IK, IK, "3"),
    ("A4", "Individual tutorials", "4 x 45 minutes per participant", None, 5400, 5400, "4"),
    ("A5", "Tutor development", "July tutor day; 2 specialist CPD days per tutor", 600, 1800, 1800, "5"),
    ("A6", "Mentor training", "Training day for school-based mentors", 1200, 0, 0, "6"),
    ("B", "Accreditation and assessment"),
    ("B1", "Validation and registration", "University College of St Oswin, \u00a395 per participant",
     None, 3420, 3420, "7"),
    ("B2", "Marking and second marking", "3 assessed pieces x 36, \u00a360 per piece", None, 6480,
     6480, "8"),
    ("B3", "External examiner", "Fee and expenses", None, 750, 750, "8"),
    ("B4", "APL assessment", "\u00a3150 per claim, estimate 6 claims (recovered from APL fee)", None,
     900, 900, "9"),
    ("B5", "Assessment-only candidates", "\u00a3450 per candidate, estimate 4", None, 1800, 1800, "10",
     "strike"),
    ("C", "Recruitment and participant support"),
    ("C1", "Recruitment materials", "Leaflet, large print and electronic versions, website", 400, 1100,
     600, "11"),
    ("C2", "Selection interviews and learning plans", "1.5 hours per candidate, 40 candidates", None,
     2700, 2700, "12"),
    ("C3", "CRB enhanced disclosures", "Candidates not recently in post, \u00a336, estimate 4", None,
     144, 144, "13"),
    ("C4", "Reasonable adjustments fund", "Held centrally", None, 1500, 1500, "14"),
    ("C5", "Supply cover contribution", "\u00a340 a day x 12 days for 18 places in small schools",
     None, 8640, 8640, "15"),
    ("C6", "Placement days in specialist settings", "Not costed for 2009-10", None, 0, 0, "16"),
    ("D", "Premises and resources"),
    ("D1", "Venues and refreshments", "Church House; Fennick Teachers\u2019 Centre", 2900, 4300, 4400,
     "17"),
    ("D2", "Reading packs", "Printed packs, 3 modules", 900, 1440, 1440, "18"),
    ("D3", "Online learning platform", "Not required in 2009-10", None, 0, 0, "19"),
    ("D4", "Resource library and assistive technology", "Diocesan Resource Centre; St Oswin\u2019s "
     "Assistive Technology Suite (room hire)", 1200, 2000, 2000, "20"),
    ("E", "Partnership, evaluation and impact"),
    ("E1", "Stakeholder survey and consultation", "Spent in 2008-09 from the development budget",
     None, 0, 0, "21"),
    ("E2", "Stakeholder evaluation panel", "Not costed", None, 0, 0, "22"),
    ("E3", "Evaluation and annual review", "Questionnaires, analysis, annual report", 300, 1200, 1200,
     "23"),
    ("E4", "Independent impact study*", "St Oswin\u2019s Centre for Inclusive Education", None, 3000,
     3000, "24"),
    ("E5", "Pupil voice consultancy", "To be considered for 2010-11", None, 0, 0, "25"),
    ("E6", "Pupil progress returns", "Certificate only; discontinued", 400, None, None, "24"),
]


def money(v):
    if v is None:
        return "\u2013"
    if isinstance(v, str):
        return v
    return f"\u00a3{v:,}"


tot09 = sum(l[4] for l in lines if len(l) > 2 and isinstance(l[4], int) and len(l) == 7)
tot10 = sum(l[5] for l in lines if len(l) > 2 and isinstance(l[5], int) and len(l) == 7)
tot07 = sum(l[3] for l in lines if len(l) > 2 and isinstance(l[3], int) and len(l) == 7)

fees = 36 * 1250
grant = 3000
board = tot09 - fees - grant
summary = [
    ("Income", "", True),
    ("Participant fees (36 x \u00a31,250)", money(fees), False),
    ("Stowmere Church Schools Trust grant (applied for; funds line E4 only)", money(grant), False),
    ("Board contribution from the Church Schools Development Fund (balancing figure)", money(board),
     False),
    ("Specialist staff of the two local authorities", "in kind, not valued", False),
    ("Total income", money(tot09), True),
    ("Expenditure", "", True),
    ("Total expenditure from Section 3 (excluding withdrawn line B5)", money(tot09), True),
]
st = doc.add_table(rows=0, cols=2)
st.style = "Table Grid"
for label, val, b in summary:
    c = st.add_row().cells
    set_cell(c[0], label, bold=b)
    set_cell(c[1], val, bold=b)
    if b and not val:
        shade(c[0], "E8E3D3")
        shade(c[1], "E8E3D3")

# ------------------------------------------------------------ Section 3 (landscape)
s3 = doc.add_section()
s3.orientation = WD_ORIENT.LANDSCAPE
s3.page_width, s3.page_height = sec0.page_height, sec0.page_width
s3.left_margin = s3.right_margin = Cm(1.8)
doc.add_heading("3. Budget by cost centre", level=1)
para("All figures exclude VAT. \u2018In kind\u2019 means staff time provided by a partner at no charge "
     "to the Board. A line shown struck through has been withdrawn and is excluded from the totals.",
     italic=True, size=9)

bt = doc.add_table(rows=1, cols=7)
bt.style = "Table Grid"
bt.alignment = WD_TABLE_ALIGNMENT.CENTER
heads = ["Line", "Item", "Basis of cost", "2007-08 actual (Certificate)", "2009-10", "2010-11", "Note"]
for c, h in zip(bt.rows[0].cells, heads):
    set_cell(c, h, bold=True, size=9)
    shade(c, "C9BFA0")
for l in lines:
    cells = bt.add_row().cells
    if len(l) == 2:
        merged = cells[0].merge(cells[6])
        set_cell(merged, f"{l[0]}  {l[1]}", bold=True, size=9)
        shade(merged, "E8E3D3")
        continue
    strike = len(l) == 8
    code, item, basis, a07, a09, a10, n = l[:7]
    vals = [code, item, basis, money(a07), money(a09), money(a10), f"Note {n}"]
    if strike:
        vals[6] = f"Note {n} \u2013 Withdrawn"
    for i, (c, v) in enumerate(zip(cells, vals)):
        set_cell(c, v, size=9, strike=(strike and i < 6))
tr = bt.add_row().cells
set_cell(tr[0], "", size=9)
m = tr[1].merge(tr[2])
set_cell(m, "Total (excluding B5)", bold=True, size=9)
set_cell(tr[3], money(tot07), bold=True, size=9)
set_cell(tr[4], money(tot09), bold=True, size=9)
set_cell(tr[5], money(tot10), bold=True, size=9)
set_cell(tr[6], "", size=9)
para("* Line E4 is approved in principle only: see Finance approval.", italic=True, size=9)

# ------------------------------------------------------------ Section 4 (portrait)
s4 = doc.add_section()
s4.orientation = WD_ORIENT.PORTRAIT
s4.page_width, s4.page_height = sec0.page_width, sec0.page_height
s4.left_margin = s4.right_margin = Cm(2.2)
doc.add_heading("4. Notes to the budget", level=1)
para("Each note explains what the line buys. Notes are numbered as in the Note column of Section 3.",
     italic=True)

doc.add_heading("Teaching and tutoring (lines A1 to A6)", level=2)
note(1, "Programme leader",
     "The programme is led by Mrs Rosalind Tervit, the Board\u2019s Diocesan Adviser for Inclusion, "
     "at 0.4 of her time. Mrs Tervit was SENCO at St Aidan\u2019s CE Primary School, Fennick, for "
     "eleven years before joining the Board in 2005; she holds the MEd in Special and Inclusive "
     "Education of the University of Lanchester and the OCR Diploma in specific learning "
     "difficulties, and she has led the Diocesan Certificate since 2006. She advises some forty "
     "church schools a year on SEN provision and Ofsted preparation, which keeps her close to "
     "current practice. She is responsible for admissions, learning plans, the tutor team, "
     "assessment arrangements and the programme\u2019s annual report.")
note(2, "Associate tutors",
     "Two tutors teach each taught day. The associate tutors are Mr Dominic Hale, head of Fennick "
     "Borough Council\u2019s Learning Support Service and formerly SENCO of a large secondary school; "
     "Dr Anjali Mistry, Senior Lecturer in Inclusive Education at St Oswin\u2019s, whose doctoral "
     "research was on provision for pupils with dyslexia in rural primary schools; and Mrs Carol "
     "Brierley, SENCO of Holy Trinity CE High School, Fennick, and a specialist teacher with an "
     "Advanced Diploma in Special Educational Needs. Each associate tutor is contracted to take two "
     "days of specialist development a year from line A5, and each must have worked in a school or "
     "an SEN support service within the last three years. The day rate was set with the College so "
     "that associate tutors are paid on the same basis as its visiting lecturers.")
note(3, "Specialist contributors",
     "This line is funded by the two local authorities and costs the Board nothing, but it is central "
     "to the programme. Under service level agreements signed in January 2009, Stowmere County "
     "Council provides an educational psychologist for Day 4 and Day 7 and its autism outreach "
     "teacher for Day 4, and Fennick Borough Council provides a speech and language therapist "
     "(employed jointly with the primary care trust) for Day 4 and a teacher of the deaf and a "
     "teacher of children with visual impairment for Day 7. The contributors teach alongside the "
     "tutors, answer participants\u2019 questions about their own pupils, and, with the "
     "participant\u2019s agreement, may be consulted by e-mail about the pupil chosen for the pupil "
     "study (Schedule D).")
note(4, "Individual tutorials",
     "Every participant has four individual tutorials of forty-five minutes with a named tutor: one "
     "in October to settle the focus of the policy review, one before each of the other two assessed "
     "pieces, and a closing tutorial in June. Tutorials take place in the participant\u2019s school, "
     "at either venue or by telephone, whichever suits the participant. The tutorial is the main way "
     "in which the programme is fitted to each participant: the choice of the policy, the pupil and "
     "the improvement project is agreed with the tutor to match the school, the phase and the "
     "participant\u2019s experience, and a participant who is new to secondary practice, for example, "
     "is paired for the project with a tutor from that phase. At the closing tutorial the tutor "
     "reviews the participant\u2019s Individual Learning Plan (Note 12) with them and helps them draft "
     "the professional targets they will take to their headteacher (see Day 12 in Schedule C).")
note(5, "Tutor development",
     "All tutors attend a tutor day each July. The day goes through the Tutor Handbook (roles, the "
     "timetable, tutorial records, the marking criteria and the College\u2019s assessment regulations), "
     "and the tutors mark and discuss three anonymised scripts from the Certificate so that they "
     "share a standard before they mark live work. New tutors shadow Mrs Tervit for two taught days "
     "before teaching. The line also pays for two days of specialist CPD for each associate tutor "
     "(in 2009-10 Mr Hale and Mrs Brierley will attend the Inclusion Development Programme "
     "training on speech, language and communication needs).")
note(6, "Mentor training",
     "Each participant\u2019s headteacher is asked to name a senior colleague as school mentor, who "
     "meets the participant once a half-term and signs off the gap tasks. Under the Certificate the "
     "Board paid for a mentor training day each autumn (\u00a31,200 in 2007-08). No mentor training is "
     "costed for 2009-10. The Certificate\u2019s mentor guide is being revised for the new programme "
     "and will be sent to mentors when it is ready.")

doc.add_heading("Accreditation and assessment (lines B1 to B5)", level=2)
note(7, "Validation and registration",
     "The programme was validated by the University College of St Oswin at a validation event on "
     "2 February 2009, chaired by the College\u2019s Deputy Principal with an external member from "
     "the University of Lanchester, and approved by the College\u2019s Academic Board on 25 February "
     "2009. It leads to the College\u2019s Postgraduate Certificate in Leading SEN Provision: 60 credits "
     "at Level 7 (masters level) of the Framework for Higher Education Qualifications, made up of "
     "three 20-credit modules (Module 1, The SENCO, the Law and the School; Module 2, Understanding "
     "and Meeting Needs; Module 3, Leading and Improving Provision). The registration fee makes each "
     "participant a registered student of the College, with its library, electronic journals and "
     "student support, and the credit counts towards the College\u2019s MA in Education.")
note(8, "Marking, second marking and the external examiner",
     "Each assessed piece is first marked by the participant\u2019s tutor against the College\u2019s "
     "published Level 7 criteria and the module\u2019s marking grid. A second tutor marks blind a "
     "sample of a quarter of the pieces in every module, together with every fail and every piece "
     "within three marks of a grade boundary. The tutors meet after each module to moderate marks "
     "before they go to the College\u2019s Board of Examiners. The external examiner, Dr Martin Crewe "
     "of the University of Lanchester, a former local authority SEN adviser, sees a sample from each "
     "module and all fails, attends the Board of Examiners and reports each year to the College; "
     "that report goes to the Board as part of the annual review (Note 23).")
note(9, "Accreditation of prior learning",
     "Under the College\u2019s APL regulations a participant may be credited with up to 20 of the 60 "
     "credits, by certificated learning (for example a Level 7 module in specific learning "
     "difficulties passed in the last five years) or by experiential learning. An experiential claim "
     "is made by a portfolio in which the participant maps his or her experience against the "
     "learning outcomes of the module concerned, with evidence from school; it is assessed by two "
     "tutors and the external examiner sees every successful claim. Teachers who completed the "
     "Diocesan Certificate may use their Certificate portfolio as part of a claim against Module 1. "
     "The APL fee of \u00a3150 meets the cost of line B4.")
note(10, "Assessment-only candidates",
     "An earlier draft of this plan included a line for experienced candidates who might present "
     "themselves for assessment without attending the taught programme. The College\u2019s "
     "regulations do not at present allow credit to be awarded to a student who has not registered "
     "on the taught modules, and the line has therefore been withdrawn for 2009-10. Headteachers who "
     "ask will be told that the Board does not offer this route. Fennick Borough Council\u2019s own "
     "advisory teachers may be able to use the assessment-only arrangement of the University of "
     "Lanchester, with which the Board has no connection.")

doc.add_heading("Recruitment and participant support (lines C1 to C6)", level=2)
note(11, "Recruitment materials",
     "The programme leaflet and application form are produced in standard print, large print and "
     "an accessible electronic version on the Board\u2019s website, and in Braille or on audio on "
     "request. The leaflet tells applicants in plain words that the Board wants to know about any "
     "disability or health condition so that it can make adjustments before the course begins, "
     "explains who sees the information and that it plays no part in selection, and gives a "
     "direct telephone number for a confidential conversation. One page of the leaflet is written "
     "by a former Certificate participant, a deaf SENCO, about how the course was adapted for her. "
     "The leaflet is sent to every school in both local authorities, not only church schools.")
note(12, "Selection, entry and Individual Learning Plans",
     "Applicants must hold qualified teacher status, be in post as SENCO or be designated by the "
     "governing body to take up the role within twelve months, as the Education (Special "
     "Educational Needs Coordinators) (England) Regulations 2008 envisage, and have the written "
     "support of their headteacher. Before interview every applicant completes the Board\u2019s "
     "Self-Review, which lists each of the national minimum outcomes and asks the applicant to rate "
     "and give examples of his or her present knowledge and practice. At interview Mrs Tervit and a "
     "tutor go through the Self-Review with the applicant and judge whether he or she has enough "
     "knowledge, experience and time in role to reach all of the outcomes by July. An applicant "
     "who is not ready is given a written note of what to do first (typically a term shadowing an "
     "experienced SENCO, or one of the local authority\u2019s introductory courses), and with the "
     "applicant\u2019s agreement Mrs Tervit telephones the headteacher to agree how the school will "
     "support this; such applicants are offered a place in the following year.",
     "For each accepted participant the interview notes and the Self-Review become an Individual "
     "Learning Plan, agreed with the participant before the first taught day and sent to the "
     "mentor. The plan records which taught days and readings the participant should give most "
     "weight to, which gap tasks can be lighter because the school already does that work well, and "
     "the first thoughts on the three assessed pieces. The Board does not set individual outcomes: "
     "every participant works towards the same programme outcomes, and the plan is about emphasis, "
     "not about what is to be achieved.")
note(13, "CRB enhanced disclosures and other checks",
     "The headteacher\u2019s nomination form must give the date and number of the candidate\u2019s "
     "current enhanced CRB disclosure and confirm that the school has checked List 99 and that there "
     "are no outstanding disciplinary or conduct concerns. The candidate brings the disclosure "
     "certificate to interview, where the Board\u2019s administrator checks it against the "
     "nomination form and records the number. The Board also takes up a reference from the "
     "candidate\u2019s present or most recent employer. A candidate who has not worked in a school or "
     "college with regular contact with children in the last three months is asked for a new "
     "enhanced disclosure, which the Board, as a registered body, obtains and pays for from this "
     "line; no place is confirmed until the check is clear.")
note(14, "Reasonable adjustments fund",
     "The Board meets its duties under the Disability Discrimination Act 1995, as amended in 2005, "
     "and under its own Disability Equality Scheme and Race Equality Policy. Both venues have level "
     "access, accessible toilets and an induction loop, and taught days can be moved to a ground-floor "
     "room at a week\u2019s notice. Every participant who discloses a disability is offered a "
     "meeting with the Disability Adviser of St Oswin\u2019s before the course begins, and the "
     "adjustments agreed there are written into the Individual Learning Plan. This line pays for "
     "what the venues and the College cannot: a sign language interpreter or note-taker for taught "
     "days, materials in alternative formats, and taxi fares where public transport is not "
     "accessible. Adjustments are also made to assessment: in the language of the examinations "
     "world these are the participant\u2019s own access arrangements, so that a participant with "
     "dyslexia may have extended deadlines and proof-reading software, and a participant for whom "
     "the Module 3 presentation is a barrier may present to a smaller panel or by recorded video. "
     "Participants\u2019 evaluations ask each year whether adjustments worked, and the Board "
     "monitors applications, acceptances and results by disability, gender and ethnicity.")
note(15, "Supply cover contribution",
     "Small church schools find releasing the SENCO for twelve days the greatest obstacle. The Board "
     "contributes \u00a340 a day towards supply cover for up to 18 participants from schools with "
     "fewer than 150 pupils. With this contribution and the Board\u2019s balancing contribution "
     "(Section 2) the fee of \u00a31,250 compares with \u00a31,900 to \u00a32,400 for accredited "
     "programmes elsewhere in the region, and the cost to the Board of each completed award "
     "(about \u00a3790) is lower than the Certificate\u2019s cost per completer in 2007-08. "
     "Participants who already meet part of the programme through APL (Note 9) pay a reduced fee.")
note(16, "Placement days in specialist settings",
     "The Board is aware that approved providers are expected to offer participants high-quality "
     "placements. No placement days are costed for 2009-10. Participants meet specialist staff on "
     "Days 4, 5 and 7 (Note 3), and Day 7 includes a half-day group visit to the outreach base of "
     "Marsh Lane Special School, Stowmere.")

doc.add_heading("Premises and resources (lines D1 to D4)", level=2)
note(17, "Venues and flexibility",
     "The two groups are taught on the same twelve days of content, the Tuesday group at Church "
     "House, Stowmere, and the Thursday group at the Fennick Teachers\u2019 Centre. Participants choose "
     "their group at interview and may attend the other group\u2019s day whenever their school "
     "calendar requires it. There is one intake, in September, and the three modules are taken in "
     "order. A participant who has to break off (through illness or maternity leave, for example) "
     "may suspend and rejoin the following year\u2019s cohort at the start of the next module, keeping "
     "the credit already gained.")
note(18, "Reading packs",
     "Each module has a printed reading pack of articles, extracts and official guidance. For 2009-10 "
     "the packs use the reading list compiled for the Certificate in 2005. The list is being revised "
     "by Dr Mistry to take account of recent research, and the revised list will be used once the "
     "College library has confirmed which items it can hold.")
note(19, "Online learning platform",
     "All teaching is face to face. Participants have a log-in to the College\u2019s Moodle site "
     "because that is how the library\u2019s electronic journals are reached, but no teaching, "
     "discussion or study for the programme takes place online in 2009-10, and no cost is shown.")
note(20, "Resource library and assistive technology",
     "Taught days draw on the Diocesan Resource Centre at Church House, which holds standardised "
     "assessment materials, intervention programmes, a reading scheme library and a loan collection "
     "of some 600 books on special educational needs, and participants may borrow from it throughout "
     "the year. Day 6 is held in the Assistive Technology Suite at St Oswin\u2019s, which has "
     "text-to-speech and voice-recognition software, Clicker 5, symbol-writing software, "
     "switch-accessible equipment and a set of portable word processors that participants may "
     "borrow to trial with pupils. The line covers room hire and the renewal of assessment "
     "materials.")

doc.add_heading("Partnership, evaluation and impact (lines E1 to E6)", level=2)
note(21, "Stakeholder survey and consultation",
     "In spring 2008 the Board surveyed the headteachers and SENCOs of all 162 church schools and "
     "the 41 community schools in Fennick (118 replies), held two focus groups with headteachers, "
     "and met the SEN officers of both local authorities, who provided figures on the number of "
     "SENCOs new in post (54 across the two authorities in the last two years) and on the needs "
     "most often referred to their services. The Stowmere Parent Partnership Service ran a short "
     "questionnaire for us with parents attending its drop-in sessions. What we heard shaped the "
     "programme directly. Headteachers asked that the course address the deployment of teaching "
     "assistants, which the Certificate had not covered, and Day 10 was added. The Parent "
     "Partnership Service found that parents most wanted SENCOs who would listen before advising, "
     "and it redesigned Day 3 with us around that. Small schools told us that release was their main "
     "obstacle, which is why line C5 exists and why the two groups meet on different days. The local "
     "authorities\u2019 referral figures led us to give a whole day (Day 4) to behavioural, emotional "
     "and social difficulties, autism and speech, language and communication needs.")
note(22, "Stakeholder evaluation panel",
     "Not costed. The Board would like in due course to bring together headteachers, parents and "
     "local authority officers to consider each year\u2019s evaluation of the programme, and hopes "
     "to do so once the programme is established. Stakeholders already take part in delivery: the "
     "local authorities\u2019 specialists teach on Days 4 and 7 (Note 3), the Parent Partnership "
     "Service co-leads Day 3, and each participant\u2019s headteacher sits on the panel for the "
     "Module 3 presentation.")
note(23, "Evaluation and annual review",
     "Participants complete a short evaluation at the end of every taught day and a fuller "
     "questionnaire at the end of each module; the tutors meet at the end of each module to review "
     "the evaluations, the marks and their own observations and record the changes they will make. "
     "At the closing tutorial each participant repeats the Self-Review (Note 12), and the change "
     "between entry and exit, for the cohort and outcome by outcome, is the Board\u2019s measure of "
     "growth in participants\u2019 competence and confidence. Mrs Tervit writes an annual report "
     "drawing these together with the external examiner\u2019s report, the marks profile, the "
     "numbers recruited, retained and referred, and the APL and adjustments records. The report "
     "goes to the College\u2019s Academic Quality Committee, as part of its annual monitoring of "
     "every validated programme, and to the Diocesan Education Committee, each of which may "
     "require changes. It ends with an action plan covering recruitment and selection, "
     "learning plans, the content of the days and gap tasks, assessment and evaluation, and the "
     "next cohort is told on Day 1 what has been changed as a result of the last.")
note(24, "Independent impact study and pupil progress",
     "Dr Mistry and a colleague from the College\u2019s Centre for Inclusive Education have proposed "
     "a study that would follow twelve participants from the first cohort and collect baseline and "
     "follow-up data on the progress of the pupils targeted by their Module 3 projects. The study "
     "depends on a grant from the Stowmere Church Schools Trust, for which the Board applied in "
     "February 2009. Under the Certificate, participants returned the reading and spelling ages of "
     "their case-study pupils at the start and end of the course (line E6); these returns were "
     "discontinued in 2008 because schools found them burdensome and are not part of the new "
     "programme.")
note(25, "Pupil voice consultancy",
     "To be considered for 2010-11. The Board has had an approach from Young Voices Stowmere, a "
     "local charity, which offers training in consulting children with communication difficulties. "
     "This is not part of the 2009-10 programme.")

# ------------------------------------------------------------ Schedule C
doc.add_heading("Schedule C: The twelve taught days", level=1)
para("Each day runs from 9.15 to 3.45. The gap task is carried out in the participant\u2019s own "
     "school before the next day, is tied to the outcomes of that day, and is signed off by the "
     "school mentor. Participants meet between days in deanery triads of three schools, arranged by "
     "the Board, to share gap tasks and to visit one another\u2019s schools; each triad spends at "
     "least one meeting advising one member\u2019s colleagues on a question that school has raised.")
days = [
    ("1", "The SENCO, the law and the school (Module 1)",
     "The role of the SENCO in a church school; the Education Act 1996, Part IV; the Special "
     "Educational Needs and Disability Act 2001; the SEN Code of Practice (2001): School Action, "
     "School Action Plus, statutory assessment and statements, annual reviews; the 2008 SENCO "
     "Regulations; Removing Barriers to Achievement (2004).",
     "Mrs Tervit, Mr Hale",
     "Audit the school\u2019s SEN register and SEN policy against the Code of Practice."),
    ("2", "Disability equality and Every Child Matters (Module 1)",
     "The Disability Discrimination Act 1995 and 2005, the Disability Equality Duty, reasonable "
     "adjustments and accessibility plans; the Children Act 2004, Every Child Matters and its five "
     "outcomes, the Common Assessment Framework, and the SENCO\u2019s part in them.",
     "Mrs Tervit, Dr Mistry",
     "Read the school\u2019s Disability Equality Scheme and accessibility plan and note three gaps."),
    ("3", "Pupils, parents and carers (Module 2)",
     "Building fair, respectful and constructive relationships with pupils with SEN and their "
     "families; listening before advising; sharing information and advising parents about "
     "provision; review meetings and difficult conversations, rehearsed in role play with Parent "
     "Partnership volunteers who are themselves parents of children with SEN.",
     "Mrs Brierley with the Stowmere Parent Partnership Service",
     "Plan and lead a meeting with the parents of the pupil chosen for the pupil study."),
    ("4", "Understanding need I (Module 2)",
     "Behavioural, emotional and social difficulties; autistic spectrum disorders; speech, language "
     "and communication needs; how each can affect learning; what the specialist services look for.",
     "Mr Hale with the educational psychologist, autism outreach teacher and speech and language "
     "therapist (Note 3)",
     "Observe the chosen pupil across one whole day."),
    ("5", "Understanding need II; identifying and planning (Module 2)",
     "Specific learning difficulties including dyslexia; moderate learning difficulties; identifying "
     "pupils who may have SEN from classroom observation, school data and assessment; setting "
     "challenging targets; planning interventions to remove barriers; reviewing progress; "
     "individual education plans.",
     "Dr Mistry, Mrs Brierley",
     "Write or rewrite the chosen pupil\u2019s targets and intervention plan."),
    ("6", "Approaches, resources and ICT; tracking progress (Module 2)",
     "A critical look at approaches, strategies and resources for assessment, planning, teaching "
     "and learning, including ICT and assistive technology (held in the Assistive Technology "
     "Suite); tracking progress with P scales, national curriculum test results and RAISEonline, "
     "and changing programmes in the light of the data.",
     "Dr Mistry",
     "Trial one piece of assistive technology with a pupil and record the result."),
    ("7", "Working with other services (Module 2)",
     "The scope and roles of the educational psychology, speech and language therapy, sensory "
     "support, child and adolescent mental health and social care services, and of voluntary "
     "organisations such as Stowmere Autism Family Support; making referrals and getting "
     "specialist support; using other professionals\u2019 assessments to plan teaching. Afternoon "
     "visit to the outreach base of Marsh Lane Special School.",
     "Mr Hale with the educational psychologist, teacher of the deaf and teacher of children "
     "with visual impairment (Note 3)",
     "Map the agencies involved with pupils on the school\u2019s SEN register."),
    ("8", "Leading strategically (Module 3)",
     "Working with the headteacher, senior team and governors on an inclusive ethos, the SEN "
     "policy, priorities and the use of resources; gaining the commitment of senior colleagues; "
     "provision mapping and provision management, costing provision and finding what is missing "
     "or not working.",
     "Mrs Tervit",
     "Draft or revise the school\u2019s provision map."),
    ("9", "Self-evaluation and evaluating provision (Module 3)",
     "The principles of school self-evaluation and improvement, the SEF and the school improvement "
     "plan as they bear on pupils with SEN; reviewing the effectiveness of provision with other "
     "staff; what Ofsted\u2019s reports Special educational needs and disability: towards inclusive "
     "schools (2004) and Inclusion: does it matter where pupils are taught? (2006) found.",
     "Mrs Tervit, Mr Hale",
     "Review one intervention with the staff who run it."),
    ("10", "Leading and developing staff (Module 3)",
     "Deploying and managing teaching assistants and other support staff; observing teaching and "
     "giving feedback; coaching and mentoring colleagues; planning and leading INSET; managing "
     "time, prioritising and delegating.",
     "Mrs Brierley, Mr Hale",
     "Coach one colleague through a short cycle and reflect on it in the learning journal."),
    ("11", "Research, best practice and communicating (Module 3)",
     "Finding, reading and using research evidence and external advice; best practice in meeting "
     "special educational needs; writing for governors and parents and presenting to a panel.",
     "Dr Mistry",
     "Prepare the Module 3 presentation."),
    ("12", "Presentations and next steps (Module 3)",
     "Morning: Module 3 presentations (Schedule D). Afternoon: next steps. Each participant drafts "
     "a professional development plan for the following year on the Board\u2019s template, with two "
     "or three targets, which the Board sends to the headteacher with a request that the plan be "
     "discussed at the participant\u2019s next performance management review; the tutors describe "
     "the MA in Education at St Oswin\u2019s and the Board\u2019s SENCO network.",
     "All tutors",
     "\u2013"),
]
ct = doc.add_table(rows=1, cols=5)
ct.style = "Table Grid"
for c, h in zip(ct.rows[0].cells, ["Day", "Theme and content", "", "Led by", "Gap task"]):
    set_cell(c, h, bold=True, size=9)
    shade(c, "C9BFA0")
hdr = ct.rows[0].cells
hdr[1].merge(hdr[2])
for d, theme, content, led, gap in days:
    c = ct.add_row().cells
    set_cell(c[0], d, size=9)
    mm = c[1].merge(c[2])
    p0 = set_cell(mm, theme, bold=True, size=9)
    p1 = mm.add_paragraph()
    r = p1.add_run(content)
    r.font.size = Pt(9)
    set_cell(c[3], led, size=9)
    set_cell(c[4], gap, size=9)

para("")
para("Participants also keep a learning journal throughout the year, in which they record a weekly "
     "log of how their SENCO time was spent, what they prioritised and what they delegated, their "
     "reflections on coaching colleagues, and their professional development plan. The journal is "
     "formative: tutors read it at each tutorial and comment, but it is not marked and does not "
     "count towards the award.")

# ------------------------------------------------------------ Schedule D
doc.add_heading("Schedule D: Assessment and the award", level=1)
para("Each module is assessed by one piece of work, marked as described in Note 8.")
at = doc.add_table(rows=1, cols=4)
at.style = "Table Grid"
for c, h in zip(at.rows[0].cells, ["Assessed piece", "Module", "What the participant does",
                                   "Marked against"]):
    set_cell(c, h, bold=True, size=9)
    shade(c, "C9BFA0")
apieces = [
    ("1. Policy review", "Module 1 (20 credits)",
     "A 4,000-word critical review of the school\u2019s SEN policy and practice against the SEN Code "
     "of Practice and the disability equality duties, with an action plan agreed with the "
     "headteacher and presented to the governor responsible for SEN, whose written response is "
     "appended.",
     "Knowledge of SEN law and the Code of Practice and how to put them into practice; knowledge of "
     "disability equality law and the actions it requires; working with senior colleagues and "
     "governors on the strategic development of inclusive policy, priorities and resources."),
    ("2. Pupil study", "Module 2 (20 credits)",
     "A 5,000-word study of one pupil with SEN and/or disabilities over two terms: how the need "
     "was identified, the targets set, the interventions planned and reviewed, and the work done "
     "with the family and with other services.",
     "How the pupil\u2019s development has been affected by his or her needs and by the physical and "
     "social environment; understanding of the type of need; identifying needs, setting targets, "
     "planning interventions and reviewing progress; using assessments from other professionals; "
     "critical use of approaches and resources including ICT; the relationship built with the "
     "pupil and the family; liaison with the parents or carers; knowledge of the external agencies "
     "involved and how specialist support was obtained; working in partnership with at least one "
     "other service, statutory or voluntary."),
    ("3. Improvement project", "Module 3 (20 credits)",
     "A 5,000-word report on a change in SEN provision that the participant has led in his or her "
     "school, starting from the provision map, and a fifteen-minute presentation followed by "
     "questions, to a panel of the tutor and the participant\u2019s headteacher.",
     "Provision mapping and identifying ineffective or missing provision; deploying and managing "
     "staff; reviewing the provision with colleagues to inform self-evaluation; the principles of "
     "school self-evaluation and improvement; gaining the commitment of the headteacher and senior "
     "colleagues; drawing on research and external advice, and knowledge of best practice and "
     "research; clarity of writing, and in the presentation clarity of speech and how the "
     "participant listens and responds to questions. The report must show what has changed in the "
     "school\u2019s practice as a result."),
]
for row in apieces:
    c = at.add_row().cells
    for cell, v in zip(c, row):
        set_cell(cell, v, size=9)

para("")
para("The College recommends the award of the Postgraduate Certificate to a participant who passes "
     "all three modules. Under the College\u2019s postgraduate regulations a module mark of 40 to 49 "
     "may be compensated where the average of the three module marks is at least 50, so that a "
     "participant who narrowly fails one piece may still receive the award. Between them the three "
     "assessed pieces address all of the national minimum outcomes.")

# ------------------------------------------------------------ Finance approval
doc.add_heading("Finance approval", level=1)
fa = doc.add_table(rows=1, cols=1)
borders(fa)
cell = fa.rows[0].cells[0]
shade(cell, "F4F1E8")
set_cell(cell, "Diocesan Board of Finance \u2013 Resources Committee, 11 March 2009", bold=True)
for txt in [
    "Lines A to D and line E3 are approved for 2009-10 and 2010-11 at the figures shown.",
    "Line E4 is approved in principle only, subject to a successful application to the Stowmere "
    "Church Schools Trust; if the grant is not received the line will not proceed.",
    "Lines showing \u00a30 are not approved expenditure. Line B5 is withdrawn.",
    "Signed: Canon Peter Ellwood, Diocesan Secretary",
]:
    cell.add_paragraph(txt)

para("")
para("Signed on behalf of the Board: The Revd Dr Judith Ambler, Diocesan Director of Education, "
     "20 March 2009")

doc.save(OUT)
print("wrote", OUT)
