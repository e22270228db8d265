"""Build dg-02.docx: Aldwyn Foundation Academies, Operating Guidance for Principals OG 11
(Issue 2), "The National Award for SEN Coordination: nominating, releasing and supporting
your SENCO" (invented provider).

Provider
--------
The Aldwyn Foundation: an academy sponsor trust running four secondary academies
(Hollinsford, Staithe Vale, Carrow Bank and Wendmere Academies) in the invented county of
Northmarch. It applies with the invented University of Lindisfield, which validates the
Award as a 40-credit Level 7 Postgraduate Certificate in SEN Coordination. Dated May 2009;
2008-era vocabulary (CRB, Single Central Record, DDA, Disability Equality Scheme, SEN Code of
Practice 2001, SENCO Regulations 2008, ECM, RAISEonline, SEF, performance management,
Local Governing Bodies, the Principals' Forum).

Layout (a kind of document a multi-academy sponsor really issues: central operating
guidance to its Principals, submitted unchanged)
----------------------------------------------------------------------------------
- A document-control table (reference, applies to, owner, approval, what it replaces,
  review date, circulation).
- Ten sections under Heading 1 with typed section numbers; paragraphs carry typed numbers
  (1.1, 3.2, 5.3, 9.4 ...) that collide with requirement ids: "5.3" is access arrangements,
  "5.4" is other services, "9.3" stakeholders, "9.4" impact, "6.2" the programme team.
- Section 2 "at a glance" field table. Section 3 consultation in prose with typed bullets.
- Section 4 "Your part, stage by stage": eight two-column tables, one per stage, each with a
  merged shaded title row ("What the Foundation and the University do" | "What you do"), in
  the second person addressed to the Principal ("you must", "you should"), then two run-in
  "special cases" paragraphs.
- Section 5 a units table (Unit | When | What your SENCO will study | How it is assessed),
  with the marking points written into the last column; then numbered paragraphs.
- Annex A a blank nomination form (form prompts, tick boxes, a signature line); Annex B a
  Principal's checklist of tick boxes. Header and footer ("Uncontrolled when printed").
- The programme has no online element at all (3.3 not_applicable), said plainly in the
  glance table and in Section 10, which also records that Issue 1's online module was
  withdrawn.

Traps and the requirement ids they affect
-----------------------------------------
- E.2 partially_met: "40 credits at Level 7"; a fifth unit only "agreed in principle".
- 1.3 not_met: only a value statement ("The Aldwyn Foundation believes in evidence-informed
  practice ..."); no research, inspection evidence or reading appears in the content.
- 1.5 partially_met and 6.S7 partially_met: student voice is only a topic line in Unit B
  and a general "SENCOs are encouraged to listen to students"; no practice, not assessed.
- 1.9 and 6.0 partially_met: award on passing four assignments and attendance, while
  several outcomes are not in any assignment's marking points.
- 2.1 met (APCL and APEL described). 2.3 met (assessment-only route described).
- 2.2 partially_met: only the Principal's "starting conversation" about strengths and
  academy priorities, used to allocate electives; not against the outcomes, no individual
  plan or personalised outcomes.
- 2.4 met: electives chosen from the conversation, personal tutor, and a cost comparison.
- 2.5 met: Next Steps plan used at the performance management review.
- 3.1 met: disclosure on the form with reasons, access plan by the University's Disability
  Advisory Service, adjustments, venue, alternative formats, monitoring. (The form's own
  prompt in Annex A is not the evidence.)
- 3.2 partially_met: one intake, fixed order, all face to face; only a Saturday repeat.
- 4.1, 4.2 met (Section 3). 4.3 partially_met: stakeholders teach and host, but "How they
  will take part in evaluating it has not yet been settled."
- 5.1 partially_met: internal session forms and a survey on organisation, a report "shared
  with Principals"; no external evaluation and no way the findings change the programme.
- 5.2 met; 5.3 met (HR checks the Single Central Record; new disclosure after three months
  out of contact; the Principal's conduct confirmation). Checklist ticks are not evidence.
- 5.4 partially_met: programme leader described; the Foundation associate tutors "will be
  appointed in the summer term"; University colleagues unnamed.
- 5.5 met (specialists, arranged placement with host teacher). 5.8 met.
- 5.6 not_met: "The Foundation does not hold a resource collection"; Principals "should buy"
  books from academy budgets (deferral); the central book fund is a past arrangement that
  "closed in March 2009"; the checklist tick "My SENCO has access to the books and journals
  they need" is not evidence.
- 5.7 partially_met: mentors' duties set out, but their briefing is only offered and "will
  be confirmed"; nothing on tutors' or specialists' preparation.
- 5.9 not_met: only confidence ("We are confident that the Award will raise standards") and
  RAISEonline "over time"; the survey is about organisation; the checklist tick "My SENCO
  knows how students' progress will be measured" is not an evaluation method.
- Outcomes: met where a unit teaches it and an assignment's marking points include it:
  A1, A2, A5, K1, K2, K4, K5, K6, K7, K9, S1, S2, S2b, S2c, S3, S4, S5, S6, S8.
  Taught, not assessed (partially_met): A4 (Unit D case problems), K3 (DDA in Unit A,
  Assignment 1 marked on the Code and ECM only), S2a (Unit B educational psychologist
  session), S7 (topic only). A7 partially_met: Next Steps plan "is not marked".
  K8 partially_met: best practice seen on placement, report "not marked"; no research.
  A3 partially_met: assessed in Assignment 4 ("what was delegated") but no unit teaches it.
  A6 partially_met: research is absent; only the external-advice half is touched (Unit B's
  session on using educational psychologists' assessments), and it is not assessed.
  S2d not_met: "not part of the Award" (paragraph 5.3, numbered like the CRB requirement).
  S9 not_met: "covered by Hollinsford City Council's Multi-Agency Working course ... It is
  not part of the Award" (another provider's course; paragraph 5.4).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("dg-02-aldwyn-operating-guidance.docx")

NAVY = "22345A"
SAND = "F1EBDD"
STONE = "E4E4E4"

doc = Document()
doc.core_properties.author = "Gail Hetherington"
doc.core_properties.title = "OG 11 Issue 2 National Award for SEN Coordination"
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(5)
for lvl, size in ((1, 13), (2, 11)):
    h = doc.styles[f"Heading {lvl}"]
    h.font.name = "Georgia"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor.from_string(NAVY)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)


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


def num(n, text, lead=None):
    """A paragraph with a typed number and a tab (hanging indent), as in the Foundation's template."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(n + "\t")
    if lead:
        r = p.add_run(lead + " ")
        r.bold = True
    p.add_run(text)
    return p


