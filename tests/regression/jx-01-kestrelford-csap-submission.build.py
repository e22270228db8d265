"""jx-01-kestrelford-csap-submission

Provider (invented): the Learning Team of Kestrelford Learning Partnership, the education service for
HMYOI Kestrelford and the Kestrelford and Ambley Youth Offending Service, with the University of
Harnsworth (validating, Faculty of Education). The course is "the Keystone Programme", Jan 2009.

Kind of document and layout: the team writes its application in the format it already knows, a
programme accreditation submission of the kind made to the Correctional Services Accreditation Panel
(CSAP) for offending behaviour programmes. It is organised under the CSAP's ten accreditation criteria
("Criterion 1: A clear model of change" ... "Criterion 10: Ongoing evaluation"), whose numbers collide with
the TDA's criteria but mean something else. House vocabulary: Facilitators (tutors), the Programme
Manager, Practice Supervisors (school-based mentors), Sessions in Blocks, "dosage", the Entry Profile,
the Individual Programme Plan (IPP), three "Measures" (M1 Case Formulation, M2 Change Project, M3
Integrity Review, a viva), the Continuity Plan, the Award Board, the Theory Manual, "Targets of Change".
Heading styles for the parts; the criteria headings are bold typed Normal paragraphs. A cover summary
table with merged cells and shading; a shaded VML text box "Note to the TDA panel"; a model-of-change
table; a session schedule (Annex A) with merged block rows; a Targets of Change record (Annex B) with
merged group rows and a legend; two Word comments; tracked changes (a deleted paragraph, a deleted cell
value, an inserted sentence); header and footer (never evidence).

Traps (requirement ids):
- CSAP criterion numbers ("Criterion 2: Selection of participants", "Criterion 5: Skills orientated",
  "Criterion 3") collide with TDA criterion numbers; the content under them is about other requirements.
- 1.3: only a general appeal to "the what-works literature" and the team's own custody experience; no
  recent SEN research, inspection evidence or developments named (partially_met).
- 1.5 / 6.S7: the provider consulted its own Young People's Council about the design (the provider
  consulting, not developing participants' skill: wrong context); a session on consulting pupils is only
  "something we would like to add"; the Annex B row says "Planned for 2010 intake" (not_met both).
  A comment proposing to add such a session is not evidence.
- 1.9: three marked Measures, but several targets are "Session work only" or formative (partially_met).
- 2.1: credit only for one prior university module; "does not give credit for experience" (partially_met).
- 2.3: assessment-only route negated by the integrity rule: no one "may be put forward for the Measures
  without completing the programme" (not_met). A comment asking whether to offer it in 2010 is not evidence.
- 3.2: a single closed January group in a fixed sequence, with only a choice of twilight or Saturday;
  a second April intake exists only in a deleted paragraph (partially_met).
- 3.3: Moodle holds readings and hand-ins; the forum "is not facilitated"; support between sessions by
  Practice Supervisors and telephone (partially_met).
- 4.3: participants evaluate sessions; heads and the two authorities only "hopes" (partially_met).
- 5.3: CRB disclosure and security clearance are described for Facilitators and Practice Supervisors;
  participants' checks are "a matter for their employers" and not verified (not_met: wrong people and
  someone else's responsibility).
- 5.5: specialist contributors are real, but the only placement is a YOI visit offered "where the
  establishment's security department can clear the participant in time" (partially_met).
- 5.8: moderation and external examining are in the body; second marking in a tracked insertion (met).
- 5.9: competence and confidence measured by retaking the Entry Profile; pupils' achievement only hoped
  for (partially_met).
- 6.0: award rule ties the award to every Target of Change being secured (met).
- Annex B (Targets of Change): "Session work only" for 6.A3 and 6.S5 (partially_met); 6.A7 measured only
  by the Continuity Plan "(not marked)" (partially_met); 6.K4 "Not a session target" but measured in M1
  (partially_met, assessed not developed); 6.K7 measured only by formative Practice Supervisor observation
  (partially_met); 6.S2d's M2 is deleted as a tracked change, leaving it worked on but unmeasured
  (partially_met); 6.S7 "Planned for 2010 intake" (not_met).
- The header and footer carry nothing that counts.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _jx_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "jx-01-kestrelford-csap-submission"
AU1, D1 = "R. Okafor", "2008-11-24T10:12:00Z"
AU2, D2 = "J. Pennick", "2008-11-27T15:40:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
header_footer(doc, "Kestrelford Learning Partnership  |  Programme Accreditation Submission  |  Keystone Programme",
              "Submission format adapted from our offending behaviour programme submissions. Version 2.1, "
              "28 November 2008. Not for circulation outside the panel.")

para(doc, "KESTRELFORD LEARNING PARTNERSHIP", bold=True, size=16, align="center")
para(doc, "Education at HMYOI Kestrelford  \u2022  Kestrelford and Ambley Youth Offending Service", size=9,
     align="center")
para(doc, "PROGRAMME ACCREDITATION SUBMISSION", bold=True, size=14, align="center")
para(doc, "The Keystone Programme: National Award for SEN Coordination", bold=True, size=12, align="center")
para(doc, "Submitted to the Training and Development Agency for Schools, with the University of Harnsworth",
     italic=True, align="center")

t = table(doc, [
    ["Submission summary", "", ""],
    ["Programme title", "The Keystone Programme (National Award for SEN Coordination)", ""],
    ["Submitting body", "Kestrelford Learning Partnership, Learning Team", ""],
    ["Validating university", "University of Harnsworth, Faculty of Education", ""],
    ["Award and credit", "Postgraduate Certificate in SEN Coordination", "60 credits at Masters level (Level 7)"],
    ["Target group", "Teachers new to the SENCO role in mainstream schools, pupil referral units and the "
                     "education department of HMYOI Kestrelford", ""],
    ["Dosage", "24 Sessions (96 contact hours) in six Blocks", "plus 12 months of school-based practice"],
    ["First intake", "January 2009 (one group of up to 18)", ""],
    ["Submission status", "Full submission", ""],
], widths=[4.5, 6.5, 5])
merge(t, 0, 0, 0, 2, "Submission summary", bold=True, fill="1F3864")
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for r in (1, 2, 3, 5, 7, 8):
    merge(t, r, 1, r, 2, t.cell(r, 1).text)
for r in range(1, 9):
    shade(t.cell(r, 0), "DEEAF6")

para(doc)
textbox(doc, [
    ("Note to the TDA panel", True),
    ("Our team has written submissions for offending behaviour programmes for many years, and the panel that "
     "accredits those programmes asks for evidence under ten criteria. We have kept that shape because it is "
     "how we designed the Keystone Programme and how our Facilitators think about it. The ten criteria below "
     "are our own headings and are not the TDA's Criteria 1 to 6. The national outcomes appear as our Targets "
     "of Change in Annex B.", False),
], height_pt=120)

doc.add_heading("Part A. Programme summary", level=1)
para(doc, "The Keystone Programme is a one-year, part-time programme for teachers who have recently taken on, "
          "or are about to take on, the role of special educational needs coordinator. It is led by the Learning "
          "Team of Kestrelford Learning Partnership, which teaches young people at HMYOI Kestrelford and supports "
          "the education of young people supervised by the Kestrelford and Ambley Youth Offending Service. "
          "Around four in five of the young people we teach have a special educational need, many of them never "
          "identified at school. The programme exists so that fewer of them reach us.")
para(doc, "The aim of the programme is to raise the achievement and improve the well-being of children and young "
          "people with SEN and/or disabilities in participants' schools, measured against all five Every Child "
          "Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution "
          "and achieving economic well-being. Its objectives are that each participant leads provision for these "
          "pupils in their own school, secures every Target of Change in Annex B, and shows in their Change Project "
          "a measurable improvement for a group of pupils.")
para(doc, "The programme is validated by the University of Harnsworth as a Postgraduate Certificate in SEN "
          "Coordination, 60 credits at Masters level, and is subject to the University's regulations for taught "
          "postgraduate awards. Successful participants receive the Postgraduate Certificate and the National "
          "Award for SEN Coordination.")

doc.add_heading("Part B. Theory Manual extract: the model of change", level=1)
para(doc, "The Theory Manual sets out how the programme is expected to bring about change. We start from the "
          "factors in a school that make it more or less likely that a pupil with SEN will fall behind, become "
          "disengaged or be excluded. These are the programme's targets. The table shows how each is addressed.")
table(doc, [
    ["Dynamic factor in the school", "Method in the programme", "Intermediate change in the SENCO",
     "Change for pupils (ECM)"],
    ["Needs identified late or not at all", "Sessions 5-8; M1 Case Formulation",
     "Identifies needs early from observation and data; sets targets; reviews progress",
     "Enjoying and achieving; staying safe"],
    ["Provision not matched to need", "Sessions 9-12; provision mapping task",
     "Maps provision, finds ineffective or missing provision, deploys staff",
     "Enjoying and achieving; achieving economic well-being"],
    ["Colleagues unsure how to teach pupils with SEN", "Sessions 13-16; coaching practice",
     "Advises, coaches and trains colleagues within the school and beyond it",
     "Enjoying and achieving; making a positive contribution"],
    ["Weak links with families and services", "Sessions 17-20; multi-agency case work",
     "Works with parents and carers and with other services",
     "Being healthy; staying safe; making a positive contribution"],
    ["SEN not part of school improvement", "Sessions 21-24; M2 Change Project",
     "Influences policy and priorities with senior leaders and governors",
     "All five outcomes"],
], widths=[3.8, 3.6, 5, 3.6])
para(doc, "The model draws on the what-works literature on effective intervention and on our own experience of "
          "teaching in custody.")

doc.add_heading("Part C. Evidence against the ten criteria", level=1)

# Criterion 1
para(doc, "Criterion 1: A clear model of change", bold=True, size=11)
para(doc, "The model of change is set out in Part B. Every Session has written aims that refer back to one of "
          "the five dynamic factors, and every Measure asks the participant to show change for pupils, not only "
          "knowledge. The programme's content, its aims and its assessment all point at the same thing: whether "
          "pupils with SEN and/or disabilities in the participant's school achieve more and are safer and "
          "healthier as a result.")
para(doc, "Session 3 (The law, the Code and the policy) covers the Special Educational Needs Code of Practice "
          "(2001), the Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty, "
          "Every Child Matters: Change for Children, Removing Barriers to Achievement (2004) and The Children's "
          "Plan (2007). Participants work out what each means for their own school, for the SENCO and for "
          "governors, and bring back a one-page note of the duties their school is not yet meeting.")

# Criterion 2
para(doc, "Criterion 2: Selection of participants", bold=True, size=11)
para(doc, "Entry requirements. Participants must hold qualified teacher status, be in post as SENCO or be "
          "named by their headteacher as the next SENCO, and have the written support of their headteacher, "
          "who agrees to release them for the 24 Sessions and to act as, or name, a Practice Supervisor. Each "
          "applicant has a 30-minute selection interview with the Programme Manager and completes the Entry "
          "Profile. An applicant whose Entry Profile shows they are not yet ready (for example a teacher "
          "with no experience of planning for pupils with SEN) is given written guidance on what to do first "
          "and offered a place on the following intake; the Programme Manager discusses this with the "
          "headteacher.")
p = para(doc, "Equality of access. The Entry Profile asks every applicant whether they have a disability or "
              "other need for which we should make adjustments, and explains why we ask. Adjustments made so far "
              "include large-print and electronic copies of all papers, a hearing loop in the University seminar "
              "rooms, extra time and a scribe for M3, and a ground-floor room for Sessions held at the "
              "establishment. Our equality scheme covers race, disability and gender under the Race Relations "
              "(Amendment) Act 2000, the Disability Discrimination Act 2005 and the Equality Act 2006, and the "
              "Programme Manager reviews each year who applied, who was accepted and who completed.")
para(doc, "Vetting. All Facilitators and Practice Supervisors who enter the establishment hold an enhanced CRB "
          "disclosure and prison security clearance, renewed every three years by the establishment's Security "
          "Department. Participants are teachers employed by their schools, and checking their suitability to "
          "work with children is a matter for their employers; the Partnership does not ask for or verify "
          "disclosures for participants.")
para(doc, "Prior learning. A participant who has passed the University's 20-credit module Teaching Learners in "
          "Secure Settings within the last five years may have it counted in place of Block 2. The Partnership "
          "does not give credit for experience.")
p = para(doc, "Integrity requires full dosage. Every participant attends all 24 Sessions, and no participant may be "
              "put forward for the Measures without completing the programme.")
doc.add_comment(p.runs, text="Panel may ask about assessment-only. Could we offer it from 2010 for the EPs?",
                author=AU1, initials="RO")

# Criterion 3
para(doc, "Criterion 3: Targeting a range of dynamic factors", bold=True, size=11)
para(doc, "Before Session 1 each participant completes the Entry Profile, a self-rating against every Target of "
          "Change in Annex B with a short piece of evidence for each rating, and meets their Facilitator to "
          "agree it. From it the Facilitator and participant write an Individual Programme Plan (IPP). The IPP "
          "sets the participant's personal targets, names the Targets of Change on which they are already "
          "strong and those that need most work, and says which optional reading groups and which school-based "
          "tasks they will take. It is reviewed at the end of each Block.")
para(doc, "We built the targets from what schools told us. In spring 2008 we surveyed the SENCOs of 64 schools "
          "and three pupil referral units in the two authorities (41 replied) and held two focus groups with "
          "education workers in the Youth Offending Service. SENCOs asked for more on behaviour, on speech and "
          "language needs, and on what happens when a pupil comes back to school after exclusion or custody. "
          "Youth Offending Service staff told us that schools rarely knew which of their former pupils had "
          "unidentified needs. As a result we added Session 14 (Coming back: transition from custody and "
          "exclusion), gave speech, language and communication needs a whole Session (Session 7), and moved the "
          "law Session to the first Block, where the SENCOs wanted it.")

# Criterion 4
para(doc, "Criterion 4: A range of methods", bold=True, size=11)
para(doc, "Sessions combine short input, case discussion, role play and practice in skills. Between Sessions "
          "each participant carries out a school-based task from the Session, in their own school, and brings "
          "the result to the next Session; there are 20 such tasks, and the Change Project (M2) is carried out "
          "in the school over two terms. Practice Supervisors see the participant at work at least twice a term.")
para(doc, "Specialist contributors lead parts of seven Sessions: an educational psychologist from each authority, "
          "the speech and language therapist from the establishment's healthcare team, a specialist teacher for "
          "autism from the Ambley outreach service, and a parent partnership officer. A visit to the education "
          "department at HMYOI Kestrelford is offered where the establishment's security department can clear "
          "the participant in time; otherwise no placement is arranged.")
para(doc, "Participants use the University library in person and online, the Learning Team's own collection of "
          "assessment materials and screening tools, and the assistive technology suite at the establishment "
          "(text-to-speech, mind-mapping software, voice recognition, portable word processors), which is "
          "demonstrated in Session 10.")
para(doc, "Harnsworth Online, the University's Moodle site, holds the readings, Session slides and the "
          "forms for each task, and participants hand in their Measures there. It has a discussion forum for "
          "the group, which is open to participants but is not facilitated. Between Sessions participants are "
          "supported by their Practice Supervisor and can telephone or e-mail their Facilitator.")

# Criterion 5
para(doc, "Criterion 5: Skills orientated", bold=True, size=11)
para(doc, "The programme is about what SENCOs do. Block 4 practises advising and coaching colleagues: "
          "participants rehearse a coaching conversation, observe a colleague's lesson with their Practice "
          "Supervisor and give feedback, and lead a short training session for staff in their own school or in "
          "a neighbouring school in their cluster. Block 5 practises working with parents and carers: "
          "participants plan and hold a review meeting with a parent, rehearse giving difficult news, and "
          "write with a parent a plan for supporting their child at home.")
p = para(doc, "In designing the programme we consulted the Young People's Council at HMYOI Kestrelford about what "
              "had helped them at school and what had not. A session on consulting pupils is something we would "
              "like to add in 2010.")
doc.add_comment(p.runs, text="YPC keen on this. Add a pupil voice Session in Block 5 now? Needs 3 hours.",
                author=AU2, initials="JP")

# Criterion 6
para(doc, "Criterion 6: Sequencing, intensity and duration", bold=True, size=11)
para(doc, "The 24 Sessions of four hours each are grouped in six Blocks (Annex A), one Block each half term from "
          "January to December. The programme runs as a single closed group from January; sessions follow the "
          "fixed sequence set out in the Theory Manual. Sessions are repeated on a Tuesday twilight and a "
          "Saturday morning so that participants can choose.")
deleted_paragraph(doc, "A second group will start in April 2009 and join the January group at Block 2, "
                       "taking Block 1 in the summer term.", AU1, D1)
para(doc, "The fee is \u00a31,950 for the year, paid by the two authorities for their own schools. The IPP means "
          "that a participant whose Entry Profile shows a Target of Change already secured does not repeat the "
          "work on it; they take an extension task instead, so that time is spent where it makes a difference.")

# Criterion 7
para(doc, "Criterion 7: Engagement and motivation", bold=True, size=11)
para(doc, "Each participant has a named Facilitator for the year, meets them at the start and end of each Block "
          "to review the IPP, and receives written feedback on every school-based task within two weeks. "
          "Headteachers receive a short termly note of what their SENCO has done. Participants who miss a "
          "Session catch it up at the repeat Session the same week or with their Facilitator.")

# Criterion 8
para(doc, "Criterion 8: Continuity of programmes and services", bold=True, size=11)
para(doc, "The programme is designed so that change lasts once it ends. Each school-based task leaves something "
          "in place in the school (a provision map, a revised policy, a training session delivered). The Change "
          "Project must be agreed with the headteacher and report the change in practice it brought about. "
          "Session 24 (Maintenance and next steps) is given to the Continuity Plan: each participant sets their "
          "professional targets for the year after the award, and agrees them with their headteacher at a "
          "three-way meeting with the Facilitator within six weeks of the award.")

# Criterion 9
para(doc, "Criterion 9: Maintaining integrity", bold=True, size=11)
para(doc, "Staff. The Programme Manager, Dr Rachel Okafor, is a former SENCO and secondary deputy head with an "
          "MA in Inclusive Education and a doctorate on the education of young people in custody. The four "
          "Facilitators are qualified teachers with SEN specialist qualifications (two hold the OCR Diploma in "
          "Specific Learning Difficulties, one is a qualified teacher of the deaf) and between five and twelve "
          "years' experience of SEN coordination; all have taught in the last two years, and each attends two "
          "days of specialist updating a year. University tutors from the Faculty of Education teach the "
          "research methods element of Block 6.")
para(doc, "Roles. Every Facilitator completes the Partnership's two-day Facilitator training before they lead a "
          "Session and is observed by the Programme Manager in their first Block. Practice Supervisors attend a "
          "half-day briefing and receive the Practice Supervisor Handbook, which sets out what they do, how "
          "often they meet the participant and how they record observations. The Programme Manager reviews "
          "each Facilitator's work every term.")
p = para(doc, "Assessment. There are three Measures. M1 Case Formulation (3,000 words) analyses the needs of one "
              "pupil and plans and reviews provision. M2 Change Project (6,000 words) reports a change in "
              "provision led by the participant over two terms, with baseline and outcome measures for a group "
              "of pupils. M3 Integrity Review is a 40-minute professional discussion on the participant's "
              "portfolio with two assessors. Each Measure is marked against criteria published in the Programme "
              "Handbook. ")
ins(p, "Every M2 and M3 is second-marked by a Facilitator who did not teach the participant.", AU2, D2)
para(doc, "A sample of each Measure is moderated by the University's School of Education, the external examiner "
          "appointed by the University sees the sample and all fails, and marks are confirmed at the University "
          "Assessment Board.")

# Criterion 10
para(doc, "Criterion 10: Ongoing evaluation", bold=True, size=11)
para(doc, "Participants complete a feedback form after every Session and an end-of-Block review with their "
          "Facilitator. The Programme Manager summarises these each Block for the Learning Team, which decides "
          "what to change before the repeat of that Block the following year. The University's annual monitoring "
          "report, the external examiner's report and the results of the Measures are considered each autumn by "
          "the Keystone Programme Board, which records what it will change and checks a year later that it "
          "has. The Partnership hopes that headteachers and the two local authorities will take part in the "
          "annual review once the programme is running.")
para(doc, "Participants retake the Entry Profile at Session 24, so that the change in their self-rating on each "
          "Target of Change can be compared with the ratings their Practice Supervisor gives, and their "
          "confidence questionnaire (taken at Session 1 and Session 24) is reported to the Board. We would like "
          "to be able to show effects on pupils' attainment and hope that Change Projects will give us some "
          "indication.")

doc.add_heading("Part D. The Measures and the award", level=1)
para(doc, "The Award Board meets twice a year. It recommends the award only where a participant has passed M1, "
          "M2 and M3 and the Targets of Change record (Annex B) shows every Target of Change secured at one of "
          "the Measures. A participant who has not secured a target may resubmit the relevant Measure once.")

doc.add_heading("Annex A. Session schedule", level=1)
rows = [["Block", "Session", "Title", "What participants do"]]
sched = [
    ("Block 1: Foundations (Jan-Feb)", [
        ("1", "Starting points", "Entry Profile agreed; IPP drafted; the SENCO's role in the school"),
        ("2", "Every Child Matters and the SENCO", "The five outcomes; the SENCO's part in each; the "
                                                   "school's ECM audit"),
        ("3", "The law, the Code and the policy", "See Criterion 1"),
        ("4", "Leading with time", "Priorities, the SENCO's week, what to delegate and to whom"),
    ]),
    ("Block 2: Knowing the learner (Feb-Apr)", [
        ("5", "Behaviour, emotion and social difficulties", "BESD; de-escalation; what lies under behaviour"),
        ("6", "Specific learning difficulties", "Dyslexia and dyspraxia; screening; reasonable expectations"),
        ("7", "Speech, language and communication", "With the speech and language therapist"),
        ("8", "Autism and moderate learning difficulties", "With the specialist teacher for autism"),
    ]),
    ("Block 3: Planning provision (Apr-May)", [
        ("9", "Using assessment", "Reports from psychologists and therapists; summative data and national "
                                  "tests; tracking; formative assessment for colleagues"),
        ("10", "Teaching approaches and ICT", "Approaches and resources; the assistive technology suite"),
        ("11", "Provision mapping", "Mapping, costing and reviewing provision; the school's self-evaluation"),
        ("12", "Access arrangements", "Identifying early who needs arrangements for tests and examinations"),
    ]),
    ("Block 4: Working with colleagues (Jun-Jul)", [
        ("13", "Coaching and feedback", "Observation, feedback and coaching practice"),
        ("14", "Coming back", "Transition from custody and exclusion (added after our survey)"),
        ("15", "Teaching assistants", "Deploying and managing support staff"),
        ("16", "Leading training", "Planning and delivering staff training"),
    ]),
    ("Block 5: Families and services (Sep-Oct)", [
        ("17", "Working with parents and carers", "Review meetings; difficult conversations; home plans"),
        ("18", "Other services", "The Youth Offending Service, CAMHS, social care, voluntary bodies"),
        ("19", "Multi-agency case work", "A case followed through CAF and team around the child"),
        ("20", "Relationships and judgement", "Hard cases; weighing evidence; deciding on provision"),
    ]),
    ("Block 6: Leading change (Nov-Dec)", [
        ("21", "Evidence and research", "Finding and weighing research for the Change Project"),
        ("22", "Strategy and governors", "Inclusion policy, priorities and budgets with senior leaders"),
        ("23", "Reviewing provision with staff", "Evaluation with colleagues; reporting to governors"),
        ("24", "Maintenance and next steps", "Continuity Plan; three-way meeting arranged"),
    ]),
]
for block, sess in sched:
    rows.append([block, "", "", ""])
    for s in sess:
        rows.append([s[0], s[0], s[1], s[2]])
t = table(doc, rows, widths=[1.5, 1.5, 5, 8])
r = 1
for block, sess in sched:
    merge(t, r, 0, r, 3, block, bold=True, fill="DEEAF6")
    for k in range(len(sess)):
        rr = r + 1 + k
        merge(t, rr, 0, rr, 1, sess[k][0])
    r += 1 + len(sess)

doc.add_heading("Annex B. Targets of Change record", level=1)
para(doc, "How to read this record. \u201cWorked on in\u201d gives the Session (S) or school-based task where the "
          "target is developed. \u201cMeasured by\u201d gives the Measure at which the target is marked: M1, M2 or M3. "
          "\u201cSession work only\u201d means the target is practised in Sessions and tasks but not marked.")
groups = [
    ("Way of working (attributes)", [
        ("KT01", "Builds fair, respectful and constructive relationships with pupils with SEN and with their "
                 "parents and carers", "S17, S20; home plan task", "M3"),
        ("KT02", "Wins the commitment of colleagues, the headteacher and senior leaders", "S22; Change Project",
         "M2"),
        ("KT03", "Prioritises, manages time and delegates well", "S4; time log task", "Session work only"),
        ("KT04", "Anticipates and resolves problems; makes sound, well-founded decisions on provision", "S20",
         "M1"),
        ("KT05", "Communicates clearly in speech and writing; listens to others' views", "S13, S17", "M3"),
        ("KT06", "Uses research evidence and outside advice to improve own and colleagues' practice", "S21",
         "M2"),
        ("KT07", "Keeps up to date and takes charge of own CPD on SEN and disability", "S24",
         "Continuity Plan (not marked)"),
    ]),
    ("Knowing (knowledge and understanding)", [
        ("KT08", "SEN law and guidance including the Code of Practice and how to put it into practice", "S3",
         "M1"),
        ("KT09", "Every Child Matters: its principles, outcomes and the SENCO's part", "S2", "M2"),
        ("KT10", "Disability equality law and the actions it requires", "S3", "M1"),
        ("KT11", "How children develop and what affects development", "Not a session target (assumed from "
                                                                      "initial training)", "M1"),
        ("KT12", "The most common types of SEN and disability and their effect on learning", "S5-S8", "M1"),
        ("KT13", "Critical understanding of approaches and resources for assessment, planning, teaching and "
                 "learning, including ICT", "S9, S10", "M2"),
        ("KT14", "School self-evaluation and improvement as they bear on SEN", "S11, S23",
         "Practice Supervisor observation (formative, no mark)"),
        ("KT15", "Best practice and research in meeting SEN", "S21", "M2"),
        ("KT16", "What outside agencies do and how to get specialist support", "S18, S19", "M3"),
    ]),
    ("Doing (skills)", [
        ("KT17", "Influences inclusive ethos, policy, priorities and resources with senior leaders and governors",
         "S22", "M2"),
        ("KT18", "Identifies needs, sets challenging targets, plans interventions and reviews progress", "S5-S9",
         "M1"),
        ("KT19", "Uses other professionals' assessments to shape teaching", "S9", "M1"),
        ("KT20", "Uses summative data and national tests to track progress and adjust programmes", "S9", "M2"),
        ("KT21", "Helps colleagues develop formative assessment for pupils with SEN", "S9, S16", "M2"),
        ("KT22", "Identifies early and puts in place arrangements for tests and examinations", "S12", None),
        ("KT23", "Uses provision mapping to plan and to find ineffective or missing provision", "S11", "M2"),
        ("KT24", "Deploys and manages staff", "S15", "M3"),
        ("KT25", "Supports colleagues' development: observation, feedback, modelling, coaching, training",
         "S13, S16", "Session work only"),
        ("KT26", "Reviews provision with staff to feed the school's self-evaluation", "S23", "M2"),
        ("KT27", "Involves pupils in planning, agreeing and reviewing their provision", "Planned for 2010 "
                                                                                       "intake", "\u2014"),
        ("KT28", "Liaises with parents and carers", "S17", "M3"),
        ("KT29", "Works with other services and voluntary organisations", "S18, S19", "M3"),
    ]),
]
rows = [["Code", "Target of Change", "Worked on in", "Measured by"]]
for g, items in groups:
    rows.append([g, "", "", ""])
    for it in items:
        rows.append([it[0], it[1], it[2], it[3] if it[3] is not None else ""])
t = table(doc, rows, widths=[1.4, 8, 3.6, 3])
r = 1
for g, items in groups:
    merge(t, r, 0, r, 3, g, bold=True, fill="E2EFD9")
    for k, it in enumerate(items):
        if it[3] is None:
            c = t.cell(r + 1 + k, 3)
            c.text = ""
            p = c.paragraphs[0]
            dele(p, "M2", AU1, D1)
            ins(p, "\u2014", AU1, D1)
    r += 1 + len(items)

para(doc)
para(doc, "Signed for Kestrelford Learning Partnership: Dr Rachel Okafor, Programme Manager. "
          "Signed for the University of Harnsworth: Professor Alan Tewkes, Dean of Education.", italic=True)

out = HERE / (NAME + ".docx")
doc.save(out)
print(out, word_count(doc), "words")
