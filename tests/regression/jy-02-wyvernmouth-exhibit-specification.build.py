"""jy-02-wyvernmouth-exhibit-specification

Provider (invented): the Schools Team of the Wyvernmouth Science Museum and
Planetarium, with Northcliffe University (Faculty of Education), which
validates the course. The Schools Team designs everything it does with its
exhibit-development method, and sends its application for the National Award
for SEN Coordination (2008-09) as the Exhibit Specification Document (ESD) for
an imaginary "Gallery 4: Inclusion Works", Issue C, February 2009.

Document kind and layout: a museum exhibit specification document. No heading
styles: section titles are bold capitals with typed numbers ("3  AUDIENCE AND
FRONT-END EVALUATION"). A document-control table (issue history with merged
cells), a shaded "BIG IDEA" text box, a gallery plan as a table, eight exhibit
specification sheets EX-01 to EX-08 (two-column label/value tables with a
merged, shaded title row), an "Exhibit-Outcome Matrix" ("Objective | Interpreted
in | Summative evaluation") with merged, shaded group rows, an evaluation plan
in the museum's front-end / formative / summative vocabulary, a value
engineering register of items cut, and a snag list with "[TBC]" placeholders.
The course's words: participants are "Visitors", study days are "Gallery
Sessions" (GS1-GS8), tutors are "Gallery Facilitators", school mentors are
"Host Explainers", school-based tasks are "Field Tests", marked assignments are
"Summative Pieces" (SP1-SP4), and unmarked formative feedback is "Prototype
testing". Header and footer with a PAGE field; a tracked change (credits);
two comments.

Traps (requirement ids):
- E.2: the credit value is a tracked change, "60 credits" deleted and "40
  credits" inserted: 40 credits at Level 7. partially_met.
- 1.1: the aims are attainment only ("close the gap in attainment in English,
  mathematics and science"); Every Child Matters appears only as content.
  partially_met.
- 2.3: the "Direct Assessment kiosk" (assessment-only route) is in the value
  engineering register as omitted, "may be reinstated if funding allows"
  (negation plus condition). not_met.
- 3.3: the online "Gallery at Home" microsite and forum is omitted in the value
  engineering register; there is no e-learning. not_applicable.
- 3.2: one September opening in a fixed order; the January opening is value
  engineered out; only the choice of weekday or Saturday sitting remains.
  partially_met.
- 2.2: the "Visitor Profile" collects background only, not a needs assessment
  against the outcomes or an individual plan. partially_met.
- 2.5: the exit survey only asks what a Visitor "would like to learn next".
  partially_met.
- 4.3: stakeholders "will be invited" to the summative evaluation, without any
  arrangement. partially_met.
- 5.2: entry is QTS and a headteacher's nomination only. partially_met.
- 5.7: Facilitators are briefed; the Host Explainers' handbook is "[TBC]" in
  preparation. partially_met.
- 5.3: Visitors' enhanced CRB disclosures are checked with the nominating school
  before a place is confirmed: met (next to the Museum's own staff checks).
- 6.0: the award is for attendance at seven of eight Gallery Sessions and a
  pass in the four Summative Pieces, which the matrix shows do not cover every
  objective; the BIG IDEA text box's claim that every national objective is
  "covered somewhere in Gallery 4" is a blanket claim. partially_met.
- Matrix: "Prototype testing only" (developed, formative only) for 6.K2, 6.S2b,
  6.S3, 6.S9: partially_met (K2 is also why 1.1 is only partial: Every Child
  Matters is taught, never in the aims). "-" under "Interpreted in" with a
  Summative Piece for 6.A4 and 6.K4 (assessed, not developed; EX-02 teaches
  types of SEN, not child development): partially_met. 6.A3 "Outside the
  gallery brief": not_met. 6.K7 and 6.S2d are dashes in both columns: not_met
  (a comment says access arrangements are covered in GS5: comments are not
  evidence).
- 1.9: several objectives not marked or absent. partially_met.
"""
from pathlib import Path
import sys

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from _jy_helpers import (para, table, set_cell, shade, ins, dele, comment, header_footer, textbox, run)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10)
header_footer(doc, "Wyvernmouth Science Museum and Planetarium  |  Gallery 4: Inclusion Works  |  ESD Issue C",
              "Schools Team  |  Exhibit Specification Document")
