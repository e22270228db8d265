"""iv-01-halsworth-course-pep

Provider (invented): Halsworth County Council, Children's Services, Fostering
and Adoption Service - the Virtual School for Children in Care, with the
University of Lowbridge (School of Education). 2008-09 cohort.

Document kind and layout: the Virtual School writes every plan it makes on its
own Personal Education Plan form (form VS/PEP/3), the statutory plan kept for
every child in care. The course is written up as a "Course PEP": "the learner"
is the cohort of new SENCOs, the Designated Teacher's box holds the Course
Leader, the social worker's box the University link tutor, and so on. No
heading styles: each PEP section is a table whose first row is a merged,
shaded band ("SECTION A - ABOUT THE LEARNER"), followed by the form's grey
italic "[Guidance: ...]" prompts, which are left in. Label/value tables, a
"Review of targets from the last PEP" table with an Outcome column (Achieved /
Partly achieved / Not achieved / Achieved - then withdrawn), a "Voice of the
learner" section in quoted speech, a typed tick-box checklist, an SMART
"Targets" table of Study Days, and an "Outcome Target Sheet" (the 29 national
outcomes in the Virtual School's own words, no national codes, band rows for
attributes / knowledge / skills, columns "Worked on" and "How we'll know").
A boxed note to the panel in a VML text box. Header and footer (the footer
carries a blanket claim). Tracked changes, two Word comments, two footnotes.

Traps (requirement ids):
- Assessment-only route existed only in the pilot and was withdrawn: "The
  University withdrew the route in July 2008 and it is not offered to the
  2008-09 cohort" (2.3 not_met: past arrangement).
- CRB checks are left to the employing school; "the Virtual School does not
  see or record disclosures". A comment suggests saying the Virtual School
  checks them at Starting Point: comments are not evidence (5.3 not_met).
- Credit for prior learning: prior experience is taken into account in the
  Starting Point self-assessment, but "Credit for prior learning cannot be
  counted towards this Award" (2.1 partially_met: negation of accreditation).
- Equality only "The Council's Equal Opportunities Policy applies" plus a
  typed tick "Equality impact considered" in a checklist (3.1 partially_met).
- E-learning on LearnLink with tutor replies between Study Days, but the peer
  discussion board "has been closed" and a sentence on the cohort forum is a
  tracked deletion (3.3 partially_met: no peer support).
- Stakeholders: the Steering Group of carers, a care leaver and heads shaped
  the course in the pilot (4.1, 4.2 met) but "has now been stood down";
  care leavers help deliver Day 4, while evaluation by carers and young people
  is only something "We would like" from 2009-10 (4.3 partially_met: hope).
- Placements: a special school visit only "where the participant's head
  teacher agrees to release them" (5.5 partially_met: condition).
- Mentor Handbook "is being written" (5.7 partially_met: plan).
- Moderation exists only in a tracked insertion (5.8 met: an insertion is
  part of the submission).
- Pupil impact only hoped for; confidence re-rated at Final Review (5.9
  partially_met).
- Award on "an aggregate mark of 50 per cent" across the three Assignments;
  the Final PEP Review is "not graded" (6.0 partially_met: compensation; 1.9
  partially_met: several outcomes unassessed).
- Outcome Target Sheet: time management (6.A3), own CPD learning log (6.A7),
  summative tracking (6.S2b), deploying staff (6.S4), coaching colleagues
  (6.S5) worked on but "Not assessed" / only at the ungraded Final Review
  (partially_met); school self-evaluation assessed in Assignment 2 but worked
  on at no Study Day, and the Virtual School's own SEF graded by Ofsted is the
  right words about the wrong thing (6.K7 partially_met); child development
  "To be added for the 2009-10 cohort" (6.K4 not_met: plan); access
  arrangements for tests left to the County's Assessment Team's own briefing
  (6.S2d not_met: another provider's arrangement); gaining the commitment of
  the head and senior leaders appears nowhere (6.A2 not_met: missing).
- Footer: "This plan meets all the national outcomes" (blanket claim in a
  footer, never evidence; 6.0).
- Tutor qualifications partly in a footnote (5.4 met; the body also names
  roles and experience).
- PEP prompts such as "[Guidance: Record s.20 / s.31 / placement order ...]"
  are never answers.
"""
from pathlib import Path
from _iv_helpers import *

