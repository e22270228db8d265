"""Build ra-02.docx: St Aldric's University College with Wyvern County Council (invented).

Provider: St Aldric's University College (awards validated by the invented
University of Corringham) in partnership with Wyvern County Council
Children's Services. Programme: Postgraduate Certificate in Coordinating
Special Educational Needs: M0 induction and networking days (no credit, not
assessed) plus three 20-credit Level 7 modules M1-M3; M2 is wholly online.
Dated February 2009, 2008-era vocabulary.

Layout: a question-and-answer pro forma.
- Part A and Part B are two-column tables: the left cell quotes or
  paraphrases the requirement ("1(e) Skills in consulting children and young
  people ..."), the right cell is the provider's answer. Criterion rows are
  headed by a row merged across both columns (gridSpan).
- Some answers are only cross-references ("See 2(a) above", "See 1(a)
  above", "As described under Criterion 4", "As described under
  Criterion 1"); some resolve to real evidence, some do not. Two answer
  cells are empty.
- Table 2 (minimum outcomes) has a two-row header with vertically merged and
  horizontally merged cells, group rows merged across all six columns, tick
  marks in module columns, and vertically merged tick and "Assessed by"
  cells spanning several outcomes (a single tick covers S2-S2d, another
  S3-S6). One outcome (child development, 6.K4) has no row at all.
- Table 3 (module assessment) must be followed across from Table 2: code A4
  is the M0 reflective log, "formative only: not marked and does not count
  towards the award", so outcomes assessed only "by A4" are not assessed.

Traps and the requirement each affects:
- 1.1 partially_met: the stated aim is pupils' attainment only; nothing on
  well-being or the wider ECM outcomes in aims or assessment.
- 1.5 not_met: the 1(e) answer is "See 1(a) above", which says nothing
  about consulting pupils; 6.S7 has a row with no tick and "-".
- 1.6 partially_met: the 1(f) answer "As described under Criterion 4"
  points to stakeholders teaching sessions, not participants' skills; only
  Table 2's M3 tick for supporting colleagues' development is evidence.
- 2.1 partially_met (negation): prior certificated learning only, "We do
  not accredit experiential learning."
- 2.3 met via cross-reference: the 2(c) answer "See 2(a) above" resolves
  to the assessment-only route described in the 2(a) answer.
- 2.5 not_met: the 2(e) answer "See 2(a) above" resolves to APL and the
  assessment-only route, nothing on further professional targets.
- 3.1 partially_met: a blanket reference to the Single Equality Scheme and
  DDA duties, no arrangements.
- 3.3 not_met: M2 is "delivered entirely online" but the 3(c) answer cell
  is empty.
- 4.1 partially_met, 4.2 not_met: 4(b) is "See 4(a) above", and 4(a) only
  says the LA strategy funds training.
- 5.3 not_met (wrong context): CRB checks on the College's tutors and LA
  advisers, not on candidates.
- 5.4 met via cross-reference: "As described under Criterion 1" resolves
  to the staff description in the 1(c) answer.
- 5.6 not_met: empty answer cell.
- 5.7 partially_met: College tutors only; nothing for LA advisers who
  co-teach or headteachers in the professional discussion.
- 6.0 partially_met, 1.9 partially_met: the award rule claims every
  outcome is demonstrated, but Table 2 leaves 6.K4 out, gives 6.S7 and
  6.K7 no assessment, and assesses A3, A7, K9, S9 only by the unmarked A4.
- 6.A5 partially_met: assessed (A3 viva) with no module ticked.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("ra-02.docx")
TICK = "\u2713"

doc = Document()
doc.core_properties.author = "Joanna Pellow"
doc.core_properties.title = "SENCO pro forma - St Aldric's"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)


def shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_text(cell, text, bold=False, center=False):
    cell.text = ""
    para = cell.paragraphs[0]
    if text:
        r = para.add_run(text)
        r.bold = bold
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def qa_table(rows, widths=(Cm(6.0), Cm(10.5))):
    """rows: ("H", title) merged header row, or (requirement, answer)."""
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    hdr = t.add_row().cells
    set_text(hdr[0], "Requirement (Annex 2 of the draft specification)", bold=True)
    set_text(hdr[1], "Our response", bold=True)
    for c in hdr:
        shade(c, "BFBFBF")
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "H":
            merged = cells[0].merge(cells[1])
            set_text(merged, row[1], bold=True)
            shade(merged)
        else:
            set_text(cells[0], row[0])
            shade(cells[0], "F2F2F2")
            set_text(cells[1], row[1])
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    return t


# ---------------------------------------------------------------- cover
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("ST ALDRIC\u2019S UNIVERSITY COLLEGE, WYVERN")
r.bold = True
r.font.size = Pt(15)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Application for approval to provide nationally accredited SENCO training\n"
          "Postgraduate Certificate in Coordinating Special Educational Needs\n"
          "in partnership with Wyvern County Council Children\u2019s Services").bold = True
doc.add_paragraph("Completed by: Mrs Joanna Pellow, Head of Inclusion Studies, St Aldric\u2019s University "
                  "College; Mr Gareth Lindqvist, Senior Adviser (SEN), Wyvern County Council. "
                  "Date: 20 February 2009.")
doc.add_paragraph("Guidance to completers (TDA pro forma): please respond to every numbered requirement in "
                  "Annex 2 of the draft specification. Where an answer has been given elsewhere, give a "
                  "cross-reference rather than repeating it.").runs[0].italic = True

doc.add_paragraph("The programme has four parts: M0 Induction and Networking Days (four days across the "
                  "year covering managing the SENCO role and time, an overview of the main types of SEN, "
                  "working with external agencies and voluntary organisations, and planning one\u2019s own "
                  "CPD); M1 The SENCO, the Law and the Inclusive School; M2 Assessing and Planning for "
                  "Learners with SEN; and M3 Leading Provision and People. How each part is assessed is "
                  "set out in Table 3.")

# ---------------------------------------------------------------- Part A
doc.add_paragraph().add_run("PART A \u2013 ELIGIBILITY").bold = True
qa_table([
    ("A1 Academic accreditation by a higher education institution",
     "The programme leads to a Postgraduate Certificate awarded by the University of Corringham, which "
     "validates all St Aldric\u2019s taught postgraduate awards under our accreditation agreement. The "
     "validation event for this programme was held on 4 February 2009 and the programme was approved "
     "without conditions."),
    ("A2 Level and credit (masters level, normally 60 credits)",
     "60 credits at Level 7 (M level): three 20-credit modules, M1\u2013M3, plus the non-credit induction "
     "and networking days (M0). See Table 3."),
])

# ---------------------------------------------------------------- Part B
doc.add_paragraph()
doc.add_paragraph().add_run("PART B \u2013 CRITERIA 1 TO 5").bold = True
qa_table([
    ("H", "Criterion 1 \u2013 Raising the achievement of children and young people with SEN and/or disabilities"),
    ("1(a) A clear focus \u2013 in aims, objectives, content and assessment \u2013 on raising the achievement "
     "of children and young people with SEN and/or disabilities and on improving their well-being",
     "The aim of the programme is to raise the attainment of pupils with SEN by improving the knowledge and "
     "skills of the teachers who coordinate their provision. Module outcomes are written in terms of "
     "pupil progress, and each assignment asks participants to analyse progress data for the pupils "
     "concerned."),
    ("1(b) Strong links to effective practice in schools",
     "Every module includes directed tasks in the participant\u2019s own school, linked to the outcomes "
     "in Table 2, and M3 is assessed through a leadership project carried out in school. Taught days "
     "are held in Wyvern schools in rotation, and each includes a visit to the host school\u2019s SEN "
     "provision."),
    ("1(c) Reflect recent research and inspection evidence and important developments and innovations",
     "The programme team are members of the College\u2019s Centre for Inclusion Research. The team "
     "includes two former SENCOs and a practising educational psychologist; all tutors hold higher "
     "degrees in SEN or inclusion and have worked in schools or SEN services within the last four "
     "years, and they have published on provision mapping, dyslexia and pupil participation. Module "
     "content draws on recent inspection evidence (Ofsted\u2019s Special educational needs and "
     "disability: towards inclusive schools, 2004, and Inclusion: does it matter where pupils are "
     "taught?, 2006), on the Bercow Review of services for children and young people with speech, "
     "language and communication needs (2008) and on the Inclusion Development Programme materials. "
     "Reading lists are updated every year."),
    ("1(d) Understanding of current legislation, government policies and initiatives on SEN and disability",
     "M1 covers the Education Act 1996 (Part IV), the SEN and Disability Act 2001, the SEN Code of "
     "Practice (2001), the Disability Discrimination Act 1995 and 2005 and the Disability Equality "
     "Duty, the Children Act 2004 and Every Child Matters, Removing Barriers to Achievement and the "
     "National Strategies\u2019 guidance on SEN. Participants examine what each requires of their own "
     "school."),
    ("1(e) Skills in consulting children and young people about issues that affect them",
     "See 1(a) above."),
    ("1(f) Skills in advising, supporting and collaborating with colleagues, within and beyond the school",
     "As described under Criterion 4."),
    ("1(g) Skills in advising, supporting and working in partnership with parents and carers",
     "M2 includes a unit on working with parents and carers, co-delivered by the Wyvern Parent "
     "Partnership Service. Participants practise conducting review meetings and advising parents through "
     "role play, and their case study portfolio includes a record of how they worked with the parents "
     "of each case study pupil."),
    ("1(h) Enable participants to make an impact on practice by meeting the programme outcomes",
     "The M3 leadership project requires each participant to plan and lead a change in SEN provision in "
     "his or her school, and the report must show, with evidence, the impact on practice. The project "
     "is assessed against the outcomes shown for M3 in Table 2."),
    ("1(i) Rigorous assessment of participants against all of the programme outcomes",
     "Every outcome in Table 2 is assessed through the assessment shown against it; the assessments are "
     "described in Table 3. Marking is against Level 7 criteria and is moderated (see 5(h))."),
    ("H", "Criterion 2 \u2013 Differentiated provision matched to participants\u2019 needs"),
    ("2(a) Arrangements to take account of and accredit prior study and experience",
     "Candidates who have completed relevant study at Level 7 within the last five years (for example a "
     "certificate in specific learning difficulties) may claim exemption from one module, up to 20 "
     "credits, by accreditation of prior certificated learning. We do not accredit experiential "
     "learning. Exceptionally, a candidate with substantial recent experience of coordinating SEN "
     "provision (for example an acting SENCO of several years\u2019 standing, or a teacher from an LA "
     "support service) may be admitted to assessment only: after an interview with the programme "
     "leader he or she submits the assessments for M1, M2 and M3 (Table 3) without attending the "
     "taught modules, and is assessed against all the outcomes in the same way as other participants."),
    ("2(b) Needs assessed against the outcomes before the course and used to set an individual training "
     "plan and personalised outcomes",
     "Before the first taught day each participant completes the St Aldric\u2019s SENCO Needs Analysis, a "
     "self-assessment against every outcome in Table 2, which is discussed with a tutor in an individual "
     "meeting. Tutor and participant agree an Individual Learning Plan listing the outcomes to be given "
     "priority, any outcomes already secure, the directed tasks to be chosen and the focus of the "
     "assignments. The plan is reviewed at a mid-point tutorial."),
    ("2(c) In exceptional circumstances, an \u2018assessment-only\u2019 route for suitably experienced "
     "candidates",
     "See 2(a) above."),
    ("2(d) High-quality provision tailored to individuals, effective CPD promoting progression, "
     "cost-effective",
     "The Individual Learning Plan (2(b)) shapes each participant\u2019s route: directed tasks and "
     "assignment topics are chosen to fit the plan, and tutorial time is weighted towards priority "
     "outcomes. The modules build from knowledge (M1) through assessment and planning (M2) to "
     "leadership (M3). The fee is \u00a31,250, of which Wyvern County Council pays half for teachers in "
     "its own schools; holding taught days in host schools keeps costs low."),
    ("2(e) Participants who complete successfully are helped to consider further professional targets",
     "See 2(a) above."),
    ("H", "Criterion 3 \u2013 Flexible and accessible delivery"),
    ("3(a) Comply with duties under equalities laws, e.g. reasonable adjustments for disabled candidates and "
     "participants",
     "St Aldric\u2019s Single Equality Scheme (2007) applies to all programmes, and the College meets its "
     "duties under the Disability Discrimination Act."),
    ("3(b) Flexible ways of delivering the course (start times, order, modes)",
     "There are two intakes a year, in September and February. M1 and M3 are taught on Saturdays and on "
     "two Wyvern school closure days, and may be taken in either order; M2 is delivered entirely online "
     "(see 3(c)). Participants may complete in one year or spread the modules over two."),
    ("3(c) If the programme uses e-learning: direct support from tutors and peers; support between "
     "face-to-face sessions; effective use of ICT for teaching and communication",
     ""),
    ("H", "Criterion 4 \u2013 Stakeholders"),
    ("4(a) Clear evidence that the provision will reflect evidence about the needs of the main stakeholders",
     "The programme responds to Wyvern County Council\u2019s SEN Strategy 2008\u20132011, which commits the "
     "authority to funding accredited training for every newly appointed SENCO."),
    ("4(b) How stakeholders have directly or indirectly influenced the development and improvement of the "
     "programme",
     "See 4(a) above."),
    ("4(c) How stakeholders will be involved in evaluation and other aspects of the provision",
     "Wyvern SEN advisers co-teach M0 and M1, and the Parent Partnership Service co-delivers the parents "
     "unit in M2. Headteachers take part in the M3 professional discussion. A Programme Steering Group "
     "of two headteachers, a Wyvern SEN adviser, the Parent Partnership coordinator and two former "
     "participants meets each term; every July it receives and discusses the participants\u2019 "
     "evaluations, the annual impact summary (5(i)) and the external examiner\u2019s report."),
    ("H", "Criterion 5 \u2013 Quality assurance"),
    ("5(a) Internal and external evaluation methods, and how the evidence will improve quality and impact",
     "Internal: end-of-module questionnaires, a focus group with each cohort, tutor reviews of each "
     "module and analysis of results. External: the external examiner\u2019s annual report and the "
     "Programme Steering Group (4(c)). All of these feed the College\u2019s Annual Programme Review, "
     "which produces an action plan; progress against it is checked at the next Review."),
    ("5(b) Systems to make sure accepted candidates have enough prior knowledge, understanding and skills",
     "Applicants must have QTS, at least two years\u2019 teaching experience and a letter from their "
     "headteacher confirming that they are, or will become, the school\u2019s SENCO. Every applicant is "
     "interviewed and completes the Needs Analysis (2(b)) before an offer is made; where it shows gaps "
     "too large to close during the programme, we advise the applicant \u2013 and, with permission, the "
     "headteacher \u2013 on what to do first and offer a place on a later intake."),
    ("5(c) Systems to verify that candidates have a current CRB enhanced disclosure and other background "
     "checks",
     "All College tutors and Wyvern advisers who teach on the programme hold current enhanced CRB "
     "disclosures, checked by the College\u2019s Human Resources department every three years, and "
     "visitors to host schools sign in under the schools\u2019 own procedures."),
    ("5(d) Suitably qualified and experienced staff with up-to-date specialist knowledge",
     "As described under Criterion 1."),
    ("5(e) Access to a range of specialist expertise and appropriate, high-quality placements",
     "Specialists from Wyvern\u2019s educational psychology, speech and language therapy, sensory support "
     "and behaviour support services lead sessions in M0 and M2. Every participant spends two days on "
     "placement in a contrasting setting \u2013 a special school, a resourced provision or a pupil "
     "referral unit \u2013 arranged by Wyvern SEN advisers, with a focus agreed in the Individual "
     "Learning Plan."),
    ("5(f) Enough specialist teaching resources, including ICT and other specialist technology",
     ""),
    ("5(g) Everyone involved in delivery and assessment understands their roles and responsibilities",
     "College tutors attend an annual programme induction and receive the Tutor Handbook, which sets out "
     "marking procedures and tutorial responsibilities."),
    ("5(h) Consistent, reliable and accurate assessment across the programme; moderation",
     "All assessments are marked against published Level 7 criteria. Every M3 report and a 25% sample of "
     "other work is second-marked; marks are agreed at a moderation meeting; and the external examiner "
     "samples each module and attends the Examination Board. The M3 professional discussion follows a "
     "standard schedule of questions and is recorded."),
    ("5(i) Evaluating quality, standards and impact on participants\u2019 competence and confidence and on "
     "pupils\u2019 achievement",
     "Participants repeat the Needs Analysis at the end of the programme, giving a measure of change in "
     "competence and confidence against each outcome. The M3 project requires baseline and follow-up "
     "measures of the progress of the pupils affected by the change; the programme team collates these "
     "for each cohort in an annual impact summary, which goes to the Annual Programme Review and the "
     "Steering Group."),
])

# ---------------------------------------------------------------- Part C
doc.add_paragraph()
doc.add_paragraph().add_run("PART C \u2013 CRITERION 6: THE MINIMUM OUTCOMES").bold = True
qa_table([
    ("6 The requirements for successful completion include the minimum outcomes (Annex 3)",
     "Only participants who have demonstrated every minimum outcome receive the award. Table 2 shows where "
     "each outcome is developed and how it is assessed, and Table 3 describes the assessments. The "
     "Examination Board confirms, for each participant, that the assessments in Table 3 have been "
     "passed."),
])

# ---------------------------------------------------------------- Table 2
doc.add_paragraph()
doc.add_paragraph().add_run("Table 2 \u2013 Minimum outcomes: where each is developed and how it is assessed").bold = True

# (kind, text, ticks, assessed); kind "G" = group row
ROWS = [
    ("G", "PROFESSIONAL ATTRIBUTES"),
    ("O", "Fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
          "disabilities and their parents or carers", {"M2"}, "A2"),
    ("O", "Gaining the commitment of colleagues, including the headteacher and senior leaders", {"M3"}, "A3"),
    ("O", "Prioritising, managing time, delegating appropriately", {"M0"}, "A4"),
    ("O", "Anticipating and resolving problems; well-founded decisions and sound judgement on provision",
     {"M3"}, "A3"),
    ("O", "Expressing themselves clearly in speech and writing; listening to and understanding others", set(), ""),
    ("O", "Drawing on research evidence and external advice to improve practice", {"M1", "M3"}, ""),
    ("O", "Keeping up to date and taking responsibility for their own CPD", {"M0"}, "A4"),
    ("G", "PROFESSIONAL KNOWLEDGE AND UNDERSTANDING"),
    ("O", "SEN law and guidance, including the SEN Code of Practice, and putting them into practice", {"M1"}, "A1"),
    ("O", "Every Child Matters: its principles and outcomes and the SENCO\u2019s part in them", {"M1"}, ""),
    ("O", "Disability equality law and the actions it requires", {"M1"}, ""),
    ("O", "The most common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) "
          "and how they affect learning", {"M0", "M2"}, "A2"),
    ("O", "Approaches, strategies and resources for assessment, planning, teaching and learning, including "
          "ICT", {"M2"}, ""),
    ("O", "School self-evaluation and improvement in relation to pupils with SEN", {"M3"}, "\u2014"),
    ("O", "Best practice and research outcomes in meeting SEN", {"M1"}, "A1"),
    ("O", "The scope and role of external agencies; obtaining specialist support and resources", {"M0"}, "A4"),
    ("G", "PROFESSIONAL SKILLS"),
    ("O", "With senior colleagues and governors, strategic development of an inclusive ethos, policies, "
          "priorities and use of resources", {"M1", "M3"}, "A3"),
    ("O", "Identifying pupils who may have SEN, setting challenging targets, planning interventions and "
          "reviewing progress, including:", {"M2"}, "A2"),
    ("O", "\u2013 using assessments from a range of professionals", set(), ""),
    ("O", "\u2013 using summative assessments, including national tests, to track progress", set(), ""),
    ("O", "\u2013 encouraging other teachers to develop formative assessment", set(), ""),
    ("O", "\u2013 identifying and putting in place special arrangements for national tests and examinations",
     set(), ""),
    ("O", "Provision mapping and management; identifying ineffective or missing provision", {"M3"}, "A3"),
    ("O", "Deploying and managing staff", set(), ""),
    ("O", "Supporting colleagues\u2019 professional development", set(), ""),
    ("O", "Reviewing and evaluating provision with other staff, to inform school self-evaluation", set(), ""),
    ("O", "Involving pupils in planning, agreeing and reviewing their provision", set(), "\u2014"),
    ("O", "Liaising with parents and carers", {"M2"}, "A2"),
    ("O", "Working in partnership with other services and agencies, including voluntary organisations",
     {"M0"}, "A4"),
]
MODS = ["M0", "M1", "M2", "M3"]
t2 = doc.add_table(rows=2 + len(ROWS), cols=6)
t2.style = "Table Grid"
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
set_text(t2.cell(0, 0), "Minimum outcome (Annex 3, paraphrased)", bold=True)
set_text(t2.cell(0, 1), "Developed in", bold=True, center=True)
set_text(t2.cell(0, 5), "Assessed by (see Table 3)", bold=True)
for i, m in enumerate(MODS):
    set_text(t2.cell(1, 1 + i), m, bold=True, center=True)
for i, row in enumerate(ROWS):
    ri = 2 + i
    if row[0] == "G":
        set_text(t2.cell(ri, 0), row[1], bold=True)
        continue
    _, text, ticks, assessed = row
    set_text(t2.cell(ri, 0), text)
    for j, m in enumerate(MODS):
        set_text(t2.cell(ri, 1 + j), TICK if m in ticks else "", center=True)
    set_text(t2.cell(ri, 5), assessed, center=True)


def rix(fragment):
    for i, row in enumerate(ROWS):
        if fragment in row[1]:
            return 2 + i
    raise KeyError(fragment)


# vertical merges (the top cell carries the value)
t2.cell(rix("Anticipating"), 5).merge(t2.cell(rix("Drawing on research"), 5))          # A4-A6 -> A3
t2.cell(rix("SEN law and guidance"), 5).merge(t2.cell(rix("Disability equality law"), 5))  # K1-K3 -> A1
t2.cell(rix("most common types"), 5).merge(t2.cell(rix("Approaches, strategies"), 5))  # K5-K6 -> A2
t2.cell(rix("Identifying pupils"), 3).merge(t2.cell(rix("special arrangements"), 3))   # M2 tick S2-S2d
t2.cell(rix("Identifying pupils"), 5).merge(t2.cell(rix("special arrangements"), 5))   # A2 S2-S2d
t2.cell(rix("Provision mapping"), 4).merge(t2.cell(rix("Reviewing and evaluating"), 4))  # M3 tick S3-S6
t2.cell(rix("Provision mapping"), 5).merge(t2.cell(rix("Reviewing and evaluating"), 5))  # A3 S3-S6


def tidy(cell):
    """Drop the empty paragraphs python-docx carries over when merging."""
    paras = cell.paragraphs
    for para in paras[1:]:
        if not para.text:
            para._p.getparent().remove(para._p)


for r_ in t2.rows:
    for c_ in r_.cells:
        tidy(c_)
# header merges
t2.cell(0, 0).merge(t2.cell(1, 0))
t2.cell(0, 5).merge(t2.cell(1, 5))
t2.cell(0, 1).merge(t2.cell(0, 4))
# group rows merged across the whole table
for i, row in enumerate(ROWS):
    if row[0] == "G":
        g = t2.cell(2 + i, 0).merge(t2.cell(2 + i, 5))
        shade(g)
for r_ in t2.rows:
    r_.cells[0].width = Cm(8.5)

doc.add_paragraph("Each outcome is assessed through the assessment shown against it. All Annex 3 outcomes "
                  "are covered by the programme.")

# ---------------------------------------------------------------- Table 3
doc.add_paragraph().add_run("Table 3 \u2013 Module assessment").bold = True
t3 = doc.add_table(rows=1, cols=5)
t3.style = "Table Grid"
for c, h in zip(t3.rows[0].cells, ["Code", "Module", "Assessment", "Credits", "Counts towards award?"]):
    set_text(c, h, bold=True)
    shade(c, "BFBFBF")
for row in [
    ("A1", "M1 The SENCO, the Law and the Inclusive School",
     "Written analysis (4,000 words) of the participant\u2019s school SEN policy, accessibility plan and "
     "practice against the legal framework and current research", "20", "Yes"),
    ("A2", "M2 Assessing and Planning for Learners with SEN (online)",
     "Case study portfolio on two pupils: their needs and how they were identified, assessments by other "
     "professionals, targets, interventions, progress data including national test results, formative "
     "assessment used by their teachers, access arrangements, and a record of work with the pupils\u2019 "
     "parents (equivalent to 4,000 words)", "20", "Yes"),
    ("A3", "M3 Leading Provision and People",
     "Leadership project report (5,000 words) and a recorded professional discussion with the tutor and "
     "the participant\u2019s headteacher", "20", "Yes"),
    ("A4", "M0 Induction and Networking Days",
     "Reflective log, discussed with a tutor. Formative only: not marked and does not count towards the "
     "award", "0", "No"),
]:
    cells = t3.add_row().cells
    for c, v in zip(cells, row):
        set_text(c, v)

doc.add_paragraph()
doc.add_paragraph("Joanna Pellow, Head of Inclusion Studies, for St Aldric\u2019s University College and "
                  "Wyvern County Council")

doc.save(OUT)
print("wrote", OUT)