AU = "Jo Penrose"
AU2 = "Dr Martin Cray"


def title(text):
    para(doc, text, bold=True, size=12)


def sheet(code, name, rows):
    t = doc.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(m, f"{code}  {name}", bold=True, size=10, fill="1F497D", color="FFFFFF")
    for i, (k, v) in enumerate(rows, start=1):
        set_cell(t.cell(i, 0), k, bold=True, size=9, fill="DBE5F1")
        set_cell(t.cell(i, 1), v, size=9)
    para(doc, "")
    return t


para(doc, "WYVERNMOUTH SCIENCE MUSEUM AND PLANETARIUM", bold=True, size=15)
para(doc, "GALLERY 4: INCLUSION WORKS", bold=True, size=20)
para(doc, "Exhibit Specification Document (ESD)  \u00b7  Issue C  \u00b7  2 February 2009", size=11)
para(doc, "Prepared by the Schools Team with the Faculty of Education, Northcliffe University, as the "
     "application to the TDA for approval to run the National Award for SEN Coordination.", italic=True)

title("0  DOCUMENT CONTROL")
dc = table(doc, [
    ["Issue", "Date", "Author", "Change"],
    ["A", "3 Oct 2008", "J. Penrose", "Concept design: eight exhibits agreed with Northcliffe University"],
    ["B", "1 Dec 2008", "J. Penrose / M. Cray", "Developed design after front-end evaluation; value engineering "
     "(section 10)"],
    ["C", "2 Feb 2009", "J. Penrose / M. Cray", "Issued for TDA approval"],
    ["Distribution", "TDA panel; Northcliffe University validation office; Gallery Facilitators", None, None],
], size=8)
m = dc.cell(4, 1).merge(dc.cell(4, 3))
set_cell(m, "TDA panel; Northcliffe University validation office; Gallery Facilitators", size=8)
para(doc, "")

title("1  PROJECT OVERVIEW")
para(doc, "Gallery 4 is how the Schools Team describes its course for teachers new to the role of SENCO. We "
     "build every learning programme in the Museum as though it were a gallery: a Big Idea, a small number of "
     "exhibits that visitors move through, and an evaluation plan that starts before anything is built. The "
     "course is no different, and we have kept our own format so that the panel sees the course as our team "
     "actually designed it. In this document a Visitor is a teacher on the course.")
p = para(doc, "Accreditation. The course is validated by Northcliffe University as the Postgraduate Certificate "
     "module Leading Inclusion (EDM7041), approved at the University's validation event on 9 December 2008. "
     "Its credit value is ")
dele(p, "60 credits", author=AU2, date="2009-01-14T11:02:00Z")
ins(p, "40 credits", author=AU2, date="2009-01-14T11:02:00Z")
run(p, " at Level 7 (Master's level), and the credits count towards the University's MA in Inclusive "
       "Education.")
para(doc, "Aims. Gallery 4 aims to close the gap in attainment in English, mathematics and science between "
     "pupils with SEN and their classmates in the schools our Visitors lead. Everything in the gallery is "
     "judged against that aim: a Visitor leaves able to find the pupils who are falling behind, put the "
     "right teaching and support in place, and show that their attainment has risen.")
textbox(doc, [
    ("BIG IDEA", True),
    ("A SENCO does not do inclusion alone: she or he makes the whole school work for every pupil.", False),
    ("Every objective in the national list is covered somewhere in Gallery 4.", False),
], height_pt=70)

title("2  GALLERY PLAN")
para(doc, "Visitors move through the eight exhibits in a fixed order over one school year, starting in "
     "September. Each exhibit opens with a Gallery Session (a study day at the Museum) and continues with a "
     "Field Test (a task in the Visitor's own school). Every Gallery Session runs twice, on a Thursday and on "
     "the following Saturday, and Visitors may attend either.")
