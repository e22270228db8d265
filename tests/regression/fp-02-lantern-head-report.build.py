"""fp-02-lantern-head-report: a headteacher's termly report to a pupil referral unit's management
committee, sent whole as the application.

Provider (invented): The Lantern School, Osterby County Council's Hospital and Home Education Service
(a medical pupil referral unit with bases on the wards of Carnford Children's Hospital, an adolescent
mental health unit, a home teaching team and a reintegration group), applying with the University of
Carnford (validating) and Carnford Children's Hospital NHS Foundation Trust. The head, Alison
Threlfall, writes her Spring Term 2009 report to the management committee (a PRU has a management
committee, not governors) in the first person. Section 6 is her proposal for the national award; the
rest is the ordinary termly report (numbers on roll, attendance, exams, staffing, safeguarding,
curriculum, Ofsted, finance). The Service sent the whole report with a shaded note to the panel and
an extract from the draft minutes of the meeting attached after the recommendations.

Layout:
- No heading styles for the report's sections: bold capitalised Normal paragraphs with typed numbers
  ("6. THE NATIONAL AWARD FOR SENCOS"), and hand-typed paragraph numbers 6.1-6.34, some of which look
  like requirement ids (6.2, 6.10 ...) but are not.
- A letterhead block, a header "PART I - PUBLIC" and a footer with the meeting date: never evidence.
- Tables: numbers on roll by base, referrals by reason, staffing, the course budget, the programme
  outline (Appendix 1), the outcome map with merged unit group rows (Appendix 2), course staff
  (Appendix 3).
- A shaded minute extract box after the recommendations; one tracked deletion (a recommendation
  struck out before the meeting); two Word comments from the clerk and the chair.

Traps (requirement ids):
- 5.3 met: participants' CRB checks are done properly (head's nomination confirms a current enhanced
  disclosure; the Service's HR adviser processes a new one for anyone out of school for three
  months). It sits next to the ordinary safeguarding paragraph about staff and the single central
  record (section 3), which is about the PRU's own staff.
- Pupils' work-experience placements in Trust departments (section 4) are pupils', not
  participants'; participants cannot be placed on the wards (6.22), and the recommendation that would
  have offered ward placements is a tracked deletion (5.5 partially_met: expertise yes, placements no).
- The PRU's exams officer arranging access arrangements for its own pupils (section 2) is the wrong
  thing; in Appendix 2 the course leaves exam access arrangements to the LA's exams officers' briefing
  (6.S2d not_met). Provision mapping is "Not covered in Year 1" (6.S3 not_met). Time management has no
  row and is not mentioned (6.A3 not_met).
- Assessment-only route: recommendation (b) asks the committee to agree it in principle; the minute
  extract records it as deferred to the summer term (2.3 not_met).
- APL is refused far from any heading on it, inside the budget notes: "we shall not accept claims
  for credit from earlier study or experience in the first year" (2.1 not_met).
- Credit value "still being settled" although M level is fixed (E.2 partially_met).
- A blanket claim that the course "covers every one of the national outcomes" over a map in which
  some are formative only (online tasks marked (F)), one is "Not assessed in Year 1", and three are
  absent or not covered (1.9, 6.0 partially_met; 6.A7, 6.K7, 6.S2c, 6.S4 partially_met).
- The award is for passing three units, not tied to the outcomes (6.0 partially_met).
- Evidence of stakeholder need is anecdotal ("we know from our outreach work") while the heads'
  reference group's changes are concrete (4.1 partially_met; 4.2, 4.3 met).
- Equality: a general compliance statement and an accessible venue only (3.1 partially_met).
- Entry: only the head's confirmation that the teacher is the designated SENCO (5.2
  partially_met). Self-audit used to plan groups, no individual plan (2.2 partially_met). Further
  targets: participants are "told about" MA routes (2.5 partially_met). Research only in general
  terms (1.3 partially_met). Tutors' roles asserted, no briefing or guide (5.7 partially_met).
- 3.3 met: the Lantern Learning Platform (the pupils' VLE) gives tutor forums, peer groups, weekly
  tasks between study days and messages to schools.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("fp-02-lantern-head-report.docx")
_id = [700]


def nid():
    _id[0] += 1
    return str(_id[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_del(par, text, author, date):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), nid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    par._p.append(d)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.header.paragraphs[0].text = "PART I - PUBLIC"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = ("The Lantern School Management Committee, 11 March 2009 - Agenda item 5 - "
                                 "Headteacher's Report, Spring Term 2009")
sec.footer.paragraphs[0].runs[0].font.size = Pt(8)


def B(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    p.paragraph_format.space_before = Pt(12)
    return p


def P(text, num=None):
    p = doc.add_paragraph()
    if num:
        p.add_run(num + "\t")
        p.paragraph_format.left_indent = Cm(1)
        p.paragraph_format.first_line_indent = Cm(-1)
    p.add_run(text)
    return p


def table(rows, widths=None, fill="DDDDDD", bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(10)
                if i == 0:
                    r.bold = True
            if i == 0:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ letterhead
lh = doc.add_paragraph()
lh.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = lh.add_run("THE LANTERN SCHOOL")
r.bold = True
r.font.size = Pt(16)
lh.add_run("\nOsterby Hospital and Home Education Service (Pupil Referral Unit)\n"
           "Level 2, Carnford Children's Hospital, Brunel Way, Carnford CF4 7QN  |  Tel 01632 960 417\n"
           "Headteacher: Mrs Alison Threlfall BEd MA NPQH").italic = True

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("HEADTEACHER'S REPORT TO THE MANAGEMENT COMMITTEE\nSPRING TERM 2009\n"
          "Meeting of Wednesday 11 March 2009, 4.30 pm, Education Centre - Agenda item 5").bold = True

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, "E2EFD9")
c.text = ""
c.paragraphs[0].add_run("For the TDA approval panel (added 16 March 2009). ").bold = True
c.paragraphs[0].add_run(
    "This is my termly report exactly as the Management Committee received it. Section 6 and Appendices "
    "1 to 3 set out the course we propose with the University of Carnford and Carnford Children's "
    "Hospital NHS Foundation Trust; sections 1 to 5 and 7 are the ordinary business of the term, left in "
    "so that the panel can see the Service that will run the course. The extract from the draft minutes "
    "follows the recommendations. The Part II paper on a staffing matter is not included. "
    "- Alison Threlfall")
doc.add_paragraph()

# ------------------------------------------------------------------ 1
B("1. INTRODUCTION")
P("This has been a demanding term. The winter virus season closed two of the medical wards to visitors "
  "for eleven days in January, our numbers at the Adolescent Unit have been the highest since it opened, "
  "and Ofsted's report on our November inspection was published in the first week of term. I am grateful "
  "to every member of staff for the way they have kept teaching going through all of this. The largest "
  "single item in this report, though, is section 6: the proposal that the Service, with the University "
  "and the Trust, applies to the Training and Development Agency for Schools to run the new national "
  "award for special educational needs coordinators (SENCOs). I ask the Committee to agree the "
  "recommendations in section 8.", "1.1")

# ------------------------------------------------------------------ 2
B("2. PUPILS")
P("Numbers on roll on the census day (15 January 2009):", "2.1")
table([
    ["Base", "Pupils on roll", "Same day 2008", "Average length of stay"],
    ["Hospital wards and school rooms (Carnford Children's Hospital)", "38", "41", "9 days"],
    ["Adolescent Unit (Tier 4 CAMHS, Ashby Ward)", "14", "11", "11 weeks"],
    ["Home teaching", "46", "44", "16 weeks"],
    ["Reintegration group (Oak Room)", "9", "8", "1 term"],
    ["Total", "107", "104", "-"],
], widths=[7.5, 2.5, 2.5, 3.5])
P("Referrals this term, by main reason: oncology 21; orthopaedic and surgical 17; chronic fatigue and "
  "long-term conditions 13; mental health 19; pregnancy and young parents 3; other 6. Mental health "
  "referrals continue to rise and I have asked the local authority to review the home teaching budget "
  "in the light of this.", "2.2")
P("Attendance, measured as a percentage of the teaching offered that pupils were well enough to take "
  "up, was 86% (target 85%). Eleven pupils returned to their own schools full time this term with a "
  "reintegration plan agreed with the school; two returned to a different school.", "2.3")
P("Twenty-three Year 11 pupils are entered for GCSEs this summer through their own schools or through "
  "us. Our examinations officer, Mrs Pat Doherty, has applied to the awarding bodies for access "
  "arrangements (extra time, rest breaks, a reader or scribe, taking papers in hospital) for all who "
  "need them, and is agreeing with home schools who will invigilate on the wards.", "2.4")

# ------------------------------------------------------------------ 3
B("3. STAFFING AND SAFEGUARDING")
table([
    ["Change", "Post", "Date"],
    ["Appointed: Mr Owen Bracewell", "Teacher, Adolescent Unit (0.6)", "5 January 2009"],
    ["Leaving: Mrs Janet Kell (retirement)", "Home teacher", "31 March 2009"],
    ["Maternity leave: Ms Ruth Danby", "Teacher, school rooms", "from 20 February 2009"],
], widths=[6, 6, 4])
P("The single central record was checked by the local authority's safeguarding officer on 3 February. "
  "Every member of staff, supply teacher and volunteer has an enhanced CRB disclosure recorded on it, "
  "and the two home teaching volunteers who started this term were not allowed to visit pupils until "
  "their disclosures had come back. Level 1 child protection refresher training was completed by all "
  "staff on the January training day, with the Trust's named nurse for safeguarding.", "3.1")

# ------------------------------------------------------------------ 4
B("4. CURRICULUM AND PARTNERSHIPS")
P("The Trust has again offered work-experience placements to our Year 10 pupils who are well enough, in "
  "its medical illustration, catering, pharmacy and estates departments. Five pupils took them up this "
  "term, each with a Trust supervisor and a risk assessment by our work-related learning coordinator.",
  "4.1")
P("The Young People's Council, elected by pupils on all four bases, met three times. It chose the new "
  "reading books for the school rooms, gave evidence to the Trust's review of its adolescent services and "
  "has agreed to help plan one of the study days in the SENCO course (see 6.10).", "4.2")
P("The home teaching team's trial of the Lantern Learning Platform with pupils at home has gone well: "
  "31 of the 46 home-taught pupils now log on at least weekly, and teachers use it to set work between "
  "visits and to message pupils' own schools.", "4.3")

# ------------------------------------------------------------------ 5
B("5. OFSTED AND SELF-EVALUATION")
P("Ofsted inspected the Service on 18 and 19 November 2008 and judged it good, with outstanding care, "
  "guidance and support and outstanding partnerships. The inspectors' one recommendation was to "
  "\"extend the Service's expertise to mainstream schools so that more pupils with medical needs are "
  "supported to stay in school\". The self-evaluation form has been updated, and the course in section 6 "
  "is part of our response.", "5.1")

# ------------------------------------------------------------------ 6
B("6. THE NATIONAL AWARD FOR SENCOS")
B("Background")
P("Since September 2008 every teacher newly appointed as a SENCO must hold, within three years, a "
  "nationally approved qualification. The TDA has invited providers to apply for approval. Osterby has no "
  "approved provider, and the nearest (at Haverleigh) is ninety minutes away by road for our most "
  "northerly schools.", "6.1")
P("I propose that the Service apply with the University of Carnford's Faculty of Education, which would "
  "validate the course and award the qualification, and with the Trust, whose paediatricians, "
  "psychologists and therapists would teach on it. The University's Faculty Board approved the outline on "
  "24 February. The course would be validated at Masters level (Level 7); the credit value is still being "
  "settled with the University's Quality Office, and we have proposed 60 credits.", "6.2")
B("What the course is for")
P("The course exists so that children with special educational needs, disabilities and medical needs "
  "in Osterby schools do better: in their learning and progress, and in their health, safety, enjoyment "
  "and place in the life of their school. Each unit's aims, sessions and assessment tasks are written "
  "around the five Every Child Matters outcomes, and each participant's school project (task T3) must "
  "show what changed for a named group of pupils.", "6.3")
P("We know from our outreach work that schools want help with pupils whose medical needs keep them out "
  "of class, with getting health professionals to school meetings, and with the paperwork of the Code of "
  "Practice. The course has been built around these.", "6.4")
P("The course will draw on the latest research and inspection findings, and our tutors will keep the "
  "content up to date as new reports appear.", "6.5")
B("Structure")
P("The course has three units of study and a professional practice portfolio (Appendix 1). Unit A, The "
  "SENCO, the Law and the Child, covers the legal framework (the Education Act 1996, the SEN Code of "
  "Practice, SENDA 2001, the Disability Discrimination Act and the Disability Equality Duty), Every Child "
  "Matters, child development and medical conditions, and work with pupils, families and other services. "
  "Unit B, Learning, Teaching and Provision, covers identifying and assessing need, the common types of "
  "SEN, planning and teaching, and using data. Unit C, Leading and Working Together, covers leading "
  "colleagues, the school's policy and priorities, and evaluating provision.", "6.6")
P("Each unit has three study days in the Trust's Education Centre and six weeks of online work on the "
  "Lantern Learning Platform between them. There are two intakes a year, in September and January. Units "
  "A and B can be taken in either order; Unit C comes last because its project draws on both. A "
  "participant who has to stop (for illness, maternity or a change of school) may rejoin at the next "
  "intake without repeating completed units.", "6.7")
P("The online weeks are not a reading list. Each week has a task (for example, analysing an anonymised "
  "statement of SEN, or drafting a letter to parents) that participants post to their tutor group of six "
  "to eight, with their tutor. Tutors reply in the group forum within two working days; participants "
  "comment on each other's work; and each participant has a named tutor who can be messaged privately. "
  "The Platform also lets tutors message participants' headteachers and workplace mentors directly, and "
  "holds all handouts, readings and recordings of the Trust clinicians' talks.", "6.8")
P("Participants carry out practical tasks in their own schools throughout: a pupil consultation (Unit "
  "A), a case study of a pupil (Unit B) and a school change project agreed with the head (Unit C). Each "
  "has a workplace mentor, normally the head or a deputy.", "6.9")
P("The Young People's Council will run part of Study Day A2 on how to find out what children think, "
  "including children who are unwell, tired or do not speak. Participants then plan and carry out a "
  "consultation with two pupils in their own school, with their parents' agreement, and write it up in "
  "the case study (T2).", "6.10")
P("Study Day A3 is given over to working with parents and carers, taught with Osterby Parent Partnership "
  "Service and a parent from the Trust's Family Advisory Group, and participants' portfolios must include "
  "a review meeting with parents that their mentor has observed.", "6.11")
P("Study Day C2 is on leading and supporting colleagues: coaching, observation and feedback, running "
  "staff training, and working with the head and governors. Participants lead a staff training session in "
  "school, observed by their mentor, for the portfolio (T4).", "6.12")
P("Each participant completes a self-audit against the national outcomes at the first study day. Tutors "
  "use the audits to plan the online tutor groups and to decide which study-day sessions need more time.",
  "6.13")
P("In exceptional cases an experienced teacher (for example from the local authority's learning support "
  "service) may be ready to show all the outcomes without the course. I ask the Committee to agree in "
  "principle that we offer such people an assessment-only route, the details to be agreed with the "
  "University.", "6.14")
P("At the last study day participants will be told about the University's MA in Inclusive Education, "
  "into which the award's credits can count, and about the Trust's short courses on child health.",
  "6.15")
B("Who can join")
P("Candidates are nominated by their headteacher, who confirms on the nomination form that the teacher "
  "holds qualified teacher status and is, or will be from the start of the course, the school's "
  "designated SENCO.", "6.16")
P("The nomination form also asks the headteacher to confirm that the candidate holds a current enhanced "
  "CRB disclosure and to give its date, and that there are no concerns about the candidate's suitability "
  "to work with children. Where a candidate has not worked in a school in a post with regular contact with "
  "children in the past three months, the Service's HR adviser applies for a new enhanced disclosure, and "
  "the candidate cannot start until it is clear. The course administrator keeps a record of these checks "
  "for every participant.", "6.17")
P("The course will comply with the Service's equality schemes, and the Trust's Education Centre is "
  "fully accessible.", "6.18")
B("Stakeholders")
P("A reference group of four headteachers (two primary, one secondary, one special), the local "
  "authority's principal educational psychologist and the Parent Partnership coordinator met twice in "
  "the autumn to comment on the outline. Because of its advice the study days are on Tuesdays, not "
  "Fridays; the working-with-parents day was added; and the Unit C project was changed from an essay to "
  "a project in school that the head agrees.", "6.19")
P("The reference group will continue to meet each term. It will receive the evaluation report on each "
  "unit, hear from two participants and one mentor each time, and advise the course team on changes; "
  "one of the headteachers will sit on the University's course committee. Schools will also host study "
  "visits, and the Family Advisory Group will review the parents' day each year.", "6.20")
B("Staff, expertise and resources")
P("The course will be led by our deputy head, Mr Daniel Ikeme, with the University's course leader, Dr "
  "Freya Lindqvist (Appendix 3). Trust staff (a consultant paediatrician, a clinical psychologist, a "
  "speech and language therapist and an occupational therapist) teach the sessions on medical conditions, "
  "mental health, communication and physical needs, and answer participants' questions on the Platform "
  "in the week after their session.", "6.21")
P("I have looked carefully at whether participants could spend time on the wards. The Trust's visitor "
  "policy does not allow it for people who are not employed by the Trust or by us, and we cannot offer "
  "placements in the hospital.", "6.22")
P("Participants have University library membership and online journals, the Trust's medical library, "
  "and the Service's loan collection of assistive technology and communication aids, which they can try "
  "with our specialist teacher for ICT.", "6.23")
P("All our tutors are experienced teachers of children with SEN and medical needs and understand what is "
  "expected of them.", "6.24")
B("Assessment and quality")
P("There are four assessment tasks: T1, a 4,000-word essay on law and policy (Unit A); T2, a 5,000-word "
  "case study of a pupil (Unit B); T3, a school change project report of 5,000 words with a ten-minute "
  "presentation to the tutor and mentor (Unit C); and T4, the professional practice portfolio, with "
  "statements from the mentor. The online weekly tasks are formative and are not marked.", "6.25")
P("Every task is marked by the participant's tutor and a 20% sample (and all fails and distinctions) "
  "second-marked by a University tutor. Marks are moderated at a University moderation meeting each term "
  "before the examination board, and the University appoints an external examiner, who sees a sample of "
  "work from every unit and attends the examination board.", "6.26")
P("The award will be made to participants who pass all three units and the portfolio.", "6.27")
P("The course covers every one of the national outcomes; Appendix 2 shows where.", "6.28")
P("We will evaluate the course with participant questionnaires after each study day and at the end of "
  "each unit, the reference group's review (6.20), the external examiner's report and the University's "
  "annual monitoring report. The course team will write an annual action plan from these, and the "
  "Committee will receive it each autumn.", "6.29")
P("To see whether the course makes a difference, each participant rates their confidence against the "
  "outcomes at the start and end of the course, and their mentor rates their practice at the same two "
  "points. In the T3 project each participant must take a baseline measure for the pupils involved "
  "(for example attendance, a reading or spelling age, a well-being scale or progress against targets) "
  "before the change and measure again at least six weeks later, and report the difference. We will "
  "collect these results each year and report them to the Committee and the reference group.", "6.30")

# ------------------------------------------------------------------ 7
B("7. FINANCE")
P("The Service's budget is on target (Part I finance summary attached separately as item 6). The course "
  "budget below assumes one cohort of 18 participants in 2009-10.", "7.1")
table([
    ["Income", "£", "Expenditure", "£"],
    ["Fees: 18 x £1,200 (TDA funding to schools)", "21,600", "University validation and registration "
     "(18 x £350)", "6,300"],
    ["", "", "Service tutor time (0.3 FTE)", "11,400"],
    ["", "", "Trust clinicians (sessional, 9 days)", "2,700"],
    ["", "", "Venue, materials, Platform licences", "1,200"],
    ["Total", "21,600", "Total", "21,600"],
], widths=[5.5, 2, 6.5, 2])
P("The course is cost-effective because the Trust's Education Centre, the Platform and the clinicians' "
  "time are already paid for through our service level agreement with the Trust; only their sessional "
  "cost is charged. Because we shall not accept claims for credit from earlier study or experience in the "
  "first year, every participant pays the full fee, and this is what makes the budget balance. Schools "
  "keep the remaining TDA funding to pay for supply cover.", "7.2")

# ------------------------------------------------------------------ 8
B("8. RECOMMENDATIONS")
P("The Management Committee is asked to:")
for letter, text in [
    ("(a)", "approve the submission of an application to the TDA, with the University of Carnford and "
            "Carnford Children's Hospital NHS Foundation Trust, for approval to run the national award for "
            "SENCOs from September 2009;"),
    ("(b)", "agree in principle the assessment-only route described in 6.14;"),
    ("(c)", "agree that the deputy head leads the course for 0.3 of his time from September 2009;"),
]:
    P(text, letter)
rd = P("", "(d)")
add_del(rd, "agree that the Service offers participants a placement day on the wards, subject to the "
            "Trust's agreement;", "Alison Threlfall", "2009-03-04T17:05:00Z")
P("note the rest of this report.", "(e)")

mt = doc.add_table(rows=1, cols=1)
mt.style = "Table Grid"
c = mt.cell(0, 0)
shade(c, "F2F2F2")
c.text = ""
c.paragraphs[0].add_run("Extract from the draft minutes, 11 March 2009, item 5\n").bold = True
c.add_paragraph("09/14  Headteacher's report. The Committee thanked the headteacher and staff for the "
                "Ofsted outcome.")
c.add_paragraph("RESOLVED: (a) approved. (b) deferred to the summer term meeting: members asked what an "
                "assessment-only route would cost and how it would be assessed, and asked for a paper. "
                "(c) approved. (e) noted.")
c.add_paragraph("Clerk: Mrs S. Varley")
doc.add_paragraph()

# ------------------------------------------------------------------ Appendix 1
B("APPENDIX 1: PROGRAMME OUTLINE")
table([
    ["Unit", "Study days (Tuesdays, Education Centre)", "Online weeks (Lantern Learning Platform)", "Assessed by"],
    ["A. The SENCO, the Law and the Child",
     "A1 The SENCO role; SEN law and the Code of Practice; disability equality law and duties\n"
     "A2 Every Child Matters; how children develop and how illness, disability and environment affect "
     "development; consulting children (with the Young People's Council)\n"
     "A3 Working with parents and carers; health, social care and voluntary services",
     "A-tasks 1-6: statement analysis; ECM audit of own school; letter to parents; pupil consultation plan; "
     "agency map; reading review", "T1 essay; T4 portfolio items"],
    ["B. Learning, Teaching and Provision",
     "B1 Identifying need: BESD, dyslexia and SpLD, SLCN, ASD, MLD, medical conditions; using professionals' "
     "reports\nB2 Planning and teaching; ICT and assistive technology; assessment for learning\n"
     "B3 Using data: national tests, teacher assessment and P scales to track progress; setting targets",
     "B-tasks 1-6 including an annotated pupil profile and a data exercise", "T2 case study"],
    ["C. Leading and Working Together",
     "C1 SEN policy, priorities and resources with the head and governors; deploying teaching assistants\n"
     "C2 Leading and supporting colleagues\nC3 Evaluating provision; school self-evaluation; presentations",
     "C-tasks 1-6 including a self-evaluation exercise and a review of a recent report", "T3 project and presentation; "
     "T4 portfolio items"],
], widths=[3.5, 6.5, 4, 3])

# ------------------------------------------------------------------ Appendix 2
B("APPENDIX 2: THE NATIONAL OUTCOMES IN THE COURSE")
P("T1-T4 are the assessment tasks in 6.25; (F) marks an online task, which is formative and not marked.")
om = [
    ("g", "Professional attributes"),
    ("Fair and constructive relationships with pupils and their parents or carers", "A2, A3", "T4 (observed review meeting)"),
    ("Gaining the commitment of colleagues, the head and senior leaders", "C1, C2", "T3"),
    ("Sound judgement and decisions on provision; resolving problems", "B2, C1", "T2"),
    ("Clear speech and writing; listening to others", "All units", "T1, T2, T3 presentation"),
    ("Using research and outside advice to improve practice", "A1, B2", "T1"),
    ("Keeping up to date; taking charge of own CPD", "C3", "C-task 6, review of a recent report (F)"),
    ("g", "Knowledge and understanding"),
    ("SEN law, the Code of Practice and putting them into practice", "A1", "T1"),
    ("Every Child Matters and the SENCO's part", "A2", "T1"),
    ("Disability equality law and the actions it requires", "A1", "T1"),
    ("How children develop and what affects development", "A2", "T2"),
    ("The common types of SEN and disability and their effect on learning", "B1", "T2"),
    ("Approaches, strategies and resources including ICT", "B2", "T2"),
    ("School self-evaluation and improvement and SEN", "C3", "C-task 3 (F)"),
    ("Best practice and research in meeting SEN", "B1, B2", "T1"),
    ("External agencies and how to get specialist support", "A3", "T2"),
    ("g", "Professional skills"),
    ("Influencing policy, priorities and resources with senior colleagues and governors", "C1", "T3"),
    ("Identifying pupils, setting targets, planning interventions, reviewing progress", "B1, B3", "T2"),
    ("Using other professionals' assessments", "B1", "T2"),
    ("Using summative data and national tests to track progress", "B3", "T2"),
    ("Helping colleagues develop formative assessment", "B2", "Not assessed in Year 1"),
    ("Access arrangements for tests and examinations", "-", "Covered by the local authority's annual "
     "exams officers' briefing, which participants may attend; not part of the course"),
    ("Provision mapping", "-", "Not covered in Year 1: Osterby schools receive provision mapping training "
     "from the local authority's SEN team"),
    ("Deploying and managing staff", "C1", "Peer presentation at C1 (F)"),
    ("Supporting colleagues' professional development", "C2", "T4 (observed staff session)"),
    ("Reviewing provision with colleagues for self-evaluation", "C3", "T3"),
    ("Involving pupils in planning and reviewing their provision", "A2", "T2 (pupil consultation)"),
    ("Liaising with parents and carers", "A3", "T4"),
    ("Working with other services and voluntary organisations", "A3", "T2"),
]
ot = doc.add_table(rows=1, cols=3)
ot.style = "Table Grid"
for j, h in enumerate(["Outcome", "Developed in", "Assessed by"]):
    ot.cell(0, j).text = h
    ot.cell(0, j).paragraphs[0].runs[0].bold = True
    shade(ot.cell(0, j), "DDDDDD")
for o in om:
    row = ot.add_row()
    if o[0] == "g":
        m = row.cells[0].merge(row.cells[2])
        m.text = o[1]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
        continue
    for j, v in enumerate(o):
        row.cells[j].text = v
for row in ot.rows:
    for j, w in enumerate([8, 2.5, 6.5]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

# ------------------------------------------------------------------ Appendix 3
B("APPENDIX 3: COURSE STAFF")
table([
    ["Name", "Post", "Background"],
    ["Mr Daniel Ikeme", "Deputy Headteacher, The Lantern School", "BA, PGCE, MA Special and Inclusive Education; "
     "SENCO in an Osterby comprehensive 1998-2005; leads the Service's outreach to schools"],
    ["Dr Freya Lindqvist", "Principal Lecturer, Faculty of Education, University of Carnford",
     "PhD on the inclusion of children with chronic illness; course leader, MA Inclusive Education"],
    ["Dr Marcus Hale", "Consultant Paediatrician, Carnford Children's Hospital", "Lead for children with "
     "complex and long-term conditions; Trust lead for education liaison"],
    ["Dr Anya Ruskin", "Clinical Psychologist, Carnford Children's Hospital", "Paediatric psychology and "
     "CAMHS liaison"],
    ["Mrs Lorna McBride", "Speech and Language Therapist, Osterby Community Services", "Specialist in "
     "language and communication in school-age children"],
    ["Mr Kieran Foss", "Specialist Teacher (ICT and Access), The Lantern School", "Assistive technology and "
     "communication aids for pupils with physical and medical needs"],
    ["Three Lantern School teachers (tutors)", "Hospital, home and Adolescent Unit teachers", "Each has an "
     "M-level qualification in SEN or is completing one"],
], widths=[3.5, 5, 8.5])

# ------------------------------------------------------------------ comments


def para_with(s):
    for p in doc.paragraphs:
        if s in p.text:
            return p
    raise KeyError(s)


doc.add_comment(para_with("The course will comply with the Service's").runs,
                text="Alison - the TDA spec wants much more on disabled participants than this. Can Daniel "
                "add how people tell us about a disability and what we'd adjust? PO",
                author="Revd Peter Ogden (Chair)", initials="PO")
doc.add_comment(para_with("Each participant completes a self-audit").runs,
                text="Should this lead to an individual plan for each participant? SV",
                author="Sue Varley (Clerk)", initials="SV")

doc.save(OUT)
print("wrote", OUT)