def bullet(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.5)
    p.paragraph_format.first_line_indent = Cm(-0.5)
    p.add_run("\u2022\t" + text)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text, bold=False, italic=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return p


def widths(table, ws):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(ws):
            row.cells[i].width = Cm(w)


# ------------------------------------------------------------------ header / footer
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hr = hp.add_run("Aldwyn Foundation Academies  |  Operating Guidance OG 11, Issue 2  |  National Award for SEN "
                "Coordination")
hr.font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Uncontrolled when printed. The current issue is held by the Foundation Office.  Page ")
fr.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ title and control box
para("ALDWYN FOUNDATION ACADEMIES", bold=True, size=11, after=0)
para("Operating Guidance for Principals", size=10, after=10)
para("OG 11  The National Award for SEN Coordination: nominating, releasing and supporting your SENCO",
     bold=True, size=15, after=10)

CONTROL = [
    ("Reference", "OG 11, Issue 2"),
    ("Applies to", "Principals of Hollinsford Academy, Staithe Vale Academy, Carrow Bank Academy and Wendmere "
                   "Academy; vice principals with responsibility for inclusion; business managers (Section 7)"),
    ("Owner", "Dr Marcus Ellery, Director of Education, Aldwyn Foundation"),
    ("Approved", "Education Committee of the Foundation Board, 6 May 2009"),
    ("Replaces", "OG 11, Issue 1, Induction of newly appointed SENCOs (March 2008), now withdrawn"),
    ("Next review", "July 2010"),
    ("Circulation", "Principals; Chairs of Local Governing Bodies; University of Lindisfield; the Training and "
                    "Development Agency for Schools, with the Foundation\u2019s application for approval"),
]
ct = doc.add_table(rows=len(CONTROL), cols=2)
ct.style = "Table Grid"
for i, (k, v) in enumerate(CONTROL):
    put(ct.cell(i, 0), k, bold=True, size=9)
    shade(ct.cell(i, 0), STONE)
    put(ct.cell(i, 1), v, size=9)