gp = table(doc, [
    ["Term", "Exhibit", "Gallery Session", "Field Test", "Summative Piece"],
    ["Autumn", "EX-01 The Rulebook", "GS1 (25/27 Sept)", "-", "SP1 due 12 Dec"],
    ["Autumn", "EX-02 Different Minds", "GS2 (16/18 Oct) and placement", "-", "-"],
    ["Autumn", "EX-03 Finding Out", "GS3 (20/22 Nov)", "FT1 intervention", "SP2 due 20 Mar"],
    ["Spring", "EX-04 The Team", "GS4 (15/17 Jan)", "FT2 coaching", "SP3 due 22 May"],
    ["Spring", "EX-05 Pupil Panel", "GS5 (12/14 Feb)", "FT3 pupil panel", "SP3"],
    ["Spring", "EX-06 Families", "GS6 (19/21 Mar)", "FT4 review meeting", "SP4"],
    ["Summer", "EX-07 Outside Help", "GS7 (30 Apr/2 May)", "-", "SP4"],
    ["Summer", "EX-08 Whole School", "GS8 (11/13 June)", "FT5 provision map", "SP4 Gallery Talk, 2 July"],
], size=8)
vm = gp.cell(1, 0).merge(gp.cell(3, 0))
set_cell(vm, "Autumn", size=8, fill="F2F2F2")
vm = gp.cell(4, 0).merge(gp.cell(6, 0))
set_cell(vm, "Spring", size=8, fill="F2F2F2")
vm = gp.cell(7, 0).merge(gp.cell(8, 0))
set_cell(vm, "Summer", size=8, fill="F2F2F2")
para(doc, "")

title("3  AUDIENCE AND FRONT-END EVALUATION")
para(doc, "We ran front-end evaluation in the summer term of 2008, as we would for any new gallery. The Schools "
     "Team interviewed 26 SENCOs and 11 headteachers from Wyvernmouth, Penhallow and East Carrick, surveyed "
     "the 140 primary and secondary schools in the three authorities (73 replied), and held a workshop with "
     "the three authorities' SEN advisers and the Wyvernmouth Parent Partnership Service. The findings were "
     "that new SENCOs felt least ready to lead other adults, that they wanted study days on Saturdays as well "
     "as in the week, that heads wanted to see pupils' progress reported, and that parents wanted SENCOs who "
     "could run a review meeting in which families are listened to.")
para(doc, "What front-end evaluation changed. In the concept design (Issue A) leadership of colleagues came "
     "last; after the interviews we moved it to EX-04, in the spring term, so that Visitors practise it in a "
     "Field Test. The Saturday sittings were added because of the survey. EX-06 Families was redesigned with "
     "the Parent Partnership Service, which now co-delivers GS6, and the advisers asked us to add a placement, "
     "which is part of EX-02.")

para(doc, "The pilot. EX-01 ran as a pilot Gallery Session for 18 SENCOs in June 2008. Their comment cards "
     "asked for more time with the school's own documents and less presentation, and the Visitor action for "
     "EX-01 was rewritten as a paired audit as a result. The pilot group's policy reviews were used to agree "
     "the marking standard for SP1.")

title("4  INTERPRETIVE APPROACH")
para(doc, "Each exhibit has communication objectives (what the Visitor should be able to do when he or she "
     "leaves it), a visitor action (what the Visitor does), content (what we present), and a plan for "
     "prototype and summative evaluation. Prototype testing means that a Gallery Facilitator reads a draft or "
     "a Field Test log and gives written feedback; it is formative, it is not marked and it does not count "
     "towards the award. Summative evaluation means a Summative Piece marked against the University's Level 7 "
     "criteria. Each Field Test is carried out in the Visitor's school under the eye of a Host Explainer, a "
     "senior colleague named by the headteacher. The content of every exhibit is reviewed each summer against "
     "new research and inspection evidence.")