HERE = Path(__file__).resolve().parent
NAME = "iv-01-halsworth-course-pep"
GREY = "7F7F7F"

d = new_doc("Arial", 10)
header_footer(
    d,
    ["HALSWORTH COUNTY COUNCIL  |  Children's Services  |  Fostering and Adoption Service",
     "Virtual School for Children in Care  -  Personal Education Plan (form VS/PEP/3)"],
    ["VS/PEP/3 rev. Sept 2007. RESTRICTED when completed. Course PEP - National Award for SEN Coordination 2008-09. "
     "This plan meets all the national outcomes."])


def section(title, rows, widths=(5.0, 11.6), fill="BDD7EE"):
    t = table(d, [[title, ""]] + rows, widths=list(widths), header_fill=None, size=9)
    merge_row(t, 0, title, fill=fill, size=10)
    for i in range(1, len(rows) + 1):
        c = t.cell(i, 0)
        for r in c.paragraphs[0].runs:
            r.bold = True
        shade(c, "F2F2F2")
    return t


para(d, "PERSONAL EDUCATION PLAN", bold=True, size=16, align="center", space_after=0)
para(d, "COURSE PEP", bold=True, size=13, align="center", space_after=0)
para(d, "National Award for SEN Coordination - Halsworth and Lowbridge - cohort 2008-09",
     italic=True, align="center")

textbox(d, "A note for the TDA panel", [
    "Every plan the Virtual School makes is written on our Personal Education Plan form, because our head "
    "teachers, designated teachers, carers and social workers all know it. We have done the same for our "
    "SENCO course. In this Course PEP 'the learner' is the cohort of new SENCOs; the Designated Teacher's box "
    "holds the Course Leader; the social worker's box holds the University link tutor; and the targets are "
    "the outcomes we expect each SENCO to reach. The form's grey guidance has been left in so that schools "
    "recognise it.",
    "Ruth Aldane, Deputy Head, Virtual School for Children in Care (Course Leader)"], height_pt=130)
para(d)

# ---------------- SECTION A
section("SECTION A - ABOUT THE LEARNER", [
    ["Name of learner", "The 2008-09 cohort: teachers new to the SENCO role in Halsworth schools (24 places: "
                        "16 on the September route, 8 on the January twilight route)"],
    ["Legal status", "[Guidance: Record s.20 / s.31 / placement order / remand. Attach the care plan.]"],
    ["Accreditation", "Validated by the University of Lowbridge as the Postgraduate Certificate in Special "
                      "Educational Needs Coordination: 60 credits at Master's level (Level 7), approved by the "
                      "University's Faculty Validation Panel on 11 June 2008 for five years. Participants who "
                      "complete receive the University's award and the National Award for SEN Coordination."],
    ["Designated Teacher (Course Leader)", "Mrs Ruth Aldane, Deputy Head, Virtual School for Children in Care"],
    ["Social worker (University link tutor)", "Dr Owen Pethick, Senior Lecturer in Inclusive Education, "
                                               "University of Lowbridge"],
    ["Placement / carers (host settings)", "Each participant's own school. Brookside Centre (the Virtual "
                                           "School's training base), Halsworth."],
    ["Date of this PEP", "1 September 2008"],
    ["Date of last PEP", "14 July 2008 (review of the 2007-08 pilot cohort)"],
    ["Date of next review", "March 2009 (mid-point review)"],
])
para(d)