widths(ct, [3.3, 13.2])

# ------------------------------------------------------------------ 1
doc.add_heading("1  Purpose and status", level=1)
num("1.1", "From September 2009 every teacher newly appointed as SENCO in a Foundation academy will study for "
           "the National Award for SEN Coordination, which the Foundation will run with the University of "
           "Lindisfield. The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 "
           "require a new SENCO to gain the Award within three years of taking up the post.")
num("1.2", "This guidance tells you what the Award involves and what you must do, as Principal, at each stage. "
           "Where it says \u2018must\u2019, the step is a condition of your SENCO\u2019s place. Where it says "
           "\u2018should\u2019, it is the Foundation\u2019s expectation.")
num("1.3", "The Foundation has sent this guidance to the Training and Development Agency for Schools, unchanged, "
           "as the main part of its application to be approved as a provider of the Award. Section 3 was written "
           "with the TDA in mind; the rest was written for you.")
num("1.4", "Every student in an Aldwyn academy is entitled to an excellent education, whatever their starting "
           "point. The Aldwyn Foundation believes in evidence-informed practice, and we want our SENCOs to be at "
           "the forefront of their profession.")

# ------------------------------------------------------------------ 2
doc.add_heading("2  The Award at a glance", level=1)
GLANCE = [
    ("Award", "Postgraduate Certificate in Special Educational Needs Coordination, University of Lindisfield"),
    ("Validation", "The University\u2019s Collaborative Provision Committee approved the Foundation as a partner "
                   "on 11 February 2009, and the programme was validated on 25 March 2009. The University awards "
                   "the certificate and its credit."),
    ("Level and credit", "40 credits at Level 7 (Master\u2019s level): four units of 10 credits each. The University "
                         "has agreed in principle that a fifth unit may be added for later cohorts."),
    ("Purpose", "That students with special educational needs and disabilities in our academies achieve more, in "
                "their learning and attainment and in all five Every Child Matters outcomes: being healthy, "
                "staying safe, enjoying and achieving, making a positive contribution and achieving economic "
                "well-being."),
    ("Who", "Teachers appointed as SENCO in a Foundation academy since September 2008, and teachers whom a "
            "Principal designates to take up the post by September 2010."),
    ("When", "September 2009 to June 2010: eight study days, two twilight elective workshops and a placement "
             "week. There is one intake each September."),
    ("Where and how", "The Professional Learning Centre, Hollinsford Academy. All teaching is face to face; there "
                      "is no online or distance study."),
    ("Cost to your academy", "No fees. Cover for the study days and the placement week (Section 7)."),
    ("Contacts", "Dr Marcus Ellery, Director of Education; Dr Priya Raman, Programme Leader, University of "
                 "Lindisfield; Mrs Gail Hetherington, Award Administrator, Foundation Office"),
]
gt = doc.add_table(rows=len(GLANCE), cols=2)
gt.style = "Table Grid"
for i, (k, v) in enumerate(GLANCE):
    put(gt.cell(i, 0), k, bold=True)
    shade(gt.cell(i, 0), SAND)
    put(gt.cell(i, 1), v)
widths(gt, [3.6, 12.9])

# ------------------------------------------------------------------ 3
doc.add_heading("3  Why the Award looks as it does", level=1)
num("3.1", "Between January and March 2009 the Foundation asked the people the Award is meant to serve what it "
           "should do. We discussed a first outline with all four Principals at the Principals\u2019 Forum on 20 "
           "January; sent a questionnaire to the 23 SENCOs, heads of year and learning support managers in our "
           "academies (19 replied); met the Foundation Parents\u2019 Council, which includes parents of students "
           "with statements from each academy; and met the SEN team of Northmarch County Council, the "
           "Hollinsford Educational Psychology Service and the headteacher of Orchard Vale School.")
num("3.2", "What we heard, and what we changed as a result:")
bullet("Principals said that new SENCOs are often unsure how to put a case for resources to the senior team and "
       "governors. Unit D now includes a session on working with governors, and Assignment 4 includes a paper "
       "to governors.")
