"""Build el-01-haverbrook-learning-agreement.docx (blind test application).

KIND OF DOCUMENT
  A continuing education department's three-way Learning Agreement pack for a
  part-time, work-based award: guidance notes for participant, school and
  tutor, the agreement form itself, shown completed as a worked example for a
  fictitious participant, and a who's who. Adult and work-based learning
  departments use such agreements (learner, employer, university) to negotiate
  a personal route through a programme. The Department sends the pack as its
  application with a short boxed note to the panel on the first page.

PROVIDER (invented)
  University of Haverbrook, Department of Continuing Education (the applicant),
  with Haverbrook City Council and Tamsley County Council as partners.
  Award: Postgraduate Certificate in Special Educational Needs Coordination
  (National Award for SEN Coordination), 60 credits at Level 7, two 30-credit
  modules (CE7101 The SENCO, the Law and the Learner; CE7102 Leading Provision
  in School). Ten day schools, an online unit "Using data", a specialist visit
  day, three tutorials; Weekday route (Haverbrook), Saturday route (Tamsley
  Teachers' Centre), Extended route over two years.
  People: Dr Miriam Castell (Programme Director), Paul Jennaway, Dr Nadia
  Ferrante (associate tutor, EP), Bernadette Quaile and Gwyn Pascoe (LA link
  advisers), Ruth Haig (Disability Adviser), Dr Alan Pryor (external examiner).
  Worked-example participant: Lorna Fitch, Holly Lane Primary School (fictitious
  within the fiction, dates illustrative).

LAYOUT
  Title block; a shaded one-cell box "For the TDA approval panel"; Heading 1/2
  prose "About this agreement" and "How this agreement was developed"; a
  two-column "programme at a glance" field table; a day-school table
  (DS1-DS10 plus the online unit); Guidance notes grouped by the form's Parts
  A-I, each note a bold run-in box code (A1 ... A6, B1 ..., C1 ..., D1 ...,
  E1 ..., F1 ..., G1 ..., H1 ...). The box codes A1-A6 collide with the outcome
  ids 6.A1-6.A6 (A4 is the CRB box, A5 disability), and Part F's note codes
  F1-F5 are just notes. Then the form, Parts A-I, as three-column tables
  (Box | grey italic prompt | blue worked-example entry), tick boxes typed as
  the characters for empty and ticked boxes, "[Tutor to complete]" and
  "[To be completed at the final review]" prompts left in. Part F is the
  outcome and assessment plan: 26 rows in the Department's own words under
  merged group rows (attributes / knowledge / skills), columns "Worked on in",
  "Evidenced for the award in", and the participant's focus tick. A note
  under the table explains "Review only", "formative" and "not
  credit-bearing". Who's who table at the end. Page header and footer.

TRAPS (requirement ids affected)
  - 5.3   Box note A4: "The Department does not ask to see, and does not check,
          CRB disclosures" - the employer's business. The page FOOTER says
          "Enhanced CRB status of every participant is verified by the
          Department before enrolment": footers are never evidence. -> not_met.
  - 2.3   Note C3: assessment-only route "being discussed" with Registry;
          "until that is settled, every participant follows one of the taught
          routes"; the form's C3 prompt "Not available in 2009-10". -> not_met.
  - 2.1   Note C2: credit for certificated Level 7 study (up to 30 credits);
          "does not allow credit for experience alone" (experience only used in
          the audit). -> partially_met.
  - 3.3   Online unit on Moodle with a peer discussion board "not moderated by
          tutors"; tutor questions answered "at the next day school"; note G1:
          tutors do not take e-mail queries between sessions. Peer support only.
          -> partially_met (e-learning is used, so 3.3 applies).
  - 1.5   No teaching of consulting pupils; only a wish in H3-style wording in
          "How this agreement was developed" ("We would like to add a session
          on gathering pupils' views in 2010-11"). -> not_met.
  - 6.S7  Part F row: "Worked on in: -", evidence "Assignment 2 (optional:
          pupil's views, where the school agrees)". -> partially_met.
  - 4.3   LA link advisers teach, arrange visits, attend reviews and the
          moderation morning (delivery and assessment), but evaluation by heads
          and authorities is only "We would also like to ask..." (note H3).
          -> partially_met. 4.1 and 4.2 are met (survey figures, focus groups,
          four named changes).
  - 5.1   Note H3 lists internal sources and the external examiner's comments,
          used "to monitor the programme" and feed the "annual programme
          review": no account of how evidence changes the programme.
          -> partially_met.
  - 5.6   Library and Moodle only; no stock of assessment materials or assistive
          technology ("tutors demonstrate software ... where they can borrow
          it"); the worked example's "Lorna will use the school's Clicker 5
          licence" is the school's resource. -> partially_met.
  - 1.3   Only general wording ("current research"); no named research or
          inspection evidence anywhere. -> partially_met.
  - 1.9, 6.0  Panel note and note F4 claim that passing both modules "means you
          have met the national minimum outcomes", but Part F evidences some
          outcomes only at a review, in a formative journal or a
          non-credit-bearing quiz, or not at all, and two outcomes are missing.
          -> partially_met.
  - Part F (criterion 6):
      "Review only"                        6.A3; 6.K9 + 6.S9 (combined row)   -> partially_met
      "Learning journal (formative)"       6.A7                               -> partially_met
      "-" in the evidence column            6.K4                               -> partially_met
      "Online unit quiz (not credit-bearing)" 6.S2b, 6.S2d                     -> partially_met
      optional evidence, no teaching       6.S7                               -> partially_met
      no row, not mentioned anywhere       6.A4 (decisions/judgement), 6.S2c
                                           (formative assessment by colleagues) -> not_met
      The worked example's focus ticks are the participant's choices, not
      evidence of anything.
  - Worked-example entries (blue) illustrate the provider's procedures: the
    audit at the pre-course meeting and focus outcomes in E1 (2.2 met), a
    specialist visit arranged by the link adviser (5.5 met), adjustments agreed
    with the Disability Adviser (3.1 met).
  - Met in the pack's own vocabulary: E.1, E.2 (field table), 1.1 (purpose and
    the workplace project's pupil outcomes across attainment and another of
    the five outcomes, judged in Assignment 3), 1.2, 1.8 (workplace project),
    2.2, 2.4, 2.5 (Next Steps sheet at the final review), 3.1 (note A5), 3.2
    (three routes, two starts, switching venue per day school), 5.2 (note A2,
    C1 with guidance letter and talk with the head), 5.4 (who's who), 5.5 (note
    D3), 5.7 (B2 mentor briefing and Mentor Guide, G3), 5.8 (note F5), 5.9
    (note E3 baseline and follow-up, repeated audit, annual summary).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "el-01-haverbrook-learning-agreement.docx")

GREY = RGBColor(0x70, 0x70, 0x70)
BLUE = RGBColor(0x1A, 0x3C, 0x9A)
BOX = "\u2610"
TICK = "\u2612"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
st.paragraph_format.space_after = Pt(5)
for s in doc.sections:
    s.left_margin = Cm(2.2)
    s.right_margin = Cm(2.2)
    s.header.paragraphs[0].text = (
        "University of Haverbrook \u00b7 Department of Continuing Education \u00b7 "
        "PG Certificate in SEN Coordination \u00b7 Learning Agreement 2009\u201310")
    fp = s.footer.paragraphs[0]
    fp.text = ("DCE/PGC-SENCO/LA v1.3 \u00b7 February 2009 \u00b7 Enhanced CRB status of every "
               "participant is verified by the Department before enrolment \u00b7 "
               "Available in large print on request")
    fp.runs[0].font.size = Pt(8)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, colour=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
    if align:
        p.alignment = align
    return p


def note(code, title, text):
    """Guidance note with bold run-in box code and title."""
    p = doc.add_paragraph()
    r = p.add_run(f"{code}  {title}. ")
    r.bold = True
    p.add_run(text)
    return p


def cell_text(cell, text, bold=False, italic=False, colour=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if colour:
            r.font.color.rgb = colour
        r.font.size = Pt(size or 9.5)


def field_table(rows, widths=(4.5, 12.0)):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        c = t.add_row().cells
        cell_text(c[0], label, bold=True)
        shade(c[0], "E7ECF4")
        cell_text(c[1], value)
    for row in t.rows:
        row.cells[0].width = Cm(widths[0])
        row.cells[1].width = Cm(widths[1])
    doc.add_paragraph()
    return t


def form_table(part_title, rows):
    """Form part: Box | grey prompt | blue entry."""
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    m = hdr[0].merge(hdr[2])
    cell_text(m, part_title, bold=True, size=10)
    shade(m, "1F3B6E")
    m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for box, prompt, entry in rows:
        c = t.add_row().cells
        cell_text(c[0], box, bold=True)
        cell_text(c[1], prompt, italic=True, colour=GREY, size=9)
        cell_text(c[2], entry, colour=BLUE)
    for row in t.rows[1:]:
        row.cells[0].width = Cm(1.3)
        row.cells[1].width = Cm(6.2)
        row.cells[2].width = Cm(9.0)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ title
para("UNIVERSITY OF HAVERBROOK", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Department of Continuing Education", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
para("in partnership with Haverbrook City Council and Tamsley County Council",
     italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Postgraduate Certificate in Special Educational Needs Coordination\n"
     "(National Award for SEN Coordination)", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
para("LEARNING AGREEMENT 2009\u201310", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Guidance notes  \u00b7  Agreement form  \u00b7  Worked example",
     size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Version 1.3, February 2009", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
bc = box.rows[0].cells[0]
shade(bc, "FFF4D6")
cell_text(bc, "For the TDA approval panel", bold=True, size=10.5)
for t in [
    "The Department of Continuing Education is the applicant, and Haverbrook City Council "
    "and Tamsley County Council are our partners. We have chosen to send our Learning "
    "Agreement as the centre of our application because it is the document through which "
    "every participant, every school and every tutor meets the programme: the entry audit, "
    "credit for prior study, the choice of route, the individual plan, support, assessment "
    "and review are all settled in it. The guidance notes set out our arrangements; the "
    "form follows, shown completed for a fictitious participant, Lorna Fitch, so that the "
    "panel can see how it works in practice.",
    "Part F of the agreement maps every national minimum outcome to the places where it is "
    "worked on and evidenced, so no participant can complete the programme without meeting "
    "all of them. The programme's Definitive Document and Participant Handbook are available "
    "from the Programme Director on request.",
    "Dr Miriam Castell, Programme Director, 27 February 2009",
]:
    p = bc.add_paragraph()
    r = p.add_run(t)
    r.font.size = Pt(9.5)
doc.add_paragraph()

# ------------------------------------------------------------------ about
doc.add_heading("About this agreement", level=1)
doc.add_heading("Why we use a learning agreement", level=2)
para("Adults who study part time while holding a demanding job learn best when what they "
     "study is tied to the work in front of them and the people around them know what they "
     "are trying to do. That is why this programme asks you, your school and the University "
     "to sign one agreement between the three of you.")
para("The programme exists for one purpose: that children and young people with special "
     "educational needs and/or disabilities in your school make better progress and have a "
     "better time at school \u2013 in their learning, in their health and safety, in their "
     "enjoyment of school, in the contribution they make and in their preparation for adult "
     "life \u2013 because their SENCO knows more, can do more and leads others well. Everything "
     "in this agreement is meant to serve that purpose, and the workplace project you plan in "
     "Part E is judged, in the end, by what it changes for pupils.")
para("Who signs it. You (the participant); your headteacher, or a member of the leadership "
     "team to whom the head has delegated the task, on behalf of your school; and your "
     "University tutor on behalf of the Department. Your local authority link adviser receives "
     "a copy but does not sign.")
para("When it is completed. Parts A to C before the course starts, at your pre-course meeting "
     "(June or July for a September start, November for a January start); Parts D to G at your "
     "first tutorial; Part H at each review; Part I when the first version is agreed.")
para("What it is not. The agreement is a working document; changes are recorded in Part H. "
     "It is not a contract of employment and does not replace the University's regulations.")

doc.add_heading("How this agreement was developed", level=2)
para("The agreement was designed during 2008 with the two authorities. Their joint survey of "
     "SENCOs in the spring of 2008 drew 142 replies, 61 of them from SENCOs in their first two "
     "years in the role, and the Department ran two focus groups of headteachers (nineteen heads "
     "in all, primary, secondary and special) in June 2008. They told us three things. New "
     "SENCOs were rarely given the time, or the access to data and to the SEN budget, that the "
     "role needs, and heads said plainly that they would support study only if it was tied to "
     "the school's own improvement plan. Support from outside school was uneven, and in the "
     "south and west of Tamsley some SENCOs had never met an adviser. And SENCOs wanted study "
     "that counted towards a further qualification, and rated \u201cusing data to track pupils "
     "with SEN\u201d as the area in which they felt least confident (48 per cent rated it "
     "\u201cweak\u201d or \u201cvery weak\u201d).")
para("We changed the programme in four ways as a result: the school's commitment became a "
     "signed part of the agreement (Part B), with a named mentor from the leadership team; we "
     "added the Saturday route at Tamsley Teachers' Centre; every participant now has a named "
     "link adviser from their authority (note G3); and we made the online unit Using data a "
     "compulsory part of CE7102. The Certificate's 60 credits count towards the Department's "
     "MA in Professional Education.")
para("The survey also asked SENCOs how often they sought pupils' own views about their "
     "provision; few did so routinely. We would like to add a session on gathering pupils' "
     "views in 2010\u201311, when the programme has run once.")

doc.add_heading("The programme at a glance", level=2)
field_table([
    ("Award", "Postgraduate Certificate in Special Educational Needs Coordination (National "
              "Award for SEN Coordination), an award of the University of Haverbrook"),
    ("Credit and level", "60 credits at Level 7 (Masters level) of the University's Credit "
                         "Framework. Approved by the University's Academic Standards Committee "
                         "on 21 January 2009 for five years from September 2009"),
    ("Modules", "CE7101 The SENCO, the Law and the Learner (30 credits)\n"
                "CE7102 Leading Provision in School (30 credits)"),
    ("Taught elements", "Ten day schools (9.30 am to 4.00 pm); the online unit Using data "
                        "(about ten hours); one specialist visit day; three individual tutorials"),
    ("Routes", "Weekday route: Thursdays at Lyle House, Haverbrook\n"
               "Saturday route: Tamsley Teachers' Centre, Ashby Road, Tamsley\n"
               "Extended route: either of the above over two years (see note D1)"),
    ("Start dates", "September 2009 (both routes); January 2010 (Saturday route)"),
    ("Fee", "\u00a31,480 for the full Certificate. Haverbrook City Council and Tamsley County "
            "Council each pay \u00a3550 of the fee for teachers in their maintained schools; "
            "academies and independent schools pay the full fee."),
    ("Further study", "The Certificate counts as 60 of the 180 credits of the MA in "
                      "Professional Education"),
    ("Contact", "Karen Boothby, Programme Administrator, Department of Continuing Education, "
                "Lyle House, 14 Minster Walk, Haverbrook"),
])

doc.add_heading("The day schools", level=2)
para("Use this table when you complete Parts E and F. Each day school runs on both routes within "
     "the same fortnight.")
ds = [
    ("1", "CE7101", "The SENCO and the five outcomes. The SENCO's role as the Code of Practice "
                    "describes it; Every Child Matters and what each of the five outcomes means "
                    "for a pupil with SEN; Removing Barriers to Achievement; how the programme "
                    "and this agreement work."),
    ("2", "CE7101", "SEN law and the Code of Practice. The Education Act 1996 as amended by the "
                    "Special Educational Needs and Disability Act 2001; the graduated response "
                    "(School Action and School Action Plus); statutory assessment, statements and "
                    "annual reviews; what the law asks of the school, the governors and the "
                    "SENCO, and how to put it into practice. Led with Haverbrook City Council's "
                    "SEN Casework Manager."),
    ("3", "CE7101", "Disability equality. The Disability Discrimination Act 1995 and 2005; the "
                    "disability equality duty and the school's disability equality scheme; "
                    "accessibility planning; reasonable adjustments for pupils."),
    ("4", "CE7101", "Development and difference. How children develop \u2013 language, thinking, "
                    "social and emotional development \u2013 and how special educational needs, "
                    "disability and the setting for learning can affect it; speech, language and "
                    "communication needs; autistic spectrum disorders. With a speech and language "
                    "therapist."),
    ("5", "CE7101", "Areas of need. Behavioural, emotional and social difficulties; specific "
                    "learning difficulties including dyslexia; moderate learning difficulties; "
                    "approaches, strategies and resources for teaching, including ICT "
                    "(text-to-speech, symbol software, visual supports), and how to tell whether "
                    "they work."),
    ("6", "CE7101", "Parents and partners. Working with parents and carers (with Tamsley Parent "
                    "Partnership Service and a parent speaker); the educational psychology "
                    "service, speech and language therapy, CAMHS, social care, health and "
                    "voluntary organisations; the Common Assessment Framework; using other "
                    "professionals' assessments in planning teaching."),
    ("Online unit", "CE7102", "Using data. Tracking progress with P scales, teacher assessment, "
                              "national tests and RAISEonline; changing programmes when pupils "
                              "are not progressing; access arrangements for Key Stage tests and "
                              "GCSE. Self-paced, between day schools 6 and 7."),
    ("7", "CE7102", "Planning provision. Identifying pupils who may have SEN from observation, "
                    "data and assessment; setting challenging targets; planning and reviewing "
                    "interventions; provision mapping and costing; finding missing or "
                    "ineffective provision."),
    ("8", "CE7102", "Leading people. Deploying and managing teaching assistants; supporting "
                    "colleagues' professional development through observation and feedback, "
                    "modelling, coaching and arranging training; managing your own workload, "
                    "setting priorities and delegating."),
    ("9", "CE7102", "Self-evaluation and strategy. School self-evaluation and the SEF; reviewing "
                    "the effectiveness of provision with colleagues; working with the head and "
                    "governors on an inclusive ethos, policy, priorities and the use of resources."),
    ("10", "CE7102", "Project presentations. Next steps."),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Day school", "Module", "Title and main content"]):
    cell_text(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "D9D9D9")
for n, mod, txt in ds:
    c = t.add_row().cells
    cell_text(c[0], n)
    cell_text(c[1], mod)
    cell_text(c[2], txt)
for row in t.rows:
    row.cells[0].width = Cm(2.2)
    row.cells[1].width = Cm(1.8)
    row.cells[2].width = Cm(12.5)
para("Day schools draw on current research and on the experience of the authorities' "
     "services.", italic=True)

# ------------------------------------------------------------------ guidance notes
doc.add_heading("Guidance notes", level=1)
para("The notes follow the boxes of the form. Read them with the form in front of you. Notes "
     "for your school are marked (School); notes for tutors are marked (Tutor).")

doc.add_heading("Part A \u2013 About you", level=2)
note("A1", "Name and contact details",
     "Give a personal e-mail address that you check in the school holidays.")
note("A2", "Your post",
     "Tell us your current post and whether you are already your school's SENCO or have been "
     "designated by your headteacher to take on the role. To join the programme you must be a "
     "qualified teacher in post in a school, and either the school's SENCO or designated to "
     "become it by the start of the course. Your headteacher's signature in Part I confirms "
     "this. Applicants who are not yet in this position should read note C1.")
note("A3", "Qualifications and previous study",
     "List your teaching qualification and any other higher education study, especially any "
     "study of special educational needs. If you hold credit at Level 7 for SEN study, complete "
     "box C2 as well.")
note("A4", "Criminal Records Bureau disclosure",
     "The Department does not ask to see, and does not check, CRB disclosures for this "
     "programme. As an employed teacher you will have been checked by your employer; that is a "
     "matter between you and your school. You need not enter anything in box A4 unless you "
     "wish to.")
note("A5", "Disability and support needs",
     "We want to know about any disability, specific learning difficulty, health condition or "
     "other circumstance that might affect your study, so that we can put adjustments in place "
     "before the course begins rather than after a difficulty has arisen. Telling us is "
     "voluntary, and what you tell us is shared only with the people who need it to make "
     "arrangements, and only with your agreement. If you tick box A5 the Department's "
     "Disability Adviser, Ruth Haig, will contact you before your pre-course meeting and agree "
     "a support plan with you. Adjustments made for participants on our professional courses "
     "include handouts and readings sent a week ahead in the format you need (large print, "
     "coloured paper, electronic text for a screen reader), a note-taker or permission to "
     "record day schools, extra time and a word processor for timed activities, longer "
     "deadlines, ground-floor rooms and reserved parking, and a British Sign Language "
     "interpreter. Lyle House and Tamsley Teachers' Centre both have level access, an "
     "accessible toilet and a hearing loop, and the specialist visit (note D3) is chosen with "
     "your access needs in mind. If your needs change during the programme, tell your tutor "
     "or Ruth and the plan will be reviewed. This pack, our leaflet and all programme "
     "materials are available in large print and electronic text, and we ask about access "
     "needs at every stage from first enquiry to the award. The University's Disability "
     "Equality Scheme and Race Equality Policy apply to the programme, and we monitor "
     "applications, progress and results by disability, ethnicity and gender.")
note("A6", "How you heard about the programme", "This helps us to reach new schools.")

doc.add_heading("Part B \u2013 Your school's commitment (School)", level=2)
note("B1", "Release",
     "The school agrees to release you for the ten day schools and the specialist visit day "
     "(weekday route), or to give equivalent time in lieu (Saturday route), and to allow you "
     "time in school for the tasks between day schools.")
note("B2", "School mentor",
     "The head names a mentor from the school's leadership team, usually the head or a deputy. "
     "The mentor meets you at least twice a term, helps you plan and carry out the workplace "
     "project, makes sure you can see the information you need (the school's data, the SEF and "
     "the SEN budget) and takes part in the reviews in Part H. Mentors are invited to a mentor "
     "briefing evening at the start of each intake (Lyle House in September, Tamsley in "
     "January) and receive the Mentor Guide, which sets out what the mentor does and what the "
     "mentor may and may not do in assessment: mentors do not mark work, but they confirm in "
     "writing that the workplace project took place as described. A mentor who cannot attend "
     "the briefing is visited or telephoned by the link adviser.")
note("B3", "Access for the project",
     "The school agrees that you may carry out the workplace project described in Part E, "
     "including work with pupils, staff and parents, and may use anonymised school data in "
     "your assignments.")
note("B4", "Sharing information",
     "The school agrees that your tutor and link adviser may contact your mentor, and that "
     "the head will write a short statement at the final review about what the school has "
     "seen change.")

doc.add_heading("Part C \u2013 Your starting point", level=2)
note("C1", "The Starting Point Audit",
     "Before your pre-course meeting you complete the Starting Point Audit. For each "
     "national minimum outcome listed in Part F you rate yourself from 1 (\u201cnew to "
     "me\u201d) to 4 (\u201cI do this confidently and could show you the evidence\u201d) and "
     "note any evidence. Bring it to the meeting. Your tutor checks it against what you tell "
     "us about your post and your previous study \u2013 people often rate themselves highly on "
     "the law, for instance, when what they know dates from before the 2001 Code \u2013 and "
     "agrees the ratings with you. The audit has two uses. First, it tells us whether you are "
     "ready to start. If it shows that you are unlikely to meet the outcomes within the "
     "programme, usually because you are not yet in a SENCO post or have very little "
     "experience of special educational needs, your tutor will say so at the meeting and "
     "write to you within two weeks setting out what to do first (a term in post, the "
     "authority's SENCO induction sessions, or the Department's Level 6 course Understanding "
     "Special Educational Needs) and, with your agreement, will talk it through with your "
     "headteacher. Secondly, the agreed audit is the basis of your learning plan (E1). You "
     "repeat the audit at the final review (H2).")
note("C2", "Credit for prior study",
     "If you have passed study at Level 7 in special educational needs at a UK university in "
     "the last five years, you may claim credit for it in place of CE7101 (up to 30 credits). "
     "Send the transcript and the module outline with this agreement; your tutor maps it "
     "against the outcomes of CE7101 and the Board of Examiners decides the claim. The "
     "University's Credit Framework does not allow credit for experience alone, so we cannot "
     "give credit for what you have learned at work. Your experience counts instead in the "
     "audit and in your learning plan.")
note("C3", "Assessment only",
     "Some experienced colleagues, for example teachers in the authorities' support services, "
     "have asked whether they could be assessed against the outcomes without taking the "
     "course. The Department is discussing with the University's Registry how such an "
     "\u201cassessment-only\u201d agreement could be examined and what it would cost. Until "
     "that is settled, every participant follows one of the taught routes in Part D; "
     "experienced participants can use credit (C2) and a focused learning plan (E1).")

doc.add_heading("Part D \u2013 Your route", level=2)
note("D1", "Choosing a route",
     "Tick one route. The weekday route runs on ten Thursdays at Lyle House, Haverbrook, "
     "from September to June. The Saturday route runs the same ten day schools on Saturdays "
     "at Tamsley Teachers' Centre, starting in September or in January, for colleagues who "
     "cannot be released on weekdays or who live in the south and west of Tamsley. The "
     "extended route lets you take either route over two years, CE7101 in the first year and "
     "CE7102 in the second. You may attend an individual day school on the other route by "
     "telling the office a week ahead, and you may take a break of up to a year between the "
     "modules by agreement at a review (H1).")
note("D2", "The online unit",
     "The unit Using data is studied on Haverbrook Online, the Department's Moodle site, "
     "between day schools 6 and 7. It takes about ten hours and is self-paced: worked examples "
     "with anonymised school data, short readings, and a quiz at the end of each section. "
     "Each intake has its own discussion board, where participants help one another; it is "
     "not moderated by tutors. Questions for tutors about the unit are answered at the next "
     "day school. Haverbrook Online also holds the day-school materials and readings.")
note("D3", "The specialist visit day",
     "Between day schools 5 and 6 you spend a day in a specialist setting arranged for you "
     "by your link adviser: Brookvale School, Haverbrook (severe and complex learning "
     "difficulties); Oakhurst School, Tamsley (autism and communication); the Tamsley Hearing "
     "Support Base; or the Haverbrook Behaviour Support Team. You agree a focus with your "
     "tutor beforehand, record it in box D3 and write the day up in your learning journal. "
     "Educational psychologists, a speech and language therapist and the authorities' "
     "specialist teachers also teach on day schools 2, 4, 6 and 7.")

doc.add_heading("Part E \u2013 Your learning plan", level=2)
note("E1", "Your focus outcomes",
     "At the first tutorial you and your tutor use the agreed audit to choose your focus "
     "outcomes, normally the six to ten outcomes you rated 1 or 2. For each focus outcome the "
     "plan says what you will do (reading, day-school tasks, work in school, time with your "
     "mentor or link adviser), by when, and how you will know it has worked. Where the audit "
     "shows that you already meet an outcome securely, the tutor may agree that you spend less "
     "time on the related tasks; you must still show the outcome where Part F says it is "
     "evidenced. The plan is yours to change, and it is reviewed at each review.")
note("E2", "Your workplace project",
     "The workplace project is the heart of CE7102. You plan, lead and evaluate a change in "
     "your school's provision for a group of pupils with SEN and/or disabilities \u2013 for "
     "example a new way of deploying teaching assistants in Key Stage 2 literacy, or a "
     "provision map for Year 7 linked to the school's tracking. The project must be agreed "
     "with your mentor, fit the school improvement plan, involve colleagues, and aim at a "
     "measurable improvement for the pupils both in their attainment and in at least one "
     "other of the five outcomes (for example attendance, taking part in the wider life of the "
     "school, or the pupils' own view of how they are getting on). You present it to your head "
     "or leadership team, and to your group at day school 10.")
note("E3", "Baseline and follow-up",
     "Before the project starts you record a baseline for the pupils involved: a measure "
     "of attainment in the area the project addresses (a reading age, for example), and at "
     "least one measure for the other outcome you have chosen. You repeat the same measures at the end. The results go in your project report "
     "(Assignment 3) and, anonymised, into the summary the Department compiles each year of "
     "what participants' projects have changed for pupils.")

doc.add_heading("Part F \u2013 Your outcome and assessment plan", level=2)
note("F1", "How Part F works",
     "Part F lists the national minimum outcomes that every participant must meet, in our own "
     "words. For each it shows where you work on it and where it is evidenced for the award. "
     "Tick the outcomes you chose as focus outcomes in E1. Do not change the \u201cEvidenced "
     "for the award in\u201d column: it is set by the programme.")
note("F2", "The assignments",
     "Assignment 1, Policy into practice (CE7101, 3,500 words, 40 per cent): a critical review "
     "of your school's SEN policy and practice against the law, the Code of Practice and the "
     "disability equality duty, drawing on research and on advice from outside the school, "
     "with recommendations for change. It is marked for accurate knowledge of the law and "
     "guidance and what they mean for your school, for critical use of research and best "
     "practice, and for clear, well-organised writing.")
para("Assignment 2, A pupil's story (CE7101, 4,000 words, 60 per cent): a case study of one "
     "pupil with SEN \u2013 how the pupil's needs were identified, including the assessments "
     "of other professionals; the targets you set; the intervention you planned and how it was "
     "reviewed; your work with the pupil's parents or carers, including at least one meeting "
     "with them; the pupil's needs set against the main areas of need; a critical evaluation "
     "of the approaches and resources used, including ICT; and what difference it made for "
     "the pupil across the five outcomes. You may include the pupil's own views about their "
     "provision if your school agrees. It is marked for the quality of the relationship with "
     "the pupil and family that the account shows, for accurate knowledge of the pupil's needs "
     "and of Every Child Matters, and for critical use of approaches and evidence.")
para("Assignment 3, Workplace project (CE7102, 5,000-word report and a 15-minute "
     "presentation, 100 per cent): the project in E2 \u2013 the needs of the pupils "
     "involved; a provision map showing gaps and provision that is not working; how you deployed "
     "staff and supported colleagues' development, including at least one coaching or "
     "training session that you led; how you reviewed the change with colleagues and fed it "
     "into the school's self-evaluation; the strategic priorities you agreed with your head "
     "and governors; and the baseline and follow-up measures in E3. Your head or a member of "
     "the leadership team gives written feedback on the presentation, which is submitted with "
     "the report.")
note("F3", "The learning journal",
     "You keep a learning journal throughout the programme: notes after each day school, the "
     "specialist visit, reading and what you try in school. Your tutor reads it at "
     "tutorials. It is formative and does not count towards the award.")
note("F4", "Passing and the award",
     "Each assignment is marked on the University's Level 7 scale, with a pass mark of 50. You "
     "may resubmit a failed assignment once; the mark is then capped at 50. The Certificate is "
     "awarded by the Board of Examiners when both modules have been passed. Because every "
     "outcome in Part F is built into the programme, passing both modules means you have met "
     "the national minimum outcomes.")
note("F5", "Marking and moderation (Tutor)",
     "Every assignment is marked by your tutor against the published criteria. A second tutor "
     "blind-marks a sample of at least one script in four from each assignment, every fail "
     "and every mark within three marks of a boundary; the two markers agree a mark, or the "
     "Programme Director decides. Each term the tutors and the two link advisers meet for a "
     "moderation morning at which all of them mark the same three scripts and compare "
     "judgements. The external examiner, Dr Alan Pryor of the University of Wexmouth, sees a "
     "sample of each assignment and every fail before the Board of Examiners meets (July and "
     "December) and reports to the University each year.")

doc.add_heading("Part G \u2013 Support", level=2)
note("G1", "Your tutor",
     "You are allocated a tutor, who holds three individual tutorials with you (45 minutes, "
     "after day schools 2, 5 and 8, face to face or by telephone) and reads one draft of each "
     "assignment. Our tutors work part time, so please bring questions to tutorials and day "
     "schools rather than e-mailing them; the office deals with administrative questions.")
note("G2", "Your mentor", "See note B2.")
note("G3", "Your link adviser",
     "Each participant has a link adviser from their authority: Bernadette Quaile (Senior "
     "Inclusion Adviser, Haverbrook City Council) or Gwyn Pascoe (Manager, Tamsley Learning "
     "Support Service), or a colleague they name. The link adviser acts as a distant mentor: "
     "arranges your specialist visit, attends the mid-point review, can put you in touch with "
     "services, teaches on day schools 2, 6 and 7 and takes part in the termly moderation "
     "morning (F5). Participants from other authorities are linked to Bernadette Quaile.")
note("G4", "Adjustments", "See note A5.")
note("G5", "Library and learning resources",
     "As a registered student you have full use of the University Library, including its "
     "e-journals from home, and of Haverbrook Online. The programme does not hold its own "
     "collection of assessment materials or assistive technology; tutors demonstrate "
     "software at day school 5 where they can borrow it, and you are encouraged to use what "
     "your school or authority has.")

doc.add_heading("Part H \u2013 Reviews and after the programme", level=2)
note("H1", "Reviews",
     "There are three reviews: at the start (your first tutorial, when Parts D to G are "
     "agreed), at the mid-point (after CE7101, with your mentor, tutor and link adviser, when "
     "the plan is revised) and at the end (after Assignment 3). Changes to the agreement "
     "\u2013 a change of route, a break between modules, an extension \u2013 are recorded on "
     "the review sheet and initialled by all three parties.")
note("H2", "The final review and your next steps",
     "At the final review you, your mentor or head, and your tutor look back at your "
     "Starting Point Audit, which you complete again, and agree your professional targets for "
     "the year after the programme: what you will develop further in the role, what support "
     "you need and whether you wish to go on to further study. The targets are written on the "
     "Next Steps sheet, which you take to your performance management review. The head's "
     "statement (B4) is written at the same meeting.")
note("H3", "What happens to the information",
     "The Department uses the information in agreements and reviews, in end-of-day-school and "
     "end-of-module questionnaires, and in tutors' notes to monitor the programme. These feed "
     "the Department's annual programme review. We would also like to ask headteachers and the "
     "two authorities, a year after each cohort finishes, what difference the programme has "
     "made in their schools, and will discuss with the authorities how this might be done.")

doc.add_heading("Part I \u2013 Signatures", level=2)
para("All three parties sign the first agreed version. Later changes are initialled on the "
     "review sheet (H1). Each party keeps a copy, and the link adviser receives one.")

# ------------------------------------------------------------------ the form
doc.add_page_break()
doc.add_heading("Learning Agreement \u2013 worked example", level=1)
para("The form below has been completed for a fictitious participant to show how it is used. "
     "Grey text is the form's own prompt; blue text is the example entry. Dates are "
     "illustrative.", italic=True)

form_table("PART A  About you", [
    ("A1", "Full name, home address, personal e-mail, telephone",
     "Lorna Fitch, 22 Wold Lane, Kettleby, Tamsley; lorna.fitch@example.net"),
    ("A2", "Current post and school. Are you the school's SENCO? "
           f"{BOX} Yes  {BOX} Designated from (date)",
     f"Class teacher (Year 4), Holly Lane Primary School, Tamsley (212 pupils). "
     f"{TICK} Designated SENCO from 1 September 2009"),
    ("A3", "Teaching qualification; other higher education study; any Level 7 SEN credit",
     "BEd (Hons) Primary, 2001. No previous SEN study at Level 7."),
    ("A4", "CRB enhanced disclosure: number and date (optional \u2013 see note A4)", ""),
    ("A5", f"Do you have a disability or support need you would like us to know about? "
           f"{BOX} Yes  {BOX} No. If yes, the Disability Adviser will contact you.",
     f"{TICK} Yes \u2013 dyslexia. Support plan agreed with Ruth Haig on 3 July: handouts "
     f"and readings a week ahead as electronic text; extra time for timed activities; "
     f"assignment deadlines unchanged at Lorna's request."),
    ("A6", "How did you hear about the programme?",
     "From Gwyn Pascoe at the Tamsley SENCO network, spring 2009"),
])

form_table("PART B  Your school's commitment", [
    ("B1", f"Release agreed for: {BOX} ten day schools and visit day (weekday route)  "
           f"{BOX} time in lieu (Saturday route)",
     f"{TICK} Time in lieu \u2013 Saturday route; two afternoons a term for project work"),
    ("B2", "Mentor's name and post (leadership team)",
     "Mrs Ann Harker, Deputy Headteacher. Mentor briefing: Tamsley, 14 September"),
    ("B3", f"The school agrees to the workplace project and use of anonymised data {BOX}",
     f"{TICK}"),
    ("B4", f"The school agrees that tutor and link adviser may contact the mentor, and the "
           f"head will write a statement at the final review {BOX}",
     f"{TICK}"),
])

form_table("PART C  Your starting point", [
    ("C1", "Starting Point Audit agreed at pre-course meeting (date, tutor). Outcomes rated 1 "
           f"or 2. Ready to start? {BOX} Yes  {BOX} Not yet (guidance letter sent)",
     f"8 July, Paul Jennaway. Rated 1\u20132 on: the law and the Code; disability equality law; "
     f"provision mapping; deploying and managing staff; tracking with summative data; working "
     f"with governors on policy. {TICK} Yes"),
    ("C2", "Credit claimed for prior Level 7 study: module, university, year, credits. "
           "[Tutor to complete: mapping and recommendation]",
     "None"),
    ("C3", "Assessment-only agreement. Not available in 2009\u201310 \u2013 see note C3", ""),
])

form_table("PART D  Your route", [
    ("D1", f"{BOX} Weekday  {BOX} Saturday  {BOX} Extended (state which)  "
           f"Start: {BOX} September  {BOX} January",
     f"{TICK} Saturday route, Tamsley. {TICK} September 2009. One year."),
    ("D2", f"I understand that the unit Using data is studied online between day schools 6 "
           f"and 7 {BOX}",
     f"{TICK} Lorna will use the school's computer suite after school on Tuesdays"),
    ("D3", "Specialist visit: setting, date, focus (arranged by link adviser)",
     "Oakhurst School, Tamsley, 12 February 2010. Focus: visual supports and communication "
     "for pupils with autism, to take back to two pupils in Years 3 and 4."),
])

form_table("PART E  Your learning plan", [
    ("E1", "Focus outcomes and what you will do, by when, how you will know",
     "1. Law and the Code: read the Code chapters 4\u20136 before DS2; shadow Gwyn Pascoe at "
     "an annual review (by December); Assignment 1.\n"
     "2. Disability equality: review the school's accessibility plan with the business "
     "manager (by February).\n"
     "3. Provision mapping and deploying staff: map Key Stage 2 provision with Ann Harker "
     "(by March); TA timetable redrawn for summer term.\n"
     "4. Tracking with data: complete the online unit; set up a tracking sheet for pupils at "
     "School Action Plus (by April).\n"
     "5. Working with governors: attend the governors' curriculum committee with the head "
     "(summer term)."),
    ("E2", "Workplace project: title, pupils involved, the change, the other outcome chosen",
     "Reading support for eight pupils at School Action Plus in Years 3\u20134: from in-class "
     "TA support to a timetabled small-group programme with trained TAs. Other outcome: the "
     "pupils' own rating of how confident they feel about reading in class."),
    ("E3", "Baseline measures and dates; follow-up dates",
     "Reading age and teacher assessment (October); pupils' confidence scale (October); "
     "repeated June 2010."),
])

# Part F: outcome table with merged group rows
t = doc.add_table(rows=2, cols=4)
t.style = "Table Grid"
top = t.rows[0].cells
m = top[0].merge(top[3])
cell_text(m, "PART F  Your outcome and assessment plan", bold=True, size=10)
shade(m, "1F3B6E")
m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, h in enumerate(["You will be able to \u2026", "Worked on in",
                       "Evidenced for the award in", "Focus \u2713"]):
    cell_text(t.rows[1].cells[i], h, bold=True)
    shade(t.rows[1].cells[i], "D9D9D9")

groups = [
    ("Professional attributes", [
        ("Build fair, respectful and constructive relationships with pupils with SEN and "
         "their parents or carers", "DS6; project", "Assignment 2", ""),
        ("Win the commitment of colleagues, including the head and senior leaders, to "
         "better outcomes for pupils with SEN", "DS8, DS9", "Assignment 3 (presentation and "
         "head's written feedback)", ""),
        ("Set priorities, manage your time and delegate, making sure delegated work is done",
         "DS8", "Review only (final review)", ""),
        ("Express yourself clearly in speech and in writing; listen to and understand "
         "others' views", "All day schools", "Assignments 1, 2 and 3; presentation "
         "(Assignment 3)", ""),
        ("Draw on research and outside advice to improve your own and colleagues' practice",
         "DS1, DS5", "Assignment 1", ""),
        ("Keep up to date and take charge of your own CPD on SEN and disability",
         "DS10; learning journal", "Learning journal (formative)", ""),
    ]),
    ("Knowledge and understanding", [
        ("The law and guidance on SEN, including the Code of Practice, what they mean for "
         "your school and how to put them into practice", "DS2", "Assignment 1", "\u2713"),
        ("Every Child Matters: its principles and five outcomes, and the SENCO's part in "
         "them", "DS1", "Assignment 2", ""),
        ("Disability equality law and the action it requires", "DS3", "Assignment 1", "\u2713"),
        ("How children develop, and how SEN, disability and the setting for learning affect "
         "development", "DS4", "\u2014", ""),
        ("The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, "
         "MLD) and how they affect learning", "DS4, DS5", "Assignment 2", ""),
        ("A critical grasp of approaches, strategies and resources for assessment, planning "
         "and teaching, including ICT", "DS5, DS7", "Assignment 2", ""),
        ("School self-evaluation and improvement, and how they relate to outcomes for "
         "pupils with SEN", "DS9", "Assignment 3", ""),
        ("Best practice and research on meeting special educational needs", "All day schools",
         "Assignment 1", ""),
        ("What other services and agencies, including voluntary organisations, do; how to "
         "get their support; working in partnership with them", "DS6; specialist visit",
         "Review only (mid-point review)", ""),
    ]),
    ("Professional skills", [
        ("With senior colleagues and governors, shape an inclusive ethos, policy, "
         "priorities and use of resources", "DS9", "Assignment 3", "\u2713"),
        ("Identify pupils who may have SEN, set challenging targets, plan interventions and "
         "review progress", "DS7", "Assignment 2", ""),
        ("Use other professionals' assessments to shape teaching", "DS6", "Assignment 2", ""),
        ("Use summative assessment, including national tests, to track progress and change "
         "programmes", "Online unit", "Online unit quiz (not credit-bearing)", "\u2713"),
        ("Identify in good time the special arrangements pupils need for national tests and "
         "examinations, and put them in place", "Online unit",
         "Online unit quiz (not credit-bearing)", ""),
        ("Use provision mapping to plan provision and find gaps and provision that is not "
         "working", "DS7", "Assignment 3", "\u2713"),
        ("Deploy and manage staff", "DS8", "Assignment 3", "\u2713"),
        ("Support colleagues' professional development (observation and feedback, "
         "modelling, coaching, training)", "DS8", "Assignment 3", ""),
        ("Review with colleagues how well provision works, for the school's "
         "self-evaluation", "DS9", "Assignment 3", ""),
        ("Involve pupils in planning and reviewing their own provision", "\u2014",
         "Assignment 2 (optional: the pupil's views, where the school agrees)", ""),
        ("Liaise with parents and carers to promote their child's learning", "DS6",
         "Assignment 2", ""),
    ]),
]
for gname, rows in groups:
    gr = t.add_row().cells
    g = gr[0].merge(gr[3])
    cell_text(g, gname, bold=True, italic=True)
    shade(g, "E7ECF4")
    for a, b, c, d in rows:
        cc = t.add_row().cells
        cell_text(cc[0], a)
        cell_text(cc[1], b)
        cell_text(cc[2], c)
        cell_text(cc[3], d, colour=BLUE)
for row in t.rows[1:]:
    row.cells[0].width = Cm(8.0)
    row.cells[1].width = Cm(3.0)
    row.cells[2].width = Cm(4.3)
    row.cells[3].width = Cm(1.2)
p = para("Key. \u201cReview only\u201d: discussed with you at the review named and noted on the "
         "review sheet. \u201cLearning journal (formative)\u201d and \u201cOnline unit quiz (not "
         "credit-bearing)\u201d: checked by your tutor but not marked for the award. "
         "\u201c\u2014\u201d: no separate evidence is asked for.", italic=True, size=9)
doc.add_paragraph()

form_table("PART G  Support", [
    ("G1", "Tutor", "Paul Jennaway. Tutorials after DS2, DS5, DS8 (Saturday route dates)"),
    ("G3", "Link adviser", "Gwyn Pascoe, Tamsley Learning Support Service"),
    ("G4", "Adjustments agreed (see A5)", "As A5. Reviewed at mid-point review."),
    ("G5", "Resources you will use in school",
     "Lorna will use the school's Clicker 5 licence and the authority's reading test kit "
     "for the project."),
])

form_table("PART H  Reviews", [
    ("H1", "Start review / mid-point review / final review: dates and who attended. Changes "
           "agreed (route, break, extension)",
     "Start: 26 September (LF, PJ, AH). Mid-point: [date to be set after CE7101 results]. "
     "Final: [date to be set]."),
    ("H2", "Next Steps: professional targets for the following year; support needed; "
           "further study", "[To be completed at the final review]"),
])

form_table("PART I  Signatures", [
    ("", "Participant", "Signed: L. Fitch     Date: 26.9.09"),
    ("", "For the school (head or delegated leader)", "Signed: A. Harker (Deputy Head, for "
                                                      "the Headteacher)     Date: 26.9.09"),
    ("", "For the Department (tutor)", "Signed: P. Jennaway     Date: 26.9.09"),
])

# ------------------------------------------------------------------ who's who
doc.add_heading("Who's who", level=1)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Name", "Role on the programme", "Background"]):
    cell_text(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "D9D9D9")
staff = [
    ("Dr Miriam Castell", "Programme Director; tutor; teaches DS1, DS2, DS9",
     "Senior Lecturer in Professional Education. Fourteen years in primary and special "
     "schools, SENCO in two of them. PhD (Haverbrook, 2004) on teaching assistants and "
     "inclusion. Currently works with three schools on provision mapping."),
    ("Paul Jennaway", "Tutor; teaches DS3, DS5, DS8; leads the online unit",
     "University Teacher (0.6). Former secondary SENCO and Tamsley advisory teacher for "
     "autism; MA in Special and Inclusive Education. Still teaches one day a week at Oakhurst "
     "School."),
    ("Dr Nadia Ferrante", "Associate tutor; teaches DS4 and DS7; second marker",
     "Senior educational psychologist, Haverbrook City Council. Doctorate in Educational "
     "Psychology; chartered psychologist."),
    ("Bernadette Quaile", "Link adviser (Haverbrook); teaches DS2, DS6, DS7",
     "Senior Inclusion Adviser, Haverbrook City Council; former special school deputy head."),
    ("Gwyn Pascoe", "Link adviser (Tamsley); teaches DS6",
     "Manager, Tamsley Learning Support Service; specialist teacher for specific learning "
     "difficulties (AMBDA)."),
    ("Ruth Haig", "Disability Adviser", "Department of Continuing Education"),
    ("Dr Alan Pryor", "External examiner", "Reader in Inclusive Education, University of "
                                           "Wexmouth; formerly an authority SEN adviser"),
]
for a, b, c in staff:
    cc = t.add_row().cells
    cell_text(cc[0], a, bold=True)
    cell_text(cc[1], b)
    cell_text(cc[2], c)
for row in t.rows:
    row.cells[0].width = Cm(3.5)
    row.cells[1].width = Cm(5.0)
    row.cells[2].width = Cm(8.0)

doc.save(OUT)
print("wrote", OUT)
