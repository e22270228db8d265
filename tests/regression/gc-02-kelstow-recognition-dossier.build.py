"""gc-02-kelstow-recognition-dossier

Provider: the Council of British Schools Abroad (CBSA), a council of 74
English-curriculum schools in Europe and the Gulf, with Kelstow University's
Faculty of Education, which validates the award as a 60-credit Postgraduate
Certificate. The course is studied mostly at a distance, with two
residential weeks (Week A at Kelstow in July; Week B in the Gulf, hosted by a
member school, in February). A few places go to teachers in schools in
England through the University's CPD office.

Document kind: the dossier the Council submitted in January 2009 to a Gulf
emirate's Private Schools Regulatory Authority, asking it to recognise the
award as the qualification its Regulation 14 requires of learning support
coordinators in private schools; sent to the TDA with a covering letter, the
Authority's clarification requests and the Council's answers (Annex 1) and an
outcome table written for the TDA panel (Annex 2).

Layout: a covering letter; a title-block table of fields; no heading styles:
bold capital "SECTION n -" titles typed as Normal paragraphs; hand-typed
paragraph numbers 1.1-9.4 that clash with requirement ids (paragraph "5.3"
is about residential Week B, "2.3" about credit transfer, "6.0" does not
exist); an equivalence table against the Authority's own standards LSC-1 to
LSC-8; a declaration table; Annex 1 as a two-column table of the Authority's
requests and the Council's responses, one "[to follow]"; Annex 2 a landscape
outcome table with merged group rows; a header (Authority reference) and a
footer (Arabic translation lodged separately); a tracked deletion and a
tracked insertion; two comments.

Traps (requirement ids affected):
- 2.3: paragraph 4.6 says plainly that there is no assessment-only route
  (the Authority requires attendance). not_met (negation).
- 5.9: impact on pupils and participants only "will consider ... how ...
  might be measured" (8.4); the Change Project's baseline measures assess
  the participant and are not used to evaluate the programme. not_met
  (aspiration).
- 6.S2d: Annex 2 row: "Not covered: national tests are not taken in
  member schools outside England". not_met (explicit).
- 1.9 / 6.0: paragraph 6.5 claims "Every one of the outcomes in Annex 2 is
  assessed"; Annex 2 shows outcomes marked formative only or not assessed.
  partially_met (unsupported-coverage-claim).
- 3.1: "UK equality legislation does not extend to ..." and a general
  reference to the University's policy; no arrangements for disclosure or
  adjustments. partially_met.
- 1.3, 1.5, 2.4: value statements and general claims. partially_met.
- 2.2: a self-audit before the course read by the tutor, but no individual
  plan or personalised outcomes. partially_met.
- 3.3: online materials and tutor email; no peer support or ICT links with
  schools; the online-only route is a deleted tracked change (irrelevant to
  3.2, which is met by two start points, either module first, 12 or 18
  months). partially_met.
- 4.3: met, though thinly spread: heads and a participant representative
  on the Programme Committee whose views feed Annual Programme Monitoring
  (8.1-8.2), Authority inspectors at Week B (Annex 1, Q4).
- 5.5: specialist contributors named, but visits to specialist settings
  "where this can be arranged". partially_met.
- 5.6: library access only; specialist software appears only in a comment.
  partially_met.
- 5.3: met, in detail (Good Conduct Certificate, CRB for those resident in
  the UK, references from the last employer, head's declaration on
  prohibition lists, originals seen, records kept); the Authority's own
  licensing checks are mentioned but are not what makes it met.
- Equivalence table LSC-1..LSC-8 is the Authority's framework, not the
  national outcomes (wrong context if read as outcome coverage).
- Annex 2: 6.A7, 6.K8, 6.S2b formative only; 6.K3, 6.S7 covered not
  assessed; 6.S2d not covered.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
NAME = "gc-02-kelstow-recognition-dossier"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
_rev = [200]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", bold=False, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
    return p


def SECTION(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(text)
    r.bold = True
    return p


def N(num, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.first_line_indent = Cm(-1)
    p.add_run(num + "\t" + text)
    return p


def tracked(p, text, kind, author="Legal and Compliance Office"):
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    _rev[0] += 1
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), "2009-01-12T09:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def table(rows, widths=None, head=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = v
            if head and i == 0:
                c.paragraphs[0].runs[0].bold = True
                shade(c, "DDDDDD")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


sec = doc.sections[0]
sec.header.paragraphs[0].text = "PSRA reference QR/2009/017 - Application for recognition of a professional qualification"
sec.footer.paragraphs[0].text = ("A certified Arabic translation of this dossier has been lodged with the Authority "
                                 "separately. In case of difference the Arabic text prevails.")

# ------------------------------------------------------------ covering letter
P("Council of British Schools Abroad", bold=True)
P("Kestrel House, 14 Tilney Street, Guildford GU1 4RT")
P("20 March 2009")
P("SENCO Approval Panel, Training and Development Agency for Schools")
P("Dear Colleagues,")
P("International Award for Learning Support Coordinators: application for approval", bold=True)
P("Our member schools outside England cannot appoint a learning support coordinator in one Gulf "
  "emirate unless that person holds a qualification the emirate's Private Schools Regulatory "
  "Authority recognises. In January we submitted the dossier below to the Authority, asking it to "
  "recognise the Postgraduate Certificate that we and Kelstow University will offer from July 2009. "
  "Because it describes the course completely, and because we would rather you saw what we told the "
  "regulator than a version written for you, we enclose it as it was submitted, with the "
  "Authority's questions and our answers (Annex 1). Annex 2 was written for you: it sets the 28 "
  "national outcomes against the course.")
P("The same course is open to a small number of teachers in schools in England, who join through "
  "Kelstow University's CPD office. We would be glad to answer any question.")
P("Yours faithfully,")
P("Graham Lowther, Chief Executive")

# ------------------------------------------------------------ title block
doc.add_page_break()
P("APPLICATION FOR RECOGNITION OF A PROFESSIONAL QUALIFICATION", bold=True)
P("Submitted to the Qualifications Recognition Committee, Private Schools Regulatory Authority", italic=True)
table([
    ["Field", "Entry"],
    ["Applicant", "Council of British Schools Abroad (CBSA), registered charity, on behalf of its 19 "
     "member schools licensed by the Authority"],
    ["Qualification", "Postgraduate Certificate in Learning Support Coordination (International), known "
     "to schools as the International Award for Learning Support Coordinators"],
    ["Awarding institution", "Kelstow University, United Kingdom (Faculty of Education)"],
    ["Level and credit", "Level 7 of the Framework for Higher Education Qualifications in England, Wales "
     "and Northern Ireland (Master's level); 60 UK credits (30 ECTS)"],
    ["First intake", "July 2009 (second intake January 2010)"],
    ["Authority regulation", "Regulation 14 (Learning Support in Private Schools), 2008"],
    ["Contact", "Dr Nadia Farouk, Director of Programmes, CBSA"],
    ["Date of submission", "15 January 2009"],
], widths=[4.5, 11.5])

# ------------------------------------------------------------ sections
SECTION("SECTION 1 - THE APPLICANT")
N("1.1", "The Council of British Schools Abroad is a membership body of 74 schools that follow the "
  "National Curriculum for England, in eleven countries of Europe and the Gulf. Nineteen of its "
  "members are private schools licensed by the Authority, with some 21,000 pupils between them.")
N("1.2", "The Council accredits its member schools through a peer-inspection framework modelled on the "
  "Ofsted framework for schools in England, runs an annual conference and leadership courses, and "
  "since 2004 has run a Learning Support Network for the staff who lead provision for pupils with "
  "special educational needs in member schools.")
N("1.3", "The Council has offered non-accredited training for learning support staff since 2005. This "
  "is its first award-bearing programme.")

SECTION("SECTION 2 - THE AWARDING INSTITUTION AND STATUS OF THE QUALIFICATION")
N("2.1", "Kelstow University holds degree-awarding powers in the United Kingdom. Its Faculty of Education "
  "has taught Master's-level courses in special and inclusive education since 1994.")
N("2.2", "The University approved the programme at a validation event on 27 November 2008 as a "
  "Postgraduate Certificate of 60 credits at Master's level, made up of two modules of 30 credits. "
  "Successful participants receive the University's certificate and transcript.")
N("2.3", "Credit from the programme may be carried into the University's MA Education (Inclusion), "
  "subject to the University's regulations.")
N("2.4", "The programme is also being submitted to the Training and Development Agency for Schools in "
  "England for approval as a programme leading to the national award for special educational needs "
  "coordination, which from September 2009 is required of new coordinators in schools in England.")

SECTION("SECTION 3 - PURPOSE AND RATIONALE")
N("3.1", "The purpose of the programme is to raise the achievement and improve the well-being of pupils "
  "with special educational needs and disabilities in member schools, by developing the knowledge, "
  "skills and leadership of the teachers who coordinate their provision. Achievement is understood "
  "broadly, following the five outcomes of the Every Child Matters framework: being healthy, staying "
  "safe, enjoying and achieving, making a positive contribution and achieving economic well-being. "
  "Each module's learning outcomes and each assessment require participants to show the effect of "
  "their work on pupils.")
N("3.2", "Regulation 14 requires every licensed private school to designate a Learning Support "
  "Coordinator who holds a recognised qualification by September 2011. In a survey conducted by the "
  "Council in October 2008, 16 of the Authority's 19 licensed member schools replied: only three "
  "coordinators held a qualification the Authority recognises, eleven combined the role with a full "
  "teaching load, and all sixteen heads said they could not release staff to the United Kingdom for "
  "more than one week in term time. The same survey was answered by 41 further member schools in "
  "other countries, with similar results, and by the parents' support groups in two schools.")
N("3.3", "The programme has been designed in response. It is studied mainly at a distance, with one "
  "residential week in the United Kingdom in the school summer holiday and one in the region, so that "
  "no participant is absent from school for more than five teaching days. At the request of the heads "
  "who replied to the survey, a January start was added so that newly appointed coordinators need not "
  "wait a year; and at the parents' groups' request the module on partnership was extended to include "
  "families who do not share the school's language.")
N("3.4", "The Council believes that pupils' own views about their learning and support should be at "
  "the heart of every school's provision.")
N("3.5", "The programme is rooted in practice: every assessment is a piece of work carried out in the "
  "participant's own school, on that school's real priorities, under the eye of a school-based mentor. "
  "The course draws throughout on current research and on inspection findings.")

SECTION("SECTION 4 - ADMISSION")
N("4.1", "Applicants must hold qualified teacher status or an equivalent teaching qualification "
  "recognised by the University, have at least two years' teaching experience, and hold or be about "
  "to take up a role coordinating learning support. Each application must carry the head's statement "
  "of support and the head's agreement to act as, or appoint, the participant's mentor.")
N("4.2", "The Programme Leader reads every application against these criteria and interviews by "
  "telephone or video link any applicant whose experience is unclear. Applicants who are not yet "
  "ready are advised, in writing and in a conversation with their head, what experience or study "
  "would prepare them, and may apply for a later intake. The Council's non-accredited Introduction to "
  "Learning Support course is offered as a first step.")
N("4.3", "Before registration the Council's Programmes Office verifies for every participant: (a) a "
  "current police Good Conduct Certificate from the country of employment, or for teachers in England "
  "a current Criminal Records Bureau enhanced disclosure; (b) for participants who have lived in the "
  "United Kingdom in the last five years, an enhanced disclosure obtained through the school's "
  "registered body; (c) two references, one from the most recent previous employer, asking whether "
  "there are or have been concerns about the applicant's conduct with children or any disciplinary "
  "matters outstanding; and (d) the head's signed declaration that the applicant is not barred from "
  "teaching or from work with children in any country in which they have worked, including in the "
  "United Kingdom. The Office sees original documents or certified copies, records the date and "
  "reference of each check on the participant's file, and does not register anyone until all four "
  "are complete. The Authority's own licensing checks on teachers are in addition to these.")
N("4.4", "Applicants may claim credit for up to 30 of the 60 credits for earlier study at Master's level "
  "in special or inclusive education, completed within the last five years, or for substantial "
  "experience evidenced through a portfolio mapped to the module outcomes. Claims are assessed by the "
  "Programme Leader and a second tutor using the University's Accreditation of Prior Learning "
  "procedures and confirmed by the University's Board of Examiners.")
N("4.5", "Before Week A every participant completes the Council's Learning Support Self-Audit, which "
  "asks them to rate their confidence in each of the programme's outcomes. The personal tutor reads "
  "the self-audit before the first tutorial.")
N("4.6", "The Authority's Regulation 14 requires holders of a recognised qualification to have "
  "attended a course of study. The programme therefore has no assessment-only route, and all "
  "participants, whatever their experience, attend both residential weeks.")

SECTION("SECTION 5 - STRUCTURE, CONTENT AND DELIVERY")
N("5.1", "The programme has two modules of 30 credits: Module 1, Coordinating Learning Support, and "
  "Module 2, Leading Change for Learners. Each module has a residential week, about 100 hours of "
  "guided study at a distance and about 150 hours of school-based work and writing.")
N("5.2", "Week A takes place at Kelstow University in the second week of July (July intake) or the "
  "first week of January (January intake, held in Dubai at the Council's regional office). Its five "
  "days cover the legal and policy framework (the SEN Code of Practice 2001, the Special Educational "
  "Needs and Disability Act 2001, the Disability Discrimination Act as amended in 2005, Every Child "
  "Matters and the Children Act 2004, and the Authority's own Regulation 14 and the emirate's law on "
  "the rights of people with special needs); the most common kinds of special educational need and "
  "disability; child development; identification and assessment; and the coordinator's role.")
N("5.3", "Week B takes place in February at Al Safa British School, a member school with a specialist "
  "centre for pupils with autism and speech and language difficulties, and covers leadership of "
  "provision, provision mapping, work with colleagues, parents and external agencies, and evaluation. "
  "Participants spend a morning in the school's centre and a morning in the Al Noor Centre for "
  "Children with Special Needs, run by a local charity, where this can be arranged.")
p = N("5.4", "Between the weeks participants study the module materials on the University's online "
      "learning environment, KelstowLearn, and may contact their tutor by email at any time. ")
tracked(p, "Participants who cannot travel may take the whole programme online without attending either "
        "residential week.", "del")
N("5.5", "Participants may begin in July or in January, take the modules in either order, and complete "
  "in 12 months or, by agreement with their head, in 18 months. A participant who must break off "
  "study may suspend for up to a year and keep the credit already gained.")
N("5.6", "The programme is designed to suit busy professionals working in schools of every size, and "
  "its fee is competitive with comparable programmes in the United Kingdom.")
N("5.7", "Module 1 develops participants' skills in working alongside class and subject teachers and "
  "teaching assistants, leading staff training, coaching and observing colleagues, and working with "
  "outside professionals; participants plan and lead a training session for colleagues in their own "
  "school, observed by their mentor. Module 2 extends this to parents and carers: participants "
  "practise structured conversations with parents, plan a review meeting with a family, and agree "
  "with a family how home and school will support a pupil.")
N("5.8", "In the final tutorial of Module 2, held by video link with the participant and head together, "
  "the participant presents a Next Steps Statement setting out professional targets for the following "
  "two years, which the head agrees to take into the participant's performance review.")

SECTION("SECTION 6 - ASSESSMENT AND AWARD")
N("6.1", "Module 1 is assessed by a 5,000-word Provision Review of the participant's school, including "
  "a provision map, an analysis of the school's data on the progress of pupils with special "
  "educational needs, and an account of the school's compliance with the law and guidance studied.")
N("6.2", "Module 2 is assessed by a 6,000-word Change Project in which the participant leads a change in "
  "provision for a group of pupils, with baseline and follow-up measures of attainment, attendance or "
  "well-being, and by a 20-minute presentation and professional discussion with two tutors in Week B.")
N("6.3", "Both modules also require a Practice Record: a set of school-based tasks with the mentor's "
  "signed observations, including the observed training session (paragraph 5.7).")
N("6.4", "All work is marked against the University's Master's-level criteria. One in three scripts, and "
  "all fails, are second-marked; the module teams meet to moderate marks after each submission date; "
  "the external examiner, appointed by the University, reviews a sample from every assessment and "
  "reports to the Board of Examiners. Mentors are trained to complete the Practice Record at a "
  "half-day session in Week A, and their records are sampled by tutors.")
N("6.5", "Every one of the outcomes in Annex 2 is assessed, and the certificate is awarded only to "
  "participants who pass both modules and whose Practice Record is signed off.")

SECTION("SECTION 7 - STAFFING AND RESOURCES")
N("7.1", "The Programme Leader, Dr Owen Pritchard, is Reader in Inclusive Education at Kelstow and a "
  "former coordinator and local authority adviser. The Council's Director of Programmes, Dr Nadia "
  "Farouk, was head of learning support in two Gulf schools and holds an MA in Special Educational "
  "Needs. The four tutors are all experienced coordinators or advisory teachers with Master's "
  "degrees; two are based in the Gulf. All tutors undertake at least five days a year of work in "
  "schools and attend the University's research seminars in inclusive education.")
N("7.2", "Contributors include an educational psychologist and a speech and language therapist in "
  "practice in the region, and the director of the Al Noor Centre.")
N("7.3", "Tutors are inducted through a day's briefing on the Programme Handbook and the assessment "
  "criteria before each intake, and each new tutor's first marking is second-marked in full.")
p = N("7.4", "Participants have full access to Kelstow University's library, including electronic "
      "journals and books, from anywhere in the world.")
doc.add_comment(p.runs, "Specialist software (Clicker, Kurzweil, Inspiration) will be in the Kelstow lab for "
                "Week A - confirm with IT before we say so", author="Owen Pritchard", initials="OP")

SECTION("SECTION 8 - QUALITY ASSURANCE AND REVIEW")
N("8.1", "The programme is subject to Kelstow University's quality procedures: module evaluation by "
  "participants, an annual report by the external examiner, and Annual Programme Monitoring, in which "
  "the team reviews evaluations, results, the external examiner's report and the Programme "
  "Committee's views and agrees an action plan that the Faculty checks the following year.")
N("8.2", "The Programme Committee meets each term and includes the Programme Leader, the Director of "
  "Programmes, two heads of member schools and a participant representative from each intake.")
N("8.3", "The Council will also seek the Authority's feedback from its inspections of schools whose "
  "coordinators have completed the programme, and the Council's own peer inspections of member "
  "schools include a judgement on learning support which is reported to the Committee.")
N("8.4", "The Council will consider, with the University, how the programme's effect on participants "
  "and on the pupils in their schools might be measured once the first intake has completed.")

SECTION("SECTION 9 - CONSULTATION WITH SCHOOLS AND THE COMMUNITY")
N("9.1", "The Authority asks applicants to show how schools and families have been consulted. The survey "
  "described in paragraph 3.2, and the changes it led to (paragraph 3.3), are the Council's main "
  "consultation. The Learning Support Network discussed a draft of the programme at its meeting in "
  "Doha in November 2008 and asked for more on examination access and on bilingual learners; both "
  "were added to Module 1.")
N("9.2", "Heads of member schools sit on the Programme Committee (paragraph 8.2).")
N("9.3", "The United Kingdom's equality legislation does not extend to the Council's activities in the "
  "emirate, which are governed by the emirate's own law. Participants registered with Kelstow "
  "University are covered by the University's Equal Opportunities Policy, and the Council welcomes "
  "applications from all qualified teachers.")

SECTION("SECTION 10 - EQUIVALENCE TO THE AUTHORITY'S STANDARDS FOR LEARNING SUPPORT COORDINATORS")
table([
    ["Authority standard", "Where the programme addresses it"],
    ["LSC-1 Knows the Authority's regulations on learning support", "Week A; Provision Review"],
    ["LSC-2 Identifies pupils who need learning support", "Week A; Module 1"],
    ["LSC-3 Keeps an Individual Support Plan for each pupil on the register", "Module 1; Provision Review"],
    ["LSC-4 Informs parents in writing of support provided", "Module 2"],
    ["LSC-5 Arranges Arabic and Islamic studies support where required", "Module 1 (bilingual learners)"],
    ["LSC-6 Trains teaching staff", "Module 1; Practice Record"],
    ["LSC-7 Reports annually to the school's board", "Module 2; Change Project"],
    ["LSC-8 Cooperates with Authority inspectors", "Week B"],
], widths=[9, 7])

SECTION("SECTION 11 - DECLARATION")
table([
    ["For the Council", "For Kelstow University"],
    ["Graham Lowther, Chief Executive. Signed 15 January 2009",
     "Professor Ruth Ellingham, Dean of Education. Signed 14 January 2009"],
], widths=[8, 8])

# ------------------------------------------------------------ Annex 1
doc.add_page_break()
P("ANNEX 1 - THE AUTHORITY'S CLARIFICATION REQUESTS (2 MARCH 2009) AND THE COUNCIL'S RESPONSES", bold=True)
table([
    ["Request", "Response (16 March 2009)"],
    ["Q1. Confirm that the Award's holders will be qualified to coordinate learning support for pupils "
     "in Arabic-medium classes.",
     "The Award prepares coordinators for schools teaching the National Curriculum for England. Module 1 "
     "includes bilingual learners; it does not prepare coordinators for Arabic-medium provision."],
    ["Q2. How does the Council ensure that participants' background checks meet the Authority's rules?",
     "See paragraph 4.3. In addition the Programmes Office will send the Authority, each year, a list of "
     "registered participants in licensed schools with the date of each Good Conduct Certificate."],
    ["Q3. Please provide the names and qualifications of tutors based in the emirate.", "[to follow]"],
    ["Q4. Is Week B open to Authority officers?",
     "Yes. Two places at each Week B are offered to the Authority's inspectors as observers, and the "
     "Authority's special needs adviser is invited to speak on Regulation 14."],
], widths=[8, 8])

# ------------------------------------------------------------ Annex 2 (landscape)
s2 = doc.add_section()
s2.orientation = WD_ORIENT.LANDSCAPE
s2.page_width, s2.page_height = s2.page_height, s2.page_width
P("ANNEX 2 - THE NATIONAL MINIMUM OUTCOMES AND THE PROGRAMME (prepared for the TDA panel, March 2009)",
  bold=True)
P("M1 = Module 1; M2 = Module 2; PR = Provision Review; CP = Change Project; PD = presentation and "
  "professional discussion; Rec = Practice Record.", italic=True)
rows = [
    ["Outcome", "Where the programme develops it", "How it is assessed"],
    ["PROFESSIONAL ATTRIBUTES", "", ""],
    ["A1 Fair, respectful and constructive relationships with pupils and their families",
     "M2 partnership unit; Week B", "CP; Rec (review meeting with a family)"],
    ["A2 Gaining the commitment of colleagues and senior leaders", "M1, M2", "PD; Rec (training session)"],
    ["A3 Prioritising, managing time, delegating", "M1 (the coordinator's role)", "PR (action plan)"],
    ["A4 Anticipating and resolving problems; sound judgement about provision", "M1, M2", "PR; CP"],
    ["A5 Clear speech and writing; listening to others", "Throughout", "PR, CP (writing); PD (speaking)"],
    ["A6 Using research and external advice", "M2", "CP (literature review)"],
    ["A7 Keeping up to date and taking charge of one's own development", "M2 final tutorial",
     "Formative: Next Steps Statement discussed, not graded"],
    ["KNOWLEDGE AND UNDERSTANDING", "", ""],
    ["K1 SEN law and guidance, including the Code of Practice", "Week A", "PR (compliance section)"],
    ["K2 Every Child Matters and the coordinator's part", "Week A", "PR; CP (outcome measures)"],
    ["K3 Disability equality law", "Week A", "Not assessed"],
    ["K4 Child development and the effect of SEN, disability and environment", "Week A", "PR (case study)"],
    ["K5 Common types of SEN and disability and their effect on learning", "Week A; Week B visits",
     "PR (case study)"],
    ["K6 Approaches to assessment, planning, teaching and learning, including ICT", "M1", "PR; CP"],
    ["K7 School self-evaluation and improvement for SEN", "M2 (evaluation)", "CP (evaluation chapter)"],
    ["K8 Best practice and research in meeting SEN", "M2", "Formative: seminar presentation in Week B"],
    ["K9 External agencies and specialist support", "Week B; M2", "PR (agency map)"],
    ["SKILLS", "", ""],
    ["S1 Influencing an inclusive ethos, policy and resources with senior staff and governors", "M2",
     "CP; PD"],
    ["S2 Identifying needs, setting targets, planning interventions, reviewing progress", "M1", "PR; CP"],
    ["S2a Using other professionals' assessments", "M1", "PR (case study)"],
    ["S2b Using summative assessment to track progress", "M1", "Formative: data task in Week A"],
    ["S2c Helping teachers develop formative assessment", "M1", "Rec (training session)"],
    ["S2d Special arrangements for national tests and examinations", "-",
     "Not covered: national tests are not taken in member schools outside England"],
    ["S3 Provision mapping; finding ineffective or missing provision", "M1; Week B", "PR (provision map)"],
    ["S4 Deploying and managing staff", "M1", "PR (staffing section)"],
    ["S5 Supporting colleagues' professional development", "M1", "Rec (observed training session)"],
    ["S6 Reviewing provision with staff to inform self-evaluation", "M2", "CP"],
    ["S7 Involving pupils in planning and reviewing their provision", "M2", "Not assessed"],
    ["S8 Liaising with parents and carers", "M2", "CP; Rec (review meeting with a family)"],
    ["S9 Partnership with other services and voluntary organisations", "Week B; M2", "PR (agency map)"],
]
t = table(rows, widths=[10, 6, 8])
for i, row in enumerate(rows):
    if row[1] == "" and row[2] == "":
        m = t.cell(i, 0).merge(t.cell(i, 2))
        m.text = row[0]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "EEEEEE")
p = P("Note. Outcomes marked formative are practised and discussed with tutors; they are not graded. ")
tracked(p, "The team will review these before the first intake.", "ins", author="Owen Pritchard")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