bullet("SENCOs and heads of year said they needed more on managing teaching assistants, who make up most of our "
       "SEN staffing. A full session of Unit C is now given to deploying and managing support staff, and "
       "Assignment 3 asks each SENCO to redeploy support in their own academy.")
bullet("The Parents\u2019 Council asked that SENCOs learn from parents as well as about them. A parent from the "
       "Council and the Northmarch Parent Partnership Service now co-present the session on working with "
       "families (Unit B, Session 4).")
bullet("The Educational Psychology Service asked that SENCOs make better use of its reports. Unit B now includes "
       "a session, taught by an educational psychologist, on using professionals\u2019 assessments to plan "
       "teaching.")
bullet("Orchard Vale School offered placements for SENCOs, which became the placement week (Section 6).")

# ------------------------------------------------------------------ 4
doc.add_heading("4  Your part, stage by stage", level=1)
para("For each stage the table shows what the Foundation and the University do, and what you do.")

STAGES = [
    ("Stage 1  Nomination (by Friday 12 June 2009)",
     "The Foundation Office sends each Principal the nomination form (Annex A) and this guidance.",
     "Nominate your new or designated SENCO on the form. You must confirm that the nominee holds QTS, has "
     "completed induction, has at least two years\u2019 teaching experience and is in post as SENCO or will be "
     "by September 2010. Add a short statement on the nominee\u2019s experience of SEN work. Tell the nominee "
     "that the form asks about disability, and why (Section 8)."),
    ("Stage 2  Selection (week beginning 22 June)",
     "The Director of Education and the Programme Leader interview each nominee for 30 minutes, with the "
     "nominee\u2019s written account of one piece of SEN work they have led. They judge, against the outcomes "
     "of the Award, whether the nominee has enough knowledge, understanding and experience to complete it in "
     "the year. A nominee who is not yet ready is given written guidance on what to do first, normally a term "
     "on the Foundation\u2019s Aspiring SENCO programme shadowing an experienced SENCO, and is invited to apply "
     "the following year.",
     "Release the nominee for the interview. If your nominee is not offered a place, meet the Director of "
     "Education, who will explain the decision and agree with you how the guidance will be followed in your "
     "academy."),
    ("Stage 3  Checks and offer (by Friday 10 July)",
     "Before a place is confirmed, the Foundation\u2019s HR Manager checks the Single Central Record of the "
     "nominating academy for the nominee\u2019s enhanced CRB disclosure and records its number and date. A "
     "nominee who has not worked in a post involving regular contact with children in the previous three "
     "months (for example after a career break) must obtain a new enhanced disclosure, which the Foundation "
     "arranges, before starting. The place is then confirmed in writing.",
     "On the nomination form, confirm that there are no current disciplinary proceedings or concerns about "
     "the nominee\u2019s conduct, and that the nominee has not been barred from or restricted in working with "
     "children."),
    ("Stage 4  Starting conversation (July)",
     "The Programme Leader reads the record of each starting conversation and allocates the SENCO to two of "
     "the six elective workshops (paragraph 5.2).",
     "Before the end of term, hold a starting conversation with your SENCO, using the Foundation\u2019s "
     "one-page prompt, about the SENCO\u2019s strengths and the priorities for SEN in your academy, and send "
     "the record to the Foundation Office."),
    ("Stage 5  Study (September 2009 to June 2010)",
     "Eight study days at the Professional Learning Centre, each run on a Thursday and repeated on the "
     "following Saturday, and two twilight elective workshops (Section 5). Each SENCO has a personal tutor "
     "from the programme team and three tutorials during the year.",
     "Release your SENCO for all eight study days, or allow them to attend the Saturday repeats and take "
     "time off in lieu. You should not ask your SENCO to cover lessons on the day after a study day."),
    ("Stage 6  Academy tasks and the placement week",
     "After each study day the SENCO is set an academy task to carry out in your academy before the next one: "
     "for example, leading a staff briefing on the Code of Practice, or holding a review meeting with a "
     "student\u2019s parents. The Foundation arranges the placement week (paragraph 6.4).",
     "Give your SENCO the access they need for academy tasks: data, meetings and time with staff. You must "
     "appoint a mentor (paragraph 6.1)."),
    ("Stage 7  Assessment",
     "Four assignments, marked and moderated by the programme team and the University (Sections 5 and 9).",
     "Assignment 4 ends with a 20-minute presentation. You are invited to attend as an observer; you do not "
     "take part in marking."),
    ("Stage 8  After the Award",
     "At the last study day each SENCO completes the Foundation\u2019s Next Steps plan, setting out three "
     "professional targets for the following year; the plan is not marked. SENCOs who pass may take their credits towards the "
     "University\u2019s MA in Inclusive Education.",
     "Use the Next Steps plan at your SENCO\u2019s autumn performance management review to agree the "
     "SENCO\u2019s objectives for 2010\u201311."),
]
for title, ours, yours in STAGES:
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 1))
    put(top, title, bold=True, size=10)
    shade(top, NAVY)
    top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    put(t.cell(1, 0), "What the Foundation and the University do", bold=True, size=8.5)
    put(t.cell(1, 1), "What you do", bold=True, size=8.5)
    shade(t.cell(1, 0), SAND)
    shade(t.cell(1, 1), SAND)
    put(t.cell(2, 0), ours, size=9)
    put(t.cell(2, 1), yours, size=9)
    widths(t, [8.25, 8.25])
    para("", after=2)

