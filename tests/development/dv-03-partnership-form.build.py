"""Build dv-03-partnership-form.docx: Averdale and Sherston SENCO Partnership bid (invented).

Provider: the Averdale and Sherston SENCO Partnership (invented): Averdale
Borough Council Inclusion Service (lead), Sherston County Council Learning
Support Service, Pelham Cross University School of Education (the HEI),
Averdale Parent Partnership Service and the charity Sherston Autism Support.
Programme: Postgraduate Certificate in SEN Coordination, 60 credits at
Level 7, four 15-credit units; Units 1 and 3 face to face, Units 2 and 4
online on the University's Blackboard site. Dated February 2009.

Layout: an application form for partnership bids. The form's guidance is
printed in italics at the top; every question is printed in bold ("Q8. How
will the programme develop ...") with the partnership's answer in plain text
beneath. Answers are short. Some answers only point to another answer ("See
Q2", "See Q4", "Yes - see Q11", "See Q12", "See Q17", "See Q19"); some are
"N/A". Q32 is a three-column outcome table whose first column is the form's
printed outcome list; some cells are blank, "-", "N/A", "Formative", or
"see Q8" / "see Q16". Section H is a compliance checklist with a tick and a
question number against every requirement: it is the form's tick-box and is
never evidence. A footer (not evidence).

Traps and the requirement ids each affects:
- Bold question text is a form prompt, never an answer: Q8 asks about
  consulting children, colleagues and parents; the answer covers colleagues
  and parents only (1.5 not_met; 1.6, 1.7 met).
- Cross-references that resolve: Q3 "See Q2" (E.2 met).
- Cross-references that resolve to part of the requirement: Q14 "See Q12"
  gives tailoring but nothing on quality, progression or cost (2.4
  partially_met); Q20 "See Q19" shows stakeholders' needs were gathered and
  "passed to the University's course team", not how they changed the
  programme (4.2 partially_met); Q27 "See Q17" gives only the Blackboard site
  (5.6 partially_met).
- Cross-references that do not resolve: Q6 "See Q4" (Q4 has nothing on
  research or inspection; only the K8 row of Q32 touches research: 1.3
  partially_met); Q13 "Yes - see Q11" points to APL, not an assessment-only
  route (2.3 not_met); the S7 row "see Q8" (Q8 says nothing about pupils:
  6.S7 not_met); the K3 assessment cell "see Q16" points to participants'
  own adjustments, not an assessment (6.K3 partially_met).
- N/A answers: Q15 further targets (2.5 not_met); Q18 e-learning support
  although Q17 says Units 2 and 4 are online (3.3 not_met, not
  not_applicable); the S2c row (6.S2c not_met).
- Restating the requirement: Q9 "Participants will make an impact on
  practice by meeting the programme outcomes" (1.8 partially_met: the Q5 gap
  tasks are practical activity but no change in practice is made and
  evaluated).
- Responsibility shifted: Q24 "Checks are the responsibility of the employing
  school" (5.3 not_met) although the checklist ticks it.
- Q31 answers the award question only with "Please see the compliance
  checklist in Section H" (6.0 not_met); the checklist ticks are not
  evidence for any requirement (1.5, 2.3, 2.5, 3.3, 5.3, 6.0 are all ticked).
- General terms: "will be fully briefed" (5.7 partially_met); an entry rule
  with no checking or guidance (5.2 partially_met); end-of-unit forms only,
  no external evaluation (5.1 partially_met); specialist sessions but no
  placements (5.5 partially_met); confidence re-rating only, no pupil
  measure (5.9 partially_met).
- Q32 gaps: A3 row blank (not_met); A7, S5 "-" (partially_met); K2
  "Formative quiz", S2b "Formative", S4 "Observation (formative)"
  (partially_met). Blanket coverage is only in the checklist (1.9
  partially_met).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("dv-03-partnership-form.docx")
TICK = "\u2713"
DASH = "\u2013"

doc = Document()
doc.core_properties.author = "Janet Okonkwo-Reid"
doc.core_properties.title = "Application form B - Averdale and Sherston SENCO Partnership"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
doc.sections[0].footer.paragraphs[0].text = (
    "Averdale and Sherston SENCO Partnership \u2013 Application form B \u2013 submitted 27 February 2009")


def shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def section(title):
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(12)
    r = para.add_run(title.upper())
    r.bold = True
    r.font.size = Pt(11)


def qa(num, question, *answers):
    q = doc.add_paragraph()
    q.paragraph_format.space_before = Pt(6)
    q.add_run(f"Q{num}. {question}").bold = True
    for a in answers:
        doc.add_paragraph(a)


def grid(header, rows, widths):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, header):
        c.text = ""
        c.paragraphs[0].add_run(v).bold = True
        shade(c)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for r_ in t.rows:
        for c, w in zip(r_.cells, widths):
            c.width = w
    return t


# ------------------------------------------------------------------ form head
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("Nationally accredited training for SENCOs\nApplication for approval \u2013 Form B (partnership bids)")
r.bold = True
r.font.size = Pt(14)
g = doc.add_paragraph("Guidance: answer every question. Where a question does not apply to your programme, write "
                      "N/A. Keep each answer to 300 words or fewer. You may refer to an earlier answer rather "
                      "than repeat it.")
g.runs[0].italic = True

# ------------------------------------------------------------------ A
section("Section A \u2013 The partnership and accreditation")
qa(1, "Name the lead organisation and all partners, and say what each partner contributes.",
   "Lead: Averdale Borough Council Inclusion Service (coordination, recruitment, two of the four units). "
   "Partners: Sherston County Council Learning Support Service (two units, venues in Sherston); Pelham Cross "
   "University School of Education (validation, registration, assessment and the award); Averdale Parent "
   "Partnership Service and Sherston Autism Support, a registered charity (contributions to teaching).")
qa(2, "How will the programme gain academic accreditation by a higher education institution?",
   "Pelham Cross University validated the programme on 3 February 2009 as its Postgraduate Certificate in SEN "
   "Coordination, a 60-credit award at Level 7 (Master\u2019s level). The University registers participants, "
   "appoints the external examiner and confers the award.")
qa(3, "State the level and credit value of the award.", "See Q2.")

# ------------------------------------------------------------------ B
section("Section B \u2013 Criterion 1: raising achievement")
qa(4, "Describe the aims and objectives of the programme and show how its content and assessment focus on "
      "raising the achievement and improving the well-being of children and young people with SEN and/or "
      "disabilities.",
   "The programme aims to raise the achievement and improve the well-being of pupils with SEN and/or "
   "disabilities in participants\u2019 schools across all five Every Child Matters outcomes. Its objectives, one "
   "for each unit, are that participants can lead their school\u2019s response to the law (Unit 1); identify "
   "needs and plan, deliver and review interventions (Unit 2); work in partnership with parents, carers and "
   "other services (Unit 3); and lead provision and staff (Unit 4).",
   "Every unit includes a session on the Every Child Matters outcomes for the pupils it concerns, and every "
   "unit assignment must report the progress and well-being of named pupils, using at least one attainment "
   "measure and one well-being measure such as attendance, exclusions or the pupil\u2019s own rating.")
qa(5, "How does the programme make strong links to effective practice in schools, including practical "
      "activity in a school related to the outcomes?",
   "Each unit has a gap task carried out in the participant\u2019s own school and tied to the unit\u2019s "
   "outcomes: Unit 1, an audit of the school\u2019s SEN policy against the Code of Practice; Unit 2, a review "
   "of the SEN register and the evidence behind each entry; Unit 3, a workshop for parents; Unit 4, a "
   "provision map. Each unit is co-taught by one of the partnership\u2019s six Leading SENCOs, serving SENCOs "
   "nominated by the two authorities for the quality of their practice, who bring examples from their own "
   "schools.")
qa(6, "How does the programme reflect recent research and inspection evidence and important developments "
      "in SEN and disability?", "See Q4.")
qa(7, "How will the programme develop participants\u2019 understanding of current legislation and government "
      "policies and initiatives on SEN and disability?",
   "Unit 1 covers Part IV of the Education Act 1996, the SEN Code of Practice 2001, the SEN and Disability "
   "Act 2001, the Disability Discrimination Acts 1995 and 2005 and the disability equality duty, Every Child "
   "Matters (2004), Removing Barriers to Achievement (2004) and the SENCO regulations of 2008. Participants "
   "apply them in the Unit 1 gap task.")
qa(8, "How will the programme develop participants\u2019 skills in (a) consulting children and young people "
      "about issues that affect them, (b) advising, supporting and collaborating with colleagues within and "
      "beyond the school, and (c) advising, supporting and working in partnership with parents and carers?",
   "Colleagues: in Unit 4 participants coach a colleague through a cycle of observation and feedback and plan "
   "and lead a training session for staff in their school. Termly cluster meetings bring SENCOs from "
   "different schools together to advise on one another\u2019s case studies.",
   "Parents and carers: in Unit 3 participants learn the structured conversation approach, plan and co-run a "
   "workshop for parents in their own school with an officer of the Averdale Parent Partnership Service, and "
   "write up the workshop and the parents\u2019 responses in Assignment 3.")
qa(9, "How will the programme enable participants to make an impact on practice?",
   "Participants will make an impact on practice by meeting the programme outcomes.")
qa(10, "How will participants be assessed against all of the programme outcomes?",
   "There are four unit assignments, each of 3,500 words or equivalent, and a ten-minute presentation at the "
   "final session. The table at Q32 shows where each outcome is assessed.")

# ------------------------------------------------------------------ C
section("Section C \u2013 Criterion 2: differentiated provision")
qa(11, "What arrangements are in place to take account of and accredit prior study and experience?",
   "Participants may claim up to 30 credits (two units) through the University\u2019s procedures: prior "
   "certificated learning at Level 7 within the last five years, and prior experiential learning through a "
   "portfolio mapped to the unit outcomes and assessed by the University\u2019s APL panel. A tutor advises each "
   "claimant. The fee for an experiential learning claim is \u00a3150.")
qa(12, "How will each participant\u2019s needs be assessed against the programme outcomes before the course, and "
       "used to set an individual training plan and personalised outcomes?",
   "All applicants complete the Partnership Needs Analysis, an online questionnaire against 41 outcome "
   "statements, before the induction day. At induction each participant\u2019s tutor uses it to agree an "
   "Individual Development Plan, which records the participant\u2019s personal set of outcomes \u2013 those already "
   "secure, those to develop, and the optional twilight sessions to attend \u2013 and is reviewed at the end of "
   "each unit.")
qa(13, "Is there an assessment-only route for suitably experienced candidates?", "Yes \u2013 see Q11.")
qa(14, "How is the provision high quality, tailored to individuals, effective in promoting progression and "
       "cost-effective?", "See Q12.")
qa(15, "How will participants who complete the programme be helped to consider further professional targets?",
   "N/A \u2013 professional targets are set by schools through performance management.")

# ------------------------------------------------------------------ D
section("Section D \u2013 Criterion 3: flexible and accessible delivery")
qa(16, "How does the programme comply with equalities duties, for example by making reasonable adjustments "
       "for disabled candidates and participants?",
   "The application form asks every applicant whether they need any adjustments, and the Partnership "
   "Coordinator contacts each applicant who says yes to agree them before the course starts: for example "
   "large-print or electronic handouts, a hearing loop, a ground-floor room, extended deadlines, or an "
   "alternative to the presentation. All three teaching venues have step-free access, and the publicity "
   "leaflet tells applicants which adjustments are available.")
qa(17, "Describe the flexible ways in which the programme is delivered.",
   "There are two intakes, in September and January. Units 1 to 3 can be taken in any order; Unit 4 is "
   "taken last. Units 1 and 3 are taught face to face on four study days each, in Averdale and in Sherston. "
   "Units 2 and 4 are studied online through the University\u2019s Blackboard site, with weekly tasks. "
   "Participants may take the programme over one or two years.")
qa(18, "If the programme uses e-learning, how will participants get direct support from tutors and peers, "
       "how will they be supported between face-to-face sessions, and how will ICT be used for teaching and "
       "for communication between the provider, schools, participants and tutors?", "N/A")

# ------------------------------------------------------------------ E
section("Section E \u2013 Criterion 4: stakeholders")
qa(19, "What evidence do you have about the needs of the main stakeholders, and how does the provision "
       "reflect it?",
   "In autumn 2008 Averdale surveyed all 74 of its SENCOs (51 replied) and Sherston held three consultation "
   "meetings with SENCOs and headteachers (63 attended). Both found that new SENCOs wanted most help with the "
   "statutory assessment process, provision mapping and working with parents, and headteachers asked for "
   "training that could be completed without long absences from school. Units 1, 3 and 4 address these "
   "needs, and two units are online. The findings were passed to the University\u2019s course team.")
qa(20, "How have stakeholders influenced the development and improvement of the programme?", "See Q19.")
qa(21, "How will stakeholders be involved in evaluation and in other aspects of the provision?",
   "Two headteachers and two SENCOs from each authority sit on the Partnership Board, which meets each term, "
   "receives the unit evaluations and agrees changes to the programme. An officer of the Averdale Parent "
   "Partnership Service co-teaches the Unit 3 session on working with parents, Sherston Autism Support "
   "contributes a session to Unit 2, and the Leading SENCOs act as workplace mentors to participants.")

# ------------------------------------------------------------------ F
section("Section F \u2013 Criterion 5: quality assurance")
qa(22, "What internal and external evaluation methods will you use, and how will the evidence be used to "
       "improve the programme?",
   "Participants complete an evaluation form at the end of each unit, and the results are reported to the "
   "Partnership Board.")
qa(23, "What systems make sure that accepted candidates have enough prior knowledge, understanding and skills "
       "to benefit from the programme?",
   "Applicants must hold QTS and have their headteacher\u2019s written support.")
qa(24, "What systems verify that accepted candidates have a current enhanced CRB disclosure and any other "
       "appropriate background checks?",
   "Checks are the responsibility of the employing school.")
qa(25, "Describe the qualifications and experience of the staff who will deliver the programme.",
   "Unit leaders: Dr Priya Raman, Senior Lecturer in Inclusive Education at Pelham Cross University, a former "
   "SENCO whose doctoral research concerned provision mapping; Mr Owen Thackeray, Principal Educational "
   "Psychologist, Averdale; Ms Lorna Beckwith, specialist teacher for specific learning difficulties, "
   "Sherston Learning Support Service, who holds AMBDA. The six Leading SENCOs are serving SENCOs who hold "
   "an MA or a postgraduate certificate in SEN. All unit leaders attend the University\u2019s annual research into "
   "practice conference and at least one national SEN conference each year.")
qa(26, "How will participants have access to a range of specialist expertise and appropriate, high-quality "
       "placements?",
   "Sessions are led or co-led by the authorities\u2019 educational psychologists and speech and language "
   "therapists, the Sensory Support Service and Sherston Autism Support.")
qa(27, "What specialist teaching resources, including ICT and specialist technology, are available?",
   "See Q17.")
qa(28, "How will you make sure that everyone involved in delivery and assessment understands their roles and "
       "responsibilities and can carry them out?",
   "All tutors and mentors will be fully briefed on their roles.")
qa(29, "How will you ensure that assessments are consistent, reliable and accurate, and moderated?",
   "Each assignment is marked by the unit tutor against the University\u2019s Level 7 criteria and second-marked "
   "by a tutor from the other authority. The University\u2019s moderator samples 25% of each unit\u2019s "
   "assignments and every fail, and the external examiner reviews a sample and attends the Board of "
   "Examiners.")
qa(30, "How will you evaluate the impact of the programme on participants\u2019 competence and confidence and on "
       "the achievement of children and young people?",
   "Participants repeat the Partnership Needs Analysis at the end of the programme, and the change in their "
   "ratings is reported to the Partnership Board.")

# ------------------------------------------------------------------ G
section("Section G \u2013 Criterion 6: the minimum outcomes")
qa(31, "How will you ensure that only candidates who have shown that they meet all the minimum outcomes are "
       "awarded the qualification?", "Please see the compliance checklist in Section H.")
qa(32, "Complete the table to show where each minimum outcome in Annex 3 is developed and how it is assessed.")
OUTCOMES = [
    ("A1 Relationships with pupils and their parents or carers", "Unit 3", "Assignment 3"),
    ("A2 Gaining the commitment of colleagues and senior leaders", "Unit 4", "Assignment 4"),
    ("A3 Prioritising, managing time, delegating", "", ""),
    ("A4 Resolving problems; sound judgement on provision", "Unit 4", "Assignment 4"),
    ("A5 Expressing themselves clearly; listening to others", "All units", "Assignments 1\u20134; presentation"),
    ("A6 Drawing on research and external advice", "Unit 1", "Assignment 1"),
    ("A7 Keeping up to date; own CPD", "Unit 4", DASH),
    ("K1 SEN law and the Code of Practice", "Unit 1", "Assignment 1"),
    ("K2 Every Child Matters", "Unit 1", "Formative quiz"),
    ("K3 Disability equality law", "Unit 1", "see Q16"),
    ("K4 How children develop", "Unit 2", "Assignment 2"),
    ("K5 The most common types of SEN and disability", "Unit 2", "Assignment 2"),
    ("K6 Approaches, strategies and resources, including ICT", "Unit 2", "Assignment 2"),
    ("K7 School self-evaluation and improvement", "Unit 4", "Assignment 4"),
    ("K8 Best practice and research in meeting SEN", "Unit 1", "Assignment 1"),
    ("K9 External agencies and specialist support", "Unit 3", "Assignment 3"),
    ("S1 Strategic development with senior colleagues and governors", "Unit 4", "Assignment 4"),
    ("S2 Identifying pupils, setting targets, planning interventions, reviewing progress", "Unit 2",
     "Assignment 2"),
    ("S2a Using assessments from other professionals", "Unit 2", "Assignment 2"),
    ("S2b Using summative assessments to track progress", "Unit 2", "Formative"),
    ("S2c Encouraging formative assessment", "N/A", "N/A"),
    ("S2d Special arrangements for tests and examinations", "Unit 2", "Assignment 2"),
    ("S3 Provision mapping", "Unit 4", "Assignment 4"),
    ("S4 Deploying and managing staff", "Unit 4", "Observation (formative)"),
    ("S5 Supporting colleagues\u2019 professional development", "Unit 4", DASH),
    ("S6 Reviewing provision with staff for self-evaluation", "Unit 4", "Assignment 4"),
    ("S7 Involving pupils in planning and reviewing their provision", "see Q8", "see Q8"),
    ("S8 Liaising with parents and carers", "Unit 3", "Assignment 3"),
    ("S9 Working in partnership with other services and agencies", "Unit 3", "Assignment 3"),
]
grid(["Minimum outcome (Annex 3)", "Where developed", "How assessed"], OUTCOMES,
     (Cm(9.5), Cm(3.0), Cm(4.5)))

# ------------------------------------------------------------------ H
section("Section H \u2013 Compliance checklist")
doc.add_paragraph("Tick to confirm that your application addresses each requirement, and give the question "
                  "number.").runs[0].italic = True
CHECK = [
    ("E.1 Academic accreditation by an HEI", "Q2"),
    ("E.2 Master\u2019s level, 60 credits", "Q3"),
    ("1.5 Consulting children and young people", "Q8"),
    ("1.9 Rigorous assessment against all outcomes", "Q10"),
    ("2.1 Accreditation of prior learning", "Q11"),
    ("2.3 Assessment-only route", "Q13"),
    ("2.5 Further professional targets", "Q15"),
    ("3.1 Equalities duties", "Q16"),
    ("3.3 Support for e-learning", "Q18"),
    ("4.2 Stakeholder influence", "Q20"),
    ("5.3 CRB enhanced disclosure", "Q24"),
    ("5.8 Moderation", "Q29"),
    ("5.9 Impact on pupils\u2019 achievement", "Q30"),
    ("6.0 Award only on meeting all minimum outcomes", "Q31"),
]
grid(["Requirement", "Addressed", "Question"], [(a, TICK, b) for a, b in CHECK], (Cm(10.5), Cm(2.5), Cm(3.0)))

doc.add_paragraph()
doc.add_paragraph("Declaration: we confirm that the information in this application is accurate. Signed: Janet "
                  "Okonkwo-Reid, Head of Inclusion, Averdale Borough Council, for the partnership. "
                  "27 February 2009.")

doc.save(OUT)
print("wrote", OUT.name)