# ---------------- SECTION B
section("SECTION B - WHERE THE LEARNER IS NOW", [
    ["Attainment last year", "Pilot cohort 2007-08: 14 teachers started, 11 completed, 2 deferred, 1 withdrew "
                             "on moving school. All 11 passed all three Assignments."],
    ["Attendance last year", "Study Day attendance 93%. Two Study Days were repeated as twilights for "
                             "participants who missed them."],
])
prompt(d, "[Guidance: Review each target from the last PEP. Say whether it was achieved, and what happens next.]")
t = table(d, [
    ["Target from the last PEP", "Outcome", "Comment"],
    ["Offer an assessment-only route for experienced SENCOs",
     "Achieved - then withdrawn",
     "Two teachers from the Learning Support Service were assessed on portfolio alone in the pilot. The "
     "University withdrew the route in July 2008 and it is not offered to the 2008-09 cohort."],
    ["Put all Study Day materials on LearnLink",
     "Achieved",
     "Every Study Day's slides, readings and tasks are on LearnLink, the University's Moodle site, a week "
     "before the day."],
    ["Start a peer discussion board",
     "Not achieved",
     "The discussion board was little used and has been closed."],
    ["Bring carers and young people into the planning of the course",
     "Achieved",
     "Two foster carers, a care leaver from the Children in Care Council and two head teachers sat on the "
     "Steering Group from January to July 2008. The Steering Group met through the pilot year and has now "
     "been stood down."],
    ["Measure the progress of pupils the SENCOs work with",
     "Partly achieved",
     "Participants recorded a baseline for their Focus Pupil; few recorded a follow-up."],
    ["Add a January start",
     "Achieved",
     "A twilight route starts in January 2009 (see Section G)."],
], widths=[5.0, 3.0, 8.6])
para(d)

para(d, "What the evidence told us", bold=True)
para(d, "In March 2008 the Virtual School sent a questionnaire on SENCO training to the head teachers of all 212 "
        "Halsworth schools; 131 replied. Heads asked for a course that could be taken without losing a teacher "
        "for whole terms (78%), that was grounded in the SENCO's own school (71%) and that covered the law and "
        "the Code of Practice early (64%). The SEN Support Service's audit of statements (2007) showed that "
        "28% of Halsworth's children in care have a statement of SEN and a further 41% are at School Action "
        "Plus, against 3% and 8% for all pupils; designated teachers told us SENCOs often did not know the "
        "child's PEP existed. The educational psychology service reported that SENCOs asked most for help with "
        "behavioural, emotional and social difficulties and with speech, language and communication needs. "
        "These findings set the length of the course, the twilight route, the order of the Study Days and the "
        "place of the PEP in Assignment 1.")

# ---------------- SECTION C
section("SECTION C - VOICE OF THE LEARNER", [
    ["What the learner says", "From the pilot cohort's end-of-course focus group, June 2008, in their words:"],
])
prompt(d, "[Guidance: Record the young person's views in their own words. Use the 'All About Me' sheet for "
          "younger children. If the young person did not attend, say why.]")
for q in [
    "\"I needed the law before I could lead anybody. It came on Day 5 and that was too late.\"",
    "\"Working on one child all year made everything real. I'd keep that.\"",
    "\"Tell our heads what we are doing. Mine thought I was on a day out.\"",
    "\"The online board was empty, so I rang people instead.\"",
]:
    para(d, q, italic=True)
para(d, "What we changed: the law and the Code of Practice now open the course on Day 1; the Focus Pupil stays "
        "at the centre of Assignment 1; each participant's head teacher now receives the Study Day plan and a "
        "note after each Day. The online board has gone (Section B).")
para(d)

# ---------------- SECTION D
section("SECTION D - VIEWS OF CARERS, PARENTS AND OTHERS", [
    ["Foster carers", "The Halsworth Foster Carers' Association ran a session with 19 carers in April 2008. Carers "
                      "said SENCOs too rarely invited them to reviews and spoke to them in jargon. Day 5 was "
                      "rewritten with two of those carers and now includes a practice review meeting with a carer."],
    ["Birth parents", "Parent Partnership gathered the views of 12 parents of children with statements: they want "
                      "to be told what the school is doing before the review, not at it."],
    ["Young people", "The Children in Care Council told us that young people want to be asked about their support, "
                     "not told. Care leavers from the Council now co-present Day 4."],
    ["Head teachers", "See Section B. The Head Teachers' Forum was consulted on the January route."],
])
para(d)

