"""fr-02-uplands-soft-systems-study

Provider (invented): the Uplands Educational Psychology Consortium, the joint
arrangement of the educational psychology services of three small rural
authorities (Wathedale Council, Brackenfold Council, Hesket County Council),
which jointly employ a Training Officer (Owen Threlfall) and run CPD for
schools, applying with Ravensby University College, which validates the award.

Document kind: the Training Officer's report of a soft systems study (Checkland's
soft systems methodology, long used by educational psychologists in work with
schools) through which the consortium designed its award, as it went to the
Joint Principal Educational Psychologists' Group and the University College's
Partnership Committee, sent whole with a short italic note for the panel. Voice:
"we" (the study team) and the third person for the groups and the Steering
Group's decisions.

Layout and Word features:
- Heading styles for the seven SSM stages; a transcribed "rich picture" in a
  shaded one-cell table (worries, quotes, tensions: no arrangements);
- four CATWOE tables (one root definition per stakeholder view) and the agreed
  root definition;
- a conceptual model as "Activity 1..12" paragraphs;
- a comparison table (model activity / what happens now in the 2008 pilot /
  question for debate): describes the unaccredited pilot, partly ended;
- a changes table (16 changes, Desirable / Feasible / Decision: Adopt, Adopt
  in part, Defer, Reject);
- Stage 7: the award as it will run, in sub-sections, with a study-day table;
- Appendix 1: outcome table in the consortium's own words (Taught / Assessed);
  one outcome has no row, one is "Not included";
- Appendix 2: people consulted;
- real footnotes (citations, and one note about the pilot), two Word comments,
  a header and a footer with a page field.

Traps (requirement ids):
- E.2 "Level 6 or Level 7 depending on previous qualifications". partially_met.
- 1.1 the agreed root definition and the award's aim speak of statutory duties
  and pupils' progress in attainment, not well-being; ECM is only content.
  partially_met.
- 1.3 only "the latest research on interventions" on Day 4; no research or
  inspection evidence named. partially_met.
- 1.7 / 6.S8 parents only an afternoon talk by the Parent Partnership Service
  (Change 7 "Adopt in part"), "Not assessed". partially_met.
- 2.1 credit for earlier study deferred (Change 11) and "No credit for earlier
  study or experience will be given in 2009-10" in Stage 7. not_met.
- 2.3 met: Change 12 adopted and described in 7.4 (trap: sits among deferred
  and rejected changes).
- 2.5 follow-on year rejected (Change 13), nothing else. not_met.
- 3.2 two groups on different days at two venues only; January start
  deferred (Change 8). partially_met.
- 3.3 online route rejected (Change 9); "no online or e-learning element".
  not_applicable.
- 4.3 stakeholders help deliver (hosts, speakers, heads as mentors) but the
  stakeholder evaluation panel is deferred (Change 14; a comment urging it is
  not part of the submission). partially_met.
- 5.1 only internal methods (day evaluations, tutors' end-of-year review);
  external evaluation deferred. partially_met.
- 5.6 resources only in general terms. partially_met.
- 5.8 second marking but cross-authority moderation deferred (Change 15).
  partially_met.
- 5.9 pupil outcome measures rejected (Change 16; a comment says the TDA will
  want them); only day evaluation forms. partially_met.
- 6.0 the award follows passing three assignments which "between them cover
  the national outcomes" (blanket claim, contradicted by Appendix 1).
  partially_met. 1.9 partially_met for the same gaps.
- Appendix 1: A3 "Not assessed" (6.A3), K8 assessed but not taught (6.K8),
  S6 formative only (6.S6), S8 not assessed (6.S8): partially_met; S2(d)
  "Not included" (6.S2d) and no row for deploying staff (6.S4): not_met.
- Past arrangement: the 2008 pilot's termly link EP visits (comparison table,
  footnote) have ended; the award's link EP role is the starting audit and
  mentor briefing only. Does not change a verdict but must not be read as
  current.
- 5.3 met: written confirmation from the head of a current enhanced CRB
  disclosure and List 99 check, references, and a new disclosure through the
  employing council for anyone out of school for three months.
"""
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
OUT = HERE / (Path(__file__).name.replace(".build.py", ".docx"))

doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)

FOOTNOTES = []


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def fn(paragraph, text):
    FOOTNOTES.append(text)
    fid = len(FOOTNOTES) + 1
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)


def P(text="", bold=False, italic=False, style=None, note=None, size=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if note:
        fn(p, note)
    if align is not None:
        p.alignment = align
    return p


def H(t, level=1):
    return doc.add_heading(t, level=level)


def table(rows, widths=None, header=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, "DEEAF6")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# header / footer
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Uplands Educational Psychology Consortium  -  Designing the Uplands SENCO Award: a soft systems study  -  FINAL"
sec.header.paragraphs[0].runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Wathedale  |  Brackenfold  |  Hesket     page "
fp.runs[0].font.size = Pt(8)
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
rr = OxmlElement("w:r")
tt = OxmlElement("w:t")
tt.text = "1"
rr.append(tt)
fld.append(rr)
fp._p.append(fld)

# title
P("UPLANDS EDUCATIONAL PSYCHOLOGY CONSORTIUM", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Wathedale Council  \u2022  Brackenfold Council  \u2022  Hesket County Council", align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()
P("Designing the Uplands SENCO Award: a soft systems study", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Report to the Joint Principal Educational Psychologists' Group and the Ravensby University College Partnership Committee",
  italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Owen Threlfall, Joint Training Officer, with Dr Hamish Ure, Dr Lesley Brigg and Maureen Askew (Principal Educational Psychologists)",
  align=WD_ALIGN_PARAGRAPH.CENTER)
P("Final version, 16 February 2009", align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()
P("Note for the TDA panel. This report is how the consortium and Ravensby University College decided what the award "
  "would be. We send it as the joint group received it, because the reasons for our choices, including the things "
  "we chose not to do this year, matter as much as the choices. Section 7 describes the award as it will run from "
  "September 2009; Appendix 1 shows the national outcomes.", italic=True, size=9.5)

# 1
H("1. Why a soft systems study?", 1)
P("When the three Principal Educational Psychologists asked me in the autumn of 2008 to lead the design of an award "
  "for SENCOs, the first thing I found was that nobody disagreed that we needed one and almost everybody disagreed "
  "about what it was for. Local authority officers saw a way of making sure schools met their statutory duties. "
  "SENCOs saw a way of getting time and status. The University College saw a Master's-level qualification with "
  "its own academic standards. Headteachers of very small schools, who are often their own SENCO, saw another thing "
  "that would take them out of school.")
P("Soft systems methodology was developed for situations like this, where the difficulty is not a technical "
  "problem with one right answer but a set of people with different views of what the system is for.",
  note="P. Checkland and J. Scholes (1990) Soft Systems Methodology in Action. Chichester: Wiley.")
P("Educational psychologists have used it in work with schools for nearly twenty years, and two of the three "
  "services had used it before, in reviewing their own consultation work.",
  note="N. Frederickson (ed.) (1990) Soft Systems Methodology: Practical Applications in Work with Schools. London: University College London.")
P("This report follows the seven stages of the method. Stages 1 and 2 describe the situation as we found it; Stage 3 "
  "sets out the root definitions, the different views of what an award is for; Stage 4 builds a model of the "
  "activities a system meeting the agreed definition would need; Stage 5 compares the model with what happens now; "
  "Stage 6 lists the changes we judged desirable and feasible and what the joint group decided about each; Stage 7 "
  "is the award as it will be run.")

# 2
H("2. Stages 1 and 2: the situation as we found it", 1)
P("Between October and December 2008 we gathered views in the following ways.")
table([
    ["Who", "Number", "How"],
    ["SENCOs in the three areas", "96 of 171", "Questionnaire at the autumn SENCO network meetings, and by post"],
    ["Headteachers", "38", "Four focus groups at the heads' conferences, one in each area and one for teaching heads"],
    ["Parents and carers", "22", "Two groups arranged by the Parent Partnership Services in Wathedale and Hesket"],
    ["Pupils", "14", "Conversations in three schools (Years 5 to 10) led by an assistant psychologist"],
    ["Local authority officers", "9", "Interviews: SEN managers, school improvement advisers, the three Directors' representatives"],
    ["Educational psychologists", "23", "A workshop at the joint service day, November 2008"],
    ["Ravensby University College", "5", "Two meetings with the School of Education and the Quality Office"],
    ["Voluntary organisations", "4", "Interviews: the county autism society, a dyslexia association, the young carers' project, a deaf children's society branch"],
], widths=[4.5, 2, 10.5])
P("The strongest messages were about time and distance: 71 of the 96 SENCOs named travel as the main obstacle to "
  "training, and the teaching heads said that any award must count towards the work they were doing in school "
  "anyway. Parents told us, repeatedly, that what they wanted from a SENCO was to be listened to and kept informed. "
  "The pupils told us that review meetings were \"for the grown-ups\". Officers wanted SENCOs who could run the "
  "statutory process without the authority having to sort out mistakes.")
P("The rich picture below is transcribed from the one we drew on the wall at the November workshop. It records what "
  "people said and worried about; it is not a plan.")
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
c = box.cell(0, 0)
shade(c, "F2F2F2")
c.text = ""
c.paragraphs[0].add_run("RICH PICTURE (transcribed)").bold = True
for line in [
    "Centre: a small school on a hill, one teacher waving a flag labelled SENCO, HEAD, CLASS TEACHER, TEA MONITOR.",
    "A long road to Ravensby with a clock: \"2 hours each way in winter\".",
    "Speech bubble from an officer: \"Every child deserves a SENCO who knows the Code inside out.\"",
    "Speech bubble from a parent: \"Just ring me back.\"",
    "Speech bubble from a pupil: \"They talk about me, not to me.\"",
    "The University College as a castle with a drawbridge: \"Level 7 means Level 7\".",
    "Crossed swords between \"compliance\" and \"the child\".",
    "A pile of money labelled \"release costs: who pays?\"",
    "A cloud: \"online? broadband on the fells is a joke\".",
    "The EP in the middle holding a ball of string linking everyone.",
]:
    q = c.add_paragraph(line)
    q.runs[0].font.size = Pt(9)
doc.add_paragraph()

# 3
H("3. Stage 3: root definitions", 1)
P("Each root definition states, from one point of view, what the system is and what it does, and is tested with the "
  "CATWOE mnemonic: Customers, Actors, Transformation, Weltanschauung (the world view that makes it meaningful), "
  "Owners and Environmental constraints.")

rds = [
    ("RD1: the officers' view", "A system owned by the three authorities, run by their educational psychology services, to turn newly appointed SENCOs into SENCOs who carry out the statutory duties of the Code of Practice accurately and on time.",
     ["Schools; the authorities", "EPs, SEN officers", "SENCOs unsure of the statutory process \u2192 SENCOs who run it accurately", "Mistakes in statutory work cost children time and the authority money", "The three Directors", "Statutory deadlines; small budgets; the 2008 regulations"]),
    ("RD2: the SENCOs' and parents' view", "A system in which SENCOs learn alongside one another to know each child and family and to change what happens for them in school.",
     ["Pupils with SEN and their families", "SENCOs, EPs, other professionals", "Children known through their files \u2192 children known as people", "A child's needs are understood through relationships, not paperwork", "Schools", "Distance; time; status of the SENCO in school"]),
    ("RD3: the University College's view", "A system owned by Ravensby University College to award a Master's-level qualification to teachers who show critical, research-informed understanding of special educational needs.",
     ["Participants", "Lecturers, EPs as associate tutors", "Practitioners \u2192 critical, research-informed practitioners", "Professional knowledge should be tested against published evidence", "The University College", "Academic regulations; validation; quality assurance"]),
    ("RD4: the headteachers' view", "A system in which a small school's SENCO gains a recognised award through work the school needs doing anyway, without long absences.",
     ["Small schools", "SENCO, head, EP", "Training that takes staff away \u2192 training that improves the school while it happens", "Small schools cannot carry passengers", "Governing bodies", "Release costs; one-teacher schools; winter roads"]),
]
for title, rd, cat in rds:
    H(title, 2)
    P(rd, italic=True)
    table([["C", "A", "T", "W", "O", "E"], cat], size=8.5)

H("The agreed root definition", 2)
P("After two meetings of the joint group, the following was agreed as the definition the award should serve:")
P("A system owned jointly by the Uplands consortium and Ravensby University College, in which teachers new to the "
  "SENCO role in Uplands schools gain a Master's-level award through enquiry in their own schools, so that they meet "
  "the statutory duties of the Code of Practice with confidence and pupils with special educational needs make "
  "better progress in their attainment; in a setting of small schools, long distances and limited budgets.", italic=True)

# 4
H("4. Stage 4: the conceptual model", 1)
P("The model sets out the smallest set of activities that a system meeting the agreed definition would need. The "
  "numbers are for reference only.")
for a in [
    "Activity 1. Find out which teachers need the award and whether they are ready for it.",
    "Activity 2. Establish what each teacher already knows and can do, and plan from there.",
    "Activity 3. Teach the knowledge a SENCO needs: law, needs, approaches, agencies.",
    "Activity 4. Make sure the learning is used in the teacher's own school.",
    "Activity 5. Bring teachers into contact with specialist practice they do not see every day.",
    "Activity 6. Support the teacher in school between taught days.",
    "Activity 7. Assess whether each teacher meets the outcomes required.",
    "Activity 8. Check that assessment is fair and consistent.",
    "Activity 9. Make the award reachable by teachers however remote their school.",
    "Activity 10. Involve the people the award serves in running and improving it.",
    "Activity 11. Find out whether the award makes a difference.",
    "Activity 12. Help teachers keep developing after the award.",
]:
    P(a)
P("Monitoring and control: the joint group reviews, once a year, whether Activities 1 to 12 are happening and "
  "whether the system is achieving its definition.")

# 5
H("5. Stage 5: comparing the model with what happens now", 1)
P("\"What happens now\" describes the Uplands SENCO Development Programme, the unaccredited six-day course the three "
  "services ran together in 2007-08 and 2008-09, and the SENCO networks.",
  note="The Development Programme's 2008-09 cohort finishes in March 2009 and the programme will then close. Its "
       "termly visits by the link EP to each SENCO ended in July 2008 when EP time was reallocated to statutory work.")
table([
    ["Activity", "What happens now", "Question for debate"],
    ["1", "Any SENCO may attend; no entry check.", "Who is ready for a Master's-level award?"],
    ["2", "Nothing formal.", "Could the link EP do this in school?"],
    ["3", "Six days of input by EPs and advisory teachers.", "Enough? Which gaps?"],
    ["4", "Attendance only; no school-based task.", "How can assessed work be the school's own work?"],
    ["5", "None.", "Could special schools host visits?"],
    ["6", "Termly link EP visits (until July 2008).", "What can we afford now?"],
    ["7", "None: certificate of attendance.", "What must be assessed, and how?"],
    ["8", "Not applicable.", "Can three services and a university college mark consistently?"],
    ["9", "All days at Wathe Bridge.", "Two venues? Online?"],
    ["10", "Network conveners plan topics.", "Parents? Pupils? Heads?"],
    ["11", "Evaluation sheets at the end of each day.", "How would we know pupils benefited?"],
    ["12", "Nothing.", "Is it our job?"],
], widths=[1.6, 7, 8])

# 6
H("6. Stage 6: changes that are desirable and feasible", 1)
P("The study team proposed sixteen changes. For each, the joint group judged whether it was systemically desirable "
  "and culturally feasible in the three authorities now, and decided to adopt it, adopt it in part, defer it or "
  "reject it. The decisions were taken at the joint group's meeting of 28 January 2009.")
changes = [
    ["No.", "Change proposed", "Desirable", "Feasible", "Decision"],
    ["1", "Run two groups, on different weekdays, at Wathe Bridge and at Hesket Moor, with participants choosing either", "Yes", "Yes", "Adopt"],
    ["2", "A starting audit in school with the link EP and the head, against the national outcomes", "Yes", "Yes", "Adopt"],
    ["3", "Replace essays with a workplace enquiry in the participant's school", "Yes", "Yes", "Adopt"],
    ["4", "Two-day visits to a special school or resource base", "Yes", "Yes", "Adopt"],
    ["5", "Brief headteachers as workplace mentors", "Yes", "Yes", "Adopt"],
    ["6", "A study day on involving pupils in planning and review", "Yes", "Yes", "Adopt"],
    ["7", "A full study day on working with parents, planned with the Parent Partnership Services", "Yes", "Partly", "Adopt in part: one afternoon session"],
    ["8", "A January start as well as September", "Yes", "No (numbers)", "Defer to 2010-11"],
    ["9", "An online route for the most remote schools", "Yes", "No (broadband, cost)", "Reject for now"],
    ["10", "Disability and access arrangements for participants", "Yes", "Yes", "Adopt"],
    ["11", "Credit for earlier study and experience", "Yes", "Not yet (University College regulations under review)", "Defer to 2010-11"],
    ["12", "An assessment-only route for experienced specialist teachers", "Yes", "Yes", "Adopt"],
    ["13", "A follow-on year for those who complete the award", "Yes", "No (cost)", "Reject"],
    ["14", "A stakeholder panel (heads, parents, young people) to evaluate the award each year", "Yes", "Not yet", "Defer"],
    ["15", "Cross-authority moderation of marking", "Yes", "Not yet (EP time)", "Defer"],
    ["16", "Pupil outcome measures in every workplace enquiry", "Partly", "No (burden on small schools)", "Reject"],
]
table(changes, widths=[1, 8.4, 1.8, 3, 2.8])

# 7
H("7. Stage 7: the award as it will run from September 2009", 1)
H("7.1 The award and its validation", 2)
P("The Uplands SENCO Award is a 60-credit Postgraduate Certificate validated by Ravensby University College, which "
  "holds taught degree awarding powers. It was approved at a validation event on 3 February 2009. Credit is awarded "
  "at Level 6 or Level 7 depending on the participant's previous qualifications: a participant without a first "
  "degree is registered at Level 6. It runs part time from September to July.")
P("The fee for the taught route is \u00a31,150, of which the consortium pays half from the three services' pooled CPD "
  "budget, so that a school pays \u00a3575 and its supply cover for eight days and the two-day visit. Running the award "
  "in the area costs a school about two-thirds of what it would pay to send its SENCO to the nearest university "
  "course, most of the saving being travel and supply time, and using link EPs who already know the school avoids a "
  "separate mentoring cost.")
H("7.2 Aim", 2)
P("The aim of the award is that every teacher new to the SENCO role in an Uplands school meets the statutory duties of "
  "the SEN Code of Practice with confidence and that pupils with special educational needs in their schools make "
  "better progress in their attainment.")
H("7.3 Who can take the award, and how they are chosen", 2)
P("Applicants must have qualified teacher status, be the SENCO (or be about to become the SENCO) of a school in one "
  "of the three authorities, and have their headteacher's written agreement to release them and to act as their "
  "workplace mentor. Every applicant has a pre-entry conversation with their link EP, who uses a short set of "
  "questions drawn from the national outcomes to judge whether the applicant has enough knowledge of the SEN "
  "framework and enough experience of teaching pupils with SEN to reach the outcomes within the year. An applicant "
  "who is not ready is offered a place on the consortium's three SENCO Foundation Days and a further conversation "
  "the following spring, and the Training Officer writes to their headteacher explaining what would help.")
P("Before a place is confirmed, the Training Officer obtains written confirmation from the headteacher that the "
  "applicant has a current enhanced CRB disclosure (with its date and number) and has been checked against List 99, "
  "and that there are no concerns about conduct or outstanding disciplinary matters; for an applicant who has not "
  "been employed in a school in the last three months, such as a teacher returning from a career break, the "
  "consortium obtains a new enhanced disclosure through the employing council before the first study day. "
  "Confirmations are kept on the participant's file.")
P("The application form asks every applicant whether they have a disability or other need that we should plan for, "
  "and the link EP asks again at the starting audit, because people often tell a person what they will not write on "
  "a form. Adjustments are agreed in writing: they have included papers sent two weeks early in large print, a "
  "reserved parking space, an interpreter and extended submission dates for assignments under the University "
  "College's disability policy. Both venues have level access and a hearing loop, and host schools for visits are "
  "asked about access before a participant is placed there. Our leaflet is available in large print and on audio "
  "tape, and it says plainly that disabled teachers are welcome and how to ask for adjustments.")
H("7.4 Routes", 2)
P("Most participants follow the taught route below. Participants choose the Tuesday group at Wathe Bridge or the "
  "Thursday group at Hesket Moor and may move between them for individual days. There is no online or e-learning "
  "element: all teaching is face to face and materials are given out on the day or sent by post.")
P("An experienced specialist teacher, for example a teacher from one of the three learning support services who "
  "already seems to meet the outcomes, may instead apply for the assessment-only route. The candidate meets the "
  "Programme Leader and the Training Officer, submits all three assignments without attending the study days, and "
  "has a 45-minute viva with two tutors; the Examination Board applies exactly the same requirement as for the "
  "taught route. The fee for the route is \u00a3450.")
P("No credit for earlier study or experience will be given in 2009-10.")
H("7.5 The starting audit and the personal plan", 2)
P("In the first three weeks the participant, the link EP and the headteacher meet in school for the starting audit. "
  "The participant rates themself against each national outcome on a four-point scale, with evidence, and the link EP "
  "challenges the ratings where they look generous or out of date. From the audit the participant writes a Personal "
  "Plan: three to five priorities, which study days and which assignment will carry each, and what the head will do "
  "in school to support it. The Plan is reviewed with the Programme Leader in February and shapes the focus of the "
  "workplace enquiry.")
H("7.6 Study days and visits", 2)
table([
    ["Day", "Focus", "Led by"],
    ["1", "The SENCO role; Every Child Matters and what the SENCO can do about each outcome; keeping a professional learning log", "Programme Leader and Training Officer"],
    ["2", "The law and policy: the Education Act 1996, the Code of Practice, the SEN and Disability Act 2001, the Disability Discrimination Act and the Disability Equality Duty, accessibility plans, the 2008 SENCO regulations", "SEN managers from the three authorities"],
    ["3", "How children develop and what can affect development; identifying needs; using data, national tests and other professionals' assessments; setting targets", "EPs"],
    ["4", "Common needs and approaches: dyslexia, speech, language and communication, autism, behavioural, emotional and social difficulties, moderate learning difficulties; the latest research on interventions; provision mapping; assessment for learning; ICT", "EPs and advisory teachers"],
    ["5", "Other agencies and voluntary organisations; involving pupils in planning and reviewing their own provision (Talking Mats, person-centred reviews)", "EPs, speech and language therapists, CAMHS, voluntary organisations"],
    ["6", "Supporting colleagues: observation, feedback, coaching, running staff training; afternoon: what parents tell us (Parent Partnership Service)", "Training Officer; Parent Partnership officers"],
    ["7", "Leading SEN in a small school: governors, self-evaluation and improvement planning, managing the SENCO week", "Programme Leader; a headteacher"],
    ["8", "Enquiry presentations", "All tutors"],
], widths=[1, 11.5, 4.5])
P("Between Days 4 and 5 every participant spends two days on a visit to a special school or specialist resource base "
  "in one of the three authorities, chosen from the eleven that have agreed to host and matched to the participant's "
  "Personal Plan. The host school's SENCO agrees a programme for the two days with the Training Officer. During the "
  "year participants can also consult, through their link EP, the speech and language therapy service, the sensory "
  "support teams, CAMHS and the autism outreach teachers.")
H("7.7 The assignments", 2)
P("Assignment 1, Knowing the child (4,000 words): a case study of a pupil with SEN, using the participant's own "
  "observations and assessments and those of other professionals, setting targets and reviewing progress.")
P("Assignment 2, Workplace enquiry (5,000 words): an enquiry into an area of SEN provision in the participant's "
  "school, agreed with the head, which reviews the literature, maps current provision, gathers the views of pupils, "
  "makes a change and reports what happened.")
P("Assignment 3, Leading others (portfolio): a staff development session led by the participant with the feedback "
  "from it, a review of the school's accessibility plan presented to governors, a multi-agency plan for one pupil, "
  "and a reflective commentary on the participant's own learning over the year.")
P("Participants who pass the three assignments receive the award. The assignments between them cover the national "
  "outcomes.")
P("Each assignment is marked by the tutor who supervised it and second marked by a tutor from the other partner where "
  "the first mark is a fail or a distinction.")
H("7.8 Staff", 2)
P("The Programme Leader is Dr Frances Moyle, Senior Lecturer in Special and Inclusive Education at Ravensby, formerly "
  "a SENCO and head of a learning support service, with a doctorate on SEN coordination in rural schools. The "
  "Training Officer, Owen Threlfall, is an educational psychologist (Chartered Psychologist) with fourteen years' "
  "practice in the three authorities. Twelve link EPs, all in current casework, and four advisory teachers with "
  "specialist qualifications in autism, dyslexia, hearing impairment and behaviour contribute to teaching and "
  "supervision.")
P("All tutors and link EPs attend a half-day induction in July on the outcomes, the assignments and the marking "
  "criteria, and have a tutor handbook setting out who does what. Headteachers attend a briefing in September on "
  "their role as mentor (releasing the participant, agreeing the enquiry, meeting termly and signing the Personal "
  "Plan), and each receives the mentor guide.")
H("7.9 Resources", 2)
P("Participants will have access to the resources they need. The three services' resources are pooled for the award, "
  "and participants may use the Ravensby library.")
H("7.10 Stakeholders in the running of the award", 2)
P("Eleven special schools and resource bases host visits; the Parent Partnership Services and four voluntary "
  "organisations teach on Days 5 and 6; headteachers act as workplace mentors; and the SENCO network conveners sit "
  "on the joint group's award sub-group, which plans the study days each summer. The content of Days 5 and 6, the "
  "two venues and the workplace enquiry all came directly from what SENCOs, heads, parents and pupils told us "
  "(Section 2).")
H("7.11 Evaluation and quality", 2)
P("Every study day is evaluated by participants on the consortium's standard form, and the tutors meet at the end of "
  "the year to review the evaluations, the marks and their own experience, and to agree changes for the following "
  "year, which the Training Officer reports to the joint group.")

# appendix 1
doc.add_page_break()
H("Appendix 1: the national outcomes in the award", 1)
P("Our short wording of each national outcome, where it is taught and where it is assessed. A1, A2 and A3 are the "
  "assignments.")
out = [
    ["Outcome", "Taught", "Assessed"],
    ["Attributes", "", ""],
    ["Builds fair, respectful relationships with pupils and parents", "Days 5, 6", "A1"],
    ["Wins the commitment of colleagues, including the head", "Day 7", "A2"],
    ["Prioritises, manages time and delegates", "Day 7 (managing the SENCO week)", "Not assessed"],
    ["Solves problems and makes sound judgements about provision", "Day 3", "A1"],
    ["Communicates clearly and listens", "Throughout", "A1, A2, A3; enquiry presentation"],
    ["Uses research and outside advice to improve practice", "Day 4", "A2"],
    ["Keeps up to date and owns their CPD", "Day 1 (learning log)", "A3 (reflective commentary)"],
    ["Knowledge", "", ""],
    ["SEN law and the Code of Practice in practice", "Day 2", "A1"],
    ["Every Child Matters and the SENCO", "Day 1", "A1"],
    ["Disability equality law and what it requires", "Day 2", "A3 (accessibility plan)"],
    ["How children develop", "Day 3", "A1"],
    ["Common types of SEN and their effect on learning", "Days 3, 4", "A1"],
    ["Approaches, strategies and resources, including ICT", "Day 4", "A2"],
    ["School self-evaluation and improvement", "Day 7", "A2"],
    ["Best practice and research", "\u2014", "A2 (literature review)"],
    ["External agencies and getting specialist support", "Day 5", "A3 (multi-agency plan)"],
    ["Skills", "", ""],
    ["Shapes inclusive policy with senior staff and governors", "Day 7", "A3 (governors)"],
    ["Identifies needs, sets targets, plans and reviews", "Day 3", "A1"],
    ["  uses other professionals' assessments", "Days 3, 5", "A1"],
    ["  uses summative data and national tests to track progress", "Day 3", "A2"],
    ["  helps colleagues develop formative assessment", "Day 4", "A3 (staff session)"],
    ["  access arrangements for tests and examinations", "Not included: in our schools these are handled by the examinations officer or the head", ""],
    ["Provision mapping; finding ineffective or missing provision", "Day 4", "A2"],
    ["Supports colleagues' professional development", "Day 6", "A3 (staff session)"],
    ["Reviews provision with staff to inform self-evaluation", "Day 7", "Tutor feedback on a draft (formative)"],
    ["Involves pupils in planning and reviewing their provision", "Day 5", "A2 (pupils' views)"],
    ["Liaises with parents and carers", "Day 6 (afternoon)", "Not assessed"],
    ["Works in partnership with other services and voluntary organisations", "Day 5", "A3 (multi-agency plan)"],
]
t = table(out, widths=[8.5, 4.5, 4])
for i, row in enumerate(out):
    if row[1] == "" and row[2] == "" and i > 0:
        a = t.cell(i, 0).merge(t.cell(i, 2))
        a.paragraphs[0].runs[0].bold = True
        shade(a, "F2F2F2")
    if row[1].startswith("Not included"):
        t.cell(i, 1).merge(t.cell(i, 2))

H("Appendix 2: people consulted", 1)
P("We are grateful to the 96 SENCOs, 38 headteachers, 22 parents and carers and 14 pupils who gave their time; to the "
  "officers of the three authorities; to colleagues in the three educational psychology services; to the School of "
  "Education and the Quality Office at Ravensby; and to the Hesket and District Autism Society, the Uplands Dyslexia "
  "Association, the Wathedale Young Carers' Project and the Brackenfold branch of the National Deaf Children's "
  "Society.")

doc.save(OUT)

# ---- comments
d2 = Document(OUT)
tbls = d2.tables


def cell_with(text):
    for tb in d2.tables:
        for row in tb.rows:
            for cc in row.cells:
                if cc.text.startswith(text):
                    return cc
    raise KeyError(text)


c14 = cell_with("A stakeholder panel")
d2.add_comment(c14.paragraphs[0].runs, text="Could we not at least ask the heads' forum and the Parent Partnership "
               "steering group to comment on each year's evaluations? Costs nothing.", author="Dr Lesley Brigg", initials="LB")
c16 = cell_with("Pupil outcome measures")
d2.add_comment(c16.paragraphs[0].runs, text="The TDA will want evidence of impact on pupils. Revisit before the bid goes in?",
               author="Maureen Askew", initials="MA")
d2.save(OUT)

# ---- footnotes part
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
body = [f'<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        f'<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for i, text in enumerate(FOOTNOTES):
    esc = text.replace("&", "&amp;").replace("<", "&lt;")
    body.append(f'<w:footnote w:id="{i + 2}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>')
fxml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">' + "".join(body) + "</w:footnotes>"
src = zipfile.ZipFile(OUT)
items = {n: src.read(n) for n in src.namelist()}
src.close()
ct = items["[Content_Types].xml"].decode()
ct = ct.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                "officedocument.wordprocessingml.footnotes+xml\"/></Types>")
items["[Content_Types].xml"] = ct.encode()
rels = items["word/_rels/document.xml.rels"].decode()
rels = rels.replace("</Relationships>", '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
items["word/_rels/document.xml.rels"] = rels.encode()
items["word/footnotes.xml"] = fxml.encode()
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for n, data in items.items():
        z.writestr(n, data)
print("wrote", OUT)
