"""Build dq-01-tallowfield-qualification-specification.docx (blind test application).

KIND OF DOCUMENT
  A qualification specification written in the style of a GCSE / A-level
  awarding body's specification ("Specification at a glance", "Subject
  content", "Scheme of assessment", assessment objectives AO1-AO4 with a
  weighting grid, "Controlled assessment" become "school-based assessment",
  "Administration" with entry windows, entry codes, private candidates,
  access arrangements and special consideration, resubmission, awarding).
  Secondary teachers know this genre from the inside, and the Training School
  wrote its course document in it. It is sent whole, with a one-paragraph
  note, as the application.

PROVIDER (invented)
  Tallowfield School, an 11-18 school in north Wyreshire with Training School
  status since September 2008, lead school of the Tallowfield Teaching and
  Learning Partnership (21 schools: 15 primary, 4 secondary, 2 special,
  including Brook Hollow School). The University of Kenmoor validates the
  Postgraduate Certificate in SEN Coordination (National Award), 60 credits
  at Level 7, three 20-credit units TP1-TP3, and confers the award.
  People: Alison Verity (Programme Leader), Owen Treharne (Director of the
  Training School), Dev Raithatha and Carys Lloyd (tutors), Dr Paul Ashworth
  (University link tutor and moderator). Wyreshire County Council's SEN
  Service, EPS, Autism Outreach Team and Parent Partnership contribute.

LAYOUT
  Cover block, a boxed note to the panel, typed contents list, numbered
  Heading 1 / Heading 2 sections (1 Introduction ... 8 Support, Appendices
  A-B). Section numbers collide with requirement ids: "5.3 Authentication"
  (not CRB), "5.5 Marking", "5.6 Moderation", "2.3"-style content numbers
  "3.1.1"-"3.3.9", "6.4 ICT and the e-route", "7.3 Private candidates",
  "4.5 The national minimum outcomes". A shaded "Specification at a glance"
  table; a "What we heard / What this specification does" table; an AO
  weighting grid; an entry-codes table with a Status column; the outcome
  mapping table (Outcome in the Partnership's own words | Taught | Assessed)
  with a key; italic "Teaching guidance" notes; page header and footer
  (never evidence).

TRAPS (requirement ids affected)
  - 2.3 not_met: negation in the genre's own words, "7.3 Private
    candidates: This specification is not available to private candidates",
    the entry-codes row "TPA0 Direct assessment ... Not available", and the
    old Certificate's "direct claim" route, a past arrangement "not carried
    forward" (1.5).
  - 2.5 not_met: "8.6 Progression" offers only MA credit and says the
    Partnership "does not take part" in setting objectives (deferral to
    schools); the Certificate's "next steps" interview is past and "not
    carried forward" (1.5).
  - 6.K4 not_met: distant negation in 1.3 "Assumed knowledge": child
    development "is not revisited in the subject content, and no unit
    assesses it"; the mapping row says "Assumed (see 1.3)" and "-".
  - 6.S2c not_met: no row and no content at all.
  - 6.S2d partially_met, wrong context: 7.4 "Access arrangements,
    reasonable adjustments and special consideration" is about candidates
    (it is evidence for 3.1, not for S2d); the pupils' test arrangements are
    content 3.2.7, "not assessed", "Teaching guidance only".
  - Formative-only checkpoints (no mark, not toward the award): 6.A3, 6.A7
    (C4), 6.K9, 6.S9 (C3) -> partially_met.
  - Optional or unmarked assessment: 6.K3 only in Part B option (i) of
    three -> partially_met; 6.S5 only in the optional, unmarked portfolio
    item (f) -> partially_met.
  - 1.9 and 6.0 partially_met: blanket claims in 4.5 ("Every national
    minimum outcome is addressed ... and assessed") and 7.6 ("has
    demonstrated every outcome") are contradicted by the table; 7.6 also
    allows compensation of a failed unit.
  - 2.1 partially_met: APCL exemption from TP1 only; "Credit is not given
    for experience alone".
  - 2.2 partially_met: Starting Point self-review used only to form tutorial
    groups and choose workshops; no individual plan or personalised outcomes.
  - 3.3 partially_met (e-learning is used, so 3.3 applies): the TP1 e-route
    has an e-tutor and support between its two face-to-face sessions, but
    "there are no discussion forums or online group activities" (no peer
    support).
  - 4.3 partially_met: stakeholders help deliver (LA specialists, Parent
    Partnership, Brook Hollow hosts), but the Steering Group is internal and
    widening it to heads and a parent is only intended "from 2010".
  - 5.5 partially_met: specialist input is real; the placement week is
    withdrawn (past) and a visit is conditional ("if the host school can
    accommodate it"), outside the assessment.
  - 5.9 partially_met: candidates' confidence re-measured (self-review
    repeated); pupils' gains only from perceptions in TP2, and looking at
    pupils' progress data is only something the Partnership "would like" to
    do, "no arrangement ... yet in place".
  - 1.3 partially_met: content is law and policy (2001-2004); recent
    research and inspection evidence appear only as generic teaching
    guidance ("current sources", a reading list issued later).
  - Wrong-context and collision traps that are NOT gaps: "5.3
    Authentication" is not CRB; the real CRB check is in 1.2 (5.3 met).
    "6.4 ICT and the e-route" is not a minimum outcome.
  Met in the genre's shapes: E.1/E.2 (cover and 1.1), 1.1 (1.1 and 4.1
  aims, 6.1 ECM), 3.1 (6.2 and 7.4), 3.2 (7.1), 4.1/4.2 (1.4 table), 5.1
  (8.5), 5.2 and 5.3 (1.2), 5.4 (8.1), 5.6 (8.4), 5.7 (5.2 and 8.2), 5.8
  (5.5-5.6), 2.4 (2 and 7.8).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dq-01-tallowfield-qualification-specification.docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)
for name in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[name].font.name = "Arial"
    doc.styles[name].font.color.rgb = RGBColor(0x00, 0x4B, 0x6B)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
sec.header.paragraphs[0].text = (
    "Tallowfield Partnership  |  PGCert SEN Coordination (National Award)  |  "
    "Specification Issue 1  |  For first teaching from September 2009")
sec.footer.paragraphs[0].text = (
    "Copyright (c) 2009 Tallowfield School. Registered centres may photocopy this "
    "specification for their own use. Centres should check the Partnership learning "
    "platform for the latest issue.")


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


def runin(label, text):
    """A paragraph with a bold run-in label."""
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)
    return p


def guidance(text):
    p = doc.add_paragraph()
    r = p.add_run("Teaching guidance. ")
    r.bold = True
    r.italic = True
    r2 = p.add_run(text)
    r2.italic = True
    p.paragraph_format.left_indent = Cm(0.8)
    return p


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


def table(rows, widths=None, header_fill="004B6B", shade_rows=None, bold_first_col=False, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(val)
            r.font.size = Pt(9)
            if i == 0 and header:
                r.bold = True
                r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                shade(c, header_fill)
            elif bold_first_col and j == 0:
                r.bold = True
            if shade_rows and i in shade_rows:
                shade(c, "DCE9F0")
                r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def boxed(lines, fill="EAF2F6"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    first = True
    for bold, text in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(9.5)
    doc.add_paragraph()


# ------------------------------------------------------------------ cover
para("Tallowfield School", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("a Training School", italic=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Lead school of the Tallowfield Teaching and Learning Partnership",
     size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
para()
para("SPECIFICATION", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Postgraduate Certificate in Special Educational Needs Coordination "
     "(National Award)", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Partnership qualification code TPA  |  University of Kenmoor award code PGC-SENCO",
     size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
para("For first teaching from September 2009. First certification July 2010.",
     size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Issue 1, May 2009. Validated by the University of Kenmoor.",
     size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
para()
boxed([
    (True, "Note for the TDA approval panel"),
    (False, "This is the specification from which our centres, tutors and candidates "
     "will work, and we have not rewritten it for the application: everything the "
     "Partnership will do is in here. Owen Treharne, Director of the Training School, "
     "14 May 2009."),
])

para("Contents", bold=True, size=12)
for line in [
    "1  Introduction", "2  Specification at a glance", "3  Subject content",
    "4  Scheme of assessment", "5  School-based assessment", "6  Other matters",
    "7  Administration", "8  Support for centres and candidates",
    "Appendix A  Grade descriptors", "Appendix B  Candidate record form",
]:
    para(line)

# ------------------------------------------------------------------ 1
h1("1  Introduction")
h2("1.1  Why choose this qualification?")
para("This specification has been written by teachers, for teachers. Tallowfield "
     "School gained Training School status in September 2008 and leads a partnership "
     "of twenty-one schools in the north of Wyreshire: fifteen primary schools, four "
     "secondary schools and two special schools. Between us we teach a little over "
     "9,000 children and young people, of whom about 1,900 are on our SEN registers.")
para("The qualification exists for one reason: so that pupils with special "
     "educational needs and disabilities in our schools make better progress and have "
     "a better life at school and beyond it. We judge it by what changes for those "
     "pupils, in their learning and across the five Every Child Matters outcomes "
     "(being healthy, staying safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being), not by how many certificates "
     "we issue. That is why two-thirds of the marks are earned in the candidate's own "
     "school, through work that has to make a difference there and has to show what "
     "that difference was.")
para("Key features:", bold=True)
bullets([
    "60 credits at Level 7 (Master's level), validated by the University of Kenmoor; "
    "the University confers the award and the credit",
    "three 20-credit units, every one of them assessed",
    "two-thirds of the assessment carried out in the candidate's own school",
    "three entry points a year and two ways to study Unit TP1",
    "taught by serving SENCOs, special school leaders and local authority specialists "
    "alongside University staff",
    "a centre mentor for every candidate, drawn from the leadership team of the "
    "candidate's own school",
])

h2("1.2  Who is this qualification for?")
para("The qualification is for teachers who are new to the role of special "
     "educational needs coordinator, or who are about to take it on. Candidates must:")
bullets([
    "hold Qualified Teacher Status;",
    "be employed in a school in England as its SENCO, or have been designated by the "
    "headteacher to take up the role by the end of the academic year in which they "
    "enter;",
    "be nominated by their headteacher on the Partnership Nomination Form, which "
    "commits the school to releasing the candidate for the taught days and names a "
    "centre mentor from the school's leadership team; and",
    "take part in an entry conversation of about thirty minutes, in person or by "
    "telephone, with a member of the programme team.",
])
para("The entry conversation works from the candidate's Starting Point self-review "
     "(see 1.3) and asks about the candidate's present responsibilities and "
     "experience. Its purpose is to make sure that each candidate is in a position to "
     "reach every outcome in the time available, and in particular that they will have "
     "the access to pupil data, to colleagues and to the leadership team that the "
     "school-based assessment needs. Where the programme team judge that a candidate "
     "is not yet ready, the Programme Leader writes to the candidate setting out what "
     "they should do first (often a term or two in the role, or a year in the Wyreshire "
     "SENCO Induction Network) and telephones the headteacher to agree a way forward. "
     "A place at a later entry point can be held for them.")
runin("Suitability to work with children.",
      "Candidates carry out assessed work with pupils and visit other schools, so every "
      "candidate's suitability to work with children is confirmed before registration. "
      "The headteacher's section of the Nomination Form records the number and date of "
      "the candidate's enhanced CRB disclosure and confirms that the candidate has been "
      "checked against List 99 and that there are no outstanding disciplinary or conduct "
      "concerns. The Partnership Office checks every form and will not register a "
      "candidate until this section is complete. A candidate who has not worked in a "
      "school, in a post involving regular contact with children, in the three months "
      "before entry must obtain a new enhanced disclosure, which Tallowfield School "
      "processes as a registered body, before attending any session or visit.")

h2("1.3  Prior learning")
runin("Starting Point self-review.",
      "Before the entry conversation every applicant completes the Starting Point "
      "self-review, rating their confidence against each of the national minimum "
      "outcomes listed in 4.5 on a four-point scale and noting any evidence they could "
      "offer. The programme team use the returns to place candidates in tutorial groups "
      "of similar experience and to decide which of the optional afternoon workshops to "
      "run in each entry window. The self-review is completed again in the last TP3 "
      "session.")
runin("Exemption.",
      "A candidate who has gained 20 or more credits at Level 7 in a special educational "
      "needs subject from a UK university in the five years before entry may apply for "
      "exemption from Unit TP1. The Programme Leader maps the earlier study against the "
      "TP1 content and outcomes, and the University's Accreditation of Prior Learning "
      "panel decides. Exemption from TP2 and TP3 is not available, because those units "
      "are assessed in the candidate's current school. Credit is not given for "
      "experience alone, however extensive; experienced candidates are, though, welcome "
      "to talk to their tutor about how their assessed work can build on what they "
      "already do.")
runin("Assumed knowledge.",
      "The specification assumes the knowledge of how children and young people learn "
      "and develop that is required for Qualified Teacher Status. This is not revisited "
      "in the subject content, and no unit assesses it.")

h2("1.4  How this specification was developed")
para("Between September and December 2008 the Partnership gathered evidence about what "
     "its schools, the local authority and families needed from a SENCO qualification:")
bullets([
    "a questionnaire to the SENCO and the headteacher of every partner school (38 of 42 "
    "returned);",
    "two focus groups of SENCOs, one primary and one secondary and special;",
    "Wyreshire SEN Service figures on SENCO appointments, which show that 29 of the 63 "
    "schools in the north of the county expect to have a SENCO new to the role by 2011;",
    "a meeting with the Wyreshire Parent Partnership Service and three parents of pupils "
    "at partner schools; and",
    "the Partnership's own review of its Certificate in Inclusive Practice (2006-2008).",
])
para("What we heard, and what we changed as a result, is summarised below. A first "
     "outline went to the partner headteachers' conference in November 2008 and was "
     "revised before validation.")
table([
    ["What we heard", "What this specification does"],
    ["Primary headteachers: we cannot release a SENCO for more than eight days a year, "
     "and small schools cannot release on some days at all.",
     "Eight taught days across the three units; every day is run twice (7.1); Unit TP1 "
     "can be studied by the e-route with two face-to-face sessions (6.4)."],
    ["SENCOs (31 of 38 returns): tracking the progress of pupils with SEN and deploying "
     "teaching assistants are where we feel least confident.",
     "Content 3.3.2 and 3.3.4; both are assessed in the TP3 portfolio, items (b) and (c)."],
    ["Headteachers: the award must change practice in my school, not produce an essay "
     "for a shelf.",
     "School-based assessment in TP2 and TP3, worth two-thirds of the marks (Section 5)."],
    ["Parents: reviews feel like a meeting about my child rather than with me; nobody "
     "explains what the plan is.",
     "Content 3.2.6, and the requirement in TP2 to plan and hold a meeting with the "
     "pupil's parents or carers and show how their views shaped the plan."],
    ["Wyreshire SEN Service: new SENCOs are unsure how to work with other agencies and "
     "how to use the Common Assessment Framework.",
     "Content 3.3.7, taught by LA officers on the second TP3 day."],
    ["Review of the Certificate: candidates valued the special school placement week, "
     "but schools could not release them for it.",
     "Placement week withdrawn (1.5, 8.3)."],
], widths=[8.0, 8.5])

h2("1.5  Changes from the Certificate in Inclusive Practice")
para("The Partnership's Certificate in Inclusive Practice (40 credits at Level 6, "
     "validated by the University of Kenmoor 2006-2008; the last cohort completed in "
     "July 2008) is replaced by this specification. Centres that knew the Certificate "
     "should note the following.")
bullets([
    "Level and credit: the new qualification is 60 credits at Level 7.",
    "The one-week placement in a special school, compulsory in the Certificate, has "
    "been withdrawn.",
    "The Certificate's 'direct claim' route, by which experienced teachers could submit "
    "a portfolio for the award without attending, has not been carried forward (see 7.3).",
    "The Certificate's end-of-course 'next steps' interview between the candidate and "
    "their line manager has not been carried forward.",
])

h2("1.6  Terms used in this specification")
para("A candidate is a teacher registered for the qualification. The centre is the "
     "candidate's own school, where the school-based assessment is carried out, and the "
     "centre mentor is the member of its leadership team who supervises that work (5.2). "
     "A tutor teaches and marks. The Partnership is Tallowfield School acting as lead "
     "school; the University is the University of Kenmoor, which confers the award.")

# ------------------------------------------------------------------ 2
h1("2  Specification at a glance")
table([
    ["Unit", "Title", "Credit", "Assessment", "Weighting"],
    ["TP1", "The SENCO, the Law and the Learner", "20 credits, Level 7",
     "Written assignment, 4,000 words: Part A (compulsory) and Part B (one option from "
     "three). Marked by tutors.", "one-third"],
    ["TP2", "Assessment, Intervention and the Pupil", "20 credits, Level 7",
     "School-based enquiry, 5,000 words or equivalent, carried out in the centre.",
     "one-third"],
    ["TP3", "Leading Provision", "20 credits, Level 7",
     "Leadership portfolio compiled in the centre, and a 30-minute professional "
     "discussion at Tallowfield.", "one-third"],
], widths=[1.3, 4.2, 2.4, 6.6, 2.0])
para("Taught days: TP1 three days (or the e-route, 6.4); TP2 two days and two "
     "individual tutorials; TP3 three days and two individual tutorials. Each taught "
     "day runs from 9.15 to 3.30. On TP2 and TP3 days the afternoon is taught in "
     "separate primary and secondary-and-special strands, and candidates choose the "
     "focus of their TP2 enquiry and TP3 portfolio to fit their own school.")
para("Checkpoint tasks (formative): C1 e-route block tasks (TP1); C2 draft "
     "intervention plan (TP2); C3 multi-agency case discussion (TP3, second day); C4 "
     "reflection on managing the role (TP3, third day). Feedback is given on every "
     "checkpoint; none is marked.")

# ------------------------------------------------------------------ 3
h1("3  Subject content")
para("The content below sets out what candidates should know, understand and be able "
     "to do by the end of each unit. Content statements are numbered for reference by "
     "tutors and centres; the numbers belong to this specification only.")

h2("3.1  Unit TP1: The SENCO, the Law and the Learner")
para("Candidates should be able to show knowledge, understanding and critical use of:")
runin("3.1.1  The legal framework for SEN.",
      "Part IV of the Education Act 1996 as amended by the Special Educational Needs and "
      "Disability Act 2001; the Special Educational Needs Code of Practice (2001): the "
      "graduated response, School Action and School Action Plus, statutory assessment, "
      "statements and annual reviews; what each means for the school, for the SENCO and "
      "for class teachers, and how the candidate's own school puts it into practice.")
runin("3.1.2  Every Child Matters.",
      "The Children Act 2004, Every Child Matters: Change for Children and Removing "
      "Barriers to Achievement (2004); the five outcomes and what they mean for pupils "
      "with SEN and disabilities; the SENCO's part in helping pupils reach them.")
runin("3.1.3  Disability equality.",
      "The Disability Discrimination Act 1995 as amended in 2005; the disability "
      "equality duty; the school's disability equality scheme and accessibility plan; "
      "reasonable adjustments for disabled pupils in lessons, on visits and in the life "
      "of the school.")
runin("3.1.4  The SENCO in the school.",
      "The role as described in the Code of Practice; the SENCO and the leadership "
      "team; the SENCO, the governing body and the SEN governor.")
runin("3.1.5  Using research and advice.",
      "Finding, reading and weighing research on SEN and inclusion; judging the claims "
      "made for interventions; what is known about effective practice for pupils with "
      "SEN; using advice from specialist services and from other schools to improve "
      "one's own practice and that of colleagues.")
guidance("Tutors should make sure that candidates work from current sources. A "
         "recommended reading list is issued on the first taught day.")

h2("3.2  Unit TP2: Assessment, Intervention and the Pupil")
para("Candidates should be able to:")
runin("3.2.1  Areas of need.",
      "describe the most common kinds of SEN and disability (behavioural, emotional and "
      "social difficulties; specific learning difficulties, including dyslexia; speech, "
      "language and communication needs; autistic spectrum disorders; moderate learning "
      "difficulties; sensory and physical needs) and explain how each can affect a "
      "pupil's learning;")
runin("3.2.2  Identifying needs and planning.",
      "identify pupils who may have SEN by classroom observation, school data, "
      "standardised assessment and screening; set challenging targets; plan "
      "interventions aimed at removing barriers to learning; review progress and adjust "
      "the plan;")
runin("3.2.3  Other professionals' assessments.",
      "read and use reports from educational psychologists, speech and language "
      "therapists, advisory teachers and health professionals to shape teaching and "
      "learning in the classroom;")
runin("3.2.4  Approaches and resources.",
      "evaluate critically a range of approaches, strategies and resources for "
      "assessment, planning, teaching and learning, including ICT (text-to-speech, "
      "symbol software, visual timetables, communication aids), and use them to "
      "personalise provision;")
runin("3.2.5  The pupil's voice.",
      "find out pupils' views by methods suited to their age and needs (interviews, "
      "rating scales, drawing, photographs, person-centred reviews), and involve pupils "
      "in setting, agreeing and reviewing their targets and provision; help colleagues "
      "to do the same;")
runin("3.2.6  Parents and carers.",
      "build fair, respectful and constructive working relationships with parents and "
      "carers; plan and lead meetings with them; explain provision clearly; know the "
      "work of the Parent Partnership Service;")
runin("3.2.7  Tests and examinations.",
      "know the arrangements that can be made for pupils with SEN in Key Stage tests and "
      "in GCSE and other examinations (QCA and JCQ regulations), the evidence each "
      "needs, and the deadlines for applying.")
guidance("3.2.7 is covered in a one-hour workshop on the second TP2 day. It is not "
         "assessed.")

h2("3.3  Unit TP3: Leading Provision")
para("Candidates should be able to:")
runin("3.3.1  Leading inclusion.",
      "work with the headteacher, senior leaders and governors on the school's SEN "
      "policy, development plan priorities and use of resources, so that all pupils can "
      "take part in the curriculum and the wider life of the school; win colleagues' "
      "commitment to better outcomes for pupils with SEN;")
runin("3.3.2  Tracking progress.",
      "use RAISEonline, P scales, Key Stage results, GCSE outcomes and the school's own "
      "tracking to follow the progress of pupils with SEN, and change programmes that "
      "are not working;")
runin("3.3.3  Provision mapping.",
      "build and cost a provision map, and use it to find provision that is missing or "
      "is not working;")
runin("3.3.4  Deploying support staff.",
      "deploy, line-manage and develop teaching assistants and other support staff;")
runin("3.3.5  Developing colleagues.",
      "observe teaching and give feedback; model practice; coach and mentor; plan and "
      "lead training for colleagues;")
runin("3.3.6  Self-evaluation.",
      "explain the principles of school self-evaluation and improvement, and review "
      "with colleagues how well provision for pupils with SEN is working, so that the "
      "findings feed the school's self-evaluation form and improvement plan;")
runin("3.3.7  Other services.",
      "explain the roles of the educational psychology service, CAMHS, speech and "
      "language therapy, social care and voluntary organisations; use the Common "
      "Assessment Framework; work with other services to a coordinated plan;")
runin("3.3.8  Managing the role.",
      "set priorities and manage time across the SENCO's responsibilities; delegate to "
      "colleagues and check that delegated work is done; keep up to date and take "
      "charge of their own professional learning in SEN and disability;")
runin("3.3.9  Judgement.",
      "anticipate difficulties in provision, weigh options and reach sound decisions, "
      "using case scenarios drawn from partner schools.")
guidance("3.3.7 is taught by officers of the Wyreshire SEN Service and the educational "
         "psychology service. 3.3.5 and 3.3.8 are taught on the third TP3 day.")

# ------------------------------------------------------------------ 4
h1("4  Scheme of assessment")
h2("4.1  Aims")
para("This specification aims to enable candidates to:")
bullets([
    "raise the achievement and improve the well-being of pupils with SEN and "
    "disabilities in their own schools, across all five Every Child Matters outcomes;",
    "lead and coordinate provision for those pupils, with colleagues, senior leaders "
    "and governors;",
    "work in partnership with pupils, parents and carers, and other services;",
    "evaluate the difference their work makes, and improve it.",
])

h2("4.2  Assessment objectives")
table([
    ["AO", "Candidates should be able to:"],
    ["AO1", "Knowledge and understanding: show accurate knowledge and understanding of "
     "law, policy, research and the nature of SEN and disability."],
    ["AO2", "Application: apply this knowledge in their own school, with real pupils, "
     "colleagues and families."],
    ["AO3", "Analysis and evaluation: analyse evidence, including data, and evaluate "
     "critically the effect of provision on pupils."],
    ["AO4", "Leadership and communication: communicate clearly in speech and in "
     "writing, listen to others' views and lead colleagues."],
], widths=[1.5, 15.0])

h2("4.3  Weighting of assessment objectives")
table([
    ["Assessment objective", "TP1 (marks)", "TP2 (marks)", "TP3 (marks)", "Total"],
    ["AO1", "40", "20", "10", "70"],
    ["AO2", "15", "40", "30", "85"],
    ["AO3", "35", "25", "25", "85"],
    ["AO4", "10", "15", "35", "60"],
    ["Total", "100", "100", "100", "300"],
], widths=[4.5, 3.0, 3.0, 3.0, 3.0])

h2("4.4  Unit assessments")
runin("TP1 Written assignment (4,000 words).",
      "Part A (2,500 words, compulsory): a critical review of the SEN policy and "
      "practice of the candidate's school against the law, the Code of Practice and the "
      "five Every Child Matters outcomes, drawing on research and on advice from at "
      "least one specialist service, and ending with recommendations to the leadership "
      "team. Part B (1,500 words): one option from (i) an evaluation of the school's "
      "disability equality scheme and accessibility plan; (ii) a critical review of the "
      "research evidence for one intervention used in the school; (iii) a briefing paper "
      "for governors on one aspect of SEN provision.")
runin("TP2 School-based enquiry (5,000 words or equivalent).",
      "The candidate works with one or two pupils with SEN in the centre. The enquiry "
      "must include: identification of needs using observation, the school's data and "
      "the assessments of at least one other professional; an account of the pupil's "
      "needs set within a critical discussion of that area of need; challenging targets "
      "agreed with the pupil; an intervention of at least eight weeks, with the "
      "approaches and resources (including any ICT) chosen and evaluated; a record of "
      "how the pupil's views were gathered and how the pupil took part in reviewing "
      "the intervention; a record of a meeting with the parents or carers, and of how "
      "their views shaped the plan; and an evaluation of the difference made for the "
      "pupil, using the views of the pupil, the parents and staff, against at least two "
      "of the five outcomes. The centre mentor confirms that the work took place.")
runin("TP3 Leadership portfolio and professional discussion.",
      "The portfolio contains: (a) a costed provision map for the centre, with a "
      "commentary identifying missing and ineffective provision; (b) an analysis of "
      "tracking data for pupils with SEN, including national test or GCSE results and P "
      "scales where relevant, showing where programmes were changed; (c) a plan for the "
      "deployment and line management of support staff; (d) a strategic proposal for "
      "inclusion presented to the headteacher and a governor, with their written "
      "response; (e) a review, carried out with colleagues, of one area of provision, "
      "and how its findings were used in the school's self-evaluation. Candidates may "
      "also include (f) a record of a coaching cycle with a colleague; item (f) is not "
      "marked. The 30-minute professional discussion with two assessors covers the "
      "portfolio and an unseen case scenario, on which the candidate must reach and "
      "justify a decision.")

h2("4.5  The national minimum outcomes")
para("The TDA has set minimum outcomes which every candidate for the National Award "
     "must meet. The table shows, for each, where it is taught (content reference) "
     "and where it is assessed. Every national minimum outcome is addressed by this "
     "specification and assessed through the three units.")
rows = [["Outcome (in our words)", "Taught", "Assessed"]]
rows += [["Professional attributes", "", ""]]
rows += [
    ["Builds fair, respectful and constructive relationships with pupils with SEN and "
     "with their families", "3.2.5, 3.2.6", "TP2 enquiry (AO4)"],
    ["Wins the commitment of colleagues, the headteacher and senior leaders to better "
     "outcomes for pupils with SEN", "3.3.1", "TP3 portfolio (d)"],
    ["Manages time and priorities; delegates and follows up", "3.3.8",
     "Checkpoint C4"],
    ["Anticipates and resolves problems; makes sound judgements about provision",
     "3.3.9", "TP3 professional discussion"],
    ["Communicates clearly in speech and writing; listens to and understands others' "
     "views", "All units", "All units (AO4); TP3 professional discussion"],
    ["Uses research and outside advice to improve own and colleagues' practice",
     "3.1.5", "TP1 Part A"],
    ["Keeps up to date; takes charge of own professional learning", "3.3.8",
     "Checkpoint C4"],
]
rows += [["Knowledge and understanding", "", ""]]
rows += [
    ["SEN law and the Code of Practice, and what they mean in school", "3.1.1, 3.1.4",
     "TP1 Part A"],
    ["Every Child Matters and the SENCO's contribution", "3.1.2",
     "TP1 Part A; TP2 enquiry"],
    ["Disability equality law and what it requires of schools", "3.1.3",
     "TP1 Part B, option (i)"],
    ["How children develop, and what affects development", "Assumed (see 1.3)", "-"],
    ["The main types of SEN and disability, and their effect on learning", "3.2.1",
     "TP2 enquiry"],
    ["Approaches, strategies and resources, including ICT, for assessment, planning, "
     "teaching and learning", "3.2.4", "TP2 enquiry"],
    ["School self-evaluation and improvement, for pupils with SEN", "3.3.6",
     "TP3 portfolio (e)"],
    ["Best practice and research on meeting SEN", "3.1.5", "TP1 Part A"],
    ["What other services do, and how to get their help", "3.3.7", "Checkpoint C3"],
]
rows += [["Professional skills", "", ""]]
rows += [
    ["Strategic development of inclusion with the headteacher, senior leaders and "
     "governors", "3.3.1", "TP3 portfolio (d)"],
    ["Identifies needs, sets targets, plans interventions and reviews progress",
     "3.2.2", "TP2 enquiry"],
    ["... using other professionals' assessments", "3.2.3", "TP2 enquiry"],
    ["... using summative data and national tests to track progress and change "
     "programmes", "3.3.2", "TP3 portfolio (b)"],
    ["... making timely arrangements for tests and examinations", "3.2.7",
     "Teaching guidance only"],
    ["Provision mapping; finding provision that is missing or not working", "3.3.3",
     "TP3 portfolio (a)"],
    ["Deploys and manages staff", "3.3.4", "TP3 portfolio (c)"],
    ["Develops colleagues: observation and feedback, coaching, training", "3.3.5",
     "TP3 portfolio (f)"],
    ["Reviews provision with colleagues to inform school self-evaluation", "3.3.6",
     "TP3 portfolio (e)"],
    ["Involves pupils in planning and reviewing their provision", "3.2.5",
     "TP2 enquiry"],
    ["Works with parents and carers", "3.2.6", "TP2 enquiry"],
    ["Works with other services and voluntary organisations", "3.3.7",
     "Checkpoint C3"],
]
group_rows = [i for i, r in enumerate(rows) if r[1] == "" and i > 0]
table(rows, widths=[9.5, 3.0, 4.0], shade_rows=group_rows)
para("Key. Checkpoint: a formative task (2); feedback is given, no mark is awarded and "
     "it does not count towards the award. Teaching guidance only: taught, not "
     "assessed. Portfolio item (f) is optional and is not marked (4.4).", italic=True,
     size=9)

# ------------------------------------------------------------------ 5
h1("5  School-based assessment")
h2("5.1  Setting the tasks")
para("The Partnership sets the TP2 and TP3 tasks (4.4). Each candidate agrees the focus "
     "of the task with their tutor and centre mentor at the first tutorial of the unit, "
     "so that the work meets a real need in the centre.")
h2("5.2  The centre mentor")
para("Every candidate has a centre mentor from the leadership team of their own school. "
     "The mentor meets the candidate at least twice a term; makes sure the candidate "
     "has access to the pupil data, colleagues, pupils and families the tasks require; "
     "attends the presentation for TP3 item (d); and signs the authentication "
     "statement. Mentors do not mark and may not edit a candidate's work. Every new "
     "centre mentor attends a half-day mentor briefing at Tallowfield (held in the "
     "autumn term and repeated before the January and April entry windows) and "
     "receives the Centre Mentor Handbook, which sets out the role, the tasks, the "
     "rules on consent and what a mentor may and may not do.")
h2("5.3  Authentication")
para("Candidates sign a declaration that the work submitted is their own and that the "
     "school-based activity it describes took place. The centre mentor countersigns. "
     "Work without both signatures is not marked.")
h2("5.4  Ethics and consent")
para("Parents' written consent and pupils' agreement are obtained before any "
     "school-based enquiry, and submitted work is anonymised.")
h2("5.5  Marking")
para("Tutors mark every unit against the assessment objectives and the marking "
     "criteria in the Tutor Assessment Guide. Before each marking round all markers "
     "attend a standardisation meeting at which scripts marked in advance are compared "
     "and agreed.")
h2("5.6  Moderation")
para("A second tutor marks a sample of at least 25 per cent of each unit, spread across "
     "markers, together with every script below the pass mark and every script in the "
     "Distinction band. Dr Paul Ashworth, the University's link tutor, moderates a "
     "sample of each unit for the University. The external examiner appointed by the "
     "University reviews a sample from every unit, sees all fails and attends the "
     "Partnership Assessment Board; results are then confirmed by the University's "
     "Examination Board.")

# ------------------------------------------------------------------ 6
h1("6  Other matters")
h2("6.1  Every Child Matters")
para("The five outcomes run through the specification. In TP1 Part A candidates judge "
     "their school's SEN policy and practice against them; in TP2 candidates must "
     "report the difference the intervention made for the pupil against at least two "
     "of the five; and the TP3 strategic proposal must say which outcomes it aims to "
     "improve, and how the school will know.")
h2("6.2  Equality and inclusion for candidates")
para("The qualification is open to every teacher who meets the entry requirements in "
     "1.2, and selection is made on those requirements alone. We expect some candidates "
     "to be disabled, or to have dyslexia or another specific learning difficulty, and "
     "we plan for this rather than waiting to be asked. Both teaching venues are fully "
     "accessible and have hearing loops. Every handout is on the learning platform in "
     "an accessible format, and printed materials are available in large print or on "
     "coloured paper. The Nomination Form and the entry conversation both invite "
     "candidates to tell us in confidence about any disability or need so that "
     "reasonable adjustments can be agreed before the course starts, and candidates "
     "can tell their tutor at any later point. Hosts of any visit are told, with the "
     "candidate's agreement, what adjustments are needed. Adjustments to assessment "
     "are described in 7.4. One session of the first TP1 day is led by members of the "
     "Wyreshire Disability Forum, disabled adults who talk about their own schooling. "
     "Programme staff take part in the Tallowfield disability equality training each "
     "year, and a complaint of discrimination is dealt with under the Tallowfield "
     "Equality Scheme or the University's procedures, as the candidate prefers.")
h2("6.3  Spiritual, moral, ethical, social and cultural issues")
para("The TP2 enquiry raises ethical questions about research with children and "
     "families, which candidates are expected to discuss.")
h2("6.4  ICT and the e-route")
para("All candidates use the Partnership learning platform for session materials, "
     "readings, submission of work and the return of marks and feedback. Unit TP1 can "
     "also be studied by the e-route: six study blocks on the learning platform, each "
     "of about five hours, replace the three taught days. The e-route opens with a "
     "face-to-face induction afternoon and ends with a face-to-face review session. "
     "Each block ends with a checkpoint task (C1), which the e-tutor reads and comments "
     "on within ten working days, and candidates can e-mail the e-tutor at any time, "
     "with a reply within three working days. The e-route is designed for independent "
     "study: there are no discussion forums or online group activities, and e-route "
     "candidates are not placed in a tutorial group.")

# ------------------------------------------------------------------ 7
h1("7  Administration")
h2("7.1  Entry windows and registration")
para("There are three entry windows each year: September (registration by 30 June), "
     "January (by 31 October) and April (by 31 January). Units TP1 and TP2 may be taken "
     "in either order; TP3 is taken last. A candidate may complete the qualification in "
     "one year or spread it over up to three years, and a unit result can be carried "
     "forward for three years. Each taught day is run twice in the same fortnight, once "
     "at Tallowfield School and once at Brook Hollow School, and candidates may attend "
     "either.")
h2("7.2  Routes and entry codes")
table([
    ["Code", "Route", "Status 2009-10"],
    ["TPA1", "Full qualification, taught route", "Available"],
    ["TPA2", "Full qualification, Unit TP1 by the e-route", "Available"],
    ["TPX1", "Unit TP1 only (20 credits)", "Available from January 2010"],
    ["TPA0", "Direct assessment (no taught units)", "Not available"],
], widths=[2.0, 10.0, 4.5])
h2("7.3  Private candidates")
para("This specification is not available to private candidates. Every candidate must "
     "be registered through a centre and complete all three units, including the "
     "taught element of each (or the e-route for TP1). The Certificate's direct claim "
     "route (1.5) was last offered in 2007-08. The University's regulations for "
     "collaborative taught awards do not allow the qualification to be awarded without "
     "registration on the units.")
h2("7.4  Access arrangements, reasonable adjustments and special consideration")
para("Candidates with a disability, a specific learning difficulty or another need may "
     "be granted reasonable adjustments to assessment: for example extra time and rest "
     "breaks in the TP3 professional discussion, questions given in writing as well as "
     "orally, submission of work in an alternative format, a sign language interpreter, "
     "or extended deadlines. Requests go to the Programme Leader, normally four weeks "
     "before the assessment, with whatever evidence the candidate has; the Programme "
     "Leader agrees the arrangement with the candidate and informs the assessors. "
     "Adjustments change how a candidate shows what they can do, never the standard "
     "required. Special consideration may be given to candidates affected by illness, "
     "bereavement or other circumstances at the time of an assessment, under the "
     "University's regulations.")
h2("7.5  Resubmission")
para("A candidate who fails a unit may resubmit once. A resubmitted unit is capped at "
     "the pass mark.")
h2("7.6  Awarding and certification")
para("Each unit is marked out of 100, and a unit is passed with 50 marks. To be awarded "
     "the qualification a candidate must pass all three units. Where a candidate "
     "scores between 40 and 49 in one unit, the Assessment Board may compensate that "
     "unit if the candidate's total across the three units is at least 165. The "
     "qualification is graded Pass, Merit (total 180 or more) or Distinction (total 210 "
     "or more). Because each national minimum outcome is assessed within the units "
     "(4.5), a candidate who is awarded the qualification has demonstrated every "
     "outcome. Certificates are issued by the University.")
h2("7.7  Appeals")
para("Appeals against assessment decisions are heard under the University of Kenmoor's "
     "academic appeals regulations.")
h2("7.8  Fees")
para("The full qualification costs 1,150 pounds per candidate (1,450 pounds for schools "
     "outside the Partnership), including University registration, the mentor "
     "briefing and all materials. We keep the fee down by teaching in partner schools, "
     "by using serving SENCOs and specialist staff, and by sharing the costs of the "
     "Training School team. The Wyreshire SEN Service pays 300 pounds towards the fee of "
     "each candidate from a maintained school in the county. Tutorial time is "
     "allocated according to the Starting Point self-review, so that less experienced "
     "candidates receive more of it.")

# ------------------------------------------------------------------ 8
h1("8  Support for centres and candidates")
h2("8.1  The programme team")
table([
    ["Name and post", "Experience and qualifications", "Teaches"],
    ["Alison Verity, Programme Leader (0.6 on the programme)",
     "SENCO at Tallowfield School 1998-2008; MA Special and Inclusive Education "
     "(Kenmoor, 2004); member of the Wyreshire SENCO Forum steering group; leads the "
     "Training School's SEN strand", "TP1, TP3; marks all units"],
    ["Dev Raithatha, tutor",
     "SENCO, Ridgeway Primary School (partner school); MEd; specialist teacher "
     "qualification in dyslexia (AMBDA)", "TP2; marks TP2"],
    ["Carys Lloyd, tutor",
     "Deputy Headteacher, Brook Hollow School; postgraduate diploma in autism; "
     "leads Brook Hollow's outreach to mainstream schools", "TP2, TP3; marks TP2 and TP3"],
    ["Dr Paul Ashworth, University link tutor",
     "Senior Lecturer in Inclusive Education, University of Kenmoor; former "
     "secondary SENCO; research on provision mapping", "Research sessions in TP1; "
     "University moderator"],
], widths=[4.5, 8.5, 3.5])
para("Sessions are also led by officers of the Wyreshire SEN Service, the Wyreshire "
     "Educational Psychology Service and the Parent Partnership Service (8.3). Every "
     "tutor holds a current SENCO, specialist or research post, and spends at least "
     "three days a year on their own professional updating, recorded in the "
     "Partnership's tutor development log and reviewed by the Director.")
h2("8.2  Preparing tutors and mentors")
para("New tutors are inducted by the Programme Leader, second-mark alongside an "
     "experienced tutor in their first marking round, and receive the Tutor Assessment "
     "Guide, which sets out their responsibilities for teaching, tutorials, marking, "
     "feedback and moderation. All markers attend the standardisation meeting before "
     "each marking round (5.5). Centre mentors are prepared through the mentor briefing "
     "and the Centre Mentor Handbook (5.2), and can telephone the Programme Leader at "
     "any time.")
h2("8.3  Specialist input and visits")
para("Every unit includes sessions led by specialists: the Wyreshire Educational "
     "Psychology Service and speech and language therapists from the primary care "
     "trust (TP2); the LA Autism Outreach Team (TP2); LA SEN officers (TP1 and TP3); "
     "and the Parent Partnership Service with a parent (TP2). The placement week of the "
     "Certificate has been withdrawn (1.5), and there is no placement. A candidate who "
     "would like to spend time in Brook Hollow School or in the Wyreshire Language Unit "
     "may ask the Programme Leader, who will try to arrange a visit if the host school "
     "can accommodate it. Visits do not form part of the assessment.")
h2("8.4  Resources")
para("The Inclusion Resource Centre at Tallowfield School, open on taught days and by "
     "appointment, lends standardised assessment materials (reading, spelling, language "
     "and number tests, screening tools) and assistive technology for the TP2 enquiry "
     "(text-to-speech, voice recognition, symbol and visual timetable software, and "
     "communication aids lent by Brook Hollow School), and holds books, journals and "
     "National Strategies materials. Candidates are registered with the University "
     "library, with e-journal access from home, for the length of their study.")
h2("8.5  Quality assurance and evaluation")
para("Internal evidence: after each taught day candidates complete a short evaluation; "
     "at the end of each unit, a questionnaire and a candidate focus group; tutors meet "
     "after each marking round to review candidates' work and the tasks; and the "
     "Starting Point self-review is completed again at the end of TP3, so that "
     "candidates and tutors can see the change in each candidate's confidence against "
     "every outcome.")
para("External evidence: the University's annual monitoring of collaborative "
     "provision, including a termly visit by the link tutor; and the external "
     "examiner's annual report.")
para("Use of the evidence: each July the Programme Leader writes an Annual Programme "
     "Review drawing on all of this, with an action plan. It goes to the Partnership "
     "Steering Group (the Director of the Training School, the Programme Leader and the "
     "University link tutor) and to the University's Collaborative Provision Committee, "
     "and the changes made are reported to the next intake at their first session. We "
     "intend to widen the Steering Group from 2010 to include partner headteachers and a "
     "parent representative.")
para("Impact on pupils: the TP2 enquiry asks every candidate to describe the "
     "difference the intervention made, using the views of the pupil, the parents and "
     "staff. The Partnership would like, once the first candidates have completed, to "
     "work with partner schools to look at the progress data of pupils on those SENCOs' "
     "caseloads; no arrangement for this is yet in place.")
h2("8.6  Progression")
para("The 60 credits may count towards the University of Kenmoor's MA in Education "
     "(Inclusion). Candidates' professional objectives after the qualification are a "
     "matter for their schools' performance management arrangements, and the "
     "Partnership does not take part in setting them.")

# ------------------------------------------------------------------ appendices
h1("Appendix A  Grade descriptors")
runin("Pass.", "sound knowledge, accurately applied in the candidate's own school; "
      "clear communication.")
runin("Merit.", "in addition, careful analysis of evidence and data, and the effect of "
      "the work on pupils shown.")
runin("Distinction.", "in addition, critical and independent evaluation, wide use of "
      "research, and leadership that has changed practice beyond the candidate's own "
      "classroom.")

h1("Appendix B  Candidate record form")
table([
    ["Candidate name", ""],
    ["Centre", ""],
    ["Unit (TP1 / TP2 / TP3)", ""],
    ["Candidate declaration", "I confirm that this work is my own and that the "
     "school-based activity it describes took place.  Signed: ............  Date: ......"],
    ["Centre mentor declaration", "I confirm that the activity took place in this school "
     "as described.  Signed: ............  Date: ......"],
    ["Marker", "Mark: ...... / 100     Second marker (if sampled): ......"],
], widths=[5.0, 11.5], bold_first_col=True, header=False)

doc.save(OUT)
print("wrote", OUT)