doc.add_heading("Special cases", level=2)
num("4.1", "A SENCO who already holds credit at Level 7 from a relevant course (for example a postgraduate "
           "certificate in specific learning difficulties) may claim exemption from up to two units through "
           "the University\u2019s procedure for the accreditation of prior certificated learning. A SENCO may also "
           "claim credit for experience: they submit a portfolio of evidence mapped against a unit\u2019s "
           "learning outcomes, which the Programme Leader assesses and the University\u2019s Credit Accumulation "
           "Board confirms. Claims are made at the starting conversation stage and decided by the end of "
           "September.", lead="Prior learning.")
num("4.2", "Exceptionally, a teacher who has led SEN provision in a school for at least three years (for "
           "example a SENCO appointed to one of our academies from another school) may ask to be assessed "
           "without attending the units. The Director of Education and the Programme Leader decide each "
           "request, using the applicant\u2019s CV and a statement showing how they meet each outcome. An "
           "assessment-only candidate submits all four assignments and gives the Assignment 4 presentation, "
           "marked and moderated in the same way as everyone else\u2019s. The fee, \u00a3600, is paid by the "
           "academy.", lead="Assessment only.")

# ------------------------------------------------------------------ 5
doc.add_heading("5  What your SENCO will study and how it is assessed", level=1)
num("5.1", "The Award is taught in four units, in the order below. The marking criteria for every assignment "
           "include the SENCO\u2019s understanding of how provision affects students\u2019 achievement and "
           "well-being. Throughout the Award SENCOs are encouraged to listen to students.")