# ---------------- SECTION E
section("SECTION E - STRENGTHS, NEEDS AND BARRIERS TO LEARNING", [
    ["Who can join", "A qualified teacher who is the SENCO, or will become the SENCO by January 2009, in a "
                     "Halsworth school, nominated by the head teacher on the Virtual School's nomination form."],
    ["Starting Point", "Before the course each applicant completes the Starting Point, a self-assessment against "
                       "each of the national outcomes on a four-point scale, giving examples from their own "
                       "practice and past study. The Course Leader reads every Starting Point before a place is "
                       "confirmed. Where an applicant rates themselves at 1 on more than half of the outcomes, or "
                       "has not yet taught pupils with SEN, the Course Leader meets them and their head teacher "
                       "and either confirms the place with extra tutorials or offers a place in a later cohort."],
    ["Starting Point meeting", "In the first three weeks each participant meets their tutor for an hour. They "
                               "agree an Individual Learning Plan: the participant's own PEP, with three to five "
                               "personal targets drawn from the outcomes they rated lowest, the Study Days and "
                               "tutorials that will meet them, and which Assignment will show them. The plan is "
                               "reviewed at the mid-point review and at the Final PEP Review."],
    ["Prior learning", "The Starting Point takes account of what a participant has already studied and done. Credit "
                       "for prior learning cannot be counted towards this Award: every participant takes all "
                       "three Assignments."],
])
para(d)
para(d, "Tailoring. Tutorials (three a year, one more for anyone whose Individual Learning Plan asks for it) are "
        "spent on the participant's own targets. Each Assignment is set in the participant's own school on a "
        "question they choose with their tutor. Participants who already lead a resourced provision are given "
        "the Provision Review on their whole school rather than their base. Fees (GBP 1,350) are paid by the "
        "Virtual School for teachers in schools with a child in care on roll and by the school for others; "
        "Study Days are held at Brookside Centre at no charge, and the twilight route saves schools the cost "
        "of supply cover. The course leads on to the University's MA in Inclusive Education, into which the "
        "60 credits carry.")

# ---------------- SECTION F
section("SECTION F - HEALTH AND WELL-BEING (EVERY CHILD MATTERS)", [
    ["Aim", "To raise the achievement and well-being of children and young people with SEN and/or disabilities "
            "in Halsworth schools, children in care among them, across all five Every Child Matters outcomes: "
            "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
            "economic well-being."],
    ["How the aim runs through the course", "Every Study Day ends with the question 'What difference will this "
                                             "make to a child?'. Each Assignment asks the participant to show the "
                                             "effect of what they did on pupils' progress and well-being, and the "
                                             "marking criteria for all three include 'impact on pupils'."],
])
para(d)
para(d, "Checklist (tick when considered)", bold=True)
for line in ["\u2611 Equality impact considered", "\u2611 Health needs considered",
             "\u2611 Safeguarding considered", "\u2610 Interpreter needed"]:
    para(d, line, space_after=0)
para(d, "The Council's Equal Opportunities Policy applies to all courses run by the Virtual School.")
para(d)

