"""Build dn-02-quadrant-harmonisation-schedule.docx (blind test application).

KIND OF DOCUMENT
  An inter-authority harmonisation schedule, sent as the application: the
  agreed working schedule in which four local authorities' heads of SEN and
  inclusion record, item by item, what each authority's own SENCO induction
  does now (2008-09) and what the single harmonised arrangement for the
  National Award will be from September 2009, with a status code per item.
  It is the document a sub-regional partnership actually produces when it
  merges four services' offers into one; it was sent with a short cover
  sheet, a prose part on the Award's content, a part on the evidence behind
  it, an outcome schedule and an extract from the University's letter.

PROVIDER (invented)
  The Quadrant Partnership for Inclusion: the SEN and inclusion services of
  Ambersham County Council, Brookfold MBC, Coldharbour City Council and
  Dunsby Borough Council, with the University of Westerby, which validates
  and confers the Postgraduate Certificate in SEN Coordination (National
  Award), 60 credits at Level 7. Twelve taught days in six blocks, two
  placement days, three tutorials, three assessed tasks T1-T3 (T3 includes a
  presentation and a professional discussion). People: Carol Dewhurst
  (Ambersham, chair of the Heads of Service Group), Dr Ruth Ansell
  (programme leader, Westerby), Mark Ellison (Coldharbour), Priya Chandran
  (Brookfold), Tom Ridley (Ambersham), Janet Fairclough (Dunsby), Professor
  Alan Whitcombe (Westerby PVC).

LAYOUT
  Portrait cover sheet: document-control table, purpose, "How to read this
  schedule" and a key of status codes (H harmonised / L left local /
  R retained by one authority outside the Award / X discontinued / O open).
  Landscape sections of seven-column tables (Item | Ambersham now |
  Brookfold now | Coldharbour now | Dunsby now | From September 2009 |
  Code): Part A Award (items A1-A4, colliding with outcome codes 6.A1-6.A4),
  Part B Entry (B1-B6), Part C Delivery and access (C1-C9). Portrait Part D,
  the Award's content in prose blocks. Landscape Part E Assessment, staff
  and quality (items E1-E10: E1 and E2 collide with eligibility ids E.1 and
  E.2). Portrait Part F, the evidence behind the schedule. Landscape Part G,
  the outcome schedule: the national outcomes in the Partnership's own words,
  grouped Being / Knowing / Doing with merged group rows, four tick columns
  showing which local induction courses covered each outcome in 2008-09 (for
  information only, not part of the Award), then "Award: block", "Award:
  assessed in" and a code. Portrait Part H: an extract from the University's
  confirmation letter. One Word comment (not part of the submission). Page
  footer (document reference and status: never evidence).

TRAPS (requirement ids affected)
  - The four "now" columns describe the closing local courses (past and
    other bodies' arrangements). Only the "From September 2009" column with
    code H is the Award. Examples:
    - 3.3 not_applicable: Ambersham's online modules with an e-tutor are in
      the "now" column; C4 is coded X, "There is no online study in the
      Award" (wrong context / discontinued).
    - 3.2 partially_met: Dunsby's January intake is X; one September intake,
      fixed order; only the day/twilight choice and rejoining a later cohort.
    - 2.3 not_met: Coldharbour's Advisory Teacher Accreditation (portfolio
      and interview) is coded R, "does not lead to the Award"; the Award
      "Not offered ... in 2009-10"; Part H "no route to the award other than
      by the assessed tasks". A Word comment from Coldharbour proposing the
      route is not part of the submission.
    - 5.3 partially_met: coded L; only Dunsby confirms its participants' CRB
      disclosure at enrolment; the other three rely on schools.
    - 2.5 not_met: C8 "After the Award" coded L, "not part of the Award".
    - 5.7 partially_met: tutors inducted and standardised (H); school mentors
      L, "each authority briefs its own mentors in its own way".
    - 1.7 partially_met, 6.S8 partially_met, 6.A1 partially_met: sessions on
      working with parents are L (local Parent Partnership twilights, "not
      part of the Award"); T2 nevertheless assesses a review meeting with the
      pupil's parents (assessed, not taught by the Award).
    - 5.9 partially_met: participants' audit and confidence scale repeated
      (E9, H); impact on pupils E10 coded O (open).
    - 1.3 partially_met: Block 2 speaks of "what research tells us" in
      general; the reading list is O; no inspection evidence or named
      developments.
  - Blanket claim: A4 "Participants who pass all three tasks will have met
    the national minimum outcomes" against Part G's dashes, X and L rows
    (1.9, 6.0 partially_met).
  - Criterion 6 (Part D where taught; Part G where assessed):
      met: A2, A3, A4, A5, A6, K1, K2, K5, K6, K7, K8, K9, S1, S2, S2a, S2b,
           S3, S4, S6, S7, S9.
      partially_met, taught but "Assessed in: -": A7, K3, S2c, S5 (S5's
           professional-discussion option only "O" for 2010).
      partially_met, assessed but not taught by the Award (parents L): A1,
           S8.
      not_met: K4 (only Brookfold's old course ticked; coded X, no block),
           S2d (ticked for Ambersham and Dunsby's old courses; coded L, left
           to local network briefings; not in the Award).
  - Tick columns in Part G: ticks for old local courses are never evidence
    for the Award (K4, S2d, and ticks beside met rows add nothing).
  Met despite looking like traps: 2.1 (APEL as well as APCL, H, with
  Brookfold's certificate holders able to claim), 3.1 (C7 lists disclosure,
  adjustments in sessions, placements and assessment, publicity), 4.3 (the
  Reference Group reviews the evaluation and agrees the action plan), 5.5
  (placements arranged by the Partnership, H), 1.5 and 6.S7 (Block 3 and
  T2's pupil consultation).
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dn-02-quadrant-harmonisation-schedule.docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
for lvl, size in ((1, 14), (2, 11.5)):
    hs = doc.styles["Heading %d" % lvl]
    hs.font.name = "Calibri"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor(0x4B, 0x2E, 0x83)

s0 = doc.sections[0]
s0.page_width, s0.page_height = Cm(21.0), Cm(29.7)
s0.left_margin = s0.right_margin = Cm(2.2)
fp = s0.footer.paragraphs[0]
r = fp.add_run("QPI/HS/04  Harmonisation Schedule: SENCO National Award  |  v1.4 AGREED 19.01.09  |  "
               "Uncontrolled when printed")
r.font.size = Pt(8)


def landscape():
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.6)
    s.top_margin = s.bottom_margin = Cm(1.6)
    return s


def portrait():
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.2)
    s.top_margin = s.bottom_margin = Cm(2.0)
    return s


def para(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def runin(label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def set_cell(cell, text, bold=False, size=8.5, italic=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        rr = p.add_run(ln)
        rr.bold = bold
        rr.italic = italic
        rr.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


HDR = ["Item", "Ambersham now", "Brookfold now", "Coldharbour now", "Dunsby now",
       "From September 2009 (the Award)", "Code"]
WID = [Cm(3.0), Cm(3.1), Cm(3.1), Cm(3.1), Cm(3.1), Cm(9.4), Cm(1.2)]


def schedule(rows):
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(HDR):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "DDD3EE")
    made = []
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, bold=(i == 0 or i == 6), center=(i == 6))
        if row[6] in ("L", "R", "X", "O"):
            shade(cells[6], "F4E1C1")
        made.append(cells)
    for rw in t.rows:
        for i, w in enumerate(WID):
            rw.cells[i].width = w
    return t, made


# ============================================================ cover (portrait)
para("QUADRANT PARTNERSHIP FOR INCLUSION", bold=True, size=15)
para("Ambersham County Council  |  Brookfold Metropolitan Borough Council  |  Coldharbour City Council  |  "
     "Dunsby Borough Council", size=9)
para("with the University of Westerby, Faculty of Education", size=9)
para()
para("Harmonisation Schedule: SENCO induction and the National Award for SEN Coordination", bold=True,
     size=13)
ctl = doc.add_table(rows=0, cols=2)
ctl.style = "Table Grid"
for k, v in [
    ("Reference", "QPI/HS/04"),
    ("Version and status", "1.4, AGREED by the Heads of SEN and Inclusion Group, 19 January 2009"),
    ("Owner", "Carol Dewhurst, Head of SEN and Inclusion, Ambersham (chair of the Group)"),
    ("Replaces", "v1.3 (draft for Heads of Service, 5 January 2009)"),
    ("Sent to", "TDA, as the Partnership's application for approval, 16 February 2009"),
    ("Next review", "July 2009, after the first recruitment round"),
]:
    c = ctl.add_row().cells
    set_cell(c[0], k, bold=True, size=9)
    set_cell(c[1], v, size=9)
    shade(c[0], "EFEAF6")
    c[0].width, c[1].width = Cm(4.5), Cm(12.0)
para()
doc.add_heading("Purpose", level=2)
para("Until July 2009 each of the four Quadrant authorities runs its own induction for new SENCOs, and "
     "no two of them do it the same way. From September 2009 the authorities will offer one programme, "
     "the University of Westerby's Postgraduate Certificate in SEN Coordination (National Award), taught "
     "by a shared pool of tutors from the four services and the University. This schedule is the record "
     "the Heads of Service Group kept while deciding, item by item, what the single programme does. We "
     "are sending it to the TDA as our application because it is where every decision is written down; "
     "we have not rewritten it for the purpose.")
doc.add_heading("How to read this schedule", level=2)
para("For each item, the four middle columns say what each authority does now, in its own induction "
     "course in 2008-09. Those courses close in July 2009 and the columns are kept for the record. The "
     "column headed \u2018From September 2009\u2019 is the Award. The code in the last column says what "
     "kind of decision it is:")
key = doc.add_table(rows=0, cols=2)
key.style = "Table Grid"
for k, v in [
    ("H", "Harmonised. Applies to every participant, whichever authority they work in, and is part of the "
          "Award."),
    ("L", "Left local. Each authority decides for itself. Not part of the Award's arrangements."),
    ("R", "Retained by one authority for its own purposes, outside the Award."),
    ("X", "Discontinued from July 2009."),
    ("O", "Open. Not yet agreed by the Group."),
]:
    c = key.add_row().cells
    set_cell(c[0], k, bold=True, size=10, center=True)
    set_cell(c[1], v, size=9.5)
    c[0].width, c[1].width = Cm(1.2), Cm(15.3)
para()
para("Part D (the Award's content) and Part F (the evidence behind the schedule) are written as prose, "
     "because there was nothing to harmonise: the content is new. Part G sets out the national minimum "
     "outcomes in our own words and where each is taught and assessed. Part H is an extract from the "
     "University's letter confirming the award.")

# ============================================================ A-C (landscape)
landscape()
doc.add_heading("Part A: The award", level=1)
schedule([
    ("A1 Awarding body", "None. Certificate of attendance.",
     "University of Westerby certificate, 10 credits at Level 6 (last cohort 2007-08).",
     "None.", "None.",
     "The University of Westerby validates and confers the Postgraduate Certificate in SEN Coordination "
     "(National Award). The four authorities deliver it with the University under a collaborative "
     "provision agreement signed on 12 January 2009.", "H"),
    ("A2 Credit and level", "\u2014", "10 credits, Level 6.", "\u2014", "\u2014",
     "60 credits at Level 7 (Master's level) of the University's framework, validated on 4 December 2008 "
     "(Part H).", "H"),
    ("A3 Structure", "Five days and four online modules.", "Six twilights and a portfolio.",
     "Three days.", "Four days over two terms.",
     "Twelve taught days in six blocks (Part D), two placement days, three individual tutorials and three "
     "assessed tasks, T1 to T3 (E1).", "H"),
    ("A4 Award rule", "Attendance.", "Pass the portfolio.", "Attendance.", "Attendance.",
     "Pass T1, T2 and T3 at 50 per cent each, with no compensation between tasks, and attend at least ten "
     "of the twelve taught days. Participants who pass all three tasks will have met the national minimum "
     "outcomes (Part G).", "H"),
])

doc.add_heading("Part B: Entry, prior learning and suitability", level=1)
_, brows = schedule([
    ("B1 Entry requirements", "SENCO in an Ambersham school.", "Any teacher with SEN responsibility.",
     "New SENCOs, by invitation.", "SENCO or deputy SENCO.",
     "Qualified teacher status; the school's SENCO, or designated to become SENCO within a term, in a "
     "maintained school, academy or independent school in the four authorities. The headteacher signs a "
     "nomination form committing the school to release the teacher for twelve taught days and two "
     "placement days.", "H"),
    ("B2 Readiness check", "\u2014", "Telephone call.", "\u2014", "\u2014",
     "The tutor team reads every application with the entry audit (B4). Where an applicant is unlikely to "
     "reach the outcomes within the year, the programme leader meets them, writes to the headteacher "
     "setting out what the teacher should do first (for example, a term at the authority's SENCO network "
     "with an experienced SENCO as mentor) and offers a place the following September.", "H"),
    ("B3 Safeguarding checks", "Relies on the employing school.", "Relies on the employing school.",
     "Relies on the employing school.", "Dunsby HR confirms the date of each enhanced CRB disclosure at "
     "enrolment.",
     "Each authority follows its own practice. Dunsby will continue to confirm the date of each Dunsby "
     "participant's enhanced CRB disclosure at enrolment. Ambersham, Brookfold and Coldharbour rely on the "
     "employing school's checks under Safeguarding Children and Safer Recruitment in Education (2006).",
     "L"),
    ("B4 Entry audit and learning plan", "\u2014", "Self-review sheet.", "\u2014", "\u2014",
     "Before the course every participant rates themselves against each national outcome (Part G) on a "
     "four-point scale, with evidence for the higher ratings. At the first tutorial the tutor and "
     "participant agree an Individual Learning Plan: the participant's personal set of outcome targets, "
     "the strand in Blocks 2 and 4, and the focus of the case study. The plan is reviewed at tutorials 2 "
     "and 3.", "H"),
    ("B5 Prior learning", "\u2014", "Portfolio claim (APEL) towards its Level 6 certificate.", "\u2014",
     "\u2014",
     "The University's recognition of prior learning procedure applies. Up to 30 credits may be awarded "
     "for certificated learning at Level 7 (APCL) or for experiential learning (APEL), evidenced in a "
     "portfolio mapped to the outcomes of the task claimed and assessed by two tutors. Holders of "
     "Brookfold's former certificate may use it as part of an APEL claim.", "H"),
    ("B6 Assessment-only route", "\u2014", "\u2014",
     "Advisory Teacher Accreditation: portfolio and interview, for Coldharbour's own support teachers.",
     "\u2014",
     "Not offered for the Award in 2009-10. Coldharbour's Advisory Teacher Accreditation continues for its "
     "own staff; it does not lead to the Award.", "R"),
])
# a reviewer's comment on the B6 row (not part of the submission)
b6 = brows[-1][5].paragraphs[0].runs[0]
doc.add_comment(b6, text="Could we say that the Award offers assessment-only through our accreditation? "
                "At least three of our advisory teachers would qualify straight away.",
                author="Mark Ellison (Coldharbour)", initials="ME")

doc.add_heading("Part C: Delivery and access", level=1)
schedule([
    ("C1 Intakes", "September.", "September.", "October.", "September and January.",
     "One intake, in September. Dunsby's January intake ends with the 2009 cohort.", "H"),
    ("C2 Times and places", "Days, Ambersham.", "Twilights, Brookfold.", "Days, Coldharbour.",
     "Days, Dunsby.",
     "Each taught day runs twice: as a day at the Brookfold Professional Centre and as a pair of twilights "
     "at the Coldharbour Learning Centre in the same fortnight. Participants may switch between the two "
     "session by session.", "H"),
    ("C3 Order and pace", "Fixed.", "Fixed.", "Fixed.", "Fixed.",
     "Blocks are taken in a fixed order over one year. A participant who has to pause (illness, maternity "
     "leave, a change of school) may rejoin the next cohort at the block where they stopped.", "H"),
    ("C4 Online study", "Four online modules on the Ambersham Learning Platform, each with an e-tutor "
     "and a discussion forum.", "\u2014", "\u2014", "\u2014",
     "Not carried into the Award. All teaching is face to face, and handouts are e-mailed after each "
     "session. There is no online study in the Award.", "X"),
    ("C5 Tailoring", "\u2014", "\u2014", "\u2014", "\u2014",
     "Primary, secondary and special strands in Blocks 2 and 4, chosen from the entry audits; the "
     "participant chooses the case study pupil and the T3 project; tutorials follow the learning plan; "
     "pace as C3.", "H"),
    ("C6 Fee and funding", "\u00a3350.", "\u00a3600.", "Free.", "\u00a3250.",
     "\u00a31,150. Each authority pays half the fee for SENCOs in its maintained schools. A single tutor "
     "pool replaces four course teams and saves the authorities about \u00a338,000 a year between them.",
     "H"),
    ("C7 Equality and adjustments", "\u2014", "\u2014", "\u2014", "\u2014",
     "The application form invites applicants to tell us about a disability or other need, and says "
     "why. The University's Disability Service agrees an adjustment plan with each participant who does "
     "so, covering taught sessions (materials in advance, large print, a BSL interpreter or note-taker), "
     "placements (checked with the host before the visit) and assessment (extra time, alternative "
     "formats, a recorded professional discussion). Both venues have level access, hearing loops and "
     "accessible parking. The leaflet and the nomination form carry the same statement.", "H"),
    ("C8 After the Award", "\u2014", "Information on the University's MA.", "SENCO network.",
     "SENCO network.",
     "Not part of the Award. Each authority may take up next steps with its new SENCOs through its "
     "SENCO network or its performance management advice to heads.", "L"),
    ("C9 Working with parents", "Parent Partnership twilight.", "\u2014", "Parent Partnership day.",
     "\u2014",
     "Each authority's Parent Partnership Service may offer a twilight on working with parents and carers "
     "at its own SENCO network. Not part of the Award.", "L"),
])

# ============================================================ D (portrait)
portrait()
doc.add_heading("Part D: What the Award teaches", level=1)
para("The Award's aims, as validated, are to improve the achievement and the well-being of pupils with "
     "SEN and disabilities, across all five Every Child Matters outcomes, by developing teachers who can "
     "lead and coordinate provision for them; and to give those teachers a critical knowledge of the law, "
     "research and practice on which such provision rests. Each task's marking criteria refer to the "
     "effect of the participant's work on pupils.")
para("The twelve taught days are grouped in six blocks of two days. Specialist staff from the four "
     "services teach alongside University tutors. Between blocks participants carry out short tasks in "
     "their own school, which are picked up at the start of the next block. Reading for each block is "
     "set by the University (reading list status: O, to be agreed by July 2009).")
blocks = [
    ("Block 1, Days 1 and 2: Law, policy and the five outcomes.",
     "The Education Act 1996, the Special Educational Needs and Disability Act 2001 and the SEN Code of "
     "Practice (2001): the graduated response, statutory assessment and annual reviews, and what they mean "
     "for the school and the SENCO. The Disability Discrimination Acts 1995 and 2005, the disability "
     "equality duty and accessibility planning. The Children Act 2004, Every Child Matters and Removing "
     "Barriers to Achievement: the five outcomes and the SENCO's part in helping pupils to reach them."),
    ("Block 2, Days 3 and 4: Needs and evidence.",
     "Behavioural, emotional and social difficulties; specific learning difficulties, including dyslexia; "
     "speech, language and communication needs; autistic spectrum disorders; moderate learning "
     "difficulties; how each can affect learning. Taught in strands with the educational psychology, "
     "speech and language therapy and autism teams. What research tells us about effective practice and "
     "interventions; weighing evidence; using advice from outside the school to improve your own and "
     "colleagues' practice. Writing at Master's level."),
    ("Block 3, Days 5 and 6: Pupils at the centre.",
     "Identifying pupils who may have SEN from observation, data and assessment; setting challenging "
     "targets; planning interventions and reviewing progress; using the assessments of other "
     "professionals. Listening to pupils: interviewing and surveying pupils, person-centred reviews, "
     "involving pupils in setting and reviewing their targets and provision. Building fair and respectful "
     "relationships with pupils. The other services and how to get their help: educational psychology, "
     "CAMHS, speech and language therapy, social care and voluntary organisations; CAF and the team around "
     "the child."),
    ("Block 4, Days 7 and 8: Teaching, assessment and ICT.",
     "Approaches, strategies and resources for teaching and assessing pupils with SEN, including ICT and "
     "assistive technology (with Dunsby's assistive technology service); personalising provision. Helping "
     "colleagues to develop assessment for learning with particular attention to pupils with SEN. Tracking "
     "progress with P scales, teacher assessment and Key Stage tests; RAISEonline; adjusting programmes."),
    ("Placement, two days between Blocks 3 and 4.",
     "Two days in a contrasting setting (a special school, resource base or support service) arranged by "
     "the Partnership from twenty-three hosts across the four authorities, with a host-led focus on the "
     "participant's learning plan."),
    ("Block 5, Days 9 and 10: Leading provision.",
     "Provision mapping and costing; finding provision that is missing or not working. Deploying and "
     "managing teaching assistants. Coaching, mentoring and observing colleagues and giving feedback; "
     "planning training for staff. School self-evaluation, the SEF and reviewing the effectiveness of "
     "provision with colleagues. Working with the headteacher and governors on an inclusive policy, "
     "priorities and resources; winning colleagues' commitment. Prioritising, managing the SENCO's time "
     "and delegating. Anticipating and solving problems and making decisions about provision, worked "
     "through case scenarios."),
    ("Block 6, Days 11 and 12: Presenting and keeping up to date.",
     "Presenting a case to leaders, handling questions and listening to other views; T3 presentations "
     "and professional discussions. Keeping up to date: networks, journals, national "
     "and local sources of information on SEN and disability."),
]
for lab, txt in blocks:
    runin(lab, txt)

# ============================================================ E (landscape)
landscape()
doc.add_heading("Part E: Assessment, staff and quality", level=1)
schedule([
    ("E1 Assessed tasks", "None.", "Portfolio (pass/refer).", "None.", "None.",
     "T1 Law, policy and evidence review (4,000 words), after Block 2. T2 Pupil-centred case study (5,000 "
     "words), after Block 4. T3 Leading provision: a portfolio (3,000 words) on a change "
     "to the school's provision that the participant has led and evaluated over at least a term, a "
     "20-minute presentation to the headteacher and a governor, and a 30-minute professional discussion with two tutors, in Block 6. "
     "What each task assesses is in Part G.", "H"),
    ("E2 Marking and moderation", "\u2014", "Single marking.", "\u2014", "\u2014",
     "All fails, all distinctions and a further quarter of each task are second marked by a tutor from "
     "another authority or the University. A moderation meeting of all markers precedes the Board of "
     "Examiners. The University's external examiner samples every task and reports annually.", "H"),
    ("E3 Tutors", "Ambersham advisory staff.", "Brookfold SEN team.", "Coldharbour support service.",
     "Dunsby inclusion advisers.",
     "A pool of nine tutors, led by Dr Ruth Ansell (Senior Lecturer, Westerby; former SENCO; PhD in "
     "inclusive education), including Mark Ellison (Head of SEN Support, Coldharbour; MA SEN), Priya "
     "Chandran (Senior Educational Psychologist, Brookfold), Tom Ridley (autism team leader, Ambersham; "
     "MEd) and Janet Fairclough (Inclusion Adviser, Dunsby; NPQH). All have at least five years' recent "
     "SEN work in schools and remain in post in their services. Every tutor attends a half-day induction, "
     "holds the tutor handbook and attends the standardisation session before each marking round.", "H"),
    ("E4 School mentors", "\u2014", "An experienced SENCO as mentor.", "\u2014", "The headteacher.",
     "Each authority briefs its own mentors in its own way.", "L"),
    ("E5 Specialist expertise and placements", "\u2014", "\u2014", "Visit to a special school.", "\u2014",
     "The four services' educational psychologists, speech and language therapists, autism, sensory and "
     "behaviour teams teach in Blocks 2 and 3. Two placement days in a contrasting setting arranged by the "
     "Partnership (Part D).", "H"),
    ("E6 Resources", "\u2014", "\u2014", "\u2014", "\u2014",
     "University library, SEN collection and e-journals; the four authorities' SEN resource libraries; "
     "Dunsby's assistive technology loan service (software and equipment to try in school); Coldharbour "
     "Communication and Autism Centre for Block 2.", "H"),
    ("E7 Evaluation", "End-of-course form.", "End-of-course form.", "\u2014", "End-of-course form.",
     "A short evaluation after every taught day and every placement; a questionnaire at the end of each "
     "block; the external examiner's report; the University's annual programme monitoring report. The "
     "programme leader writes an action plan each July, which the Reference Group (E8) and the Heads of "
     "Service Group agree, and the next cohort is told on Day 1 what has changed.", "H"),
    ("E8 Stakeholders in evaluation and delivery", "\u2014", "\u2014", "\u2014", "\u2014",
     "A Reference Group of four headteachers, four serving SENCOs, two representatives of the parents' "
     "forums and a former participant of Brookfold's course meets twice a year, reviews the evaluation "
     "evidence and the external examiner's report and agrees the action plan. Special schools and "
     "resource bases host placements; the four services teach.", "H"),
    ("E9 Impact on participants", "\u2014", "\u2014", "\u2014", "\u2014",
     "Participants repeat the entry audit and a ten-item confidence scale at the end of Block 6; the "
     "cohort's before-and-after results go to the Reference Group.", "H"),
    ("E10 Impact on pupils", "\u2014", "\u2014", "\u2014", "\u2014",
     "Whether, and how, the authorities' pupil-level data will be used to follow the progress of pupils "
     "with SEN in participants' schools beyond the T2 case study: to be decided by the Heads of Service "
     "Group.", "O"),
])

# ============================================================ F (portrait)
portrait()
doc.add_heading("Part F: The evidence behind the schedule", level=1)
para("In November 2008 the four services surveyed every SENCO in their maintained schools: 214 of 388 "
     "replied (55 per cent), at least 46 in each authority. Each authority's headteachers' forum discussed "
     "the proposals in December, and the parents' forums of Brookfold and Dunsby met the programme leader. "
     "The findings, and what the Group changed because of them, were these.")
for lab, txt in [
    ("Release.", "Sixty-one per cent of SENCOs said their school could not release them for more than six "
     "full days a year. The twilight pair for every day (C2) was added."),
    ("Phase.", "Secondary SENCOs, and heads in all four forums, said that courses had been \u2018primary "
     "with a secondary example\u2019. Strands in Blocks 2 and 4 (C5) were added."),
    ("Specialist settings.", "Special school heads offered to host placements if the Partnership organised "
     "them rather than individual SENCOs; the placement became a Partnership arrangement (E5)."),
    ("Pupils' voices.", "The parents' forums asked that SENCOs be taught to involve children in their own "
     "reviews. Block 3 and the pupil consultation in T2 were built from that request."),
    ("A say in the programme.", "The forums asked for a continuing role, which became the Reference Group "
     "(E8)."),
]:
    runin(lab, txt)
para("New SENCOs in the survey ranked their greatest needs as: using data and provision mapping (68 per "
     "cent), the law and statutory processes (59 per cent), managing teaching assistants (52 per cent) and "
     "knowing which service to call (47 per cent). Those needs account for Blocks 1, 3 and 5.")

# ============================================================ G (landscape)
landscape()
doc.add_heading("Part G: Outcome schedule", level=1)
para("The national minimum outcomes, in our own words. A tick in the Am, Br, Co or Du columns shows that "
     "the authority's own induction course covered the outcome in 2008-09; the ticks are there for "
     "information and are not part of the Award. \u2018Award: block\u2019 is where the Award teaches the "
     "outcome (Part D) and \u2018Award: assessed in\u2019 the task that assesses it (E1). A dash means "
     "none.", italic=True, size=9.5)
TICK = "\u2713"
G = [
    ("group", "Being: the SENCO as a professional"),
    ("G1", "Builds fair, respectful and constructive relationships with pupils with SEN and their parents "
           "or carers", TICK, "", TICK, "", "3 (pupils); C9 (parents, L)",
     "T2: work with the pupil; review meeting with the parents", "H"),
    ("G2", "Wins the commitment of colleagues, the head and senior leaders", "", "", "", "", "5",
     "T3: presentation to head and governor; their written response", "H"),
    ("G3", "Prioritises, manages time and delegates well", "", TICK, "", "", "5",
     "T3: portfolio includes a workload and delegation plan", "H"),
    ("G4", "Anticipates and solves problems; makes sound decisions about provision", "", "", "", "", "5",
     "T3: professional discussion (two scenarios)", "H"),
    ("G5", "Speaks and writes clearly; listens to and understands others' views", "", "", "", "", "2, 6",
     "T1 (writing); T3 presentation and professional discussion", "H"),
    ("G6", "Uses research and outside advice to improve own and colleagues' practice", "", TICK, "", "",
     "2", "T1: evidence review", "H"),
    ("G7", "Keeps up to date; owns their CPD on SEN and disability", TICK, TICK, TICK, TICK, "6",
     "\u2014", "H"),
    ("group", "Knowing: what the SENCO understands"),
    ("G8", "SEN law and guidance, the Code of Practice, and how to apply them in school", TICK, TICK, TICK,
     TICK, "1", "T1", "H"),
    ("G9", "Every Child Matters: the five outcomes and the SENCO's part", TICK, "", TICK, TICK, "1",
     "T2: evaluation against the five outcomes", "H"),
    ("G10", "Disability equality law and what it requires of schools", TICK, "", TICK, "", "1",
     "\u2014", "H"),
    ("G11", "How children develop, and how SEN, disability and environment affect development", "", TICK,
     "", "", "\u2014", "\u2014", "X"),
    ("G12", "The main types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on "
            "learning", TICK, TICK, TICK, TICK, "2", "T2: critical overview of the pupil's area of need", "H"),
    ("G13", "Approaches, strategies and resources, including ICT, understood critically", TICK, "", "", "",
     "4", "T2: evaluation of approaches and resources used", "H"),
    ("G14", "School self-evaluation and improvement, for pupils with SEN", "", "", "", TICK, "5",
     "T3: self-evaluation section", "H"),
    ("G15", "Best practice and research on meeting SEN", "", TICK, "", "", "2", "T1", "H"),
    ("G16", "Other services and agencies: their roles and how to get their help", TICK, TICK, TICK, TICK,
     "3", "T2: work with at least one outside service", "H"),
    ("group", "Doing: what the SENCO can do"),
    ("G17", "Shapes inclusive ethos, policy, priorities and resources with senior leaders and governors",
     "", "", "", "", "5", "T3: strategic priorities presented to head and governor", "H"),
    ("G18", "Identifies pupils who may have SEN; sets challenging targets; plans interventions; reviews "
            "progress", TICK, TICK, TICK, TICK, "3", "T2", "H"),
    ("G18a", "Uses other professionals' assessments to plan teaching", "", TICK, "", "", "3", "T2", "H"),
    ("G18b", "Uses summative data, including national tests, to track progress and change programmes",
     "", "", "", TICK, "4", "T3: data analysis", "H"),
    ("G18c", "Helps colleagues develop formative assessment, with approaches for pupils with SEN", "", "",
     "", "", "4", "\u2014", "H"),
    ("G18d", "Identifies in good time pupils' special arrangements for tests and examinations and puts "
             "them in place", TICK, "", "", TICK, "\u2014", "\u2014 (local network briefings each spring)",
     "L"),
    ("G19", "Uses provision mapping; finds ineffective or missing provision", "", "", "", TICK, "5",
     "T3: costed provision map", "H"),
    ("G20", "Deploys and manages staff well", "", "", TICK, "", "5", "T3: deployment proposal", "H"),
    ("G21", "Supports colleagues' development: observation and feedback, modelling, coaching, training",
     "", TICK, "", "", "5", "\u2014 (professional discussion topic from 2010: O)", "H"),
    ("G22", "Reviews provision with colleagues to inform the school's self-evaluation", "", "", "", "", "5",
     "T3: review with colleagues", "H"),
    ("G23", "Involves pupils in planning, agreeing, reviewing and evaluating their provision", "", "", "",
     "", "3", "T2: consultation with the pupil; the pupil's part in setting and reviewing targets", "H"),
    ("G24", "Liaises effectively with parents and carers", TICK, "", TICK, "", "C9 (L)",
     "T2: review meeting with the parents", "H"),
    ("G25", "Works in partnership with other services and voluntary organisations", TICK, TICK, TICK, "",
     "3", "T2: work with at least one outside service", "H"),
]
gt = doc.add_table(rows=1, cols=9)
gt.style = "Table Grid"
gt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(["No.", "Outcome (our wording)", "Am", "Br", "Co", "Du", "Award: block",
                       "Award: assessed in", "Code"]):
    set_cell(gt.rows[0].cells[i], h, bold=True, center=(i in (2, 3, 4, 5, 8)))
    shade(gt.rows[0].cells[i], "DDD3EE")
for row in G:
    cells = gt.add_row().cells
    if row[0] == "group":
        m = cells[0].merge(cells[8])
        set_cell(m, row[1], bold=True)
        shade(m, "EFEAF6")
        continue
    for i, v in enumerate(row):
        set_cell(cells[i], v, bold=(i == 0 or i == 8), center=(i in (2, 3, 4, 5, 6, 8)))
    if row[8] != "H":
        shade(cells[8], "F4E1C1")
GW = [Cm(1.2), Cm(8.6), Cm(0.9), Cm(0.9), Cm(0.9), Cm(0.9), Cm(2.4), Cm(8.8), Cm(1.1)]
for rw in gt.rows:
    for i, w in enumerate(GW):
        rw.cells[i].width = w

# ============================================================ H (portrait)
portrait()
doc.add_heading("Part H: The University's confirmation (extract)", level=1)
para("From a letter of 22 January 2009 from Professor Alan Whitcombe, Pro Vice-Chancellor (Academic "
     "Quality), University of Westerby, to Carol Dewhurst.", italic=True, size=9.5)
for t in [
    "I am pleased to confirm that the University's Validation Panel approved the Postgraduate Certificate "
    "in SEN Coordination (National Award) on 4 December 2008 as an award of 60 credits at Level 7 of the "
    "University's Academic Framework, for delivery with the Quadrant Partnership for Inclusion from "
    "September 2009 for an initial period of five years.",
    "The programme is subject to the University's regulations for taught postgraduate awards, including "
    "its procedure for the recognition of prior learning. There is no route to the award other than by "
    "the assessed tasks set out in the programme specification. Dr Jean Harker of the University of "
    "Tynemoor has been appointed external examiner.",
    "The collaborative provision agreement signed on 12 January 2009 sets out the responsibilities of the "
    "University and of the four authorities. The University will include the programme in its annual "
    "monitoring and periodic review.",
]:
    p = para("\u201c" + t + "\u201d")
    p.paragraph_format.left_indent = Cm(1.0)
para()
para("Carol Dewhurst, for the Heads of SEN and Inclusion Group, Quadrant Partnership for Inclusion",
     size=9.5)

doc.save(OUT)
print("wrote", OUT)