UNITS = [
    ("Unit", "When", "What your SENCO will study", "How it is assessed"),
    ("A  The framework", "Study days 1\u20132, Sept\u2013Oct",
     "The Education Act 1996 (Part IV), the SEN Code of Practice (2001) and what it means for the academy; "
     "the SENCO Regulations 2008; the Disability Discrimination Act 1995 and 2005 and the Disability Equality "
     "Duty; Every Child Matters, the Children Act 2004 and the SENCO\u2019s part in the five outcomes; a "
     "workshop on academic writing.",
     "Assignment 1: a review of the academy\u2019s SEN policy and practice against the Code of Practice "
     "(2,500 words). Marked on: knowledge of the law and guidance on SEN, including the Code of Practice, "
     "what it means for the academy and how to put it into practice; understanding of Every Child Matters "
     "and the SENCO\u2019s part in helping students reach the five outcomes; clear and accurate writing."),
    ("B  Learners", "Study days 3\u20134, Nov\u2013Dec",
     "How children and young people develop, and how SEN, disability and the physical and social environment "
     "affect development; the main kinds of SEN (behavioural, emotional and social difficulties; specific "
     "learning difficulties, including dyslexia; speech, language and communication needs; autistic spectrum "
     "disorders; moderate learning difficulties) and how they affect learning; identifying SEN through "
     "observation, data and assessment, setting targets, planning interventions and reviewing progress; "
     "tracking progress with summative data, including Key Stage tests and GCSE results, and changing "
     "programmes that are not working; using assessments by educational psychologists and therapists to plan "
     "teaching (taught by an educational psychologist); student voice; Session 4, working with families: "
     "fair and respectful relationships with students and their parents or carers, and working in "
     "partnership with parents.",
     "Assignment 2: a case study of one student (3,000 words). Marked on: how the student\u2019s development "
     "has been affected by their SEN and their surroundings; the nature of the student\u2019s SEN and its "
     "effect on learning; how needs were identified, targets set, interventions planned and progress "
     "reviewed; how summative data were used to track progress and change the programme; how specialist "
     "support was obtained; the relationship built with the student and family, and the work with parents or "
     "carers."),
    ("C  Provision", "Study days 5\u20136, Jan\u2013Mar",
     "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, "
     "and how to judge them; helping colleagues use assessment for learning with students with SEN; provision "
     "mapping and finding ineffective or missing provision; deploying and managing teaching assistants and "
     "learning mentors; reviewing provision with colleagues; the roles of external agencies and how to "
     "obtain specialist support and resources.",
     "Assignment 3: a provision review carried out with colleagues in the academy (3,500 words). Marked on: "
     "the critical choice of approaches, strategies and resources, including ICT; the provision map and the "
     "analysis of ineffective or missing provision; the redeployment and management of support staff; the "
     "work with one colleague on assessment for learning for students with SEN; the review with colleagues "
     "and how it informs the academy\u2019s self-evaluation and improvement plan."),
    ("D  Leadership", "Study days 7\u20138, Apr\u2013Jun, and the placement week",
     "Gaining the commitment of the Principal and senior team; working with governors on SEN policy, an "
     "inclusive ethos, priorities and resources; supporting colleagues\u2019 development through observation "
     "and feedback, modelling, coaching and leading training; advising and supporting colleagues within and "
     "beyond the academy, with joint work with SENCOs from the other Foundation academies; the principles of "
     "school self-evaluation and the SEF; case problems: anticipating difficulties and making sound decisions "
     "about provision; presenting to colleagues and governors; learning from best practice on placement.",
     "Assignment 4: a leadership portfolio and a 20-minute presentation to two tutors. Marked on: how the "
     "SENCO gained the commitment of the Principal and senior team; the SENCO\u2019s plan for the year, "
     "showing priorities, time and what was delegated and how it was checked; the paper to governors on SEN "
     "policy, ethos, priorities and resources; an account of observing, coaching or training a colleague; "
     "the clarity of the presentation and of the answers to the tutors\u2019 questions."),
]
ut = doc.add_table(rows=len(UNITS), cols=4)
ut.style = "Table Grid"
for i, row in enumerate(UNITS):
    for j, val in enumerate(row):
        put(ut.cell(i, j), val, bold=(i == 0 or j == 0), size=8.5)
        if i == 0:
            shade(ut.cell(i, j), SAND)
widths(ut, [2.2, 2.3, 6.0, 6.0])
para("", after=2)

num("5.2", "Besides the units, each SENCO attends two of six twilight elective workshops, chosen from the "
           "starting conversation: reading and spelling interventions; autism in the secondary classroom; "
           "managing challenging behaviour; post-16 transition; using the academy\u2019s data system for SEN; "
           "speech and language in the secondary classroom. Personal tutors use the three tutorials to follow "
           "up each SENCO\u2019s priorities.", lead="Electives.")
num("5.3", "Access arrangements for national tests and examinations are the responsibility of each academy\u2019s "
           "Examinations Officer and are not part of the Award.", lead="Access arrangements.")
num("5.4", "Partnership with other services and voluntary organisations is covered by Hollinsford City "
           "Council\u2019s Multi-Agency Working course, which SENCOs attend in their second year in post. It is "
           "not part of the Award.", lead="Working with other services.")
num("5.5", "The University awards the Postgraduate Certificate to SENCOs who pass all four assignments (the pass "
           "mark is 50 per cent in each) and attend at least 90 per cent of the study days. A SENCO who fails an "
           "assignment may resubmit it once.", lead="The award.")

