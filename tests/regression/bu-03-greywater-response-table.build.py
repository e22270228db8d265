"""Build bu-03-greywater-response-table.docx: the Greywater Federation with the University of Coldbrook (invented).

Provider: the invented Greywater Federation of two special schools
(Greywater Park School, complex needs and autism; Elmhurst School, BESD),
with the invented University of Coldbrook, which validates and awards a
60-credit Level 7 Postgraduate Certificate (National Award). Eight
face-to-face study days at Federation and partner schools and the
University, and two four-week online units on Coldbrook Online (the
University's Blackboard site). Submitted 5 June 2009 for a January 2010
start.

Layout: Section A is short prose (accreditation, structure). Section B is a
two-column table, "Ref." | "Response", whose left column holds ONLY the
requirement number ("1.1", "2.3" ...), with criterion rows merged across
both columns ("Criterion 1", ...) and a final row "6". Many responses are
only "See Appendix B." or "See Appendix D.". Appendices (Heading 1):
A staff table; B a curriculum map (Unit | Mode and venue | Topics | Where
assessed) headed by the blanket line "All outcomes are covered and
assessed."; C assessment, marking criteria, award rule and moderation;
D admissions, safeguarding, APL and the assessment-only route. There is NO
Appendix E. Outcomes are never coded: they are recognisable only from the
wording of topics and assessment descriptions.

Traps and the requirement ids each affects:
- Restated requirement (the specification's own words as the response),
  nothing behind it anywhere -> not_met: 1.3, 4.1, 5.7.
- Restated requirement with partial support elsewhere -> partially_met:
  1.1 (Appendix C's marking criterion on "achievement and well-being"
  only; no aims), 2.4 (tailoring only through the Individual Development
  Plan of row 2.2; nothing on cost), 1.9 and 6 (blanket claim; the map
  shows outcomes with "-" in Where assessed).
- Restated requirement made good by the appendix -> met: 1.6 (Unit 3,
  Days 8 and 10 topics cover colleagues within and beyond the school).
- "See Appendix X" that resolves -> met: 1.4 (Day 2), 1.7 (Day 9), 2.3
  (D4 assessment-only route), 5.2 (D1-D2), 5.3 (D3), 5.4 (Appendix A),
  5.8 (C3).
- "See Appendix X" that resolves to a bare topic -> partially_met: 1.5
  ("pupil voice" on Day 9), 2.5 ("your next steps" on Day 10).
- "See Appendix B." that resolves to the wrong thing (the curriculum map
  says nothing about stakeholders' influence) -> 4.2 not_met.
- "See Appendix E." where no Appendix E exists -> 5.9 not_met.
- General claim in own words -> partially_met: 5.6 ("a wide range of
  specialist resources"); 5.1 (forms and the external examiner, nothing on
  how the evidence is used).
- Concrete rows met: 1.2, 1.8, 2.1, 2.2, 3.1, 3.2, 3.3 (e-learning with
  tutor-moderated boards, live tutorials, online tutor between days,
  e-mail reports to heads), 4.3, 5.5.
- Curriculum map, outcomes only as session topics with "-" in Where
  assessed -> partially_met: 6.A3 (Day 1), 6.A7, 6.K8, 6.S5 (Day 10),
  6.K2, 6.K9, 6.S9 (Unit 3), 6.S7 ("pupil voice", Day 9). Topics outside
  the bracketed list of what Assignment 2 assesses -> partially_met:
  6.S2b, 6.S2d (Day 5), 6.S2c (Unit 6).
- Assessed but not taught -> partially_met: 6.A5 (the Assignment 3
  presentation, "clarity of expression"), 6.A6 (Assignment 1 uses research
  and external advice; no session on it).
- Multi-part outcome assessed in part -> 6.A1 partially_met (Day 9
  relationships with pupils and families, but the portfolio record is of a
  meeting with parents only).
- Absent -> 6.A4 not_met.
- 3.3 applies (two online units) and is met.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("bu-03-greywater-response-table.docx")

doc = Document()
doc.core_properties.author = "Frances Oduya"
doc.core_properties.title = "Greywater Federation - National Award for SENCO - application"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)

sec = doc.sections[0]
PAGE_W, PAGE_H = Cm(21.0), Cm(29.7)  # A4
sec.page_width, sec.page_height = PAGE_W, PAGE_H
sec.header.paragraphs[0].text = "Greywater Federation / University of Coldbrook \u2013 National Award for SEN Coordination"
sec.footer.paragraphs[0].text = "Application to the TDA, June 2009"
sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_text(cell, text, bold=False, size=9.5):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def grid(header, rows, widths, fill="DCE6F1"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        set_text(c, h, bold=True)
        shade(c, fill)
    for row in rows:
        for c, v in zip(t.add_row().cells, row):
            set_text(c, v)
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    return t


# ------------------------------------------------------------------ cover
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Application for approval to provide the\nNational Award for Special Educational Needs Coordination")
r.bold = True
r.font.size = Pt(15)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("The Greywater Federation (Greywater Park School and Elmhurst School)\nin partnership with the "
          "University of Coldbrook").font.size = Pt(12)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("Submitted 5 June 2009 \u00b7 First intake January 2010 \u00b7 Contact: Mrs Frances Oduya, "
          "Executive Headteacher")

# ------------------------------------------------------------------ Section A
doc.add_heading("Section A: The provider and the award", level=1)
doc.add_paragraph(
    "The Greywater Federation is a federation of two special schools in Coldbrook: Greywater Park School "
    "(pupils aged 3 to 19 with complex learning difficulties and autism) and Elmhurst School (pupils aged 7 "
    "to 16 with behavioural, emotional and social difficulties). The Federation\u2019s outreach team already "
    "supports more than sixty mainstream schools in Coldbrook and the surrounding districts.")
doc.add_paragraph(
    "The programme is the Postgraduate Certificate in Special Educational Needs Coordination (National "
    "Award), validated by the University of Coldbrook on 12 May 2009 and awarded by the University. It "
    "carries 60 credits at Level 7 (master\u2019s level). The Federation teaches the programme; the "
    "University\u2019s School of Education is responsible for the assessment regulations, moderation and the "
    "award.")
doc.add_paragraph(
    "The programme has ten units: eight face-to-face study days held at Federation schools, partner schools "
    "and the University, and two four-week online units (Units 3 and 6) on Coldbrook Online, the "
    "University\u2019s Blackboard site. The units, their content and where each is assessed are set out in "
    "Appendix B.")

# ------------------------------------------------------------------ Section B
doc.add_heading("Section B: Response to the requirements", level=1)
ROWS = [
    ("H", "Criterion 1"),
    ("1.1", "The programme has a clear focus, in its aims, objectives, content and assessment, on raising the "
            "achievement of children and young people with SEN and/or disabilities and on improving their "
            "well-being."),
    ("1.2", "Every study day is held in a Federation school, a partner mainstream school or the University, and "
            "includes time in the host school\u2019s classrooms. Each participant carries out four directed "
            "tasks in his or her own school (after Days 2, 4, 7 and 9), and Assignment 3 is a project carried "
            "out in the participant\u2019s own school."),
    ("1.3", "The programme reflects recent research and inspection evidence and important developments and "
            "innovations relating to special educational needs and disability."),
    ("1.4", "See Appendix B."),
    ("1.5", "See Appendix B."),
    ("1.6", "Participants develop their skills in advising, supporting and collaborating with colleagues, "
            "within and beyond the school, to meet the needs of children and young people."),
    ("1.7", "See Appendix B."),
    ("1.8", "Assignment 3 requires each participant to lead a change in SEN provision in his or her school and "
            "to evaluate its effect with colleagues (Appendix C)."),
    ("1.9", "All participants are assessed against all of the programme outcomes. See Appendix B."),
    ("H", "Criterion 2"),
    ("2.1", "Participants may claim up to 20 credits for relevant certificated study at Level 7 completed in "
            "the last five years, under the University\u2019s APL regulations. Experienced participants may "
            "also claim credit for prior experience through an APEL portfolio mapped against the national "
            "outcomes, which is assessed by the Programme Director and moderated by the University link "
            "tutor."),
    ("2.2", "Before Day 1 each participant completes the Greywater SENCO Self-Review against all of the "
            "national outcomes. At an individual interview on Day 1, tutor and participant use it to agree an "
            "Individual Development Plan (IDP) listing the participant\u2019s personal outcome targets, the "
            "outcomes already secure (taking account of prior study and experience), the directed tasks to be "
            "chosen and the focus of each assignment. The IDP is reviewed with the tutor on Days 5 and 10."),
    ("2.3", "See Appendix D."),
    ("2.4", "The provision is of high quality, tailored to individuals\u2019 circumstances and their training "
            "and development needs, offers effective continuing professional development which promotes "
            "progression towards the programme outcomes, and is cost-effective."),
    ("2.5", "See Appendix B (Day 10)."),
    ("H", "Criterion 3"),
    ("3.1", "The application form asks every applicant, in confidence, about any disability or medical "
            "condition and what support would help, and explains why we ask. The Federation\u2019s access "
            "coordinator contacts each applicant who discloses and agrees adjustments before the course "
            "begins, for example materials in large print or electronic format, BSL interpreters, rest "
            "breaks and extended deadlines; the University\u2019s Disability Service agrees any adjustments to "
            "assessment. All venues are wheelchair accessible. Our leaflet states that disabled teachers are "
            "welcome and describes this support, and adjustments cover school visits and directed tasks as "
            "well as taught days."),
    ("3.2", "There are two intakes a year, in January and September. After Day 1, units can be taken in any "
            "order, with either intake, and participants may complete in one year or spread the programme over "
            "two. Units 3 and 6 are online."),
    ("3.3", "Each online unit has a discussion board moderated by Ms Dunmore, the online tutor, who replies to "
            "posts within two working days, and a live online tutorial every fortnight. Participants work in "
            "online \u2018trios\u2019 with two peers throughout the programme, and between study days each "
            "participant can contact the online tutor through Coldbrook Online or by e-mail. Tutors "
            "communicate with each other through a staff area on Coldbrook Online, and the Programme Director "
            "sends each participant\u2019s headteacher a termly e-mail report."),
    ("H", "Criterion 4"),
    ("4.1", "The provision reflects evidence about the needs of the main stakeholders."),
    ("4.2", "See Appendix B."),
    ("4.3", "A Stakeholder Reference Group (two headteachers of mainstream schools, the Coldbrook SEN officer, "
            "a parent representative from the Coldbrook Parent Partnership Service and two former "
            "participants, once the first cohort has finished) meets twice a year to hear how the programme is "
            "going and to give its views on it. Headteachers sit on the panel for Assignment 3 presentations, "
            "and the Parent Partnership Service co-teaches Day 9."),
    ("H", "Criterion 5"),
    ("5.1", "Participants complete an evaluation form after every study day and online unit, and the "
            "University\u2019s external examiner reports on the programme each year."),
    ("5.2", "See Appendix D."),
    ("5.3", "See Appendix D."),
    ("5.4", "See Appendix A."),
    ("5.5", "Every participant spends two days in one of the Federation\u2019s schools (Greywater Park for "
            "complex needs and autism, Elmhurst for behavioural, emotional and social difficulties), with a "
            "focus agreed in the IDP. Specialists from the Federation\u2019s outreach team (speech and language "
            "therapy, occupational therapy, educational psychology) teach on Days 4 and 5."),
    ("5.6", "The Federation\u2019s two schools hold a wide range of specialist resources, which participants "
            "are welcome to use."),
    ("5.7", "Everyone involved in delivery and assessment, including tutors and mentors, understands their "
            "roles and responsibilities and has the knowledge, understanding and skills to carry them out to a "
            "high standard."),
    ("5.8", "See Appendix C."),
    ("5.9", "See Appendix E."),
    ("H", "Criterion 6"),
    ("6", "Only participants who have demonstrated all of the minimum outcomes will be awarded the "
          "qualification."),
]
tb = doc.add_table(rows=1, cols=2)
tb.style = "Table Grid"
for c, h in zip(tb.rows[0].cells, ["Ref.", "Response"]):
    set_text(c, h, bold=True, size=10)
    shade(c, "B8CCE4")
for ref, text in ROWS:
    cells = tb.add_row().cells
    if ref == "H":
        m = cells[0].merge(cells[1])
        set_text(m, text, bold=True, size=10)
        shade(m, "DCE6F1")
    else:
        set_text(cells[0], ref, bold=True, size=10)
        set_text(cells[1], text, size=10)
for r_ in tb.rows:
    r_.cells[0].width = Cm(1.5)
    r_.cells[1].width = Cm(15.0)

# ------------------------------------------------------------------ Appendix A
doc.add_page_break()
doc.add_heading("Appendix A: Programme staff", level=1)
grid(["Name", "Role", "Qualifications", "Current and recent experience"], [
    ("Mrs Frances Oduya", "Programme Director", "MEd (Special Educational Needs); NPQH",
     "Executive Headteacher of the Federation since 2006; 25 years in special and mainstream schools, "
     "including six as a primary SENCO."),
    ("Mr Colin Brereton", "Programme tutor", "MA Inclusive Education; PG Certificate in SpLD (AMBDA)",
     "SENCO at Elmhurst School 2002\u20132008; now leads the Federation\u2019s outreach work in mainstream "
     "schools."),
    ("Dr Ines Calloway", "University link tutor", "PhD (autism and inclusion)",
     "Senior Lecturer in Inclusive Education, University of Coldbrook; formerly a specialist teacher for "
     "autism."),
    ("Ms Harriet Dunmore", "Online tutor", "MA Education",
     "Assistant Headteacher (inclusion) at a Coldbrook primary school; leads the authority\u2019s ICT for "
     "inclusion network."),
    ("Outreach team", "Specialist sessions", "HPC-registered therapists; chartered educational psychologist",
     "Ms Nia Barlow (speech and language therapist), Mr Raj Sethi (occupational therapist) and Dr Paula "
     "Grange (educational psychologist, seconded one day a week), all working in Federation and mainstream "
     "schools now."),
], [Cm(3.0), Cm(2.8), Cm(4.2), Cm(6.5)])

# ------------------------------------------------------------------ Appendix B (landscape)
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = PAGE_H, PAGE_W
doc.add_heading("Appendix B: Curriculum map", level=1)
doc.add_paragraph("All outcomes are covered and assessed.")
MAP = [
    ("Day 1", "Face to face, Greywater Park School",
     "Introduction to the programme; the role of the SENCO; managing your time and priorities as a SENCO; "
     "individual Self-Review interviews and IDPs (see 2.2)", "\u2014"),
    ("Day 2", "Face to face, Greywater Park School",
     "SEN law and guidance: the Education Act 1996 (Part IV), the SEN and Disability Act 2001 and the SEN "
     "Code of Practice (2001), and their implications for the school; the Disability Discrimination Acts "
     "1995 and 2005 and the disability equality duty; Removing Barriers to Achievement (2004)", "Assignment 1"),
    ("Unit 3", "Online, Coldbrook Online (four weeks)",
     "Every Child Matters: the five outcomes and the SENCO\u2019s part in them; multi-agency working and the "
     "Common Assessment Framework; the roles of educational psychologists, speech and language therapists, "
     "CAMHS and voluntary organisations; getting specialist support",
     "\u2014 (discussion board participation is not assessed)"),
    ("Day 4", "Face to face, Elmhurst School",
     "Areas of need: behavioural, emotional and social difficulties, specific learning difficulties "
     "including dyslexia, speech, language and communication needs, autistic spectrum disorders, moderate "
     "learning difficulties; how children develop, and how SEN, disability and the learning environment "
     "affect development", "Assignment 2"),
    ("Day 5", "Face to face, St Mark\u2019s CE Primary School (partner school)",
     "Identifying pupils with SEN through observation, data and assessment; setting challenging targets; "
     "planning interventions and reviewing progress; using assessments from other professionals; using "
     "summative data and national tests to track progress; arrangements for national tests and "
     "examinations",
     "Assignment 2 (identification, targets, interventions and review; use of other professionals\u2019 "
     "assessments)"),
    ("Unit 6", "Online, Coldbrook Online (four weeks)",
     "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT "
     "and assistive technology; helping colleagues develop formative assessment",
     "Assignment 2 (approaches, strategies and resources)"),
    ("Day 7", "Face to face, Cranford High School (partner school)",
     "Provision mapping and management; identifying ineffective or missing provision; deploying and "
     "managing teaching assistants", "Assignment 3"),
    ("Day 8", "Face to face, University of Coldbrook, Ashworth Building",
     "Leading inclusion: working with the headteacher, senior leaders and governors on SEN policy, an "
     "inclusive ethos and resources; gaining colleagues\u2019 commitment; school self-evaluation and SEN; "
     "reviewing the effectiveness of provision with staff", "Assignment 3"),
    ("Day 9", "Face to face, Greywater Park School",
     "Working with parents and carers: building relationships with pupils and families; advising parents at "
     "annual reviews; role play with the Coldbrook Parent Partnership Service; pupil voice",
     "Portfolio (record of a meeting with parents)"),
    ("Day 10", "Face to face, Elmhurst School",
     "Coaching and mentoring colleagues; planning and delivering staff training; best practice in meeting "
     "SEN: learning from Federation classrooms; your next steps and keeping up to date", "\u2014"),
]
grid(["Unit", "Mode and venue", "Topics", "Where assessed"], MAP,
     [Cm(1.5), Cm(4.0), Cm(14.0), Cm(5.2)])
doc.add_paragraph("Directed tasks in the participant\u2019s own school follow Days 2, 4, 7 and 9 and are "
                  "filed in the portfolio.")

# ------------------------------------------------------------------ Appendices C and D (portrait)
back = doc.add_section()
back.orientation = WD_ORIENT.PORTRAIT
back.page_width, back.page_height = PAGE_W, PAGE_H
doc.add_heading("Appendix C: Assessment", level=1)
doc.add_heading("C1 The assessments", level=2)
for lead, text in [
    ("Assignment 1: Policy review (3,000 words). ",
     "A critical review of the participant\u2019s school SEN policy and practice against SEN law, the Code "
     "of Practice and the disability equality duty, with proposals for improvement that draw on research "
     "evidence and external advice."),
    ("Assignment 2: Case study (4,000 words). ",
     "A study of one pupil: the pupil\u2019s area of need and development, how the needs were identified, "
     "how assessments from other professionals were used, the targets set, the approaches and resources "
     "chosen, and the intervention planned and reviewed."),
    ("Assignment 3: Leadership project (5,000 words) and presentation. ",
     "The participant leads a development in the school\u2019s provision (for example provision mapping or "
     "the deployment of teaching assistants), working with the headteacher, senior leaders and governors, "
     "and reviews its effectiveness with the staff involved. The participant then gives a 15-minute "
     "presentation to a panel of a Federation tutor and his or her headteacher, which is assessed for "
     "clarity of expression and the quality of the answers to the panel\u2019s questions."),
    ("Portfolio (pass or fail). ",
     "The records of the four directed tasks and a record of a meeting with parents, with the "
     "participant\u2019s reflection on it."),
]:
    p = doc.add_paragraph()
    p.add_run(lead).bold = True
    p.add_run(text)
doc.add_heading("C2 Marking criteria and award", level=2)
doc.add_paragraph("Every assignment is marked against four criteria: (1) knowledge and understanding; "
                  "(2) critical use of literature and policy; (3) application to the participant\u2019s "
                  "school; (4) the impact on the achievement and well-being of the pupils concerned.")
doc.add_paragraph("The Certificate is awarded to participants who pass Assignments 1, 2 and 3 and the "
                  "portfolio.")
doc.add_heading("C3 Moderation", level=2)
doc.add_paragraph("Every assignment is first-marked by a Federation tutor. The University link tutor "
                  "second-marks a 25 per cent sample and every fail, and marks are agreed at a moderation "
                  "meeting before each Board of Examiners. The external examiner appointed by the University "
                  "samples every assignment and attends the Board. Assignment 3 presentations are recorded so "
                  "that they can be moderated.")

doc.add_heading("Appendix D: Admissions and safeguarding", level=1)
for lead, text in [
    ("D1 Entry requirements. ",
     "Qualified Teacher Status; at least two years\u2019 teaching experience; appointment as SENCO or "
     "designation as the next SENCO; and a reference from the headteacher supporting the application."),
    ("D2 Selection. ",
     "Every applicant completes the Greywater SENCO Self-Review and is interviewed by the Programme Director "
     "or Mr Brereton. Where the Self-Review and interview show that an applicant is unlikely to reach the "
     "outcomes within the programme, we advise the applicant on what to do first (usually a term of work "
     "alongside an experienced SENCO and our outreach team) and discuss this with the headteacher."),
    ("D3 Safeguarding checks. ",
     "Every applicant must hold an enhanced CRB disclosure issued within the last three years; the "
     "Federation\u2019s office sees the original certificate at interview and records its number and date. "
     "Applicants who have not worked in a post with regular contact with children in the last three months "
     "must obtain a new enhanced disclosure through the Federation before starting. The headteacher\u2019s "
     "reference must confirm that there are no concerns about the applicant\u2019s conduct and no "
     "outstanding disciplinary matters, and the office checks that the applicant has not been barred from "
     "working with children."),
    ("D4 Assessment-only route. ",
     "In exceptional cases, a teacher with at least three years\u2019 recent experience of coordinating SEN "
     "provision, or a teacher from an SEN support service, may be admitted to assessment only. After the "
     "Self-Review and an interview, the candidate submits Assignments 1, 2 and 3 and the portfolio without "
     "attending the taught units, and is assessed against all the outcomes in the same way as other "
     "participants. The fee for this route is \u00a3600."),
]:
    p = doc.add_paragraph()
    p.add_run(lead).bold = True
    p.add_run(text)

doc.save(OUT)
print("wrote", OUT)
