"""Build ec-01-sedgecombe-staffing-consultation.docx (blind test application).

KIND OF DOCUMENT
  A staffing restructure consultation document: the paper a school federation
  issues to its staff and the recognised trade unions when it proposes new
  posts (here, the posts needed to run the National Award). It was sent to the
  TDA as the application, with a short boxed note to the panel on the first
  page, because it holds the fullest account of the programme.

PROVIDER (invented)
  The Sedgecombe Federation: five schools under one governing body and one
  Executive Headteacher (Mrs Helen Marchbank): Sedgecombe Infant, Sedgecombe
  Junior, Pellow Infant, Pellow Junior and Nethercote Infant (Nethercote feeds
  Pellow Junior). Partner university: the University of Aldbridge, School of
  Education (validation event 11 February 2009). Local authority: Cheswold
  County Council (SEN and Inclusion Service, EP service, Parent Partnership).
  Programme leader: Mrs Ruth Adeyemi, Federation Inclusion Manager, to become
  Director of the "Sedgecombe Centre for SEN Leadership". Award: Postgraduate
  Certificate in Special Educational Needs Coordination (National Award for
  SEN Coordination), 60 credits at Level 7, three 20-credit modules, Tasks
  1-3 plus a formative Learning Journal. Face to face only.

LAYOUT
  - Header "THE SEDGECOMBE FEDERATION - Staffing Committee paper SC/09/04 -
    CONSULTATION DOCUMENT - CONFIDENTIAL TO STAFF AND RECOGNISED UNIONS";
    footer with the issue and closing dates and a safer-recruitment line
    (header and footer are never evidence).
  - Title block (bold centred Normal paragraphs), then a one-cell shaded box
    "Note for the TDA approval panel".
  - A typed contents list, then Heading 1 sections "1." to "13." with typed
    numbers, some Heading 2 sub-sections ("3.1", "3.2", "3.3", "7.1"-"7.4",
    "9.1"-"9.4") whose numbers collide with requirement ids but are about
    other things (3.3 "Our partners" is not e-learning; 9.4 is an equality
    impact assessment of the restructure on staff).
  - Tables: the structure now; the proposed structure with a Status column
    ("Unchanged", "Amended", "New", "New - subject to consultation") and a
    placeholder "[Grade to be confirmed following job evaluation]"; a
    consultation timetable; a study-day table in Appendix A.
  - Section 12 "Questions from the staff briefings" as bold Q / plain A.
  - Appendix A "The programme in outline" with run-in bold paragraph heads
    typed "A1." to "A14." that collide with the outcome codes 6.A1-6.A7 (A5 is
    APL, A7 the study days, and so on).
  - Appendix B: the national outcomes in the Federation's own short words,
    no codes, three columns (outcome / study day(s) / assessed in), merged
    group rows, cells "Learning Journal (formative only)", "Task 2 (optional
    section)", "Task 3 (junior-school participants only, if chosen as the
    Task 3 focus)"; two numbered notes under it.
  - Appendix C: the blank consultation response form (prompts, tick boxes,
    empty answer boxes: never evidence).
  - Three Word comments (never evidence).

TRAPS (requirement ids affected)
  - 1.9, 6.0  The Executive Headteacher's foreword claims "every one of the
    national outcomes is taught and assessed on our programme"; the award rule
    (A9: pass all three tasks at 40 per cent, 80 per cent attendance) does not
    secure outcomes found only in the formative Learning Journal, optional
    sections or nowhere. -> partially_met.
  - 1.5, 6.S7  Pupil voice is only "a shorter input" on Day 6 (the day is
    mainly about parents); in Task 2 the child's views are an optional section,
    and for Reception and Key Stage 1 children the parent's account may replace
    them. -> partially_met both.
  - 2.3  Past arrangement: in the 2007-08 pilot two LA support-service
    teachers were assessed on a portfolio alone; "That arrangement ended with
    the pilot". In Section 12 a staff question about it is answered at length
    and the negation comes only at the end ("is not something we will be
    offering"). Footer and Appendix A say nothing more. -> not_met.
  - 2.5  Only an introduction to the University's MA on Day 10 and
    encouragement to "keep going" (A14); no targets or planning. -> partially_met.
  - 3.1  Wrong context: 9.4 is an equality impact assessment of the
    restructure on staff, with reasonable adjustments to the staff selection
    process. For participants there is only level access, the Federation's
    equality scheme "applies to everyone who learns with us", and handouts in
    large print on request (A6); no invitation to disclose, nothing on
    adjustments in assessment. -> partially_met.
  - 3.2  One intake each September (a January start "not in the first
    year"), fixed Thursday study days; the only flexibility is spreading
    Modules 2 and 3 over a second year with the Director's agreement.
    -> partially_met.
  - 3.3  No e-learning: Section 12 says the award "will be taught face to
    face, with materials emailed after each study day"; SedgeNet is licensed
    only for Federation pupils and staff. Heading "3.3 Our partners" is a
    numbering collision. -> not_applicable.
  - 4.3  Stakeholders teach, host visits and mentor (delivery), but their
    part in evaluation is only past (the pilot's review panel had a parent
    governor and two heads) or hoped for ("We would like heads and a parent
    representative to join..."); a comment says the University agrees heads
    can sit on the Programme Committee (comment: not evidence). -> partially_met.
  - 5.3  Section 12: other schools' participants "are all serving teachers,
    so their own schools will have carried out CRB checks when they were
    appointed. We do not plan to ask for anything further." CRB checks that
    are described are on staff appointed to the new posts (Section 8, 7.4
    single central record, footer). A comment suggests asking heads to
    confirm the CRB date (comment: not evidence). -> not_met.
  - 5.4  The Director is fully described, but the University link tutor is
    "[name to be confirmed by the University]" and the three associate tutors
    are still to be appointed through this process; only a person
    specification is given. -> partially_met.
  - 5.7  Associate tutors: a two-day University induction and a
    standardisation meeting before each round of marking (concrete). Mentors:
    the briefing and visit happen only "If this post is confirmed"; otherwise
    the Mentor Guide is posted. -> partially_met.
  - 6.A3, 6.A7, 6.K9, 6.S5, 6.S9  Taught on named study days, assessed only
    in the Learning Journal, "formative only". -> partially_met.
  - 6.S2d  Taught on Day 8, assessed only if a junior-school participant
    chooses it as the Task 3 focus (optional). -> partially_met.
  - 6.A4  Not addressed anywhere (no row in Appendix B). -> not_met.
  - 6.S2c  Formative assessment / encouraging colleagues is not addressed:
    the identification row lists only the other three sub-points. -> not_met.
  - 6.K4  Negation: note 2 under Appendix B says child development is not
    taught as a separate topic and is not assessed; a comment from the
    University panel asks whether a session could be added (comment: not
    evidence). -> not_met.
  - Header/footer: the footer's "All appointments are subject to an enhanced
    CRB disclosure" is both outside the submission and about staff (5.3).
  - Appendix C prompts ("Please tell us about any adjustments you would
    need...") are the form's questions to staff, never evidence (3.1).
  Met in unusual places:
  - E.1, E.2  The note to the panel and 3.3 "Our partners", A1.
  - 2.1  A5 (APCL up to 20 credits; APEL portfolio for Module 1, fee).
  - 2.2  A4 Starting Point self-audit and Personal Learning Plan.
  - 2.4  A4 strands and tutorial focus, and Section 10 money (fee below the
    University's usual fee, LA bursary, break-even).
  - 4.1, 4.2  A12: heads' survey (16 of 19), LA figures, Parent Partnership
    views, and the three changes they produced.
  - 5.1, 5.9  A13 (internal and external evaluation; audit repeated on Day
    10; baseline and end measures in Task 2; heads' questionnaire).
  - 5.8  A10 (second marking of fails, distinctions and a 20 per cent sample,
    standardisation, external examiner).
  - 6.K3  Task 1 includes the accessibility plan and disability equality
    scheme (A9; Appendix B).
  - Outcomes met through Appendix B plus the task descriptions in A9:
    A1, A2, A5, A6, K1, K2, K3, K5, K6, K7, K8, S1, S2, S2a, S2b, S3, S4,
    S6, S8.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ec-01-sedgecombe-staffing-consultation"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(6)
for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    hp = s.header.paragraphs[0]
    hr = hp.add_run("THE SEDGECOMBE FEDERATION \u2013 Staffing Committee paper SC/09/04 \u2013 "
                    "CONSULTATION DOCUMENT \u2013 CONFIDENTIAL TO STAFF AND RECOGNISED UNIONS")
    hr.font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fr = fp.add_run("Issued 2 March 2009 \u00b7 Consultation closes 3 April 2009 \u00b7 "
                    "All appointments are subject to an enhanced CRB disclosure and the "
                    "Federation's Safer Recruitment procedures")
    fr.font.size = Pt(8)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def runin(head, text):
    """Bold run-in head followed by plain text in one paragraph."""
    p = doc.add_paragraph()
    r = p.add_run(head + " ")
    r.bold = True
    last = p.add_run(text)
    return p, last


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def table(rows, widths=None, header=True, style="Table Grid", size=9.5):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = ""
            p = cells[j].paragraphs[0]
            r = p.add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(cells[j], "D9E2F3")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ title block
para("THE SEDGECOMBE FEDERATION", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Sedgecombe Infant School \u00b7 Sedgecombe Junior School \u00b7 Pellow Infant School \u00b7 "
     "Pellow Junior School \u00b7 Nethercote Infant School", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Executive Headteacher: Mrs Helen Marchbank \u00b7 Federation Office, Sedgecombe Junior School, "
     "Church Lane, Sedgecombe", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
para()
para("ESTABLISHING THE SEDGECOMBE CENTRE FOR SEN LEADERSHIP", bold=True, size=14,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Proposals for consultation with staff and recognised trade unions", bold=True, size=12,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Consultation period: Monday 2 March to Friday 3 April 2009", align=WD_ALIGN_PARAGRAPH.CENTER)
para()

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.rows[0].cells[0]
shade(c, "FFF2CC")
c.paragraphs[0].add_run("Note for the TDA approval panel").bold = True
for t in [
    "This is the document we issued to every member of Federation staff, and to the NUT, NASUWT, "
    "ATL, NAHT and UNISON, on 2 March 2009. It sets out how the Federation, with the University of "
    "Aldbridge, proposes to run the National Award for SEN Coordination from September 2009, and the "
    "posts we need in order to run it. It is the fullest account of the programme that we have, so "
    "we submit it as our application, unchanged except for this note.",
    "The University of Aldbridge validated the programme as a Postgraduate Certificate of 60 credits "
    "at Level 7 on 11 February 2009; its two conditions were met on 26 February. Appendix A (the "
    "programme in outline) and Appendix B (the national outcomes) are the versions agreed at "
    "validation. The staffing proposals in Sections 5 to 8 remain subject to consultation and to the "
    "decision of the Governing Body's Staffing Committee on 23 April 2009.",
    "Helen Marchbank, Executive Headteacher",
]:
    c.add_paragraph(t)
doc.add_paragraph()

para("Contents", bold=True)
for t in ["1. A word from the Executive Headteacher", "2. Why we are consulting", "3. Background",
          "4. What the Centre will do", "5. Our structure now", "6. The proposed structure",
          "7. The new and amended roles", "8. How the posts will be filled",
          "9. What this means for colleagues", "10. The money", "11. Timetable",
          "12. Questions from the staff briefings", "13. How to respond",
          "Appendix A  The programme in outline", "Appendix B  The national outcomes: where we teach "
          "and assess them", "Appendix C  Consultation response form"]:
    para(t)

# ------------------------------------------------------------------ 1
doc.add_heading("1. A word from the Executive Headteacher", level=1)
for t in [
    "Dear colleagues,",
    "Two years ago, when our five governing bodies became one, we promised each other that "
    "federation would mean more than a shared budget and a shared headteacher. It would mean that a "
    "child at Nethercote had the same chance as a child at Sedgecombe, and that what one of our "
    "schools did well, all five would learn from. Nowhere has that been truer than in special "
    "educational needs. Ruth Adeyemi's work as Federation Inclusion Manager, with the five school SEN "
    "leads, has given us a provision map we are proud of and, last year, a SENCO Network course that "
    "sixteen teachers from our own and neighbouring schools finished.",
    "From September 2009 every teacher new to the SENCO role will need to gain the National Award for "
    "SEN Coordination. Our neighbouring heads have asked us, more than once, whether the Federation "
    "would offer it. With the University of Aldbridge as our validating partner, we believe we can, "
    "and that we can do it well. The University's panel told us that our map of the national outcomes "
    "was one of the most complete they had seen: every one of the national outcomes is taught and "
    "assessed on our programme.",
    "Running a postgraduate course is a new thing for a federation of infant and junior schools, and "
    "it needs people. This document sets out the posts we propose, how they would be filled and what "
    "the change would mean for you. No one's job is at risk. Nothing is decided until the Staffing "
    "Committee has read every response. Please read it, come to the meetings, and tell us what you "
    "think.",
    "Helen Marchbank",
]:
    para(t)

# ------------------------------------------------------------------ 2
doc.add_heading("2. Why we are consulting", level=1)
for t in [
    "The Federation's Restructuring Policy (adopted by the Governing Body in September 2007) says that "
    "where we propose new posts, or changes to existing job descriptions, we consult all staff and the "
    "recognised trade unions for at least thirty days before the Staffing Committee decides. These "
    "proposals create five new posts, amend one job description and change the duties of the five "
    "school SEN leads slightly. No post is deleted and no one's pay is reduced.",
    "Sections 3 and 4 explain why we are proposing the Centre. Sections 5 to 8 set out the staffing. "
    "Section 9 covers workload, cover, pay and equality for staff. Sections 10 and 11 cover money and "
    "dates. Appendix A describes the programme itself, for those who want the detail, and Appendix B "
    "shows where each national outcome is taught and assessed.",
]:
    para(t)

# ------------------------------------------------------------------ 3
doc.add_heading("3. Background", level=1)
doc.add_heading("3.1 The National Award", level=2)
para("Since the SENCO Regulations of 2008 a school's SENCO must be a qualified teacher, and the "
     "Government has said that from 1 September 2009 every teacher new to the role will be required to "
     "gain a nationally approved award within three years. The Training and Development Agency for "
     "Schools (TDA) approves the providers. Approved programmes must be validated by a university at "
     "master's level and must assess every participant against a set of national minimum outcomes.")
doc.add_heading("3.2 Our pilot: the Sedgecombe SENCO Network course, 2007-08", level=2)
for t in [
    "In 2007-08 Ruth ran a ten-session twilight course for SENCOs from the Federation and from eleven "
    "schools in the Sedgecombe and Pellow cluster. It was not accredited. Participants kept a portfolio "
    "and received a Federation certificate. Each term a review panel (a parent governor, two heads from "
    "outside the Federation and Ruth) read a sample of portfolios and heard from participants about "
    "what had changed in their schools.",
    "Two experienced teachers from the County's learning support service joined late in the year and "
    "were assessed on a portfolio alone, without attending the sessions. That arrangement ended with "
    "the pilot.",
    "What participants told us at the end of the pilot has shaped the programme in Appendix A: they "
    "wanted fewer, longer sessions in school time rather than twilights, more on data and provision "
    "mapping, and a tutor who would come to their school.",
]:
    para(t)
doc.add_heading("3.3 Our partners", level=2)
for t in [
    "The University of Aldbridge, School of Education, validated the programme on 11 February 2009 as "
    "the Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
    "Coordination): 60 credits at Level 7 (master's level) of the University's framework, made up of "
    "three modules of 20 credits. The University registers participants as its students, holds the "
    "marks, runs the Board of Examiners and makes the award.",
    "Cheswold County Council's SEN and Inclusion Service, Educational Psychology Service and Parent "
    "Partnership Service will each teach on the programme (Appendix A, A7). Ravenhill School, the "
    "County's special school for pupils with severe and complex learning difficulties, will host "
    "visits.",
]:
    para(t)

# ------------------------------------------------------------------ 4
doc.add_heading("4. What the Centre will do", level=1)
for t in [
    "The Sedgecombe Centre for SEN Leadership would be the part of the Federation that runs the "
    "National Award, and, in time, other training for SENCOs and teaching assistants in the area. In "
    "its first year it would teach one cohort of up to 24 participants: SENCOs from our own five "
    "schools, from the cluster, and from any other school that nominates a teacher.",
    "Study days would take place on Thursdays in the training room at Pellow Junior School (the 2006 "
    "extension, ground floor, with its own entrance) and, for two library sessions, at the "
    "University's Cheswold campus. Tutors would visit participants in their own schools for "
    "tutorials. The programme, as validated, is described in Appendix A.",
]:
    para(t)

# ------------------------------------------------------------------ 5
doc.add_heading("5. Our structure now", level=1)
table([
    ["Post", "Holder", "Base", "Pay", "Hours"],
    ["Executive Headteacher", "HM", "Federation", "Leadership range", "1.0"],
    ["Head of School (x3)", "three post-holders", "Sedgecombe; Pellow; Nethercote", "Leadership range", "1.0"],
    ["Federation Inclusion Manager", "RA", "Sedgecombe Junior", "UPS3 + TLR1b", "1.0"],
    ["School SEN lead (one per school)", "five teachers", "each school", "TLR2a", "within teaching post"],
    ["HLTA (SEN)", "three post-holders", "Pellow Infant; Pellow Junior; Sedgecombe Infant", "HLTA grade", "32.5 hrs, term time"],
    ["Federation Business Manager", "KD", "Federation Office", "Scale SO2", "37 hrs"],
], widths=[4.5, 3, 4.2, 2.8, 2.5])

# ------------------------------------------------------------------ 6
doc.add_heading("6. The proposed structure", level=1)
para("Only the posts that would change are shown. All other posts are unchanged.")
table([
    ["Post", "FTE / hours", "Pay", "Line manager", "Status"],
    ["Director, Sedgecombe Centre for SEN Leadership (0.5) and Federation Inclusion Manager (0.5)",
     "1.0", "UPS3 + TLR1b (unchanged)", "Executive Headteacher", "Amended"],
    ["Associate Tutor (three posts)", "0.1 each, released from teaching", "TLR2b for the duration",
     "Director", "New \u2013 subject to consultation"],
    ["Mentor Coordinator", "0.1", "TLR2a", "Director", "New \u2013 subject to consultation"],
    ["Programme Administrator", "18.5 hrs, term time plus two weeks",
     "[Grade to be confirmed following job evaluation]", "Federation Business Manager", "New"],
    ["Teacher, Sedgecombe Junior (fixed term, to release the Director)", "0.5", "MPS/UPS",
     "Head of School", "New"],
    ["School SEN lead (one per school)", "within teaching post", "TLR2a (unchanged)",
     "Federation Inclusion Manager", "Amended: duties in 7.5"],
], widths=[5.5, 2.8, 3.2, 2.8, 2.7])

# ------------------------------------------------------------------ 7
doc.add_heading("7. The new and amended roles", level=1)
doc.add_heading("7.1 Director of the Centre", level=2)
for t in [
    "The Director would lead the programme with the University link tutor: planning and teaching six "
    "of the ten study days, leading one tutorial group, first-marking about a third of the assessed "
    "tasks, chairing the termly Programme Committee, attending the University's Board of Examiners and "
    "writing the annual monitoring report for the University and for our Governing Body.",
    "We propose that Ruth Adeyemi takes this post by assimilation, as it grows from her present job. "
    "Ruth has been a SENCO for twelve years, in infant, junior and primary schools, and an advisory "
    "teacher for specific learning difficulties with the County for three. She holds an MA in Special "
    "and Inclusive Education from the University of Aldbridge (2004), chairs the Cheswold SENCO Forum, "
    "and in 2008 led the County's roll-out of the Inclusion Development Programme materials on "
    "dyslexia and on speech, language and communication needs.",
    "The University will allocate a link tutor from its Inclusion team [name to be confirmed by the "
    "University], who will teach two study days, second-mark and present the marks to the Board of "
    "Examiners.",
]:
    para(t)
doc.add_heading("7.2 Associate Tutors", level=2)
for t in [
    "Each Associate Tutor would lead a tutorial group of eight participants (three tutorials a year, at "
    "the participant's school), teach the parts of study days that match their expertise and first-mark "
    "their group's tasks. We are looking for qualified teachers with experience of leading SEN provision "
    "and a master's qualification, or substantial progress towards one. The posts would be open to "
    "teachers across the Federation by expression of interest (Section 8).",
    "Every Associate Tutor will attend the University's two-day Associate Tutor Induction in July 2009, "
    "which covers marking at Level 7, the programme's assessment criteria, academic misconduct and the "
    "University's library, and will take part in a standardisation meeting with the Director and the "
    "link tutor before each round of marking.",
]:
    para(t)
doc.add_heading("7.3 Mentor Coordinator", level=2)
for t in [
    "Every participant has a school-based mentor: a member of their own school's leadership team, "
    "named by the head on the nomination form. If this post is confirmed, the Mentor Coordinator will "
    "run a half-day mentor briefing each September, visit each mentor once during the year and keep in "
    "touch by telephone. If it is not confirmed, the Director will send mentors the Mentor Guide by post.",
    "This is the post that has drawn most comment so far (Section 12), and we are genuinely open to "
    "other ways of doing it.",
]:
    para(t)
doc.add_heading("7.4 Programme Administrator", level=2)
para("The Administrator would handle enquiries, applications and enrolment with the University, book "
     "rooms and speakers, keep attendance and marks records, send out materials after each study day "
     "and keep the Centre's entries on the Federation's single central record for everyone who works at "
     "the Centre, including visiting speakers.")
doc.add_heading("7.5 School SEN leads", level=2)
para("The five school SEN leads would take on a small amount of extra work: hosting one visit a year by "
     "a participant from another school, and contributing a case example to a study day. Their TLR is "
     "unchanged.")

# ------------------------------------------------------------------ 8
doc.add_heading("8. How the posts will be filled", level=1)
for t in [
    "The Associate Tutor and Mentor Coordinator posts would be ring-fenced to teachers employed by the "
    "Federation. Colleagues would be invited to express interest by 24 April 2009, with a short letter "
    "against the person specification, and shortlisted colleagues interviewed by the Executive "
    "Headteacher, the Director and a governor in the week of 5 May. The Administrator post would be "
    "advertised externally if no internal candidate is appointed.",
    "All appointments would follow the Federation's Safer Recruitment procedures. Colleagues already "
    "employed by the Federation have a current enhanced CRB disclosure on our single central record; "
    "an external appointee would need a new one before starting.",
]:
    para(t)

# ------------------------------------------------------------------ 9
doc.add_heading("9. What this means for colleagues", level=1)
doc.add_heading("9.1 Workload and PPA", level=2)
para("Associate Tutors would be released for half a day a week, timetabled so that planning, "
     "preparation and assessment time is not touched. Marking falls in January, April and July; the "
     "Director would agree the dates with each Head of School so that they do not clash with reports or "
     "parents' evenings.")
doc.add_heading("9.2 Cover", level=2)
para("Release time would be covered by the fixed-term teacher at Sedgecombe Junior and by our own "
     "HLTAs under the existing cover arrangements, not by other teachers. The Centre's income pays for "
     "this cover (Section 10).")
doc.add_heading("9.3 Pay", level=2)
para("The TLRs would be paid for the duration of the role. If a colleague's Associate Tutor role ends, "
     "the TLR ends with it; this is a fixed-term responsibility, so pay protection would not apply.")
doc.add_heading("9.4 Equality impact", level=2)
for t in [
    "We have carried out an equality impact assessment of these proposals as they affect staff. No "
    "group of staff defined by gender, race, disability, age, religion or belief or sexual orientation "
    "would be disadvantaged. Part-time colleagues may apply for the new posts and the release time "
    "would be pro rata. We will make reasonable adjustments to the selection process for any colleague "
    "who asks for them, and will meet any colleague who wishes to discuss the assessment.",
]:
    para(t)

# ------------------------------------------------------------------ 10
doc.add_heading("10. The money", level=1)
for t in [
    "The fee for the full award would be \u00a31,450 per participant, against the University's usual "
    "fee of \u00a32,100 for a 60-credit postgraduate certificate. Cheswold County Council has agreed to "
    "pay a bursary of \u00a3500 towards the fee for each SENCO from a Cheswold maintained school, so "
    "most schools would pay \u00a3950. The Federation's own SENCOs would pay nothing: their places are met "
    "from the Federation's CPD budget.",
    "The University keeps 30 per cent of each fee for registration, library access, the external "
    "examiner and the award. With the remaining 70 per cent, the Centre breaks even at 18 participants, "
    "covering the Director's 0.5, the Associate Tutor and Mentor Coordinator release, the Administrator, "
    "the fixed-term teacher, speakers and materials. Sharing a room, a business manager and a data "
    "manager with five schools is what keeps the fee low.",
]:
    para(t)

# ------------------------------------------------------------------ 11
doc.add_heading("11. Timetable", level=1)
table([
    ["Date", "What happens"],
    ["Mon 2 March 2009", "Consultation opens; this document issued"],
    ["Thu 5 March", "Staff meetings in each of the five schools (Helen and Ruth)"],
    ["Thu 12 March", "Meeting with union representatives"],
    ["Fri 3 April", "Consultation closes"],
    ["Thu 23 April", "Staffing Committee considers responses and decides"],
    ["Fri 24 April", "Expressions of interest invited (if the proposals go ahead)"],
    ["w/c 5 May", "Interviews"],
    ["July", "Associate Tutor induction at the University"],
    ["Thu 24 September", "First study day"],
], widths=[4, 12])

# ------------------------------------------------------------------ 12
doc.add_heading("12. Questions from the staff briefings", level=1)
para("Helen and Ruth held an early briefing in each school on 26 February. These are the questions we "
     "were asked most often, with our answers.")


def qa(q, a):
    p = doc.add_paragraph()
    p.add_run("Q: " + q).bold = True
    p2 = doc.add_paragraph()
    r = p2.add_run("A: " + a)
    return r


qa("Will I have to teach adults?",
   "Only if you apply for one of the posts. School SEN leads will host a visit and give one case "
   "example a year; nothing more.")
qa("Will children lose their teachers on Thursdays?",
   "The fixed-term teacher and our HLTAs would cover release. No class would have more than one session "
   "a week with someone other than their own teacher because of the Centre.")
r_aor = qa(
    "My friend at the County's support service has been doing this work for years. Could she be "
    "assessed without doing the course, like the two colleagues in the pilot?",
    "We understand why people ask, and we looked hard at it. In the pilot it suited two very "
    "experienced people, and both went on to use what they learned. The University's regulations for "
    "a postgraduate certificate require registration on taught modules, the national outcomes are "
    "demanding, and we want everyone who holds an award from us to have had the same tutorials and "
    "feedback. Experienced colleagues can claim credit for prior learning (Appendix A, A5). But a "
    "route to the award by assessment alone, for 2009-10 and for the foreseeable future, is not "
    "something we will be offering.")
qa("Why not put it online, like the children's homework on SedgeNet?",
   "SedgeNet is licensed only for Federation pupils and staff. We looked at an online version and "
   "decided against it for now: the Award will be taught face to face, with materials emailed after "
   "each study day.")
qa("Will there be a January start?",
   "Not in the first year. We will run one cohort, starting each September, and see how it goes.")
r_crb = qa(
    "Will participants from other schools be checked, like we are?",
    "They are all serving teachers, so their own schools will have carried out CRB checks when they "
    "were appointed. We do not plan to ask for anything further.")
qa("What happens to participants after the course?",
   "They will be qualified SENCOs. The University will introduce its MA on the last study day "
   "(Appendix A, A14).")

# ------------------------------------------------------------------ 13
doc.add_heading("13. How to respond", level=1)
para("Please use the form in Appendix C, or write to Kate Dunning, Federation Business Manager, at the "
     "Federation Office, or email the consultation address (consult@sedgecombe.cheswold.sch.uk) by "
     "4 pm on Friday 3 April 2009. You may also respond through your union representative. Every "
     "response will be read by the Staffing Committee. We will publish a summary of responses, without "
     "names, and the Committee's decision, by 30 April 2009.")

# ------------------------------------------------------------------ Appendix A
doc.add_page_break()
doc.add_heading("Appendix A  The programme in outline", level=1)
para("As agreed with the University of Aldbridge at the validation event of 11 February 2009.",
     italic=True)

runin("A1. The award.",
      "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
      "Coordination), 60 credits at Level 7 of the University of Aldbridge's framework. Three modules "
      "of 20 credits: EDU7SC1 The SENCO, the Law and Inclusion; EDU7SC2 The Child at the Centre; "
      "EDU7SC3 Leading Provision. The 60 credits count towards the University's MA in Inclusive "
      "Education.")
runin("A2. What the programme is for.",
      "The programme's first aim is that pupils with SEN and/or disabilities in participants' schools "
      "make better progress and are healthier, safer, happier and more involved in the life of their "
      "school: the five Every Child Matters outcomes, not test results alone. Its second aim is to give "
      "teachers new to the SENCO role the knowledge, skills and confidence to lead that provision with "
      "their colleagues and senior leaders, with parents and carers, and with other services. Every "
      "task is set in the participant's own school, and Task 2 asks each participant to show, with "
      "measures taken before and after, what difference their work made for one child.")
runin("A3. Who can apply, and how we select.",
      "Applicants must hold qualified teacher status and be in post as a SENCO, or have been "
      "designated by their headteacher to take up the role by September 2009. The headteacher "
      "completes a nomination form which agrees release for the ten study days and names a "
      "school-based mentor from the leadership team. The applicant writes a personal statement and "
      "completes the Starting Point self-audit (A4), then has a thirty-minute conversation with the "
      "Director or an Associate Tutor, who uses the audit to judge whether the applicant is ready to "
      "meet the outcomes within the year. Anyone who is not yet ready receives a letter setting out "
      "what to do first, usually a year in the role with the support of the Cheswold SENCO Forum, and "
      "the Director telephones their headteacher to talk it through. They are welcome to apply again.")
runin("A4. Starting Point self-audit and Personal Learning Plan.",
      "Before the conversation, each applicant rates themselves from 1 (new to this) to 4 (confident "
      "and can show evidence) against every national outcome, with a prompt for examples. At the first "
      "tutorial, in October, the participant and their tutor agree a Personal Learning Plan: five or six "
      "outcomes the participant will make their priorities, the optional visit they will make, and the "
      "focus of Task 2. The plan is reviewed at the second and third tutorials. Study days 4 and 5 run "
      "in two strands, one for participants from nursery, infant and first schools and one for junior, "
      "primary and secondary, and tutorials are built around each participant's own school.")
runin("A5. Credit for what you already know.",
      "Under the University's regulations for the accreditation of prior learning, a participant who "
      "has passed a Level 7 module in special educational needs in the last five years may claim up to "
      "20 credits (Module EDU7SC1) by accreditation of prior certificated learning, mapped against the "
      "module's outcomes. A participant with substantial experience of leading SEN provision may instead "
      "claim Module EDU7SC1 by accreditation of prior experiential learning, through a portfolio "
      "assessed by the Director and the University link tutor (fee \u00a3150). Claims are made at "
      "enrolment and decided by the University's APL panel before the first study day.")
runin("A6. The shape of the year.",
      "Ten study days on Thursdays, 9.15 to 3.30, from September to June; three individual tutorials of "
      "45 minutes at the participant's school; two half-day visits; and directed tasks in school between "
      "study days. There is one intake each September. Participants normally complete in one year; with "
      "the Director's agreement, Modules EDU7SC2 and EDU7SC3 may be spread into a second year. The "
      "training room at Pellow Junior has level access and an accessible toilet, and handouts are "
      "available in large print on request. The Federation's Equality Scheme applies to everyone who "
      "learns with us.")
runin("A7. The study days.", "")
table([
    ["Day", "Date", "What we cover", "Led by"],
    ["1", "24 Sep 2009", "The SENCO and the five outcomes: Every Child Matters and what being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and economic well-being mean "
     "for a child with SEN; Removing Barriers to Achievement (2004); the SENCO's role in the Code of "
     "Practice (5.30); using research and outside advice; the tasks", "Director; University link tutor"],
    ["2", "8 Oct", "SEN law and the Code of Practice: the Education Act 1996, SENDA 2001 and the SEN Code "
     "of Practice (2001); the graduated response, statutory assessment and annual reviews; what the Code "
     "means in a small infant school", "Director; County SEN Casework Manager"],
    ["3", "5 Nov", "Disability equality: the DDA 1995 and 2005, the disability equality duty, "
     "accessibility plans and reasonable adjustments for pupils", "Director"],
    ["4", "26 Nov", "Areas of need I (two strands): speech, language and communication (the Bercow "
     "Review, 2008); autistic spectrum disorders; dyslexia and specific learning difficulties",
     "County speech and language therapist; advisory teachers"],
    ["5", "14 Jan 2010", "Areas of need II (two strands): behavioural, emotional and social difficulties; "
     "moderate learning difficulties; using assessments from other professionals",
     "Educational psychologist"],
    ["6", "4 Feb", "Working with families: building relationships with parents and carers, difficult "
     "conversations, annual reviews that parents find useful; a parent's view. A shorter input on the "
     "voice of the young child.", "Parent Partnership Officer; a parent"],
    ["7", "4 Mar", "Teaching, learning and ICT: personalised learning and the three waves; judging the "
     "evidence for interventions (Brooks, 2007); ICT to remove barriers (Clicker 5, Communicate: In "
     "Print, talking books). Working with health, social care and voluntary organisations; the CAF",
     "Associate Tutors; a CAF coordinator"],
    ["8", "25 Mar", "Data, tracking and self-evaluation: the Foundation Stage Profile, P scales, Key "
     "Stage 1 assessments and Key Stage 2 tests; RAISEonline; the SEF and SEN; reviewing provision "
     "with class teachers and TAs; access arrangements for Key Stage 2 tests", "Director; Federation data manager"],
    ["9", "29 Apr", "Leading provision: provision mapping and costing; deploying and managing teaching "
     "assistants; coaching and modelling for colleagues; the SENCO's workload, priorities and "
     "delegation", "Director; University link tutor"],
    ["10", "17 Jun", "Task 3 presentations; the Starting Point audit again; what next", "All tutors"],
], widths=[1.1, 2.2, 9.5, 3.6], size=9)
para("Visits (two half days, chosen in the Personal Learning Plan): the Speech and Language Resource "
     "Base at Pellow Junior School; Ravenhill School; or a County SEN panel meeting as an observer.")
runin("A8. Research and inspection evidence.",
      "Each study day has a short reading list, sent out a fortnight before. The core texts include "
      "Ofsted (2004) Special educational needs and disability: towards inclusive schools; Ofsted (2006) "
      "Inclusion: does it matter where pupils are taught?; the Bercow Review of services for children "
      "and young people with speech, language and communication needs (2008); the first findings of the "
      "Deployment and Impact of Support Staff project (2008); Brooks (2007) What works for pupils with "
      "literacy difficulties?; and the Inclusion Development Programme materials (2008). The Lamb "
      "Inquiry into parental confidence is under way and we will add its findings when they appear.")
runin("A9. How participants are assessed.",
      "Each module is assessed by one task. Each task must be passed at 40 per cent; all three must be "
      "passed, and participants must attend at least 80 per cent of the study days. The University's "
      "Board of Examiners confirms the award.")
for head, text in [
    ("Task 1: Policy into practice (Module EDU7SC1; 4,000 words).",
     "A critical review of how the participant's school's SEN policy and practice measure up to SEN "
     "law and the Code of Practice, and to disability equality law, including the school's "
     "accessibility plan and disability equality scheme, with recommendations. The participant must "
     "draw on research, inspection evidence and advice from outside the school. Marked for accurate "
     "knowledge of the law and the Code and what they require of the school; knowledge of the "
     "disability duties and the actions they require; critical use of research and best practice; "
     "and clear, well-organised writing."),
    ("Task 2: The child at the centre (Module EDU7SC2; 4,000 words plus appendices).",
     "A study of one pupil. The participant identifies the pupil's needs using observation, the "
     "school's data and reports from other professionals, and sets those needs against a critical "
     "account of the main types of SEN (behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic "
     "spectrum disorders and moderate learning difficulties). They set challenging targets, plan and "
     "deliver an intervention of six to ten weeks with baseline and end measures, review it, and "
     "evaluate the approaches and resources used, including ICT. They meet the parents or carers at "
     "least once (notes appended), explain how they built a working relationship with the child and "
     "the family, and evaluate the outcome against the five Every Child Matters outcomes. An optional "
     "section gives the child's own views of the targets and provision; for children in Reception and "
     "Key Stage 1 the parent's account may be used instead."),
    ("Task 3: Leading provision (Module EDU7SC3; 3,000 words and a 15-minute presentation).",
     "The participant analyses their school's data for pupils with SEN (Foundation Stage Profile, P "
     "scales, Key Stage 1 and 2 results and the school's own tracking) to show how progress is tracked "
     "and where programmes need to change; produces a costed provision map that identifies provision "
     "that is missing or not working, reviewed with class teachers and teaching assistants and linked "
     "to the school's self-evaluation; proposes how teaching assistants should be deployed and "
     "managed; and sets out strategic priorities for an inclusive school. The priorities are presented "
     "to the headteacher and a governor, whose written comments are submitted with the task. A "
     "participant from a junior school may choose the school's arrangements for Key Stage 2 test "
     "access as the focus of their data analysis."),
    ("Learning Journal (not marked).",
     "A short entry after each study day, read by the tutor at each tutorial. The journal is formative "
     "only: it is discussed but not graded. It is where participants reflect on managing their own "
     "time and delegating, coaching a colleague, working with other agencies, and keeping up to date."),
]:
    runin(head, text)
runin("A10. Marking and moderation.",
      "Tutors first-mark against the University's Level 7 criteria and the task criteria above. The "
      "University link tutor second-marks every fail, every distinction and a 20 per cent sample of the "
      "rest. Before each round of marking the tutors meet for a standardisation exercise on two "
      "anonymised scripts. The University's external examiner for the programme, an experienced teacher "
      "educator from another university, reviews a sample of each task, reports to the University each "
      "year and attends the Board of Examiners.")
runin("A11. Specialist expertise and resources.",
      "Participants learn from the County's educational psychologists, speech and language therapists "
      "and advisory teachers, and visit a special school and a resource base. The Federation's SEN "
      "resource library at Pellow Junior lends assessment materials (including the British Picture "
      "Vocabulary Scale, the Boxall Profile and B Squared) and software to participants. Participants "
      "become associate students of the University, with full use of its library and e-journals.")
runin("A12. Working with schools, the County and families.",
      "In the autumn of 2008 we surveyed the nineteen headteachers of the cluster and had sixteen "
      "replies. They asked for more on provision mapping and costing, managing teaching assistants and "
      "using data, and for study days that did not fall on Fridays. The County's SEN team told us that "
      "twenty-three teachers had become SENCOs in the area in the last two years, nine of them in infant "
      "or first schools. The Parent Partnership Service told us that parents most wanted SENCOs who "
      "explain clearly and keep them informed. As a result we added Day 9 on provision mapping, moved "
      "study days to Thursdays, built the meeting with parents into Task 2 and the presentation to a "
      "governor into Task 3. County staff teach on six of the ten days, Ravenhill School hosts visits, "
      "and headteachers name and release the school-based mentors. We would like heads and a parent "
      "representative to join an annual review meeting, as they did in the pilot, and will discuss this "
      "with the University.")
runin("A13. Quality and evaluation.",
      "Participants complete an evaluation at the end of each study day, and a focus group meets at the "
      "mid-point of the year. The Programme Committee (the Director, the Associate Tutors, the University "
      "link tutor and two participant representatives) meets each term, considers the evaluations, "
      "marks and the external examiner's report, and writes an action plan each summer, which goes to "
      "the University's Faculty Quality Committee and to the Governing Body's Curriculum and Standards "
      "Committee; the next cohort is told what has changed. To measure impact, participants repeat the "
      "Starting Point self-audit on Day 10, so that we can compare their competence and confidence "
      "outcome by outcome; each Task 2 includes baseline and end measures for the pupil (for example "
      "reading or spelling age, B Squared steps, the Boxall Profile, attendance, and the pupil's own "
      "rating); and in the July after completion we send each participant's headteacher a short "
      "questionnaire about the changes to provision in the school.")
runin("A14. After the award.",
      "On Day 10 the University will introduce its MA in Inclusive Education, into which the 60 credits "
      "transfer. Participants are encouraged to keep going.")

# ------------------------------------------------------------------ Appendix B
doc.add_page_break()
doc.add_heading("Appendix B  The national outcomes: where we teach and assess them", level=1)
para("Outcomes are given in our own short words. Study days are those in A7; tasks are those in A9.",
     italic=True)

rowsB = [
    ("GROUP", "Professional attributes"),
    ("Fair, respectful relationships with pupils with SEN and their families", "6", "Task 2"),
    ("Winning the commitment of colleagues, the head and senior leaders", "9, 10", "Task 3 (head's and governor's comments)"),
    ("Managing time, setting priorities and delegating", "9", "Learning Journal (formative only)"),
    ("Speaking and writing clearly; listening to others", "all", "Task 1 (writing); Task 3 (presentation)"),
    ("Using research and outside advice to improve practice", "1, 7", "Task 1"),
    ("Keeping up to date and taking charge of one's own CPD", "10", "Learning Journal (formative only)"),
    ("GROUP", "Knowledge and understanding"),
    ("SEN law, the Code of Practice and what they mean for the school", "2", "Task 1"),
    ("Every Child Matters and the SENCO's part in it", "1", "Task 2"),
    ("Disability equality law and the actions it requires", "3", "Task 1"),
    ("The main types of SEN and how they affect learning", "4, 5", "Task 2"),
    ("Approaches, strategies and resources, including ICT", "7", "Task 2"),
    ("School self-evaluation and SEN", "8", "Task 3"),
    ("Best practice and research", "1, 7", "Task 1"),
    ("External agencies and how to get specialist help", "7", "Learning Journal (formative only)"),
    ("GROUP", "Skills"),
    ("Strategic development with senior colleagues and governors", "9", "Task 3"),
    ("Identifying needs, setting targets, planning interventions and reviewing progress", "4, 5, 8", "Task 2"),
    ("    \u2013 using assessments from other professionals", "5", "Task 2"),
    ("    \u2013 tracking progress with summative data and national tests", "8", "Task 3"),
    ("    \u2013 special arrangements for national tests", "8",
     "Task 3 (junior-school participants only, if chosen as the Task 3 focus)"),
    ("Provision mapping; finding missing or ineffective provision", "9", "Task 3"),
    ("Deploying and managing staff", "9", "Task 3"),
    ("Supporting colleagues' development: coaching, modelling, feedback", "9", "Learning Journal (formative only)"),
    ("Reviewing provision with colleagues to inform self-evaluation", "8", "Task 3"),
    ("Involving pupils in planning and reviewing their provision", "6", "Task 2 (optional section)"),
    ("Working with parents and carers", "6", "Task 2"),
    ("Partnership with other services and voluntary organisations", "7", "Learning Journal (formative only)"),
]
tb = doc.add_table(rows=1, cols=3)
tb.style = "Table Grid"
hdr = tb.rows[0].cells
for j, h in enumerate(["National outcome (our words)", "Study day(s)", "Assessed in"]):
    hdr[j].text = ""
    rr = hdr[j].paragraphs[0].add_run(h)
    rr.bold = True
    rr.font.size = Pt(9.5)
    shade(hdr[j], "D9E2F3")
for row in rowsB:
    cells = tb.add_row().cells
    if row[0] == "GROUP":
        m = cells[0].merge(cells[2])
        m.text = ""
        rr = m.paragraphs[0].add_run(row[1])
        rr.bold = True
        rr.font.size = Pt(9.5)
        shade(m, "EDEDED")
        continue
    for j, val in enumerate(row):
        cells[j].text = ""
        rr = cells[j].paragraphs[0].add_run(val)
        rr.font.size = Pt(9.5)
for row in tb.rows:
    row.cells[0].width = Cm(8.5)
    row.cells[1].width = Cm(2.2)
    row.cells[2].width = Cm(5.8)
doc.add_paragraph()
para("Note 1. The Learning Journal is read at tutorials and discussed; it is not marked and does not "
     "count towards the award.")
p_k4 = para("Note 2. We do not teach child development as a separate topic, and it is not assessed: our "
            "participants are experienced primary teachers and already know how young children develop.")

# ------------------------------------------------------------------ Appendix C
doc.add_page_break()
doc.add_heading("Appendix C  Consultation response form", level=1)
para("Please return by 4 pm on Friday 3 April 2009 to Kate Dunning, Federation Business Manager. You do "
     "not have to answer every question.", italic=True)
form = [
    ("Name (optional)", ""),
    ("School / base", ""),
    ("1. Do you support the proposal to establish the Sedgecombe Centre for SEN Leadership?",
     "\u2610 Yes    \u2610 No    \u2610 Not sure"),
    ("2. Do you have comments on the proposed posts in Section 6?", ""),
    ("3. Do you have comments on the Mentor Coordinator post in particular?", ""),
    ("4. Are there any effects on you, or on colleagues, that we have not considered (Section 9)?", ""),
    ("5. Please tell us about any adjustments you would need in order to apply for one of the posts.", ""),
    ("6. Any other comments", ""),
]
ft = doc.add_table(rows=0, cols=2)
ft.style = "Table Grid"
for q, a in form:
    cells = ft.add_row().cells
    cells[0].text = ""
    cells[0].paragraphs[0].add_run(q).font.size = Pt(9.5)
    shade(cells[0], "F2F2F2")
    cells[1].text = a
for row in ft.rows:
    row.cells[0].width = Cm(8)
    row.cells[1].width = Cm(8.5)

# ------------------------------------------------------------------ comments (never evidence)
doc.add_comment(r_crb, text="Helen \u2013 HR suggests we ask each head to confirm the participant's CRB "
                "date and reference on the nomination form, and check List 99 for anyone not in post. "
                "Shall we add this before it goes to the TDA?", author="John Pascoe (Chair, Staffing Committee)",
                initials="JP")
doc.add_comment(p_k4.runs[0], text="Aldbridge panel asked about child development \u2013 could we add a "
                "session on Day 5 and a section in Task 2?", author="Ruth Adeyemi", initials="RA")
# comment on the 4.3 "would like" sentence in A12
a12 = [p for p in doc.paragraphs if p.text.startswith("A12.")][0]
doc.add_comment(a12.runs[-1], text="University says heads can sit on the Programme Committee and see the "
                "evaluations \u2013 confirm at the next meeting?", author="Ruth Adeyemi", initials="RA")

doc.save(OUT)
print("wrote", OUT)