# ------------------------------------------------------------------ 6
doc.add_heading("6  Mentors, tutors and specialists", level=1)
num("6.1", "You must appoint a mentor for your SENCO from your leadership team, normally the vice principal "
           "with responsibility for inclusion. The mentor meets the SENCO at least once each half-term, sees each "
           "academy task, and writes a short note for the personal tutor before each tutorial. Mentors do not "
           "mark assignments. The University has offered to run a briefing for mentors, and the arrangements "
           "will be confirmed in the autumn term.", lead="Mentors.")
num("6.2", "The Award is led by Dr Priya Raman, Senior Lecturer in Special and Inclusive Education at the "
           "University of Lindisfield, a former SENCO and local authority SEN adviser, who also leads the "
           "University\u2019s MA in Inclusive Education. Dr Raman and two University colleagues teach Units A and B "
           "and act as personal tutors. The two Foundation associate tutors who will teach Units C and D will be "
           "appointed in the summer term from among experienced SENCOs in our academies.",
    lead="The programme team.")
num("6.3", "Sessions are taught with practising specialists: an educational psychologist from the Hollinsford "
           "Educational Psychology Service and a speech and language therapist from Northmarch Community Health "
           "(Unit B); the Northmarch Autism Outreach Team (elective workshop); and a parent from the Foundation "
           "Parents\u2019 Council with the Northmarch Parent Partnership Service (Unit B, Session 4).",
    lead="Specialists.")
num("6.4", "In the week beginning 15 March 2010 each SENCO spends three days on placement, arranged by the Award "
           "Administrator, at Orchard Vale School (a Northmarch special school for students with moderate and "
           "severe learning difficulties) or the Northmarch Pupil Referral Service, with a host teacher who "
           "agrees a placement programme with the Programme Leader beforehand. The SENCO writes a placement "
           "report on the practice they observed; the report is discussed at the third tutorial but it is not "
           "marked.", lead="Placement week.")

# ------------------------------------------------------------------ 7
doc.add_heading("7  Release, cover and money", level=1)
num("7.1", "The Foundation pays the University\u2019s fee of \u00a31,200 per SENCO centrally from its School "
           "Improvement budget. Running one cohort for all four academies, taught partly by our own staff, costs "
           "less than the \u00a31,650 to \u00a31,900 charged at the universities our SENCOs attended in 2008, and "
           "the saving pays for the placement week.")
num("7.2", "Your academy pays for cover for the eight study days and the three placement days, about \u00a31,540 "
           "per SENCO at the Foundation\u2019s standard rate. Elective workshops are in the SENCO\u2019s own time.")
num("7.3", "The Foundation does not hold a resource collection for the Award. Principals should buy any "
           "books, tests or software their SENCO needs from the academy\u2019s own CPD budget.",
    lead="Books and materials.")

# ------------------------------------------------------------------ 8
doc.add_heading("8  Disability, access and equality", level=1)
num("8.1", "The nomination form asks whether the nominee has a disability, a specific learning difficulty or a "
           "long-term health condition, explains why we ask, and says that the answer will be seen only by the "
           "Award Administrator and the University\u2019s Disability Advisory Service. Please encourage your SENCO "
           "to tell us: we cannot make adjustments we do not know about.")
num("8.2", "Where a SENCO tells us of a need, the University\u2019s Disability Advisory Service agrees an access "
           "plan with them before the course begins. Adjustments may include handouts in large print or on "
           "coloured paper, extended deadlines, a reader or scribe, and an alternative to the Assignment 4 "
           "presentation. The Professional Learning Centre is step-free, with a hearing loop and an accessible "
           "toilet, and the Award Administrator checks access at each placement before a SENCO is placed there.")
num("8.3", "Information about the Award is available in large print and on audio CD on request. The Foundation "
           "monitors nominations, places and results by disability, ethnicity and gender each year and reports "
           "them to the Education Committee under its Disability Equality Scheme and Race Equality Policy.")

# ------------------------------------------------------------------ 9
doc.add_heading("9  Quality and evaluation", level=1)
num("9.1", "SENCOs evaluate every study day on the Foundation\u2019s session form. At the end of the year each "
           "SENCO completes the Foundation\u2019s course survey on the organisation of the sessions, the venue and "
           "the administration. The Director of Education writes a report on the year for the Education "
           "Committee, and the report will be shared with Principals.", lead="Evaluation.")
