"""Build bs-04-appendix-tables.docx: Thornbury Vale College with the University of Eastmoor (invented).

Provider: Thornbury Vale College, a general further-education college with a
teacher-education department, in partnership with the University of Eastmoor,
which validates and awards the Postgraduate Certificate in Leading Provision
for Special Educational Needs (60 credits at Level 7: three 20-credit
modules). Westmarsh County Council is the local authority partner. Dated
March 2009, 2008-era vocabulary (CRB, List 99, ECM, SEN Code of Practice
2001). A strong application written in plain, practical prose.

Layout: seven short thematic sections in plain prose (Heading 1 styles,
not criterion by criterion), then three appendices at the end that carry
all of the Criterion 6 evidence:
- Appendix A: a THREE-column outcome matrix (outcome | where developed |
  how assessed). The provider numbers the outcomes itself (PA1-PA7,
  KU1-KU9, PS1-PS9 with PS2(a)-(d)), in Annex 3 order. Some rows name two
  outcomes at once (PA1 with PS8, PA6 with KU8, KU9 with PS9, PS2(a) with
  PS2(b)): the two outcomes are two paragraphs in one cell. A note under
  the table declares PS4 "outside the scope of this programme".
- Appendix B: a module-to-assignment table. Its last column says that the
  practice tasks F1-F3 are formative: "written feedback only, not graded,
  does not count towards the award". The matrix names F1, F2 and F3 for some
  outcomes, so the reader has to follow Appendix A across to Appendix B.
- Appendix C: assignment briefs, each with a "You must show that you:"
  bullet list naming the outcome codes; the practice-task briefs say again
  that they are not graded.
- Page header and footer (never evidence).

Traps and the requirement ids they affect:
- 6.A3 (time, delegation), 6.A7 (own CPD), 6.K4 (child development),
  6.S2d (special arrangements for tests): developed in a module but assessed
  only by a formative practice task (F1, F3, F2, F2): partially_met.
- 6.S4 (deploying and managing staff): "Outside the scope of this
  programme" in the matrix and in the note under it: not_met, even though
  stakeholders named leading teaching assistants as a need (section 5).
- Combined rows: PA1+PS8, PA6+KU8, KU9+PS9, PS2(a)+PS2(b) are all assessed
  by a summative assignment and named again in its brief: all met.
- 6.0 partially_met and 1.9 partially_met: the award is made on passing
  Assignments 1-3 (section 7), and those do not assess A3, A7, K4, S2d or S4.
- 2.3 not_met (negation): "We do not offer an assessment-only route."
- 3.3 not_applicable: "All teaching is face to face ...; there are no online
  modules."
- 5.9 partially_met: change in participants' confidence and competence is
  measured (needs analysis repeated at the end); impact on pupils is only
  something "we would like in future" to look at.
- 2.5 met through practice task F3 (a personal development plan taken to
  performance management): that the task is formative does not matter for
  2.5.
- 5.5 met: specialists lead sessions and give consultations, and every
  participant has a two-day placement in a contrasting setting.
- 5.3 met: the provider itself sees and records the enhanced CRB
  disclosure, asks for a new one where needed and checks List 99.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("bs-04-appendix-tables.docx")

doc = Document()
doc.core_properties.author = "Priya Castellan"
doc.core_properties.title = "SENCO approval application - Thornbury Vale College and University of Eastmoor"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Thornbury Vale College \u00b7 University of Eastmoor"
sec.footer.paragraphs[0].text = "Application for approval: nationally accredited SENCO training \u2013 March 2009"


def shade(cell, fill="DDDDDD"):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell(cell, text, bold=False):
    """text may be a str or a list of paragraphs."""
    parts = text if isinstance(text, list) else [text]
    cell.text = ""
    first = True
    for part in parts:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = para.add_run(part)
        run.bold = bold


def P(text):
    return doc.add_paragraph(text)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# ------------------------------------------------------------------ cover
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("Thornbury Vale College and the University of Eastmoor")
r.bold = True
r.font.size = Pt(16)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Application for approval to provide nationally accredited training for teachers new to the "
          "SENCO role\nPostgraduate Certificate in Leading Provision for Special Educational Needs").bold = True
P("Submitted by Ms Harriet Oduya, Head of Teacher Education, Thornbury Vale College, and Dr Colm "
  "Brannigan, Senior Lecturer in Inclusive Education, University of Eastmoor, with Westmarsh County "
  "Council. March 2009.")
P("We have written this application in our own order rather than criterion by criterion. The detail of "
  "which national minimum outcomes are taught where, and how each is assessed, is in the appendices at "
  "the end.")

# ------------------------------------------------------------------ 1
doc.add_heading("1. The partnership and the award", level=1)
P("Thornbury Vale College is a general further education college. Its teacher education department has "
  "run in-service courses for Westmarsh schools since 1996, and the University of Eastmoor validates all "
  "of the College\u2019s higher education provision. The Postgraduate Certificate in Leading Provision "
  "for Special Educational Needs was approved by the University at a validation event on 11 February "
  "2009 and will be awarded by the University. It carries 60 credits at masters level (Level 7), made up "
  "of three 20-credit modules (Appendix B).")
P("College staff teach Modules 1 and 2 and University staff teach Module 3. The University\u2019s "
  "external examiner covers all three modules.")

# ------------------------------------------------------------------ 2
doc.add_heading("2. What the course is for", level=1)
P("The course exists to make a difference to children. Its first aim, written into the validated "
  "programme document, is to raise the achievement of pupils with SEN and/or disabilities in "
  "participants\u2019 schools. By achievement we mean all five Every Child Matters outcomes \u2013 being "
  "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
  "well-being \u2013 not test results alone. Each module has objectives about pupils\u2019 progress and "
  "well-being, and each assignment asks participants to show what changed for pupils. Assignment 2, "
  "for example, must report each case-study pupil\u2019s progress in learning and in well-being, using "
  "the pupil\u2019s and the family\u2019s views as well as data (Appendix C).")
P("Everything is tied to the participant\u2019s own school. Each module has three directed tasks done "
  "in school between taught days \u2013 for example auditing the school\u2019s SEN register against the "
  "Code of Practice, observing a colleague\u2019s lesson with a focus on a pupil with speech, language "
  "and communication needs, or running a review meeting \u2013 and each task is linked to outcomes in "
  "Appendix A. Every taught day starts with a round of \u2018what I tried and what happened\u2019.")
P("Content is kept current. Reading lists and case material are revised each summer. The current "
  "versions use Ofsted\u2019s Special educational needs and disability: towards inclusive schools (2004) "
  "and Inclusion: does it matter where pupils are taught? (2006), the Bercow Report on services for "
  "children and young people with speech, language and communication needs (DCSF, 2008) and the "
  "National Strategies\u2019 Inclusion Development Programme materials on dyslexia and on speech, "
  "language and communication needs (2008). The Module 3 tutor brings the findings of the "
  "University\u2019s own study of provision mapping in Westmarsh secondary schools.")
P("Module 1 deals with law and policy: the Education Act 1996, the Special Educational Needs and "
  "Disability Act 2001, the SEN Code of Practice (2001), the Disability Discrimination Acts 1995 and "
  "2005 and the disability equality duty, the Children Act 2004 and Every Child Matters, and Removing "
  "Barriers to Achievement (2004). Participants work out what each of these means for their own "
  "school.")
P("Talking with children is taught, not assumed. In Module 2 participants learn and practise ways of "
  "finding out what pupils with SEN think \u2013 structured interviews, visual rating scales, "
  "photographs, Talking Mats for pupils with communication difficulties \u2013 and in Assignment 2 they "
  "must show how each case-study pupil\u2019s views shaped the plan and its review.")
P("In Module 3 participants practise advising and supporting colleagues through coaching "
  "conversations and observation with feedback, and plan joint work with the educational psychology and "
  "specialist teaching services. In Module 2 the Westmarsh Parent Partnership Service leads a day on "
  "working with parents and carers, and participants rehearse difficult review meetings with parent "
  "volunteers.")
P("The point of all this is change in practice. Assignment 3 is a project in which the participant "
  "leads an improvement in SEN provision in his or her school, agreed beforehand with the headteacher, "
  "and reports what changed and what evidence shows it.")

# ------------------------------------------------------------------ 3
doc.add_heading("3. Getting on the course", level=1)
P("Applicants must have qualified teacher status and be in, or about to take up, a SENCO post; the "
  "headteacher signs the application form to confirm this and to commit time for the school-based "
  "tasks. Every applicant has a half-hour interview with a tutor and completes our needs analysis "
  "(below) before an offer is made. If the interview or the needs analysis shows that an applicant is "
  "not yet ready \u2013 for example a teacher with no experience of planning for pupils with SEN \u2013 "
  "the tutor explains what to do first, speaks to the headteacher, and offers a place on a later "
  "intake.")
P("We check each candidate\u2019s enhanced CRB disclosure before making an offer: the candidate brings "
  "the disclosure to interview and we record its number and date. Where it is more than three years old, "
  "or the candidate has not worked in a school in the last three months, we obtain a new enhanced "
  "disclosure through the College before the course starts. We also confirm with the school that the "
  "candidate is not on List 99 and that there are no outstanding disciplinary concerns.")
P("Teachers who already hold relevant masters-level credit gained in the last five years can ask for it "
  "to count towards one module, up to 20 credits. Teachers with substantial experience but no credit "
  "can claim the same exemption by putting together a short portfolio showing how their experience "
  "meets the module\u2019s outcomes; a tutor assesses it against the module\u2019s assignment criteria "
  "and the University\u2019s accreditation panel confirms the award of credit.")
P("The needs analysis is a self-assessment against every outcome in Appendix A, completed before the "
  "first taught day and discussed with a tutor. From it the tutor and participant write an individual "
  "training plan: which outcomes are already secure, which need most work, and which directed tasks "
  "and assignment focus to choose. The plan is looked at again at the mid-course tutorial.")
P("We do not offer an assessment-only route. Every participant takes the taught modules, though some may "
  "be exempted from one module as described above.")

# ------------------------------------------------------------------ 4
doc.add_heading("4. How it is taught", level=1)
P("There are two intakes a year, in September and in January. Each module has five taught days on "
  "Saturdays, and participants may take Modules 1 and 2 in either order; Module 3 comes last. Most "
  "people finish in a year, and anyone can spread the modules over two years at no extra cost. All "
  "teaching is face to face in the College\u2019s Teacher Centre; there are no online modules.")
P("Because the individual training plan decides the directed tasks and the focus of each assignment, "
  "two participants on the same module can be doing quite different work. Each module has three "
  "30-minute tutorials, which are spent on each person\u2019s own priorities, and the modules build from "
  "knowledge of the framework (Module 1) through working with individual pupils (Module 2) to leading "
  "provision across the school (Module 3). The fee for the whole certificate is \u00a31,350; Westmarsh "
  "County Council pays \u00a3600 of it for teachers in its schools, and teaching on Saturdays in our own "
  "building keeps costs down.")
P("The application form and the course handbook ask applicants, in plain words, to tell us about any "
  "disability or health condition so that we can make adjustments, and explain why we ask; the "
  "College\u2019s Learning Support team contacts everyone who does. Adjustments made on our current "
  "courses include materials in large print or on coloured paper, a reader for a teacher with a visual "
  "impairment, extra time, and a viva in place of a written assignment. The Teacher Centre is on the "
  "ground floor and has a hearing loop, and our publicity leaflet says so. Tutors are trained each "
  "year on the College\u2019s disability equality scheme, and interview questions are checked against "
  "it.")
P("The last taught day of Module 3 is about what comes next. Each participant completes practice task "
  "F3, a personal development plan for the following year, using a template that lists possible next "
  "steps (further modules towards an MA, specialist qualifications, the County\u2019s SENCO network), and "
  "takes it to his or her performance management meeting with the headteacher.")

# ------------------------------------------------------------------ 5
doc.add_heading("5. Working with schools and the council", level=1)
P("Before designing the course we asked Westmarsh schools what they needed. In autumn 2008 the College "
  "and the County\u2019s SEN team sent a questionnaire to all 212 schools (118 replied) and ran two focus "
  "groups of SENCOs and headteachers. The strongest messages were that new SENCOs struggle with "
  "provision mapping, with leading teaching assistants and with review meetings with parents, and that "
  "heads want the SENCO to be part of the leadership team.")
P("These findings changed the course. Provision mapping now has two full days in Module 3 rather than a "
  "single session; the Parent Partnership day was added to Module 2; and the Assignment 3 project must "
  "be agreed with the headteacher so that it fits the school\u2019s development plan. The County\u2019s "
  "Principal SEN Officer sat on the design team and read each draft module.")
P("The County\u2019s SEN advisers teach on Module 1; educational psychologists and specialist teachers "
  "lead sessions in Module 2; and the Parent Partnership Service leads the parents\u2019 day. "
  "Headteachers agree the Assignment 3 project and attend the presentation. A Programme Committee \u2013 "
  "two headteachers, two SENCOs who completed our earlier certificate, the Principal SEN Officer and the "
  "Parent Partnership coordinator \u2013 meets the tutors each term, and every summer it goes through "
  "the participants\u2019 evaluations, the results and the external examiner\u2019s report and agrees "
  "the changes for the next year.")

# ------------------------------------------------------------------ 6
doc.add_heading("6. Staff and resources", level=1)
P("The programme leader, Ms Priya Castellan, was SENCO in two Westmarsh schools for nine years and "
  "holds an MA in Special and Inclusive Education. Dr Brannigan, who teaches Module 3, leads the "
  "University\u2019s research on provision mapping. The Module 2 tutor is an advisory teacher for specific "
  "learning difficulties who still works in schools two days a week. Every tutor spends at least five "
  "days a year in schools and attends at least one national SEN conference a year.")
P("Educational psychologists, speech and language therapists, the sensory support service and the "
  "behaviour support team all lead sessions in Module 2, and participants can book a consultation with "
  "any of them about their case-study pupils. Every participant also spends two days on placement in a "
  "contrasting setting \u2013 one of the County\u2019s three special schools or a resourced unit \u2013 "
  "arranged by the County and with a focus agreed in the individual training plan.")
P("The Teacher Centre library holds the core texts in multiple copies, and the College subscribes to the "
  "main SEN journals online. A resource room holds standardised tests of reading and language for "
  "participants to borrow, assistive technology to try (text-to-speech software, switch devices, a "
  "visualiser), and laptops for the sessions on ICT.")
P("Everyone who teaches or marks on the course, including County advisers and visiting specialists, "
  "comes to a half-day briefing each September and receives the Tutor Handbook, which sets out the "
  "outcomes, the assignment briefs, the marking criteria and what each person is responsible for. "
  "Headteachers receive a two-page guide to their part in Assignment 3 and a telephone call from the "
  "tutor before the presentation. New markers are paired with an experienced marker for their first "
  "round of marking.")

# ------------------------------------------------------------------ 7
doc.add_heading("7. Assessment and checking quality", level=1)
P("Each summative assignment is marked against published Level 7 criteria and against the outcomes "
  "listed in its brief. All Assignment 3 projects and a 20% sample of the other assignments are "
  "second-marked, and marks are agreed at a moderation meeting of all markers. The University\u2019s "
  "external examiner sees a sample from every module and attends the Examination Board.")
P("To gain the Postgraduate Certificate a participant must pass Assignments 1, 2 and 3. Appendix A "
  "shows which outcomes each assignment assesses, Appendix B shows how the modules and assignments fit "
  "together, and Appendix C gives the briefs.")
P("We evaluate the course in several ways. Inside the partnership: a questionnaire at the end of each "
  "module, a focus group with each cohort, and each tutor\u2019s module review. From outside: the "
  "external examiner\u2019s report and the Programme Committee (section 5). All of these go into the "
  "University\u2019s annual monitoring report, which ends with an action plan, and the Programme "
  "Committee checks progress against that plan the following summer. Our pilot module changed in this "
  "way last year: directed tasks are now issued a module earlier.")
P("Participants complete the needs analysis again at the end of the course, and we compare the two to "
  "see how their confidence and competence against each outcome have changed. We would like in future "
  "to look at what difference the course makes to the pupils in participants\u2019 schools, but we have "
  "not yet worked out how to do this.")

# ------------------------------------------------------------------ Appendix A
doc.add_page_break()
doc.add_heading("Appendix A \u2013 National minimum outcomes: where developed and how assessed", level=1)
P("PA = professional attributes, KU = professional knowledge and understanding, PS = professional skills, "
  "numbered in the order of Annex 3 of the specification. Assignments and practice tasks are described "
  "in Appendices B and C.")

MATRIX = [
    (["PA1 Fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
      "disabilities and with their parents or carers",
      "PS8 Liaising effectively with parents and carers to promote pupils\u2019 learning and development"],
     "Module 2 (parents\u2019 day; case-study work)", "Assignment 2"),
    ("PA2 Gaining the commitment of colleagues, including the headteacher and senior leaders",
     "Module 3", "Assignment 3"),
    ("PA3 Prioritising work, managing time, delegating responsibilities and tasks appropriately",
     "Module 1", "Task F1"),
    ("PA4 Anticipating and resolving problems; well-founded decisions and sound judgement on provision",
     "Module 3", "Assignment 3"),
    ("PA5 Expressing themselves clearly in speech and in writing; listening to and understanding the "
     "views of others", "All modules", "Assignments 1\u20133 (written); Assignment 3 presentation"),
    (["PA6 Drawing on research evidence and other external advice to improve their own and colleagues\u2019 "
      "practice",
      "KU8 Best practice and the outcomes of research in meeting special educational needs"],
     "Modules 1 and 2", "Assignment 1"),
    ("PA7 Keeping up to date; taking responsibility for their own CPD on SEN and disability",
     "Module 3", "Task F3"),
    ("KU1 SEN law and guidance, including the SEN Code of Practice; implications and putting them into "
     "practice", "Module 1", "Assignment 1"),
    ("KU2 The principles and outcomes of Every Child Matters and how the SENCO can help children achieve "
     "them", "Module 1", "Assignment 1"),
    ("KU3 Disability equality law and the actions it requires", "Module 1", "Assignment 1"),
    ("KU4 How children develop and how development is affected by SEN and/or disabilities and by the "
     "physical and social environment", "Module 2", "Task F2"),
    ("KU5 The most common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and "
     "how they affect learning", "Module 2", "Assignment 2"),
    ("KU6 Approaches, strategies and resources for assessment, planning, teaching and learning, "
     "including ICT", "Module 2", "Assignment 2"),
    ("KU7 School self-evaluation and improvement in relation to outcomes for pupils with SEN",
     "Module 3", "Assignment 3"),
    (["KU9 The scope and role of external agencies; getting specialist support and resources",
      "PS9 Working in partnership with other services and agencies, including voluntary organisations"],
     "Module 2", "Assignment 2"),
    ("PS1 With senior colleagues and governors, influencing the strategic development of an inclusive "
     "ethos, policies, priorities and use of resources", "Module 3", "Assignment 3"),
    ("PS2 Identifying pupils who may have SEN, setting challenging targets, planning interventions and "
     "reviewing progress", "Module 2", "Assignment 2"),
    (["PS2(a) Using assessments from a range of professionals to develop teaching approaches",
      "PS2(b) Using summative assessments, including national tests, to track progress and change "
      "programmes"],
     "Module 2", "Assignment 2"),
    ("PS2(c) Encouraging other teachers to develop formative assessment, with approaches for pupils with "
     "SEN", "Module 3", "Assignment 3"),
    ("PS2(d) Identifying in good time special arrangements for national tests and examinations and "
     "putting them in place", "Module 2", "Task F2"),
    ("PS3 Provision mapping and management; identifying ineffective or missing provision",
     "Module 3", "Assignment 3"),
    ("PS4 Deploying and managing staff to support pupils with SEN", "Outside the scope of this programme "
     "(see note)", "\u2014"),
    ("PS5 Supporting colleagues\u2019 professional development: observation and feedback, modelling, "
     "coaching and mentoring, training", "Module 3", "Assignment 3"),
    ("PS6 Reviewing and evaluating provision with other staff, to inform school self-evaluation",
     "Module 3", "Assignment 3"),
    ("PS7 Involving pupils in planning, agreeing, reviewing and evaluating their provision",
     "Module 2", "Assignment 2"),
]
ta = doc.add_table(rows=1, cols=3)
ta.style = "Table Grid"
for c, h in zip(ta.rows[0].cells, ["Outcome", "Where developed", "How assessed"]):
    set_cell(c, h, bold=True)
    shade(c)
for outcome, where, how in MATRIX:
    cells = ta.add_row().cells
    set_cell(cells[0], outcome)
    set_cell(cells[1], where)
    set_cell(cells[2], how)
for row in ta.rows:
    row.cells[0].width = Cm(10.0)
    row.cells[1].width = Cm(3.5)
    row.cells[2].width = Cm(3.5)
P("Note on PS4. The deployment and management of teaching assistants and other support staff is outside "
  "the scope of this programme. Westmarsh County Council runs a separate course, Managing Support Staff, "
  "which we recommend to participants.")

# ------------------------------------------------------------------ Appendix B
doc.add_heading("Appendix B \u2013 Modules and assignments", level=1)
tb = doc.add_table(rows=1, cols=4)
tb.style = "Table Grid"
for c, h in zip(tb.rows[0].cells, ["Module", "Credits", "Summative assignment (counts towards the award)",
                                   "Practice task (formative: written feedback only, not graded, does not "
                                   "count towards the award)"]):
    set_cell(c, h, bold=True)
    shade(c)
for row in [
    ("Module 1 The SENCO, the Law and Policy", "20", "Assignment 1 Policy into practice (4,000 words)",
     "F1 Time and delegation audit"),
    ("Module 2 Knowing and Teaching Learners with SEN", "20",
     "Assignment 2 Case-study portfolio on two pupils (equivalent to 5,000 words)",
     "F2 Child development profile and test arrangements checklist"),
    ("Module 3 Leading and Improving SEN Provision", "20",
     "Assignment 3 Leading an improvement: project report (5,000 words) and 20-minute presentation",
     "F3 Personal development plan"),
]:
    cells = tb.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)

# ------------------------------------------------------------------ Appendix C
doc.add_heading("Appendix C \u2013 Assignment briefs", level=1)
doc.add_heading("Assignment 1: Policy into practice (Module 1, 4,000 words)", level=2)
P("Review your school\u2019s SEN policy and practice against the law, guidance and research covered in "
  "Module 1, and recommend improvements. You must show that you:")
bullets([
    "know SEN law and the Code of Practice and can apply them to your school (KU1);",
    "understand the principles and outcomes of Every Child Matters and how you, as SENCO, can help pupils "
    "with SEN achieve them (KU2);",
    "know the disability equality duties and what they require of your school (KU3);",
    "draw on research evidence, best practice and external advice to recommend improvements to your own "
    "and colleagues\u2019 practice (PA6, KU8);",
    "write clearly for a professional audience (PA5).",
])
doc.add_heading("Assignment 2: Case-study portfolio (Module 2)", level=2)
P("Follow two pupils with different needs for at least a term. You must show that you:")
bullets([
    "identified their needs from observation, data and assessment, set challenging targets, planned "
    "interventions and reviewed progress (PS2);",
    "used assessments by other professionals and summative data, including national test results, to "
    "shape teaching and track progress (PS2(a), PS2(b));",
    "understand each pupil\u2019s type of SEN and how it affects learning (KU5), and can evaluate critically "
    "the approaches and resources, including ICT, that you chose (KU6);",
    "worked with external agencies and, where relevant, voluntary organisations (KU9, PS9);",
    "involved each pupil in planning and reviewing the provision, and show how the pupil\u2019s views "
    "shaped it (PS7);",
    "built a fair and constructive relationship with each pupil and family and liaised with the parents "
    "or carers (PA1, PS8);",
    "report each pupil\u2019s progress in learning and in well-being, with baseline and follow-up evidence.",
])
doc.add_heading("Assignment 3: Leading an improvement (Module 3)", level=2)
P("Plan, lead and evaluate an improvement in SEN provision in your school, agreed with your headteacher. "
  "Present it to your tutor and headteacher. You must show that you:")
bullets([
    "gained the commitment of your headteacher and colleagues (PA2);",
    "worked with senior colleagues and governors on the school\u2019s inclusive ethos, policy, priorities "
    "or use of resources (PS1);",
    "used provision mapping to identify ineffective or missing provision (PS3);",
    "supported colleagues\u2019 development through observation and feedback, modelling, coaching or "
    "training (PS5), including encouraging formative assessment for pupils with SEN (PS2(c));",
    "reviewed the provision with other staff and fed the findings into the school\u2019s self-evaluation "
    "(PS6, KU7);",
    "anticipated and resolved problems and made sound decisions along the way (PA4);",
    "can explain the project clearly in writing and in the presentation, and respond to the views of "
    "others (PA5).",
])
doc.add_heading("Practice tasks F1\u2013F3", level=2)
P("F1 (Module 1): an audit of how you spend a fortnight as SENCO, with a plan for prioritising and "
  "delegating. F2 (Module 2): a developmental profile of one pupil, and a checklist of the special "
  "arrangements your pupils need for national tests and examinations. F3 (Module 3): a personal "
  "development plan for the year after the course. Practice tasks are discussed in tutorial and receive "
  "written feedback. They are not graded.")

doc.save(OUT)
print("wrote", OUT)