title("5  EXHIBIT SPECIFICATIONS")
sheet("EX-01", "The Rulebook", [
    ("Big idea", "The law gives every pupil rights; the SENCO turns them into practice."),
    ("Communication objectives", "Visitors explain the SEN Code of Practice (2001) and the law on SEN and what "
     "they require of a school; explain the principles of Every Child Matters and the SENCO's part in them; "
     "explain the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and "
     "accessibility planning, and the actions a school must take."),
    ("Visitor action", "Visitors bring their school's SEN policy, accessibility plan and disability equality "
     "scheme and audit them in pairs against the Code and the Act."),
    ("Content", "Government policy since Removing Barriers to Achievement (2004); the Inclusion Development "
     "Programme (2008); the Ofsted report Inclusion: does it matter where pupils are taught? (2006); the Bercow "
     "Review (2008); the duties of governing bodies."),
    ("Prototype testing", "Facilitators comment on a one-page paper on the school's part in Every Child "
     "Matters; not marked."),
    ("Summative evaluation", "SP1 Policy Review (3,000 words): a review of the Visitor's school's SEN policy "
     "and accessibility plan, with recommendations taken to the governor for SEN."),
    ("Accessibility", "All papers in advance electronically; large print on request."),
    ("Status", "Installed (ran as a pilot session, June 2008)."),
])
sheet("EX-02", "Different Minds", [
    ("Big idea", "Knowing the pupil comes before choosing the support."),
    ("Communication objectives", "Visitors describe the most common types of SEN and disability (BESD, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders, moderate learning difficulties) and explain their effect on learning."),
    ("Visitor action", "GS2 with specialist teachers from the authorities' support services; then two "
     "placement days at Harrowgate Special School or Riverside Pupil Referral Unit, with a structured "
     "observation schedule."),
    ("Content", "Case material from the support services; the Museum's own Sensory Gallery used as a "
     "teaching space."),
    ("Summative evaluation", "Placement observations feed SP2."),
    ("Status", "Installed."),
])
sheet("EX-03", "Finding Out", [
    ("Big idea", "Good identification and tracking show which support works."),
    ("Communication objectives", "Visitors identify pupils who may have SEN, set challenging targets, plan "
     "interventions and review progress; use assessments from educational psychologists, therapists and "
     "other professionals to shape teaching; use national tests and teacher assessment to track progress; "
     "help colleagues use formative assessment with pupils with SEN; "
     "evaluate approaches, strategies and resources, including ICT, against the research evidence."),
    ("Visitor action", "Field Test 1: an intervention for a group of pupils, with baseline measures of "
     "attainment and of attendance or well-being taken before it starts and repeated at the end."),
    ("Content", "P scales, optional tests and teacher assessment; reading and number interventions and "
     "their evidence; ICT for assessment and teaching in the Museum's Learning Lab."),
    ("Prototype testing", "Facilitators comment on the FT1 plan and on a tracking sheet; not marked."),
    ("Summative evaluation", "SP2 Case Study (4,000 words): the intervention, its baseline and outcome "
     "measures, and what the Visitor changed as a result. SP3 Field Test portfolio includes the Visitor's "
     "work with colleagues on formative assessment."),
    ("Status", "Installed."),
])
sheet("EX-04", "The Team", [
    ("Big idea", "A SENCO leads adults."),
    ("Communication objectives", "Visitors gain the commitment of colleagues, including the headteacher; "
     "deploy and manage teaching assistants; support colleagues through observation and feedback, "
     "coaching and training; express themselves clearly and listen to colleagues."),
    ("Visitor action", "Field Test 2: the Visitor coaches a teacher or teaching assistant through a cycle of "
     "observation, feedback and a second observation, and leads one staff training session."),
    ("Summative evaluation", "SP3 Field Test portfolio (FT2 and FT3 logs with a 2,500-word commentary), "
     "signed by the Host Explainer."),
    ("Status", "Installed."),
])
sheet("EX-05", "Pupil Panel", [
    ("Big idea", "Pupils are experts on their own support."),
    ("Communication objectives", "Visitors consult children and young people about issues that affect them "
     "and ensure pupils take part in planning, agreeing and reviewing their own provision."),
    ("Visitor action", "GS5 is run with the Museum's Young Explainers, a panel of pupils aged 11 to 16, some "
     "with SEN, who show Visitors how they like to be asked. Field Test 3: the Visitor sets up a pupil panel "
     "in school, consults it about one aspect of provision, and involves three pupils in reviewing their own "
     "targets."),
    ("Summative evaluation", "SP3 (FT3 log and commentary)."),
    ("Status", "Installed."),
])
p_s = sheet("EX-06", "Families", [
    ("Big idea", "Parents know their children best."),
    ("Communication objectives", "Visitors build fair, respectful and constructive relationships with pupils "
     "and their parents or carers; advise, support and work in partnership with parents; liaise effectively "
     "with parents and carers."),
    ("Visitor action", "GS6 is co-delivered by the Wyvernmouth Parent Partnership Service and two parents. "
     "Visitors rehearse a review meeting with a parent and receive feedback from the parent. Field Test 4: "
     "the Visitor plans and chairs a review meeting with a family and writes up what the family said."),
    ("Prototype testing", "Facilitators read the Visitor's notes on the rehearsal; not marked."),
    ("Summative evaluation", "SP4 Gallery Talk includes the FT4 review meeting."),
    ("Status", "Installed."),
])
sheet("EX-07", "Outside Help", [
    ("Big idea", "No school can do it alone."),
    ("Communication objectives", "Visitors explain the scope and role of external agencies and how to obtain "
     "specialist support; work in partnership with other services and agencies, including voluntary "
     "organisations."),
    ("Visitor action", "GS7 is a market place in the Museum's Atrium: educational psychology, speech and "
     "language therapy, CAMHS, the sensory service, Connexions and six voluntary organisations each run a "
     "stand, and Visitors practise a referral with each of three."),
    ("Prototype testing", "Visitors bring a plan for multi-agency work with one pupil; Facilitators comment; not "
     "marked."),
    ("Summative evaluation", "SP4 Gallery Talk: the Visitor explains which agencies the school uses and how."),
    ("Status", "Installed."),
])
sheet("EX-08", "Whole School", [
    ("Big idea", "Inclusion is a whole-school priority."),
    ("Communication objectives", "Visitors work with senior colleagues and governors to influence the "
     "school's inclusive ethos, policies, priorities and resources; use provision mapping to find missing or "
     "ineffective provision; review provision with colleagues; keep up to date and take responsibility for "
     "their own professional development."),
    ("Visitor action", "Field Test 5: a provision map of the school, discussed with the senior team."),
    ("Prototype testing", "Facilitators comment on the FT5 provision map; not marked."),
    ("Summative evaluation", "SP4 Gallery Talk (20 minutes, to an audience including a governor from the "
     "Visitor's school, followed by questions from two Facilitators): the Visitor's review of provision with "
     "colleagues, the strategic priorities agreed with the head and governors, and a personal development "
     "plan."),
    ("Status", "Installed."),
])

