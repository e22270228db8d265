"""Build gd-01-hexley-collaborative-fund-bid.docx

Provider: the Hexley Leading Edge Partnership (eight secondary schools and
Orchard Vale special school in the market town of Hexley and its villages),
led by Mrs Ruth Calloway, Deputy Headteacher of Hexley School and the
partnership's Leading Edge coordinator. Athelney University's School of
Education validates the course (PGCert, two 30-credit M-level modules).
The partnership wants to run the award for its own SENCOs and for the
SENCOs of neighbouring secondary and primary schools.

Kind of document: the bid the partnership sent to Braddon County Council's
Schools Collaborative Fund 2009-10 on the council's form CF1, asking the
council to subsidise places for neighbouring schools. It is sent to the
approval panel as it stands, with a shaded box at the top saying so, and
with two annexes (course design and outcome map; quality arrangements)
added for the panel.

Layout: a shaded note to the panel (one-cell table); a field table for the
applicant details; the council's Sections A-H typed as bold capitalised
Normal paragraphs in grey-shaded one-cell tables (no heading styles), each
followed by the council's grey italic guidance (word limits, scoring notes,
questions) left in, then the partnership's answer in ordinary paragraphs
with typed "•" bullets; an outputs/outcomes table; a budget table with a
merged "Partnership contribution" cell; a declaration with signature lines;
Annex B with a three-column outcome map; Annex C in short run-in paragraphs.
Page header ("Braddon County Council - Schools Collaborative Fund 2009-10 -
Form CF1") and footer with a PAGE field; the header is never evidence.

Traps (requirement ids affected):
- The council's grey guidance prompts ask about CRB checks, equality impact
  assessment, sustainability and pupil voice: prompts, never answers
  (5.3, 3.1, 2.5, 1.5).
- Section F (safeguarding) answers about the partnership's own staff and
  tutors and about pupils on its Year 10 work-experience scheme: the right
  words about the wrong people; nothing checks candidates (5.3 not_met).
- Assessment-only route explicitly not offered, in Section D far from any
  heading about routes (2.3 not_met).
- Progression after the award only hoped for ("we hope that some ... will
  go on"), and Section G's "sustainability" is about the course's funding,
  not participants' targets (2.5 not_met).
- Pupil voice only as a value statement (1.5 partially_met).
- Research only as "the latest thinking" (1.3 partially_met).
- The e-learning site has a peer discussion board tutors do not moderate;
  questions wait for the next session (3.3 partially_met).
- Needs audit done at the first session and used to group participants, no
  individual plan or personalised outcomes before the course (2.2
  partially_met).
- Equality answer mostly about pupils' schemes and the venue (3.1
  partially_met).
- One start date, one mode; venue choice only (3.2 partially_met).
- Mentors only "sent a briefing note" (5.7 partially_met).
- Blanket claim in Annex B "all 28 national outcomes are covered" while the
  table has 27 rows: "keep up to date / own CPD" (6.A7) and "encourage
  formative assessment" (6.S2c) are missing (not_met); several rows say
  "-", "not separately assessed", "not assessed in 2009-10" or "discussed
  in tutorial (not graded)" (6.A3, 6.K4, 6.K7, 6.S2d, 6.S4, 6.S7
  partially_met); hence 1.9 and 6.0 partially_met.
- Section G's "we expect ... over time" about pupils' attainment is vague,
  but Section C's outcome table sets a specific baseline-and-June measure
  collated by the course team (5.9 met, a near-trap); resources only
  library access (5.6 partially_met).
- Year 10 pupils' work-experience placements at Orchard Vale (Section F)
  are not participants' placements; participants' visits on Days 3 and 7
  are (5.5 met, a near-trap).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "gd-01-hexley-collaborative-fund-bid.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text, bold=False, italic=False, size=None, grey=False, align=None, space_after=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if grey:
        r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    p.add_run(lead).bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(6)
    return p


def bullets(items):
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)
        p.paragraph_format.space_after = Pt(2)
        p.add_run("\u2022  " + it)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def section_bar(title):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, "D9D9D9")
    c.paragraphs[0].add_run(title).bold = True
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def guidance(text):
    para(text, italic=True, grey=True, size=9)


def table(rows, widths=None, header=True, fill="E7E6E6"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(val)
            run.font.size = Pt(9.5)
            if header and i == 0:
                run.bold = True
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def add_field(paragraph, instr):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)


# header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Braddon County Council \u2013 Schools Collaborative Fund 2009-10 \u2013 Form CF1"
hp.runs[0].font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.add_run("CF1 (rev. Oct 2008)   Hexley Leading Edge Partnership   Page ").font.size = Pt(8)
add_field(fp, "PAGE")

# note to the panel
t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
shade(c, "FFF2CC")
c.paragraphs[0].add_run("Note for the TDA approval panel").bold = True
c.add_paragraph(
    "This is the bid the Hexley Leading Edge Partnership sent to Braddon County Council on "
    "16 January 2009 for a share of the Schools Collaborative Fund. The council's form sets out our "
    "course more fully than anything else we have written, so we send it to you as it stands, "
    "including the council's own guidance notes in grey. We have added Annex B (course design and "
    "map of the national outcomes) and Annex C (quality arrangements) for you; Annex A (letters "
    "from headteachers) went to the council only and is not enclosed. The council's decision is "
    "expected at its Schools Forum on 12 March 2009."
)
c.add_paragraph("Ruth Calloway, Deputy Headteacher, Hexley School \u2013 Leading Edge Partnership Coordinator")
doc.add_paragraph()

para("BRADDON COUNTY COUNCIL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("Children's Services \u2013 School Improvement and Inclusion", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("SCHOOLS COLLABORATIVE FUND 2009-10: BID FORM CF1", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
guidance(
    "Please complete every section. Bids must come from a group of at least three maintained schools "
    "with a named lead school. Answers over the word limit will not be read beyond the limit. Return "
    "the form electronically to the Collaborative Fund Officer by 16 January 2009."
)

table([
    ["Lead school", "Hexley School (11-18 comprehensive, 1,420 on roll)"],
    ["Name of collaboration", "Hexley Leading Edge Partnership"],
    ["Contact", "Mrs Ruth Calloway, Deputy Headteacher and Leading Edge Coordinator; 01762 448210"],
    ["Partner schools", "Kingsmead Community College; St Wilfrid's CE High School; Fenbrook School; "
     "Adderley Park School; Castle Hill School; Mardon Valley Technology College; Wrexford High School; "
     "Orchard Vale School (special, 2-19)"],
    ["Other partners", "Athelney University, School of Education (validating the course); Braddon "
     "Educational Psychology Service; Braddon Parent Partnership Service"],
    ["Title of project", "The Hexley Partnership SENCO Award: a local route to the national award for "
     "our own and neighbouring schools"],
    ["Amount requested", "\u00a318,600 (2009-10)"],
    ["Council priority addressed (tick one)", "\u2610 Narrowing the gap   \u2612 Inclusion and SEN   "
     "\u2610 14-19   \u2610 Extended services"],
], widths=[4.5, 12], header=False)

# ---- Section A
section_bar("SECTION A \u2013 SUMMARY OF THE PROPOSAL")
guidance("In no more than 200 words, say what you will do, for whom and what difference it will make to children and young people. (Not scored.)")
para(
    "From September 2009 every teacher newly appointed as SENCO must gain the national award within "
    "three years. Our nine schools between them have five SENCOs who will need it, and the 5 secondary "
    "and 22 primary schools around Hexley and the Mardon valley have at least twelve more. The nearest "
    "university course is 47 miles away and is taught on weekday afternoons. We propose to run the "
    "award ourselves, at Hexley and at Orchard Vale, as a Postgraduate Certificate validated by Athelney "
    "University, taught by practising SENCOs and specialists from the partnership and the county, for a "
    "first group of 18 teachers in 2009-10. We ask the council to fund twelve places for SENCOs from "
    "neighbouring schools, so that they pay the same as partnership schools. The course is built around "
    "an enquiry each SENCO carries out in their own school, measured by what it does for identified "
    "pupils, so that children with special educational needs in the area see the difference within the "
    "year."
)

# ---- Section B
section_bar("SECTION B \u2013 NEED AND EVIDENCE")
guidance(
    "What evidence do you have that this is needed? How does it link to the Children and Young People's "
    "Plan 2008-11? Who have you consulted and what did they say? (Max 500 words. Scored 0-4: 4 = clear "
    "evidence from a range of sources, with consultation that has shaped the proposal.)"
)
para(
    "In October 2008 we sent a short questionnaire to the headteachers and SENCOs of all 36 schools in "
    "the Hexley and Mardon area (our nine, 5 other secondaries, 22 primaries). 31 schools replied. It "
    "showed that:"
)
bullets([
    "14 of the 31 SENCOs had been in post for less than three years; 9 have no SEN qualification beyond "
    "initial training;",
    "in 11 primary schools the SENCO is also the deputy head or a class teacher with a full timetable;",
    "the aspects SENCOs felt least confident about were provision mapping (22 of 31), working with the "
    "new Progression Guidance data (19) and the law on disability (17);",
    "18 headteachers said they would not release a SENCO for a weekday afternoon every week, but "
    "would release them for a number of full days plus after-school sessions;",
    "travel to the university at Athelney (a 95-minute drive each way) was the main reason two SENCOs "
    "had withdrawn from its certificate in 2007.",
])
para(
    "The council's own data point the same way. The CYPP 2008-11 names the gap between pupils with SEN "
    "and their peers at Key Stage 4 as one of its five priorities; in the Hexley locality the proportion "
    "of pupils at School Action Plus gaining five A*-C grades was 9 per cent in 2008 against 14 per cent "
    "across Braddon. Fixed-term exclusions of pupils with statements rose in three of our schools last "
    "year. Two recent Ofsted reports in the partnership judged the leadership of SEN provision "
    "satisfactory and asked for better use of data to track the progress of these pupils."
)
para(
    "We held two consultation meetings in November 2008, one for headteachers and one for SENCOs (23 "
    "attended), and took the draft course to the Braddon Parent Partnership Service's parents' forum in "
    "December. What we heard changed the proposal:"
)
bullets([
    "Headteachers asked for full days to be fixed a year ahead and no more than eight of them, so the "
    "course now has eight full days, published in June for the following year, and ten twilights;",
    "primary SENCOs asked for a session on transfer from Year 6 to Year 7, which is now Twilight 4 and is "
    "taught jointly by a primary and a secondary SENCO;",
    "parents at the forum said that what worried them most was not being listened to at reviews; the "
    "parents' session (Day 6) is now run with the Parent Partnership Service and two parents from the "
    "forum, and Assignment A2 asks for evidence of how parents' views shaped a pupil's provision;",
    "the county's Senior EP asked that the course use the county's provision mapping template rather "
    "than a commercial one, which we have done.",
])

# ---- Section C
section_bar("SECTION C \u2013 AIMS AND OUTCOMES FOR CHILDREN AND YOUNG PEOPLE")
guidance(
    "What will be different for children and young people as a result? Give measurable outcomes where "
    "you can and say how they link to the Every Child Matters outcomes. How will children and young "
    "people's views be sought? (Max 400 words. Scored 0-4.)"
)
para(
    "The course has one aim above all: that pupils with SEN and/or disabilities in the schools taking "
    "part make better progress and are safer, healthier and more included, because their SENCO leads "
    "provision for them more effectively. We have written the course so that every assignment comes back "
    "to that. Each participant chooses, with their headteacher, a group of pupils whose progress or "
    "well-being is a concern (for example Year 8 pupils at School Action Plus with reading ages more than "
    "three years below their age, or Year 10 pupils with statements for BESD at risk of exclusion), takes "
    "baseline measures in October, leads a change in provision and measures again in June. The measures "
    "are chosen by the participant to fit the change and may cover any of the five Every Child Matters "
    "outcomes: attainment and progress data, reading and spelling ages, attendance and exclusions, "
    "participation in clubs and trips, or pupils' own ratings of how safe and included they feel."
)
para(
    "We believe that pupils' voices should be at the heart of everything a SENCO does, and the "
    "partnership is committed to listening to young people. Our schools' councils will be told about the "
    "course."
)
table([
    ["Outcome", "Measure", "Target by July 2010"],
    ["More SENCOs in the area hold the national award", "Number completing", "16 of 18 starters"],
    ["Pupils in participants' enquiry groups make better progress", "Participants' baseline and June "
     "measures, collated by the course team", "Three-quarters of enquiry pupils show gains above their "
     "previous rate of progress"],
    ["Fewer exclusions of pupils with SEN in partnership schools", "Fixed-term exclusions of pupils at "
     "School Action Plus or with statements (council data)", "Down by a fifth on 2008-09"],
    ["Better use of provision maps", "Provision map in place and reviewed termly in each participant's "
     "school", "All participants' schools"],
], widths=[5.5, 6, 5])

# ---- Section D
section_bar("SECTION D \u2013 WHAT YOU WILL DO")
guidance(
    "Describe the activity, who will deliver it, when and where. If the project includes training, say "
    "how it will be accredited and how participants' needs will be met. (Max 900 words. Scored 0-4.)"
)
runin("The course. ",
      "The Hexley Partnership SENCO Award is a Postgraduate Certificate of 60 credits at Master's level "
      "(M level) validated by Athelney University's School of Education. It leads to the national award "
      "for SENCOs, subject to the Training and Development Agency's approval, for which we are applying "
      "at the same time. It has two modules of 30 credits: Module 1, \"The SENCO, the Law and the "
      "School\" (September to January) and Module 2, \"Leading Provision and Practice\" (February to "
      "July). Participants are registered students of Athelney University and have its library and "
      "student support.")
runin("When and where. ",
      "There is one intake a year, starting in September. Teaching is on eight full days (four each "
      "term-pair) and ten Thursday twilights from 4.15 to 6.45 pm. Full days are held at the Hexley "
      "School Professional Centre; Days 3 and 7 are held at Orchard Vale School so that participants see "
      "specialist provision at work. Twilights run at Hexley and, for SENCOs from the Mardon valley "
      "schools, in parallel at Mardon Valley Technology College with the same tutor material; "
      "participants choose the venue nearer to them. All dates for 2009-10 were published to schools "
      "in December 2008.")
runin("What is taught. ",
      "Module 1 covers the SEN Code of Practice 2001 and the SENCO regulations of 2008, the Disability "
      "Discrimination Act and the duties on schools to promote disability equality, Every Child Matters "
      "and the SENCO's place in the school's work with the Children's Trust, how pupils develop, and the "
      "main areas of need (autism, speech, language and communication, specific learning difficulties "
      "including dyslexia, behavioural, emotional and social difficulties, moderate learning "
      "difficulties). Module 2 covers identifying needs from classroom observation and data, target "
      "setting and review, provision mapping and costing, leading support staff, the SENCO's work with "
      "governors and the senior team on the school's SEN policy, working with parents and with other "
      "services, and self-evaluation. The course reflects the latest thinking on SEN and inclusion.")
runin("Work in school. ",
      "Between sessions participants carry out tasks in their own school: a review of the school's SEN "
      "policy against the law and practice (A1), a provision map and a case study of one pupil (A2) and "
      "the enquiry described in Section C (A3). Each participant has an in-school mentor, normally the "
      "headteacher or a senior leader, who agrees the enquiry, releases time for it and signs the "
      "participant's Outcomes Record. In Module 2 participants work in cross-school triads of three "
      "SENCOs: each leads a staff training session or a coaching conversation in their own school, "
      "observed by a triad partner, and writes up the feedback they received.")
runin("Who teaches it. ",
      "The course leader is Ruth Calloway (deputy head, SENCO at Hexley from 1998 to 2005, MA in "
      "Inclusive Education). Sessions are taught by Dr Ian Purslow (Athelney University, senior lecturer "
      "in SEN, module leader for the university's MA in Special and Inclusive Education), Helen Marchant "
      "(headteacher of Orchard Vale, NPQH, formerly the county's ASD outreach teacher), Sanjay Mehra "
      "(Senior Educational Psychologist, Braddon EPS), Claire Fordyce (SENCO at Kingsmead, Advanced "
      "Skills Teacher for SEN) and Jo Whitlam (Braddon Parent Partnership Service). The county's speech "
      "and language therapy team leader and the Hearing and Vision Support Service lead one twilight "
      "each.")
runin("Meeting individual needs. ",
      "At Day 1 every participant completes the partnership's SENCO self-audit, rating their knowledge "
      "and confidence against each area of the course. The course leader uses the audits to form the "
      "groups for the afternoon workshops on Days 2, 4 and 5 (for example, primary SENCOs new to data "
      "work together while those already confident with it go on to provision costing) and to match "
      "participants to triads. Each participant has three individual tutorials a year (45 minutes, "
      "face to face or by telephone) with their personal tutor.")
runin("Prior learning. ",
      "Teachers who have already gained M-level credit in SEN in the last five years, for example on "
      "Athelney's MA modules or another university's SEN certificate, may claim up to 30 credits "
      "through the university's Accreditation of Prior Learning procedure and so take only Module 2. "
      "Teachers with substantial experience but no credit may claim credit for Module 1 through a "
      "portfolio (APEL), assessed by the course leader and a university tutor against the module "
      "outcomes; the university's APL fee of \u00a3150 applies. In both cases the participant must "
      "still show in the Module 2 assignments that they meet every national outcome.")
runin("Routes. ",
      "We considered and decided against an assessment-only route in the first two years: the group "
      "is small, and the headteachers felt that every SENCO, however experienced, would benefit from "
      "the course and the triads. The course is taught, with reading and discussion on Athelney "
      "Online (below); there is no full-time or distance route.")
runin("Online support. ",
      "Participants have an account on Athelney Online, the university's Blackboard site, where the "
      "session slides, readings and recordings of two keynote lectures are posted. The site has a "
      "discussion board for each module. The discussion board is for participants to support one "
      "another; tutors do not moderate it, and questions for tutors should be brought to the next "
      "session or tutorial. Tutors and participants otherwise communicate by email.")

# ---- Section E
section_bar("SECTION E \u2013 EQUALITY AND INCLUSION")
guidance(
    "Has an Equality Impact Assessment been completed? How will the project promote equality of "
    "opportunity for all groups, including disabled people and those from black and minority ethnic "
    "communities? (Max 250 words. Scored 0-2.)"
)
para(
    "All nine partnership schools have Disability Equality Schemes and Race Equality Policies, "
    "reviewed by their governors annually, and Orchard Vale's accessibility plan was judged "
    "outstanding in its 2007 inspection. The Hexley School Professional Centre is on the ground floor "
    "with level access, an accessible toilet and a hearing loop, and Orchard Vale is fully accessible. "
    "Places will be allocated fairly between schools. An Equality Impact Assessment will be completed "
    "if the bid is successful."
)

# ---- Section F
section_bar("SECTION F \u2013 SAFEGUARDING")
guidance(
    "All projects must confirm that everyone working with children and young people has an enhanced "
    "CRB disclosure and that the lead school's safer recruitment procedures apply. Describe the "
    "arrangements. (Max 200 words. Not scored; must be completed.)"
)
para(
    "Hexley School, as lead school, holds the single central record for all partnership staff who "
    "work across schools. Every tutor on the course, including the university and county staff, has "
    "a current enhanced CRB disclosure, recorded on that record with its date and number, and the "
    "partnership's administrator checks them each September. The course does not involve the tutors "
    "in working with pupils, but they visit participants' schools and sign in as visitors. Pupils who "
    "attend Orchard Vale for the partnership's Year 10 work-experience scheme are placed only with "
    "staff checked in the same way, and the scheme follows the county's work-experience safeguarding "
    "guidance."
)

# ---- Section G
section_bar("SECTION G \u2013 MONITORING, EVALUATION AND SUSTAINABILITY")
guidance(
    "How will you know whether the project has worked? What will you report to the council and when? "
    "How will the activity continue when the funding ends? (Max 500 words. Scored 0-4.)"
)
para(
    "We will evaluate the course through participants' questionnaires at the end of each module, a "
    "focus group with participants in July, the external examiner's report from Athelney University, "
    "the university's annual monitoring of the programme and the council's standard end-of-project "
    "report. Participants rate their confidence in each area of the course on the self-audit at Day 1 "
    "and again at the last session, and we will report the change. We expect that better-led SEN "
    "provision in the partnership will be reflected over time in the attainment and contextual value "
    "added of pupils with SEN. We will report to the council's Inclusion Team at the end of each term "
    "and send the end-of-project report by 30 September 2010."
)
para(
    "The headteachers of the nine schools meet as the partnership's Steering Group each half-term; "
    "from September 2009 the council's SEN Adviser, the Senior EP, a representative of the Parent "
    "Partnership Service and one primary head from the neighbouring schools join it for the SENCO "
    "course item. The Steering Group receives the evaluation summaries and the external examiner's "
    "report, agrees changes for the next year and hears from participants at its July meeting. "
    "Orchard Vale and two primary schools in the Mardon valley host the participants' visits on Days 3 "
    "and 7, and two parents from the Parent Partnership forum help teach Day 6."
)
para(
    "Sustainability. After 2009-10 the course will be self-financing from fees. The partnership's "
    "Leading Edge funding has underwritten the start-up costs, and we expect a group of 15 or more "
    "each year to cover costs at the fee shown below. We hope that some of the participants will go "
    "on to the university's MA in later years."
)

# ---- Section H
section_bar("SECTION H \u2013 BUDGET")
guidance(
    "Show the full cost of the project, the amount requested from the Fund and any other funding. "
    "Value for money will be scored 0-2."
)
bt = table([
    ["Item", "Cost 2009-10", "Funded by"],
    ["Athelney University validation and registration (18 x \u00a3410)", "\u00a37,380", "Fees"],
    ["Tutor time (8 days x 2 tutors, 10 twilights, tutorials, marking)", "\u00a315,900", "Fees / Fund"],
    ["Supply cover for partnership tutors", "\u00a34,200", "Partnership contribution"],
    ["Venue costs, materials, refreshments", "\u00a32,100", "Partnership contribution"],
    ["Course leader time (0.1 FTE)", "\u00a36,300", "Partnership contribution"],
    ["Total", "\u00a335,880", ""],
    ["Income: fees from 6 partnership participants at \u00a31,550", "\u00a39,300", ""],
    ["Income: Hexley Leading Edge Partnership budget", "\u00a37,980", ""],
    ["Requested from the Fund: 12 places for neighbouring schools at \u00a31,550", "\u00a318,600", ""],
], widths=[9.5, 3, 4])
m = bt.cell(3, 2).merge(bt.cell(5, 2))
m.text = ""
m.paragraphs[0].add_run("Partnership contribution (Leading Edge budget and Hexley School)").font.size = Pt(9.5)
para(
    "The fee of \u00a31,550 for the whole course compares with \u00a32,340 for the nearest university "
    "certificate, before travel and supply for the weekly afternoon there. Neighbouring schools whose "
    "places are funded by the council would pay only for their SENCO's supply cover on the eight days."
)

# ---- Declaration
section_bar("DECLARATION")
para("I confirm that the information in this bid is correct and that the governing body of the lead school has agreed to act as lead school and accountable body.")
table([
    ["Headteacher of lead school", "Signed: ___________________   Name: Martin Osgood   Date: 15/01/09"],
    ["Chair of Governors of lead school", "Signed: ___________________   Name: Rev. Anne Tillotson   Date: 15/01/09"],
], widths=[5.5, 11], header=False)
guidance("For office use: Date received ____  Panel score ___ / 20  Recommendation ______")

doc.add_page_break()

# ---- Annex B
para("ANNEX B \u2013 COURSE DESIGN AND THE NATIONAL OUTCOMES (added for the TDA panel)", bold=True, size=12)
para("B1  Assignments", bold=True)
table([
    ["Assignment", "Module", "Form", "Due"],
    ["A1 Policy and practice review", "1", "A critical review of the participant's school's SEN policy "
     "and practice against the Code of Practice, the disability duties and the Every Child Matters "
     "outcomes, with recommendations agreed with the head (4,000 words)", "January"],
    ["A2 Provision map and case study", "2", "The school's provision map for one year group, costed and "
     "evaluated, and a case study of one pupil showing how assessments from other professionals "
     "and the parents' views shaped the provision; presented to the tutor group (15 minutes) "
     "with a 1,500-word commentary", "April"],
    ["A3 Impact enquiry", "2", "The enquiry described in Section C: baseline, change in provision led "
     "by the participant, evaluation of its impact on pupils and on colleagues' practice, and what "
     "the school will do next (5,000 words)", "July"],
    ["Outcomes Record", "1-2", "A record in which the participant notes evidence for each outcome as "
     "they go, discussed at tutorials and countersigned by the mentor", "July"],
], widths=[3.5, 1.5, 9.5, 2])
para(
    "Each assignment is marked against Athelney University's M-level criteria and must be passed at "
    "40 per cent or above; there is no compensation between assignments. Participants who pass all "
    "three assignments are recommended to the university's Board of Examiners for the award. Work that "
    "fails may be resubmitted once."
)
para("B2  Where the national outcomes are developed and assessed", bold=True)
para(
    "All 28 national outcomes are covered by the course. The table shows, for each outcome, the "
    "sessions where it is taught and the assignment in which it is assessed."
)
rows = [
    ["National outcome (our wording)", "Developed in", "Assessed in"],
    ["Fair, respectful relationships with pupils with SEN and their parents or carers", "Day 6 (with Parent Partnership); Twilight 5", "A2 case study"],
    ["Winning the commitment of the head, senior leaders and colleagues", "Day 8 (leading change)", "A3 enquiry (section on colleagues)"],
    ["Prioritising, managing time, delegating", "Day 3 'Managing the SENCO workload'", "\u2013"],
    ["Anticipating and solving problems; sound judgements about provision", "Days 4-5, triads", "A2 presentation"],
    ["Clear speech and writing; listening to others' views", "Throughout; triads", "A2 presentation; all written work"],
    ["Using research and outside advice to improve practice", "Day 2 (research and evidence), Day 7", "A1 and A3 literature"],
    ["SEN law and guidance including the Code of Practice", "Day 1, Twilights 1-2", "A1"],
    ["Every Child Matters and the SENCO's part in it", "Day 1, Twilight 3", "A1"],
    ["Disability equality law and the actions it requires", "Twilight 2", "A1"],
    ["How children develop and what affects development", "Day 3 (at Orchard Vale)", "Discussed in tutorial (not graded)"],
    ["The main types of SEN and disability and their effect on learning", "Days 3-4, Twilights 6-7", "A2 case study"],
    ["Approaches and resources, including ICT, for assessing, planning and teaching", "Day 4, Day 7 (at Orchard Vale)", "A2"],
    ["School self-evaluation and improvement for SEN", "Twilight 6", "Not separately assessed"],
    ["Best practice and research in meeting SEN", "Day 2", "A3"],
    ["External agencies and getting specialist support", "Day 5 (Senior EP, SALT)", "A2 case study"],
    ["Shaping the school's inclusive ethos, policies and resources with senior staff and governors", "Day 8", "A1 recommendations; A3"],
    ["Identifying needs, setting targets, planning and reviewing interventions", "Days 4-5", "A2 and A3"],
    ["Using other professionals' assessments to plan teaching", "Day 5", "A2 case study"],
    ["Using summative data including national tests to track progress", "Twilight 8 (Progression Guidance, RAISEonline)", "A3 baseline and outcome data"],
    ["Access arrangements for tests and examinations", "Twilight 8 (with an exams officer)", "Not assessed in 2009-10; to be added to A2 in 2010-11"],
    ["Provision mapping and finding gaps in provision", "Day 4, Twilight 9", "A2 provision map"],
    ["Deploying and managing support staff", "Day 5", "\u2013"],
    ["Supporting colleagues' development: observation, feedback, coaching, training", "Day 8, triads", "A3; triad observation write-up"],
    ["Reviewing provision with staff to feed self-evaluation", "Twilight 10", "A3 evaluation"],
    ["Involving pupils in planning and reviewing their provision", "Twilight 5", "\u2013"],
    ["Working with parents and carers", "Day 6", "A2 case study"],
    ["Working with other services and voluntary organisations", "Day 5, Day 7", "A2; A3"],
]
table(rows, widths=[7.5, 5, 4])

# ---- Annex C
para("ANNEX C \u2013 QUALITY ARRANGEMENTS (added for the TDA panel)", bold=True, size=12)
runin("Who is accepted. ",
      "Applicants must be qualified teachers in a maintained school, in post as SENCO or named by "
      "their governing body to take up the role by January 2010. The application form asks for a "
      "statement of the applicant's experience of SEN and a supporting statement from the headteacher "
      "confirming time for the course and the in-school tasks. Ruth Calloway and Dr Purslow interview "
      "each applicant for 30 minutes, using the self-audit questions, to judge whether they have the "
      "knowledge and experience to reach the outcomes in one year. Where they do not (for example a "
      "newly qualified teacher named as SENCO), we tell the applicant and the head what they should do "
      "first, usually a term shadowing an experienced SENCO in the partnership and the county's "
      "two-day SEN induction course, and offer a place in the following year.")
runin("Marking and moderation. ",
      "Each assignment is first-marked by the participant's tutor against the university's criteria. "
      "Dr Purslow second-marks a fifth of scripts and every fail and every mark of 70 or over; the "
      "tutors meet to standardise against two marked exemplars before marking A1. Athelney University "
      "appoints an external examiner (Professor Moira Dace, University of Harnford) who sees a sample of "
      "all three assignments and attends the Board of Examiners in July.")
runin("Mentors. ",
      "In-school mentors will be sent a briefing note explaining the course in September.")
runin("Resources. ",
      "Participants have full use of Athelney University's library, including its online journals, "
      "and of the SEN collection in the Hexley School Professional Centre.")
runin("Evaluation. ",
      "The course leader writes an annual report for the university and the Steering Group drawing on "
      "the sources in Section G.")

doc.save(OUT)
print("wrote", OUT)
