"""gr-01-saltmarsh-scheme-of-delegation

Provider (invented): The Saltmarsh Foundation, a registered charity that
sponsors three academies in the coastal borough of Kingsholm (Marrowfield
Academy, opened 2007; Eastcote Sands Academy, 2008; Withern Park Academy,
opening September 2009), applying with the University of Haverleigh,
Faculty of Education, which validates the award as a 60-credit PG Cert.

Document kind: Schedule F of the Foundation's Scheme of Delegation (the
governance document that says who decides what), approved by the Board of
Trustees in January 2009 and sent as the application with a short note
from the Clerk. Third person, terse, governance voice.

Layout: no heading styles; bold capitalised titles typed as paragraphs with
hand-typed numbering (F1-F7). A document-details table; a definitions table;
a key to the matrix codes (D, R, C, I, E); a LANDSCAPE delegation matrix of
about forty functions (Ref A1-F3, which collide with outcome ids such as A1,
A2, ... and with requirement ids like "C7") in nine columns, grouped under
shaded merged rows; "Notes to the matrix" (Note 1-26) in hand-numbered run-in
paragraphs carrying most of the arrangements; an outcome schedule table
(F6: outcome in the Foundation's words / where developed / how assessed);
review and signature block. Header and footer (footer with PAGE field).
One tracked change (deletion + insertion) in Note 13; two Word comments.

Traps (requirement ids):
- Row B8 (assessment-only admission) has no entry in any column and Note 8
  says the Board has not adopted such a route; a comment says trustees asked
  about it (comment is not the submission) -> 2.3 not_met.
- Row C10 blank; Note 17 says next objectives are the academies'
  performance management, outside the Award -> 2.5 not_met.
- Note 11: Starting Point Review used only to allocate tutor sets; "no
  separate individual plan" -> 2.2 partially_met.
- Note 12: one September intake, units in fixed order; only a carry-over of
  Unit 3 -> 3.2 partially_met.
- Note 13: online weeks on the "Harbour" platform with tutor e-mail
  surgeries; the peer forum sentence is a DELETED tracked change and the
  inserted text says the forum has closed (past arrangement) -> 3.3
  partially_met (no peer support).
- Note 15: specialist contributors are named, but participants are not
  placed in other settings; "placements" in Schedule D concern pupils
  (wrong context) -> 5.5 partially_met.
- Note 23: mentors chosen by principals and not trained or briefed ->
  5.7 partially_met.
- Note 22 / row E4: confidence questionnaire only; pupil impact merely
  hoped for -> 5.9 partially_met.
- Note 25: stakeholders "informed the design throughout", no detail of
  what changed -> 4.2 partially_met (4.1 met via Note 24's survey).
- Row F3 / Note 26: student councils consulted about the Award (pupils as
  stakeholders, not participants' skill); the curriculum mentions the
  pupil's voice only in passing -> 1.5 partially_met; 6.S7 partially_met.
- F6 outcome schedule: A3 "not separately assessed", A7 log reviewed
  formatively only, K3 taught with no assessment, S2c not assessed
  -> partially_met; no row for child development -> 6.K4 not_met; S2d row
  says access arrangements are not included -> 6.S2d not_met. Hence 1.9
  partially_met. 6.0 met (Note 20: every outcome signed as met).
- Header/footer carry nothing that counts.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _gr_helpers import *  # noqa
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
OUT = HERE / "gr-01-saltmarsh-scheme-of-delegation.docx"
AUTH, DATE = "H. Askew", "2009-01-26T10:12:00Z"

d = base("Arial", 10)
sec = d.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "The Saltmarsh Foundation  |  Scheme of Delegation  |  Schedule F", size=8, color="666666")
fp = sec.footer.paragraphs[0]
run(fp, "Version 1.2 - approved by the Board of Trustees 21 January 2009 - uncontrolled when printed - page ", size=8)
add_field(fp, "PAGE")

para(d, "THE SALTMARSH FOUNDATION", bold=True, size=16)
para(d, "Registered charity no. 1104473  -  Sponsor of Marrowfield Academy, Eastcote Sands Academy and Withern Park Academy", size=9)
para(d, "SCHEME OF DELEGATION", bold=True, size=14)
para(d, "SCHEDULE F: THE SALTMARSH AWARD FOR SEN COORDINATION", bold=True, size=12)
para(d, "(the National Award for Special Educational Needs Coordination, validated by the University of Haverleigh)", italic=True)

table(d, [
    ["Item", "Detail"],
    ["Schedule", "F (read with the Foundation's Scheme of Delegation, Parts 1-3, and Schedules A-E)"],
    ["Version", "1.2"],
    ["Approved", "Board of Trustees, 21 January 2009 (minute BT/09/07)"],
    ["Owner", "Director of Education, Dr Helen Askew"],
    ["Applies to", "The Board; the Education Committee; the Principals and Local Governing Bodies of the three academies; the Award team; and, by the Collaboration Agreement of 12 December 2008, the University of Haverleigh"],
    ["Next review", "January 2010, or earlier if the TDA's conditions of approval require it"],
], widths=[4, 12])

para(d)
runin(d, "Note from the Clerk to the Trustees. ",
      "The Foundation submits this Schedule as its application for approval to provide the national award for SENCOs from September 2009. "
      "We have not rewritten it for the purpose: it is the document that governs the Award, and where the Award Handbook and this Schedule "
      "differ, the Schedule prevails. The matrix in F4 says who decides; the Notes in F5 say how. Schedules A to E are not enclosed; "
      "Schedule D (pupils' admissions, exclusions and off-site placements) is mentioned in the Notes only where it meets this Schedule. "
      "Margaret Penrose, Clerk, 26 January 2009.")

para(d, "F1  PURPOSE AND BACKGROUND", bold=True, size=11)
para(d, "F1.1  The Saltmarsh Foundation was registered in 2004 to sponsor academies in Kingsholm and the villages of the Eastcote peninsula. "
        "It is the sponsor of Marrowfield Academy (11-18, opened September 2007), Eastcote Sands Academy (11-16, opened September 2008) "
        "and Withern Park Academy (3-16, opening September 2009 in place of Withern Park Community School). About 2,600 pupils attend the "
        "three academies; 23 per cent are on the SEN register and 61 hold statements of special educational needs. Each academy's Funding "
        "Agreement requires it to have regard to the SEN Code of Practice (2001) and to designate a SENCO.")
para(d, "F1.2  The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 require a SENCO new to the post to be a "
        "qualified teacher and, under the amendments expected in 2009, to gain the national award. Two of the Foundation's three SENCOs are "
        "new to the role. The Board resolved in September 2008 (BT/08/41) to offer the Award jointly with the University of Haverleigh, for "
        "SENCOs in the Foundation's academies and in the other schools of Kingsholm and the Eastcote peninsula, 16 places a year.")
para(d, "F1.3  The Award exists to raise the achievement and improve the well-being of children and young people with SEN and/or "
        "disabilities: their attainment and progress, and also their safety, health, enjoyment, contribution and future economic "
        "well-being, the five Every Child Matters outcomes. Each unit states its aim in these terms; each assignment asks the participant "
        "to show, with evidence, what has changed for named pupils; and the Annual Award Review (E2) reports on both attainment and "
        "well-being measures.")
para(d, "F1.4  The Award is a Postgraduate Certificate in SEN Coordination of 60 credits at master's level (level 7 of the Framework for "
        "Higher Education Qualifications), awarded by the University of Haverleigh. It was validated at the University's validation event "
        "of 12 December 2008 for five years. It is taught in three units of 20 credits each: Unit 1 The SENCO, the Law and the Academy; "
        "Unit 2 Knowing the Learner; Unit 3 Leading Provision. The taught programme consists of six study days, two online weeks and a "
        "workplace development project, over one academic year.")
para(d, "F1.5  Every unit is rooted in the participant's own school. Each study day ends with a gap task carried out in school before "
        "the next day (for example, auditing the SEN register against the academy's tracking data, or shadowing a review meeting), and "
        "Unit 3 is built around a workplace development project in which the participant leads a change in their school's SEN provision "
        "and measures its effect on pupils over at least one term.")

para(d, "F2  DEFINITIONS", bold=True, size=11)
table(d, [
    ["Term", "Meaning in this Schedule"],
    ["The Award", "The Saltmarsh Award for SEN Coordination (PG Cert SEN Coordination, University of Haverleigh)"],
    ["Board", "The Board of Trustees of the Saltmarsh Foundation"],
    ["Education Committee", "The committee of the Board with delegated responsibility for standards in the academies"],
    ["Programme Director", "The Foundation's Director of Inclusion (Mrs Joanna Treharne), who leads the Award day to day"],
    ["Award team", "The Programme Director, the unit tutors and the workplace mentors"],
    ["Link Tutor", "The University's named academic contact for the Award (Dr Owen Pask, Senior Lecturer in Inclusive Education)"],
    ["Principal", "The principal of a Foundation academy or, for other schools, the headteacher who nominates a candidate"],
    ["Candidate", "A teacher who has applied for a place"],
    ["Participant", "A candidate who has been admitted"],
    ["Steering Group", "The Award Steering Group described in Note 25"],
], widths=[4, 12])

para(d)
para(d, "F3  HOW TO READ THE MATRIX", bold=True, size=11)
para(d, "F3.1  Each function has a reference (A1 to F3). The columns show who holds what power over it:")
for code, meaning in [("D", "decides (the decision cannot be taken by anyone else)"),
                      ("R", "recommends to the decision-maker"),
                      ("C", "must be consulted before the decision"),
                      ("I", "is informed after the decision"),
                      ("E", "carries out the decision")]:
    para(d, f"{code}  -  {meaning}")
para(d, "F3.2  Where a function has no entry in any column, it is not exercised by anyone under this Schedule. A number in the last column "
        "refers to the Notes in F5.")

# ---------------- landscape matrix
landscape(d)
para(d, "F4  DELEGATION MATRIX", bold=True, size=11)
hdr = ["Ref", "Function", "Board", "Ed. Cttee", "Univ.", "Prog. Director", "Principal", "Award team", "Note"]
t = table(d, [hdr], size=8)
groups = [
    ("A.  VALIDATION, AWARD AND FEES", [
        ["A1", "Seek and keep validation of the Award as a 60-credit PG Cert at level 7", "D", "R", "D", "E", "", "", "1"],
        ["A2", "Confer the Award on the recommendation of the Board of Examiners", "I", "I", "D", "I", "I", "", "2"],
        ["A3", "Set the fee and the bursary fund", "D", "R", "C", "R", "", "", "3"],
        ["A4", "Enter into and review the Collaboration Agreement with the University", "D", "C", "D", "E", "", "", ""],
    ]),
    ("B.  RECRUITMENT, ADMISSION AND ENTRY", [
        ["B1", "Publish information for applicants, in standard and accessible formats", "", "", "C", "D", "I", "E", "4"],
        ["B2", "Nominate a teacher for a place and agree release", "", "", "", "C", "D", "", "5"],
        ["B3", "Set the entry requirements", "", "D", "C", "R", "", "", "5"],
        ["B4", "Interview candidates and decide on admission", "", "", "C", "D", "C", "E", "5"],
        ["B5", "Advise a candidate who does not yet meet the entry requirements and agree next steps with the headteacher", "", "", "", "D", "C", "E", "5"],
        ["B6", "Confirm each candidate's enhanced CRB disclosure, List 99 check and references before admission", "", "", "I", "D", "E", "", "6"],
        ["B7", "Decide claims for credit for prior certificated and experiential learning", "", "", "D", "R", "", "", "7"],
        ["B8", "Admit a candidate for assessment only, without the taught programme", "", "", "", "", "", "", "8"],
        ["B9", "Invite disclosure of disability and agree reasonable adjustments", "", "", "C", "D", "C", "E", "9"],
    ]),
    ("C.  PROGRAMME DESIGN AND DELIVERY", [
        ["C1", "Approve the curriculum (units, study days, gap tasks, assignments)", "", "D", "D", "R", "", "C", "10"],
        ["C2", "Carry out each participant's Starting Point Review before Study Day 1", "", "", "", "D", "I", "E", "11"],
        ["C3", "Allocate participants to tutor sets", "", "", "", "D", "", "E", "11"],
        ["C4", "Deliver the study days and gap tasks", "", "", "C", "D", "", "E", "12"],
        ["C5", "Run the two online weeks on Harbour, the Foundation's learning platform", "", "", "", "D", "", "E", "13"],
        ["C6", "Appoint a workplace mentor for each participant", "", "", "", "C", "D", "E", "14"],
        ["C7", "Arrange specialist contributors and visits", "", "", "C", "D", "", "E", "15"],
        ["C8", "Provide specialist resources, assistive technology and library access", "D", "", "E", "E", "", "", "16"],
        ["C9", "Release the participant for six study days and three project days", "", "", "", "I", "D", "", "12"],
        ["C10", "Agree further professional objectives with a participant who completes", "", "", "", "", "", "", "17"],
    ]),
    ("D.  ASSESSMENT AND AWARD", [
        ["D1", "Set assessment tasks and map them to the outcomes", "", "I", "D", "R", "", "C", "18"],
        ["D2", "First-mark assignments", "", "", "", "D", "", "E", "19"],
        ["D3", "Second-mark and moderate", "", "", "E", "E", "", "", "19"],
        ["D4", "Appoint the external examiner", "", "", "D", "C", "", "", "19"],
        ["D5", "Recommend the Award (Board of Examiners)", "", "I", "D", "R", "", "", "20"],
        ["D6", "Hear appeals", "", "", "D", "I", "", "", "20"],
    ]),
    ("E.  QUALITY, EVALUATION AND IMPACT", [
        ["E1", "Collect participants' evaluations of each study day and online week", "", "", "", "D", "", "E", "21"],
        ["E2", "Produce the Annual Award Review and action plan", "I", "D", "C", "R", "C", "C", "21"],
        ["E3", "Measure change in participants' confidence and competence", "", "I", "", "D", "", "E", "22"],
        ["E4", "Measure the Award's effect on pupils' achievement", "", "", "", "", "", "", "22"],
        ["E5", "Appoint tutors and mentors; brief them on their roles", "", "", "C", "D", "C", "", "23"],
    ]),
    ("F.  STAKEHOLDERS", [
        ["F1", "Gather evidence of what schools and the local authority need from the Award", "", "D", "", "E", "C", "", "24"],
        ["F2", "Convene the Award Steering Group", "", "D", "C", "E", "C", "", "25"],
        ["F3", "Consult the academies' student councils about the Award", "", "I", "", "C", "D", "", "26"],
    ]),
]
for title, rows in groups:
    merged_row(t, title, size=8)
    for r_ in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r_):
            cell_text(cells[j], v, size=8)
for row in t.rows:
    for j, w in enumerate([1.1, 8.4, 1.4, 1.6, 1.4, 1.9, 1.7, 1.8, 1.1]):
        row.cells[j].width = Cm(w)

# ---------------- portrait notes
portrait(d)
para(d, "F5  NOTES TO THE MATRIX", bold=True, size=11)

notes = [
    ("Note 1 (A1). ", "The University of Haverleigh validated the Award on 12 December 2008 as a Postgraduate Certificate of 60 credits at "
     "level 7. The Collaboration Agreement makes the University the awarding body and the Foundation the delivery partner. Credit from the "
     "Award counts towards the University's MA in Education (Inclusion)."),
    ("Note 2 (A2). ", "Certificates are issued by the University. The Foundation's name appears on the transcript as delivery partner."),
    ("Note 3 (A3). ", "The fee for 2009-10 is £1,650. The Foundation pays the fee for teachers from its own academies. For other schools, "
     "the Board has set aside a bursary fund of £6,000 a year, which the Programme Director allocates on the advice of the headteachers' "
     "group. The Award team costs the Award each spring against the number of places filled; shared study days with the University's "
     "own MA students keep the cost per place down."),
    ("Note 4 (B1). ", "The applicant leaflet and application form are published in print, on the Foundation's website and, on request, in "
     "large print, on audio CD or in Braille (through Kingsholm Sensory Support). The leaflet states that the study-day venues are "
     "accessible and invites applicants to tell us of any adjustment they need."),
    ("Note 5 (B2-B5). ", "Candidates must hold QTS, have completed induction, and be in a SENCO post or due to take one up within the year. "
     "The principal's nomination states the candidate's time allocation for the role and confirms release. Every candidate is interviewed "
     "by the Programme Director and a tutor, who use a short task (commenting on an anonymised provision map) to judge whether the candidate "
     "has the knowledge and experience to benefit from the Award and to reach the outcomes by the end of the year. A candidate who is not "
     "ready is given written advice on what to do first (for example, a term shadowing an experienced SENCO or the local authority's "
     "Inclusion Development Programme modules), and the Programme Director agrees these steps with the headteacher in a telephone "
     "conversation that is recorded on the candidate's file. Such candidates are offered a place in the following year."),
    ("Note 6 (B6). ", "No candidate is admitted until the Programme Director has seen written confirmation, signed by the principal or "
     "headteacher, that the candidate's enhanced CRB disclosure is recorded on the school's single central record with its date, that the "
     "List 99 check has been made, and that references from previous employers raised no concerns about conduct and there are no outstanding "
     "disciplinary matters. A candidate who has not worked in a school in the last three months must obtain a new enhanced disclosure "
     "through the Foundation's HR service before the first study day."),
    ("Note 7 (B7). ", "Under the University's regulations for the accreditation of prior learning, a participant may claim up to 20 credits "
     "for certificated study at level 7 completed in the last five years, or for experiential learning shown in a portfolio mapped against "
     "the Unit 1 outcomes. The Programme Director advises on the claim; the University's APL panel decides it."),
    ("Note 8 (B8). ", "The Board has not adopted an assessment-only route for the Award, and no one may admit a candidate on that basis in "
     "2009-10. All participants follow the taught programme."),
    ("Note 9 (B9). ", "The application form, and the interview, invite candidates to tell us about any disability or health condition. "
     "The Programme Director agrees a written adjustment plan with each participant who does so, with advice from the University's "
     "Disability Advice Service; past plans have included materials in advance in a chosen format, a note-taker, extra time for the "
     "presentation, and an induction loop at all venues. The Foundation's Disability Equality Scheme applies to the Award: study days "
     "are held in the accessible conference rooms at Marrowfield Academy, and no participant is asked to attend a venue without step-free "
     "access."),
    ("Note 10 (C1). ", "Unit 1 (study days 1 and 2) covers the legal and policy framework: the Education Act 1996 as amended by the SEN and "
     "Disability Act 2001, the Code of Practice, the SENCO Regulations 2008, Every Child Matters, the Disability Discrimination Act 1995 as "
     "amended in 2005, academies' Funding Agreements, and recent evidence including Ofsted's Inclusion: does it matter where pupils are "
     "taught? (2006), the Bercow Review (2008) and the emerging work of the Lamb Inquiry. Unit 2 (study days 3 and 4 and the online weeks) "
     "covers identification and assessment; the main types of need (behavioural, emotional and social difficulties, specific learning "
     "difficulties including dyslexia, speech, language and communication needs, autism and moderate learning difficulties); teaching "
     "approaches and resources, including ICT; working with parents and carers and with other services; and, briefly, the pupil's voice. "
     "Unit 3 (study days 5 and 6 and the project) covers leading and managing provision: provision mapping, deploying teaching assistants, "
     "supporting and coaching colleagues, self-evaluation and working with senior leaders and governors."),
    ("Note 11 (C2-C3). ", "Before Study Day 1 each participant completes the Starting Point Review, rating themselves against each outcome in "
     "F6, and discusses it with a tutor for about forty minutes. The review is used to allocate participants to one of two tutor sets "
     "(new to the role; in post for a year or more) and to help choose the focus of the workplace project. There is no separate individual "
     "plan: all participants follow the same programme and work towards the same outcomes."),
    ("Note 12 (C4, C9). ", "There is one intake a year, in September. Study days are held on Fridays (2 October, 6 November, 15 January, "
     "12 March, 7 May and 2 July) at Marrowfield Academy, and units are taken in order. A participant who is unable to complete Unit 3 "
     "(for example because of maternity leave) may complete it with the following year's group. Principals release participants for the "
     "six study days and for three days of project time."),
    ("Note 13 (C5). ", "Unit 2 includes two online weeks (in December and February) on Harbour, the Foundation's learning platform, each "
     "with readings, a recorded lecture and a short task. Tutors hold telephone and e-mail surgeries on the Tuesday and Thursday of each "
     "online week and answer e-mails within two working days."),
]
for lead, text in notes:
    p = runin(d, lead, text)
    if lead.startswith("Note 8"):
        d.add_comment(p.runs[1], text="Trustees asked (BT/09/07) whether Mrs Ahmed and Mr Kerr, both experienced, could be assessed without "
                      "attending. Director to report back in January 2010.", author="Margaret Penrose", initials="MP")
# tracked change in Note 13 (continuing paragraph)
p13 = d.paragraphs[-1]
dele(p13, " Between the online weeks and the study days, participants support one another through the Harbour discussion forum, which a tutor reads daily.", AUTH, DATE)
ins(p13, " The Harbour discussion forum, trialled with the 2008 induction group, has been closed.", AUTH, DATE)

notes2 = [
    ("Note 14 (C6). ", "Each principal appoints a workplace mentor for their participant, normally a member of the senior leadership team "
     "or an experienced SENCO in another school. The mentor meets the participant at least twice a term, observes the training session "
     "the participant leads in Unit 3, and signs the Outcome Record at the Final Review."),
    ("Note 15 (C7). ", "Specialist contributors are arranged for study days 3 and 4: an educational psychologist from Kingsholm Educational "
     "Psychology Service, a speech and language therapist from Kingsholm Primary Care Trust, a teacher of the deaf from Kingsholm Sensory "
     "Support, the Eastcote Autism Outreach Team and Harbourside Family Support (a voluntary family-support charity). Participants are not "
     "placed in other settings during the Award. (Off-site placements are covered by Schedule D, which concerns pupils' work-related "
     "learning and alternative provision; the Programme Director is consulted there only on pupils with statements.)"),
    ("Note 16 (C8). ", "The Foundation's Inclusion Resource Base at Marrowfield Academy holds standardised assessment materials (reading, "
     "spelling, language and non-verbal reasoning), a loan collection of assistive technology (text-to-speech, word prediction, "
     "speech-recognition software, a portable CCTV magnifier) and the Inclusion Development Programme materials. Participants have full "
     "borrowing and online journal rights at the University library for the year. The Board funds the Resource Base in the Foundation's "
     "central budget."),
    ("Note 17 (C10). ", "Setting further objectives for a SENCO after the Award is a matter for each academy's performance management "
     "cycle and is outside the Award."),
    ("Note 18 (D1). ", "There are three assignments, each marked against the University's level 7 criteria: Assignment 1, a review of the "
     "participant's school's SEN policy and practice against law and guidance (4,000 words, Unit 1); Assignment 2, a case study of two "
     "pupils with different needs (4,000 words, Unit 2); and Assignment 3, the workplace development project, written up in 5,000 words "
     "and presented to the principal and the SEN link governor (Unit 3). The Final Review is a summative professional discussion "
     "(45 minutes) with a tutor and the mentor, at which the Outcome Record is completed. F6 shows which outcomes each task assesses."),
    ("Note 19 (D2-D4). ", "Tutors first-mark. The Link Tutor second-marks all fails and a sample of at least one in four other scripts from "
     "every marker. Before marking, the markers of each assignment meet to mark two scripts together and agree standards. The "
     "University's external examiner for the MA in Education (Inclusion) reviews a sample of every assignment and attends the Board of "
     "Examiners."),
    ("Note 20 (D5-D6). ", "The Board of Examiners recommends the Award only for a participant who has passed all three assignments and the "
     "Final Review and whose Outcome Record shows every outcome in F6 signed as met by the tutor, with the evidence named. No compensation "
     "between assignments is allowed. Appeals follow the University's academic appeals procedure."),
    ("Note 21 (E1-E2). ", "Participants complete an evaluation at the end of each study day and online week. The Programme Director "
     "summarises these each term. The Annual Award Review brings together the evaluations, pass rates and marks, the external examiner's "
     "report, the Link Tutor's report and the Steering Group's comments, and sets an action plan which the Education Committee approves and "
     "checks at its next meeting. The University's annual monitoring of collaborative provision reviews the Award independently."),
    ("Note 22 (E3-E4). ", "Participants complete the same confidence questionnaire (28 items, one for each outcome) at the Starting Point "
     "Review and at the Final Review, and the change is reported in the Annual Award Review. Measuring the Award's effect on pupils is not "
     "yet assigned to anyone. The Foundation hopes in time to see the Award reflected in the academies' attainment data for pupils on the "
     "SEN register."),
    ("Note 23 (E5). ", "Tutors are appointed by the Programme Director with the University's approval as recognised teachers of the "
     "University, which requires a master's degree and recent experience of SEN leadership. The tutors for 2009-10 are Mrs Treharne "
     "(MA SEN, NPQH, SENCO for eleven years), Mr David Oyelaran (MEd, former head of a local authority learning support service, an "
     "accredited dyslexia specialist) and Dr Pask (PhD on provision mapping; external examiner for two other universities). Mentors are "
     "experienced SENCOs or senior leaders chosen by the principal; the Foundation trusts their professional judgement and does not "
     "require them to attend training."),
    ("Note 24 (F1). ", "In November 2008 the Programme Director surveyed the SENCOs and headteachers of all 38 schools in Kingsholm and the "
     "Eastcote peninsula (29 replies) and met the local authority's Head of SEN. The main needs reported were: help with provision mapping "
     "and with measuring the impact of interventions; leading teaching assistants; and working with parents of pupils with autism. The "
     "Unit 3 project and study days 4 and 5 answer these."),
    ("Note 25 (F2). ", "The Award Steering Group meets each term. Its members are two principals, the local authority's Head of SEN, the "
     "Parent Partnership Officer, the Link Tutor, a former participant of the Foundation's 2008 induction course, and the Programme "
     "Director. It comments on the Annual Award Review and the action plan, and two of its members join the tutors at the standardising "
     "meeting for Assignment 3. Stakeholders' views have informed the design of the Award throughout."),
    ("Note 26 (F3). ", "Each academy's student council is asked once a year what it would like its teachers to know about learning "
     "with a disability or special need, and its answers are passed to the Steering Group."),
]
for lead, text in notes2:
    p = runin(d, lead, text)
    if lead.startswith("Note 22"):
        d.add_comment(p.runs[1], text="Could the project data (baseline and after) be collated for E4? HA to discuss with Dr Pask.",
                      author="Margaret Penrose", initials="MP")

# ---------------- outcome schedule
para(d)
para(d, "F6  OUTCOME SCHEDULE", bold=True, size=11)
para(d, "F6.1  The table lists the outcomes of the national award in the Foundation's words, the unit and study day where each is "
        "developed, and the task in which it is assessed (A1 = Assignment 1, A2 = Assignment 2, A3 = Assignment 3, FR = Final Review). "
        "The Outcome Record used at the Final Review follows this table.")
ot = table(d, [["Outcome", "Developed in", "How assessed"]], size=8)
og = [
    ("Professional attributes", [
        ("Builds fair, respectful and supportive relationships with pupils with SEN or disabilities and with their families", "Unit 2, study day 4 (review meetings, meeting parents)", "A2 (includes a parent's account of provision); FR"),
        ("Wins the commitment of colleagues, including the principal and senior team, to better outcomes for these pupils", "Unit 3, study day 5", "A3 (presentation to principal and link governor)"),
        ("Prioritises, manages time and delegates well", "Unit 3, study day 5 (\"The SENCO's year\")", "Not separately assessed; discussed at mentor meetings"),
        ("Anticipates and resolves problems and makes sound judgements on provision", "Unit 3; the project", "A3 (risk and decision log)"),
        ("Communicates clearly in speech and writing and listens to others' views", "All units", "A1, A2, A3 and the presentation"),
        ("Uses research and outside advice to improve own and colleagues' practice", "Units 1 and 2", "A1 (literature review); A2"),
        ("Keeps up to date and takes charge of own professional development", "Reflective log kept through the year", "Log read by the mentor each half-term (formative; not graded)"),
    ]),
    ("Knowledge and understanding", [
        ("SEN law and guidance, including the Code of Practice, and what they mean for the school and the SENCO", "Unit 1, study days 1-2", "A1"),
        ("Every Child Matters and the SENCO's part in the five outcomes", "Unit 1, study day 2", "A1"),
        ("Disability equality law and the duties it places on schools", "Unit 1, study day 2", "-"),
        ("The main types of SEN and disability and how they affect learning", "Unit 2, study days 3-4; online weeks", "A2"),
        ("Approaches, strategies and resources for assessment, planning and teaching, including ICT", "Unit 2; Resource Base sessions", "A2"),
        ("School self-evaluation and improvement as they apply to SEN", "Unit 3, study day 6", "A3 (uses the academy's SEF)"),
        ("Good practice and research on meeting SEN", "Units 1 and 2", "A1; A2"),
        ("What external services do and how to obtain their support", "Unit 2, study day 4 (services panel)", "A2"),
    ]),
    ("Skills", [
        ("With senior leaders and governors, shapes an inclusive ethos, policies, priorities and use of resources", "Unit 3", "A3 (presentation to governors)"),
        ("Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "Unit 2, study day 3", "A2"),
        ("Uses other professionals' assessments to shape teaching", "Unit 2, study day 4", "A2 (uses EP or therapy reports)"),
        ("Uses summative data, including national tests, to track progress and change programmes", "Unit 2, study day 3 (RAISEonline, P scales)", "A2 (tracking section)"),
        ("Encourages colleagues to use formative assessment with pupils with SEN", "Unit 3, study day 5", "Not assessed"),
        ("Arranges in good time special arrangements for tests and examinations", "Not included. In the Foundation's academies access arrangements are made by the Examinations Officer with the academy's qualified assessor.", "-"),
        ("Uses provision mapping to plan provision and find what is missing or not working", "Unit 3, study day 5", "A3"),
        ("Deploys and manages teaching assistants and other staff", "Unit 3, study day 5", "A3"),
        ("Supports colleagues' development by observation, modelling, coaching and training", "Unit 3, study day 6", "A3 (training session led by the participant, observed by the mentor)"),
        ("Reviews the effectiveness of provision with colleagues to feed the school's self-evaluation", "Unit 3", "A3"),
        ("Involves pupils in planning and reviewing their provision", "Unit 2 (a short input on the pupil's voice)", "Encouraged in A2 but not required"),
        ("Works with parents and carers to support learning", "Unit 2, study day 4", "A2"),
        ("Works with other services and agencies, including voluntary bodies", "Unit 2, study day 4", "A2"),
    ]),
]
for g, rows in og:
    merged_row(ot, g, size=8)
    for r_ in rows:
        cells = ot.add_row().cells
        for j, v in enumerate(r_):
            cell_text(cells[j], v, size=8)
for row in ot.rows:
    for j, w in enumerate([7.5, 4.5, 4.5]):
        row.cells[j].width = Cm(w)

para(d)
para(d, "F7  REVIEW AND SIGNATURE", bold=True, size=11)
para(d, "F7.1  The Education Committee reviews this Schedule each January with the Annual Award Review. Changes to the matrix require "
        "the Board's approval; changes to the Notes may be made by the Education Committee and reported to the Board.")
para(d, "Signed for the Board of Trustees:  Sir Alan Whitcombe, Chair            Date: 21 January 2009")
para(d, "Signed for the University of Haverleigh:  Professor Ruth Calloway, Dean of Education            Date: 23 January 2009")

d.save(OUT)
print("wrote", OUT)