# ---------------- SECTION G
section("SECTION G - TARGETS AND ACTIONS", [
    ["Shape of the course", "Eight Study Days at Brookside Centre between September 2008 and June 2009 (Thursdays, "
                            "9.15 to 3.30), grouped in four Strands. The January route covers the same eight Days "
                            "as sixteen twilights (4.15 to 7.00) from January to November 2009. Strands 3 and 4 "
                            "may be taken in either order, and a participant who misses a Day takes it with the "
                            "other route. Between Days participants study on LearnLink and in their school."],
    ["Strand 1 - Knowing the law", "Day 1 and Day 2"],
    ["Strand 2 - Knowing the learner", "Day 3 and Day 4"],
    ["Strand 3 - Leading provision", "Day 6 and Day 7"],
    ["Strand 4 - Working together", "Day 5 and Day 8"],
])
para(d)
prompt(d, "[Guidance: Targets must be SMART. Say who will do what, by when, and how you will know.]")
tg = table(d, [
    ["Target", "Actions", "Who", "When", "How we'll know"],
    ["Day 1: Knowing the law",
     "The SEN Code of Practice (2001) and SEN and Disability Act 2001; statutory assessment and the statement; "
     "annual reviews; the SENCO's duties; Care Matters: Time for Change (2007) and the PEP; the Children Act "
     "2004 and Every Child Matters.", "RA, OP", "Sept", "Assignment 1; Assignment 3"],
    ["Day 2: Rights and duties",
     "The Disability Discrimination Act 1995 as amended in 2005; the disability equality duty and the school's "
     "accessibility plan; reading recent research and inspection evidence (Ofsted, Inclusion: does it matter "
     "where pupils are taught?, 2006; the Bercow Review, 2008; Ofsted, Looked after children: good practice in "
     "schools, 2008), with a reading list revised each summer.", "OP", "Oct", "Assignment 3"],
    ["Day 3: Needs and how they show",
     "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
     "language and communication needs; autistic spectrum disorders; moderate learning difficulties; how each "
     "affects learning. Using reports from educational psychologists, therapists and CAMHS.", "SR, RA", "Nov",
     "Assignment 1"],
    ["Day 4: Hearing the child",
     "Co-presented with care leavers from the Children in Care Council. Ways of consulting children and young "
     "people: talking mats, the PEP 'All About Me' sheet, pupil-led reviews. Involving pupils in setting and "
     "reviewing their own targets.", "RA + CiCC", "Dec", "Assignment 1"],
    ["Day 5: Parents and carers",
     "Working in partnership with parents, foster carers and residential staff; a practice review meeting with "
     "a carer; advising colleagues on talking with families.", "RA + carers", "Jan", "Assignment 1"],
    ["Day 6: Tracking and targets",
     "Identifying pupils; setting challenging targets; planning and reviewing interventions; tracking with "
     "the Virtual School's own attainment data and national test results.", "VS teachers", "Mar",
     "Assignment 1 (not the tracking task)"],
    ["Day 7: Provision and people",
     "Provision mapping; finding gaps and weak provision; deploying teaching assistants; managing the SENCO's "
     "own time; best practice and research in meeting SEN.", "VS teachers, OP", "Apr", "Assignment 2"],
    ["Day 8: Leading colleagues",
     "Coaching and mentoring colleagues; leading a staff session on formative assessment for pupils with SEN; "
     "working with other services and voluntary organisations; presenting to governors.", "RA, OP", "Jun",
     "Assignment 3"],
], widths=[3.0, 7.0, 1.8, 1.2, 3.6], size=8.5)
para(d)

para(d, "The three Assignments", bold=True)
para(d, "Assignment 1 - The Learner Profile (4,000 words, 20 credits). A study of one Focus Pupil with SEN in the "
        "participant's school: how the pupil's needs were identified, the assessment information gathered from "
        "other professionals, the targets set with the pupil and their parents or carers, the intervention, and "
        "its review with the pupil. Marked by the tutor against published criteria.")
para(d, "Assignment 2 - The Provision Review (4,000 words, 20 credits). A provision map for the school, a review "
        "with colleagues of which provision works and which does not, and a report to the head teacher and "
        "governors recommending changes to the school's inclusion policy and use of resources. The report must "
        "show how its findings feed the school's self-evaluation form. Marked by the tutor.")
para(d, "Assignment 3 - The Working Together Portfolio (20 credits). Evidence of the participant's work with "
        "other agencies for a pupil; a staff session the participant leads on formative assessment for pupils "
        "with SEN, observed by the school mentor; an account of the school's duties under disability equality "
        "law; and a 15-minute presentation of the portfolio to tutors. Marked by the tutor.")
para(d, "Final PEP Review. In June each participant meets their tutor and school mentor to go through every "
        "target in the Outcome Target Sheet. The Final PEP Review is a professional discussion and is not graded.")
para(d, "The Award is made to participants who reach an aggregate mark of 50 per cent across the three "
        "Assignments and attend the Final PEP Review.")
para(d)

para(d, "OUTCOME TARGET SHEET", bold=True, size=11)
prompt(d, "[Guidance: List the learner's targets. Record where each is worked on and the evidence that it has been met.]")
rows = [["Target: by the end of the course the SENCO will ...", "Worked on", "How we'll know"]]
bands = []


def band(t):
    bands.append(len(rows))
    rows.append([t, "", ""])


