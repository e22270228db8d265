"""hi-01-four-rivers-governor-visits: build the .docx next to this script.

Provider: the Four Rivers Federation, four special schools in Westrith (Ashby Brook
School, PMLD/SLD; Dene Lea School, autism; Merewood School, MLD and SLCN; Tollgate
School, BESD) whose joint outreach service, Four Rivers Outreach and Training, runs
the "Four Rivers SENCO Award" for mainstream SENCOs. The University of Stainforth
validates it. Pilot cohort 2008-09; application March 2009.

Document kind and layout: the bundle of five Governor Visit Records (form GV1) that
the federation governing body's Outreach, Training and Partnerships (OTP) Committee
made of the pilot in 2008-09, sent whole as the application under a covering letter
from the Director of Outreach. No heading styles: bold typed titles. Each record is
a form: a field table at the top (with a merged "Focus agreed with" row), then
bold run-in prompts ("What I saw", "What I was told", "Questions I asked", "Points
for the committee") and a shaded "Executive Headteacher's response" box. The
governors write in the first person and report what staff told them. The
committee's "Outcomes check" table is appended (merged, shaded group rows; the
federation's own words for the outcomes; "Where it is worked on" / "How it counts
for the Award"). Header and footer (the footer holds the usual disclaimer),
tracked changes (an inserted sentence, a deleted sentence), Word comments.
House vocabulary: Gathering Days, Enquiries 1-3, Professional Conversation,
Starting Point Profile, Home Mentor, Outreach Tutor, Outcomes Record.

Traps (requirement ids):
- 1.1: the aims are about "progress in learning and attainment"; well-being is only
  hoped to follow ("we would hope"). partially_met.
- 1.5 / 6.S7: participants only watch pupils at Ashby Brook being consulted and are
  "not asked to consult pupils themselves"; outcome row says "not assessed".
- 1.9: the outcomes check shows several outcomes not assessed. partially_met.
- 2.1: negation ("does not award credit for prior learning"); another consortium's
  APL arrangement (Harnley) reported by a governor; a deleted tracked sentence
  offering 20 credits. not_met.
- 2.3: assessment-only route only suggested by a governor; the response is a plan
  for "2010-11". not_met.
- 2.5: only an information talk about the University's MA. partially_met.
- 3.2: a January start was a pilot (past) arrangement; from September 2009 a
  single start and fixed order; only the base school varies. partially_met.
- 3.3: e-learning exists (Stainforth Online) but "tutors do not monitor" the forum,
  and no support between Gathering Days. partially_met.
- 5.2: entry checks are only status checks (qualified teacher, nominated). partial.
- 5.3: CRB checks are "the responsibility of each participant's employing school"
  and "we do not ask to see them" (someone else's responsibility); a comment
  claiming the Tollgate office keeps a list is a comment. not_met.
- 5.7: Home Mentors only get a letter; "not yet been able to offer them any
  training". partially_met.
- 5.9: confidence scales are used, but pupils' achievement is only hoped for
  ("We would like"). partially_met.
- 5.8: the external examiner sentence is a tracked insertion (counts). met.
- 4.3: heads and parents on the Steering Group (met), though a governor's wish
  for pupils' views is only a wish.
- 6.A3, 6.K3: taught, "not assessed". 6.A7: formative only ("not marked").
  6.S2b: assessed in Enquiry 2 with "No taught session". partially_met.
- 6.K7: no row and nothing in the records. 6.S2d: row says "Not covered in
  2008-09" and an offer of a session. not_met.
- The footer's sentence that the service "will check the CRB status of every
  participant" is a footer (5.3 stays not_met); the header is never evidence.
- 2.4: tailoring by priorities and extension workshops, twilight sessions that
  save cover costs. met.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hi_helpers import (new_doc, header_footer, para, runin, box, table, merge_row,
                         shade_cell, tracked, deleted_paragraph, comment)

OUT = Path(__file__).with_name("hi-01-four-rivers-governor-visits.docx")
d = new_doc("Arial", 10.5)
header_footer(d, "FOUR RIVERS FEDERATION  |  Governing Body  |  OTP Committee papers 2008-09",
              "Governor visit records record a governor's own impressions and do not represent "
              "the views of the Governing Body. Four Rivers Outreach and Training will check the CRB status of every participant.")

# ---------------- covering letter ----------------
para(d, "Four Rivers Outreach and Training", bold=True, size=13)
para(d, "Merewood School, Chantry Lane, Westrith WR4 7QA\nDirector of Outreach: Mrs Gillian Threlfall")
para(d, "16 March 2009")
para(d, "Approval Panel for Nationally Accredited SENCO Training\nTraining and Development Agency for Schools")
para(d, "Dear Colleagues,")
para(d, "The Four Rivers SENCO Award: application for approval", bold=True)
para(d, "We are the joint outreach service of the Four Rivers Federation: Ashby Brook School (profound and "
        "multiple and severe learning difficulties), Dene Lea School (autism), Merewood School (moderate "
        "learning difficulties and speech, language and communication needs) and Tollgate School (behavioural, "
        "emotional and social difficulties). Since 2002 our outreach teachers have worked in more than ninety "
        "mainstream schools in Westrith. In 2008-09 we ran a pilot of the Four Rivers SENCO Award for fourteen "
        "mainstream SENCOs, and the University of Stainforth validated the Award on 12 February 2009.")
para(d, "Rather than write the programme up again, we are sending you the five Governor Visit Records that "
        "our Outreach, Training and Partnerships (OTP) Committee made of the pilot this year, with the "
        "committee's Outcomes check at the back. Governors visited every stage of the course and wrote down "
        "what they saw and what staff told them. The course team has checked every factual statement in the "
        "records, and the Executive Headteacher's responses set out what the federation has decided. Where a "
        "record reports what happened in the pilot and the accredited programme will differ, the response "
        "says so.")
para(d, "Yours faithfully,")
para(d, "Gillian Threlfall\nDirector of Outreach, on behalf of the Governing Body of the Four Rivers Federation")
d.add_page_break()


def record(no, date, gov, link, focus, place):
    para(d, f"GOVERNOR VISIT RECORD (Form GV1)  —  Visit {no}", bold=True, size=12)
    t = table(d, [["Date of visit", date, "Governor", gov],
                  ["Link area", link, "Where", place],
                  ["Focus agreed with", "", "", ""]], header=False)
    for i in range(3):
        shade_cell(t.cell(i, 0), "E2E2E2")
    m = t.cell(2, 1).merge(t.cell(2, 3))
    m.text = focus
    d.add_paragraph()


def response(lines):
    box(d, [("Executive Headteacher's response", "")] + lines, fill="EAF1DD")


# ---------------- Visit 1 ----------------
record(1, "14 October 2008", "Mr Stephen Okafor (community governor)", "Admissions and safeguarding",
       "Mrs Threlfall (Director of Outreach): to see how SENCOs are selected and how each one's starting point is found.",
       "Merewood School, Training Room 2")
runin(d, "What I saw. ", "I sat in on two of the Starting Point meetings held for the pilot group. Each SENCO had "
      "already filled in the Starting Point Profile, a booklet that takes every one of the national outcomes in "
      "turn and asks the SENCO to rate it from 1 (new to me) to 4 (I could teach this to others) and to give an "
      "example from their own school. The Outreach Tutor went through the profile with the SENCO for about an "
      "hour, challenged some of the ratings (one SENCO who had rated herself 4 on the Code of Practice was still "
      "working from the 1994 version) and agreed which outcomes would be the SENCO's priorities for the year.")
runin(d, "What I was told. ", "The agreed ratings become the SENCO's Individual Training Plan, which sets out a "
      "personal set of target outcomes, which Gathering Days matter most, which tutorials to book and what the "
      "first Enquiry will focus on. The plan is copied to the SENCO's Home Mentor and looked at again at each "
      "termly review. Tutors group the Gathering Day workshops by the priorities that come out of the plans, so a "
      "SENCO who already knows a topic well can take the extension workshop instead.")
runin(d, "Entry. ", "To join, a SENCO must be a qualified teacher, be in post as SENCO or about to take the role, "
      "and be nominated by their headteacher on the federation's nomination form. Mrs Threlfall said that "
      "nobody has yet been turned away.")
pq = runin(d, "Questions I asked. ", "I asked how the federation knows a SENCO is safe to work with our pupils during "
      "the placement week. I was told that CRB checks are the responsibility of each participant's employing school "
      "and that we do not ask to see them; the head's nomination form confirms only that the participant is "
      "employed as a teacher.")
p = runin(d, "I also asked about credit for earlier study. ", "Two of the pilot SENCOs hold the OCR Certificate in "
          "specific learning difficulties. I was told that the University of Stainforth does not award credit for prior "
          "learning against this award, so they must complete all three Enquiries. I mentioned that at the Harnley "
          "consortium, where my niece trained, SENCOs with a previous certificate are excused one assignment.")
comment(d, p, "Stephen - this is Harnley's scheme, not ours. Keep it in? (Clerk)", "Ruth Pascoe (Clerk)", "RP")
runin(d, "Disabled SENCOs. ", "The nomination form asks each SENCO in confidence whether they have a disability "
      "or health condition for which the course should make adjustments, and Mrs Threlfall rings everyone who "
      "says yes before the course starts. In the pilot one SENCO with a hearing impairment had a loop system "
      "at every venue and papers a week early, and another, who is dyslexic, was given course texts in "
      "electronic form and an extra two weeks for each Enquiry. All four schools are fully accessible, and the "
      "federation's Disability Equality Scheme covers the course.")
runin(d, "Points for the committee. ", "The Starting Point meeting is thorough and SENCOs value it. The committee "
      "should look again at the safeguarding point.")
response([
    "Agreed on the value of the Starting Point meeting. On safeguarding: the nominating headteacher employs the "
    "SENCO, and the responsibility for checks stays with the school. We will raise with the University whether "
    "anything more is needed."])
comment(d, pq, "We do check CRB now - Tollgate office keeps a list. GT", "Gillian Threlfall", "GT")
d.add_page_break()

# ---------------- Visit 2 ----------------
record(2, "6 November 2008", "Mrs Anita Rahman (parent governor, Dene Lea)", "Curriculum and standards",
       "Mr Colin Beddow (Outreach Tutor): to see a Gathering Day and how the course is taught.",
       "Dene Lea School, Hall and Sensory Suite")
runin(d, "What I saw. ", "This was Gathering Day 2, \"The law, the Code and the child\". There are eight Gathering "
      "Days in the year, each held at one of our four schools in turn, from 9.15 to 3.30. The morning began with "
      "the SEN Code of Practice (2001) and the Disability Discrimination Act as amended in 2005, worked through "
      "three case studies of pupils from mainstream schools: what the school must do, what the LA must do, and "
      "what the SENCO must put in place, including the school's Disability Equality Scheme and accessibility "
      "plan. Mr Beddow then took the group through the Every Child Matters outcomes and the SENCO's part in each, "
      "using a pupil from Dene Lea (with his parents' permission) to show how staying safe, being healthy and "
      "making a positive contribution are planned for alongside his learning.")
runin(d, "", "In the afternoon the SENCOs worked in the Dene Lea classes, two to a class, watching how staff adapt "
      "teaching for autistic pupils, and then discussed it with the class teachers. Mr Beddow introduced the "
      "Bercow Review of services for children with speech, language and communication needs (2008), the Ofsted "
      "report Inclusion: does it matter where pupils are taught? (2006) and the Lamb Inquiry, which has just been "
      "announced, and asked each SENCO to read one and bring back a point for their own school.")
runin(d, "What I was told. ", "The aim of the Award, as the validated document puts it, is \"to equip mainstream "
      "SENCOs to secure the best possible progress in learning and attainment for pupils with SEN and "
      "disabilities\". Every Enquiry has to show the effect of the SENCO's work on pupils' progress. I asked "
      "whether that leaves out pupils' happiness and well-being, which matter most to us as parents. Mr Beddow "
      "said the Enquiries are marked on progress and that we would hope that well-being follows.")
runin(d, "", "The day is taught by Outreach Tutors from all four schools. Mr Beddow holds the MA in Special and "
      "Inclusive Education and was a mainstream SENCO for nine years; Mrs Kaur (Ashby Brook) is a qualified "
      "teacher of children with multi-sensory impairment; Mr Lowe (Tollgate) holds the Advanced Diploma in "
      "behaviour and is a trained Team Teach tutor; Ms Harding (Merewood) is a speech and language therapist "
      "employed by the NHS and based at Merewood. Every tutor spends at least two days a week teaching or "
      "doing outreach in schools, so their practice is current.")
runin(d, "Resources. ", "SENCOs can borrow from the federation's resource library at Merewood (assessment kits, "
      "communication aids, switch and symbol software, and the Dene Lea autism collection), use the sensory "
      "suites and ICT suites in all four schools, and have a federation laptop with Clicker, Communicate: "
      "In Print and Boardmaker on loan for the year. Through the University they also have the library and "
      "its electronic journals.")
runin(d, "Questions I asked. ", "I asked how SENCOs learn to ask children what they think. I was told the course "
      "shows them: on Gathering Day 3 the group watches the Ashby Brook school council, where pupils use "
      "Talking Mats and symbols to give their views, but SENCOs are not asked to consult pupils themselves as part "
      "of the course.")
runin(d, "Points for the committee. ", "An impressive day. I would like to see pupils' own views asked for in the "
      "Enquiries, and well-being given the same weight as attainment.")
response(["Thank you. The balance between attainment and well-being will be discussed by the course team at "
          "the summer review."])
d.add_page_break()

# ---------------- Visit 3 ----------------
record(3, "22 January 2009", "Revd Peter Ashworth (foundation governor)", "Community and partnerships",
       "Mr Dominic Lowe (Outreach Tutor, Tollgate): to see the Placement Week.",
       "Tollgate School and the Westrith Child Development Centre")
runin(d, "What I saw. ", "Every SENCO spends a Placement Week in January in our schools: a day each at Ashby "
      "Brook, Dene Lea, Merewood and Tollgate, and a fifth day with a service of their choice from the Westrith "
      "Educational Psychology Service, the Child Development Centre, CAMHS, the Sensory Support Service or the "
      "Westrith Parent Partnership Service. Each day has a named host teacher and a set of observation tasks "
      "linked to the SENCO's Individual Training Plan. At Tollgate I joined a SENCO at a multi-agency review "
      "of a Year 8 pupil at risk of exclusion, with a clinical psychologist from CAMHS, the pupil's social "
      "worker, a youth worker from the Westrith Young People's Project (a voluntary organisation) and the "
      "pupil's mother.")
runin(d, "What I was told. ", "Placement Week is planned so that SENCOs learn how to work with other services "
      "and agencies, including voluntary organisations such as the Young People's Project, Westrith Mencap and "
      "the local autism support group, and how to get specialist advice and resources for pupils in their own "
      "schools. The host teachers are experienced; most have led outreach work.")
runin(d, "", "Mr Lowe explained that the Thursday afternoon workshop, \"Sitting on the same side of the table\", "
      "teaches SENCOs how to run meetings with parents and carers, how to share difficult news, and how to "
      "advise parents about support. Each SENCO role-plays a review meeting with a parent from the Parent "
      "Partnership Service, who gives feedback. Enquiry 1 must include a record of a meeting the SENCO has "
      "held with a pupil's parents, the parent's own comment, and what the SENCO changed as a result.")
runin(d, "", "On the Friday the group meets to plan how each SENCO will share what they have learnt with colleagues "
      "in school. Each SENCO agrees with the Home Mentor how they will advise and support class teachers and "
      "teaching assistants, and how they will work with the SENCOs of neighbouring schools in their cluster. "
      "This becomes part of Enquiry 3.")
runin(d, "Questions I asked. ", "I asked whether the pupils at our schools mind the visitors. The host teachers "
      "prepare them, and pupils at Tollgate showed the SENCOs round themselves.")
runin(d, "Points for the committee. ", "This is the part of the course the SENCOs talk about most.")
response(["Noted with thanks. The host teachers' work will be recognised in their performance reviews."])
d.add_page_break()

# ---------------- Visit 4 ----------------
record(4, "12 February 2009", "Mr Stephen Okafor (community governor)", "Admissions and safeguarding",
       "Mrs Threlfall: to observe the University of Stainforth's validation event as the governors' observer.",
       "University of Stainforth, Faculty of Education, Room H104")
runin(d, "What I saw. ", "The validation panel of the University of Stainforth met for a full day and approved the "
      "Four Rivers SENCO Award as a 60-credit postgraduate certificate at Master's level (M level), "
      "with two conditions which have since been met. The Award is a University award; the federation "
      "teaches it under a collaborative agreement and the University's Faculty of Education is responsible "
      "for its academic standards.")
runin(d, "How the Award is assessed. ", "The panel spent most of the afternoon on assessment. There are three "
      "Enquiries, each carried out in the SENCO's own school: Enquiry 1, \"Knowing our pupils\" (identifying "
      "pupils who may have SEN, setting targets, planning interventions with a provision map, using reports "
      "from other professionals and working with parents); Enquiry 2, \"Tracking progress\" (using the "
      "school's summative data, including national tests, to review pupils' progress and change programmes); "
      "and Enquiry 3, \"Leading change\" (a development project with colleagues). The year ends with the "
      "Professional Conversation, forty minutes with two tutors, at which the SENCO presents an Outcomes "
      "Record showing evidence for each national outcome. No SENCO is recommended for the Award unless the "
      "Board of Examiners has seen evidence in the Outcomes Record that the SENCO has met every one of the "
      "national minimum outcomes; a SENCO who has not may resubmit once.")
p = runin(d, "Marking. ", "Every Enquiry is marked by the SENCO's tutor and second-marked by a tutor from a different "
          "school in the federation. The University's link tutor moderates a sample of a third of all Enquiries, "
          "and all fails and borderline work, before the Board of Examiners.")
tracked(p, " The external examiner, Professor Ruth Adeyemi of the University of Harwell, sees the moderated "
           "sample and reports to the University each year.", "ins", "Gillian Threlfall", "2009-03-10T09:00:00Z")
deleted_paragraph(d, "SENCOs who already hold a recognised certificate in SEN may claim up to 20 credits of prior "
                     "learning.", "Gillian Threlfall", "2009-03-10T09:05:00Z")
runin(d, "What I was told. ", "In the pilot, SENCOs could start in September or January, and the January group "
      "caught up through extra tutorials. From September 2009 there will be one September start, the "
      "Gathering Days will run in a fixed order, and the only choice is which of our four schools a SENCO "
      "uses as a base for tutorials.")
runin(d, "", "Course readings, Enquiry briefs and a discussion forum are on Stainforth Online, the University's "
      "virtual learning environment. The forum is for the SENCOs to talk to each other between Gathering Days, "
      "and tutors do not monitor it. Enquiries are handed in on Stainforth Online.")
runin(d, "Questions I asked. ", "The panel chair asked whether a very experienced SENCO could be assessed without "
      "taking the course. I suggested afterwards that our own outreach teachers, who already do much of what "
      "the Award asks, would be ideal for such a route.")
runin(d, "Points for the committee. ", "A well-run event. The committee may wish to consider an assessment-only "
      "route.")
response(["We will look at an assessment-only route for 2010-11, once the first full cohort has finished."])
d.add_page_break()

# ---------------- Visit 5 ----------------
record(5, "19 March 2009", "Mrs Anita Rahman (parent governor, Dene Lea)", "Curriculum and standards",
       "Mrs Threlfall: to attend the Award Steering Group and the tutors' moderation meeting.",
       "Ashby Brook School, Staff Room")
runin(d, "What I saw. ", "The Award Steering Group meets each term. It is chaired by a mainstream headteacher, "
      "Mrs Lorna Bright of Fellside Primary, and includes three other mainstream headteachers, the LA's Principal "
      "Officer for SEN, the University link tutor, two parents from the Westrith Parent Partnership Service "
      "and, from this year, two SENCOs from the pilot group. At this meeting it went through the evaluation "
      "report on the autumn term and agreed changes for September.")
runin(d, "What I was told. ", "The Award was designed from a survey that the federation sent in 2007 to the SENCOs "
      "and headteachers of all 112 mainstream schools in Westrith, of whom 71 replied. They asked for a course "
      "rooted in real classrooms, with time in special schools, short release from school, and help with "
      "provision mapping and with the new duties on disability; the LA asked for work on parents' confidence, "
      "which was low in its 2007 parents' survey. That is why the Placement Week and the parents' workshop "
      "exist.")
runin(d, "", "The pilot SENCOs and their heads have already changed the course. Heads said that whole days out "
      "were hard to cover, so two Gathering Days have become twilight sessions, which saves each school two days' supply cover; the SENCOs asked for provision "
      "mapping earlier, so it moved from Gathering Day 6 to Gathering Day 3; and the Parent Partnership parents "
      "rewrote the parents' workshop role-play. The Steering Group will read the evaluation report every term "
      "and the annual programme review each summer, and heads from the Steering Group sit on the panel that "
      "hears the Professional Conversations. Pilot SENCOs will act as Home Mentors and guest speakers for the "
      "next cohort.")
runin(d, "Evaluation. ", "The course is evaluated in several ways: every Gathering Day has a written evaluation; "
      "tutors review each term's evaluations and Enquiry results at the moderation meeting; the University's "
      "annual monitoring, the link tutor's report and the external examiner's report come to the Steering "
      "Group; and an annual programme review each summer produces an action plan, which the Steering Group "
      "approves and checks at its next meeting. The changes I mention above came through this route.")
runin(d, "", "SENCOs rate their confidence against each outcome in the Starting Point Profile and again at the "
      "Professional Conversation, so the course can see how far confidence and competence have grown. We would "
      "like to find a way of measuring the difference the course makes to the pupils in the SENCOs' schools, and "
      "the tutors are discussing it.")
runin(d, "Moderation meeting. ", "Tutors compared the marking of six Enquiry 1 scripts against the University's "
      "M-level criteria and agreed marks. Outreach Tutors have the Tutor Handbook and a briefing day each "
      "September on the Award, marking and the Outcomes Record. Each SENCO also has a Home Mentor, a senior "
      "leader in their own school, who meets them twice a term. Home Mentors receive a letter describing the "
      "role; we have not yet been able to offer them any training.")
runin(d, "At the end of the course. ", "At the last Gathering Day the University's MA programme leader gives a talk "
      "about the MA in Special and Inclusive Education, which the Award's 60 credits count towards.")
runin(d, "Questions I asked. ", "I asked whether pupils themselves could be asked what difference their SENCO's "
      "course has made. I wondered whether the Steering Group could hear from a group of pupils once a year.")
runin(d, "Points for the committee. ", "The Steering Group is working well.")
response(["Agreed. Training for Home Mentors is on the list for the summer review."])
d.add_page_break()

# ---------------- Outcomes check ----------------
para(d, "OTP COMMITTEE: OUTCOMES CHECK, MARCH 2009", bold=True, size=12)
para(d, "At its March meeting the committee asked the course team to show where each of the national outcomes is "
        "worked on and how it counts for the Award. The outcomes are in our own words. The Outcomes Record is "
        "the SENCO's evidence for the Professional Conversation.")
rows = [["What a Four Rivers SENCO can do", "Where it is worked on", "How it counts for the Award"],
        ["BEING A SENCO", "", ""],
        ["Builds fair, warm and respectful relationships with pupils with SEN and their families",
         "Gathering Days 1 and 2; Placement Week", "Enquiry 1 (parent meeting record); Professional Conversation"],
        ["Wins the backing of the head, senior leaders and colleagues", "Gathering Day 7", "Enquiry 3 (assessed)"],
        ["Sets priorities, manages their own time and delegates", "Gathering Day 4 (twilight)", "Not assessed"],
        ["Sees problems coming, solves them and makes sound decisions about provision",
         "Gathering Days 3 and 5; tutorials", "Enquiry 1 and Enquiry 3"],
        ["Speaks and writes clearly; listens to and understands others", "Every Gathering Day; parents' workshop",
         "All three Enquiries (written); Professional Conversation (spoken)"],
        ["Uses research and outside advice to improve their own and colleagues' practice",
         "Gathering Day 2 reading task; Gathering Day 6", "Enquiry 3 (literature section)"],
        ["Keeps up to date and takes charge of their own CPD", "Professional Development Log",
         "Log reviewed by the tutor each term (formative; not marked)"],
        ["KNOWING", "", ""],
        ["The law and guidance on SEN, including the Code of Practice, and what they mean for the school",
         "Gathering Day 2", "Enquiry 1"],
        ["Every Child Matters and how the SENCO helps children reach the five outcomes", "Gathering Day 2",
         "Enquiry 1; Professional Conversation"],
        ["Disability equality law and the duties on schools", "Gathering Day 2", "Not assessed"],
        ["How children develop and what affects development", "Gathering Day 1 (Ashby Brook); Placement Week",
         "Enquiry 1"],
        ["The common kinds of SEN: BESD, dyslexia and other SpLD, SLCN, autism, MLD",
         "Placement Week (one day in each school); Gathering Days 3 and 5", "Enquiry 1; Professional Conversation"],
        ["Approaches, strategies and resources for assessment, planning and teaching, including ICT",
         "Gathering Days 3 and 5; resource library", "Enquiry 1 and Enquiry 2"],
        ["Best practice and research on meeting SEN", "Gathering Days 2 and 6", "Enquiry 3"],
        ["What other services do and how to get their help", "Placement Week (fifth day)", "Enquiry 1"],
        ["DOING", "", ""],
        ["Works with senior leaders and governors to shape an inclusive ethos, policy and use of resources",
         "Gathering Day 7", "Enquiry 3"],
        ["Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
         "Gathering Days 3 and 4", "Enquiry 1"],
        ["Uses reports from other professionals to shape teaching", "Placement Week", "Enquiry 1"],
        ["Uses summative data and national tests to track progress and change programmes",
         "No taught session (participants bring their own school's data)", "Enquiry 2"],
        ["Helps other teachers develop assessment for learning for pupils with SEN", "Gathering Day 5",
         "Enquiry 2"],
        ["Access arrangements for tests and exams", "—",
         "Not covered in 2008-09; Merewood's exams officer has offered a session"],
        ["Uses provision mapping to plan provision and find gaps", "Gathering Day 3", "Enquiry 1"],
        ["Deploys and manages teaching assistants and other staff", "Gathering Day 6", "Enquiry 3"],
        ["Supports colleagues' development: observing, feedback, modelling, coaching, training", "Gathering Day 7",
         "Enquiry 3"],
        ["Reviews with colleagues how well provision works, feeding school self-evaluation", "Gathering Day 8",
         "Enquiry 3"],
        ["Involves pupils in planning and reviewing their provision", "Gathering Day 3 (Ashby Brook school council)",
         "Not assessed"],
        ["Works with parents and carers", "Placement Week parents' workshop", "Enquiry 1 (parent meeting record)"],
        ["Works with other services and voluntary organisations", "Placement Week", "Enquiry 1"]]
t = table(d, rows)
for i, r in enumerate(rows):
    if r[1] == "" and r[2] == "":
        merge_row(t, i, r[0], fill="DCE6F1")
d.add_paragraph()
para(d, "Checked by the course team, 17 March 2009. Received by the OTP Committee, 19 March 2009.", italic=True)

d.save(OUT)
print("wrote", OUT)