title("6  EXHIBIT-OUTCOME MATRIX")
para(doc, "The matrix shows, for each national objective, the exhibit in which it is interpreted and the "
     "Summative Piece in which it is evaluated. A dash means nothing is planned in that column.")
M = [
    ("Professional attributes", None, None),
    ("A1 Relationships with pupils and their parents or carers", "EX-06", "SP4"),
    ("A2 Commitment of colleagues, head and senior leaders", "EX-04", "SP3"),
    ("A3 Prioritising, managing time and delegating", "Outside the gallery brief", "-"),
    ("A4 Resolving problems; sound judgement on provision", "-", "SP2"),
    ("A5 Clear speech and writing; listening", "EX-04, EX-08", "SP4"),
    ("A6 Drawing on research and external advice", "EX-03", "SP2"),
    ("A7 Keeping up to date; own professional development", "EX-08", "SP4"),
    ("Knowledge and understanding", None, None),
    ("K1 SEN law and the Code of Practice", "EX-01", "SP1"),
    ("K2 Every Child Matters", "EX-01", "Prototype testing only"),
    ("K3 Disability equality law", "EX-01", "SP1"),
    ("K4 Child development", "-", "SP2"),
    ("K5 Common types of SEN and disability", "EX-02", "SP2"),
    ("K6 Approaches, strategies and resources including ICT", "EX-03", "SP2"),
    ("K7 School self-evaluation and SEN", "-", "-"),
    ("K8 Best practice and research", "EX-03", "SP4"),
    ("K9 External agencies", "EX-07", "SP4"),
    ("Skills", None, None),
    ("S1 Strategic development with senior colleagues and governors", "EX-08", "SP1, SP4"),
    ("S2 Identification, targets, interventions, review", "EX-03", "SP2"),
    ("S2a Other professionals' assessments", "EX-03", "SP2"),
    ("S2b Summative assessments and national tests to track progress", "EX-03", "Prototype testing only"),
    ("S2c Colleagues' formative assessment", "EX-03", "SP3"),
    ("S2d Access arrangements for tests and examinations", "-", "-"),
    ("S3 Provision mapping", "EX-08", "Prototype testing only"),
    ("S4 Deploying and managing staff", "EX-04", "SP3"),
    ("S5 Colleagues' professional development", "EX-04", "SP3"),
    ("S6 Reviewing provision with staff", "EX-08", "SP4"),
    ("S7 Pupils involved in their own provision", "EX-05", "SP3"),
    ("S8 Liaison with parents and carers", "EX-06", "SP4"),
    ("S9 Partnership with services and agencies", "EX-07", "Prototype testing only"),
]
mt = table(doc, [["Objective", "Interpreted in", "Summative evaluation"]] +
           [[a, b or "", c or ""] for a, b, c in M], size=8)