band("How the SENCO works with people")
rows += [
    ["build fair, respectful and trusting relationships with pupils with SEN or disabilities and with their "
     "parents or carers", "Days 4, 5", "Assignment 1"],
    ["manage their own time, set priorities and hand tasks on to others, checking they are done", "Day 7",
     "Not assessed"],
    ["foresee problems, solve them, and make sound decisions about provision", "Days 6, 7", "Assignment 2"],
    ["speak and write clearly, and listen to and understand what others think", "All Days",
     "Assignment 3 presentation; all written work"],
    ["use research and outside advice to improve their own and colleagues' teaching", "Days 2, 7", "Assignment 2"],
    ["keep themselves up to date and plan their own professional development", "All Days (learning log)",
     "Learning log kept; not marked"],
]
band("What the SENCO knows")
rows += [
    ["the law and guidance on SEN, the Code of Practice, what they mean for the school and how to put them into "
     "practice", "Days 1, 2", "Assignments 1, 3"],
    ["the five Every Child Matters outcomes and how the SENCO helps children achieve them", "Day 1", "Assignment 3"],
    ["how children develop and how SEN, disability and surroundings affect development",
     "To be added for the 2009-10 cohort", "-"],
    ["disability equality law and what it requires the school to do", "Day 2", "Assignment 3"],
    ["the most common kinds of SEN and disability and their effect on learning", "Day 3", "Assignment 1"],
    ["approaches, strategies and resources, ICT among them, for assessing, planning, teaching and learning, "
     "judged critically", "Days 3, 6", "Assignment 1"],
    ["how school self-evaluation and improvement work for pupils with SEN", "-", "Assignment 2"],
    ["best practice and research on meeting SEN", "Days 2, 7", "Assignment 2"],
    ["what other agencies do and how to get specialist help and resources", "Days 3, 8", "Assignment 3"],
]
band("What the SENCO can do")
rows += [
    ["with senior leaders and governors, shape an inclusive ethos, policy, priorities and use of resources",
     "Day 8", "Assignment 2 report to governors"],
    ["identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
     "Day 6", "Assignment 1"],
    ["use assessments from other professionals to shape teaching", "Day 3", "Assignment 1"],
    ["use summative data and national tests to track progress and change programmes", "Day 6",
     "Practised on Day 6; not assessed"],
    ["help other teachers use formative assessment with pupils with SEN", "Day 8", "Assignment 3 staff session"],
    ["special arrangements for tests and examinations", "Not covered on this course", "-"],
    ["use provision mapping and find missing or ineffective provision", "Day 7", "Assignment 2"],
    ["deploy and manage teaching assistants and other staff", "Day 7", "Not part of any Assignment"],
    ["support colleagues' development by observing, coaching, mentoring and training", "Day 8",
     "Discussed at the Final PEP Review"],
    ["review with colleagues how well provision works, feeding the school's self-evaluation", "Day 7",
     "Assignment 2"],
    ["make sure pupils take part in planning, agreeing and reviewing their provision", "Day 4", "Assignment 1"],
    ["work well with parents and carers", "Day 5", "Assignment 1"],
    ["work with other services, agencies and voluntary organisations", "Day 8", "Assignment 3"],
]
ot = table(d, rows, widths=[9.4, 3.4, 3.8], size=8.5)
for b, title in zip(bands, ["How the SENCO works with people", "What the SENCO knows", "What the SENCO can do"]):
    merge_row(ot, b, title, fill="DEEAF6")
para(d)
para(d, "Access arrangements for tests and examinations are not covered on this course: the County's "
        "Assessment Team runs its own briefing for SENCOs each spring.")
para(d)

# ---------------- SECTION H
section("SECTION H - WHO WILL SUPPORT THE LEARNER", [
    ["Tutors", "Mrs Ruth Aldane (Course Leader): SENCO in two Halsworth schools for nine years, then SEN adviser; "
               "MA in Special Educational Needs. Dr Owen Pethick (University link tutor): ten years' teaching in "
               "special schools; researches inclusion of children in care. Three Virtual School teachers, each a "
               "former SENCO. Dr Sunita Rawal, the Virtual School's educational psychologist, leads Day 3."],
    ["Specialist input", "The CAMHS Looked After Children team, the speech and language therapy service, the Sensory "
                         "Support Service, Parent Partnership and the Children in Care Council each contribute "
                         "to a Study Day."],
    ["School mentor", "Each participant's head teacher names a school mentor, a senior leader, who meets the "
                      "participant each half term and observes the Assignment 3 staff session."],
    ["Placements", "A visit day at Greyfriars Special School or Cotton Lane Pupil Referral Unit can be arranged "
                   "where the participant's head teacher agrees to release them."],
    ["Resources", "The University library, with online journals through Athens; LearnLink; the Virtual School's "
                  "resource library at Brookside, including assessment materials and an assistive technology "
                  "loan kit (Clicker 5, text-to-speech software, reading pens)."],
])
p = para(d, "Staff are briefed for their roles as follows. University tutors attend the University's induction for "
            "associate tutors. ")
