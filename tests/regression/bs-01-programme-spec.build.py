"""Build bs-01-programme-spec.docx: University of Thornbury (invented), PGCert SENCo.

Provider: the University of Thornbury, Faculty of Education and Childhood
Studies, with two local authority partners, Eastmoor Metropolitan Borough
Council and Harrowdale County Council (all invented). Programme: Postgraduate
Certificate in Special Educational Needs Coordination, 60 credits at Level 7,
three 20-credit modules (EDU7101 law and policy, EDU7102 assessment and
provision, EDU7103 school-based enquiry). Blended: six taught days per
module pair, fortnightly webinars, email tutorials, the ThornburyLearn
virtual learning environment. Dated March 2009, 2008-era vocabulary.

Layout: NOT a criterion-by-criterion essay. The submission is the
validated programme specification and course handbook, sent as they are
with a two-paragraph covering note:
- Part 1, programme specification: "Label: value" fields in bold-label
  paragraphs (Awarding body:, Credits:, Level:, Intakes:, Date of
  validation:, Stakeholder consultation:, ...), educational aims, the
  programme team, evaluation, then three module descriptors. Each
  descriptor has fields, indicative content, learning outcomes in the
  provider's own words ("On successful completion participants will be
  able to: ...", typed "1." numbering), and an "Assessment:" paragraph that
  says which numbered learning outcomes each component assesses. The
  national minimum outcomes are never named by code; they must be
  recognised in the provider's wording.
- Part 2, programme regulations in "shall" language (R1 to R8).
- Part 3, participant handbook in the second person ("you will be
  allocated a personal tutor", "you can join in September or January").
- Page header and footer (never evidence). The footer mentions enhanced
  CRB checks; 5.3 is met independently in regulation R2.

Traps and the requirement ids each affects:
- E.1, E.2 met only as fields ("Awarding body:", "Date of validation:",
  "Credits:", "Level:").
- 2.2 met only in the handbook ("Before you start": Outcomes Self-Review,
  Individual Learning Plan with personalised outcomes), with the entry
  interview in R1.
- 3.2, 3.3 met only in the handbook's second-person text (two intakes,
  either order for EDU7101/7102, webinars, recordings, email tutorials
  between taught days, peer learning sets, the mentor area of the VLE).
- 3.1 met in R7 plus the handbook (disclosure on the application form,
  Learning Support Agreement, alternative formats, accessible venues,
  adjustments on the school visit and in assessment).
- 5.2, 5.3, 2.1, 5.8 met in "shall" regulations (R1, R2, R3, R6).
- 2.3 not_met: no assessment-only route anywhere; R5 requires 80%
  attendance at taught days of every participant.
- 6.0 partially_met and 1.9 partially_met: R4 "shall pass every
  component ... no compensation" plus a blanket sentence that the module
  learning outcomes "incorporate all the national minimum outcomes", but
  some outcomes are never assessed (below) and two are absent.
- 6.K9 partially_met: EDU7101 learning outcome 6 (external agencies) is
  taught but neither EDU7101 component lists it.
- 6.S2d partially_met: EDU7102 learning outcome 6 (access arrangements) is
  taught but neither EDU7102 component lists it.
- 6.S7 partially_met and 1.5 partially_met: "pupil voice" appears only as
  a topic in EDU7102 indicative content; no learning outcome, no
  assessment (the case study review is with parents, not pupils).
- 6.A5 partially_met: only the Faculty's generic marking criteria mention
  clarity of written and oral expression; nothing develops it and
  listening to others is absent.
- 6.A4 not_met and 6.S2c not_met: absent from every descriptor.
- 4.1 partially_met and 4.2 not_met: the "Stakeholder consultation:" field
  says only that partners "were consulted during programme design"; no
  evidence of needs, no influence described. 4.3 met (Programme Committee
  membership, LA co-teaching, headteacher impact survey).
- 5.6 partially_met: the handbook's "Library and learning resources"
  offers only general library and VLE access; no specialist resources or
  technology.
- Outcomes met only through own-words learning outcomes that are listed by
  an assessment component: A1, A2, A3, A6, A7, K1-K8, S1, S2, S2a, S2b, S3,
  S4, S5, S6, S8, S9.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("bs-01-programme-spec.docx")

doc = Document()
doc.core_properties.author = "Helen Aylward"
doc.core_properties.title = "PGCert SENCo programme specification and handbook"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)

sec = doc.sections[0]
sec.header.paragraphs[0].text = ("University of Thornbury \u2013 PGCert Special Educational Needs "
                                 "Coordination \u2013 Programme Specification v1.2")
sec.footer.paragraphs[0].text = ("Faculty of Education and Childhood Studies \u2013 Quality Office copy \u2013 "
                                 "enhanced CRB checks and safer recruitment are addressed in the Faculty "
                                 "Safeguarding Code")


def field(label, value):
    p = doc.add_paragraph()
    p.add_run(label + ": ").bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def para(text):
    return doc.add_paragraph(text)


def numbered(items, start=1):
    for i, item in enumerate(items, start):
        p = doc.add_paragraph(f"{i}.\t{item}")
        p.paragraph_format.left_indent = Pt(18)
        p.paragraph_format.first_line_indent = Pt(-18)
        p.paragraph_format.space_after = Pt(1)


def bullets(items):
    for item in items:
        p = doc.add_paragraph("\u2022 " + item)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.space_after = Pt(1)


# ------------------------------------------------------------------ cover
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("UNIVERSITY OF THORNBURY")
r.bold = True
r.font.size = Pt(16)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Postgraduate Certificate in Special Educational Needs Coordination (PGCert SENCo)\n"
              "Programme Specification, Programme Regulations and Participant Handbook")
r.bold = True
r.font.size = Pt(12)

para("Covering note to the Training and Development Agency for Schools. The University of Thornbury, with "
     "its local authority partners Eastmoor Metropolitan Borough Council and Harrowdale County Council, "
     "applies for approval to provide nationally accredited training for teachers new to the SENCO role. "
     "Rather than re-write our course documents, we submit them as validated: the programme "
     "specification (Part 1), the programme regulations (Part 2) and the participant handbook (Part 3).")
para("Dr Helen Aylward, Programme Leader, 16 March 2009")

# ------------------------------------------------------------------ Part 1
doc.add_heading("Part 1 \u2013 Programme Specification", level=1)
doc.add_heading("1. Programme details", level=2)
field("Awarding body", "University of Thornbury")
field("Teaching institution", "University of Thornbury, Faculty of Education and Childhood Studies, with "
      "Eastmoor Metropolitan Borough Council and Harrowdale County Council (local authority partners)")
field("Final award", "Postgraduate Certificate (PGCert) in Special Educational Needs Coordination")
field("Interim awards", "None")
field("Credits", "60 (equivalent to 30 ECTS)")
field("Level", "7 (Masters) of the Framework for Higher Education Qualifications in England, Wales and "
      "Northern Ireland (QAA 2008)")
field("Mode of study", "Part time, blended: taught days, webinars, email tutorials and school-based enquiry")
field("Intakes", "September and January")
field("Normal duration", "12 months; maximum period of registration 3 years")
field("Date of validation", "11 February 2009, Faculty Validation Panel (with an external panel member "
      "from another university); approved for five years without conditions")
field("Programme leader", "Dr Helen Aylward")
field("External examiner", "Dr Colm Fearon, Senior Lecturer in Inclusive Education, University of Wexmoor")
field("Fees", "\u00a31,650 for the programme. Eastmoor and Harrowdale each meet half the fee for teachers "
      "in their maintained schools.")
field("Stakeholder consultation", "The local authority partners were consulted during programme design.")
field("External reference points", "Special Educational Needs Code of Practice (DfES 2001); TDA draft "
      "specification for nationally accredited training for SENCOs (2008); QAA Framework for Higher "
      "Education Qualifications (2008); University of Thornbury Postgraduate Regulations.")

doc.add_heading("2. Educational aims of the programme", level=2)
para("The programme aims to:")
numbered([
    "raise the achievement of children and young people with SEN and/or disabilities in participants\u2019 "
    "schools, where achievement means progress in learning and towards all five Every Child Matters "
    "outcomes \u2013 being healthy, staying safe, enjoying and achieving, making a positive contribution and "
    "achieving economic well-being \u2013 and not attainment alone;",
    "develop the professional knowledge, understanding and skills participants need to lead and "
    "coordinate provision for pupils with SEN and/or disabilities as the school\u2019s SENCO;",
    "root that development in participants\u2019 own schools, so that each participant applies and "
    "evaluates new practice and measures its effect on pupils\u2019 achievement and well-being;",
    "develop critical, enquiring practitioners who use research and inspection evidence.",
])

doc.add_heading("3. Programme structure", level=2)
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Code", "Module", "Credits", "Assessment (summary)"]):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
for row in [
    ("EDU7101", "The SENCO, Law and Policy", "20", "Policy review (60%); presentation (40%)"),
    ("EDU7102", "Assessment, Planning and Provision for Pupils with SEN", "20",
     "Case study (70%); annotated provision map (30%)"),
    ("EDU7103", "Leading and Developing Inclusive Practice (school-based enquiry)", "20",
     "Enquiry report (80%); professional development plan (20%)"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
para("")
para("The module learning outcomes incorporate all the national minimum outcomes for SENCOs.")

doc.add_heading("4. Programme team", level=2)
bullets([
    "Dr Helen Aylward, Reader in Inclusive Education (programme leader; EDU7101 and EDU7103). PhD on the "
    "SENCO role; SENCO in two Harrowdale secondary schools for nine years; current research on teaching "
    "assistant deployment.",
    "Mrs Rukhsana Begum, SEN Advisory Teacher, Eastmoor Learning Support Service (EDU7102 leader, "
    "seconded two days a week). MA in Specific Learning Difficulties, AMBDA; advises 30 Eastmoor schools.",
    "Mr Tom Whitlock, formerly Head of Harrowdale Learning Support Service, now Senior Lecturer (EDU7103). "
    "MEd in Special and Inclusive Education; trained coach.",
    "Dr Si\u00e2n Prothero, Senior Educational Psychologist, Harrowdale (associate tutor, EDU7102 and "
    "EDU7103).",
])
para("All tutors attend the Faculty\u2019s annual research and practice update day, and the two local "
     "authority tutors remain in practice with schools alongside their teaching on the programme. "
     "Associate tutors complete the Faculty\u2019s associate tutor induction (assessment regulations, "
     "marking criteria, the tutor\u2019s role in the Individual Learning Plan) before they teach or mark.")

doc.add_heading("5. Evaluation and enhancement", level=2)
para("The programme is evaluated through: module evaluation questionnaires completed by every participant; "
     "a mid-year focus group with each cohort; the external examiner\u2019s annual report; and the "
     "University\u2019s Annual Programme Monitoring Report. The Programme Committee \u2013 the programme team, a "
     "senior SEN officer from each local authority, two headteachers, a participant representative from "
     "each cohort and one former participant \u2013 meets each term. In July it reviews all this evidence and "
     "agrees an action plan whose changes to content, delivery and assessment are reported to the next "
     "cohort and to the Faculty Quality Committee.")
para("Impact is measured in three ways. Each participant repeats the Outcomes Self-Review (Part 3) at the "
     "end of the programme, rating competence and confidence against every outcome, and the two reviews "
     "are compared. The EDU7103 enquiry requires baseline and follow-up measures of the attainment and "
     "well-being of the pupils concerned; the programme team collates these results each year. Twelve "
     "months after completion, headteachers are surveyed on changes in SEN provision and pupil outcomes in "
     "their school. All three measures are reported in the Annual Programme Monitoring Report.")

# ------------------------------------------------------------------ modules
doc.add_heading("6. Module descriptors", level=2)

doc.add_heading("EDU7101 The SENCO, Law and Policy", level=3)
field("Credits", "20 at Level 7")
field("Module leader", "Dr Helen Aylward")
field("Delivery", "Three taught days, four webinars, email tutorials")
field("Indicative content", "Part IV of the Education Act 1996; the SEN and Disability Act 2001; the "
      "Special Educational Needs Code of Practice (2001) and the role of the SENCO it describes; the "
      "Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and "
      "accessibility planning; the Children Act 2004, Every Child Matters and Removing Barriers to "
      "Achievement (2004); school self-evaluation and the SEF; SEN policy, governors and the use of "
      "resources; the roles of educational psychology, speech and language therapy, CAMHS, social care, "
      "health and voluntary organisations.")
para("Learning outcomes. On successful completion participants will be able to:")
numbered([
    "critically analyse the legislation and statutory guidance on SEN, including the SEN Code of Practice, "
    "explain what it requires of their school, of the SENCO and of other staff, and show how they would "
    "put it into practice;",
    "explain the duties that disability equality legislation places on schools, including the Disability "
    "Equality Duty and accessibility planning, and evaluate the action their school takes to meet them;",
    "explain the principles and the five outcomes of Every Child Matters and the contribution the SENCO "
    "makes to them;",
    "evaluate their school\u2019s self-evaluation of provision and outcomes for pupils with SEN and relate "
    "it to the school\u2019s improvement planning;",
    "advise the headteacher, senior leaders and governors on the school\u2019s SEN policy, its inclusive "
    "ethos and priorities, and the use of resources, so that all pupils can take part in the curriculum "
    "and the wider life of the school;",
    "describe the scope and roles of the main external agencies and voluntary organisations and explain "
    "how to obtain specialist support and resources for pupils.",
])
field("Assessment", "Component 1 (60%): a 3,000-word critical review of the participant\u2019s school SEN "
      "policy and accessibility plan against the legislation, ending with recommendations that the "
      "participant presents to the headteacher and a governor; assesses learning outcomes 1, 2, 3 and 5. "
      "Component 2 (40%): a 15-minute presentation to the tutor and peers on the school\u2019s "
      "self-evaluation of SEN provision; assesses learning outcome 4.")
field("Indicative reading", "DfES (2001) Special Educational Needs Code of Practice; DfES (2004) Removing "
      "Barriers to Achievement; Ofsted (2004) Special educational needs and disability: towards inclusive "
      "schools; Ofsted (2006) Inclusion: does it matter where pupils are taught?; House of Commons "
      "Education and Skills Committee (2006) Special Educational Needs, Third Report of Session 2005\u201306.")

doc.add_heading("EDU7102 Assessment, Planning and Provision for Pupils with SEN", level=3)
field("Credits", "20 at Level 7")
field("Module leader", "Mrs Rukhsana Begum")
field("Delivery", "Three taught days, four webinars, email tutorials; optional visit day (see Part 3)")
field("Indicative content", "Child development and the factors that affect it; behavioural, emotional and "
      "social difficulties, specific learning difficulties including dyslexia, speech, language and "
      "communication needs, autistic spectrum disorders and moderate learning difficulties; identification "
      "through observation, data and assessment; target setting and intervention planning; using reports "
      "from educational psychologists, therapists and advisory teachers; tracking with national test data, "
      "P scales and Assessing Pupils\u2019 Progress; access arrangements for national tests and "
      "examinations; provision mapping; ICT and assistive technology; pupil voice; working with parents "
      "and the Parent Partnership Service.")
para("Learning outcomes. On successful completion participants will be able to:")
numbered([
    "explain how children develop and how their development and learning can be affected by SEN, "
    "disability and the physical and social environment for learning;",
    "describe the most common types of SEN and disability, including behavioural, emotional and social "
    "difficulties, specific learning difficulties (including dyslexia), speech, language and "
    "communication needs, autistic spectrum disorders and moderate learning difficulties, and analyse how "
    "each can affect learning;",
    "critically evaluate approaches, strategies and resources \u2013 including ICT and assistive technology "
    "\u2013 for assessing, planning for and teaching pupils with SEN, and use them to remove barriers to "
    "learning;",
    "identify pupils who may have SEN using observation, data and assessment, set challenging targets, "
    "plan interventions and review progress, drawing on assessments made by other professionals;",
    "use summative assessment, including national test results, to track pupils\u2019 progress and adjust "
    "their programmes;",
    "identify in good time the access arrangements pupils need for national tests and examinations and "
    "work with colleagues to put them in place;",
    "use provision mapping to plan provision and to identify ineffective or missing provision;",
    "build fair, respectful and constructive relationships with pupils with SEN and their parents or "
    "carers, and work with parents to plan and review their child\u2019s provision.",
])
field("Assessment", "Component 1 (70%): a 4,000-word case study of two pupils covering identification, "
      "the use of other professionals\u2019 reports, targets, an intervention with baseline and follow-up "
      "measures of attainment and well-being, progress tracking, and a review meeting held with the "
      "pupils\u2019 parents; assesses learning outcomes 1, 2, 3, 4, 5 and 8. Component 2 (30%): the "
      "participant\u2019s school provision map with a 1,500-word commentary on ineffective or missing "
      "provision; assesses learning outcome 7.")

doc.add_heading("EDU7103 Leading and Developing Inclusive Practice", level=3)
field("Credits", "20 at Level 7")
field("Module leader", "Mr Tom Whitlock")
field("Delivery", "Three taught days, four webinars, email tutorials, school-based enquiry supported by an "
      "in-school mentor")
field("Prerequisite", "EDU7101 and EDU7102")
field("Indicative content", "Leading change in schools; managing time and delegating; deploying and "
      "managing teaching assistants; observation and feedback, modelling, coaching and mentoring; "
      "designing and leading staff training; evaluating provision with colleagues; multi-agency and "
      "voluntary sector partnership; practitioner enquiry and research evidence on effective provision; "
      "planning one\u2019s own continuing professional development.")
para("Learning outcomes. On successful completion participants will be able to:")
numbered([
    "plan, lead and evaluate a development in SEN provision in their school, measuring its impact on the "
    "achievement and well-being of a group of pupils;",
    "gain the commitment of the headteacher, senior leaders and colleagues to the development;",
    "prioritise their work, manage their time and delegate tasks appropriately, making sure delegated "
    "tasks are carried out;",
    "deploy and manage teaching assistants and other staff effectively to support pupils with SEN;",
    "support colleagues\u2019 professional development by observing teaching and giving feedback, "
    "modelling, coaching and mentoring, and leading training;",
    "review with colleagues the effectiveness of provision for pupils with SEN and use the findings in "
    "the school\u2019s self-evaluation and improvement planning;",
    "work in partnership with professionals in other services and agencies, including voluntary "
    "organisations;",
    "draw critically on research evidence and best practice to improve their own and colleagues\u2019 "
    "practice;",
    "evaluate their own professional learning and take responsibility for their continuing development "
    "on SEN and disability.",
])
field("Assessment", "Component 1 (80%): a 5,000-word enquiry report with evidence from the school, "
      "including the baseline and follow-up pupil measures and the mentor\u2019s witness statement; "
      "assesses learning outcomes 1 to 8. Component 2 (20%): a professional development plan for the "
      "next two years, agreed with the participant\u2019s line manager, with a 1,000-word reflective "
      "commentary; assesses learning outcome 9.")

# ------------------------------------------------------------------ Part 2
doc.add_heading("Part 2 \u2013 Programme Regulations", level=1)
para("These regulations shall be read with the University\u2019s Postgraduate Regulations.")
regs = [
    ("R1 Admission.", "An applicant shall hold Qualified Teacher Status and shall be employed in a school "
     "in England as its SENCO or be designated to take up the role within the year. An applicant shall "
     "submit a statement of support from the headteacher. Every applicant shall complete the Outcomes "
     "Self-Review and shall be interviewed by a member of the programme team. Where the review and "
     "interview show that an applicant is unlikely to reach all the programme outcomes by the end of "
     "the programme, the applicant shall not be admitted at that intake, shall be given written advice on "
     "the preparatory study and experience needed, and the Programme Leader shall discuss that advice "
     "with the headteacher."),
    ("R2 Suitability to work with children.", "The headteacher\u2019s statement of support shall confirm "
     "that the applicant holds a current enhanced Criminal Records Bureau disclosure and that the school "
     "has made the checks required by Safeguarding Children and Safer Recruitment in Education (DCSF "
     "2006). An applicant who has not worked in a post involving regular contact with children or young "
     "people in the previous three months shall obtain an enhanced disclosure through the University "
     "before registration, and the University shall take up a reference from the applicant\u2019s most "
     "recent employer confirming that there were no concerns about conduct and no outstanding "
     "disciplinary matters. No applicant shall be registered until the Admissions Tutor has recorded "
     "these checks."),
    ("R3 Accreditation of prior learning.", "Credit of up to 20 credits may be awarded against EDU7101 or "
     "EDU7102 for prior certificated learning at Level 7 taken within the previous five years, where the "
     "Programme Leader is satisfied that it matches the module learning outcomes. Prior experiential "
     "learning may be accredited against one of those modules, up to 20 credits, through a portfolio "
     "mapped to the module learning outcomes and assessed by two tutors. No credit shall be awarded "
     "against EDU7103."),
    ("R4 Award.", "To be eligible for the award a participant shall pass every assessment component of "
     "all three modules at 50% or above. No compensation shall be permitted between components or "
     "modules. Every component shall be marked against its stated learning outcomes."),
    ("R5 Attendance.", "Every participant shall attend at least 80% of the taught days of each module."),
    ("R6 Marking and moderation.", "All work shall be marked against the Faculty\u2019s Level 7 "
     "assessment criteria, which include clarity of written and oral expression. Every fail and every "
     "mark of 70% or above shall be blind double marked, and a further 20% sample of each component "
     "shall be second marked. Tutors from the local authority partners shall attend a standardisation "
     "meeting before each marking period. A sample of all components shall be sent to the external "
     "examiner, and marks shall be confirmed by the Board of Examiners."),
    ("R7 Disability and reasonable adjustments.", "A participant who has disclosed a disability shall be "
     "entitled to reasonable adjustments to teaching, to the visit day and to assessment, set out in a "
     "Learning Support Agreement made with the University\u2019s Disability Service. Adjusted assessment "
     "shall test the same learning outcomes."),
    ("R8 Extensions and interruption.", "A participant may interrupt study for up to 12 months with the "
     "Programme Leader\u2019s agreement."),
]
for head, text in regs:
    p = doc.add_paragraph()
    p.add_run(head + " ").bold = True
    p.add_run(text)

# ------------------------------------------------------------------ Part 3
doc.add_heading("Part 3 \u2013 Participant Handbook", level=1)
doc.add_heading("Welcome", level=2)
para("Welcome to the PGCert SENCo. This handbook tells you how the programme works and what you can "
     "expect from us.")

doc.add_heading("When you can start, and how you study", level=2)
para("You can join in September or January. You can take EDU7101 and EDU7102 in either order; EDU7103 "
     "comes last because it builds on both. Most participants finish in twelve months, but you can spread "
     "the modules over up to three years, and you can interrupt study if your circumstances change. Taught "
     "days are held on Saturdays, alternately at the University and at the Eastmoor Professional Centre.")
para("Between taught days you will join a one-hour webinar every fortnight on Tuesdays at 4.30 pm, led "
     "by your module tutor. If you cannot attend, a recording is posted on ThornburyLearn, the "
     "University\u2019s virtual learning environment, within a day. Each module has a discussion forum on "
     "ThornburyLearn moderated by the tutor, and you will be placed in a peer learning set of four "
     "participants who meet online between taught days.")

doc.add_heading("Your personal tutor", level=2)
para("You will be allocated a personal tutor for the whole programme. Between taught days your tutor "
     "offers email tutorials: you can send a plan or draft of each assignment and will receive written "
     "feedback within five working days. Your in-school mentor, usually a member of your senior "
     "leadership team, is given access to the mentor area of ThornburyLearn, where the tutor posts your "
     "Individual Learning Plan and the two can message each other; mentors receive the programme\u2019s "
     "Mentor Guide and attend a two-hour briefing at the start of each intake, covering what the mentor "
     "does, how to write a witness statement and how the programme is assessed.")

doc.add_heading("Before you start: your Outcomes Self-Review and Individual Learning Plan", level=2)
para("Before your first taught day you will complete the Outcomes Self-Review, which asks you to rate "
     "yourself against each national outcome for SENCOs and to give an example of your evidence. Your "
     "personal tutor discusses it with you in a one-to-one tutorial, and together you agree your "
     "Individual Learning Plan. The plan records the outcomes you already meet, the outcomes you will "
     "focus on, the directed tasks you will do and the focus of your assignments: it is your personalised "
     "set of outcomes. If your review and your tutor confirm that you already meet the outcomes a taught "
     "day covers, you may replace that day with a directed task agreed with your tutor. Your plan is "
     "reviewed at the end of each module.")

doc.add_heading("Your visit day", level=2)
para("During EDU7102 you will spend a day at Oakfield Special School (Harrowdale) or at the Eastmoor "
     "Communication and Autism Base, chosen to fit your Individual Learning Plan. Taught days include "
     "sessions led by an educational psychologist, a speech and language therapist and a CAMHS "
     "practitioner from the partner authorities.")

doc.add_heading("If you have a disability", level=2)
para("The application form invites you to tell us about any disability or learning difficulty, and "
     "explains why: so that we can plan adjustments before you start. If you do, the Disability Service "
     "will agree a Learning Support Agreement with you (see R7). Handbooks and readings are available in "
     "large print and electronic formats, both teaching venues have step-free access and a hearing loop, "
     "and we check access to the visit day setting in advance. Adjustments to assessment may include "
     "extra time, alternative formats or a recorded presentation.")

doc.add_heading("Library and learning resources", level=2)
para("You will have access to the University library, its online journals and ThornburyLearn for the "
     "whole of your registration.")

doc.add_heading("Telling us what you think", level=2)
para("You will be asked to complete an evaluation at the end of each module and to take part in a "
     "focus group. Your cohort elects a representative to the Programme Committee (Part 1, section 5). "
     "Twelve months after you finish, we will ask your headteacher about the difference the programme has "
     "made.")

doc.save(OUT)
print("wrote", OUT)
