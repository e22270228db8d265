"""gy-01-teach-onward-coach-guide: builds gy-01-teach-onward-coach-guide.docx next to itself.

Provider: Teach Onward, an (invented) national charity that recruits graduates
to teach for two years in schools in challenging circumstances. It runs the
"Inclusion Leadership" award (PG Certificate, National Award for SEN
Coordination) for its alumni, validated by the (invented) University of
Castlebridge, Faculty of Education.

Document kind: the charity's Leadership Coach's Guide for the award's coaching
strand, version 3.2 (May 2008), written to "you" (the coach), sent whole as
the application with a shaded note to the panel on the first page and a short
Part 9 "For the approval panel" at the end.

Layout: a cover table (document details); a shaded panel note; heading styles
for Parts 1-9 with the guide's own numbering (1.1, 4.2 ... collide with
requirement ids); an "award at a glance" table; a table of roles; six coaching
conversations, each a two-column template table (When / Purpose / Ask them to
bring / Questions you might use / What you record / Outcomes it builds); a
"Questions coaches often ask" part in bold Q / plain A; typed bullets; an
Appendix A outcome map in the charity's own wording with shaded group rows
(merged across), columns "Built in" and "Shown in"; an Appendix B blank
coaching record form; a header and a footer with a PAGE field; tracked changes;
Word comments.

Traps (requirement ids affected):
- 5.3: Part 8 describes at length the coaches' own enhanced CRB checks and
  the charity's Safer Recruitment training for coaches (wrong context); the
  one sentence on participants' checks is a tracked DELETION; the page header
  claims participants hold enhanced disclosures (header, not evidence).
  -> not_met.
- 2.3: the FAQ in Part 7, far from the APL text in Part 3, says plainly there
  is no assessment-only route; a Word comment asking whether to offer one is
  not part of the submission. -> not_met.
- 2.1: APL arrangement is concrete; the deadline sentence is a tracked
  INSERTION (part of the submission). -> met.
- 1.3: only a general statement that sessions draw on current research and
  the reading list is kept current; no named research, inspection evidence or
  developments. -> partially_met.
- 1.7 / 6.S8: parents appear as values and one Regional Day session; no
  assessed work. 1.7 partially_met; 6.S8 partially_met (taught, not assessed).
- 1.9: blanket claim in Appendix A that "every outcome is assessed" while the
  map itself shows several outcomes only discussed in coaching. -> partially_met.
- 2.4: tailoring via the Personal Learning Plan is concrete; nothing on
  cost-effectiveness. -> partially_met.
- 3.2: one start a year, units in a fixed order; only choices of hub and of
  coaching by phone. -> partially_met.
- 3.3: the Hub (online) with tutor-moderated forums, coaching between
  sessions, and email/phone contact. -> met.
- 4.2: stakeholders' influence asserted only generally ("shaped the design").
  -> partially_met.
- 5.6: resources "available on the Hub" and the university library, nothing
  specialist. -> partially_met.
- 5.9: participant confidence measured; pupils' achievement only hoped for
  (and a comment doubts the data). -> partially_met.
- Criterion 6: Appendix A has 27 rows under a heading claiming all 28;
  exam access arrangements (6.S2d) are missing -> not_met. 6.A3, 6.A7,
  6.S2c "coaching only; not part of the assessed portfolio" -> partially_met;
  6.K4 built in Unit 2 with "Shown in" left as a dash -> partially_met;
  6.S8 taught, not assessed -> partially_met.
- 6.0: explicit rule that the Board of Examiners awards only where assessed
  work shows every national minimum outcome. -> met (the map's gaps are
  scored under 1.9 and per outcome).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _gy_helpers import (new_doc, para, runs, table, shade_cell, shade_para, tracked,
                         deleted_paragraph, comment, header_footer, bullet)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Calibri", 10.5)

header_footer(d, "Teach Onward  |  Leadership Coach's Guide: Inclusion Leadership 2008-09  |  "
                 "All participants hold a current enhanced CRB disclosure",
              "Version 3.2, May 2008. Owner: Alumni Leadership Team. Not for onward circulation.")

para(d, "TEACH ONWARD", bold=True, size=20)
para(d, "Inclusion Leadership: the SENCO Award for Teach Onward alumni", bold=True, size=14)
para(d, "Leadership Coach's Guide 2008-09", size=14)

table(d, [
    ["Document", "Leadership Coach's Guide, coaching strand of the Inclusion Leadership award"],
    ["Version", "3.2 (replaces 3.1 of March 2008)"],
    ["Owner", "Alumni Leadership Team, Teach Onward, 40 Farrier Street, London"],
    ["Validating partner", "University of Castlebridge, Faculty of Education"],
    ["For", "Leadership Coaches working with the 2008-09 cohort"],
], header=False, widths=[4, 12])

p = para(d, "Note for the approval panel. We are sending our coach guide whole, because it is the "
            "document that says most exactly what happens to a participant from nomination to award. "
            "It is written to our coaches. Part 9 and Appendix A were added for you. Where the guide "
            "refers to the Programme Handbook, what it says is repeated here; you do not need the "
            "handbook to read this application.", italic=True)
shade_para(p, "E7E6E6")

# ---------------------------------------------------------------- Part 1
d.add_heading("1  Welcome, and what this guide is for", level=1)
para(d, "Thank you for coaching on Inclusion Leadership. Most of you coached our participants in "
        "their first two years in the classroom, and you know the schools we work in: schools where "
        "more than a third of pupils are eligible for free school meals and where, in many cases, "
        "one pupil in four is on the SEN register. Many of our alumni now find themselves asked to "
        "take on the SENCO role within three or four years of qualifying. This award exists so that "
        "when they do, the pupils who most need a well-led SEN department get one.")
para(d, "The guide tells you what the award is, what your part in it is, how each of the six "
        "coaching conversations runs, what you write down, and what you must not do (mark work, "
        "promise extensions, or give advice on a safeguarding matter that belongs to the school's "
        "designated person).")
d.add_heading("1.1  What we want to change", level=2)
para(d, "The award's first aim, written into the validated programme document, is that pupils with "
        "SEN and/or disabilities in our participants' schools make better progress and are safer, "
        "healthier and more fully part of school life than they were before their SENCO trained. "
        "We mean all five Every Child Matters outcomes, not only attainment. Every unit has at least "
        "one learning outcome about pupils, and every assessed task asks the participant to show "
        "what changed for pupils. The Impact Enquiry (Task 3) requires a baseline for a named group "
        "of pupils, taken before the participant's intervention, and a second measure at least "
        "twelve weeks later, covering attainment or progress and at least one well-being measure "
        "(attendance, exclusions, a pupil attitude scale, or participation in clubs and trips).")
para(d, "Your job is to keep that aim in front of the participant. When a conversation drifts into "
        "staffing rotas or the paperwork for annual reviews, bring it back: which pupils, and what "
        "will be different for them?")
d.add_heading("1.2  Who our participants are", level=2)
para(d, "All participants are Teach Onward alumni with qualified teacher status who have taught for "
        "at least two years since completing our programme and who are either designated SENCO "
        "in their school or have been told in writing by their headteacher that they will take on "
        "the role by September 2009. The 2008-09 cohort is 48 teachers in 41 schools: 29 secondary, "
        "11 primary and one all-through academy, across London, the West Midlands, Greater "
        "Manchester and West Yorkshire.")

# ---------------------------------------------------------------- Part 2
d.add_heading("2  The award at a glance", level=1)
table(d, [
    ["", "Inclusion Leadership 2008-09"],
    ["Award", "Postgraduate Certificate in Inclusion Leadership (National Award for SEN Coordination), "
              "University of Castlebridge"],
    ["Credit", "60 credits at Masters level (M level, FHEQ level 7): three 20-credit units"],
    ["Units", "Unit 1 The SENCO's world: law, policy and the school\n"
              "Unit 2 Learners and learning: identifying and meeting needs\n"
              "Unit 3 Leading provision: the Impact Enquiry"],
    ["Taught days", "Summer Intensive, 28-31 July 2008, University of Castlebridge (4 days)\n"
                    "Six Saturday Regional Days, October 2008 to May 2009, at four hubs"],
    ["Coaching", "Six coaching conversations of 60-75 minutes with your Leadership Coach"],
    ["In another setting", "Two days in a host special school or resourced provision (spring term)"],
    ["Online", "The Hub (the university's Moodle site): unit materials, tutor-led forums, "
               "submission of tasks"],
    ["Assessment", "Task 1 Policy and practice review (4,000 words), Task 2 Learner case study "
                   "(4,000 words), Task 3 Impact Enquiry (5,000 words with evidence), Outcomes "
                   "Portfolio, and a Professional Conversation in June 2009"],
    ["Fees", "Paid in full by Teach Onward from its alumni fund; the school releases the "
             "participant for the Summer Intensive and two host days"],
], header=True, widths=[4, 12])

d.add_heading("2.1  The units", level=2)
runs(d, [("Unit 1 The SENCO's world. ", "b"),
         ("The SEN Code of Practice (2001) and its graduated response; the Special Educational Needs "
          "and Disability Act 2001 and the Disability Discrimination Act 1995 as amended in 2005, "
          "including the disability equality duty and the school's accessibility plan; Every Child "
          "Matters and the Children Act 2004; Removing Barriers to Achievement (2004); the role of "
          "the SENCO in the school's self-evaluation form and improvement plan; working with "
          "governors and the senior team on SEN policy and budget.", "")])
runs(d, [("Unit 2 Learners and learning. ", "b"),
         ("How children develop and how SEN, disability and the environment shape that development; "
          "the main areas of need (behavioural, emotional and social difficulties; specific learning "
          "difficulties including dyslexia; speech, language and communication needs; autistic "
          "spectrum disorders; moderate learning difficulties) and what they mean for learning; "
          "assessment for identification, including using reports from educational psychologists, "
          "speech and language therapists and CAMHS; planning, teaching and ICT approaches; "
          "pupil voice.", "")])
runs(d, [("Unit 3 Leading provision. ", "b"),
         ("Provision mapping and management; deploying and managing teaching assistants; tracking "
          "progress using teacher assessment, P scales and national test data; leading colleagues' "
          "development through coaching, modelling and training; working with external agencies and "
          "voluntary organisations; evaluating provision; the Impact Enquiry.", "")])
para(d, "Sessions throughout draw on current research and the reading list is kept current by the "
        "unit leaders.")

# ---------------------------------------------------------------- Part 3
d.add_heading("3  Before the course: nomination, the Starting Point Review and the Personal Learning Plan", level=1)
d.add_heading("3.1  Nomination and entry", level=2)
para(d, "Alumni apply in March. Each application must come with a nomination form signed by the "
        "headteacher, which confirms the SENCO designation (or the written plan for it), agrees to "
        "release the participant, and names a senior colleague as the school link. The Alumni "
        "Leadership Team checks each application against the entry requirements in 1.2 and the "
        "university's admissions tutor confirms the participant holds a first degree and QTS.")
para(d, "Every applicant completes the Starting Point Review (3.2) before an offer is made. If the "
        "review shows an applicant is unlikely to reach the outcomes within the year (for example a "
        "teacher with no experience of the SEN register or of working with teaching assistants), "
        "the programme leader telephones the headteacher, explains what the applicant needs first, "
        "and offers a place on our eight-week twilight course Inclusion Foundations, with a "
        "guaranteed interview for the following year's cohort. In 2008 four applicants took this "
        "route.")
d.add_heading("3.2  The Starting Point Review", level=2)
para(d, "The Starting Point Review is a self-assessment against all 28 national minimum outcomes, "
        "on a four-point scale (new to me / some experience / confident / could lead others), with "
        "a short piece of evidence for any outcome rated 3 or 4. The participant completes it on "
        "the Hub in May. Because people often rate themselves as confident on things that have "
        "changed (the disability equality duty is a common example), the university tutor reviews "
        "every return and marks any rating he or she wants to test.")
d.add_heading("3.3  Your first job: the Personal Learning Plan", level=2)
para(d, "In Coaching Conversation 1 you and the participant turn the review into a Personal "
        "Learning Plan: four to six priority outcomes for the year, the Regional Day options and "
        "host-school focus that fit them, and the pupils the Impact Enquiry will be about. The "
        "tutor signs the plan off within two weeks, and it is revised at Conversation 4. The plan "
        "is the participant's personalised set of outcomes; the national outcomes still all have "
        "to be shown by the end.")
d.add_heading("3.4  Prior learning", level=2)
p = para(d, "Participants who completed the Masters-level modules of our two-year programme, or who "
            "hold other relevant Masters-level credit from the last five years, can claim up to 20 "
            "credits of accredited prior learning against Unit 2 through the university's APL "
            "procedure; those with substantial experience (for example two years as an acting "
            "SENCO) can make an experiential claim with a portfolio and a 30-minute interview. ")
tracked(p, "Claims must reach the university's APL panel by 31 October, and the coach helps the "
           "participant assemble the evidence at Conversation 2.", "ins", author="Hannah Reid")

# ---------------------------------------------------------------- Part 4
d.add_heading("4  Who does what", level=1)
table(d, [
    ["Role", "Who", "What they do"],
    ["Programme leader", "Dr Miriam Achebe (Teach Onward; former SENCO and local authority SEN adviser)",
     "Runs the award day to day, chairs the coach calibration meetings, handles entry decisions "
     "and adjustments"],
    ["Unit leaders and tutors", "University of Castlebridge staff: Dr Paul Wenham (Unit 1), "
     "Ms Claire Ostrowski (Unit 2), Dr Anand Ray (Unit 3)",
     "Teach the units, mark all assessed work, sign off the Personal Learning Plan and the "
     "Outcomes Portfolio, run the Professional Conversation"],
    ["Leadership Coach (you)", "Teach Onward coaches, each with at least five years' teaching "
     "and SEN leadership experience",
     "Six coaching conversations; one school visit; help with the Personal Learning Plan and the "
     "APL claim; you do not mark or grade"],
    ["School link", "A senior colleague named on the nomination form",
     "Meets the participant each half term; attends Conversation 5; completes the end-of-year "
     "impact return"],
    ["Host school", "Eight special schools and resourced provisions (listed on the Hub)",
     "Two days' structured visit for each participant in the spring term"],
    ["External examiner", "Appointed by the university (Professor Janet Hales, 2008-11)",
     "Samples marked work, attends the Board of Examiners, reports annually"],
], widths=[3.5, 5.5, 7])
para(d, "Tutors all hold a Masters qualification in education or SEN and have led SEN in schools or "
        "services within the last five years; Ms Ostrowski is an educational psychologist and "
        "Dr Ray holds the mandatory qualification for teachers of the visually impaired. Each "
        "keeps current through the university's SEN research group and nasen membership.")
d.add_heading("4.1  Your induction and calibration", level=2)
para(d, "New coaches attend a two-day coach induction in June (the award, the outcomes, the "
        "conversation templates, boundaries with the tutors' role). All coaches attend three "
        "calibration meetings a year, where two anonymised coaching records are read together "
        "against this guide and the programme leader observes one conversation per coach each "
        "year, with written feedback.")

# ---------------------------------------------------------------- Part 5
d.add_heading("5  The six coaching conversations", level=1)
para(d, "Each conversation follows the same template. Timings are a guide; the order is not. "
        "Conversations can be held face to face in school or by telephone if that suits the "
        "participant better, except Conversation 5, which is always held in school.")

convs = [
    ("Conversation 1: Starting point", [
        ("When", "June-July 2008, before the Summer Intensive"),
        ("Purpose", "Agree the Personal Learning Plan (3.3)."),
        ("Ask them to bring", "Starting Point Review; the school's SEN policy; the current SEN register."),
        ("Questions you might use", "Which pupils worry you most, and why? What would your head say "
                                    "the SEN department's job is? Which outcomes did you rate 4, and "
                                    "what is your evidence?"),
        ("What you record", "The plan's priority outcomes; agreed actions; anything for the tutor."),
        ("Outcomes it builds", "Starting point for all"),
    ]),
    ("Conversation 2: Time, priorities and the calendar", [
        ("When", "September 2008"),
        ("Purpose", "Help the participant plan the SENCO year: annual reviews, the SEN register "
                    "update, provision map, the SEF deadline, and delegating to TAs."),
        ("Ask them to bring", "School calendar; a week's diary; TA timetable."),
        ("Questions you might use", "What are you doing that someone else could do better? What gets "
                                    "dropped in a bad week?"),
        ("What you record", "Two changes to how they plan their time."),
        ("Outcomes it builds", "Prioritising and delegating; deploying staff"),
    ]),
    ("Conversation 3: Hearing pupils", [
        ("When", "November 2008"),
        ("Purpose", "Prepare the pupil consultation for Task 2: the participant plans how to find "
                    "out, using at least two methods suited to the pupils (for example talking mats, "
                    "a structured interview, a photo diary), what a group of pupils with SEN think "
                    "about their support, and how the pupils will take part in their next review."),
        ("Ask them to bring", "Draft consultation plan; consent letters."),
        ("Questions you might use", "How will a pupil with limited speech tell you what works? Who "
                                    "will see what the pupils say, and what will change?"),
        ("What you record", "The consultation plan and the tutor's comments on it."),
        ("Outcomes it builds", "Consulting pupils; involving pupils in their provision"),
    ]),
    ("Conversation 4: Midpoint review", [
        ("When", "February 2009"),
        ("Purpose", "Revisit the Personal Learning Plan; check progress of the Impact Enquiry "
                    "baseline; plan the host school days."),
        ("Ask them to bring", "The plan; the baseline data; the Task 1 feedback."),
        ("Questions you might use", "Which priority outcomes have moved? Which have not, and what "
                                    "would help?"),
        ("What you record", "The revised plan."),
        ("Outcomes it builds", "Formative assessment with colleagues; self-evaluation"),
    ]),
    ("Conversation 5: In school, with the school link", [
        ("When", "March-April 2009, in the participant's school"),
        ("Purpose", "A three-way conversation with the school link about the participant's work "
                    "with the senior team and governors: SEN in the SEF, the provision map, the "
                    "budget, and what the school will do with the Impact Enquiry findings."),
        ("Ask them to bring", "Provision map; SEF section on SEN; governors' report."),
        ("Questions you might use", "What does the head need to see to back this? What will you "
                                    "stop doing?"),
        ("What you record", "Agreed actions for the school; the link's view of progress."),
        ("Outcomes it builds", "Working with senior leaders and governors; gaining commitment"),
    ]),
    ("Conversation 6: Next horizon", [
        ("When", "June 2009, after the Professional Conversation"),
        ("Purpose", "The participant drafts a 'next horizon' plan: two or three professional "
                    "targets for 2009-11 (for example the NPQH pathway, a Masters, specialist "
                    "training in one area of need) and takes it to their performance management "
                    "review with the headteacher in the autumn."),
        ("Ask them to bring", "The Outcomes Portfolio; their performance management objectives."),
        ("Questions you might use", "What do you want to be doing in 2011? What do you need to keep "
                                    "up to date, and how will you do it?"),
        ("What you record", "The next horizon plan (copy to the school link)."),
        ("Outcomes it builds", "Keeping up to date; own professional development"),
    ]),
]
for title, rows in convs:
    d.add_heading(title, level=2)
    t = table(d, [list(r) for r in rows], header=False, widths=[4, 12])
    for r in t.rows:
        shade_cell(r.cells[0], "DEEAF6")
    para(d, "")

d.add_heading("5.1  Between the days", level=2)
para(d, "Between Regional Days participants work through the unit materials on the Hub. Each unit "
        "has a forum moderated by its tutor, who answers questions within three working days; "
        "each Regional Day hub group has its own forum for peer discussion, and we ask "
        "participants to post a short reflection after each Regional Day and reply to two "
        "colleagues'. You can be reached by email and telephone between conversations; we ask you "
        "to reply within five working days and to log contacts on the coaching record. Tutors "
        "also run two evening 'surgery' sessions by telephone conference before each task "
        "deadline. Task submission and feedback are through the Hub, and the programme office "
        "sends schools a termly email update on the cohort's programme.")

# ---------------------------------------------------------------- Part 6
d.add_heading("6  Working with the school and with others", level=1)
para(d, "The award is rooted in the participant's own school. Each task is a piece of work the "
        "school needs anyway: Task 1 reviews the school's own SEN policy and practice against the "
        "Code of Practice and the disability equality duty and ends with proposals to the senior "
        "team; Task 2 is a case study of a real pupil, with the participant's plan carried out and "
        "reviewed; Task 3 is an intervention the participant leads with colleagues in school.")
para(d, "On the Regional Days participants practise the conversations a SENCO has with colleagues: "
        "advising a subject teacher on differentiation, briefing a TA team, giving feedback after "
        "an observation, and taking part in a multi-agency meeting role-play run with a local "
        "authority SEN officer, an educational psychologist and a speech and language therapist. "
        "In Unit 3 each participant leads a training session for colleagues in school, which the "
        "school link observes.")
para(d, "We believe parents and carers are partners in their children's education, and our "
        "alumni know how much a good relationship with a family matters. The fourth Regional Day "
        "includes a session on working with parents, led by the manager of a Parent Partnership "
        "Service.")
d.add_heading("6.1  The host school days", level=2)
para(d, "In the spring term each participant spends two days in one of eight host special schools "
        "or resourced provisions, chosen to match a priority in the Personal Learning Plan (for "
        "example an ASD resource base or a school for pupils with BESD). The host names a member "
        "of staff for the visit and the participant completes a structured visit record that feeds "
        "Task 2. Host schools have agreed these arrangements in writing with the programme leader.")

# ---------------------------------------------------------------- Part 7
d.add_heading("7  Questions coaches often ask", level=1)
qa = [
    ("Can I read a draft of a task?",
     "You can talk about the ideas. You must not read or comment on drafts; the tutors do that once "
     "per task, and comments from more than one person confuse."),
    ("A participant has told me they are dyslexic. What do I do?",
     "Encourage them to tell the programme leader if they have not. Our application form invites "
     "every applicant to tell us about any disability or condition and the adjustments they would "
     "like, and we ask again at the Summer Intensive. The programme leader agrees adjustments with "
     "the participant and with the university's Disability Service: for example extra time for "
     "tasks, materials in large print or on coloured paper, a reader or BSL interpreter on "
     "taught days, a quiet room, or a Professional Conversation in two parts. All four hubs and "
     "the university rooms have step-free access and hearing loops, and the host school list "
     "says which visits can be adapted. Our recruitment leaflet and the Hub carry the same "
     "invitation. The unit on disability equality also asks participants to look at the "
     "accessibility plan and the attitudes of staff in their own school."),
    ("Can someone start in January?",
     "No. The course runs once a year, starting with the Summer Intensive, and the units are taken "
     "in order. Participants can choose which of the four hubs they attend for Regional Days and "
     "can have any conversation except the fifth by telephone."),
    ("One of my participants has been SENCO for three years. Can she skip the course and just be assessed?",
     "There is no assessment-only route. Every participant takes part in the full programme, "
     "including the coaching; experienced SENCOs can claim credit for prior learning (3.4)."),
    ("What if my participant is struggling?",
     "Tell the tutor and the programme leader. The tutor can agree an extension of up to four "
     "weeks; beyond that the university's extenuating circumstances procedure applies."),
]
for q, a in qa:
    qp = para(d, "Q. " + q, bold=True)
    ap = para(d, "A. " + a)
    if q.startswith("One of my"):
        comment(d, ap, "Should we offer assessment-only for alumni who are already SENCOs? Miriam to "
                       "raise with the university in the autumn.", author="Hannah Reid", initials="HR")

# ---------------------------------------------------------------- Part 8
d.add_heading("8  Safeguarding and suitability", level=1)
para(d, "Every Leadership Coach is checked before they start: an enhanced CRB disclosure renewed "
        "every three years, two references including your most recent employer, and a check that "
        "you have not been barred from work with children. Teach Onward follows the principles of "
        "Safeguarding Children and Safer Recruitment in Education (DCSF 2006) for all staff who "
        "visit schools, and every coach completes the charity's Safer Recruitment training.")
para(d, "When you visit a school, sign in, wear your Teach Onward badge and follow the school's "
        "safeguarding procedures. If a participant tells you something that suggests a child is at "
        "risk, remind them of their duty to tell their school's designated person the same day, "
        "and tell the programme leader.")
deleted_paragraph(d, "The nomination form also asks the headteacher to confirm that the participant "
                     "has a current enhanced CRB disclosure, and the Alumni Leadership Team does not "
                     "make an offer until that confirmation is received.", author="Hannah Reid")

# ---------------------------------------------------------------- Part 9
d.add_heading("9  For the approval panel", level=1)
d.add_heading("9.1  Why we built the award", level=2)
para(d, "Our 2007 alumni survey (286 responses) found that 61 per cent of alumni still teaching "
        "expected to hold an SEN or inclusion responsibility within two years, and that 72 per cent "
        "wanted training tied to their own school. We also asked the headteachers of 14 of our "
        "partner schools and the SEN officers of three local authorities (Brackton, Hallmoor and "
        "Westfield) what a new SENCO most needed; they named provision mapping, managing TAs, and "
        "confidence with the senior team and governors. Units 1 and 3 address those needs. What we "
        "heard from alumni, schools and authorities has shaped the design throughout.")
d.add_heading("9.2  How stakeholders stay involved", level=2)
para(d, "The Inclusion Leadership steering group meets each term: two headteachers from partner "
        "schools, a Hallmoor SEN officer, two alumni from the first cohort once they finish, the "
        "programme leader and Dr Wenham for the university. It receives the evaluation reports "
        "below and agrees the changes for the next year. School links complete an impact return "
        "in June, host schools comment on each visit, and local authority officers teach on the "
        "Regional Days.")
d.add_heading("9.3  Quality and evaluation", level=2)
para(d, "Inside the programme we use session evaluations after every taught day, the coach "
        "calibration meetings and observations (4.1), a mid-year participant survey and the "
        "school links' June impact return. Outside it, the university's external examiner samples "
        "marked work and reports to the Board of Examiners, and the award goes through the "
        "university's annual programme monitoring, with the report seen by the Faculty's "
        "Quality Committee. Each July the programme leader and unit leaders hold a programme review "
        "day, write an action plan from this evidence, and take it to the steering group; the "
        "changes are written into the next year's handbook and this guide.")
para(d, "Assessed work is marked by the unit tutor against published criteria; 20 per cent of "
        "each task, and every fail and borderline script, is second-marked by another tutor, and "
        "the marks are agreed at a moderation meeting before the sample goes to the external "
        "examiner.")
p = para(d, "To see what difference the award makes, participants rate their confidence against "
            "each national outcome at the start and the end (the Starting Point Review is repeated "
            "in June) and we compare the two. We would like, in time, to follow the progress of "
            "the pupils in the Impact Enquiries beyond the end of the course.")
comment(d, p, "Can we promise anything on pupil data? No data-sharing agreement with the LAs yet.",
        author="Miriam Achebe", initials="MA")
para(d, "Resources for each unit are available on the Hub, and participants have full use of the "
        "University of Castlebridge library, including its electronic journals.")
d.add_heading("9.4  The award rule", level=2)
para(d, "The Board of Examiners will award the certificate only to participants whose assessed "
        "work has shown every one of the national minimum outcomes. Each participant's Outcomes "
        "Portfolio carries, for each outcome, a reference to the assessed evidence and the tutor's "
        "signature; the Professional Conversation (45 minutes with two tutors) tests any outcome "
        "where the written evidence is thin.")

# ---------------------------------------------------------------- Appendix A
d.add_heading("Appendix A  Where each outcome is built and shown", level=1)
para(d, "The map covers all 28 national minimum outcomes, in our words. Every outcome is assessed.")
rows = [["Outcome (our wording)", "Built in", "Shown in"]]
groups = [
    ("Attributes", [
        ("Builds fair, respectful relationships with pupils with SEN and their families", "Unit 2; Regional Day 4", "Task 2 case study"),
        ("Wins the backing of colleagues, the head and senior leaders", "Unit 3; Conversation 5", "Task 3; school link statement"),
        ("Prioritises, manages time and delegates well", "Conversation 2", "Coaching only; not part of the assessed portfolio"),
        ("Anticipates problems and makes sound decisions about provision", "Unit 3", "Task 3"),
        ("Speaks and writes clearly and listens to others", "All units", "All tasks; Professional Conversation"),
        ("Uses research and outside advice to improve practice", "Units 2 and 3", "Task 3 literature review"),
        ("Keeps up to date and takes charge of own development", "Conversation 6", "Coaching only; not part of the assessed portfolio"),
    ]),
    ("Knowledge", [
        ("SEN law and guidance, including the Code of Practice, and putting it into practice", "Unit 1", "Task 1"),
        ("Every Child Matters and the SENCO's part in it", "Unit 1", "Task 1"),
        ("Disability equality law and what it requires of a school", "Unit 1", "Task 1"),
        ("How children develop, and how SEN, disability and environment affect it", "Unit 2", "\u2014"),
        ("The main types of SEN and disability and their effect on learning", "Unit 2", "Task 2"),
        ("Approaches and resources for assessment, planning and teaching, including ICT", "Unit 2", "Task 2"),
        ("School self-evaluation and improvement for SEN", "Unit 1; Conversation 5", "Task 1"),
        ("Best practice and research on meeting SEN", "Units 2 and 3", "Task 3"),
        ("External agencies and how to get specialist support", "Unit 2; Regional Day 3", "Task 2"),
    ]),
    ("Skills", [
        ("Shapes an inclusive ethos, policy and budget with leaders and governors", "Unit 1; Conversation 5", "Task 1 proposals"),
        ("Identifies pupils, sets targets, plans interventions, reviews progress", "Unit 2", "Task 2"),
        ("Uses other professionals' assessments in planning teaching", "Unit 2", "Task 2"),
        ("Uses summative data, including national tests, to track progress", "Unit 3", "Task 3"),
        ("Helps colleagues use formative assessment with pupils with SEN", "Conversation 4", "Coaching only; formative feedback, not marked"),
        ("Uses provision mapping to find gaps and weak provision", "Unit 3", "Task 3"),
        ("Deploys and manages staff, including TAs", "Unit 3; Conversation 2", "Task 3"),
        ("Develops colleagues through observation, coaching and training", "Unit 3", "Training session observed by school link; Task 3"),
        ("Reviews provision with colleagues to feed self-evaluation", "Unit 3", "Task 3"),
        ("Involves pupils in planning and reviewing their provision", "Conversation 3; Unit 2", "Task 2 pupil consultation"),
        ("Works well with parents and carers", "Regional Day 4", "\u2014"),
        ("Works with other services and voluntary organisations", "Unit 2; Unit 3", "Task 2; Task 3"),
    ]),
]
group_rows = []
for g, items in groups:
    group_rows.append(len(rows))
    rows.append([g, "", ""])
    for it in items:
        rows.append(list(it))
t = table(d, rows, widths=[8, 4, 4])
for gi in group_rows:
    c = t.cell(gi, 0).merge(t.cell(gi, 2))
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    shade_cell(c, "F2F2F2")
    for r in c.paragraphs[0].runs:
        r.bold = True

# ---------------------------------------------------------------- Appendix B
d.add_heading("Appendix B  Coaching record (blank)", level=1)
table(d, [
    ["Participant", ""], ["Coach", ""], ["Conversation no. and date", ""],
    ["Face to face / telephone", ""], ["What we discussed", ""],
    ["Agreed actions (who, by when)", ""], ["For the tutor's attention", ""],
    ["Contacts since last conversation", ""],
], header=False, widths=[5, 11])
para(d, "Upload the completed record to the participant's Hub page within a week. Participants see "
        "everything you write.")

d.save(OUT)
print("wrote", OUT)