footnote_ref(p, 1)
para(d, "The Mentor Handbook is being written and will be sent to mentors before their first meeting with "
        "participants.")
para(d)
para(d, "Support between Study Days", bold=True)
para(d, "LearnLink holds each Day's materials and tasks. Participants post questions to their tutor on "
        "LearnLink, and tutors reply within three working days. Assignments are submitted on LearnLink and "
        "returned there with written feedback.")
pt = para(d)
tracked(pt, [("Between Study Days, ", None),
             ("participants support each other in LearnLink's cohort forum and ", "del"),
             ("tutors hold a telephone tutorial at each participant's request.", None)],
        author="Owen Pethick", date="2008-08-27T15:12:00Z")
para(d)

# ---------------- SECTION I
section("SECTION I - ATTENDANCE AND SAFEGUARDING", [
    ["Attendance", "Participants attend all eight Study Days. A missed Day is taken with the other route."],
    ["Safeguarding checks", "Enhanced CRB disclosure on participants is a matter for the employing school as their "
                            "employer; the Virtual School does not see or record disclosures."],
])
cp = d.tables[-1].cell(2, 1).paragraphs[0]
comment(d, cp, "Ruth - could we say we check these at the Starting Point? Everyone else seems to.", "Jan Moss", "JM")
para(d)

# ---------------- SECTION J
section("SECTION J - TRANSITION AND NEXT STEPS", [
    ["Next steps", "At the Final PEP Review each participant writes 'My Next PEP': three professional targets "
                   "for the following year, agreed with their mentor and sent to their head teacher. The "
                   "Virtual School's SENCO Network meets termly, and the tutor advises on the MA."],
])
para(d)

# ---------------- SECTION K
section("SECTION K - HOW WE WILL CHECK THIS PLAN IS WORKING", [
    ["Evaluation", "Each Study Day is evaluated on a form the tutors analyse the same week; a mid-course focus group "
                   "is run in March by a tutor who does not teach that group; the University's annual monitoring "
                   "report goes to its Faculty Quality Committee; the external examiner reports each year. The "
                   "Course Leader writes an action plan each July from these and reports it to the Virtual "
                   "School's management board; changes are listed in the next Course PEP, as in Section C."],
    ["Marking", "Each Assignment is marked by the tutor against the published criteria."],
    ["Impact", "At the Final PEP Review each participant re-rates the Starting Point; the change in their ratings "
               "and the tutor's judgement of their confidence are reported in the July action plan. We hope in "
               "time to track the progress of the Focus Pupils."],
    ["Stakeholders", "We would like foster carers and young people in care to help evaluate the course from 2009-10."],
])
pm = para(d)
tracked(pm, [("All Assignments are second-marked by a University tutor, and a sample from each marking batch "
              "goes to the University's external examiner, who moderates the marks before the Examination Board.",
              "ins")], author="Owen Pethick", date="2008-08-27T15:20:00Z")
para(d)
para(d, "The Virtual School's own self-evaluation form was graded good in the Ofsted inspection of Halsworth's "
        "services for children in care (2008).")
para(d)

# ---------------- SIGNATURES
st = table(d, [
    ["Signed", "Name", "Role", "Date"],
    ["R. Aldane", "Ruth Aldane", "Course Leader (Designated Teacher)", "1.9.08"],
    ["O. Pethick", "Owen Pethick", "University link tutor (Social worker)", "1.9.08"],
    [None, "[name]", "Young person", "[date]"],
    ["M. Greer", "Martin Greer", "Head of Virtual School", "2.9.08"],
], widths=[3.0, 4.0, 6.0, 3.6])
cc = st.cell(3, 1).paragraphs[0]
comment(d, cc, "Leave this row? It is on the form.", "Ruth Aldane", "RA")

out = HERE / (NAME + ".docx")
d.save(out)
add_footnotes(out, {1: "Tutors' qualifications are held by the University's School of Education; all tutors on "
                       "the course hold qualified teacher status and a Master's degree."})
print(out.name, word_count(out), "words")
