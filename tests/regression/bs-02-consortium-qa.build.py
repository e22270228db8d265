"""Build bs-02-consortium-qa.docx: North Wealdshire SENCO Consortium (invented).

Provider: the North Wealdshire SENCO Training Consortium, three local
authorities (Wealdshire County Council, Hollinsby City Council, Marchbank
Borough Council), with accreditation by Kestonbury University (all
invented). Programme: Postgraduate Certificate in Leading SEN Provision
(SENCO), 60 credits at Level 7: an induction day (no credit), M1 The SENCO
and the Law, M2 Learners and Learning (delivered wholly online on the
WealdLearn platform), M3 Leading Provision in School. Dated January 2009,
2008-era vocabulary.

Layout: a local-authority application written as numbered questions and
answers in a three-column table (No. | Question | Response), numbered A1,
A2, 1.1 ... 5.9 in the specification's order, with merged section rows.
Before it, a short "Programme outline" gives the modules and the three
summative assignments (Assignment 1, 2, 3). After it, in a landscape
section, Section 6 is an outcome matrix TRANSPOSED: outcomes are columns
(three tables: attributes, knowledge and understanding, skills, with the
consortium's own codes Att 1-7, K&U 1-9, Sk 1-9 and Sk 2(i)-(iv) and a
short title in each header cell), modules are rows (Induction, M1, M2,
M3) with ticks, and a last row "Summative assessment" names the
assignment, says "formative only", or is empty.

Traps and the requirement ids each affects:
- Promise answers that only restate the requirement ("We will ensure this
  requirement is fully met"): 1.3 not_met, 2.5 not_met, 5.7 not_met, and
  2.4 partially_met (only the Individual Training Plan of 2.2 shows any
  tailoring; nothing on quality or cost-effectiveness).
- Bare values: 3.1 "Inclusion is at the heart of everything we do" with
  no arrangement, not_met. 1.1 values plus a general aim, partially_met
  (Assignment 3 measures pupil progress; nothing on well-being or the ECM
  outcomes in aims or assessment). 1.7 "Parents are our partners",
  partially_met (only the matrix tick for Sk 8 in M2, assessed formatively).
- Cross-references: "See 1.2 above" resolves for 1.8 (school-based
  project changing practice, met) and for 5.5 (visits to specialist
  provision and guest specialists, met); "See 1.4 above" for 1.5 points to
  legislation (partially_met only because the matrix ticks Sk 7, pupil
  involvement, in M3); "See 3.2 above" for 3.3 gives a tutor-moderated
  forum but no support between face-to-face sessions and no ICT
  communication with schools (partially_met); "See 4.1 above" for 4.2
  plus the answer's own changes (met); "See 2.1 above" inside the 2.3
  answer.
- 2.3 not_met (negation plus another provider): "Unlike some providers,
  we do not currently offer an assessment-only route".
- 4.3 partially_met: "Stakeholders will be consulted as appropriate";
  only delivery roles (LA advisers teach, school mentors) elsewhere.
- 5.3 partially_met: candidates "will have been CRB checked by their
  employer" is an assumption, no system to verify, no three-month rule, no
  previous-employer check.
- 5.9 partially_met: participants' end-of-course confidence ratings only;
  impact on pupils only hoped for ("We hope in time to look at ...").
- 1.9 and 6.0 partially_met: the award is for passing three assignments
  and the answer claims every outcome is assessed, but in the matrix:
  "formative only" for Att 3 (6.A3), K&U 5 (6.K5), Sk 2(ii) (6.S2b),
  Sk 5 (6.S5), Sk 7 (6.S7), Sk 8 (6.S8), all partially_met; the assessment
  cell is empty for Att 7 (6.A7, taught in M3, partially_met); Sk 2(iii)
  (6.S2c) has no tick and no assessment and nothing else covers it,
  not_met; K&U 9 (6.K9) has no tick and no assessment, but the 1.2
  answer's guest sessions from the authorities' services cover the roles
  of external services in part, partially_met.
- Other outcome columns have a tick and a named assignment: met.
- 3.3 applies (M2 is wholly online).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("bs-02-consortium-qa.docx")
TICK = "\u2713"

doc = Document()
doc.core_properties.author = "Priya Halloran"
doc.core_properties.title = "North Wealdshire SENCO Consortium - TDA application"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)


def shade(cell, fill="DDEBF7"):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_text(cell, text, bold=False, center=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def bold_para(text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


# ------------------------------------------------------------------ cover
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("NORTH WEALDSHIRE SENCO TRAINING CONSORTIUM")
r.bold = True
r.font.size = Pt(15)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("Wealdshire County Council \u2022 Hollinsby City Council \u2022 Marchbank Borough Council\n"
          "with Kestonbury University\n\n"
          "Application for approval to provide nationally accredited training for SENCOs\n"
          "Postgraduate Certificate in Leading SEN Provision (SENCO)").bold = True
doc.add_paragraph("Contact: Ms Priya Halloran, Principal SEN Adviser, Wealdshire County Council, on behalf "
                  "of the Consortium Steering Group. 23 January 2009.")

bold_para("PROGRAMME OUTLINE", 12)
doc.add_paragraph(
    "The programme has an induction day and three 20-credit modules. Induction (no credit): the SENCO role, "
    "managing time and the national outcomes self-audit. M1 The SENCO and the Law: taught in four twilight "
    "sessions and one full day in each authority. M2 Learners and Learning: delivered wholly online on "
    "WealdLearn, the Consortium\u2019s learning platform, over twelve weeks. M3 Leading Provision in School: "
    "four twilight sessions and a school-based project.")
doc.add_paragraph(
    "Summative assessment: Assignment 1 (M1), a 4,000-word review of the participant\u2019s school SEN "
    "policy and practice against the law and guidance. Assignment 2 (M2), a 4,000-word case study of a "
    "pupil with SEN, covering identification, assessment, target setting and intervention. Assignment 3 "
    "(M3), a 5,000-word report of a school-based project in which the participant leads a change in SEN "
    "provision and evaluates its effect on pupils\u2019 progress. The M2 online quizzes, the induction "
    "self-audit and the M3 peer-coaching log are formative.")

# ------------------------------------------------------------------ Q&A
QA = [
    ("H", "SECTION A \u2013 ELIGIBILITY"),
    ("A1", "How will the programme gain academic accreditation from a higher education institution?",
     "The programme will be validated by Kestonbury University under the partnership agreement signed "
     "by the three authorities and the University in November 2008. The validation event is fixed for "
     "26 March 2009; the University\u2019s School of Education will be the awarding body."),
    ("A2", "At what level, and for how many credits?", "60 credits at Level 7 (masters level)."),
    ("H", "SECTION 1 \u2013 RAISING ACHIEVEMENT"),
    ("1.1", "How do the programme\u2019s aims, objectives, content and assessment focus on raising the "
     "achievement and improving the well-being of children and young people with SEN and/or disabilities?",
     "Inclusion is at the heart of everything we do. The Consortium believes that every child with SEN "
     "can succeed, and the programme aims to improve outcomes for children with SEN in our schools. "
     "Assignment 3 asks participants to measure the progress of the pupils affected by their project."),
    ("1.2", "How will the programme make strong links to effective practice in schools?",
     "Every module sets school-based tasks, and in M3 each participant carries out a school-based project "
     "in which he or she leads a change in SEN provision in the school and evaluates its effect on "
     "pupils (Assignment 3). Each participant has a school-based mentor, a senior leader who meets the "
     "participant twice a term. Every participant spends a day visiting specialist provision in another "
     "school, arranged by the authorities\u2019 SEN teams (for example Wealdshire\u2019s resourced provision "
     "for speech and language at Ashcombe Primary, or Marchbank\u2019s autism base at Tollgate High), and "
     "the twilight sessions include guest sessions from the three authorities\u2019 sensory support, speech "
     "and language therapy and behaviour support services."),
    ("1.3", "How will the programme reflect recent research and inspection evidence and important "
     "developments and innovations in SEN and disability?",
     "We will ensure this requirement is fully met."),
    ("1.4", "How will the programme develop understanding of current legislation, government policies "
     "and initiatives on SEN and disability?",
     "M1 covers the Education Act 1996, the SEN and Disability Act 2001, the SEN Code of Practice (2001), "
     "the Disability Discrimination Act 1995 and 2005 with the Disability Equality Duty, the Children Act "
     "2004 and Every Child Matters, Removing Barriers to Achievement (2004), the Inclusion Development "
     "Programme and the three authorities\u2019 own SEN policies. Assignment 1 applies them to the "
     "participant\u2019s school."),
    ("1.5", "How will the programme develop participants\u2019 skills in consulting children and young "
     "people about issues that affect them?", "See 1.4 above."),
    ("1.6", "How will the programme develop skills in advising, supporting and collaborating with "
     "colleagues, within and beyond the school?",
     "M3 teaches coaching, mentoring and observation with feedback, and participants practise them with "
     "a colleague in school (peer-coaching log). The school-based project requires participants to lead "
     "colleagues through a change and to work with at least one external service. Twilight sessions "
     "bring SENCOs from different schools together with LA specialists to plan joint work."),
    ("1.7", "How will the programme develop skills in advising, supporting and working in partnership "
     "with parents and carers?",
     "Parents are our partners. We value the voice of every family and the Consortium is committed to "
     "working with parents."),
    ("1.8", "How will the programme enable participants to make an impact on practice by meeting the "
     "programme outcomes?", "See 1.2 above."),
    ("1.9", "How will participants be rigorously assessed against all the programme outcomes?",
     "Every outcome is rigorously assessed; see the matrix in Section 6. All assignments are marked at "
     "Level 7 (see 5.8)."),
    ("H", "SECTION 2 \u2013 DIFFERENTIATED PROVISION"),
    ("2.1", "What arrangements take account of and accredit prior study and experience?",
     "Participants with prior Level 7 credit in SEN may claim up to 40 credits through Kestonbury "
     "University\u2019s APL procedure. Experienced SENCOs may claim accreditation of prior experiential "
     "learning against M1 (up to 20 credits) by a portfolio mapped to the M1 outcomes, assessed by a "
     "University tutor."),
    ("2.2", "How will each participant\u2019s needs be assessed against the outcomes before the course, "
     "and used to set an individual training plan and personalised outcomes?",
     "Before the induction day every participant completes an online self-audit against each national "
     "outcome. At induction the participant and an LA SEN adviser discuss the audit and agree an "
     "Individual Training Plan, which lists the outcomes the participant will prioritise and those "
     "already secure, and sets the focus of the M2 case study and the M3 project. The plan is reviewed at "
     "the end of M1 and M2."),
    ("2.3", "In exceptional circumstances, can suitably experienced candidates be assessed without "
     "training (an assessment-only route)?",
     "Unlike some providers, we do not currently offer an assessment-only route. Experienced candidates "
     "can reduce their study through APEL (see 2.1 above)."),
    ("2.4", "How is the provision high quality, tailored to individuals, effective CPD that promotes "
     "progression, and cost-effective?", "We will ensure this requirement is fully met."),
    ("2.5", "How will participants who complete be helped to consider further professional targets?",
     "We will ensure this requirement is fully met."),
    ("H", "SECTION 3 \u2013 FLEXIBILITY AND ACCESS"),
    ("3.1", "How does the programme comply with equalities duties, e.g. reasonable adjustments for "
     "disabled candidates and participants?",
     "Inclusion is at the heart of everything we do. We are committed to equality of opportunity for "
     "every participant."),
    ("3.2", "What flexible ways of delivering the course are offered?",
     "Participants can start in September or February. M2 is delivered wholly online on WealdLearn and can "
     "be taken before or after M1. Twilight sessions run in each of the three authorities, so that no "
     "participant travels more than 20 miles. M2 has an online discussion forum moderated by the module "
     "tutor, where participants post tasks and comment on each other\u2019s work. Participants may take "
     "the modules over one or two years."),
    ("3.3", "If the programme uses e-learning: direct support from tutors and peers; support between "
     "face-to-face sessions; effective use of ICT in teaching and communication.", "See 3.2 above."),
    ("H", "SECTION 4 \u2013 STAKEHOLDERS"),
    ("4.1", "What evidence shows that the provision reflects the needs of the main stakeholders?",
     "In summer 2008 the Consortium surveyed all 214 SENCOs and 180 headteachers in the three "
     "authorities (61% returned). The needs most often named were provision mapping, managing teaching "
     "assistants, working with external agencies and finding time for the role. The parent partnership "
     "services of all three authorities also submitted written views, which stressed communication with "
     "families at review meetings."),
    ("4.2", "How have stakeholders influenced the development and improvement of the programme?",
     "See 4.1 above. As a result of the survey, provision mapping and the deployment of teaching "
     "assistants were moved from an optional workshop into M3, and a session on managing time was added "
     "to the induction day. Two headteachers sat on the design group."),
    ("4.3", "How will stakeholders be involved in evaluation and other aspects of the provision?",
     "Stakeholders will be consulted as appropriate."),
    ("H", "SECTION 5 \u2013 QUALITY ASSURANCE"),
    ("5.1", "What internal and external evaluation methods will be used, and how will evidence improve "
     "quality and impact?",
     "Participants complete an online evaluation at the end of each module; tutors hold a review meeting "
     "after each module; Kestonbury University appoints an external examiner who reports each year; and "
     "the University\u2019s annual monitoring applies. The Consortium Steering Group reviews all of this "
     "each July and agrees the changes to module content and delivery for the next intake, which are "
     "recorded in the annual programme report."),
    ("5.2", "What systems make sure accepted candidates have enough prior knowledge, understanding and "
     "skills to benefit and meet the outcomes?",
     "Candidates must be qualified teachers in post in a school in one of the three authorities and must "
     "be nominated by their headteacher. The self-audit (see 2.2 above) is completed at application; "
     "where it suggests a candidate is unlikely to reach the outcomes, the LA SEN adviser meets the "
     "candidate and the headteacher to agree preparatory steps, and the candidate is offered a place in a "
     "later intake."),
    ("5.3", "What systems verify that candidates have a current enhanced CRB disclosure and other "
     "background checks?",
     "All candidates are serving teachers and so will have been CRB checked by their employer."),
    ("5.4", "Are the staff suitably qualified and experienced, with up-to-date specialist knowledge?",
     "The programme team: Ms Priya Halloran, Principal SEN Adviser, Wealdshire (MA Inclusive Education, "
     "former SENCO for eight years); Mr Daniel Okafor, Senior Educational Psychologist, Hollinsby; Dr "
     "Fiona Yeardley, Senior Lecturer in SEN, Kestonbury University (PhD on dyslexia and literacy "
     "intervention); Mrs Bernadette Coyle, team leader, Marchbank Autism Outreach Service. Three of the "
     "four work with schools every week, and all take part in their authority\u2019s or the "
     "University\u2019s annual CPD programme."),
    ("5.5", "How will participants have access to a range of specialist expertise and appropriate, "
     "high-quality placements?", "See 1.2 above."),
    ("5.6", "Are there enough specialist teaching resources, including ICT and specialist technology?",
     "Participants use WealdLearn and Kestonbury University\u2019s library, including its online journals. "
     "Each authority\u2019s SEN resource centre lends assessment materials and assistive software (text to "
     "speech, symbol software, mind-mapping) for participants to try in school."),
    ("5.7", "How will everyone involved in delivery and assessment understand their roles and be able to "
     "carry them out?", "We will ensure this requirement is fully met."),
    ("5.8", "How will assessments be consistent, reliable, accurate and moderated?",
     "All three assignments are double-marked, by a Consortium tutor and a Kestonbury University tutor. "
     "A sample from each assignment is moderated by the University\u2019s School of Education and seen by "
     "the external examiner before the Examination Board."),
    ("5.9", "How will the provider evaluate quality, standards and impact on participants\u2019 competence "
     "and confidence and on pupils\u2019 achievement?",
     "Participants complete an end-of-course questionnaire rating their confidence against each national "
     "outcome. We hope in time to look at the impact of the programme on pupils."),
    ("H", "SECTION 6 \u2013 COMPLETION"),
    ("6", "How will you ensure that only candidates who reach at least all the minimum outcomes are "
     "awarded the qualification?",
     "Participants who pass Assignments 1, 2 and 3 are awarded the Postgraduate Certificate. All the "
     "national outcomes are mapped in the matrix below."),
]

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["No.", "Question", "Response"]):
    set_text(c, h, bold=True)
    shade(c, "BDD7EE")
for row in QA:
    cells = t.add_row().cells
    if row[0] == "H":
        m = cells[0].merge(cells[1]).merge(cells[2])
        set_text(m, row[1], bold=True)
        shade(m)
    else:
        set_text(cells[0], row[0], bold=True)
        set_text(cells[1], row[1])
        set_text(cells[2], row[2])
for r_ in t.rows:
    for i, w in enumerate((Cm(1.2), Cm(6.3), Cm(9.5))):
        r_.cells[i].width = w

# ------------------------------------------------------------------ matrix (landscape)
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
new.left_margin = new.right_margin = Cm(1.5)

bold_para("SECTION 6 \u2013 MAPPING OF THE NATIONAL MINIMUM OUTCOMES", 12)
doc.add_paragraph(f"{TICK} = the outcome is taught in this part of the programme. The last row shows how the "
                  "outcome is assessed.")

ROWS = ["Induction day", "M1 The SENCO and the Law", "M2 Learners and Learning (online)",
        "M3 Leading Provision in School"]


def matrix(title, cols):
    """cols: (header, set of row indexes ticked, assessment text)."""
    n = len(cols) + 1
    tb = doc.add_table(rows=2, cols=n)
    tb.style = "Table Grid"
    top = tb.rows[0].cells
    m = top[0].merge(top[n - 1])
    set_text(m, title, bold=True)
    shade(m, "BDD7EE")
    hdr = tb.rows[1].cells
    set_text(hdr[0], "Module", bold=True, size=8)
    for i, (h, _, _) in enumerate(cols, 1):
        set_text(hdr[i], h, bold=True, size=7.5)
        shade(hdr[i], "F2F2F2")
    for ri, name in enumerate(ROWS):
        cells = tb.add_row().cells
        set_text(cells[0], name, size=8)
        for i, (_, ticks, _) in enumerate(cols, 1):
            set_text(cells[i], TICK if ri in ticks else "", center=True, size=9)
    cells = tb.add_row().cells
    set_text(cells[0], "Summative assessment", bold=True, size=8)
    shade(cells[0], "FFF2CC")
    for i, (_, _, a) in enumerate(cols, 1):
        set_text(cells[i], a, size=7.5, center=True)
    doc.add_paragraph()
    return tb


matrix("Professional attributes", [
    ("Att 1 Relationships with pupils and parents", {2}, "Assignment 2"),
    ("Att 2 Commitment of colleagues and leaders", {3}, "Assignment 3"),
    ("Att 3 Prioritise, manage time, delegate", {0}, "formative only"),
    ("Att 4 Resolve problems, sound judgement", {3}, "Assignment 3"),
    ("Att 5 Communicate clearly; listen", {1, 2, 3}, "Assignment 3"),
    ("Att 6 Use research and advice", {2, 3}, "Assignments 2 and 3"),
    ("Att 7 Own CPD; keep up to date", {3}, ""),
])
matrix("Professional knowledge and understanding", [
    ("K&U 1 SEN law and Code of Practice", {1}, "Assignment 1"),
    ("K&U 2 Every Child Matters", {1}, "Assignment 1"),
    ("K&U 3 Disability equality law", {1}, "Assignment 1"),
    ("K&U 4 Child development", {2}, "Assignment 2"),
    ("K&U 5 Common types of SEN and disability", {2}, "formative only"),
    ("K&U 6 Approaches, strategies, resources incl. ICT", {2}, "Assignment 2"),
    ("K&U 7 School self-evaluation", {3}, "Assignment 3"),
    ("K&U 8 Best practice and research", {2}, "Assignment 2"),
    ("K&U 9 External agencies", set(), ""),
])
matrix("Professional skills", [
    ("Sk 1 Strategic influence with leaders and governors", {3}, "Assignment 3"),
    ("Sk 2 Identify, set targets, plan, review", {2}, "Assignment 2"),
    ("Sk 2(i) Use other professionals\u2019 assessments", {2}, "Assignment 2"),
    ("Sk 2(ii) Summative data and national tests", {2}, "formative only"),
    ("Sk 2(iii) Colleagues\u2019 formative assessment", set(), ""),
    ("Sk 2(iv) Access arrangements", {2}, "Assignment 2"),
    ("Sk 3 Provision mapping", {3}, "Assignment 3"),
    ("Sk 4 Deploy and manage staff", {3}, "Assignment 3"),
    ("Sk 5 Colleagues\u2019 professional development", {3}, "formative only"),
    ("Sk 6 Review provision with staff", {3}, "Assignment 3"),
    ("Sk 7 Pupil involvement in provision", {3}, "formative only"),
    ("Sk 8 Liaise with parents and carers", {2}, "formative only"),
    ("Sk 9 Partnership with services and agencies", {3}, "Assignment 3"),
])

doc.save(OUT)
print("wrote", OUT)
