"""if-02-twentyone-fidelity-guide

Provider (invented): Twenty-One Together, a national charity for children and
young people with Down syndrome, through its Education Support Team, which
runs the course through four regional Delivery Hubs, with the University of
Kellbrook, which validates the course and awards the credit.

Document kind and layout: a programme fidelity guide of the kind used for
licensed evidence-based programmes ("core components", "adaptable elements",
"drift"), written for the hub teams and sent as the application with a shaded
one-cell note to the panel. A document-control table; Heading styles with the
guide's own part numbers; nine Core Components CC1-CC9, each with bold run-in
labels "What it is. / Why it is core. / Minimum standard. / How fidelity is
checked."; a table of Adaptable Elements (what hubs may vary); "Not part of the
model" (a list of things hubs must not do); "Drift we saw in the pilot" (past
arrangements, not current); a Fidelity Checklist table with 0-1-2 ratings; a
Hub Days table with merged, shaded term bands; an outcome table in the
charity's codes TT-A1 ... TT-S9 ("Worked on at | Evidenced in"). A text box
holds a pilot participant's words. Header and footer. One tracked insertion
that counts, one tracked deletion, two comments.

Traps (requirement ids):
- CRB verification exists only in a tracked INSERTION, which counts (5.3 met).
- A January start is a tracked DELETION and the text says the January start
  "has been withdrawn"; one start, one part-time route (3.2 partially_met).
- "Not part of the model: an assessment-only route" (2.3 not_met).
- Prior learning taken into account in the Route Plan but "We do not award
  credit for prior learning" (2.1 partially_met).
- Registration at Level 6 or Level 7 at the participant's choice (E.2
  partially_met).
- Aim about reading, number and spoken language only (1.1 partially_met).
- Hub tutors only "expected" to have experience; central team qualified (5.4
  partially_met).
- Specialist technology not held, participants pointed to LA loan services
  (5.6 partially_met).
- Cross-hub moderation "to be agreed with the University" (5.8
  partially_met).
- Outcomes: school self-evaluation "not part of this course" (6.K7 not_met);
  a time-management session hubs "may add" if a cohort asks (6.A3 not_met);
  access arrangements only in a Word comment (6.S2d not_met); "Practised only"
  or "Not evidenced" for 6.K4, 6.K5, 6.A7, 6.S6, 6.K9; formative peer feedback
  only for 6.S4; evidenced but not worked on for 6.S1 (all partially_met).
  Hence 1.9 and 6.0 partially_met even though the award rule names every
  outcome.
- Pilot drift (a lecture instead of Family Voice, group submission of Piece 2,
  a hub that skipped the Readiness Conversation) is past, not current.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _if_helpers import *

NAME = Path(__file__).name.replace(".build.py", "")
d = new_doc()
header_footer(d, "Twenty-One Together  -  Programme Fidelity Guide  -  Version 1.3  -  For Hub Teams",
              "Uncontrolled when printed. The current version is on the Hub Teams area of the KLE.")

para(d, "Twenty-One Together", bold=True, size=18)
para(d, "The SENCO Award: Programme Fidelity Guide", style="Title")
para(d, "Keeping the course true to its design in every Delivery Hub", italic=True)
table(d, [
    ["Document control", ""],
    ["Owner", "Programme Director, Education Support Team"],
    ["Approved by", "SENCO Award Programme Board, 4 December 2008"],
    ["Version", "1.3 (replaces 1.2, used in the pilot year 2007-08)"],
    ["Applies to", "North (Newcastle), Midlands (Nottingham), South West (Exeter) and London and South East Hubs"],
    ["Review", "Each July, after the Award Board"],
])
note = d.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
c.text = ("For the approval panel. We send our fidelity guide as it stands because it is the document our hub teams work from: "
          "it sets out what every hub must do the same way, and what it may vary. Part 2 describes the course component by component; "
          "Part 7 gives the Hub Days and Part 8 the national outcomes in our own codes. The course is validated by the University of "
          "Kellbrook as the Postgraduate Certificate in Leading Inclusive Provision (The Twenty-One Together SENCO Award).")
shade(c, "E2EFDA")
para(d, "")

d.add_heading("Part 1. Why fidelity matters", level=1)
para(d, "Twenty-One Together has supported families of children with Down syndrome since 1986. Our Education Support Team runs the SENCO Award through four Delivery Hubs, each led by a Hub Lead from the Team and taught by a small hub team. The pilot year showed us that a good design can drift in the hands of busy people: one hub shortened a day, another changed a Piece. Families and schools are told that the Award is the same wherever it is taken. This guide is how we keep that promise.")
para(d, "Our aim for the Award is simple: that every pupil with Down syndrome or other special educational needs whose SENCO completes the Award makes faster progress in reading, number and spoken language. Everything in the design serves that aim.")
para(d, "The guide sorts the design into three kinds of thing. Core Components (Part 2) are done the same way in every hub; they are what make the Award work, and a hub that changes one is no longer running the Award. Adaptable Elements (Part 3) may be fitted to the hub's area and cohort. Things that are Not part of the model (Part 4) must not be offered, whatever participants or schools ask.")
para(d, "The Award is a Postgraduate Certificate of 60 credits. Participants may register at Level 6 (as a Graduate Certificate) or at Level 7, at their choice, and the University of Kellbrook registers them as its students, holds the Award Board and confers the award.")

d.add_heading("Part 2. Core Components", level=1)

def cc(title, what, why, minimum, check, extra=None):
    d.add_heading(title, level=2)
    runin(d, "What it is. ", what)
    runin(d, "Why it is core. ", why)
    p = runin(d, "Minimum standard. ", minimum)
    runin(d, "How fidelity is checked. ", check)
    return p

p = cc("CC1 The Readiness Conversation",
   "Every applicant must hold qualified teacher status, be in post as SENCO or be named by the head to take up the role within the year, and have the headteacher's written agreement to release. The Hub Lead then holds a 45-minute Readiness Conversation with the applicant, using the Readiness Questions, which are drawn from the national outcomes, to judge whether the applicant has the knowledge and experience to benefit from the course and reach every outcome by its end.",
   "Participants who start without the grounding struggle, fall behind and leave; the pilot lost three this way.",
   "No place is offered without a Readiness Conversation. Where an applicant is not yet ready, the Hub Lead says in writing what experience or reading to gain, telephones the headteacher to agree how the school will help, and offers a place in the following year. ",
   "The Hub Lead files the Readiness record; the Programme Director samples five a year from each hub.")
ins(p, "The Hub Lead also sees the school's written confirmation, on our Safer Recruitment form, that the applicant holds a current enhanced CRB disclosure and has been checked against List 99, and no place is confirmed until it arrives.", author="Mary Lindqvist", date="2008-12-02T09:30:00Z")

cc("CC2 The Baseline Profile and the Personal Route Plan",
   "At the first Hub Day each participant completes the Baseline Profile, rating him- or herself against every national outcome with examples, and the hub tutor reviews it with the participant. Together they write a Personal Route Plan: which outcomes the participant already shows, a personalised set of outcomes to work on, which optional hub workshops to attend, and the focus for the Classroom Enquiry. Earlier study and experience are taken into account in the Route Plan: a participant who has already shown an outcome is not asked to attend its workshop. We do not award credit for prior learning; every participant completes all three Assessed Pieces for the full 60 credits.",
   "The same seven days must still serve teachers who arrive very differently prepared; the Route Plan is what makes the course fit each one and keeps costs down by not teaching people what they know.",
   "Every participant has a Route Plan signed by tutor and participant by the end of Hub Day 1, reviewed at Hub Day 4 and at Hub Day 7.",
   "Route Plans are sampled at the hub visit (Part 6).")

cc("CC3 Seven Hub Days",
   "Seven face-to-face Hub Days across the school year, in the order and with the content set out in Part 6. Days 1 to 3 are always taken first and in that order.",
   "The days build on one another and are where the Family Voice and Young Voices components happen.",
   "All seven days run in full (09:30 to 15:30) with the session plans in the Hub Pack.",
   "The Fidelity Checklist (Part 6) is completed for every Hub Day.")

cc("CC4 The Classroom Enquiry",
   "Each participant carries out an enquiry in his or her own school across the year, chosen in the Route Plan and tied to the outcomes there: trying a change in practice, measuring its effect for pupils, and changing practice again. Each participant also spends one Visit Day in one of our Partner Special Schools or resource bases, arranged by the hub, to see specialist practice, and meets specialists from our Professional Advisory Network (speech and language therapists, educational psychologists and a paediatrician) on Hub Days 2 and 5.",
   "The Award is about what changes in schools, not what is known in a training room.",
   "Every participant has an agreed enquiry by Hub Day 2 and a Visit Day booked by Hub Day 4.",
   "The hub tutor signs off the enquiry plan; the hub keeps the Visit Day log.")

cc("CC5 Family Voice",
   "Hub Day 4 is co-led by two Family Tutors, parents of children with Down syndrome whom we train and pay. Participants hold a structured Family Conversation with the parents of a pupil in their school and bring it back to the day. The day teaches how to build fair and respectful partnerships with parents and carers and how to advise and support them.",
   "Parents in our 2007 survey told us that this was what they most wanted SENCOs to learn.",
   "Family Tutors lead at least half of Hub Day 4.",
   "Family Tutors complete their own section of the Fidelity Checklist.")

cc("CC6 Young Voices",
   "Participants learn on Hub Day 5 how to consult children and young people, including those with little speech, using Talking Mats, photographs and one-page profiles, and then do so with the focus pupil for Piece 1, involving the pupil in setting and reviewing the targets. Members of our Youth Panel, young people with Down syndrome aged 14 to 22, co-lead the first session.",
   "Pupils' own views are the most often missing part of their plans.",
   "A Youth Panel member co-leads the session in every hub.",
   "Recorded on the Fidelity Checklist.")

cc("CC7 Three Assessed Pieces",
   "Piece 1, the Pupil Learning Plan (4,000 words): for one pupil with SEN in the participant's school, using other professionals' assessments, summative data including national tests or P scales to track progress, targets, an intervention and a review with the pupil and parents. Piece 2, the Classroom Enquiry Report (4,000 words): the enquiry, including work with colleagues on formative assessment and the record of coaching a colleague after observing the colleague's teaching. Piece 3, the Leadership Presentation: a 20-minute presentation to the headteacher and a governor, with a provision map, on the school's strategy for SEN and its work with other services, followed by questions from the tutor.",
   "The Pieces are how we know that the outcomes have been reached.",
   "An Outcome Record is kept for each participant, showing where each national outcome has been evidenced. The award is made only when the Award Board confirms that the Outcome Record shows every national outcome evidenced; there is no compensation between Pieces.",
   "The Outcome Records come to the Award Board.")

p = cc("CC8 Marking and moderation",
   "Each Piece is marked by the hub tutor against the Kellbrook criteria, and a second tutor from the same hub marks a sample of one in four. The University of Kellbrook's external examiner sees a sample from each hub before the Award Board.",
   "Participants and schools must be able to trust that a pass means the same in Exeter as in Newcastle.",
   "Moderation across the four hubs is to be agreed with the University during 2009.",
   "Second-marking records are sent to the Programme Director.")

cc("CC9 Learning Circles",
   "Between Hub Days each participant belongs to a Learning Circle of five, which meets online every fortnight for an hour on the Kellbrook Learning Environment (KLE), led by the hub tutor, with a message board for the Circle between meetings. The KLE holds the readings, recorded talks and the Piece briefs, and participants submit their Pieces through it. Tutors reply to messages within two working days.",
   "Most of the learning happens between the days; the Circles keep it going and give participants peers to learn with.",
   "At least ten Circle meetings a year; a tutor present at each.",
   "The KLE records attendance; the Programme Director checks it each term.")

d.add_heading("Part 3. Adaptable Elements", level=1)
para(d, "Hubs may vary the following, and should record what they change in their Hub Delivery Plan.")
table(d, [
    ["Element", "What a hub may do", "Limit"],
    ["Venue", "Use any accessible venue in its region, including special schools", "Step-free, hearing loop, quiet room"],
    ["Order of Hub Days 4 to 6", "Change the order to fit local events", "Days 1-3 first; Day 7 last"],
    ["Case material", "Use local case studies and local services", "Anonymised and agreed with the family"],
    ["Catch-up sessions", "Offer extra twilight sessions for participants who miss a day", "Not a substitute for a Hub Day"],
    ["Extra sessions", "Hubs may add a session on managing the SENCO's time and delegating to others if their cohort asks for it", "At the hub's cost"],
])
para(d, "")
p = runin(d, "Starting dates. ", "All hubs start in September. The January start trialled in the pilot has been withdrawn. The Award is taught part-time only. ")
dele(p, "A hub with enough applicants may run a second group from January.", author="Mary Lindqvist", date="2008-12-02T09:40:00Z")

d.add_heading("Part 4. Not part of the model", level=1)
para(d, "The following are not part of the Award and must not be offered by any hub:")
for s in [
    "An assessment-only route. Every participant attends all seven Hub Days.",
    "Credit for prior learning (see CC2).",
    "School self-evaluation and improvement planning: not part of this course. Participants meet these in their schools' own leadership programmes.",
    "Group submission of any Piece.",
    "Replacing a Family Tutor or Youth Panel member with a talk about families or young people.",
]:
    d.add_paragraph(s, style="List Bullet")

d.add_heading("Part 5. Drift we saw in the pilot", level=1)
para(d, "The pilot year (2007-08) ran in two hubs with 19 participants and was not accredited. These examples are kept here so that hub teams recognise drift; none of them is part of the Award.")
for s in [
    "The North hub replaced the Family Voice session with a lecture by a local authority officer when a Family Tutor was ill.",
    "The Midlands hub let three participants submit Piece 2 as a group.",
    "One hub offered places without a Readiness Conversation to fill the group.",
    "Learning Circles in one hub met only three times in the year.",
]:
    d.add_paragraph(s, style="List Bullet")
textbox(d, [
    "From a pilot participant",
    "\"The best day was the one the mums ran. I went back and rang every parent on my register. In the pilot we could start in January, which is the only reason I could come at all.\"  Pilot participant, 2008",
], fill="DEEAF6", height="80pt")

d.add_heading("Part 6. Monitoring fidelity and evaluating the Award", level=1)
runin(d, "Fidelity Checklist. ", "The hub tutor and an observer complete the Fidelity Checklist for every Hub Day; it rates each essential on a scale of 0 (not done), 1 (partly done) and 2 (done as designed).")
table(d, [
    ["Item", "Standard", "Rating 0-1-2"],
    ["Session plans from the Hub Pack used", "All sessions", ""],
    ["Route Plan reviewed (Days 4 and 7)", "Every participant", ""],
    ["Family Tutors lead (Day 4)", "At least half the day", ""],
    ["Youth Panel co-leads (Day 5)", "First session", ""],
    ["Participants' evaluation forms collected", "Every participant", ""],
])
para(d, "")
runin(d, "Hub visits. ", "The Programme Director visits each hub twice a year, observes a Hub Day, samples Readiness records and Route Plans, and meets participants without the tutors. The University's link tutor attends one Hub Day in each hub every year and reports to the University's annual monitoring.")
runin(d, "The Programme Board. ", "The Programme Board (the Programme Director, the four Hub Leads, the University's course leader, a headteacher from each region and two parents from our Parent Panel) meets each term. It receives the Fidelity Checklists, participants' evaluations of each day, the external examiner's report, the hub visit reports and the outcome measures below, and in July agrees the changes for the next year, which are recorded in the next version of this guide.")
runin(d, "Stakeholders in evaluation. ", "Our Parent Panel reviews the year's evaluation data each July and makes recommendations to the Board, which the Board answers in writing. The headteacher of each participant's school completes an impact questionnaire twelve months after the Award, and the Youth Panel reviews the Young Voices session each year.")
runin(d, "How we know the course was designed with stakeholders. ", "The design rests on our 2007 survey of 340 parents and of 120 SENCOs who had called our Education Advice Line, on a consultation with six local authorities' SEN services, and on the pilot. Because parents asked for it, Family Voice was made a Core Component; because SENCOs said they could not travel far, the course was built around four regional hubs and online Learning Circles; because the local authorities said new SENCOs struggled to reach outside services, Hub Day 5 now includes other agencies.")
runin(d, "Outcome measures. ", "Each participant completes the Baseline Profile again as the Exit Profile at Hub Day 7, and the tutor checks the ratings against the Outcome Record; a confidence scale is completed at the start, at the end and twelve months later. For the focus pupil in Piece 1 each participant records baseline and end-of-year measures of reading, number and spoken language and the pupil's own rating of school on our picture scale; the Education Support Team gathers these from every Piece and reports them to the Board, with the heads' questionnaires.")
runin(d, "Hub teams. ", "The Programme Director, Dr Anna Wesley, is a former SENCO and local authority adviser who holds a PhD on the literacy of children with Down syndrome. Each Hub Lead is a member of our Education Support Team. Hub tutors are appointed by each hub; we expect them to have SENCO experience.")
runin(d, "Preparing hub teams. ", "Every Hub Lead and hub tutor attends a two-day Fidelity Induction before teaching, covering the Core Components, the session plans, the Pieces and the Kellbrook marking criteria, and a standardisation day each year with marked Pieces. Family Tutors and Youth Panel members have their own training day. Each participant's school names a school mentor, who receives the Mentor Guide and a twilight briefing from the hub on the mentor's role in the Classroom Enquiry.")
runin(d, "Resources. ", "Each hub holds a Resource Box of books and see-and-learn materials, and participants use the University of Kellbrook's library and electronic journals through the KLE. Specialist technology such as communication aids is not held; participants are pointed to their local authority's loan services.")
runin(d, "After the Award. ", "Hub Day 7 ends with a Next Steps session: each participant uses our Next Steps planner to set two or three professional development objectives for the following year and takes them to a meeting with the headteacher, and the University's MA pathway is explained.")
runin(d, "Equality and access. ", "Every applicant is asked, on the application form and again at the Readiness Conversation, whether a disability or other need means we should change anything. We then make reasonable adjustments: materials in large print or electronic form, extra time for Pieces, a BSL interpreter or note-taker, step-free venues and rest breaks. Our hub venues must meet the access standard in Part 3, and we monitor applications and completions by disability, ethnicity and gender each year.")

d.add_heading("Part 7. The Hub Days", level=1)
t = table(d, [
    ["Hub Day", "Title", "What happens", "Essentials"],
    ["Autumn", "", "", ""],
    ["1", "Law, rights and the Code", "The SEN Code of Practice and the law on SEN; the Disability Discrimination Act and the disability equality duty; Every Child Matters; current initiatives including the Inclusion Development Programme and the Bercow Review of services for children with speech, language and communication needs (2008).", "Route Plans written"],
    ["2", "Growing and learning", "How children develop and what affects development; the learning profile of children with Down syndrome and other common needs; approaches, strategies and ICT for teaching; research from Sue Buckley's team and others on reading and memory, and Ofsted's 2006 report 'Inclusion: does it matter where pupils are taught?'.", "Specialist from the Advisory Network"],
    ["3", "Assessing and planning", "Identifying pupils with SEN; using other professionals' assessments; targets and interventions; tracking with P scales and national test data; formative assessment with colleagues; provision mapping.", ""],
    ["Spring", "", "", ""],
    ["4", "Family Voice", "Partnership with parents and carers, led by Family Tutors.", "Family Tutors lead"],
    ["5", "Young Voices and other agencies", "Consulting and involving pupils; working with health, social care, educational psychology and voluntary organisations.", "Youth Panel co-leads"],
    ["6", "Leading colleagues", "Winning the commitment of heads and colleagues; sound decisions about provision; deploying teaching assistants; coaching and observing; reviewing provision with staff; making a case clearly in speech and writing.", ""],
    ["Summer", "", "", ""],
    ["7", "Presentations and next steps", "Leadership Presentations rehearsed; Next Steps session.", "Exit Profiles"],
])
band(t, 1, "Autumn term", fill="C5E0B3")
band(t, 5, "Spring term", fill="C5E0B3")
band(t, 8, "Summer term", fill="C5E0B3")
para(d, "")

d.add_heading("Part 8. The national outcomes in our codes", level=1)
para(d, "'Worked on at' names the Hub Day; 'Evidenced in' names the Piece that counts on the Outcome Record.")
rows = [
    ["Code", "Outcome (our words)", "Worked on at", "Evidenced in"],
    ["Attributes", "", "", ""],
    ["TT-A1", "Fair, respectful relationships with pupils and families", "Day 4", "Piece 1"],
    ["TT-A2", "Winning the commitment of the head and colleagues", "Day 6", "Piece 3"],
    ["TT-A4", "Sound decisions about provision; solving problems", "Day 6", "Piece 2"],
    ["TT-A5", "Clear speech and writing; listening", "Day 6", "Pieces 1-3"],
    ["TT-A6", "Using research and outside advice", "Day 2", "Piece 2"],
    ["TT-A7", "Keeping up to date; own CPD", "Day 7", "Not evidenced"],
    ["Knowledge", "", "", ""],
    ["TT-K1", "SEN law and the Code of Practice", "Day 1", "Piece 1"],
    ["TT-K2", "Every Child Matters and the SENCO", "Day 1", "Piece 1"],
    ["TT-K3", "Disability equality law", "Day 1", "Piece 3"],
    ["TT-K4", "How children develop", "Day 2", "Not evidenced"],
    ["TT-K5", "Common types of SEN", "Day 2", "Practised only"],
    ["TT-K6", "Approaches, strategies, ICT", "Day 2", "Piece 1"],
    ["TT-K8", "Best practice and research", "Day 2", "Piece 2"],
    ["TT-K9", "External agencies and specialist support", "Day 5", "Practised only"],
    ["Skills", "", "", ""],
    ["TT-S1", "Influencing strategy with senior staff and governors", "-", "Piece 3"],
    ["TT-S2", "Identifying, targets, interventions, review", "Day 3", "Piece 1"],
    ["TT-S2a", "Using other professionals' assessments", "Day 3", "Piece 1"],
    ["TT-S2b", "Tracking with summative data and national tests", "Day 3", "Piece 1"],
    ["TT-S2c", "Colleagues' formative assessment", "Day 3", "Piece 2"],
    ["TT-S3", "Provision mapping", "Day 3", "Piece 3"],
    ["TT-S4", "Deploying and managing staff", "Day 6", "Peer feedback in Learning Circle (formative)"],
    ["TT-S5", "Developing colleagues: coaching, observation, training", "Day 6", "Piece 2"],
    ["TT-S6", "Reviewing provision with staff", "Day 6", "Practised only"],
    ["TT-S7", "Involving pupils in their provision", "Day 5", "Piece 1"],
    ["TT-S8", "Liaising with parents and carers", "Day 4", "Piece 1"],
    ["TT-S9", "Working with other services and voluntary organisations", "Day 5", "Piece 3"],
]
t = table(d, rows)
for i, r in enumerate(rows):
    if r[1] == "" and i > 0:
        band(t, i, r[0], fill="C5E0B3")
p = para(d, "Hub Leads should check every participant's Outcome Record at the spring hub visit.")
comment(d, p, "Hub Leads will also check SATs and GCSE access arrangements for the focus pupil as part of Piece 1 - add a row? ML", author="Mary Lindqvist", initials="ML")
p = para(d, "Questions about this guide go to the Programme Director.")
comment(d, p, "Board asked for the cross-hub moderation wording to stay as it is until Kellbrook replies. AW", author="Anna Wesley", initials="AW")

d.save(str(Path(__file__).with_name(NAME + ".docx")))
print("wrote", NAME + ".docx")
