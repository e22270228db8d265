"""Build dj-02.docx: Sandpiper Education Services Ltd, Guidance Notes for Applicants and Application Form,
September 2009 intake (invented provider).

Provider
--------
Sandpiper Education Services Ltd, Wendham: a small private limited company
run by three directors, all former SENCOs and LA SEN advisers, which sells SEN
consultancy, an SEN Support Service subscription for schools and training.
The award, a 60-credit Postgraduate Certificate in Special Educational Needs
Coordination at Master's level, is validated and awarded by the (invented)
University of East Carrow; Sandpiper teaches and assesses it under a
partnership agreement. Wendham City Council and Marshland County Council
appear as stakeholders. April 2009, 2008-era vocabulary (CRB, DDA and the
Disability Equality Duty, SEN Code of Practice 2001, ECM, CAF, P scales,
JCQ access arrangements, SENCO Regulations 2008).

Layout (a kind of document not in the earlier sets: the admissions pack a
provider sends to every applicant, sent to the TDA as the application)
-------------------------------------------------------------------------
- A cover block with the closing date and an offer of other formats.
- Part 1 "About the course": numbered guidance notes typed as bold run-in
  titles ("Note 5  How your work is assessed"), second person, with a table
  of the ten taught days and "Your Outcomes Record", a 29-line table of the
  national outcomes in plain words with merged group rows and the columns
  "Taught on" and "Evidence you might use".
- Part 2 "Filling in the form": notes keyed to form Sections A to H.
- Part 3 "What happens next": selection, interview, a key-dates table.
- The application form itself: tables with shaded label cells, empty answer
  cells, tick boxes, prompts in italics, an "Office use only" box, the
  declaration with CRB fields, the headteacher's supporting statement.
- A detachable equal opportunities monitoring form and a "Before you post"
  checklist of tick boxes.
- Heading 1 only for the Parts and the form; note titles are bold Normal
  text. Page header, and a company boilerplate footer that advertises
  "Online learning" although this course has none.

Traps and the requirement ids they affect
-----------------------------------------
- 3.3 not_applicable: "All teaching is face to face; we do not use a
  virtual learning environment or any online units." The footer's "Online
  learning" is company boilerplate and never evidence; telephone tutorials
  are not e-learning.
- 3.2 not_met (negation): one September start, ten Thursdays in a fixed
  order, "We are not able to offer a January start, a different order of
  days, or an evening or online version".
- 2.2 not_met (negation): "We do not ask for a pre-course self-assessment
  or set individual plans: the course is the same for everyone".
- 2.3 not_met (intention): "We are discussing with the University whether
  we could offer an assessment-only route ... from September 2010".
- 2.4 partially_met: low fee and small groups only; nothing tailored.
- 1.3 partially_met: a general claim that tutors "keep up with the latest
  research and Ofsted findings"; no research or inspection evidence named.
- 4.1 and 4.2 partially_met: needs evidence only from the directors' own
  experience and what network SENCOs said at spring 2008 meetings; "Their
  comments helped to shape the course" is general; LAs and parents' groups
  "not yet" asked. 4.3 met: the Advisory Group reviews evaluation results
  each June; LA services teach; heads attend Day 10.
- 5.3 partially_met (self-declaration): the form asks for the number and
  date of an enhanced CRB disclosure and the note says "We do not need to
  see the certificate"; the office-use tick box "CRB details recorded" is
  not a check.
- 5.5 partially_met: outside specialists teach on the days, but "We do not
  arrange visits or placements".
- 5.6 not_met (wrong context and negation): the Resource Library is for
  schools that subscribe to the separate SEN Support Service; participants
  "are not registered for University library or e-journal access".
- 5.7 partially_met: tutors are briefed and standardised; the school
  colleague the head "may wish to name" gets no briefing ("We do not
  provide training for this colleague").
- 5.9 partially_met: day sheets and an end-of-course questionnaire on
  usefulness; nothing on change in participants' competence or confidence,
  and the Impact Study's pupil measures are marked but not said to be used
  to judge the course.
- Outcomes Record: every national outcome has a line and every line must be
  signed off at the Professional Review, so 1.9 and 6.0 are met. Lines with
  a dash under "Taught on" (not covered on any day, shown "from your
  everyday work as SENCO") are assessed but not developed, partially_met:
  6.A3, 6.A4, 6.A6, 6.K4, 6.K7, 6.S2c, 6.S4. Line 26 (6.S6) is taught only
  in an "Optional twilight workshop after Day 9", so it is developed for
  some participants only: partially_met. All other outcomes met.
- Form prompts (Section D asks about involving pupils; Section H asks the
  head to confirm release) are not evidence; no label rests on them.
- Met: E.1, E.2, 1.1 (purpose names the five ECM outcomes and the Impact
  Study measures attainment and well-being), 1.2, 1.4, 1.5 (Day 3, gap task,
  pupils' views in the Impact Study), 1.6, 1.7, 1.8, 2.1 (APL and APEL up to
  20 credits), 2.5 (Professional Development Plan on Day 10), 3.1, 5.1, 5.2,
  5.4, 5.8.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("dj-02-sandpiper-applicant-guidance.docx")

doc = Document()
doc.core_properties.author = "Ann Kirkbride"
doc.core_properties.title = "Guidance Notes for Applicants and Application Form, September 2009"
doc.core_properties.company = "Sandpiper Education Services Ltd"

normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
h1 = doc.styles["Heading 1"]
h1.font.name = "Arial"
h1.font.size = Pt(13)
h1.font.color.rgb = RGBColor(0x2E, 0x5A, 0x3C)

GREEN = "2E5A3C"
GREY = "E7ECE8"
BOX = "\u2610"


def para(text="", bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def note(num, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(f"Note {num}\u2002{title}")
    r.bold = True
    r.font.color.rgb = RGBColor.from_string(GREEN)
    return p


def dash(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    p.paragraph_format.space_after = Pt(1)
    p.add_run("\u2013 " + text)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return p


def table(rows, header=True, size=9, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), GREY)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def form_section(letter, title, fields, prompt=None):
    """A form section: a merged title row, optional italic prompt, label/answer rows."""
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(m, f"SECTION {letter}   {title.upper()}", bold=True, size=9)
    shade(m, GREEN)
    m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if prompt:
        cells = t.add_row().cells
        mm = cells[0].merge(cells[1])
        cell_text(mm, prompt, italic=True, size=8)
    for label, answer in fields:
        cells = t.add_row().cells
        if answer is None:
            mm = cells[0].merge(cells[1])
            cell_text(mm, label, size=9)
            continue
        cell_text(cells[0], label, size=9)
        shade(cells[0], GREY)
        cell_text(cells[1], answer, size=9)
    for row in t.rows:
        row.cells[0].width = Cm(6.0)
        row.cells[1].width = Cm(10.5)
    para("", after=2)
    return t


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hr = sec.header.paragraphs[0].add_run(
    "Sandpiper Education Services Ltd  \u00b7  PGCert SEN Coordination  \u00b7  Guidance Notes and Application "
    "Form, September 2009 intake")
hr.font.size = Pt(7.5)
fr = sec.footer.paragraphs[0].add_run(
    "Sandpiper Education Services Ltd \u00b7 Training \u00b7 Consultancy \u00b7 Online learning \u00b7 Conferences "
    "\u00b7 Registered in England No. 06011427 \u00b7 The Granary, Mill Lane, Wendham WN4 7RT \u00b7 01632 960418")
fr.font.size = Pt(7)

# ------------------------------------------------------------------ cover block
para("SANDPIPER EDUCATION SERVICES LTD", bold=True, size=16, align="c", after=4)
para("Postgraduate Certificate in Special Educational Needs Coordination", bold=True, size=13, align="c", after=0)
para("(the National Award for SEN Coordination)", size=11, align="c", after=0)
para("awarded by the University of East Carrow", size=11, align="c", after=12)
para("GUIDANCE NOTES FOR APPLICANTS AND APPLICATION FORM", bold=True, size=14, align="c", after=4)
para("Intake: September 2009   \u00b7   Closing date: Friday 5 June 2009", size=11, align="c", after=12)
para("Please read these notes before you fill in the form. Keep the notes; send us the form (Sections A to H) "
     "and the monitoring sheet. The notes are numbered, and Part 2 follows the sections of the form.")
para("These notes and the form are available in large print, on coloured paper or by email. Ring Jenny "
     "Marsh, our office manager, on 01632 960418.", italic=True)

# ------------------------------------------------------------------ Part 1
doc.add_heading("Part 1   About the course", level=1)

note(1, "The award")
para("The Postgraduate Certificate in Special Educational Needs Coordination is validated and awarded by the "
     "University of East Carrow. Sandpiper teaches and assesses the course under a partnership agreement with "
     "the University's School of Education and Lifelong Learning, which registers you as a student of the "
     "University. The Certificate is worth 60 credits at Master's level (M level) and meets the requirement "
     "for teachers new to the SENCO role to hold the National Award. The 60 credits can count towards the "
     "University's MA in Education.")

note(2, "What the course is for")
para("The course has one purpose: that the pupils with SEN and/or disabilities in your school do better, in "
     "their learning and progress and in being healthy, staying safe, enjoying and achieving, making a "
     "positive contribution and achieving economic well-being. Each of the ten days is planned around that "
     "purpose, and so is the assessment: the Impact Study (Note 5) asks you to show what changed for a group "
     "of pupils, in both their attainment and their well-being, and how you know.")

note(3, "How the course is taught")
para("The course runs once a year, starting in September, on ten Thursdays at the Wendham Professional "
     "Development Centre, from 9.15 am to 3.45 pm. Groups are no larger than 18. All teaching is face to "
     "face; we do not use a virtual learning environment or any online units. Between taught days you can "
     "book a telephone tutorial with your tutor. We are not able to offer a January start, a different order "
     "of days, or an evening or online version, and you cannot join part-way through.")
para("Table 1  The ten taught days, 2009\u201310", bold=True, size=9, after=2)
table([
    ("Day", "Date", "Title and content", "Led by"),
    ("1", "17 Sep 2009", "The SENCO and the law: the Education Act 1996, the SEN Code of Practice 2001, SENDA "
     "2001 and the SENCO Regulations 2008, and what they mean in your school", "Ann Kirkbride"),
    ("2", "1 Oct 2009", "Every Child Matters and disability equality: the five outcomes, the Children Act 2004 "
     "and the CAF; the DDA, the Disability Equality Duty and accessibility plans", "Graham Tulley"),
    ("3", "15 Oct 2009", "The pupil's voice: consulting pupils about their provision, including pupils with "
     "little or no speech (Talking Mats, person-centred reviews); involving pupils in setting and reviewing "
     "their targets; building relationships with pupils", "Nasreen Baig, with Marshland Speech and Language "
     "Therapy"),
    ("4", "5 Nov 2009", "Finding and tracking needs: identifying pupils from observation, data and assessment; "
     "using reports from educational psychologists and therapists; P scales, national tests and tracking "
     "progress; targets, interventions and reviews; provision mapping", "Ann Kirkbride, with Wendham "
     "Educational Psychology Service"),
    ("5", "26 Nov 2009", "Working with parents and carers: relationships with families, listening, explaining "
     "plainly, running review meetings with parents", "Nasreen Baig, with Marshland Parent Partnership "
     "Service"),
    ("6", "14 Jan 2010", "Other services: health, social care, the educational psychology service and "
     "voluntary organisations (Wendham Autism Support Group, Marshland Dyslexia Association, Young Carers); "
     "how to get specialist support and resources", "Graham Tulley, with guests"),
    ("7", "4 Feb 2010", "Leading colleagues: gaining the commitment of your head and colleagues; coaching, "
     "observing and giving feedback, modelling, running staff training", "Nasreen Baig"),
    ("8", "4 Mar 2010", "Understanding needs and what works: behavioural, emotional and social difficulties; "
     "specific learning difficulties, including dyslexia; speech, language and communication needs; autistic "
     "spectrum disorders; moderate learning difficulties; approaches, strategies and ICT, including "
     "assistive technology; what research says works", "Ann Kirkbride, with Marshland Autism Outreach"),
    ("9", "25 Mar 2010", "The SENCO as leader: the strategic role with the head and governors; an inclusive "
     "ethos, policy and the use of resources; access arrangements for national tests and examinations "
     "(including the JCQ regulations)", "Graham Tulley"),
    ("10", "10 Jun 2010", "Presenting your Impact Study; Next Steps", "All tutors"),
], size=8, widths=(1.0, 2.0, 9.5, 4.0))
para("")

note(4, "Gap tasks in your school")
para("Between taught days you carry out a gap task in your own school, linked to lines in your Outcomes Record. "
     "For example, after Day 3 you talk with three pupils about the support they receive and record what "
     "they say; after Day 4 you draw a provision map for one year group; after Day 6 you map the services "
     "your school uses and contact one you have not used before. Gap task records go in your Portfolio.")

note(5, "How your work is assessed")
para("There are three assessed pieces of work:")
dash("Assignment 1, Policy Review (3,000 words), handed in after Day 2: a critical review of your school's "
     "SEN policy and practice against the Code of Practice, Every Child Matters and the disability equality "
     "duties, with recommendations that you present to your headteacher and SEN governor.")
dash("Assignment 2, Impact Study (5,000 words), handed in after Day 9: you plan, lead and evaluate a change in "
     "provision for a group of pupils in your school, with baseline and end measures of the pupils' "
     "attainment and well-being, the pupils' own views, the parents' views, and any work with other "
     "agencies. You present it to colleagues on Day 10.")
dash("Portfolio and Professional Review: your Portfolio holds your gap task records and your Outcomes Record "
     "(Note 6). At the Professional Review in June 2010, a 45-minute discussion with your tutor and a second "
     "tutor, the two tutors go through your Outcomes Record line by line and sign off each line for which "
     "your evidence is sufficient.")
para("Each assignment is marked by your tutor against the University's M-level criteria and second-marked by "
     "another Sandpiper tutor. The University's link tutor, Dr Philip Quarrie, moderates a sample of every "
     "assignment, and the University's external examiner sees a sample of all work, including Outcomes "
     "Records, before the Board of Examiners meets.")
para("You will be recommended for the award only when you have passed both assignments and your tutor and a "
     "second tutor have signed off every line of the Outcomes Record at the Professional Review. If any line "
     "is not signed off, you will have until the end of the following term to add evidence; the award cannot "
     "be made until every line is signed off.")

note(6, "Your Outcomes Record")
para("The Outcomes Record lists every one of the national minimum outcomes for the award, in our own words. "
     "The \u201cTaught on\u201d column shows the day on which each is covered. Lines marked \u2013 are not "
     "covered on the taught days: you show them from your everyday work as SENCO.")
REC = [
    ("WHAT KIND OF SENCO YOU ARE", None),
    ("1", "build fair, respectful and supportive relationships with pupils with SEN and their parents or "
          "carers", "Days 3 and 5", "Gap tasks 3 and 5; Impact Study"),
    ("2", "gain the commitment of your headteacher, senior leaders and colleagues", "Day 7",
     "Assignment 1 presentation; Impact Study"),
    ("3", "prioritise, manage your time and delegate, making sure delegated tasks are done", "\u2013",
     "Your SENCO diary; Professional Review"),
    ("4", "anticipate and solve problems and make sound decisions about provision", "\u2013",
     "Professional Review"),
    ("5", "speak and write clearly, and listen to and understand other people's views", "Days 5 and 10",
     "Assignments 1 and 2; Day 10 presentation"),
    ("6", "use research evidence and outside advice to improve your own and colleagues' practice", "\u2013",
     "Impact Study"),
    ("7", "keep up to date and take charge of your own professional development in SEN", "Day 10",
     "Professional Development Plan"),
    ("WHAT YOU KNOW AND UNDERSTAND", None),
    ("8", "the law and guidance on SEN, including the Code of Practice, and how to put them into practice",
     "Day 1", "Assignment 1"),
    ("9", "Every Child Matters and how the SENCO helps children reach the five outcomes", "Day 2",
     "Assignment 1"),
    ("10", "the law on disability equality and what it requires", "Day 2", "Assignment 1"),
    ("11", "how children develop, and how SEN, disability and their surroundings affect development",
     "\u2013", "Impact Study"),
    ("12", "the common types of SEN and disability and how they affect learning", "Day 8", "Impact Study"),
    ("13", "approaches, strategies and resources, including ICT, for assessment, planning and teaching",
     "Day 8", "Impact Study"),
    ("14", "the principles of school self-evaluation and improvement", "\u2013", "Professional Review"),
    ("15", "best practice and research on meeting special educational needs", "Day 8", "Impact Study"),
    ("16", "what external agencies do and how to get specialist support and resources", "Day 6",
     "Gap task 6; Impact Study"),
    ("WHAT YOU CAN DO", None),
    ("17", "work with senior colleagues and governors on an inclusive ethos, SEN policy, priorities and "
           "resources", "Day 9", "Assignment 1"),
    ("18", "identify pupils who may have SEN, set challenging targets, plan interventions and review "
           "progress", "Day 4", "Impact Study"),
    ("19", "use assessments made by other professionals to plan teaching", "Day 4", "Impact Study"),
    ("20", "use summative assessments, including national tests, to track progress and change programmes",
     "Day 4", "Impact Study"),
    ("21", "encourage colleagues to develop formative assessment, including for pupils with SEN", "\u2013",
     "Professional Review"),
    ("22", "identify in good time the special arrangements pupils need for tests and examinations and put "
           "them in place", "Day 9", "Portfolio (access arrangements record)"),
    ("23", "use provision mapping to plan provision and find what is missing or not working", "Day 4",
     "Gap task 4; Impact Study"),
    ("24", "deploy and manage staff who support pupils with SEN", "\u2013", "Impact Study"),
    ("25", "support colleagues' professional development by observation, feedback, modelling, coaching and "
           "training", "Day 7", "Portfolio (coaching record)"),
    ("26", "review provision with colleagues to inform the school's self-evaluation",
     "Optional twilight workshop after Day 9", "Professional Review"),
    ("27", "involve pupils in planning, agreeing, reviewing and evaluating their provision", "Day 3",
     "Gap task 3; Impact Study"),
    ("28", "work with parents and carers to promote their children's learning", "Day 5",
     "Impact Study (parents' views)"),
    ("29", "work in partnership with other services and voluntary organisations", "Day 6",
     "Gap task 6; Impact Study"),
]
rt = doc.add_table(rows=1, cols=4)
rt.style = "Table Grid"
for j, h in enumerate(("Line", "You will need to show that you can\u2026", "Taught on", "Evidence you might use")):
    cell_text(rt.cell(0, j), h, bold=True, size=8)
    shade(rt.cell(0, j), GREY)
for row in REC:
    cells = rt.add_row().cells
    if row[1] is None:
        m = cells[0].merge(cells[3])
        cell_text(m, row[0], bold=True, size=8)
        shade(m, "F3F6F4")
        continue
    for j, val in enumerate(row):
        cell_text(cells[j], val, size=8)
for row in rt.rows:
    for j, w in enumerate((1.1, 8.6, 2.4, 4.4)):
        row.cells[j].width = Cm(w)
para("")

note(7, "Who will teach you")
para("All three of Sandpiper's directors teach on the course and each is a personal tutor to six "
     "participants.")
dash("Ann Kirkbride (Course Director): SENCO in two Wendham primary schools for twelve years, then Senior "
     "Adviser for SEN, Marshland County Council (2001\u20132007); MA in Special Educational Needs. She works "
     "three days a week with SENCOs in fourteen schools.")
dash("Graham Tulley: head of learning support in a Wendham comprehensive, then Wendham City Council's "
     "Inclusion Manager (2003\u20132008); MEd (Inclusive Education). He advises secondary schools on access "
     "arrangements and provision mapping.")
dash("Nasreen Baig: specialist teacher for speech, language and communication, then SENCO in a Marshland "
     "primary school; Postgraduate Diploma in Special Educational Needs. She leads our parent and pupil "
     "participation work with schools.")
para("Each director spends at least twenty days a year working in schools, and all three attend the nasen "
     "annual conference and the University's education research seminars. Our tutors keep up with the "
     "latest research and Ofsted findings, so the course always reflects current thinking. On six of the "
     "ten days a specialist from outside Sandpiper teaches with us (see Table 1).")

note(8, "Visits")
para("We do not arrange visits or placements, but you may find it useful to see a special school or a "
     "resource base at work; many participants arrange this themselves through their local authority.")

note(9, "Support in school")
para("All Sandpiper tutors attend the University's annual briefing for partner tutors and our own "
     "standardisation meeting before each marking period, where we mark sample work together and agree "
     "feedback. Your headteacher may also wish to name a colleague who can support you in school (Section H "
     "of the form). We do not provide training for this colleague, but we are happy to talk to them by "
     "telephone.")

note(10, "Books and resources")
para("You will be given handouts on each taught day. Sandpiper's Resource Library of standardised tests, "
     "intervention programmes and assistive technology is available to schools that subscribe to our SEN "
     "Support Service. Course participants are not registered for University library or e-journal access, "
     "so you will need to use your own school's books or your local library for reading.")

note(11, "Before the course")
para("You do not need to do anything before Day 1 except reread the Code of Practice. We do not ask for a "
     "pre-course self-assessment or set individual plans: the course is the same for everyone, because "
     "everyone has to meet every outcome by the end.")

note(12, "Credit for what you have already done")
para("If you have gained Master's-level credit in SEN in the last five years, or you can show through your "
     "experience that you already meet the learning outcomes of Assignment 1, you may apply to the "
     "University for accreditation of prior learning (APL) or of prior experiential learning (APEL). An APEL "
     "claim is a short portfolio mapped to the Assignment 1 outcomes; it is assessed by a Sandpiper tutor "
     "and approved by the University. Up to 20 credits can be accredited, in place of Assignment 1, and the "
     "fee is then reduced by \u00a3350. Tick the box in Section F and we will send you the claim pack.")
para("We are discussing with the University whether we could offer an assessment-only route for very "
     "experienced SENCOs from September 2010. If you think this might suit you, say so in Section D and we "
     "will keep you informed.")

note(13, "Fees")
para("The fee for 2009\u201310 is \u00a31,480, which includes lunch on every taught day, all handouts and University "
     "registration. It is invoiced to your school in two parts, in October and in March. We have kept the fee "
     "as low as we can, and with no more than 18 in a group our tutors get to know every participant.")

note(14, "At the end of the course")
para("The afternoon of Day 10 is given to Next Steps. With your tutor you draft a Professional Development "
     "Plan for the next two years, using our planning template: what you want to develop next as a SENCO, "
     "the support and training you will need, and how you will know you have got there. We ask you to take "
     "it to your next performance management review with your headteacher, and we send your headteacher a "
     "copy with your permission.")

note(15, "How we check that the course is working")
para("At the end of each taught day you will be asked to fill in a short evaluation sheet, and at the end of "
     "the course a longer questionnaire about how useful the course was. The directors read every one, and "
     "the tutors meet each July to review the year, the pass rates and the external examiner's report.")
para("From November 2009 our Course Advisory Group will meet twice a year: two headteachers, the SEN managers "
     "of Wendham City Council and Marshland County Council, a parent representative from the Marshland Parent "
     "Partnership Service and a SENCO from our network. Each June the group reviews the questionnaire "
     "results, the external examiner's report and the pass rates with the directors and agrees the changes "
     "for the next year, which we report to the University in its annual monitoring. Headteachers are "
     "invited to Day 10 and give written comments on the Impact Study presentations.")

note(16, "How the course was designed")
para("The course was designed by our three directors, drawing on their own years as SENCOs and advisers and "
     "on what the SENCOs at our Wendham and Marshland SENCO network meetings in spring 2008 told us they "
     "wanted: more on the law and more on working with parents. Their comments helped to shape the course. "
     "We have not yet asked local authorities or parents' groups for their views; the Advisory Group will "
     "give them a voice from November 2009.")

# ------------------------------------------------------------------ Part 2
doc.add_heading("Part 2   Filling in the form", level=1)
note(17, "Section A: Personal details")
para("Give the name you would like on your certificate, and a home address and telephone number where we can "
     "reach you in the school holidays.")
note(18, "Section B: Your school and your role")
para("To be accepted you must be a qualified teacher, in post as SENCO or designated by your headteacher to "
     "take up the role by January 2010, and have your headteacher's support (Section H). Tell us how long you "
     "have been in the role and what the role includes in your school.")
note(19, "Section C: Qualifications")
para("List your degree and your QTS reference number. If you do not have a first degree, please ring us "
     "before you apply: the University may still accept you on the strength of your professional "
     "experience.")
note(20, "Section D: Your experience of SEN")
para("Write no more than 500 words. The questions in Section D are there to help you; you do not have to "
     "answer every one. We use what you write at the interview (Note 25).")
note(21, "Section E: Disability and adjustments")
para("Sandpiper welcomes applications from disabled teachers. Section E asks whether you have a disability, "
     "including a specific learning difficulty or a long-term health condition, for which adjustments might "
     "help you at interview or on the course. We ask so that we can make reasonable adjustments under the "
     "Disability Discrimination Act. Telling us will not affect whether you are offered a place: Section E "
     "is not seen by the people who decide on your application, and Jenny Marsh uses it only to arrange "
     "adjustments for the interview and, with your consent, for the course. Adjustments we have made include "
     "handouts in large print, on coloured paper or by email before the day; a reserved seat near the "
     "speaker; a hearing loop (the Centre has step-free access and a loop in every room); extra breaks; and, "
     "through the University's Disability Service, extra time for assignments and a Professional Review held "
     "with a communication support worker. If you become disabled during the course, or decide to tell us "
     "later, the same applies.")
note(22, "Section F: Prior learning")
para("Tick the box if you want to claim credit for earlier study or experience (Note 12).")
note(23, "Section G: Declaration")
para("Give the number and date of your most recent enhanced CRB disclosure. We do not need to see the "
     "certificate. Sign and date the declaration.")
note(24, "Section H: Headteacher's supporting statement")
para("Your headteacher must complete and sign Section H, confirming that you will be released for the ten "
     "taught days and that the school will pay the fee.")

# ------------------------------------------------------------------ Part 3
doc.add_heading("Part 3   What happens next", level=1)
note(25, "Selection and interview")
para("One of the directors reads every application against the entry requirements in Note 18. Every applicant "
     "who meets them is invited to a 30-minute interview, in person or by telephone, with a director. We use "
     "the same five questions each time, about your experience with pupils with SEN, your role in school and "
     "what you want from the course, so that we can judge whether you will be able to meet all the outcomes "
     "by the end. If we think you are not yet ready, we will tell you why and suggest what to do first (for "
     "example our one-day Introduction to SEN Coordination, or a term working alongside an experienced "
     "SENCO), and we will talk to your headteacher about it.")
note(26, "Offers")
para("We write to you and your headteacher within ten working days of the interview. Your place is confirmed "
     "when the University has registered you.")
table([
    ("Key dates", ""),
    ("Closing date for applications", "Friday 5 June 2009"),
    ("Interviews", "15 to 26 June 2009"),
    ("Offers sent", "by 10 July 2009"),
    ("University registration", "September 2009"),
    ("Day 1", "Thursday 17 September 2009"),
], size=9, widths=(7.0, 6.0))

# ------------------------------------------------------------------ Application form
page_break()
doc.add_heading("APPLICATION FORM", level=1)
para("Postgraduate Certificate in Special Educational Needs Coordination, September 2009. Please type or write "
     "in black ink. Read the guidance notes first.", italic=True, size=9)
form_section("A", "Personal details", [
    ("Title and full name (as on certificate)", ""),
    ("Home address and postcode", ""),
    ("Telephone (home / mobile)", ""),
    ("Email", ""),
    ("Date of birth", ""),
])
form_section("B", "Your school and your role", [
    ("School name and address", ""),
    ("Local authority", ""),
    ("Type of school", f"{BOX} Primary   {BOX} Secondary   {BOX} Special   {BOX} Other: ______"),
    ("Are you the school's SENCO?", f"{BOX} Yes, since (month/year) ______   {BOX} Designated to start by ______"),
    ("Your other responsibilities", ""),
])
form_section("C", "Qualifications", [
    ("Degree(s), institution, year", ""),
    ("QTS reference number", ""),
    ("Other SEN qualifications or courses", ""),
])
form_section("D", "Your experience of SEN", [
    ("Up to 500 words. You may find these questions useful: What does your role as SENCO involve? How have you "
     "involved pupils in reviewing their provision? How do you work with parents and with other agencies? "
     "What do you most want to develop? Would you be interested in an assessment-only route in the future?",
     None),
    ("", ""),
])
form_section("E", "Disability and adjustments (see Note 21)", [
    ("Do you have a disability or health condition for which adjustments might help you?",
     f"{BOX} Yes   {BOX} No   {BOX} Prefer not to say"),
    ("If yes, what would help at interview or on the course?", ""),
    ("May we share this with your tutor and the University's Disability Service?", f"{BOX} Yes   {BOX} No"),
], prompt="This section is removed from your form on arrival and kept by the office manager.")
form_section("F", "Prior learning", [
    ("I would like to claim credit for prior learning or experience (Note 12)", f"{BOX} Yes, please send me the "
     "claim pack"),
])
form_section("G", "Declaration", [
    ("Enhanced CRB disclosure: number", ""),
    ("Enhanced CRB disclosure: date of issue", ""),
    ("I confirm that the information on this form is correct.", None),
    ("Signature", ""),
    ("Date", ""),
])
form_section("H", "Headteacher's supporting statement", [
    ("Why are you nominating this teacher?", ""),
    ("I confirm that the applicant will be released for the ten taught days.", f"{BOX} Yes"),
    ("I confirm that the school will pay the fee.", f"{BOX} Yes"),
    ("Name of a colleague who will support the applicant in school (optional)", ""),
    ("Headteacher's name, signature and date", ""),
])
off = doc.add_table(rows=1, cols=1)
off.style = "Table Grid"
oc = off.cell(0, 0)
shade(oc, GREY)
cell_text(oc, "OFFICE USE ONLY", bold=True, size=8)
op = oc.add_paragraph()
orr = op.add_run(f"Received ______   {BOX} Entry requirements met   {BOX} CRB details recorded   Interview date "
                 f"______   Interviewer ______   {BOX} Offer   {BOX} Advice letter   {BOX} APL pack sent")
orr.font.size = Pt(8)
para("")

# ------------------------------------------------------------------ monitoring form
page_break()
doc.add_heading("EQUAL OPPORTUNITIES MONITORING", level=1)
para("Sandpiper and the University of East Carrow use this information only to check that our recruitment is "
     "fair to everyone, as the Race Relations (Amendment) Act 2000, the Disability Discrimination Act and the "
     "Sex Discrimination Act require. This page is separated from your form on arrival and is not seen by "
     "anyone involved in selection. We report the totals, never individuals, to the Advisory Group each "
     "year.", size=9)
table([
    ("Question", "Please tick"),
    ("Gender", f"{BOX} Female   {BOX} Male"),
    ("Age", f"{BOX} Under 30   {BOX} 30\u201339   {BOX} 40\u201349   {BOX} 50 and over"),
    ("Ethnic group", f"{BOX} White   {BOX} Mixed   {BOX} Asian or Asian British   {BOX} Black or Black British   "
     f"{BOX} Chinese   {BOX} Other ethnic group   {BOX} Prefer not to say"),
    ("Do you consider yourself to be disabled?", f"{BOX} Yes   {BOX} No   {BOX} Prefer not to say"),
], size=8, widths=(5.0, 11.5))
para("")
para("Before you post", bold=True, after=2)
for item in ("Sections A to G completed and signed",
             "Section H completed and signed by your headteacher",
             "Section D no more than 500 words",
             "Monitoring sheet enclosed (it will be separated on arrival)",
             "Posted to Sandpiper Education Services Ltd, The Granary, Mill Lane, Wendham WN4 7RT, to arrive by "
             "Friday 5 June 2009"):
    para(f"{BOX}  {item}", after=1)

doc.save(OUT)
print("wrote", OUT)