for i, (a, b, c) in enumerate(M, start=1):
    if b is None:
        g = mt.cell(i, 0).merge(mt.cell(i, 2))
        set_cell(g, a, bold=True, size=8, fill="C6D9F1")
    if a.startswith("S2d"):
        comment(doc, mt.cell(i, 1).paragraphs[0].runs, "We do cover access arrangements in GS3 - add EX-03 "
                "here?", AU, "JP")
para(doc, "")

title("7  EVALUATION PLAN")
para(doc, "Front-end evaluation is described in section 3. Formative evaluation: every Gallery Session ends "
     "with a comment card (what worked, what did not, one question), and the Facilitators read the cards "
     "the same week and record any change to the next session in the gallery log. Summative evaluation: "
     "at the end of the year every Visitor rates his or her confidence against each objective in the "
     "matrix, as he or she did at the start, and the two ratings are compared for the cohort; headteachers "
     "complete a short survey on the change they have seen in the SENCO's practice; the University's external "
     "examiner reports on standards. The Field Test 1 baseline and outcome measures from every Visitor's "
     "intervention (attainment, attendance or a well-being measure, for about 400 pupils a year) are "
     "collated by the Schools Team into a cohort report of pupils' progress, which goes to the University's "
     "programme board and the three authorities each September. The Facilitators and the University's "
     "programme leader write an annual review from all of this evidence, with an action plan for the next "
     "year, which the programme board approves.")
para(doc, "Local authority advisers and headteachers will be invited to the summative evaluation of the "
     "gallery.")
para(doc, "Marking and moderation. Every Summative Piece is marked by a Facilitator and a 25 per cent "
     "sample, including all fails and borderlines, is second-marked by a University tutor. The team meets to "
     "standardise before each marking round using scripts from the pilot, and the external examiner moderates "
     "a sample of every piece and attends the examination board.")
para(doc, "Award. Visitors who attend at least seven of the eight Gallery Sessions and pass all four Summative "
     "Pieces are recommended by the examination board for the National Award for SEN Coordination and the "
     "University credit.")

title("8  ACCESSIBILITY STATEMENT")
para(doc, "The Museum applies its access standards to Visitors on the course as it does to every visitor. "
     "All Gallery Sessions are in step-free spaces with a hearing loop. The application form asks every "
     "applicant whether he or she has a disability or a need for which we should plan, and our Access "
     "Officer meets anyone who says yes before GS1 and agrees adjustments in writing: materials in advance, "
     "large print or audio, a note-taker, rest breaks, and extended deadlines or alternative formats for "
     "Summative Pieces agreed with the University's disability service. The examination board sees "
     "anonymised monitoring of applications and results by gender, ethnicity and disability each year.")

title("9  OPERATIONS")
para(doc, "Who may visit. Applicants must hold QTS and be nominated by their headteacher. Each applicant "
     "completes a Visitor Profile (role, school, years in post and any previous training in SEN) so that the "
     "Facilitators know who is in the room and can group Visitors for each Gallery Session.")