num("9.2", "Each assignment is first-marked by the SENCO\u2019s personal tutor and second-marked by another member "
           "of the programme team: every fail, every distinction and one in three of the rest. The programme "
           "team meets at the end of each unit to agree marks. The University\u2019s external examiner for the MA "
           "in Inclusive Education reviews a sample of each assignment and all fails, and attends the "
           "Examination Board in July. Marks are not final until the Board confirms them.",
    lead="Marking and moderation.")
num("9.3", "Principals, the Parents\u2019 Council, the Educational Psychology Service and Orchard Vale School all "
           "have a part in the Award, as described above. How they will take part in evaluating it has not yet "
           "been settled.", lead="Stakeholders.")
num("9.4", "We are confident that the Award will raise standards for students with SEN in our academies, and "
           "Principals will see this in their RAISEonline data and in their own academy\u2019s tracking over "
           "time.", lead="Impact.")

# ------------------------------------------------------------------ 10
doc.add_heading("10  What has changed since Issue 1", level=1)
num("10.1", "Issue 1 (March 2008) asked newly appointed SENCOs to attend the five induction days run by "
            "Northmarch County Council and to complete the Foundation\u2019s online SEN module. Both have been "
            "withdrawn: the Award replaces them, and it has no online element.")
num("10.2", "Issue 1 also gave each new SENCO \u00a3150 from a central book fund. The fund closed in March 2009.")
num("10.3", "Issue 1 allowed a Principal to defer a new SENCO\u2019s training for up to two years. The 2008 "
            "Regulations no longer allow this, and nor does this guidance.")

# ------------------------------------------------------------------ Annex A
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
doc.add_heading("Annex A  Nomination form: National Award for SEN Coordination 2009\u201310", level=1)
para("Return to the Award Administrator, Foundation Office, by Friday 12 June 2009.", italic=True, size=9)
FORM = [
    ("Academy", ""),
    ("Name of nominee", ""),
    ("SENCO since / designated from", ""),
    ("Eligibility (tick)", "\u2610 QTS     \u2610 Induction completed     \u2610 At least two years\u2019 teaching"),
    ("Nominee\u2019s account (attach; no more than 1,000 words)",
     "One piece of SEN work you have led, and what came of it."),
    ("Prior study the nominee wishes to have accredited", "Course, institution, level and credits:"),
    ("Enhanced CRB disclosure (HR to complete from the Single Central Record)", "Number:                Date of issue:"),
    ("Disability", "Do you have a disability, a specific learning difficulty or a long-term health condition that "
                   "we should know about?  \u2610 Yes   \u2610 No\nWhy we ask: so that we can agree any adjustments "
                   "with you before the course begins. Your answer will be seen only by the Award Administrator "
                   "and the University\u2019s Disability Advisory Service."),
    ("Principal\u2019s statement", "The nominee\u2019s experience of SEN work (no more than 200 words):"),
    ("Principal\u2019s confirmation", "I confirm that there are no current disciplinary proceedings or concerns "
                                      "about the nominee\u2019s conduct, and that the nominee is not barred from or "
                                      "restricted in working with children.\nSigned:                         "
                                      "Date:"),
]
ft = doc.add_table(rows=len(FORM), cols=2)
ft.style = "Table Grid"
for i, (k, v) in enumerate(FORM):
    put(ft.cell(i, 0), k, bold=True, size=9)
    shade(ft.cell(i, 0), STONE)
    put(ft.cell(i, 1), v, size=9)
widths(ft, [5.5, 11.0])

# ------------------------------------------------------------------ Annex B
doc.add_heading("Annex B  Principal\u2019s checklist", level=1)
for item in [
    "Nomination form and the nominee\u2019s account sent by 12 June",
    "Conduct confirmation signed on the nomination form",
    "Mentor appointed and named to the Foundation Office",
    "Starting conversation held and the record sent",
    "Cover arranged for the study days and the placement week",
    "My SENCO has access to the books and journals they need",
    "My SENCO knows how students\u2019 progress will be measured",
    "Next Steps plan used at the autumn performance management review",
]:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.space_after = Pt(2)
    p.add_run("\u2610  " + item)

doc.save(OUT)
print("wrote", OUT)