para(doc, "Safeguarding. The Schools Team checks each Visitor's enhanced CRB disclosure number and date with "
     "the nominating school before a place is confirmed, and asks the school to confirm that the applicant "
     "is not barred from working with children and that references were taken up when he or she was "
     "appointed; no place is confirmed until this is done. The Museum's own staff and Young Explainers' "
     "chaperones are checked under the Museum's safer recruitment policy.")
para(doc, "Prior learning. Northcliffe University's APL and APEL regulations apply: a Visitor may claim up to "
     "20 of the 40 credits for prior certificated study at Level 7 in SEN, or for experience, presented as a "
     "portfolio mapped to the matrix and assessed by two Facilitators. A Visitor who gains APEL is excused "
     "the matching Summative Piece.")
para(doc, "Staff. The Gallery Facilitators are Jo Penrose (Schools Team leader, former SENCO and advisory "
     "teacher for SEN, MEd), Dr Martin Cray (Senior Lecturer in Inclusive Education, Northcliffe University, "
     "and the course's University lead), and Amina Sheikh (specialist teacher for autism, Wyvernmouth "
     "support service). All three are members of NASEN and attend at least one national SEN conference a "
     "year; Dr Cray is researching provision mapping in secondary schools. Facilitators meet before each "
     "session and are briefed on the matrix, the marking criteria and their part in each Field Test.")
para(doc, "Host Explainers. Each Visitor's headteacher names a Host Explainer. A Host Explainer's handbook is "
     "in preparation [TBC].")
para(doc, "Resources. The Museum's Learning Lab (24 networked computers with assistive software), the "
     "Sensory Gallery, the Schools Team's loan boxes of assessment and teaching resources, and full access for "
     "every Visitor to Northcliffe University's library and electronic journals.")
para(doc, "Cost and progression. The fee is GBP 950, paid by the three authorities for their schools. "
     "Because Visitors who gain APEL skip a Summative Piece, and because grouping by the Visitor Profile lets "
     "Facilitators pitch each session, the gallery serves new and experienced SENCOs at the same cost. The exit "
     "survey asks each Visitor what he or she would like to learn next.")

para(doc, "Placements. The placement days in EX-02 are arranged by the Schools Team with Harrowgate Special "
     "School and Riverside Pupil Referral Unit, which each take up to twelve Visitors a year. The host "
     "school's deputy head meets each Visitor at the start of the first day, agrees what he or she will "
     "observe, and signs the observation schedule at the end of the second. Visitors from special schools "
     "are placed in a mainstream school of the Harrowgate partnership instead.")
para(doc, "Specialist input. Besides the support services in GS2 and the agencies in GS7, the course draws "
     "on the University's speech and language therapy lecturers, the Wyvernmouth Dyslexia Association, and "
     "the Museum's Access Officer, who advises Visitors on assistive technology in the Learning Lab.")

title("10  VALUE ENGINEERING REGISTER")
para(doc, "Items in the developed design (Issue B) that were omitted to bring the gallery within budget.")
table(doc, [
    ["Ref", "Item", "Decision", "Note"],
    ["VE-01", "Second Sensory Gallery session", "Omitted", "Content merged into GS2"],
    ["VE-03", "Gallery at Home: online microsite with forum, recorded sessions and tutor support between "
     "Gallery Sessions", "Omitted", "No online element in 2009-10"],
    ["VE-04", "January opening (second cohort)", "Omitted", "One September opening only"],
    ["VE-05", "Direct Assessment kiosk: assessment-only route for experienced SENCOs", "Omitted",
     "May be reinstated if funding allows"],
    ["VE-07", "Printed Visitor guide", "Retained", "-"],
], size=8)
para(doc, "")

title("11  SNAG LIST")
table(doc, [
    ["No.", "Snag", "Owner", "Due"],
    ["1", "Host Explainer's handbook", "JP", "[TBC]"],
    ["2", "External examiner's name to be added to the examination board membership", "MC", "[TBC]"],
    ["3", "Check gallery plan dates against Penhallow half term", "JP", "March 2009"],
], size=8)
para(doc, "")
para(doc, "Approved for issue: Jo Penrose, Schools Team Leader, and Dr Martin Cray, Northcliffe University.")

doc.save(OUT)
print("wrote", OUT)
